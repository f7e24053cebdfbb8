"""The demo web server: one asyncio process, one port, many loopback addresses.

Every program host is a loopback address bound on the same port, so URLs look like
``http://127.0.1.7:PORT/residents/``. All sockets are bound first (retrying on another port if
one address is taken), then the ground truth is written, and only then do the sockets start to
listen: a client that can connect can always read the truth.

Pages are rendered on demand from the per-program generator and kept in a bounded cache, so the
server starts in seconds even at 13,400 programs and is never the bottleneck of a crawl.
"""

from __future__ import annotations

import asyncio
import hashlib
import resource
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from aiohttp import web

from demoweb import hosts, pages
from demoweb.faults import HANG_SECONDS, FaultInjector
from demoweb.generate import DemoWeb, build_web
from demoweb.model import Program
from demoweb.site import HTML, ProgramSite, robots_disallow
from demoweb.specialties import ALL, get_specialty
from demoweb.truth import write_truth

PAGE_CACHE_SIZE = 8192
SITE_CACHE_SIZE = 2048
BIND_ATTEMPTS = 25
UNDATED = "Mon, 15 Jan 2024 09:00:00 GMT"  # pages that never change with the academic year
DATED = "Wed, 01 Jul {year} 06:00:00 GMT"  # rosters turn over each July 1
RESET_PATH = "/_demoweb/reset-faults"


@dataclass(frozen=True)
class Page:
    """A rendered response: small and immutable, so it can be cached and shared."""

    status: int
    content_type: str
    body: bytes
    etag: str
    dated: bool = True


def _page(
    body: str | bytes, content_type: str = HTML, status: int = 200, dated: bool = True
) -> Page:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Page(status, content_type, data, _etag(data), dated)


def _etag(data: bytes) -> str:
    return '"' + hashlib.sha1(data).hexdigest()[:20] + '"'


NOT_FOUND = _page(pages.frame("Not found", "<h1>Page not found</h1>"), status=404, dated=False)


@dataclass
class HostEntry:
    """What one loopback address serves: the registry, one program, or several under prefixes."""

    kind: str  # "registry", "own", "shared"
    programs: dict[str, int] = field(default_factory=dict)  # prefix -> program index
    disallow: list[str] = field(default_factory=list)  # robots.txt Disallow paths


class DemoServer:
    """Binds, routes and serves one :class:`DemoWeb`.

    ``hang_seconds``: how long the ``timeout`` fault keeps a first request waiting (default 20 s,
    longer than a 15 s download timeout; tests pass less).
    """

    def __init__(
        self,
        demo: DemoWeb,
        host: str = hosts.REGISTRY_HOST,
        port: int = 0,
        faults: bool = False,
        hang_seconds: float = HANG_SECONDS,
    ) -> None:
        if host == "localhost":
            host = hosts.REGISTRY_HOST
        if not host.startswith("127."):
            raise ValueError(f"the demo web serves only on loopback addresses, not {host!r}")
        self.web = demo
        demo.faults = faults
        self.injector = FaultInjector(demo.seed, hang_seconds) if faults else None
        self.registry_host = host
        self.requested_port = port
        self.port = 0
        self.host_table = self._host_table()
        if host in self.host_table:
            raise ValueError(f"{host} is a program host; pick another registry address")
        self.host_table[host] = HostEntry("registry")
        self.specialty_indices: dict[str, list[int]] = {}
        self.sockets: list[socket.socket] = []
        self._runner: web.ServerRunner | None = None
        self.render = lru_cache(maxsize=PAGE_CACHE_SIZE)(self._render)
        self.site = lru_cache(maxsize=SITE_CACHE_SIZE)(self._site)

    def _host_table(self) -> dict[str, HostEntry]:
        table: dict[str, HostEntry] = {}
        for index, site in self.web.iter_sites():
            entry = table.setdefault(site.host, HostEntry("shared" if site.shared else "own"))
            entry.programs[site.prefix] = index
            entry.disallow.extend(robots_disallow(site))
        return table

    def reset_faults(self) -> None:
        """Start every fault burst again, as for a fresh crawl."""
        if self.injector is not None:
            self.injector.reset()

    # --- binding -------------------------------------------------------------------------------

    def bind(self) -> int:
        """Bind every host on one port (not yet listening); returns the port."""
        _ensure_file_limit(len(self.host_table) + 1024)
        addresses = [self.registry_host] + sorted(
            h for h in self.host_table if h != self.registry_host
        )
        last_error: OSError | None = None
        for _ in range(BIND_ATTEMPTS if self.requested_port == 0 else 1):
            bound: list[socket.socket] = []
            try:
                port = self.requested_port
                for address in addresses:
                    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    bound.append(sock)
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    sock.bind((address, port))
                    port = sock.getsockname()[1]
                self.sockets, self.port = bound, port
                self.web.port = port
                self.web.registry_host = self.registry_host
                return port
            except OSError as error:  # another process holds this port on one of our addresses
                last_error = error
                for sock in bound:
                    sock.close()
        raise OSError(
            f"could not bind {len(addresses)} loopback addresses on one port: {last_error}"
        )

    async def start(self) -> None:
        if not self.sockets:
            self.bind()
        server = web.Server(self.handle)
        # A short shutdown: hanging and never-ending fault responses must not hold up a stop.
        self._runner = web.ServerRunner(
            server, access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await self._runner.setup()
        for sock in self.sockets:
            sock.setblocking(False)
            await web.SockSite(self._runner, sock, backlog=1024).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        for sock in self.sockets:
            sock.close()
        self.sockets = []

    # --- serving -------------------------------------------------------------------------------

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            return web.Response(status=405, headers={"Allow": "GET, HEAD"})
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        host = sockname[0] if sockname else (request.host.rsplit(":", 1)[0])
        query = request.query_string
        injector = self.injector
        routed = self._route(host, request.path, query) if injector else None
        content_type_override = None
        if routed is not None and injector is not None:
            program, rel = routed
            site = self.site(program.index)
            roster_rels = site.roster_rels()
            roster_rel = roster_rels[0] if roster_rels else None
            home = lambda: self.render(host, program.site.prefix, "").body  # noqa: E731
            early = await injector.before(request, program, rel, roster_rel, home)
            if early is not None:
                return early
        elif injector is not None and host == self.registry_host and request.path == RESET_PATH:
            injector.reset()
            return web.Response(text="faults reset\n")
        page = self.render(host, request.path, query)
        if routed is not None and injector is not None and page.status == 200:
            body, content_type = injector.transform(
                program, rel, roster_rel, page.body, page.content_type
            )
            if body is not page.body or content_type != page.content_type:
                content_type_override = content_type
                page = Page(200, content_type, body, _etag(body), page.dated)
        last_modified = DATED.format(year=self.web.year) if page.dated else UNDATED
        headers = {
            "ETag": page.etag,
            "Last-Modified": last_modified,
            "Cache-Control": "max-age=300",
        }
        if page.status == 200 and _not_modified(request, page.etag, page.dated, self.web.year):
            return web.Response(status=304, headers=headers)
        if content_type_override is not None:  # a fault decides the exact header
            headers["Content-Type"] = content_type_override
            return web.Response(status=page.status, body=page.body, headers=headers)
        return web.Response(
            status=page.status,
            body=page.body,
            headers=headers,
            content_type=page.content_type.split(";")[0],
            charset="utf-8",
        )

    def _render(self, host: str, path: str, query: str) -> Page:
        entry = self.host_table.get(host)
        if entry is None:
            return NOT_FOUND
        if entry.kind == "registry":
            return self._registry(path, query)
        if path == "/robots.txt":
            return _page(
                pages.robots_txt(f"http://{host}:{self.port}/sitemap.xml", tuple(entry.disallow)),
                "text/plain; charset=utf-8",
                dated=False,
            )
        if path == "/sitemap.xml" and "/" not in entry.programs:
            urls = [f"http://{host}:{self.port}{prefix}sitemap.xml" for prefix in entry.programs]
            return _page(pages.sitemap_index(urls), "application/xml; charset=utf-8", dated=False)
        if path == "/" and "/" not in entry.programs:
            programs = [self.web.program(i) for i in entry.programs.values()]
            title = (
                "University Health Graduate Medical Education"
                if entry.kind == "shared"
                else programs[0].institution
            )
            return _page(pages.host_home(title, programs), dated=False)
        routed = self._route(host, path, query)
        if routed is None:
            return NOT_FOUND
        program, rel = routed
        route = self.site(program.index).routes.get(rel)
        if route is None:
            return NOT_FOUND
        return _page(route.render(), route.content_type, dated=route.dated)

    def _site(self, index: int) -> ProgramSite:
        return ProgramSite(self.web.program(index), self.port, self.web.seed, self.web.faults)

    def _route(self, host: str, path: str, query: str = "") -> tuple[Program, str] | None:
        """The program a request is for and the page path (with query) relative to its prefix."""
        entry = self.host_table.get(host)
        if entry is None or entry.kind == "registry":
            return None
        if entry.kind == "own":  # one program, whose prefix may be several segments deep
            ((prefix, index),) = entry.programs.items()
        else:  # shared hosts hold programs one segment deep: a dict lookup, not a scan
            prefix = "/" + path.split("/", 2)[1] + "/"
            index = entry.programs.get(prefix, -1)
        if index < 0 or not path.startswith(prefix):
            return None
        rel = path[len(prefix) :]
        return self.web.program(index), f"{rel}?{query}" if query else rel

    def _indices(self, specialty: str) -> list[int]:
        if specialty not in self.specialty_indices:
            self.specialty_indices[specialty] = self.web.indices_of(specialty)
        return self.specialty_indices[specialty]

    def _registry(self, path: str, query: str) -> Page:
        web_ = self.web
        listings = web_.specialties() + ([ALL] if web_.mixed else [])
        if path == "/":
            links = "".join(
                f'<li><a href="/registry/{s}?page=1">{s} programs</a></li>' for s in listings
            )
            return _page(
                pages.frame(
                    "Demo Program Registry",
                    f"<h1>Program registry</h1><ul>{links}</ul>",
                    heading="Demo Program Registry",
                ),
                dated=False,
            )
        if path == "/robots.txt":
            return _page("User-agent: *\nAllow: /\n", "text/plain; charset=utf-8", dated=False)
        specialty = path.removeprefix("/registry/")
        if not path.startswith("/registry/") or specialty not in listings:
            return NOT_FOUND
        indices = self._indices(specialty)
        total_pages = max(1, -(-len(indices) // pages.PAGE_SIZE))
        page_arg = query.removeprefix("page=") if query.startswith("page=") else ""
        try:
            number = int(page_arg or "1")
        except ValueError:
            return NOT_FOUND
        if not 1 <= number <= total_pages:
            return NOT_FOUND
        first = (number - 1) * pages.PAGE_SIZE
        rows = [
            (p, p.url(self.port))
            for p in (web_.program(i) for i in indices[first : first + pages.PAGE_SIZE])
        ]
        title = "All" if specialty == ALL else get_specialty(specialty).title
        return _page(
            pages.registry_page(title, specialty, number, total_pages, rows, mixed=web_.mixed),
            dated=False,
        )


def _not_modified(request: web.BaseRequest, etag: str, dated: bool, year: int) -> bool:
    """A conditional GET whose validator still matches (If-None-Match wins over the date)."""
    match = request.headers.get("If-None-Match")
    if match is not None:
        tags = {t.strip().removeprefix("W/") for t in match.split(",")}
        return "*" in tags or etag in tags
    since = request.if_modified_since
    if since is None:
        return False
    modified = parsedate_to_datetime(DATED.format(year=year) if dated else UNDATED)
    return modified <= since


def _ensure_file_limit(needed: int) -> None:
    """Raise the soft open-files limit toward the hard one: each bound address is a descriptor."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def run_server(
    programs: int,
    seed: int = 7,
    year: int = 2026,
    host: str = hosts.REGISTRY_HOST,
    port: int = 0,
    truth_path: str | None = None,
    faults: bool = False,
    specialty: str = "neurosurgery",
    hang_seconds: float = HANG_SECONDS,
) -> None:
    """Serve the demo web until Ctrl-C; prints the registry URL once the server listens.

    ``specialty="all"`` serves a mixed web of every specialty; ``hang_seconds`` is how long the
    ``timeout`` fault keeps a first request waiting.
    """
    demo = build_web(programs, seed=seed, year=year, specialty=specialty)
    server = DemoServer(demo, host=host, port=port, faults=faults, hang_seconds=hang_seconds)
    server.bind()
    if truth_path:
        write_truth(demo, truth_path)

    async def serve() -> None:
        await server.start()
        print(demo.registry_url(), flush=True)
        print(
            f"serving {programs} programs on {len(server.sockets)} loopback addresses, "
            f"port {server.port}; Ctrl-C to stop",
            file=sys.stderr,
            flush=True,
        )
        try:
            await asyncio.Event().wait()
        finally:
            await server.stop()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass


@dataclass
class RunningWeb:
    """A demo web serving in a background thread (see :func:`running_web`)."""

    web: DemoWeb
    port: int
    registry_url: str
    truth: dict[str, Any]
    server: DemoServer


@contextmanager
def running_web(
    programs: int = 10,
    seed: int = 7,
    year: int = 2026,
    specialty: str = "neurosurgery",
    host: str = hosts.REGISTRY_HOST,
    port: int = 0,
    faults: bool = False,
    truth_path: str | None = None,
    hang_seconds: float = HANG_SECONDS,
) -> Iterator[RunningWeb]:
    """Serve a demo web in a thread with its own event loop, for tests and in-process crawls."""
    demo = build_web(programs, seed=seed, year=year, specialty=specialty)
    server = DemoServer(demo, host=host, port=port, faults=faults, hang_seconds=hang_seconds)
    server.bind()
    truth = demo.truth()
    if truth_path:
        write_truth(demo, truth_path)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    errors: list[BaseException] = []

    def serve() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.start())
        except BaseException as error:  # surfaced in the caller's thread below
            errors.append(error)
            started.set()
            loop.close()
            return
        started.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=serve, name="demoweb", daemon=True)
    thread.start()
    started.wait(60)
    if errors:
        raise errors[0]
    try:
        yield RunningWeb(demo, server.port, demo.registry_url(), truth, server)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)


@contextmanager
def serving(handle: Any, host: str) -> Iterator[int]:
    """Serve one aiohttp handler (``async def handle(request)``) on ``host`` at a free port, in a
    thread of its own, for small hand-made sites in tests and benchmarks; yields the port."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="serving", daemon=True)
    thread.start()

    async def start() -> web.ServerRunner:
        runner = web.ServerRunner(web.Server(handle), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        return runner

    runner = asyncio.run_coroutine_threadsafe(start(), loop).result(10)
    try:
        yield port
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)

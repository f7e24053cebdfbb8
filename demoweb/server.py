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
import json
import resource
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from aiohttp import web

from demoweb import hosts, pages
from demoweb.faults import FaultInjector
from demoweb.generate import API_PATH, DemoWeb, build_web
from demoweb.layouts import get_layout
from demoweb.model import Program
from demoweb.specialties import get_specialty
from demoweb.truth import write_truth

PAGE_CACHE_SIZE = 8192
BIND_ATTEMPTS = 25
HTML = "text/html; charset=utf-8"
LAST_MODIFIED = "Wed, 01 Jul {year} 06:00:00 GMT"  # rosters turn over each July 1


@dataclass(frozen=True)
class Page:
    """A rendered response: small and immutable, so it can be cached and shared."""

    status: int
    content_type: str
    body: bytes
    etag: str


def _page(body: str | bytes, content_type: str = HTML, status: int = 200) -> Page:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Page(status, content_type, data, '"' + hashlib.sha1(data).hexdigest()[:20] + '"')


NOT_FOUND = _page(pages.frame("Not found", "<h1>Page not found</h1>"), status=404)


@dataclass
class HostEntry:
    """What one loopback address serves: the registry, one program, or several under prefixes."""

    kind: str  # "registry", "own", "shared"
    programs: dict[str, int] = field(default_factory=dict)  # prefix -> program index


class DemoServer:
    """Binds, routes and serves one :class:`DemoWeb`."""

    def __init__(
        self, demo: DemoWeb, host: str = hosts.REGISTRY_HOST, port: int = 0, faults: bool = False
    ) -> None:
        if host == "localhost":
            host = hosts.REGISTRY_HOST
        if not host.startswith("127."):
            raise ValueError(f"the demo web serves only on loopback addresses, not {host!r}")
        self.web = demo
        demo.faults = faults
        self.injector = FaultInjector(demo.seed) if faults else None
        self.registry_host = host
        self.requested_port = port
        self.port = 0
        self.host_table = self._host_table()
        if host in self.host_table:
            raise ValueError(f"{host} is a program host; pick another registry address")
        self.host_table[host] = HostEntry("registry")
        self.sockets: list[socket.socket] = []
        self._runner: web.ServerRunner | None = None
        self.render = lru_cache(maxsize=PAGE_CACHE_SIZE)(self._render)

    def _host_table(self) -> dict[str, HostEntry]:
        table: dict[str, HostEntry] = {}
        for program in self.web.iter_programs():
            site = program.site
            entry = table.setdefault(site.host, HostEntry("shared" if site.shared else "own"))
            entry.programs[site.prefix] = program.index
        return table

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
        self._runner = web.ServerRunner(server, access_log=None, handle_signals=False)
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
        page_arg = request.query.get("page", "") if request.path.startswith("/registry/") else ""
        routed = self._route(host, request.path) if self.injector else None
        if routed is not None and self.injector is not None:
            early = await self.injector.before(*routed, self._home_bytes)
            if early is not None:
                return early
        page = self.render(host, request.path, page_arg)
        if routed is not None and self.injector is not None and page.status == 200:
            page = _page(self.injector.transform(*routed, page.body), page.content_type)
        headers = {
            "ETag": page.etag,
            "Last-Modified": LAST_MODIFIED.format(year=self.web.year),
            "Cache-Control": "max-age=300",
        }
        if page.status == 200 and request.headers.get("If-None-Match") == page.etag:
            return web.Response(status=304, headers=headers)
        return web.Response(
            status=page.status,
            body=page.body,
            headers=headers,
            content_type=page.content_type.split(";")[0],
            charset="utf-8",
        )

    def _render(self, host: str, path: str, page_arg: str) -> Page:
        entry = self.host_table.get(host)
        if entry is None:
            return NOT_FOUND
        if entry.kind == "registry":
            return self._registry(path, page_arg)
        if path == "/robots.txt":
            return _page(
                pages.robots_txt(f"http://{host}:{self.port}/sitemap.xml"),
                "text/plain; charset=utf-8",
            )
        if path == "/sitemap.xml" and "/" not in entry.programs:
            urls = [f"http://{host}:{self.port}{prefix}sitemap.xml" for prefix in entry.programs]
            return _page(pages.sitemap_index(urls), "application/xml; charset=utf-8")
        if path == "/" and "/" not in entry.programs:
            programs = [self.web.program(i) for i in entry.programs.values()]
            title = (
                "University Health Graduate Medical Education"
                if entry.kind == "shared"
                else programs[0].institution
            )
            return _page(pages.host_home(title, programs))
        routed = self._route(host, path)
        return NOT_FOUND if routed is None else self._program_page(*routed)

    def _route(self, host: str, path: str) -> tuple[Program, str] | None:
        """The program a request is for and the page path relative to the program's prefix."""
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
        return self.web.program(index), path[len(prefix) :]

    def _home_bytes(self, program: Program) -> bytes:
        return pages.home_page(program).encode("utf-8")

    def _program_page(self, program: Program, rel: str) -> Page:
        site = program.site
        layout = get_layout(site.layout)
        if rel == "":
            return _page(pages.home_page(program))
        if rel == site.about_path:
            return _page(pages.about_page(program))
        if rel == "sitemap.xml":
            urls = [
                program.url(self.port, p)
                for p in ("", site.about_path, site.roster_path)
                if p is not None
            ]
            return _page(pages.sitemap_xml(urls), "application/xml; charset=utf-8")
        if site.roster_path is not None and rel == site.roster_path:
            body = layout.render(program, site.variant, site.prefix + API_PATH)
            return _page(pages.program_page(program, site.roster_link_text, body))
        if layout.api is not None and site.roster_path is not None and rel == API_PATH:
            payload = json.dumps(layout.api(program, site.variant), ensure_ascii=False)
            return _page(payload, "application/json; charset=utf-8")
        return NOT_FOUND

    def _registry(self, path: str, page_arg: str) -> Page:
        web_ = self.web
        if path == "/":
            link = f'<a href="{web_.registry_path}">{web_.specialty} programs</a>'
            return _page(
                pages.frame(
                    "Demo Program Registry",
                    f"<h1>Program registry</h1><p>{link}</p>",
                    heading="Demo Program Registry",
                )
            )
        if path == "/robots.txt":
            return _page("User-agent: *\nAllow: /\n", "text/plain; charset=utf-8")
        if path != f"/registry/{web_.specialty}":
            return NOT_FOUND
        total_pages = max(1, -(-web_.programs // pages.PAGE_SIZE))
        try:
            number = int(page_arg or "1")
        except ValueError:
            return NOT_FOUND
        if not 1 <= number <= total_pages:
            return NOT_FOUND
        first = (number - 1) * pages.PAGE_SIZE
        rows = [
            (p, p.url(self.port))
            for p in (
                web_.program(i) for i in range(first, min(first + pages.PAGE_SIZE, web_.programs))
            )
        ]
        title = get_specialty(web_.specialty).title
        return _page(pages.registry_page(title, web_.specialty, number, total_pages, rows))


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
) -> None:
    """Serve the demo web until Ctrl-C; prints the registry URL once the server listens."""
    demo = build_web(programs, seed=seed, year=year, specialty=specialty)
    server = DemoServer(demo, host=host, port=port, faults=faults)
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
) -> Iterator[RunningWeb]:
    """Serve a demo web in a thread with its own event loop, for tests and in-process crawls."""
    demo = build_web(programs, seed=seed, year=year, specialty=specialty)
    server = DemoServer(demo, host=host, port=port, faults=faults)
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

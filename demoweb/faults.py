"""Faults on demand (``faults=True``): the hostile web a polite, robust crawler must survive.

Each program draws at most one fault from its own RNG, independent of every other draw, so
turning faults on changes no program, resident or URL: only how some responses arrive (and, for
the permanently broken ones, which roster pages a crawler can reach at all). The registry's first
page is never faulted. Which program has which fault, at which URL, and what a correct crawler
does about it is in the ground truth (``faults`` and ``fault_details``).

Fault state (how many times a burst has answered) belongs to one :class:`FaultInjector`, i.e. one
server instance, and :meth:`FaultInjector.reset` starts every burst again (also reachable as
``GET /_demoweb/reset-faults`` on the registry host), so a second crawl of a long-running server
meets the same faults as the first.
"""

from __future__ import annotations

import asyncio
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from demoweb.model import Program


@dataclass(frozen=True)
class Fault:
    """One kind of fault: where it strikes and what a correct crawler does about it."""

    weight: float
    target: str  # "roster" (first roster page), "home", "extra" (a page linked from home)
    expect: str  # retry_succeeds, wait_succeeds, follow_redirects, unreachable, skip_page,
    #              parse_leniently, decode_leniently, ignore_script_errors
    description: str


FAULTS: dict[str, Fault] = {
    "burst_503": Fault(3.0, "roster", "retry_succeeds",
                       "the roster answers 503 (Retry-After: 1) twice, then 200"),
    "rate_429": Fault(2.0, "home", "retry_succeeds",
                      "the home page answers 429 (Retry-After: 1) once, then 200"),
    "slow": Fault(2.0, "roster", "wait_succeeds", "the roster takes SLOW_SECONDS to answer"),
    "timeout": Fault(1.0, "roster", "retry_succeeds",
                     "the roster's first request hangs hang_seconds (default 20 s, longer than a "
                     "15 s download timeout), later requests answer at once"),
    "redirect_chain": Fault(2.0, "home", "follow_redirects",
                            "the website URL redirects 301 -> 302 -> the home page"),
    "redirect_loop": Fault(1.0, "roster", "unreachable",
                           "the roster redirects to itself via ?redirect=1 forever"),
    "broken_html": Fault(2.0, "roster", "parse_leniently",
                         "the roster loses its closing tags and gains stray ones"),
    "cp1252_mislabel": Fault(1.0, "roster", "decode_leniently",
                             "the roster is cp1252 bytes labelled UTF-8"),
    "charset_meta": Fault(1.0, "roster", "decode_leniently",
                          "UTF-8 bytes, no charset in the header, <meta charset=windows-1252>"),
    "bom": Fault(1.0, "roster", "decode_leniently", "the roster starts with a UTF-8 BOM"),
    "huge_page": Fault(1.0, "extra", "skip_page",
                       "a 'Resident Handbook' page linked from home is 50 MB (streamed)"),
    "never_ending": Fault(1.0, "extra", "skip_page",
                          "a 'Resident Call Schedule' page linked from home never finishes"),
    "js_throws": Fault(1.0, "roster", "ignore_script_errors",
                       "the roster runs a script that throws before the roster's own scripts"),
}  # fmt: skip
FAULT_WEIGHTS = {kind: f.weight for kind, f in FAULTS.items()}
ROSTER_FAULTS = {kind for kind, f in FAULTS.items() if f.target == "roster"}
EXTRA_PAGES = {
    "huge_page": ("handbook.html", "Resident Handbook"),
    "never_ending": ("schedule.html", "Resident Call Schedule"),
}
FAULT_SHARE = 0.15  # of programs
BURST_LENGTH = 2
SLOW_SECONDS = 2.0
HANG_SECONDS = 20.0  # timeout fault: longer than a 15 s download timeout
HUGE_BYTES = 50 * 1024 * 1024
DRIP_SECONDS = 0.5  # never_ending: one chunk every this many seconds
THROWING_SCRIPT = "<script>window.analytics.track('roster-view');</script>"


def fault_for(seed: int, program: Program) -> str | None:
    """The fault program ``index`` shows when faults are on, or None."""
    rng = random.Random(f"{seed}|{program.specialty}|{program.index}|fault")
    if rng.random() >= FAULT_SHARE:
        return None
    kind = rng.choices(list(FAULT_WEIGHTS), list(FAULT_WEIGHTS.values()))[0]
    if kind in ROSTER_FAULTS and (program.site.roster_path is None or program.site.robots_blocked):
        return None
    return kind


class FaultInjector:
    """Applies each program's fault to its requests; counts hits for bursts."""

    def __init__(self, seed: int, hang_seconds: float = HANG_SECONDS) -> None:
        self.seed = seed
        self.hang_seconds = hang_seconds
        self.hits: Counter[str] = Counter()

    def reset(self) -> None:
        """Start every burst and first-request hang again."""
        self.hits.clear()

    async def before(
        self,
        request: web.BaseRequest,
        program: Program,
        rel: str,
        roster_rel: str | None,
        home: Callable[[], bytes],
    ) -> web.StreamResponse | None:
        """A response that replaces the normal one, or None to serve normally."""
        kind = fault_for(self.seed, program)
        if kind is None:
            return None
        prefix = program.site.prefix
        key = f"{program.specialty}/{program.index}/{kind}"
        is_roster = roster_rel is not None and rel == roster_rel
        if kind == "burst_503" and is_roster:
            return self._limited(key, 503)
        if kind == "rate_429" and rel == "":
            return self._limited(key, 429, BURST_LENGTH - 1)
        if kind == "slow" and is_roster:
            await asyncio.sleep(SLOW_SECONDS)
        if kind == "timeout" and is_roster:
            self.hits[key] += 1
            if self.hits[key] == 1:
                await asyncio.sleep(self.hang_seconds)
        if kind == "redirect_chain":
            if rel == "":
                raise web.HTTPMovedPermanently(f"{prefix}home/")
            if rel == "home/":
                raise web.HTTPFound(f"{prefix}index.html")
            if rel == "index.html":
                return web.Response(body=home(), content_type="text/html", charset="utf-8")
        if kind == "redirect_loop" and roster_rel is not None:
            looped = f"{roster_rel}{'&' if '?' in roster_rel else '?'}redirect=1"
            if rel == roster_rel:
                raise web.HTTPFound(prefix + looped)
            if rel == looped:
                raise web.HTTPFound(prefix + roster_rel)
        if kind == "huge_page" and rel == EXTRA_PAGES[kind][0]:
            return await _huge(request)
        if kind == "never_ending" and rel == EXTRA_PAGES[kind][0]:
            return await _never_ending(request)
        return None

    def _limited(self, key: str, status: int, times: int = BURST_LENGTH) -> web.Response | None:
        self.hits[key] += 1
        if self.hits[key] > times:
            return None
        return web.Response(status=status, text="Try again shortly.", headers={"Retry-After": "1"})

    def transform(
        self, program: Program, rel: str, roster_rel: str | None, body: bytes, content_type: str
    ) -> tuple[bytes, str]:
        """The roster's bytes (and content type) as the faulty server sends them."""
        kind = fault_for(self.seed, program)
        if kind is None or roster_rel is None or rel != roster_rel:
            return body, content_type
        if kind == "bom":
            return b"\xef\xbb\xbf" + body, content_type
        if kind == "cp1252_mislabel":
            return body.decode("utf-8").encode("cp1252", errors="xmlcharrefreplace"), content_type
        if kind == "charset_meta":
            return body.replace(b'<meta charset="utf-8">', b'<meta charset="windows-1252">'), (
                "text/html"
            )
        if kind == "broken_html":
            return break_html(body), content_type
        if kind == "js_throws":
            return body.replace(b"<main>", b"<main>" + THROWING_SCRIPT.encode(), 1), content_type
        return body, content_type


def break_html(body: bytes) -> bytes:
    """Markup as careless CMS templates leave it: closing tags gone, stray ones added, no end.

    Every text node survives, so a lenient parser still finds every resident.
    """
    text = body.decode("utf-8")
    text = re.sub(r"</(td|tr|li|p|dd|dt|th|h3|span)>", "", text)
    text = text.replace("<main>", "<main></div></span><b><i>", 1).replace("</main>", "</b></i>")
    text = text.replace("</body></html>", "")
    return text.encode("utf-8")


async def _huge(request: web.BaseRequest) -> web.StreamResponse:
    """``HUGE_BYTES`` of HTML, streamed in 64 KiB chunks: never held in memory."""
    chunk = b"<p>" + b"Rotation schedules and policies. " * 1985 + b"</p>\n"
    head = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Resident Handbook</title>'
    head += b"</head><body><h1>Resident Handbook</h1>"
    response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
    response.content_length = HUGE_BYTES
    await response.prepare(request)
    sent = 0
    try:
        await response.write(head)
        sent = len(head)
        while sent < HUGE_BYTES:
            piece = chunk[: HUGE_BYTES - sent]
            await response.write(piece)
            sent += len(piece)
        await response.write_eof()
    except (ConnectionError, RuntimeError):  # the client stopped reading (as it should)
        pass
    return response


async def _never_ending(request: web.BaseRequest) -> web.StreamResponse:
    """A chunked page that drips a row every ``DRIP_SECONDS`` until the client disconnects."""
    response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    try:
        await response.write(b"<!DOCTYPE html><html><body><h1>Resident Call Schedule</h1><ul>")
        day = 0
        while True:
            day += 1
            await response.write(f"<li>Day {day}: call schedule pending</li>\n".encode())
            await asyncio.sleep(DRIP_SECONDS)
            if request.transport is None or request.transport.is_closing():
                break
    except (ConnectionError, RuntimeError):
        pass
    return response

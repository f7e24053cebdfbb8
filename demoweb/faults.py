"""Faults on demand (``faults=True``): the hostile web a polite, robust crawler must survive.

v1 holds six faults; issue 4 grows the list (timeouts, redirect loops, a 50 MB page, a page that
never finishes, JavaScript that throws). Each program draws at most one fault from its own RNG,
independent of every other draw, so turning faults on changes no program, resident or URL: only
how some responses arrive. The registry's first page is never faulted. Which program has which
fault is in the ground truth (``faults``), and every fault still lets a patient crawler reach the
true roster at the URL the truth names.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Callable

from aiohttp import web

from demoweb.model import Program

FAULT_SHARE = 0.15  # of programs
FAULT_WEIGHTS = {
    "burst_503": 3.0,  # the roster answers 503 (Retry-After: 1) twice, then 200
    "rate_429": 2.0,  # the home page answers 429 (Retry-After: 1) once, then 200
    "slow": 2.0,  # the roster takes SLOW_SECONDS to answer
    "redirect_chain": 2.0,  # the website URL redirects 301 -> 302 -> the home page
    "bom": 1.0,  # the roster starts with a UTF-8 byte-order mark
    "cp1252_mislabel": 1.0,  # the roster is cp1252 bytes labelled UTF-8
}
ROSTER_FAULTS = {"burst_503", "slow", "bom", "cp1252_mislabel"}
BURST_LENGTH = 2
SLOW_SECONDS = 2.0


def fault_for(seed: int, program: Program) -> str | None:
    """The fault program ``index`` shows when faults are on, or None."""
    rng = random.Random(f"{seed}|{program.specialty}|{program.index}|fault")
    if rng.random() >= FAULT_SHARE:
        return None
    kind = rng.choices(list(FAULT_WEIGHTS), list(FAULT_WEIGHTS.values()))[0]
    if kind in ROSTER_FAULTS and program.site.roster_path is None:
        return None
    return kind


class FaultInjector:
    """Applies each program's fault to its requests; counts hits for bursts."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.hits: Counter[str] = Counter()

    async def before(
        self, program: Program, rel: str, home: Callable[[Program], bytes]
    ) -> web.StreamResponse | None:
        """A response that replaces the normal one, or None to serve normally."""
        kind = fault_for(self.seed, program)
        prefix = program.site.prefix
        is_roster = rel == program.site.roster_path
        if kind == "burst_503" and is_roster:
            return self._limited(f"{program.specialty}/{program.index}/503", 503)
        if kind == "rate_429" and rel == "":
            return self._limited(f"{program.specialty}/{program.index}/429", 429, BURST_LENGTH - 1)
        if kind == "slow" and is_roster:
            await asyncio.sleep(SLOW_SECONDS)
        if kind == "redirect_chain":
            if rel == "":
                raise web.HTTPMovedPermanently(f"{prefix}home/")
            if rel == "home/":
                raise web.HTTPFound(f"{prefix}index.html")
            if rel == "index.html":
                return web.Response(body=home(program), content_type="text/html", charset="utf-8")
        return None

    def _limited(self, key: str, status: int, times: int = BURST_LENGTH) -> web.Response | None:
        self.hits[key] += 1
        if self.hits[key] > times:
            return None
        return web.Response(status=status, text="Try again shortly.", headers={"Retry-After": "1"})

    def transform(self, program: Program, rel: str, body: bytes) -> bytes:
        """The roster's bytes as the faulty server sends them (headers still say UTF-8)."""
        kind = fault_for(self.seed, program)
        if rel != program.site.roster_path:
            return body
        if kind == "bom":
            return b"\xef\xbb\xbf" + body
        if kind == "cp1252_mislabel":
            return body.decode("utf-8").encode("cp1252", errors="xmlcharrefreplace")
        return body

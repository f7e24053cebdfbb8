"""``rosters``: programs from a registry listing (``-a registry=URL``) or from a program file
(``-a programs=FILE``, CSV or JSONL), then each program's website → roster pages → residents.

A program file may name a roster URL known from an earlier year (the shipped neurosurgery list
has the 2021-22 ones): it is tried first, before the links of the site.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from crawler.extensions.browser_warmup import browser_ready
from crawler.items import ProgramItem
from crawler.resume import closed_programs
from spiders.listing import program_id_for
from spiders.programs import RegistrySpider

KNOWN_ROSTER_COLUMNS = ("roster_url", "residents_page_url", "residents_page_url_2021_22")


def _first(row: dict, *names: str) -> str | None:
    for name in names:
        value = (row.get(name) or "").strip()
        if value:
            return value
    return None


def load_program_file(path: str, specialty: str) -> list[tuple[ProgramItem, str | None]]:
    """(program, known roster URL or None) from a CSV (columns name or program_name, website;
    optional specialty, city, state, acgme_id, roster_url) or a JSONL file of the same fields.
    A program with a roster URL but no website uses the roster URL as its website."""
    p = Path(path)
    if p.suffix == ".jsonl":
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    programs = []
    for row in rows:
        row = {k: (v if isinstance(v, str) else ("" if v is None else str(v))) for k, v in row.items() if k}
        name = _first(row, "name", "program_name")
        if not name:
            continue
        roster = _first(row, *KNOWN_ROSTER_COLUMNS)
        website = _first(row, "website", "url") or roster
        acgme = _first(row, "acgme_id")
        program = ProgramItem(
            program_id=program_id_for(acgme, website, name),
            name=name,
            specialty=_first(row, "specialty") or specialty,
            website=website,
            city=_first(row, "city"),
            state=_first(row, "state"),
            acgme_id=acgme,
            source_url=str(p),
        )
        programs.append((program, roster))
    return programs


class RostersSpider(RegistrySpider):
    name = "rosters"

    def __init__(self, programs: str | None = None, run_dir: str | None = None, **kw):
        super().__init__(**kw)
        self.programs_file = programs

    async def start(self):
        # Chromium is launched while nothing else runs (see crawler.extensions.browser_warmup).
        await browser_ready(self.crawler)
        run_dir = self.settings.get("PRECEDENT_RUN_DIR")
        if run_dir:
            self.done |= closed_programs(Path(run_dir))
            if self.done:
                self.logger.info("resuming: %d programs already closed in this run", len(self.done))
        if self.programs_file:
            for program, roster in load_program_file(self.programs_file, self.specialty):
                for out in self.crawl_program(program, known_roster=roster):
                    yield out
        elif self.registry:
            yield self.listing_request(self.registry)
        else:
            raise ValueError("rosters spider needs -a registry=URL or -a programs=FILE")

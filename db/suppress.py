"""Takedowns that stick: a suppression list applied to a run before every build.

A person who asked to be removed must not come back when the next crawl reads their program's
roster again. So the list (names, optionally scoped to a program, and roster URLs) lives beside
the database, outside any run, and every build applies it to the run it reads *before* reading
it:

- ``items.jsonl``: resident items of a suppressed name or read from a suppressed URL are dropped;
  the name is replaced by ``[removed]`` in every other string (a neighbour's snippet, a title).
- ``raw/``: the archived bodies that ``build``/``reextract`` re-read are rewritten with the name
  replaced, and a suppressed URL's body is emptied. A body keeps its file name (the SHA-1 of the
  bytes as fetched, which pages refer to); its ``.json`` records ``redacted`` and the new
  ``body_sha1``. A stamp (``raw/.suppressions``) holds the list's digest so an unchanged list
  does not rescan the archive.

Over-suppression is the safe direction: "Jane Doe" also removes "Jane Q. Doe" and "Mary Jane Doe".
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from unidecode import unidecode

REMOVED = "[removed]"
FILE_NAMES = ("suppressions.yaml", "suppressions.yml", "suppressions.csv")


@dataclass(frozen=True)
class Suppression:
    """One takedown: a person's name (optionally only in one program) or a roster URL."""

    name: str | None = None
    url: str | None = None
    program_id: str | None = None
    reason: str | None = None


@dataclass
class SuppressionList:
    entries: list[Suppression] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._names = [(e, name_pattern(e.name)) for e in self.entries if e.name]
        self._urls = {_norm_url(e.url) for e in self.entries if e.url}

    def __bool__(self) -> bool:
        return bool(self.entries)

    def digest(self) -> str:
        text = json.dumps([e.__dict__ for e in self.entries], sort_keys=True)
        return hashlib.sha1(text.encode()).hexdigest()

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(self._urls)

    def hides_url(self, url: str | None) -> bool:
        return bool(url) and _norm_url(url) in self._urls

    def hides_resident(self, resident: dict[str, Any]) -> bool:
        if self.hides_url(resident.get("source_url")):
            return True
        name = resident.get("name") or ""
        return any(
            pattern.search(name) and entry.program_id in (None, resident.get("program_id"))
            for entry, pattern in self._names
        )

    def scrub(self, text: str) -> tuple[str, int]:
        """``text`` with every suppressed name replaced, and how many were."""
        total = 0
        for _, pattern in self._names:
            text, n = pattern.subn(REMOVED, text)
            total += n
        return text, total


def name_pattern(name: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a name as a roster may write it: any punctuation or
    markup-free spacing between words, an optional middle initial, accents written plainly, as
    HTML entities or as bytes of another encoding."""
    words = [w for w in re.split(r"[^\w'’-]+", name.strip()) if w]
    parts = ["".join(_letter(ch) for ch in w) for w in words]
    gap = r"(?:[\s,.]|&nbsp;|&#160;)+(?:\w\.?(?:[\s,.]|&nbsp;)+)?"
    return re.compile(r"(?<!\w)" + gap.join(parts) + r"(?!\w)", re.IGNORECASE)


def _letter(ch: str) -> str:
    if ch.isascii():
        return re.escape(ch)
    plain = re.escape(unidecode(ch)) or "."
    return f"(?:{re.escape(ch)}|{plain}|&#?\\w+;|[^\\x00-\\x7f]{{1,2}})"


def _norm_url(url: str) -> str:
    return url.strip().split("#", 1)[0].rstrip("/").lower()


def suppressions_path(db_path: str | Path) -> Path | None:
    """The list for a database: ``$PRECEDENT_SUPPRESSIONS``, else ``suppressions.yaml`` (or
    ``.yml``/``.csv``) in the database's directory; None when there is none."""
    env = os.environ.get("PRECEDENT_SUPPRESSIONS")
    if env:
        return Path(env)
    for name in FILE_NAMES:
        path = Path(db_path).resolve().parent / name
        if path.exists():
            return path
    return None


def load_suppressions(path: str | Path | None) -> SuppressionList:
    """Read a YAML list of mappings or a CSV with columns ``name, url, program_id, reason``."""
    if path is None or not Path(path).exists():
        return SuppressionList()
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            raw: Iterable[Any] = list(csv.DictReader(fh))
    else:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    entries = []
    for item in raw:
        if isinstance(item, str):
            item = {"url": item} if item.startswith(("http://", "https://")) else {"name": item}
        entry = Suppression(**{k: (str(v).strip() or None) if v is not None else None
                               for k, v in item.items() if k in Suppression.__dataclass_fields__})
        if not (entry.name or entry.url):
            raise ValueError(f"{path}: a suppression needs a name or a url: {item!r}")
        entries.append(entry)
    return SuppressionList(entries)


@dataclass
class SuppressionReport:
    residents_dropped: int = 0
    strings_redacted: int = 0
    bodies_redacted: int = 0
    bodies_emptied: int = 0


def suppress_run(run_dir: str | Path, suppressions: SuppressionList) -> SuppressionReport:
    """Apply the list to a run directory in place (``items.jsonl`` and ``raw/``)."""
    report = SuppressionReport()
    if not suppressions:
        return report
    run_dir = Path(run_dir)
    _scrub_items(run_dir / "items.jsonl", suppressions, report)
    _scrub_archive(run_dir / "raw", suppressions, report)
    return report


def _scrub_value(value: Any, suppressions: SuppressionList, report: SuppressionReport) -> Any:
    if isinstance(value, str):
        text, n = suppressions.scrub(value)
        report.strings_redacted += n
        return text
    if isinstance(value, list):
        return [_scrub_value(v, suppressions, report) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_value(v, suppressions, report) for k, v in value.items()}
    return value


def _scrub_items(path: Path, suppressions: SuppressionList, report: SuppressionReport) -> None:
    if not path.exists():
        return
    out: list[str] = []
    changed = False
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                out.append(line)  # a torn line: runstore skips it; keep the file as it was
                continue
            if item.get("item_type") == "resident" and suppressions.hides_resident(item):
                report.residents_dropped += 1
                changed = True
                continue
            before = report.strings_redacted
            item = _scrub_value(item, suppressions, report)
            changed |= report.strings_redacted != before
            out.append(json.dumps(item, ensure_ascii=False) + "\n")
    if changed:
        tmp = path.with_name(path.name + ".suppressing")
        tmp.write_text("".join(out), encoding="utf-8")
        tmp.replace(path)


def _scrub_archive(raw_dir: Path, suppressions: SuppressionList, report: SuppressionReport) -> None:
    if not raw_dir.is_dir():
        return
    stamp = raw_dir / ".suppressions"
    # The list's digest and the number of bodies: a new list or a new body means a rescan.
    digest = f"{suppressions.digest()} {sum(1 for _ in raw_dir.glob('*.body'))}"
    if stamp.exists() and stamp.read_text().strip() == digest:
        return
    for info_path in sorted(raw_dir.glob("*.json")):
        body_path = info_path.with_suffix(".body")
        if not body_path.exists():
            continue
        info = json.loads(info_path.read_text(encoding="utf-8"))
        body = body_path.read_bytes()
        if suppressions.hides_url(info.get("url")):
            new_body = b""
            info["suppressed"] = "url"
            report.bodies_emptied += int(bool(body))
        else:
            # surrogateescape keeps bytes that are not UTF-8 (a cp1252 page) exactly as they were.
            text, n = suppressions.scrub(body.decode("utf-8", "surrogateescape"))
            if not n:
                continue
            new_body = text.encode("utf-8", "surrogateescape")
            info["redacted"] = info.get("redacted", 0) + n
            report.bodies_redacted += 1
        info["body_sha1"] = hashlib.sha1(new_body).hexdigest()
        tmp = body_path.with_suffix(".suppressing")
        tmp.write_bytes(new_body)
        tmp.replace(body_path)
        info_path.write_text(json.dumps(info), encoding="utf-8")
    stamp.write_text(digest + "\n")


def scrub_database(db: Any, suppressions: SuppressionList) -> int:
    """Apply the list to a database being built (a ``sqlite_utils.Database``): rows that *are*
    a suppressed person (a resident row whose name matches or was read from a suppressed URL) go, and
    the name is redacted from every other text. This reaches what a build carries forward from
    the last database (history, change logs), not only what it read from the run."""
    if not suppressions:
        return 0
    touched = 0
    for table in db.tables:
        if table.name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            continue
        text_cols = [c.name for c in table.columns if c.type in ("TEXT", "", "STR")]
        if not text_cols:
            continue
        # SQLite narrows the rows with LIKE on each name's longest word; Python decides.
        likes = sorted({max(re.findall(r"\w+", unidecode(e.name)), key=len)
                        for e in suppressions.entries if e.name and re.search(r"\w", e.name)})
        urls = sorted(suppressions.urls)
        clauses = [f"[{c}] like ?" for c in text_cols for _ in likes]
        params = [f"%{w}%" for _ in text_cols for w in likes]
        if "source_url" in text_cols and urls:
            marks = ",".join("?" * len(urls))
            clauses.append(f"lower(rtrim([source_url], '/')) in ({marks})")
            params += urls
        if not clauses:
            continue
        sql = f"select rowid as __rowid, * from [{table.name}] where " + " or ".join(clauses)
        for row in list(db.query(sql, params)):
            rowid = row.pop("__rowid")
            # Only a row that is a person (it has a resident_key) is deleted; others are redacted.
            if "resident_key" in row and suppressions.hides_resident(row):
                db.execute(f"delete from [{table.name}] where rowid = ?", [rowid])
                touched += 1
                continue
            updates = {}
            for col in text_cols:
                if isinstance(row.get(col), str):
                    new, n = suppressions.scrub(row[col])
                    if n:
                        updates[col] = new
            if updates:
                sets = ", ".join(f"[{c}] = ?" for c in updates)
                db.execute(f"update [{table.name}] set {sets} where rowid = ?", [*updates.values(), rowid])
                touched += 1
    return touched

"""Link a free-text medical-school string to the gazetteer.

``get_linker().link("MD, St. George's University, Grenada")`` -> ``SchoolMatch`` with the
canonical school, its country and its kind (``US_MD US_DO CA IMG UNKNOWN``).

The order of evidence, strongest first:

1. the string is split into institutions ("BS Rutgers; MD St. George's University") and the
   one next to a medical degree is preferred;
2. exact hits on a normalised alias (every word kept), then on the alias core (boilerplate
   such as "School of Medicine" / "Facultad de Medicina" removed), also after taking off
   country and city words and parenthesised abbreviations;
3. fuzzy matching with rapidfuzz over the few aliases that share a rare word or word prefix
   with the query (blocking: never a scan of the whole table);
4. cues re-rank the candidates: a country or city named in the string, degrees (DO ->
   osteopathic unless the school is foreign; MBBS/MBChB -> not a US school);
5. without a school, a school-like string with a foreign country or city is still an IMG,
   and a bare DO degree is still a US DO; anything else is UNKNOWN.

US and Canadian universities that grant no medical degree (``load_colleges``: "Arizona State
University", "UC Berkeley", "York University") are matched beside the schools; a string that
names one better than any school names no medical school (UNKNOWN), instead of the nearest
look-alike ("Abia State University", "Touro University California", "University of York").

Nothing defaults to US_MD: a US kind needs a US school in the gazetteer.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from enrich.gazetteer import (
    Gazetteer,
    School,
    load_ambiguous_aliases,
    load_colleges,
    load_countries,
    load_foreign_cities,
    load_gazetteer,
    open_only_from_env,
)
from enrich.normalize import (
    FOREIGN_DEGREES,
    MEDICAL_DEGREES,
    core_key,
    find_degrees,
    fold,
    name_key,
)

MAX_INPUT_CHARS = 600
FUZZY_ACCEPT = 0.87
MAX_BLOCK = 400
# A college loses to a school hit as well as it but beats a school found only through its core,
# with "School of Medicine" dropped ("Arizona State University, Tempe": the university, not its
# school still in development), and a foreign university of its name ("Northeastern
# University"), which loses 0.03. Beside a medical degree it loses 0.03 too, so a school's core
# beats it ("Southwestern University; M.D.": the Philippine school, not the Texan college).
COLLEGE_PENALTY = 0.01
# The score of an exact hit on the whole string (or on it without its parentheses).
WHOLE_NAME = 0.998
# A cue (a country, a city, a degree) must lift one school of an ambiguous alias this far
# above the other before the alias names it.
AMBIGUOUS_MARGIN = 0.02

# Countries whose schools are one cue apart in practice (the AMA file groups the Dutch
# Caribbean as "Netherlands Antilles"; Ross moved from Dominica to Barbados in 2019).
_COUNTRY_GROUPS = [{"CW", "SX", "BQ", "AW"}, {"DM", "BB"}]

_NULL_KEYS = frozenset(
    {
        "n a",
        "na",
        "none",
        "null",
        "nil",
        "unknown",
        "tbd",
        "tba",
        "pending",
        "not applicable",
        "not available",
        "not listed",
        "unk",
        "x",
        "to be determined",
        "to be announced",
        "other",
        "",
        "n",
    }
)

_SCHOOL_WORDS = re.compile(
    r"\b(university|college|school|faculty|institute|academy|medicine|medical|osteopathic)\b"
)
_MEDICAL_WORDS = re.compile(r"\b(medicine|medical|osteopathic|physicians)\b")
_SITE_WORDS = re.compile(
    r"\b(clinic|clinics|hospital|hospitals|health system|healthcare|foundation)\b"
)
_SPLIT_PIECES = re.compile(r"[;|\n\r\t]+|\s/\s")
_PAREN = re.compile(r"\(([^()]*)\)")
_PARTS = re.compile(r",|\s[–—-]\s")
# Words that never name a school on their own: a key made only of these is not indexed.
_GENERIC = frozenset(
    "university college institute national state health sciences science saint new city "
    "central federal technology international american royal hospital center north south "
    "east west medicine medical school faculty campus".split()
)


def _specific(key: str) -> bool:
    toks = key.split()
    return len(toks) >= 3 or any(t not in _GENERIC for t in toks)


@dataclass(slots=True)
class SchoolMatch:
    """The linker's answer for one input string."""

    input: str
    canonical: str | None
    id: str | None
    country: str | None
    kind: str
    score: float
    caribbean: bool = False

    def to_json(self) -> dict[str, object]:
        """The ``precedent school`` record: exactly input, canonical, id, country, kind, score."""
        return {
            "input": self.input,
            "canonical": self.canonical,
            "id": self.id,
            "country": self.country,
            "kind": self.kind,
            "score": round(float(self.score), 3),
        }


@dataclass(slots=True)
class _Candidate:
    school: School
    score: float
    key: str  # the matched key, so cue words inside the school's own name are not cues


@dataclass(slots=True)
class _Cues:
    countries: dict[str, str]  # phrase (name key) -> ISO alpha-2
    degrees: frozenset[str]

    def countries_outside(self, key: str) -> set[str]:
        return {iso for phrase, iso in self.countries.items() if phrase not in key}


def _compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in _COUNTRY_GROUPS)


class SchoolLinker:
    """Links school strings; build once (``get_linker()``), then call ``link`` freely."""

    def __init__(self, gazetteer: Gazetteer, colleges: Sequence[School] | None = None) -> None:
        """``colleges``: the universities that name no medical school (default
        ``load_colleges()``); indexed after the schools, never part of the gazetteer."""
        self.gazetteer = gazetteer
        self._schools = [*gazetteer.schools, *(load_colleges() if colleges is None else colleges)]
        self._by_name: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._by_core: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, school in enumerate(self._schools):
            self._index_school(i, school)
        self._choices = list(self._by_core)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for ci, key in enumerate(self._choices):
            for tok in set(key.split()):
                self._postings[tok].append(ci)
                if len(tok) >= 5:
                    self._postings["^" + tok[:4]].append(ci)
        self._country_re, self._country_iso = self._country_matcher()
        self._cities = load_foreign_cities()
        self._ambiguous = frozenset(
            key for alias in load_ambiguous_aliases() for key in (name_key(alias), core_key(alias))
        )

    # ------------------------------------------------------------------ index
    def _index_school(self, i: int, school: School) -> None:
        # Short names ("Kansas", "Virginia") are exact names in datadoc's standard form,
        # so a whole-string hit on one beats a core-only hit on another school
        # ("Kansas College of Osteopathic Medicine" -> "kansas"), but not an alias hit.
        strong = [(t, 1.0, 1.0) for t in (school.name, *school.aliases)]
        short = [(t, 0.99, 0.935) for t in school.short_names]
        for text, name_weight, core_weight in strong + short:
            nk = name_key(text)
            if nk and _specific(nk):
                self._add(self._by_name[nk], i, name_weight)
            ck = core_key(text)
            if ck and _specific(ck):
                self._add(self._by_core[ck], i, core_weight)

    @staticmethod
    def _add(bucket: list[tuple[int, float]], i: int, weight: float) -> None:
        for j, (k, w) in enumerate(bucket):
            if k == i:
                if weight > w:
                    bucket[j] = (i, weight)
                return
        bucket.append((i, weight))

    def _country_matcher(self) -> tuple[re.Pattern[str], dict[str, str]]:
        phrases: dict[str, str] = {}
        for iso, names in load_countries().items():
            for n in names:
                key = name_key(n)
                if key and len(key) >= 2:
                    phrases.setdefault(key, iso)
        alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(r"\b(?:" + alternation + r")\b"), phrases

    # ------------------------------------------------------------------ public
    def link(self, text: object, degrees: Sequence[str] = ()) -> SchoolMatch:
        """Link one string. Never raises; junk gives kind UNKNOWN with a low score."""
        raw = _as_text(text)
        if raw is None:
            return _unknown("" if text is None else str(text)[:200], 0.0)
        try:
            return self._link(raw, tuple(degrees or ()))
        except Exception:  # noqa: BLE001 - a bad string must never stop a crawl
            return _unknown(raw, 0.0)

    def link_many(self, texts: Iterable[object]) -> list[SchoolMatch]:
        return [self.link(t) for t in texts]

    # ------------------------------------------------------------------ steps
    def _link(self, raw: str, given_degrees: tuple[str, ...]) -> SchoolMatch:
        if len(raw) > MAX_INPUT_CHARS or not any(c.isalpha() for c in raw):
            return _unknown(raw, 0.0)
        if name_key(raw) in _NULL_KEYS:
            return _unknown(raw, 0.0)
        segments = _segments(raw)
        best: tuple[tuple[int, int, float], SchoolMatch] | None = None
        for seg_text, seg_degrees in segments:
            degrees = frozenset(given_degrees) | seg_degrees
            match = self._link_segment(raw, seg_text, degrees)
            # The institution next to a medical degree names the medical school, even when
            # it is unknown; one next to only BS/BA/PhD never does.
            tier = 2 if seg_degrees & MEDICAL_DEGREES else (0 if seg_degrees else 1)
            if tier == 0 and len(segments) > 1:
                continue
            known = 1 if match.kind != "UNKNOWN" else 0
            rank = (tier, known, match.score)
            if best is None or rank > best[0]:
                best = (rank, match)
        if best is None:
            return _unknown(raw, 0.0)
        return best[1]

    def _link_segment(self, raw: str, text: str, degrees: frozenset[str]) -> SchoolMatch:
        written = self._by_name.get(name_key(text), ())
        strong = [i for i, w in written if w >= 1.0 and not self._schools[i].is_college]
        if len(strong) == 1 and find_degrees(text):
            # An alias with a degree word in it ("NSU MD"): the word is part of the school's
            # name as written, and stripping it first leaves another school's ("NSU").
            return chosen_match(
                raw, _Candidate(self._schools[strong[0]], 1.0, name_key(text)), degrees
            )
        cleaned = _strip_degree_words(text)
        nk = name_key(cleaned)
        if nk in _NULL_KEYS or not nk:
            return self._fallback(raw, nk, degrees, {})
        cues = _Cues(countries=self._find_countries(nk), degrees=degrees)
        site_only = bool(_SITE_WORDS.search(nk)) and not _SCHOOL_WORDS.search(
            re.sub(r"\bmedical center\b", "", nk)
        )
        # A string that calls itself medical ("Trinity University School of Medicine") names
        # no college, whatever college its core is the name of.
        colleges = not _MEDICAL_WORDS.search(nk)
        candidates = [
            c for c in self._exact(cleaned, nk, site_only) if colleges or not c.school.is_college
        ]
        if not site_only and all(c.school.is_college for c in candidates):
            # A college found exactly still leaves a school to look for.
            candidates += [
                c for c in self._fuzzy(cleaned, cues) if colleges or not c.school.is_college
            ]
        if candidates:
            chosen = self._choose(candidates, cues, nk)
            if chosen is not None and not chosen.school.is_college:
                return chosen_match(raw, chosen, degrees)
            # A college is no medical school: only a cue beside it can still say IMG or DO.
        return self._fallback(raw, nk, degrees, cues.countries)

    def _variants(self, cleaned: str) -> list[tuple[str, float]]:
        """The string, then without parentheses, then its comma parts, then the abbreviation
        in parentheses ("Alabama College of Osteopathic Medicine (ACOM)" -> "ACOM"), each
        with a weight: a hit on the whole string beats a hit on a part of it."""
        out = [(cleaned, 1.0)]
        no_paren = _PAREN.sub(" ", cleaned).strip()
        if no_paren != cleaned:
            out.append((no_paren, 0.998))
        # A part that is only a country ("UK") is a cue, never a school name. A dash between
        # spaces parts a school from its campus or city as a comma does ("... – Ann Arbor").
        pieces = [p.strip() for p in _PARTS.split(no_paren) if p.strip()]
        parts = [p for p in pieces if name_key(p) not in self._country_iso]
        if len(pieces) > 1:
            out.extend((p, 0.99) for p in parts)
            out.append((" ".join(parts[:2]), 0.99))
        out.extend((m.group(1), 0.97) for m in _PAREN.finditer(cleaned))
        return out

    def _exact(self, cleaned: str, nk: str, site_only: bool) -> list[_Candidate]:
        """Exact hits of every variant: whole-name hits score 1, core-only hits a little less."""
        found: dict[int, _Candidate] = {}

        def add(i: int, score: float, key: str) -> None:
            if i not in found or score > found[i].score:
                found[i] = _Candidate(self._schools[i], score, key)

        variants = self._variants(cleaned)
        for variant, vw in variants:
            vk = name_key(variant)
            for i, w in self._by_name.get(vk, ()):
                # A short name ("Georgia", "Virginia") counts only as the whole string;
                # as one comma part it is a place.
                if w < 1.0 and vw < 0.995:
                    continue
                add(i, w * vw, vk)
        if site_only:
            return list(found.values())
        for variant, vw in variants:
            for ck in self._core_forms(variant):
                if vw < 0.995 and " " not in ck:
                    continue  # one word left of a comma part ("Georgia") is a place
                for i, w in self._by_core.get(ck, ()):
                    if w < 1.0 and vw < 0.995:
                        continue
                    add(i, 0.985 * w * vw, ck)
        return list(found.values())

    def _core_forms(self, variant: str) -> list[str]:
        ck = core_key(variant)
        forms = [ck] if ck and _specific(ck) else []
        stripped = self._strip_places(ck)
        if stripped and stripped != ck and _specific(stripped):
            forms.append(stripped)
        return forms

    def _strip_places(self, key: str) -> str:
        key = self._country_re.sub(" ", key)
        toks = key.split()
        toks = [t for t in toks if t not in self._cities]
        return " ".join(toks)

    def _fuzzy(self, cleaned: str, cues: _Cues) -> list[_Candidate]:
        queries = []
        for variant, _w in self._variants(cleaned)[:2]:
            queries.extend(self._core_forms(variant))
        queries = [q for q in dict.fromkeys(queries) if len(q) >= 4]
        best: dict[int, _Candidate] = {}
        for q in queries:
            block = self._block(q)
            if not block:
                continue
            choices = [self._choices[ci] for ci in block]
            for choice, score in _fuzzy_top(q, choices, FUZZY_ACCEPT * 100 - 6):
                for i, w in self._by_core[choice]:
                    s = score / 100.0 * w
                    if i not in best or s > best[i].score:
                        best[i] = _Candidate(self._schools[i], s, choice)
        return list(best.values())

    def _block(self, query: str) -> list[int]:
        """Aliases sharing one of the query's rarest words (or a 4-letter word prefix)."""
        keys = []
        for tok in set(query.split()):
            keys.append(tok)
            if len(tok) >= 5:
                keys.append("^" + tok[:4])
        lists = sorted((self._postings[k] for k in keys if k in self._postings), key=len)
        counts: Counter[int] = Counter()
        for posting in lists[:4]:
            if len(posting) > 3000:
                break
            counts.update(posting)
        return [ci for ci, _ in counts.most_common(MAX_BLOCK)]

    def _city_cues(self, nk: str) -> dict[str, str]:
        return {t: self._cities[t] for t in nk.split() if t in self._cities}

    def _find_countries(self, nk: str) -> dict[str, str]:
        return {m.group(0): self._country_iso[m.group(0)] for m in self._country_re.finditer(nk)}

    def _choose(self, candidates: list[_Candidate], cues: _Cues, nk: str) -> _Candidate | None:
        college = self._whole_college(candidates, cues, nk)
        if college is not None:
            return college
        scored: list[tuple[float, _Candidate]] = []
        for c in candidates:
            s = c.score
            school = c.school
            foreign_cues = cues.countries_outside(c.key) | {
                iso for t, iso in self._city_cues(nk).items() if t not in c.key
            }
            if foreign_cues:
                if any(_compatible(school.country, iso) for iso in foreign_cues):
                    s += 0.04
                else:
                    s -= 0.25
            city = name_key(school.city) if school.city else ""
            if city and len(city) > 3 and re.search(r"\b" + re.escape(city) + r"\b", nk):
                if city not in c.key:
                    s += 0.04
            if "DO" in cues.degrees:
                s += 0.03 if school.kind == "US_DO" else (-0.08 if school.kind == "US_MD" else 0)
            if cues.degrees & FOREIGN_DEGREES and school.kind != "IMG":
                s -= 0.3
            if school.is_college:
                s -= 0.03 if cues.degrees & MEDICAL_DEGREES else COLLEGE_PENALTY
            elif not school.is_medical_school:
                s -= 0.03
            if school.kind in ("US_MD", "US_DO", "CA") or school.is_college:
                s += 0.005
            if school.parent_id is None:
                s += 0.001
            scored.append((s, c))
        scored.sort(key=lambda t: (-t[0], t[1].school.id))
        top_score, top = scored[0]
        if top.key in self._ambiguous and len(scored) > 1:
            if top_score - scored[1][0] < AMBIGUOUS_MARGIN:
                return None  # "U of A Medicine" alone: Alberta's or Arizona's, nobody can say
        if top_score < FUZZY_ACCEPT - 0.17 or (top.score < 0.97 and top_score < FUZZY_ACCEPT):
            return None
        return _Candidate(top.school, min(1.0, top_score), top.key)

    def _whole_college(
        self, candidates: list[_Candidate], cues: _Cues, nk: str
    ) -> _Candidate | None:
        """A string that is a college's whole name, with no foreign place beside it, names
        that college, even when a school is found through part of it and a city cue lifts it
        ("University of Maryland, Baltimore County" is not the School of Medicine in
        Baltimore)."""
        whole = [c for c in candidates if c.score >= WHOLE_NAME]
        colleges = [c for c in whole if c.school.is_college]
        if not colleges or len(colleges) < len(whole):
            return None
        if cues.countries_outside(colleges[0].key) or self._city_cues(nk):
            return None
        return colleges[0]

    def _fallback(
        self, raw: str, nk: str, degrees: frozenset[str], countries: dict[str, str]
    ) -> SchoolMatch:
        foreign = {iso for iso in countries.values() if iso not in ("US", "CA")}
        if not foreign:
            foreign = {self._cities[t] for t in nk.split() if t in self._cities}
        country = sorted(foreign)[0] if len(foreign) == 1 else None
        school_like = bool(_SCHOOL_WORDS.search(nk))
        if foreign and school_like:
            return SchoolMatch(raw, None, None, country, "IMG", 0.55)
        if degrees & FOREIGN_DEGREES:
            return SchoolMatch(raw, None, None, country, "IMG", 0.5)
        if "DO" in degrees and not foreign:
            return SchoolMatch(raw, None, None, "US", "US_DO", 0.5)
        return _unknown(raw, 0.1 if school_like else 0.0)


_OSTEOPATHIC = re.compile(r"osteopath", re.I)


def chosen_match(raw: str, c: _Candidate, degrees: frozenset[str]) -> SchoolMatch:
    school = c.school
    if school.kind == "US_MD" and ("DO" in degrees or _OSTEOPATHIC.search(raw)):
        # A DO degree, or a school that calls itself osteopathic, is osteopathic whatever the
        # nearest allopathic name ("Touro ... College of Osteopathic Medicine" is not NYMC).
        return SchoolMatch(raw, None, None, "US", "US_DO", 0.6)
    return SchoolMatch(
        input=raw,
        canonical=school.name,
        id=school.id,
        country=school.country,
        kind=school.kind,
        score=round(c.score, 3),
        caribbean=school.caribbean,
    )


def _fuzzy_top(query: str, choices: list[str], cutoff: float) -> list[tuple[str, float]]:
    """Best few choices. Order-sensitive first: "university washington" must not equal
    "washington university", so reordered words cost 8 points. Word sets only count when
    the query is missing words, never when it has words of its own ("Washington University
    of Health Sciences" is not "University of Washington"). Native rapidfuzz scorers only:
    a Python scorer would be called once per choice."""
    scores: dict[str, float] = {}
    for scorer, penalty in (
        (fuzz.ratio, 0),
        (fuzz.token_sort_ratio, 8),
        (fuzz.token_set_ratio, 13),
    ):
        for choice, score, _ in process.extract(
            query, choices, scorer=scorer, limit=5, score_cutoff=cutoff + penalty
        ):
            if penalty == 13 and (
                min(len(query), len(choice)) < 12 or not set(query.split()) <= set(choice.split())
            ):
                continue
            if score - penalty > scores.get(choice, 0.0):
                scores[choice] = score - penalty
    return list(scores.items())


def _as_text(text: object) -> str | None:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str):
        return None
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    return text or None


def _unknown(raw: str, score: float) -> SchoolMatch:
    return SchoolMatch(raw, None, None, None, "UNKNOWN", score)


def _strip_degree_words(text: str) -> str:
    spans = find_degrees(text)
    if spans:
        out, pos = [], 0
        for s, e, _ in spans:
            out.append(text[pos:s])
            pos = e
        out.append(text[pos:])
        text = " ".join(out)
    text = re.sub(r"\(\s*\)", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:-")


def _segments(raw: str) -> list[tuple[str, frozenset[str]]]:
    """Split into institutions; each with the degrees written next to it."""
    pieces = [p for p in _SPLIT_PIECES.split(raw) if p.strip()]
    out: list[tuple[str, frozenset[str]]] = []
    for piece in pieces:
        for text, degrees in _split_on_degrees(piece):
            if out and _is_bare_degree(text):
                # "Tulane University School of Medicine; M.D. 2016": the degree belongs
                # to the institution before it.
                prev_text, prev_degrees = out[-1]
                out[-1] = (prev_text, prev_degrees | degrees)
            else:
                out.append((text, degrees))
    if len(out) > 1 and _is_bare_degree(out[0][0]):
        out[1] = (out[1][0], out[1][1] | out[0][1])
        out = out[1:]
    if len(out) > 1:
        out.append((raw, frozenset()))
    return out or [(raw, frozenset())]


def _is_bare_degree(text: str) -> bool:
    """Only degrees, years and punctuation ("M.D. 2016", "MD, Class of 2019")."""
    rest = name_key(_strip_degree_words(text))
    return rest in ("", "class", "class of", "graduated")


def _split_on_degrees(piece: str) -> list[tuple[str, frozenset[str]]]:
    spans = find_degrees(piece)
    labels = {label for _, _, label in spans}
    mixed = bool(labels & MEDICAL_DEGREES) and bool(labels - MEDICAL_DEGREES)
    if not mixed:
        return [(piece, frozenset(labels))]
    leading = piece[: spans[0][0]].strip(" ,;:-(") == ""
    parts: list[tuple[str, frozenset[str]]] = []
    if leading:
        for k, (s, _e, label) in enumerate(spans):
            end = spans[k + 1][0] if k + 1 < len(spans) else len(piece)
            parts.append((piece[s:end], frozenset({label})))
    else:
        start = 0
        for _s, e, label in spans:
            parts.append((piece[start:e], frozenset({label})))
            start = e
        if piece[start:].strip(" ,;:-()"):
            parts.append((piece[start:], frozenset()))
    return [(t, d) for t, d in parts if t.strip(" ,;:-()")]


@lru_cache(maxsize=4)
def _linker_for(open_only: bool) -> SchoolLinker:
    return _stored_linker(open_only)


def get_linker(open_only: bool | None = None) -> SchoolLinker:
    """The shared linker (cached). ``open_only=None`` reads ``PRECEDENT_OPEN_DATA_ONLY``."""
    return _linker_for(open_only_from_env() if open_only is None else bool(open_only))


# Building the index costs about half a second a process (every `precedent` command that links
# or loads a profile); a pickle of it loads in a tenth of that. It is keyed by the SHA-1 of the
# package's code and data, so any change to either builds (and stores) a new one.
CACHE_DIR_ENV = "PRECEDENT_CACHE_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """``$PRECEDENT_CACHE_DIR``, else ``$XDG_CACHE_HOME/precedent`` (``~/.cache/precedent``)."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "precedent"


def _index_key(open_only: bool) -> str:
    digest = hashlib.sha1(f"{sys.version_info[:2]}|{open_only}|{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".jsonl", ".csv"):
            digest.update(str(path.relative_to(_PACKAGE_DIR)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def _stored_linker(open_only: bool) -> SchoolLinker:
    """The linker from its pickle when the code and data are those it was built from, else
    built (and stored for the next process; a cache that cannot be written is no error)."""
    path = cache_dir() / f"school-linker-{_index_key(open_only)}.pickle"
    try:
        with path.open("rb") as fh:
            linker = pickle.load(fh)
        if isinstance(linker, SchoolLinker):
            return linker
    except (OSError, EOFError, AttributeError, ImportError, IndexError, pickle.UnpicklingError):
        pass
    linker = SchoolLinker(load_gazetteer(open_only=open_only))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(linker, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass
    return linker


__all__ = ["SchoolLinker", "SchoolMatch", "get_linker", "fold"]

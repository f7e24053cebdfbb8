"""Deterministic generation of the demo web.

Every program draws from its own RNGs seeded by ``(seed, specialty, index, purpose)``, never from a
shared stream, so program ``i`` is the same whatever ``programs=N`` is. Each entering class draws
from an RNG seeded by its start year, so moving ``year`` forward graduates the senior class and
adds interns while every other resident keeps their name and school.

Nothing is precomputed for the whole web: programs are generated on demand and kept in a small
cache, which is what keeps 13,400 programs cheap to serve. A mixed web (``specialty="all"``) maps
each position to one specialty's program through :mod:`demoweb.mix`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from unidecode import unidecode

from demoweb import hosts, mix
from demoweb.biography import degrees_shown, hometown_for, undergrad_for
from demoweb.layouts import (
    FRESH,
    FRESH2,
    FRESH2_LAYOUTS,
    FRESH3,
    FRESH3_LAYOUTS,
    FRESH4,
    FRESH4_LAYOUTS,
    FRESH_LAYOUTS,
    LAYOUTS,
)
from demoweb.model import Program, Resident, Site, StaffMember
from demoweb.names import POOLS, person_name, pool_for_country, with_nickname
from demoweb.places import ACGME_STATE_CODES, CITIES, institution_name
from demoweb.schools import degrees_for, load_school_book, pick_school, render_school
from demoweb.specialties import ALL, Specialty, get_specialty

PROGRAM_CACHE_SIZE = 4096
NO_ROSTER_SHARE = 0.03
HELDOUT_SHARE = 0.20
# Share of held-out programs, among those whose layout has a fresh variant, whose roster shows the
# fresh (blind) markup instead of the held-out one; their split stays "heldout".
FRESH_SHARE = 0.5
# Share of the held-out programs left after that (not fresh), among those whose layout has a
# fresh2 variant, whose roster shows the fresh2 (blind) markup; their split stays "heldout".
FRESH2_SHARE = 0.5
# Share of the held-out programs fresh and fresh2 leave, among those whose layout has a fresh3
# variant, whose roster shows the fresh3 (blind) markup; their split stays "heldout".
FRESH3_SHARE = 0.5
# Share of the held-out programs fresh, fresh2 and fresh3 leave, among those whose layout has a
# fresh4 variant, whose roster shows the fresh4 (blind) markup; their split stays "heldout".
FRESH4_SHARE = 0.5
# Link texts of the roster in the site's navigation, as on real department sites.
ROSTER_LINK_TEXTS = (
    "Current Residents",
    "Our Residents",
    "Meet the Residents",
    "Residents",
    "Residents & Fellows",
    "People",
    "Trainees",
    "Meet Our Residents",
)
ROSTER_PATHS = (
    "residents/",
    "current-residents.html",
    "people/residents/",
    "education/current-residents/",
    "our-residents.html",
    "trainees/",
    "people/",
)
ABOUT_PATHS = ("about.html", "education/", "program/overview/", "about/")
OWN_HOST_PREFIXES = ("/", "/", "/", "/neurosurgery/", "/gme/{slug}/")
API_PATH = "api/residents.json"
# How a roster is found (the department layout brings its own way); weights sum to 1.
DISCOVERY_WEIGHTS = {"nav": 0.80, "nested_menu": 0.16, "sitemap": 0.04}
ROBOTS_BLOCKED_SHARE = 0.03  # robots.txt disallows the roster: unreachable for a polite crawler
NEWS_SHARE = 0.35  # programs that publish a match-day post and/or a newsletter
STAFF_ROLES = (
    "Chair, Department of Neurological Surgery",
    "Program Director",
    "Associate Program Director",
    "Professor",
    "Associate Professor",
    "Assistant Professor",
)


def _rng(*parts: object) -> random.Random:
    # A string seed is hashed with SHA-512 by random.Random: stable across runs and platforms,
    # unaffected by PYTHONHASHSEED.
    return random.Random("|".join(str(p) for p in parts))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")


_LAYOUT_NAMES: list[str] = []
_LAYOUT_WEIGHTS: list[float] = []


def _weighted_layout(rng: random.Random) -> str:
    if not _LAYOUT_NAMES:
        _LAYOUT_NAMES.extend(LAYOUTS)
        _LAYOUT_WEIGHTS.extend(LAYOUTS[n].weight for n in _LAYOUT_NAMES)
    return rng.choices(_LAYOUT_NAMES, _LAYOUT_WEIGHTS)[0]


def _site(
    rng: random.Random, seed: int, index: int, host_index: int, spec: Specialty, root: str
) -> Site:
    own = hosts.may_have_own_host(host_index) and rng.random() < hosts.OWN_HOST_SHARE
    slug = f"{spec.slug}-{slugify(root)}-{index + 1}"
    if own:
        host = hosts.own_host(host_index)
        prefix = rng.choice(OWN_HOST_PREFIXES).replace("neurosurgery", spec.slug)
        prefix = prefix.format(slug=spec.slug)
    elif hosts.may_have_own_host(host_index):
        host = rng.choice(hosts.SHARED_HOSTS)
        prefix = f"/{slug}/"
    else:
        host = hosts.campus_host(host_index)
        prefix = f"/{slug}/"
    has_roster = rng.random() >= NO_ROSTER_SHARE
    layout = _weighted_layout(rng)
    # New draws come from their own stream so that the draws above stay put.
    more = _rng(seed, spec.slug, index, "discovery")
    discovery = more.choices(list(DISCOVERY_WEIGHTS), list(DISCOVERY_WEIGHTS.values()))[0]
    if layout == "department":
        discovery = "department"
    roll = more.random()
    news: tuple[str, ...] = ()
    if has_roster and roll < NEWS_SHARE:
        news = (("match_day",), ("newsletter",), ("match_day", "newsletter"))[int(roll * 300) % 3]
    site = Site(
        host=host,
        prefix=prefix,
        shared=not own,
        about_path=rng.choice(ABOUT_PATHS),
        roster_path=rng.choice(ROSTER_PATHS) if has_roster else None,
        roster_link_text=rng.choice(ROSTER_LINK_TEXTS),
        layout=layout,
        variant="heldout" if rng.random() < HELDOUT_SHARE else "dev",
        discovery=discovery,
        robots_blocked=has_roster and more.random() < ROBOTS_BLOCKED_SHARE,
        news=news,
        host_index=host_index,
    )
    return _with_layout_variant(site, seed, spec, index)


def _with_layout_variant(site: Site, seed: int, spec: Specialty, index: int) -> Site:
    """Move a share of held-out sites to the fresh roster markup, a share of the rest to the
    fresh2 markup, a share of what is left to fresh3 and a share of what fresh3 leaves to fresh4,
    each from a stream of its own so that no other draw of any program moves."""
    if site.variant != "heldout":
        return site
    if site.layout in FRESH_LAYOUTS:
        if _rng(seed, spec.slug, index, "fresh").random() < FRESH_SHARE:
            return replace(site, layout_variant=FRESH)
    if site.layout in FRESH2_LAYOUTS:
        if _rng(seed, spec.slug, index, "fresh2").random() < FRESH2_SHARE:
            return replace(site, layout_variant=FRESH2)
    if site.layout in FRESH3_LAYOUTS:
        if _rng(seed, spec.slug, index, "fresh3").random() < FRESH3_SHARE:
            return replace(site, layout_variant=FRESH3)
    if site.layout in FRESH4_LAYOUTS:
        if _rng(seed, spec.slug, index, "fresh4").random() < FRESH4_SHARE:
            return replace(site, layout_variant=FRESH4)
    return site


def _program_rate(rng: random.Random, spec: Specialty, share: float, zero: float) -> float:
    if rng.random() < zero:
        return 0.0
    a, b = spec.rate_params(share, zero)
    return rng.betavariate(a, b)


def _entering_class(
    seed: int,
    spec: Specialty,
    index: int,
    start_year: int,
    state: str,
    img_rate: float,
    do_rate: float,
) -> list[Resident]:
    """The residents who started PGY-1 in July ``start_year``; independent of the viewing year."""
    rng = _rng(seed, spec.slug, index, "class", start_year)
    residents = []
    for _ in range(rng.choice(spec.class_sizes)):
        roll = rng.random()
        if roll < img_rate:
            kind = "IMG"
        elif roll < img_rate + do_rate:
            kind = "US_DO"
        elif roll < img_rate + do_rate + spec.ca_share:
            kind = "CA"
        else:
            kind = "US_MD"
        school = pick_school(rng, kind, state)
        pool = pool_for_country(school.country if kind == "IMG" else None, rng)
        name = person_name(rng, pool)
        degrees = degrees_for(rng, school)
        residents.append(
            Resident(
                name=name,
                degrees=degrees,
                school_id=school.id,
                school_string=render_school(rng, school),
                kind=kind,
                pgy=0,  # set by the viewing year
                class_year=start_year + spec.years,
                start_year=start_year,
                name_shown=with_nickname(rng, name),
                degrees_shown=degrees_shown(rng, degrees),
                undergrad=undergrad_for(rng, kind),
                hometown=hometown_for(rng, kind, school.country),
            )
        )
    return residents


def _distinct_classes(
    seed: int,
    spec: Specialty,
    index: int,
    years: range,
    state: str,
    img_rate: float,
    do_rate: float,
) -> dict[int, list[Resident]]:
    """Entering classes whose names differ from every resident they can ever share the roster
    with (earlier classes still in training, earlier places in their own class).

    Two residents of one program with the same full name are vanishingly rare on real rosters and
    make name-based ground truth ambiguous. The later resident takes a middle initial; the rule
    looks only at the raw names of earlier classes, so every resident's name is the same in every
    viewing year. Each raw class is drawn once (not once per later class): 2n-1 draws, not n².
    """
    raw = {
        s: _entering_class(seed, spec, index, s, state, img_rate, do_rate)
        for s in range(years.start - spec.years + 1, years.stop)
    }
    out: dict[int, list[Resident]] = {}
    for start_year in years:
        earlier = {r.name for s in range(start_year - spec.years + 1, start_year) for r in raw[s]}
        distinct = []
        for r in raw[start_year]:
            if r.name in earlier:
                rng = _rng(seed, spec.slug, index, "namesake", start_year, r.name)
                first, _, last = r.name.partition(" ")
                name = f"{first} {rng.choice('BCDEFGHJKLMNPRSTW')}. {last}"
                shown = r.name_shown.replace(r.name.partition(" ")[2], "", 1).rstrip()
                r = replace(r, name=name, name_shown=f"{shown} {name.partition(' ')[2]}")
            earlier.add(r.name)
            distinct.append(r)
        out[start_year] = distinct
    return out


def _staff(rng: random.Random, spec: Specialty, taken: set[str]) -> tuple[StaffMember, ...]:
    """Faculty and staff named on the about page: people who are not residents."""
    staff = []
    for role in STAFF_ROLES[:2] + tuple(rng.sample(STAFF_ROLES[2:], 3)):
        staff_name = person_name(
            rng, POOLS["general"] if rng.random() < 0.7 else pool_for_country(None, rng)
        )
        if staff_name in taken:
            continue
        taken.add(staff_name)
        role_text = role.replace("Neurological Surgery", spec.title)
        degrees = ("MD", "PhD") if rng.random() < 0.3 else ("MD",)
        staff.append(StaffMember(staff_name, role_text, degrees))
    coordinator = person_name(rng, POOLS["general"])
    if coordinator not in taken:
        taken.add(coordinator)
        staff.append(StaffMember(coordinator, "Program Coordinator", ()))
    return tuple(staff)


def _fellows(seed: int, spec: Specialty, index: int, state: str, taken: set[str]) -> list[Resident]:
    """Fellows a "people" page lists beside the residents; they have schools too (a trap)."""
    rng = _rng(seed, spec.slug, index, "fellows")
    fellows = []
    for _ in range(rng.choice((1, 2, 2, 3))):
        kind = rng.choice(("US_MD", "US_MD", "US_DO", "IMG"))
        school = pick_school(rng, kind, state)
        name = person_name(rng, pool_for_country(school.country if kind == "IMG" else None, rng))
        if name in taken:
            continue
        taken.add(name)
        degrees = degrees_for(rng, school)
        fellows.append(
            Resident(name, degrees, school.id, render_school(rng, school), kind, 0, 0, 0)
        )
    return fellows


def _head(
    seed: int, index: int, spec: Specialty, host_index: int | None
) -> tuple[random.Random, str, str, str, str, Site]:
    """The cheap first draws of a program: place, name, id and site (no residents yet)."""
    rng = _rng(seed, spec.slug, index, "program")
    city, state = rng.choice(CITIES)
    name, root = institution_name(rng, city)
    # code + state + 5 digits: a bijection of the index (7919 is coprime with 10^5), so ids are
    # unique for up to 100,000 programs per specialty.
    serial = (index * 7919 + 1 + seed * 104729) % 100_000
    program_id = f"{spec.acgme_code}{ACGME_STATE_CODES[state]}{serial:05d}"
    site = _site(rng, seed, index, index if host_index is None else host_index, spec, root)
    return rng, city, state, name, program_id, site


def generate_site(seed: int, index: int, specialty: str, host_index: int | None = None) -> Site:
    """Only the site of a program: what the server's host table needs, without residents."""
    return _head(seed, index, get_specialty(specialty), host_index)[5]


def generate_program(
    seed: int, index: int, year: int, specialty: str, host_index: int | None = None
) -> Program:
    """Program ``index`` of one specialty: a pure function of its arguments.

    ``host_index`` is the program's position in the web (defaults to ``index``); it decides only
    which loopback address the site gets, so a program is the same in a mixed web.
    """
    spec = get_specialty(specialty)
    rng, city, state, name, program_id, site = _head(seed, index, spec, host_index)
    img_rate = _program_rate(rng, spec, spec.img_share, spec.img_zero)
    do_rate = _program_rate(rng, spec, spec.do_share, spec.do_zero)

    residents: list[Resident] = []
    alumni: list[Resident] = []
    if site.roster_path is not None:
        classes = _distinct_classes(
            seed, spec, index, range(year - spec.years, year + 1), state, img_rate, do_rate
        )
        for start_year in range(year - spec.years + 1, year + 1):
            residents.extend(_at_year(r, year) for r in classes[start_year])
        alumni = classes[year - spec.years]
    taken = {r.name for r in residents}
    alumni = [a for a in alumni if a.name not in taken]
    taken.update(a.name for a in alumni)
    staff = _staff(rng, spec, taken)
    fellows = _fellows(seed, spec, index, state, taken) if site.roster_path else []
    return Program(
        index=index if host_index is None else host_index,
        id=program_id,
        name=name,
        institution=name.removesuffix(" Program"),
        specialty=spec.slug,
        specialty_title=spec.title,
        city=city,
        state=state,
        year=year,
        site=site,
        residents=tuple(residents),
        staff=staff,
        fellows=tuple(fellows),
        alumni=tuple(alumni),
    )


def _at_year(resident: Resident, year: int) -> Resident:
    return replace(resident, pgy=year - resident.start_year + 1)


@dataclass
class DemoWeb:
    """A demo web of ``programs`` programs of one specialty (or ``"all"``, mixed); pages are made
    on demand.

    ``port`` is set by the server once it has bound its sockets; URLs in the ground truth need it.
    """

    programs: int
    seed: int = 7
    year: int = 2026
    specialty: str = "neurosurgery"
    port: int = 0
    registry_host: str = hosts.REGISTRY_HOST
    faults: bool = False  # set by the server; the truth then names each program's fault
    _cache: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.programs < 1:
            raise ValueError("a demo web needs at least one program")
        if self.specialty != ALL:
            get_specialty(self.specialty)
        load_school_book()
        self._cache = lru_cache(maxsize=PROGRAM_CACHE_SIZE)(self._generate)

    @property
    def mixed(self) -> bool:
        return self.specialty == ALL

    def specialty_of(self, index: int) -> tuple[str, int]:
        """(specialty, index within it) of position ``index`` of this web."""
        return mix.specialty_at(index) if self.mixed else (self.specialty, index)

    def specialties(self) -> list[str]:
        return mix.specialties_in(self.programs) if self.mixed else [self.specialty]

    def indices_of(self, specialty: str) -> list[int]:
        """Positions of one specialty's programs, in order (all positions for ``"all"``)."""
        if not self.mixed or specialty == ALL:
            return list(range(self.programs))
        return [i for i in range(self.programs) if mix.specialty_at(i)[0] == specialty]

    def _generate(self, index: int) -> Program:
        slug, local = self.specialty_of(index)
        return generate_program(self.seed, local, self.year, slug, host_index=index)

    def program(self, index: int) -> Program:
        if not 0 <= index < self.programs:
            raise IndexError(f"program {index} not in this web of {self.programs}")
        return self._cache(index)

    def iter_sites(self) -> Iterator[tuple[int, Site]]:
        """(position, site) of every program: cheap, no residents are drawn."""
        for index in range(self.programs):
            slug, local = self.specialty_of(index)
            yield index, generate_site(self.seed, local, slug, host_index=index)

    def iter_programs(self) -> Iterator[Program]:
        """All programs in order, without filling the cache with the whole web."""
        for index in range(self.programs):
            yield self._generate(index)

    @property
    def registry_path(self) -> str:
        return f"/registry/{self.specialty}?page=1"

    def registry_url(self, port: int | None = None) -> str:
        return f"http://{self.registry_host}:{self._port(port)}{self.registry_path}"

    def _port(self, port: int | None) -> int:
        port = port or self.port
        if not port:
            raise ValueError("the demo web has no port yet: bind the server or pass port=")
        return port

    def program_truth(self, program: Program, port: int | None = None) -> dict[str, Any]:
        """Ground truth of one program, in the format of issue 4 (extend, never rename)."""
        from demoweb.truth import program_truth

        return program_truth(self, program, self._port(port))

    def truth_header(self, port: int | None = None) -> dict[str, Any]:
        port = self._port(port)
        return {
            "registry_url": self.registry_url(port),
            "registry_urls": {
                s: f"http://{self.registry_host}:{port}/registry/{s}?page=1"
                for s in self.specialties()
            },
            "seed": self.seed,
            "year": self.year,
            "specialty": self.specialty,
            "program_count": self.programs,
            "faults": self.faults,
        }

    def truth(self, port: int | None = None) -> dict[str, Any]:
        """The whole ground truth as one dict (fine for tests; use truth.write_truth at scale)."""
        out = self.truth_header(port)
        out["programs"] = [self.program_truth(p, port) for p in self.iter_programs()]
        return out


def build_web(
    programs: int, seed: int = 7, year: int = 2026, specialty: str = "neurosurgery"
) -> DemoWeb:
    """The demo web of ``programs`` programs; cheap, since nothing is generated until asked.

    ``specialty="all"`` mixes every specialty at the ACGME's shares (see :mod:`demoweb.mix`).
    """
    return DemoWeb(programs=programs, seed=seed, year=year, specialty=specialty)

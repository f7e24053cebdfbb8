"""Deterministic generation of the demo web.

Every program draws from its own RNG seeded by ``(seed, specialty, index)``, never from a shared
stream, so program ``i`` is the same whatever ``programs=N`` is. Each entering class draws from an
RNG seeded by its start year, so moving ``year`` forward graduates the senior class and adds
interns while every other resident keeps their name and school.

Nothing is precomputed for the whole web: programs are generated on demand and kept in a small
cache, which is what keeps 13,400 programs cheap to serve.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from unidecode import unidecode

from demoweb import hosts
from demoweb.faults import fault_for
from demoweb.layouts import LAYOUTS, get_layout
from demoweb.model import Program, Resident, Site, StaffMember
from demoweb.names import POOLS, person_name, pool_for_country
from demoweb.places import ACGME_STATE_CODES, CITIES, institution_name
from demoweb.schools import degrees_for, load_school_book, pick_school, render_school
from demoweb.specialties import Specialty, get_specialty

PROGRAM_CACHE_SIZE = 4096
NO_ROSTER_SHARE = 0.02
HELDOUT_SHARE = 0.20
ROSTER_LINK_TEXTS = ("Current Residents", "Our Residents", "Meet the Residents", "Residents")
ROSTER_PATHS = (
    "residents/",
    "current-residents.html",
    "people/residents/",
    "education/current-residents/",
    "our-residents.html",
)
ABOUT_PATHS = ("about.html", "education/", "program/overview/", "about/")
OWN_HOST_PREFIXES = ("/", "/", "/", "/neurosurgery/", "/gme/{slug}/")
API_PATH = "api/residents.json"
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


def _weighted_layout(rng: random.Random) -> str:
    names = list(LAYOUTS)
    return rng.choices(names, [LAYOUTS[n].weight for n in names])[0]


def _site(rng: random.Random, index: int, spec: Specialty, root: str) -> Site:
    own = hosts.may_have_own_host(index) and rng.random() < hosts.OWN_HOST_SHARE
    slug = f"{spec.slug}-{slugify(root)}-{index + 1}"
    if own:
        host = hosts.own_host(index)
        prefix = rng.choice(OWN_HOST_PREFIXES).replace("neurosurgery", spec.slug)
        prefix = prefix.format(slug=spec.slug)
    else:
        host = rng.choice(hosts.SHARED_HOSTS)
        prefix = f"/{slug}/"
    has_roster = rng.random() >= NO_ROSTER_SHARE
    return Site(
        host=host,
        prefix=prefix,
        shared=not own,
        about_path=rng.choice(ABOUT_PATHS),
        roster_path=rng.choice(ROSTER_PATHS) if has_roster else None,
        roster_link_text=rng.choice(ROSTER_LINK_TEXTS),
        layout=_weighted_layout(rng),
        variant="heldout" if rng.random() < HELDOUT_SHARE else "dev",
    )


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
        residents.append(
            Resident(
                name=person_name(rng, pool),
                degrees=degrees_for(rng, school),
                school_id=school.id,
                school_string=render_school(rng, school),
                kind=kind,
                pgy=0,  # set by the viewing year
                class_year=start_year + spec.years,
                start_year=start_year,
            )
        )
    return residents


def _distinct_class(
    seed: int, spec: Specialty, index: int, start_year: int, state: str, img_rate: float,
    do_rate: float,
) -> list[Resident]:
    """An entering class whose names differ from every resident it can ever share the roster
    with (earlier classes still in training, earlier places in its own class).

    Two residents of one program with the same full name are vanishingly rare on real rosters and
    make name-based ground truth ambiguous. The later resident takes a middle initial; the rule
    looks only at earlier classes, so every resident's name is the same in every viewing year.
    """
    earlier = {
        r.name
        for s in range(start_year - spec.years + 1, start_year)
        for r in _entering_class(seed, spec, index, s, state, img_rate, do_rate)
    }
    out = []
    for r in _entering_class(seed, spec, index, start_year, state, img_rate, do_rate):
        if r.name in earlier:
            rng = _rng(seed, spec.slug, index, "namesake", start_year, r.name)
            first, _, last = r.name.partition(" ")
            r = replace(r, name=f"{first} {rng.choice('BCDEFGHJKLMNPRSTW')}. {last}")
        earlier.add(r.name)
        out.append(r)
    return out


def generate_program(seed: int, index: int, year: int, specialty: str) -> Program:
    """Program ``index`` of the demo web: a pure function of its arguments."""
    spec = get_specialty(specialty)
    rng = _rng(seed, spec.slug, index, "program")
    city, state = rng.choice(CITIES)
    name, root = institution_name(rng, city)
    # 160 + state + 5 digits: a bijection of the index (7919 is coprime with 10^5), so ids are
    # unique for up to 100,000 programs per specialty.
    serial = (index * 7919 + 1 + seed * 104729) % 100_000
    program_id = f"{spec.acgme_code}{ACGME_STATE_CODES[state]}{serial:05d}"
    site = _site(rng, index, spec, root)
    img_rate = _program_rate(rng, spec, spec.img_share, spec.img_zero)
    do_rate = _program_rate(rng, spec, spec.do_share, spec.do_zero)

    residents: list[Resident] = []
    if site.roster_path is not None:
        for start_year in range(year - spec.years + 1, year + 1):
            for r in _distinct_class(seed, spec, index, start_year, state, img_rate, do_rate):
                residents.append(_at_year(r, year))
    taken = {r.name for r in residents}
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
        staff.append(StaffMember(coordinator, "Program Coordinator", ()))
    return Program(
        index=index,
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
        staff=tuple(staff),
    )


def _at_year(resident: Resident, year: int) -> Resident:
    return Resident(**{**resident.__dict__, "pgy": year - resident.start_year + 1})


@dataclass
class DemoWeb:
    """A demo web of ``programs`` programs of one specialty; pages are made on demand.

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
        get_specialty(self.specialty)
        load_school_book()
        self._cache = lru_cache(maxsize=PROGRAM_CACHE_SIZE)(self._generate)

    def _generate(self, index: int) -> Program:
        return generate_program(self.seed, index, self.year, self.specialty)

    def program(self, index: int) -> Program:
        if not 0 <= index < self.programs:
            raise IndexError(f"program {index} not in this web of {self.programs}")
        return self._cache(index)

    def iter_programs(self) -> Iterator[Program]:
        """All programs in order, without filling the cache with the whole web."""
        for index in range(self.programs):
            yield generate_program(self.seed, index, self.year, self.specialty)

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
        port = self._port(port)
        site = program.site
        layout = get_layout(site.layout)
        roster_urls = [program.url(port, site.roster_path)] if site.roster_path else []
        return {
            "id": program.id,
            "index": program.index,
            "name": program.name,
            "specialty": program.specialty,
            "city": program.city,
            "state": program.state,
            "website": program.url(port),
            "host": site.host,
            "shared_host": site.shared,
            "has_roster": site.roster_path is not None,
            "roster_urls": roster_urls,
            "unreachable_roster_urls": [],
            "api_urls": [program.url(port, API_PATH)] if layout.js and roster_urls else [],
            "roster_link_text": site.roster_link_text if roster_urls else None,
            "layout": site.layout,
            "split": program.split,
            "js": layout.js and bool(roster_urls),
            "residents": [
                {
                    "name": r.name,
                    "degrees": list(r.degrees),
                    "school_id": r.school_id,
                    "school_string": r.school_string,
                    "kind": r.kind,
                    "pgy": r.pgy,
                    "class_year": r.class_year,
                }
                for r in program.residents
            ],
            "distractors": [s.name for s in program.staff],
            "faults": [f] if self.faults and (f := fault_for(self.seed, program)) else [],
        }

    def truth_header(self, port: int | None = None) -> dict[str, Any]:
        return {
            "registry_url": self.registry_url(port),
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
    """The demo web of ``programs`` programs; cheap, since nothing is generated until asked."""
    return DemoWeb(programs=programs, seed=seed, year=year, specialty=specialty)

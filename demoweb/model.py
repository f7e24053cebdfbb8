"""The plain data of the demo web: programs, their sites, residents and staff.

Everything here is port-independent, so a program can be generated, cached and compared without
a server; absolute URLs are made by :meth:`Program.url` once the server knows its port.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Resident:
    """A current resident as the roster shows them, with the truth behind the rendering."""

    name: str
    degrees: tuple[str, ...]  # canonical tokens, e.g. ("MD", "PhD")
    school_id: str  # id in enrich/data/sources/*.csv
    school_string: str  # the school exactly as rendered on the page
    kind: str  # US_MD, US_DO, CA, IMG
    pgy: int
    class_year: int  # expected graduation year (June)
    start_year: int  # the July this resident started PGY-1
    name_shown: str = ""  # as the page writes it: 'Robert "Bobby" Smith'; "" = ``name``
    degrees_shown: str = ""  # as the page writes it: "M.D., Ph.D."; "" = "MD, PhD"
    undergrad: str | None = None  # college before medical school (the trap in bios)
    hometown: str | None = None  # "Dayton, Ohio" or "Lahore, Pakistan"

    @property
    def display_name(self) -> str:
        return self.name_shown or self.name

    @property
    def degree_text(self) -> str:
        return self.degrees_shown or ", ".join(self.degrees)

    @property
    def first_name(self) -> str:
        return self.name.split(" ", 1)[0]


@dataclass(frozen=True)
class StaffMember:
    """Faculty and staff named on program pages: people who are *not* residents."""

    name: str
    role: str
    degrees: tuple[str, ...] = ("MD",)


@dataclass(frozen=True)
class Site:
    """Where a program lives on the demo web and how its pages are laid out.

    ``prefix`` is the program's path on its host ("/" or "/neurosurgery-ashbrook-4/"); page paths
    are relative to it. ``roster_path`` is None for the rare program without a roster page.
    """

    host: str  # loopback address, e.g. 127.0.1.5
    prefix: str
    shared: bool  # several programs share this host as path prefixes
    about_path: str
    roster_path: str | None
    roster_link_text: str
    layout: str
    variant: str  # "dev" or "heldout": the held-out variant of the layout
    # How the roster is found: "nav" (a top-level link), "nested_menu" (inside a dropdown),
    # "sitemap" (only in sitemap.xml), "department" (through a department page: the layout's).
    discovery: str = "nav"
    robots_blocked: bool = False  # robots.txt disallows the roster paths
    news: tuple[str, ...] = ()  # prose pages: "match_day", "newsletter"
    host_index: int = -1  # the program's place in the whole web (combined index), for hosts
    # The roster markup: ``variant`` itself, or "fresh" (the blind third variant) for a share of
    # held-out programs. ``variant`` stays the program's split; "" means "same as variant".
    layout_variant: str = ""

    def __post_init__(self) -> None:
        if not self.layout_variant:
            object.__setattr__(self, "layout_variant", self.variant)


@dataclass(frozen=True)
class Program:
    """One fictional residency program and its website, for one academic year."""

    index: int
    id: str  # ACGME-style 10-digit program id
    name: str
    institution: str
    specialty: str
    specialty_title: str
    city: str
    state: str
    year: int  # academic year start: 2026 means AY 2026-27
    site: Site
    residents: tuple[Resident, ...]
    staff: tuple[StaffMember, ...]
    fellows: tuple[Resident, ...] = ()  # fellows named on "people" pages: not residents
    alumni: tuple[Resident, ...] = ()  # last classes to graduate: named as alumni, not residents

    @property
    def split(self) -> str:
        return self.site.variant

    def url(self, port: int, page: str = "") -> str:
        """Absolute URL of a page of this program, exactly as the server serves it."""
        return f"http://{self.site.host}:{port}{self.site.prefix}{page}"

"""Prose pages: match-day announcements and newsletters that name residents in sentences.

Both name the incoming class (this year's PGY-1s) with their medical schools, and both name
people who are not residents: the program director quoted, an alumnus with *their* school (the
trap), faculty with awards. Each page is served as HTML and as plain text (``.txt``); the truth
lists every page with the residents and distractors it names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from demoweb.model import Program, Resident

MATCH_DAY_SENTENCES = (
    "{name} graduated from {school}.",
    "{name}, who earned a medical degree at {school}, joins us from {home}.",
    "Joining us from {school} is {name}.",
    "{name} ({school}) will start in July.",
    "{name} comes to us from {school}, where {first} was active in student research.",
)
NEWSLETTER_SENTENCES = (
    "{name} ({school}) is already a favorite on the wards.",
    "{name} joins us after graduating from {school}.",
    "From {school}, we welcome {name}.",
)


@dataclass(frozen=True)
class ProsePage:
    """One announcement: its kind, title, paragraphs and who it names."""

    kind: str  # "match_day" or "newsletter"
    slug: str  # path without extension, relative to the program prefix
    title: str
    paragraphs: tuple[str, ...]
    residents: tuple[Resident, ...]
    distractors: tuple[str, ...]


def _director(program: Program) -> str:
    return next((s.name for s in program.staff if s.role == "Program Director"), "")


def _sentence(template: str, r: Resident) -> str:
    return template.format(
        name=r.name, school=r.school_string, home=r.hometown or "far away", first=r.first_name
    )


def match_day(program: Program) -> ProsePage:
    rng = random.Random(f"{program.specialty}|{program.id}|match_day|{program.year}")
    incoming = tuple(sorted((r for r in program.residents if r.pgy == 1), key=lambda r: r.name))
    director = _director(program)
    count = len(incoming)
    opening = (
        f"On Match Day, March 20, {program.year}, the {program.name} matched {count} new "
        f"{'resident' if count == 1 else 'residents'} who will begin training on July 1."
    )
    body = " ".join(_sentence(rng.choice(MATCH_DAY_SENTENCES), r) for r in incoming)
    quote = f'"We could not be prouder of this class," said Dr. {director}, Program Director.'
    return ProsePage(
        "match_day",
        f"news/match-day-{program.year}",
        f"Match Day {program.year}: Welcome to our new residents",
        (opening, body, quote),
        incoming,
        (director,),
    )


def newsletter(program: Program) -> ProsePage:
    rng = random.Random(f"{program.specialty}|{program.id}|newsletter|{program.year}")
    incoming = tuple(sorted((r for r in program.residents if r.pgy == 1), key=lambda r: r.name))
    welcome = "This summer we welcomed our new interns. " + " ".join(
        _sentence(rng.choice(NEWSLETTER_SENTENCES), r) for r in incoming
    )
    paragraphs = [welcome]
    distractors = []
    faculty = [
        s for s in program.staff if s.role not in ("Program Director", "Program Coordinator")
    ]
    if faculty:
        paragraphs.append(
            f"Faculty news: Dr. {faculty[0].name} received the department's teaching award."
        )
        distractors.append(faculty[0].name)
    if program.alumni:
        alum = program.alumni[0]
        paragraphs.append(
            f"Alumni spotlight: {alum.name}, a graduate of {alum.school_string} who finished "
            f"residency with us in June {program.year}, has started a fellowship."
        )
        distractors.append(alum.name)
    return ProsePage(
        "newsletter",
        f"news/newsletter-{program.year}-summer",
        f"Department Newsletter, Summer {program.year}",
        tuple(paragraphs),
        incoming,
        tuple(distractors),
    )


def prose_pages(program: Program) -> list[ProsePage]:
    """The prose pages a program publishes this year (none without a roster)."""
    makers = {"match_day": match_day, "newsletter": newsletter}
    return [makers[kind](program) for kind in program.site.news]


def as_text(page: ProsePage, notice: str) -> str:
    return page.title + "\n\n" + "\n\n".join(page.paragraphs) + f"\n\n{notice}\n"

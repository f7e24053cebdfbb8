"""Deadlines as events of the application cycle: when a certificate is due, however it is worded.

A program says when ECFMG certification is due by naming a moment of the cycle an applicant goes
through, and every writer names it differently: "by the rank order list deadline", "ahead of the
NRMP's certification deadline for rank lists", "no later than the date our ranking goes to the
NRMP", "before your first day of PGY-1 orientation", "ahead of the first July of your
residency", "prior to any interview being offered", "in advance of your interview day", "as
part of the initial ERAS submission", "on the day your application reaches us". The fact
contract reads each as one of four events, in the order they come in the cycle:

- **time of application**: applying, the application, its submission, ERAS;
- **interview**: an interview, its offer, invitation or day;
- **rank order list deadline**: the rank (order) list, ranking, its certification to the NRMP,
  the Match (programs rank before it);
- **start of residency**: the start of training, its first day, July 1 (the "first July"),
  orientation, the appointment or contract date, onboarding; and, when nothing else is named,
  the residency or training year itself ("before residency", "ahead of your PGY-1 year").

A deadline phrase may name two events ("before the interview, and in any case before ranking"
is rare; "the certification deadline for rank lists" names the rank list, not a certificate):
the event whose words are most telling wins, in the order of :data:`EVENTS` (the rank list and
the interview are named by words no other event uses; "start", "day" and "residency" are
shared, so they come late, and the residency alone last). A calendar date ("by March 1") is kept
as its words. This reader only names the event; whether a clause demands the certificate by it
(and not merely reports what residents did, or advises it) stays with the sentence rules.
"""

from __future__ import annotations

import re

# (words that name the event, the contract's value); the first that matches wins
EVENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(rank|ranks|ranked|ranking|rol\b|rank-list)"), "rank order list deadline"),
    (re.compile(r"\binterview"), "interview"),
    (
        re.compile(
            r"\b(start|starts|began|begin|july 1|first july|day (?:1|one)\b|orientation"
            r"|matriculat|commenc|first day|onboard|appointment|intern year|kicks? off"
            # "before you report for your first PGY-1 day": the first day named by its year
            r"|first (?:pgy-?1|residency|training|clinical|working) day"
            # "before your very first shift as an intern": the first shift is the first day
            r"|first shift"
            r"|contract|enter|join|employ|hire|hiring|report(?:s|ing)? for (?:duty|work))"
        ),
        "start of residency",
    ),
    (re.compile(r"\b(application|applying|apply|submi|eras\b)"), "time of application"),
    # "before the Match", "before you are matched": ranked before
    (re.compile(r"\b(?:match|matched)\b"), "rank order list deadline"),
    # a deadline that is the residency itself ("before residency", "ahead of your PGY-1
    # year"): it is due when the residency begins ("at our residency" names a place)
    (
        re.compile(
            r"^\W*(?:(?:the|your|their)\s+)?(?:first\s+|intern\s+)?"
            r"(?:residency|training|internship|pgy-?1)(?:\s+year)?\s*(?:[.,;)]|$)"
        ),
        "start of residency",
    ),
)
# The words that open a deadline ("by", "ahead of", "as part of", "no later than", ...)
DEADLINE_WORDS = (
    r"\b(by|before|prior to|as of|as soon as|at|when|once|until|upon|on|not? later than|ahead of"
    r"|in advance of|in time (?:for|to)|early enough (?:for|to)|due|as part of|along with"
    r"|together with|at the point of)\b"
)
MONTHS_RE = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december)"
)
DATE = re.compile(MONTHS_RE + r"\s+\d{1,2}")


def names_an_event(text: str) -> bool:
    """Whether lower-cased ``text`` names any event of the cycle."""
    return any(words.search(text) for words, _ in EVENTS)


def cycle_event(text: str) -> str | None:
    """The event of the application cycle lower-cased ``text`` names (the contract's value), a
    calendar date in title case ("July 15"), or None."""
    for words, value in EVENTS:
        if words.search(text):
            return value
    date = DATE.search(text)
    return date.group(0).title() if date else None

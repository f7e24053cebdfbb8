"""A program's eligibility and application pages: what it says about visas, IMGs, scores, limits.

Each program draws a policy (sponsors J-1 only, Step 2 CK floor of 230, ...) from its own RNG,
seeded by specialty and program id but not by the year, so these pages are the same in every
academic year (undated) and program *i* is the same whatever the size of the web. The policy is
then written as statements in the program's split (``dev`` or ``heldout`` phrasings, see
:mod:`demoweb.phrasings`) spread over one to three pages ("Eligibility", "How to Apply", "FAQ",
"Application Process") in prose, lists, tables or FAQ accordions, plus traps that settle
nothing: preferences, averages of past applicants, questions. The truth names every fact with
the exact sentence that states it.

A deterministic share of held-out programs (``INDEPENDENT_SHARE``, drawn from an RNG of its own so
no other program changes) words its pages with the independent phrasing set of
:mod:`demoweb.phrasings_independent`, written without sight of the extraction rules;
``ProgramInfo.phrasings`` names the set a program's pages use. A share of the held-out programs
left (``INDEPENDENT2_SHARE``, again from an RNG of its own) uses a second blind set,
:mod:`demoweb.phrasings_independent2`, written later by someone else, and a share of the held-out
programs those two leave (``INDEPENDENT3_SHARE``, from a third RNG of its own, so no program of the
other sets moves) uses a third, :mod:`demoweb.phrasings_independent3`. The held-out programs all
three leave (``INDEPENDENT4_SHARE`` of them, all by default, from a fourth RNG of its own) use a
fourth, :mod:`demoweb.phrasings_independent4`, whose ECFMG deadlines also come in several wordings
(``ECFMG_BY_ALSO``). A share of the programs the fourth set would take (``INDEPENDENT5_SHARE``, half,
from a fifth RNG of its own, so no program of the other sets moves) uses a fifth blind set,
:mod:`demoweb.phrasings_independent5`. Half of the programs the fourth and fifth sets would take
(``INDEPENDENT6_SHARE``, from a sixth RNG of its own) use a sixth blind set,
:mod:`demoweb.phrasings_independent6`, written after the rules had been tuned on the fifth. Half
of the programs the fourth, fifth and sixth sets would take (``INDEPENDENT7_SHARE``, from a seventh
RNG of its own) use a seventh, :mod:`demoweb.phrasings_independent7`, written after the rules had
been tuned on the sixth. Half of the programs the fourth to seventh sets would take
(``INDEPENDENT8_SHARE``, an eighth RNG of its own) use an eighth,
:mod:`demoweb.phrasings_independent8`, written after the rules had been tuned on the seventh. Half of the programs the fourth to eighth sets would take
(``INDEPENDENT9_SHARE``, a ninth RNG of its own) use a ninth, :mod:`demoweb.phrasings_independent9`,
written while the rules were being tuned on the eighth. Half of the programs the fourth to ninth
sets would take (``INDEPENDENT10_SHARE``, a tenth RNG of its own) use a tenth,
:mod:`demoweb.phrasings_independent10`, written while the rules were being tuned on the ninth.
Half of the programs the fourth to tenth sets would take (``INDEPENDENT11_SHARE``, an eleventh RNG
of its own) use an eleventh, :mod:`demoweb.phrasings_independent11`, written while the rules were
being tuned on the tenth. Half of the programs the fourth to eleventh sets would take
(``INDEPENDENT12_SHARE``, a twelfth RNG of its own) use a twelfth,
:mod:`demoweb.phrasings_independent12`, written with the rules as they were measured on the
eleventh. Two more were written blind at the same time by two authors who did not see each
other's. By then the fourth set's pool was split eight ways, so these two take from the first
set's programs instead (the first set has long been development material, and it holds ten
times as many programs): half of what the first set would take (``INDEPENDENT14_SHARE``) use a
fourteenth, :mod:`demoweb.phrasings_independent14`, and half of the rest
(``INDEPENDENT13_SHARE``) a thirteenth, :mod:`demoweb.phrasings_independent13`. No program of any
other set moves. Two more, written blind side by side after the rules had been tuned on the
thirteenth and fourteenth, take halves of the second and third sets' programs the same way:
half of what the second set would take (``INDEPENDENT15_SHARE``) use a fifteenth,
:mod:`demoweb.phrasings_independent15`, and half of what the third would take
(``INDEPENDENT16_SHARE``) a sixteenth, :mod:`demoweb.phrasings_independent16` (``TAKERS``).
Two more, written blind side by side while the rules were tuned on the fifteenth and
sixteenth, take half of what the first set keeps after the fourteenth and thirteenth
(``INDEPENDENT17_SHARE``: :mod:`demoweb.phrasings_independent17`) and half of what the second
keeps after the fifteenth (``INDEPENDENT18_SHARE``: :mod:`demoweb.phrasings_independent18`).
Two more, written blind side by side while the rules were tuned on the fifteenth, seventeenth
and eighteenth, take half of what the third set keeps after the sixteenth
(``INDEPENDENT19_SHARE``: :mod:`demoweb.phrasings_independent19`, terse fact sheets) and half
of what the first keeps after the seventeenth (``INDEPENDENT20_SHARE``:
:mod:`demoweb.phrasings_independent20`, application instructions in the imperative).
Two more, written blind side by side a little later, take half of what the second set keeps
after the eighteenth (``INDEPENDENT21_SHARE``: :mod:`demoweb.phrasings_independent21`, a
program director's letter) and half of what the third keeps after the nineteenth
(``INDEPENDENT22_SHARE``: :mod:`demoweb.phrasings_independent22`, residents' own pages).
Two more, written blind side by side while the rules were tuned on the twentieth and
twenty-second, take half of what the first set keeps after the twentieth
(``INDEPENDENT23_SHARE``: :mod:`demoweb.phrasings_independent23`, cycle updates and policy
changes) and half of what the second keeps after the twenty-first (``INDEPENDENT24_SHARE``:
:mod:`demoweb.phrasings_independent24`, open-house transcripts).
Two more, written blind side by side while the rules were tuned on the twenty-third and
twenty-fourth, take half of what the third set keeps after the twenty-second
(``INDEPENDENT25_SHARE``: :mod:`demoweb.phrasings_independent25`, rules of different scope on
one page) and half of what the second keeps after the twenty-fourth (``INDEPENDENT26_SHARE``:
:mod:`demoweb.phrasings_independent26`, application checklists and coordinator replies).
Two more, written blind side by side while the rules were tuned on the twenty-fifth and
twenty-sixth, take half of what the first set keeps after the twenty-third
(``INDEPENDENT27_SHARE``: :mod:`demoweb.phrasings_independent27`, myths and facts) and half of
what the third keeps after the twenty-fifth (``INDEPENDENT28_SHARE``:
:mod:`demoweb.phrasings_independent28`, an institutional GME policy manual's clauses).
Two more, written blind side by side while the rules were tuned on the twenty-seventh and
twenty-eighth, take half of the largest late sets' programs, since what the early sets keep is
thin by now: half of the twelfth set's (``INDEPENDENT29_SHARE``:
:mod:`demoweb.phrasings_independent29`, announcements and dated updates) and half of the
eleventh's (``INDEPENDENT30_SHARE``: :mod:`demoweb.phrasings_independent30`, numbers in every
notation).
Two more, written blind side by side while the rules were tuned on the twenty-ninth and
thirtieth, take half of the programs of the two largest takers: the fourteenth's
(``INDEPENDENT31_SHARE``: :mod:`demoweb.phrasings_independent31`, an international office's
visa detail) and the thirteenth's (``INDEPENDENT32_SHARE``:
:mod:`demoweb.phrasings_independent32`, bilingual English and Spanish pages).
Two more, written blind side by side while the rules were tuned on the thirty-first and
thirty-second, take half of the programs of the next two largest takers: the fifteenth's
(``INDEPENDENT33_SHARE``: :mod:`demoweb.phrasings_independent33`, the plain voice of an
ordinary eligibility page) and the sixteenth's (``INDEPENDENT34_SHARE``:
:mod:`demoweb.phrasings_independent34`, dense sentences of several clauses).
Two more, written blind side by side at the same time, take half of the seventeenth's
(``INDEPENDENT35_SHARE``: :mod:`demoweb.phrasings_independent35`, the plain voice of a
community program that takes many IMGs) and of the eighteenth's (``INDEPENDENT36_SHARE``:
:mod:`demoweb.phrasings_independent36`, the plain voice of an academic surgical program).
Two more, written blind side by side while the rules were tuned on the thirty-first and
thirty-second, take half of those two sets' programs: the thirty-first's
(``INDEPENDENT37_SHARE``: :mod:`demoweb.phrasings_independent37`, the plain voice of mid-size
university programs) and the thirty-second's (``INDEPENDENT38_SHARE``:
:mod:`demoweb.phrasings_independent38`, the plain voice of programs that welcome DO graduates).
Two more, written blind side by side while rules rounds 33 and 34 were written, take half of
what the fourteenth and the thirteenth keep after those two sets' first takers: the
fourteenth's (``INDEPENDENT39_SHARE``: :mod:`demoweb.phrasings_independent39`, the plain voice
of community internal and family medicine programs' checklists) and the thirteenth's
(``INDEPENDENT40_SHARE``: :mod:`demoweb.phrasings_independent40`, a teaching hospital's GME
policy beside each program's own lines). Two more, written blind side by side while rounds 36
and 37 were written, take half of what the fifteenth and the thirty-first keep after their
first takers: the fifteenth's (``INDEPENDENT41_SHARE``: :mod:`demoweb.phrasings_independent41`,
the IMG page of urban safety-net programs) and the thirty-first's (``INDEPENDENT42_SHARE``:
:mod:`demoweb.phrasings_independent42`, small rural family medicine programs). Two more, written
blind side by side on 2026-11-27 before rounds 40 and 41, take half of what the thirty-seventh and
the thirty-ninth keep: the thirty-seventh's (``INDEPENDENT43_SHARE``:
:mod:`demoweb.phrasings_independent43`, academic neurosurgery departments' pages) and the
thirty-ninth's (``INDEPENDENT44_SHARE``: :mod:`demoweb.phrasings_independent44`, psychiatry and
pediatrics programs' applicant information, in a coordinator's voice). Two more, written blind
side by side while round 41 was written, take half of what the fourteenth keeps after its
takers and half of the thirty-third's: the fourteenth's (``INDEPENDENT45_SHARE``:
:mod:`demoweb.phrasings_independent45`, general surgery programs' categorical and preliminary
pages) and the thirty-third's (``INDEPENDENT46_SHARE``: :mod:`demoweb.phrasings_independent46`,
the selection committee of obstetrics-gynecology and neurology programs). Two more, written
blind side by side on 2026-11-27 while rounds 45 and 46 were written, take half of the
thirty-eighth's and half of what the thirteenth keeps after its takers: the thirty-eighth's
(``INDEPENDENT47_SHARE``: :mod:`demoweb.phrasings_independent47`, emergency medicine and
anesthesiology programs' applying pages) and the thirteenth's (``INDEPENDENT48_SHARE``:
:mod:`demoweb.phrasings_independent48`, the eligibility sections of radiology, PM&R and
pathology programs, some with advanced positions). Two more, written blind side by side while
the first two were measured, take half of the twentieth's and half of what the sixteenth keeps
after the thirty-fourth: the twentieth's (``INDEPENDENT49_SHARE``:
:mod:`demoweb.phrasings_independent49`, ophthalmology and urology programs, which match outside
the NRMP) and the sixteenth's (``INDEPENDENT50_SHARE``: :mod:`demoweb.phrasings_independent50`,
programs with osteopathic recognition, in the voice of their director of osteopathic education).
Two more, written blind side by side while sets 45 and 46 became development material, take half
of what the thirty-first keeps after its takers and half of what the seventeenth keeps after the
thirty-fifth: the thirty-first's (``INDEPENDENT51_SHARE``: :mod:`demoweb.phrasings_independent51`,
small competitive specialty programs' prospective-applicant pages) and the seventeenth's
(``INDEPENDENT52_SHARE``: :mod:`demoweb.phrasings_independent52`, residency positions posted as
job openings on hospital careers sites). Two more, written blind side by side while sets 49 and 50
became development material, take half of the forty-fourth's and half of the forty-third's, the
two largest sets with no taker: the forty-fourth's (``INDEPENDENT53_SHARE``:
:mod:`demoweb.phrasings_independent53`, combined and dual-board programs' application pages) and
the forty-third's (``INDEPENDENT54_SHARE``: :mod:`demoweb.phrasings_independent54`, transitional
year and preliminary internal medicine programs' eligibility pages).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from demoweb import phrasings_independent as independent
from demoweb import phrasings_independent2 as independent2
from demoweb import phrasings_independent3 as independent3
from demoweb import phrasings_independent4 as independent4
from demoweb import phrasings_independent5 as independent5
from demoweb import phrasings_independent6 as independent6
from demoweb import phrasings_independent7 as independent7
from demoweb import phrasings_independent8 as independent8
from demoweb import phrasings_independent9 as independent9
from demoweb import phrasings_independent10 as independent10
from demoweb import phrasings_independent11 as independent11
from demoweb import phrasings_independent12 as independent12
from demoweb import phrasings_independent13 as independent13
from demoweb import phrasings_independent14 as independent14
from demoweb import phrasings_independent15 as independent15
from demoweb import phrasings_independent16 as independent16
from demoweb import phrasings_independent17 as independent17
from demoweb import phrasings_independent18 as independent18
from demoweb import phrasings_independent19 as independent19
from demoweb import phrasings_independent20 as independent20
from demoweb import phrasings_independent21 as independent21
from demoweb import phrasings_independent22 as independent22
from demoweb import phrasings_independent23 as independent23
from demoweb import phrasings_independent24 as independent24
from demoweb import phrasings_independent25 as independent25
from demoweb import phrasings_independent26 as independent26
from demoweb import phrasings_independent27 as independent27
from demoweb import phrasings_independent28 as independent28
from demoweb import phrasings_independent29 as independent29
from demoweb import phrasings_independent30 as independent30
from demoweb import phrasings_independent31 as independent31
from demoweb import phrasings_independent32 as independent32
from demoweb import phrasings_independent33 as independent33
from demoweb import phrasings_independent34 as independent34
from demoweb import phrasings_independent35 as independent35
from demoweb import phrasings_independent36 as independent36
from demoweb import phrasings_independent37 as independent37
from demoweb import phrasings_independent38 as independent38
from demoweb import phrasings_independent39 as independent39
from demoweb import phrasings_independent40 as independent40
from demoweb import phrasings_independent41 as independent41
from demoweb import phrasings_independent42 as independent42
from demoweb import phrasings_independent43 as independent43
from demoweb import phrasings_independent44 as independent44
from demoweb import phrasings_independent45 as independent45
from demoweb import phrasings_independent46 as independent46
from demoweb import phrasings_independent47 as independent47
from demoweb import phrasings_independent48 as independent48
from demoweb import phrasings_independent49 as independent49
from demoweb import phrasings_independent50 as independent50
from demoweb import phrasings_independent51 as independent51
from demoweb import phrasings_independent52 as independent52
from demoweb import phrasings_independent53 as independent53
from demoweb import phrasings_independent54 as independent54
from demoweb.model import Program
from demoweb.phrasings import ECFMG_BY, NUMBER_WORDS, PHRASINGS, QUESTIONS, ROWS
from demoweb.specialties import get_specialty

Value = bool | int | str

# (kind, paths, link texts, title). Link texts avoid the words the crawler treats as hubs.
PAGE_KINDS = (
    ("eligibility", ("eligibility.html", "apply/eligibility/"), ("Eligibility",), "Eligibility"),
    ("how_to_apply", ("how-to-apply.html", "apply/"), ("How to Apply", "Apply"), "How to Apply"),
    ("faq", ("faq.html", "faq/"), ("FAQ", "Applicant FAQ"), "Frequently Asked Questions"),
    (
        "application_process",
        ("application-process.html", "applicants/process/"),
        ("Application Process",),
        "Application Process",
    ),
)
FORMATS = {
    "eligibility": ("prose", "list", "table"),
    "how_to_apply": ("prose", "list"),
    "faq": ("faq",),
    "application_process": ("list", "table", "prose"),
}
TOPIC_LABELS = {
    "visa": "Visas",
    "img": "International graduates",
    "ecfmg": "ECFMG",
    "usce": "Clinical experience",
    "step1": "USMLE Step 1",
    "step2": "USMLE Step 2 CK",
    "comlex": "COMLEX",
    "scores": "Scores",
    "attempt": "Attempts",
    "yog": "Graduation",
    "positions": "Positions",
    "total": "Size",
    "research_track": "Research",
    "prelim": "Preliminary year",
    "us_letters": "Letters",
    "trap": "Competitiveness",
}
NO_INFO_SHARE = 0.08
INDEPENDENT_SHARE = 0.5  # of held-out programs
INDEPENDENT2_SHARE = 0.5  # of the held-out programs the first independent set leaves
INDEPENDENT3_SHARE = 0.5  # of the held-out programs the first two independent sets leave
INDEPENDENT4_SHARE = 1.0  # of the held-out programs the first three independent sets leave
INDEPENDENT5_SHARE = 0.5  # of the programs the fourth independent set would take
INDEPENDENT6_SHARE = 0.5  # of the programs the fourth and fifth sets would take
INDEPENDENT7_SHARE = 0.5  # of the programs the fourth, fifth and sixth sets would take
INDEPENDENT8_SHARE = 0.5  # of the programs the fourth to seventh sets would take
INDEPENDENT9_SHARE = 0.5  # of the programs the fourth to eighth sets would take
INDEPENDENT10_SHARE = 0.5  # of the programs the fourth to ninth sets would take
INDEPENDENT11_SHARE = 0.5  # of the programs the fourth to tenth sets would take
INDEPENDENT12_SHARE = 0.5  # of the programs the fourth to eleventh sets would take
INDEPENDENT13_SHARE = 0.5  # of the programs the first set would take that the fourteenth leaves
INDEPENDENT14_SHARE = 0.5  # of the programs the first set would take
INDEPENDENT15_SHARE = 0.5  # of the programs the second set would take
INDEPENDENT16_SHARE = 0.5  # of the programs the third set would take
INDEPENDENT17_SHARE = 0.5  # of what the first set would keep after the 14th and 13th
INDEPENDENT18_SHARE = 0.5  # of what the second set would keep after the 15th
INDEPENDENT19_SHARE = 0.5  # of what the third set would keep after the 16th
INDEPENDENT20_SHARE = 0.5  # of what the first set would keep after the 14th, 13th and 17th
INDEPENDENT21_SHARE = 0.5  # of what the second set would keep after the 15th and 18th
INDEPENDENT22_SHARE = 0.5  # of what the third set would keep after the 16th and 19th
INDEPENDENT23_SHARE = 0.5  # of what the first set would keep after the 14th, 13th, 17th and 20th
INDEPENDENT24_SHARE = 0.5  # of what the second set would keep after the 15th, 18th and 21st
INDEPENDENT25_SHARE = 0.5  # of what the third set would keep after the 16th, 19th and 22nd
INDEPENDENT26_SHARE = 0.5  # of what the second set would keep after the 15th, 18th, 21st, 24th
INDEPENDENT27_SHARE = 0.5  # of what the first set would keep after the 14th, ..., 20th, 23rd
INDEPENDENT28_SHARE = 0.5  # of what the third set would keep after the 16th, ..., 22nd, 25th
INDEPENDENT29_SHARE = 0.5  # of the programs the twelfth set would take
INDEPENDENT30_SHARE = 0.5  # of the programs the eleventh set would take
INDEPENDENT31_SHARE = 0.5  # of the programs the fourteenth set would take
INDEPENDENT32_SHARE = 0.5  # of the programs the thirteenth set would take
INDEPENDENT33_SHARE = 0.5  # of the programs the fifteenth set would take
INDEPENDENT34_SHARE = 0.5  # of the programs the sixteenth set would take
INDEPENDENT35_SHARE = 0.5  # of the programs the seventeenth set would take
INDEPENDENT36_SHARE = 0.5  # of the programs the eighteenth set would take
INDEPENDENT37_SHARE = 0.5  # of the programs the thirty-first set would take
INDEPENDENT38_SHARE = 0.5  # of the programs the thirty-second set would take
INDEPENDENT39_SHARE = 0.5  # of what the fourteenth set would keep after the 31st
INDEPENDENT40_SHARE = 0.5  # of what the thirteenth set would keep after the 32nd
INDEPENDENT41_SHARE = 0.5  # of what the fifteenth set would keep after the 33rd
INDEPENDENT42_SHARE = 0.5  # of what the thirty-first set would keep after the 37th
INDEPENDENT43_SHARE = 0.5  # of what the thirty-seventh set would take
INDEPENDENT44_SHARE = 0.5  # of what the thirty-ninth set would take
INDEPENDENT45_SHARE = 0.5  # of what the fourteenth set would keep after the 31st and 39th
INDEPENDENT46_SHARE = 0.5  # of what the thirty-third set would take
INDEPENDENT47_SHARE = 0.5  # of what the thirty-eighth set would take
INDEPENDENT48_SHARE = 0.5  # of what the thirteenth set would keep after the 32nd and 40th
INDEPENDENT49_SHARE = 0.5  # of what the twentieth set would take
INDEPENDENT50_SHARE = 0.5  # of what the sixteenth set would keep after the 34th
INDEPENDENT51_SHARE = 0.5  # of what the thirty-first set would keep after the 37th and 42nd
INDEPENDENT52_SHARE = 0.5  # of what the seventeenth set would keep after the 35th
INDEPENDENT53_SHARE = 0.5  # of what the forty-fourth set would take
INDEPENDENT54_SHARE = 0.5  # of what the forty-third set would take
BLIND = {  # sets written blind
    independent.NAME: independent,
    independent2.NAME: independent2,
    independent3.NAME: independent3,
    independent4.NAME: independent4,
    independent5.NAME: independent5,
    independent6.NAME: independent6,
    independent7.NAME: independent7,
    independent8.NAME: independent8,
    independent9.NAME: independent9,
    independent10.NAME: independent10,
    independent11.NAME: independent11,
    independent12.NAME: independent12,
    independent13.NAME: independent13,
    independent14.NAME: independent14,
    independent15.NAME: independent15,
    independent16.NAME: independent16,
    independent17.NAME: independent17,
    independent18.NAME: independent18,
    independent19.NAME: independent19,
    independent20.NAME: independent20,
    independent21.NAME: independent21,
    independent22.NAME: independent22,
    independent23.NAME: independent23,
    independent24.NAME: independent24,
    independent25.NAME: independent25,
    independent26.NAME: independent26,
    independent27.NAME: independent27,
    independent28.NAME: independent28,
    independent29.NAME: independent29,
    independent30.NAME: independent30,
    independent31.NAME: independent31,
    independent32.NAME: independent32,
    independent33.NAME: independent33,
    independent34.NAME: independent34,
    independent35.NAME: independent35,
    independent36.NAME: independent36,
    independent37.NAME: independent37,
    independent38.NAME: independent38,
    independent39.NAME: independent39,
    independent40.NAME: independent40,
    independent41.NAME: independent41,
    independent42.NAME: independent42,
    independent43.NAME: independent43,
    independent44.NAME: independent44,
    independent45.NAME: independent45,
    independent46.NAME: independent46,
    independent47.NAME: independent47,
    independent48.NAME: independent48,
    independent49.NAME: independent49,
    independent50.NAME: independent50,
    independent51.NAME: independent51,
    independent52.NAME: independent52,
    independent53.NAME: independent53,
    independent54.NAME: independent54,
}
HOME_FACT_SHARE = 0.30
FAQ_SCRIPT = """
document.querySelectorAll('.faq-q').forEach(function (b) {
  b.addEventListener('click', function () {
    var p = document.getElementById(b.getAttribute('aria-controls'));
    p.hidden = !p.hidden; b.setAttribute('aria-expanded', String(!p.hidden));
  });
});
"""


@dataclass(frozen=True)
class Statement:
    """One claim as the page words it; ``facts`` is empty for a trap."""

    claim: str  # "visa:j1_only", "trap:step2_average", ...
    sentence: str
    facts: tuple[tuple[str, Value], ...]
    row: tuple[str, str] | None = None  # (label, value) when it can be a table row

    @property
    def topic(self) -> str:
        return self.claim.split(":", 1)[0]

    @property
    def row_sentence(self) -> str:
        assert self.row is not None
        return f"{self.row[0]}: {self.row[1]}"


@dataclass(frozen=True)
class Shown:
    """A statement as one page shows it: the sentence there (a table row reads "label: value")."""

    statement: Statement
    sentence: str


@dataclass(frozen=True)
class InfoPage:
    kind: str
    rel: str
    title: str
    link_text: str
    fmt: str  # prose, list, table, faq
    shown: tuple[Shown, ...]
    body: str  # the <main> HTML


@dataclass(frozen=True)
class ProgramInfo:
    pages: tuple[InfoPage, ...]
    home: tuple[Shown, ...]  # statements on the home page
    home_html: str
    phrasings: str = "dev"  # the phrasing set: dev, heldout or a blind set (independent, ...)


# Each draws from an RNG of its own: (blind set, the suffix of its seed, the name of its share).
EARLY_SETS = (
    (independent, "", "INDEPENDENT_SHARE"),
    (independent2, "2", "INDEPENDENT2_SHARE"),
    (independent3, "3", "INDEPENDENT3_SHARE"),
)
# Newest first: each takes its share of what the fourth and the sets before it would take, so
# adding one moves no program between the older ones.
LATE_SETS = tuple(
    (blind, str(k), f"INDEPENDENT{k}_SHARE")
    for k, blind in (
        (12, independent12),
        (11, independent11),
        (10, independent10),
        (9, independent9),
        (8, independent8),
        (7, independent7),
        (6, independent6),
        (5, independent5),
    )
)

# Sets written after the fourth set's pool was split eight ways take halves of an early set's
# programs instead (and, once those were thin, of the largest late sets' and takers'): set ->
# its takers, each taking its share of what that set would keep after the takers listed before
# it. A new taker goes last, so adding one moves no program of any other set.
TAKERS = {
    independent.NAME: tuple(
        (blind, str(k), f"INDEPENDENT{k}_SHARE")
        for k, blind in (
            (14, independent14),
            (13, independent13),
            (17, independent17),
            (20, independent20),
            (23, independent23),
            (27, independent27),
        )
    ),
    independent2.NAME: (
        (independent15, "15", "INDEPENDENT15_SHARE"),
        (independent18, "18", "INDEPENDENT18_SHARE"),
        (independent21, "21", "INDEPENDENT21_SHARE"),
        (independent24, "24", "INDEPENDENT24_SHARE"),
        (independent26, "26", "INDEPENDENT26_SHARE"),
    ),
    independent3.NAME: (
        (independent16, "16", "INDEPENDENT16_SHARE"),
        (independent19, "19", "INDEPENDENT19_SHARE"),
        (independent22, "22", "INDEPENDENT22_SHARE"),
        (independent25, "25", "INDEPENDENT25_SHARE"),
        (independent28, "28", "INDEPENDENT28_SHARE"),
    ),
    independent12.NAME: ((independent29, "29", "INDEPENDENT29_SHARE"),),
    independent11.NAME: ((independent30, "30", "INDEPENDENT30_SHARE"),),
    independent14.NAME: (
        (independent31, "31", "INDEPENDENT31_SHARE"),
        (independent39, "39", "INDEPENDENT39_SHARE"),
        (independent45, "45", "INDEPENDENT45_SHARE"),
    ),
    independent13.NAME: (
        (independent32, "32", "INDEPENDENT32_SHARE"),
        (independent40, "40", "INDEPENDENT40_SHARE"),
        (independent48, "48", "INDEPENDENT48_SHARE"),
    ),
    independent15.NAME: (
        (independent33, "33", "INDEPENDENT33_SHARE"),
        (independent41, "41", "INDEPENDENT41_SHARE"),
    ),
    independent16.NAME: (
        (independent34, "34", "INDEPENDENT34_SHARE"),
        (independent50, "50", "INDEPENDENT50_SHARE"),
    ),
    independent17.NAME: (
        (independent35, "35", "INDEPENDENT35_SHARE"),
        (independent52, "52", "INDEPENDENT52_SHARE"),
    ),
    independent18.NAME: ((independent36, "36", "INDEPENDENT36_SHARE"),),
    independent31.NAME: (
        (independent37, "37", "INDEPENDENT37_SHARE"),
        (independent42, "42", "INDEPENDENT42_SHARE"),
        (independent51, "51", "INDEPENDENT51_SHARE"),
    ),
    independent32.NAME: ((independent38, "38", "INDEPENDENT38_SHARE"),),
    independent37.NAME: ((independent43, "43", "INDEPENDENT43_SHARE"),),
    independent39.NAME: ((independent44, "44", "INDEPENDENT44_SHARE"),),
    independent44.NAME: ((independent53, "53", "INDEPENDENT53_SHARE"),),
    independent43.NAME: ((independent54, "54", "INDEPENDENT54_SHARE"),),
    independent33.NAME: ((independent46, "46", "INDEPENDENT46_SHARE"),),
    independent38.NAME: ((independent47, "47", "INDEPENDENT47_SHARE"),),
    independent20.NAME: ((independent49, "49", "INDEPENDENT49_SHARE"),),
}


def _draw(program: Program, suffix: str) -> float:
    return random.Random(f"{program.specialty}|{program.id}|phrasings{suffix}").random()


def phrasing_set(program: Program) -> str:
    """``dev``, ``heldout`` or, for fixed shares of held-out programs, a blind set.

    Shares are read from this module at each call, so a test can set one to 0."""
    if program.split != "heldout":
        return program.split
    shares = globals()
    for blind, suffix, share in EARLY_SETS:
        if _draw(program, suffix) < shares[share]:
            return _taken(program, blind.NAME, shares)
    if _draw(program, "4") >= INDEPENDENT4_SHARE:
        return "heldout"
    for blind, suffix, share in LATE_SETS:
        if _draw(program, suffix) < shares[share]:
            return _taken(program, blind.NAME, shares)
    return independent4.NAME


def _taken(program: Program, name: str, shares: dict[str, object]) -> str:
    """The set ``name``, or the first of its takers whose draw takes the program (or that taker's
    own taker, and so on)."""
    for newer, newer_suffix, newer_share in TAKERS.get(name, ()):
        if _draw(program, newer_suffix) < shares[newer_share]:  # type: ignore[operator]
            return _taken(program, newer.NAME, shares)
    return name


def _templates(phrasings: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    if phrasings in BLIND:
        return BLIND[phrasings].PHRASINGS, BLIND[phrasings].ROWS
    return PHRASINGS[phrasings], ROWS[phrasings]


def _questions(phrasings: str) -> dict[str, str]:
    return BLIND[phrasings].QUESTIONS if phrasings in BLIND else QUESTIONS[phrasings]


def _extra_traps(program: Program, phrasings: str) -> list[tuple[str, dict[str, object]]]:
    """Traps only a blind set has, from an RNG of their own."""
    rng = random.Random(f"{program.specialty}|{program.id}|{phrasings}-traps")
    return [
        (
            claim,
            {
                "n": rng.choice((6, 8, 10, 12))
                if claim == "trap:other_program"
                else rng.randrange(60, 160, 10)
            },
        )
        for claim, share in BLIND[phrasings].EXTRA_TRAPS
        if rng.random() < share
    ]


def _words(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def _policy(rng: random.Random, program: Program) -> list[tuple[str, dict[str, object]]]:
    """(claim, template fields) for everything the program states, facts and traps."""
    claims: list[tuple[str, dict[str, object]]] = []

    def maybe(share: float, claim: str, **fields: object) -> None:
        if rng.random() < share:
            claims.append((claim, fields))

    img = rng.choices(("yes", "no", ""), (0.55, 0.12, 0.33))[0]
    if img:
        claims.append((f"img:{img}", {}))
    visa = rng.choices(
        ("j1_only", "both", "none", "j1_yes", "h1b_no", ""), (0.3, 0.15, 0.12, 0.1, 0.1, 0.23)
    )[0]
    if img == "no":
        visa = "none" if visa else ""
    if visa:
        claims.append((f"visa:{visa}", {}))
    if img != "no":
        maybe(0.4, "ecfmg", by=rng.choice(sorted(ECFMG_BY)))
        maybe(0.15, "trap:ecfmg_pref")
        usce = rng.choices(("months", "zero", "unstated", ""), (0.3, 0.12, 0.1, 0.48))[0]
        if usce:
            claims.append((f"usce:{usce}", {"n": rng.choice((2, 3, 4, 6, 12))}))
        maybe(0.25, "trap:usce_pref")
    step1, step2 = rng.randrange(205, 235, 5), rng.randrange(215, 245, 5)
    scores = rng.choices(("separate", "both", ""), (0.55, 0.1, 0.35))[0]
    if scores == "both":
        claims.append(("scores:both", {"a": step1, "b": step2}))
    elif scores:
        s1 = rng.choices(("n", "none", ""), (0.3, 0.15, 0.55))[0]
        s2 = rng.choices(("n", "none", "pct", ""), (0.45, 0.15, 0.1, 0.3))[0]
        if s1:
            claims.append((f"step1:{s1}", {"n": step1}))
        if s2:
            claims.append((f"step2:{s2}", {"n": step2, "p": rng.choice((10, 15, 20, 25))}))
    comlex = rng.choices(("n", "none", ""), (0.25, 0.1, 0.65))[0]
    if comlex:
        claims.append((f"comlex:{comlex}", {"n": rng.randrange(450, 575, 25)}))
    maybe(0.3, "trap:step2_average", n=step2 + rng.randrange(8, 25))
    maybe(0.2, "trap:step1_average", n=step1 + rng.randrange(8, 25))
    attempt = rng.choices(("yes", "step2", "no", ""), (0.3, 0.1, 0.12, 0.48))[0]
    if attempt:
        claims.append((f"attempt:{attempt}", {}))
    yog = rng.choices(("n", "none", ""), (0.35, 0.12, 0.53))[0]
    if yog:
        claims.append((f"yog:{yog}", {"n": rng.choice((2, 3, 4, 5, 7))}))
    maybe(0.2, "trap:yog_pref")
    spec = get_specialty(program.specialty)
    size = rng.choice(spec.class_sizes)
    if rng.random() < 0.15 and size > 1:
        claims.append(("positions:range", {"a": size, "b": size + 1}))
    else:
        maybe(0.6, "positions:n", n=size)
    maybe(0.25, "total", n=size * spec.years + rng.randrange(0, 3))
    maybe(0.2, "research_track")
    maybe(0.15, "prelim", n=rng.choice((1, 2, 3, 4)))
    maybe(0.2, "us_letters")
    maybe(0.15, "trap:letters_pref")
    return claims


def _facts(claim: str, f: dict[str, object]) -> tuple[tuple[str, Value], ...]:
    """The facts a claim settles, with the values ``precedent facts`` prints."""
    n = f.get("n")
    table: dict[str, tuple[tuple[str, Value], ...]] = {
        "visa:j1_only": (("visa_j1", True), ("visa_h1b", False)),
        "visa:both": (("visa_j1", True), ("visa_h1b", True)),
        "visa:none": (("visa_j1", False), ("visa_h1b", False)),
        "visa:j1_yes": (("visa_j1", True),),
        "visa:h1b_no": (("visa_h1b", False),),
        "img:yes": (("accepts_img", True),),
        "img:no": (("accepts_img", False),),
        "usce:zero": (("usce_required_months", 0),),
        "usce:unstated": (("usce_required_months", "required, duration not stated"),),
        "step1:none": (("step1_min", "none"),),
        "step2:none": (("step2_min", "none"),),
        "step2:pct": (("step2_min", f"{f.get('p')}th percentile"),),
        "comlex:none": (("comlex_min", "none"),),
        "attempt:yes": (("first_attempt_required", True),),
        "attempt:step2": (("first_attempt_required", "Step 2 CK only"),),
        "attempt:no": (("first_attempt_required", False),),
        "yog:none": (("yog_limit_years", "none"),),
        "research_track": (("research_track", True),),
        "us_letters": (("us_letters_required", True),),
    }
    if claim in table:
        return table[claim]
    numeric = {
        "usce:months": "usce_required_months",
        "step1:n": "step1_min",
        "step2:n": "step2_min",
        "comlex:n": "comlex_min",
        "yog:n": "yog_limit_years",
        "positions:n": "positions_per_year",
        "home:positions": "positions_per_year",
        "total": "total_residents",
        "prelim": "preliminary_positions",
    }
    if claim in numeric:
        assert isinstance(n, int)
        return ((numeric[claim], n),)
    if claim == "ecfmg":
        return (("ecfmg_by", str(f["by"])),)
    if claim == "scores:both":
        return (("step1_min", int(str(f["a"]))), ("step2_min", int(str(f["b"]))))
    if claim == "positions:range":
        return (("positions_per_year", f"{f['a']}-{f['b']}"),)
    return ()  # traps


def _statement(rng: random.Random, split: str, claim: str, f: dict[str, object]) -> Statement:
    """One claim in the words of phrasing set ``split`` (dev, heldout or a blind set)."""
    n = f.get("n", 0)
    assert isinstance(n, int)
    fields = dict(f)
    fields.update(w=_words(n), W=_words(n).capitalize(), noun="resident" if n == 1 else "residents")
    if claim == "ecfmg" and split in BLIND:
        by = str(f["by"])
        also = getattr(BLIND[split], "ECFMG_BY_ALSO", {}).get(by, ())
        words = BLIND[split].ECFMG_BY[by]
        fields["by"] = rng.choice((words, *also)) if also else words
    elif claim == "ecfmg":
        fields["by"] = ECFMG_BY[str(f["by"])][split == "heldout"]
    templates, rows = _templates(split)
    sentence = rng.choice(templates[claim]).format(**fields)
    row = rows.get(claim)
    if row is not None:
        row = (row[0], row[1].format(**fields))
    return Statement(claim, sentence, _facts(claim, f), row)


def _page_body(page_title: str, fmt: str, shown: list[Shown], phrasings: str) -> str:
    """The <main> HTML of one info page; every sentence appears exactly as ``shown`` says.

    The blind sets are laid out as the held-out one is; only their words differ.
    """
    questions = _questions(phrasings)
    split = "dev" if phrasings == "dev" else "heldout"
    intro = (
        "<p>Thank you for your interest in our residency. Please read the information below "
        "before applying through ERAS.</p>"
    )
    head = f"<h1>{escape(page_title)}</h1>{intro}"
    if fmt == "faq":
        if split == "heldout":
            items = "".join(
                f'<div class="faq-item"><h3><button class="faq-q" aria-expanded="false" '
                f'aria-controls="faq-{i}">{escape(questions[s.statement.topic])}</button>'
                f'</h3><div id="faq-{i}" class="faq-a" hidden><p>{escape(s.sentence)}</p></div></div>'
                for i, s in enumerate(shown)
            )
            return f'{head}<div class="faq">{items}</div><script>{FAQ_SCRIPT}</script>'
        items = "".join(
            f"<details><summary>{escape(questions[s.statement.topic])}</summary>"
            f"<p>{escape(s.sentence)}</p></details>"
            for s in shown
        )
        return f'{head}<section class="faq">{items}</section>'
    if fmt == "table":
        rows = [s for s in shown if s.statement.row and s.sentence == s.statement.row_sentence]
        rest = [s for s in shown if s not in rows]
        cell = 'th scope="row"' if split == "heldout" else "td"
        close = cell.split()[0]
        trs = "".join(
            f"<tr><{cell}>{escape(s.statement.row[0])}</{close}>"  # type: ignore[index]
            f"<td>{escape(s.statement.row[1])}</td></tr>"  # type: ignore[index]
            for s in rows
        )
        thead = "<thead><tr><th>Requirement</th><th>Policy</th></tr></thead>"
        table = f'<table class="requirements">{thead}<tbody>{trs}</tbody></table>' if rows else ""
        after = "".join(f"<p>{escape(s.sentence)}</p>" for s in rest)
        return head + table + after
    if fmt == "list":
        if split == "heldout":
            items = "".join(
                f"<dt>{escape(TOPIC_LABELS[s.statement.topic])}</dt><dd>{escape(s.sentence)}</dd>"
                for s in shown
            )
            return f'{head}<dl class="requirements">{items}</dl>'
        items = "".join(f"<li>{escape(s.sentence)}</li>" for s in shown)
        return f"{head}<h2>Requirements</h2><ul>{items}</ul>"
    paragraphs, i = [], 0
    while i < len(shown):  # two or three sentences a paragraph, as people write
        take = 2 + (i % 2)
        paragraphs.append(" ".join(s.sentence for s in shown[i : i + take]))
        i += take
    return head + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


@lru_cache(maxsize=1024)
def program_info(program: Program) -> ProgramInfo:
    """The info pages and home-page statements of one program (none for a few programs)."""
    rng = random.Random(f"{program.specialty}|{program.id}|info")
    split = phrasing_set(program)
    if rng.random() < NO_INFO_SHARE:
        return ProgramInfo((), (), "", split)
    claims = _policy(rng, program)
    if split in BLIND:
        claims += _extra_traps(program, split)
    statements = [_statement(rng, split, c, f) for c, f in claims]
    home: list[Shown] = []
    positions = next((s for s in statements if s.claim == "positions:n"), None)
    if positions is not None and rng.random() < HOME_FACT_SHARE:
        n = dict(positions.facts)["positions_per_year"]
        assert isinstance(n, int)
        on_home = _statement(rng, split, "home:positions", {"n": n})
        home.append(Shown(on_home, on_home.sentence))
    kinds = rng.sample(PAGE_KINDS, rng.choice((1, 1, 2, 2, 3)))
    buckets: list[list[Statement]] = [[] for _ in kinds]
    for i, s in enumerate(statements):  # every page gets one, then at random
        buckets[i if i < len(kinds) else rng.randrange(len(kinds))].append(s)
    pages = []
    for (kind, paths, texts, title), bucket in zip(kinds, buckets, strict=True):
        fmt = rng.choice(FORMATS[kind])
        shown = [
            Shown(s, s.row_sentence if fmt == "table" and s.row else s.sentence) for s in bucket
        ]
        if fmt == "table":  # rows first, then what has no row
            shown.sort(key=lambda x: x.sentence != (x.statement.row and x.statement.row_sentence))
        pages.append(
            InfoPage(
                kind,
                rng.choice(paths),
                title,
                rng.choice(texts),
                fmt,
                tuple(shown),
                _page_body(title, fmt, shown, split),
            )
        )
    home_html = "".join(f"<p>{escape(s.sentence)}</p>" for s in home)
    return ProgramInfo(tuple(pages), tuple(home), home_html, split)

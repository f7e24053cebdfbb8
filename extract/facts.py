"""Program facts from a program's own pages: visas, IMG eligibility, score floors, limits, size.

A page (HTML or text) becomes text units (paragraphs, list items, table rows read as
"label: value", FAQ answers), each unit a spaCy ``Doc`` through ``spacy.blank("en")`` with a
sentencizer, a Matcher of cue words (``extract/patterns/facts_cues.jsonl``: visa names, exams,
negations, preferences, averages, requirement words) and one rule component that reads each
clause of each sentence. Rules are written for what a statement *commits* the program to:

- a preference ("strongly preferred", "we favor") is not a requirement, and settles nothing;
- an average or median of past applicants is not a floor;
- a question ("Do you sponsor visas?") states nothing;
- "J-1 only" settles both visas: J-1 sponsored, H-1B not;
- a clause about *another* program ("many programs require...", "our affiliated surgery program
  sponsors...") settles nothing about this one, unless it draws the contrast ("unlike many
  programs, we...");
- a clause that names no topic ("...; no minimum", "...but not required") continues the topic of
  the clause before it, and one that names a visa but no verb keeps the verb before it ("sponsors
  J-1 visas but not H-1B");
- a comparison after "no" or "not" is a bound, not a negation: "no less than 3 months", "no
  later than the rank order list deadline", "no lower than 225";
- a clause that points back to a figure of a statistic or of advice ("averaged 245; this is not a
  cutoff", "we recommend 2 months, though it is not a cutoff") says the figure is no floor, not
  that there is none;
- what a clause after "but" says of a fact corrects what its sentence said before ("USCE is
  expected but not required"), and a bare "but not required" denies all the clause before named;
- a number may be restated ("three (3) months") or a range ("2-3 months": the lower end is the
  requirement; "3-4 per year" is the class size); "4 weeks each" is a part, "two years ago" a time;
- a negation reaches no further than its clause: clauses end at ";", "but", "however", ", not",
  "rather than", a reason or contrast after a comma (", as the H-1B is not offered"), the comma
  of an opening "Although ..." / "If ..." (whose condition asserts nothing); a negation inside an
  aside with its own subject ("(observerships do not count)") stays there;
- "only" beside a visa's name excludes the other visa, but "only for / if / after" is a
  condition; a negation right before one visa's name ("J-1 (not H-1B)") negates that visa alone;
- statistics of past applicants ("successful", "matched", "median"), hedges, encouragement,
  pointers ("questions about ..."), indirect questions ("whether we sponsor"), the past
  ("previously"), sponsorship "for faculty", "varies by department", "cannot guarantee" settle
  nothing;
- a table row "label: value" reads the label as the subject: "IMGs: No", "USCE: 3 months",
  "USMLE Step 2 CK: 230" (an exam-only label), "USMLE attempts: Step 2 CK on first attempt";
- a score belongs to the exam it points to ("230 or higher on Step 2 CK"), else the exam before
  it, else the one after, never to an exam whose scale it does not fit;
- a calendar year ("graduated in 2021 or later") is a window only against the fetch date (or
  the response's Date header); without one it is not settled;
- an opening purpose ("To be invited for an interview, ...") names the stage a certificate is due
  by;
- a program named by its specialty and then pointed back to ("Our Internal Medicine residency
  ... sponsors H-1B visas; see that program's website") is another program, and so is a clause
  about "that program";
- the whole residency counted "at all levels" or "across PGY-1 through ..." is a total, its PGY-1
  no class; preliminary positions may be counted in brackets ("(3 per year)");
- an aside that names no visa keeps its ", not ..." ("(hands-on, not observership)"), and ", and
  not" opens a clause of its own ("(not H-1B, and not for fellows)"); "eligible"
  right before the IMGs a visa is offered to accepts no one; letters from physicians "at U.S.
  hospitals" are letters from U.S. physicians;
- an exam inside "regardless of" / "irrespective of" beside a verb that admits applicants has no
  floor ("considered regardless of their Step 1 score"), and the graduation has no limit only
  when it is the thing named there; a row labelled "Lowest ... accepted" is a floor, its "None"
  or "No floor" none; a score followed by its exam in brackets ("218 (Step 1)") is that exam's;
- "as of" names a deadline; "the number of <positions> ... is N" counts them; "no failures"
  beside a first-attempt rule restates it; the choice of visa "depending on the applicant's
  eligibility" is no variation of policy; a requirement to "train on a J-1" sponsors it; an
  application named as a moment ("by the time they apply") accepts no one; "finished medical
  school" is graduating.
- a program "in our region" (state, city) is another program unless a copula makes it the
  subject's ("We are the only program in our region that ..."), and so is one "at our sister
  hospital" or "not part of our program"; a score or certificate asked of U.S. or osteopathic
  graduates excludes no IMGs; "the first sitting" is the first attempt, and what most residents
  did on it is no rule; a complement is counted after its verb ("our resident complement is
  14"), a first year's ("intern complement") is the class; "U.S.-based" and care "in a U.S.
  clinical setting" name U.S. experience, a "U.S. clinical supervisor" a U.S. physician; "we do
  not restrict ... by year of graduation" sets no limit.
- a negation before visas joined by "or" denies each ("no J-1 or H-1B visa"); a visa set apart
  ("apart from", "other than", "except") from a denial is the only one sponsored, and so is one
  named "the only" or "the sole" visa; a visa pathway "open to" residents, or a status the
  program "pursues", is sponsored; schools "in the United States" are U.S. schools; a
  certificate needed "in order to" be ranked, or "as a condition of" applying, is due by that
  stage; "whether on Step 1 or ..." lists, it asks nothing; the verdict on those "who did not
  pass ... on the first attempt" is the rule, and "a second attempt" is a repeat; a repeat
  allowed on one exam leaves another exam's first-attempt rule standing on the page;
  applicants who "are matched" (or whom the program matches) are its class, and "each summer"
  is a year; "our preliminary program" is this program's; the "house staff" is the whole
  residency; letters asked by the verdict on applications without one are required, and the
  U.S. setting where a letter writer supervised you is no U.S. clinical experience rule.
- IMGs who may "submit an application" may apply; a visa "arranged" for residents is
  sponsored, and one the program "declines" or "refuses" is not; a certificate due "in advance
  of" a stage is due by it, and what most residents did before a deadline is no rule.
- a "screening score" is a floor, and "no particular (specific, set) score" required is none;
  a score or graduation year that "has no bearing on" (does not affect) eligibility sets no
  floor or limit, and a failure that does not affect it makes no first-attempt rule; what the
  "eligibility criteria include" is required; a degree "conferred" ("was awarded", "since you
  obtained your medical degree") is the graduation.
- a program that "totals" its residents counts them all; a number joined to a unit of time
  ("one-year") is a length, not a count; a count "per" position ("45 applications per
  categorical position") is a ratio; "at present" is now, no activity.
- "whether J-1 or H-1B" after a statement lists what it covers, it asks nothing; "obligated"
  is required; a floor the program does not set is none, but one it keeps ("below our cutoff",
  "do not meet the minimum", "no exceptions to", "cannot waive", "not negotiable") or only does
  not tell ("we do not publish our cutoff", "no public limit") is not; nobody excluded "on the
  basis of" a score is no floor; graduates "N years out" are counted from graduation; "not the
  only factor" denies nothing; "its own program", "a separate residency" are another program's,
  a count of the hospital, the nation or "across the institution" another body's, and a count
  of interviews, invitations or applications no class; what IMGs need "to be eligible" is a
  condition on them; requests for sponsorship are no sponsorship (declining them is none), nor
  is a policy decided "case by case"; a rule called "former", "once" required, "stopped", or
  framed by a year gone by ("Before 2024, we sponsored ...") is past, and a number "no longer"
  required was the old rule's (without a number, what is no longer done is not done now).
- a rule waived or suspended is set aside; a visa sponsored "in rare cases" (on a limited
  basis) is no policy; a certificate "required to" reach a stage is due by it, and the verdict
  on those without it by a deadline is the rule; years since graduation that only name a group
  (admitted, or asked for something else) set no window without a bound ("within", "up to")
  and are no duration of U.S. experience; what is "ideal" is preferred.
- a score range read or demanded ("between 215 and 300") is a floor at its low end; an exam taken
  "instead of" another is no negation; an opening "Provided ..." / "As long as ..." demands what
  it names; a score denied only as the sole ground ("not ... solely on the basis of") is no
  floor and not none; an aside ", not the program," denies nothing; a visa as the subject of
  "requires" is the visa's rule; residents who "may train here on a J-1" are sponsored; a FAQ
  question answered by a bare "Yes" / "No" states what the answer makes of it; years after
  graduation in a story with no demand or limit's words set no limit; table short forms ("mos",
  "yrs", "1st", "cert.", "min.") are read.
- citizens "or otherwise authorized to work without sponsorship" get no visa; what is "not a
  factor in whether" an application is reviewed sets no limit; an exam whose failures a bracket
  admits is spared a first-attempt rule; "the <specialty> residency here" is another program, and
  so are positions one is told to "apply to directly"; a total of "categorical and preliminary
  combined" counts no preliminary track; a floor that is "not a fixed number" is kept, and "a
  pass is all we look for" sets none; a negation inside ", which ...," before a new subject is
  the aside's; observerships "not counted" leave the USCE demand standing.

First of all, a checklist or an email reply is cut into its items (:mod:`extract.fact_checklists`:
"☐ ... ☐ ...", "→ ... → ...", "Re: <question>? <answer>" with the answer tied to what the
subject asks, another program's checklist dropped). Then speech is read
(:mod:`extract.fact_speech`): a transcript's unit is cut into the turns of those who speak
("Dr. Alvarez (PD):", "Coordinator:", "Q (from the chat):"), an applicant's turn commits
nothing, a question put to a colleague is completed by the answer in the next turn, and what a
speaker takes back, hedges or does not know is no word of the rule.

Before the rules, each unit goes through the label-value fragment reader
(:mod:`extract.fact_rows`): it cuts fact-sheet fields apart (bars, marked lists, "Label - value"),
spells out their shorthand (marks, comparison signs, "min.", "mos", "cert.", "req'd") and drops
an aside that only names who set a figure (", as approved by the ACGME,"); the rules then read
the rows it makes, as the one reading of the unit (its docstring states the precedence). Each
row goes through the time reader (:mod:`extract.fact_time`) first: a frame that only dates or
announces the rule ("Update (June 2026):", "Effective with the 2027 Match,", "Contrary to what
some forums say,") is dropped, and an old figure ("down from 250"), a removed rule ("we have
retired our Step 1 cutoff": none now), a past rule ("For the 2025 Match, applicants needed
...") and an undecided one ("under review") leave only the rule now in force. Each
row then goes through the instruction reader (:mod:`extract.fact_instructions`): an instruction
addressed to the applicant ("If your Step 2 CK is below 230, please do not apply", "Unless you
passed ..., we cannot consider your file", "You'll need ...", "Make sure you are ...", "Graduated
abroad? You may apply") is restated as the rule about applicants it gives, in the third person
the rules read; advice in the imperative ("Consider ...") becomes a suggestion. The rules also
read: a group named by having "fewer than" a duration of USCE, or "no" USCE, and turned away
as the USCE requirement; "more than a single attempt" as a repeat; "filtered out", "screened
out" and "auto-reject" as exclusion; a count after a clause on the preliminary positions as
theirs ("...; there are 2 each year"); a subject with "separate requirements" as another track;
"between 2 and 3 each year" as a range; a part of a sentence that counts a class apart from a
part about its chiefs; residents counted "when you count every class" or ", all years" as the
whole residency. The rules also read: enumerated items ("(a) ..., (b) ... and (c) ...") as clauses of their own; "a
sponsor" named as a party ("an outside sponsor") as no sponsorship; what is not screened of an
exam's attempts or history as no word on its score; "overseas" schools as foreign, "U.S.
letters" as letters from U.S. physicians, "Level 2-CE" as COMLEX, a "cap" as a limit, and the
residents "(every PGY level)" or at "all PGY levels" as the whole residency.

A unit that names no words a fact cue needs (``may_state_a_fact``, one expression built from
the patterns: of each, its most telling run of words in a row, "health care system" rather than
"system") skips the pipeline: the Matcher is the crawl's largest cost. A fact stated twice
with two values on one page is not settled, so it is dropped. Every fact
keeps the sentence it came from; nothing is reported without one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from functools import cached_property, lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import lxml.html
import spacy
from lxml import etree
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extract.decoding import decode_body
from extract.fact_agencies import programs_word
from extract.fact_announcements import posts
from extract.fact_bilingual import english_half, spanish_tokenizer_rules
from extract.fact_checklists import checklist_items
from extract.fact_clauses import plain_clause
from extract.fact_coordination import coordinated
from extract.fact_deadlines import DEADLINE_WORDS, EVENTS, cycle_event, names_an_event
from extract.fact_idioms import plain_idioms
from extract.fact_instructions import third_person
from extract.fact_learned import (
    Reading,
    SentenceReader,
    dissent,
    readings,
    sentences,
    settled,
)
from extract.fact_myths import corrected
from extract.fact_numbers import in_words
from extract.fact_rows import NUMBER_VALUES, Fragment, fragments
from extract.fact_scope import own_scope
from extract.fact_speech import spoken
from extract.fact_testimony import without_testimony
from extract.fact_time import current_rule
from extract.patterns import PATTERN_DIR

Value = bool | int | str
# The learned fallback (extract.fact_learned): on by default, how sure it must be, and the
# ceiling of its confidence (below the rules' lowest, 0.75). The threshold was chosen on the
# leave-one-set-out bench (bench/facts_loso.py, 48,000 programs, eight sets), never on a blind
# set: at 0.98 all 295 facts it added were right (to the rules of each set's blind measurement
# and to today's); at 0.95, 7 of 397 were wrong, 6 of them on the myths voice (set 27) read by
# today's rules; at 0.9, 16 of 510. Ungated, the precision suites in our own words
# (tests/test_facts*.py) caught it stating eight facts the contract forbids, at 0.98 to 0.995,
# where no threshold parts them from its right facts: another body's rule ("The NRMP itself sets
# no minimum Step 1 score"), a rescinded rule, "H-1B sponsorship is not guaranteed", a number
# that is "not required". It is on because the rules now gate it (rules_refuse: a reading is
# refused when every clause that may state it is one the rules veto), which passes those eight
# (tests/test_fact_learned.py) and removed none of its 40 right additions on bench/facts_loso.py
# at 6,000 programs (sets 27, 31, 34, 37, 40); bench/facts.py --split all at 12,000 programs,
# on, lost nothing and gained recall on nine facts. Round 46 (ten sets, 43 and 44 added): at 0.98
# all 367 and 57 added facts right; at 0.97 the precision suites already fail on 3 sentences (12
# at 0.95), so the threshold stays.
LEARNED_FALLBACK = True
LEARNED_THRESHOLD = 0.98
LEARNED_CONFIDENCE = 0.6
# Round 53: with the fallback on, a rule's fact is withheld when the reader, on every text of the
# sentence it was read from, is at least this sure the sentence states another value of the fact
# or no fact of that kind (learned_veto). Chosen on bench/facts_loso.py --veto (blind rules,
# 16 sets, 48,000 programs): at 0.98 it withholds 92 of 405 wrong printed facts and no right one;
# at 0.95 129 wrong and 9 right.
LEARNED_VETO = 0.98
# the facts it may withhold: not accepts_img (a double negative, "happy to look at an IMG's
# application", read as no fact or a denial) nor first_attempt_required (a rule for one exam or
# for every exam named, read as the other value), which the suites' right readings lose to it
VETO_FACTS = (
    "visa_j1",
    "visa_h1b",
    "ecfmg_by",
    "usce_required_months",
    "step1_min",
    "step2_min",
)
# a double negative ("USCE is not optional, and applicants without it are not considered") is
# what the reader reads worst; the visas' are their own way of granting one and denying the other
# ("J-1 only, not the H-1B"), where the veto's right removals on bench/facts_loso.py lie
NEGATION_WORDS = re.compile(r"\b(?:not|no|never|without|cannot|nor|none)\b|n't", re.IGNORECASE)
VISAS = ("visa_j1", "visa_h1b")
PRINTED_FACTS = (
    "visa_j1",
    "visa_h1b",
    "accepts_img",
    "ecfmg_by",
    "usce_required_months",
    "step1_min",
    "step2_min",
    "comlex_min",
    "first_attempt_required",
    "yog_limit_years",
    "positions_per_year",
)
# Stated on program pages too; they go to the database but ``precedent facts`` does not print them.
OTHER_FACTS = ("total_residents", "research_track", "preliminary_positions", "us_letters_required")
# Through importlib.resources (``extract.patterns``), not __file__: the patterns must also load
# from the zipped egg scrapyd runs.
PATTERNS = PATTERN_DIR.joinpath("facts_cues.jsonl")
CUES = "fact_cues"
RULED_OUT = "ruled_out_cues"
NUMBER_WORDS = {**NUMBER_VALUES, "single": 1, "a": 1, "an": 1}
EVENT_VALUES = {value for _, value in EVENTS}
SINCE = "graduated since "  # a calendar year, made a window with the fetch date
LENIENT = "lenient on "  # a repeat allowed on one exam, read against the page's other rules
# A row's value that denies a floor or a limit: "Lowest Step 1 score accepted: None"
NO_VALUE = ("none", "no floor", "no minimum", "no cutoff", "no cut-off", "not set")
TIME_WORDS = (
    *("when", "once", "before", "after", "until", "time", "point", "moment", "date", "day"),
)
# "the number of positions ... is four", "... will be four" (the coming Match's count)
COUNT_VERBS = ("is", "are", "equals", "totals", "be", ":")
# "the number of positions ... has held steady at four", "stands at", "remains at"
STEADY_WORDS = ("steady", "stands", "holds", "remains", "sits", "constant")
# "our resident complement is 14"; "our allotment of preliminary positions is 2"
# "intake", like "complement", counts with no "of" ("the program's annual intake is 2")
COUNT_NOUNS = ("number", "complement", "allotment", "allocation", "intake")
ADMIT_WORDS = ("read", "evaluated", "assessed", "processed")  # what is done to applications
NO_LIMIT_VALUES = (
    *("any", "none", "no limit", "no limits", "unlimited", "no restriction", "no restrictions"),
    *("unrestricted", "not limited", "not restricted"),
)
# a row's value that sets no limit in a sentence of its own: "No limit applies", "None is set"
NO_LIMIT_APPLIES = re.compile(
    r"\s*(no (limit|maximum|cutoff|cut-off|restriction)|none)\b( is)? (applies|apply|set|used"
    r"|applied|imposed)\b"
)
RECENCY = ("within", "last", "past", "previous", "recent")
OR_MORE = ("more", "longer", "greater", "above")
RANGE_WORDS = ("-", "\u2013", "to", "or")
LIMIT_NOUNS = ("limit", "cutoff", "cut-off", "window", "maximum", "graduation", "rule")
OR_FEWER = ("fewer", "less", "under")
PURPOSE_WORDS = (
    r"\b(in order to|so as to|so that|as a (condition|prerequisite) (of|for|to)"
    r"|(required|needed|necessary|mandatory|essential) to"
    # "a requirement for starting our program": for a stage of the cycle, not for a group
    r"|(a requirement|a prerequisite|required|needed|necessary|mandatory|essential) for"
    r"(?= (the |your )?(start|begin|enter|join|appoint|rank|interview|residency|training)))\b"
)
SKIP_TAGS = ("script", "style", "nav", "header", "footer", "noscript", "template", "svg")
BLOCK_TAGS = ("p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "summary")
# What a clause is about; a clause naming none of these carries on from the clause before.
TOPICS = ("J1", "H1B", "VISA", "IMG", "ECFMG", "USCE", "STEP1", "STEP2", "COMLEX", "USMLE", "YOG")
# After a comma (or opening a sentence, up to its comma) these begin a clause of their own:
# "..., as the H-1B is not offered", "Although USCE is not required, ...".
SUBORDINATORS = ("as", "since", "because", "whereas", "while", "although", "though")
INNER_SUBORDINATORS = ("while", "although", "though", "whereas", "because")
PRONOUNS = ("it", "this", "they", "we", "these", "that")  # subjects of a clause of their own
ASIDE_PREFERENCES = ("ideally", "preferably")
CONDITIONALS = ("if", "unless", "whether")  # an opening condition asserts nothing
CONDITIONS = (
    "for",
    "if",
    "when",
    "after",
    "upon",
    "under",
    "in",
    "to",
    "with",
    "once",
)  # "only if"
NEGATIONS = ("not", "n't", "no", "never", "without", "nor")
ASIDE_KEEPS = (  # an aside starting with a negation and one of these negates the clause
    *("required", "requirement", "necessary", "mandatory", "needed", "minimum"),
    *("cutoff", "cut-off", "sponsored", "available", "offered", "accepted", "considered"),
    *("eligible", "limit"),
)
# What a figure may be short of a floor: what past applicants did, or what is advised
FIGURES = ("AVG", "STATS", "HEDGE", "PREF")
ANAPHORS = ("this", "that", "it", "which", "these", "those")
CLAUSE_OPENERS = (";", ",", "but", "however", "and", "\u2014", "\u2013", *SUBORDINATORS)
CONTRASTS = ("but", "however", "though", "although", "yet")
RESULT_WORDS = ("so", "hence", "thus", "therefore", "consequently", "meaning")  # after a comma
ATTEMPT_CUES = ("FIRST_ATTEMPT", "MULTI_ATTEMPT")
# "a scored attempt": the sitting named by its score, not a count of tries
SCORED_WORDS = ("scored", "numeric", "numerical", "graded")
REQUIREMENT_WORDS = (
    *("required", "requirement", "mandatory", "necessary", "needed", "compulsory"),
    *("obligatory", "essential", "prerequisite"),
)
DENIAL_FILLERS = (*CONTRASTS, "it", "this", "that", "is", "are", "be", "a", "an", "strictly")
PROGRAM_NOUNS = ("residency", "program", "department", "fellowship")
DEMAND_WORDS = ("required", "needed", "necessary", "mandatory", "expected")
ABSENCE = ("without", "lack", "lacking", "absence")  # of a thing a clause then rules on
LACK_WORDS = ("lack", "lacks", "lacking")  # a group named by what it lacks
# A group narrowed by what follows it: "IMGs who graduated ...", "IMGs requiring an H-1B".
RESTRICTORS = (
    *("who", "whom", "whose", "that", "with", "without", "holding", "lacking", "requiring"),
    *("needing", "seeking", "on", "in", "from"),
)


@dataclass(frozen=True)
class ProgramFact:
    """One fact a program states about itself, with its evidence."""

    fact: str
    value: Value
    sentence: str
    url: str | None
    confidence: float
    fetched_at: str | None = None

    @property
    def printed(self) -> bool:
        """Whether ``precedent facts`` prints it (the other facts go only to the database)."""
        return self.fact in PRINTED_FACTS

    def to_json(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "value": self.value,
            "sentence": self.sentence,
            "confidence": self.confidence,
        }


# --- spaCy components -------------------------------------------------------------------------


def _register_extensions() -> None:
    # Kept here rather than in extract/_extensions.py: the facts pipeline is separate from the
    # roster pipeline and adds a single attribute.
    if not Doc.has_extension("program_facts"):
        Doc.set_extension("program_facts", default=None)


def _load_patterns(path: Path | Traversable) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


class FactCues:
    """Marks cue words (visa names, exams, negations, preferences, ...) as overlapping spans."""

    def __init__(self, nlp: Language, patterns_path: str) -> None:
        self.matcher = Matcher(nlp.vocab)
        for entry in _load_patterns(Path(patterns_path) if patterns_path else PATTERNS):
            self.matcher.add(entry["label"], [entry["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        # a cue matched and then ruled out ("research experience" is no clinical experience)
        # says what the sentence is not about, which the learned fallback's gate reads
        ruled_out: list[Span] = []
        for m, s, e in self.matcher(doc):
            (ruled_out if _ruled_out(doc, m, s, e) else kept).append(Span(doc, s, e, label=m))
        doc.spans[CUES] = SpanGroup(doc, name=CUES, spans=kept)
        doc.spans[RULED_OUT] = SpanGroup(doc, name=RULED_OUT, spans=ruled_out)
        return doc


def _ruled_out(doc: Doc, m: int, s: int, e: int) -> bool:
    """Whether a cue's match is no cue in its context (each test says why)."""
    return (
        _kind_of_program(doc, m, s)
        or _firm_word(doc, m, s, e)
        or _a_sponsor_noun(doc, m, s)
        or _denied_option(doc, m, s)
        or _to_be_interviewed(doc, m, s)
        or _at_most(doc, m, s)
        or _applying_elsewhere(doc, m, s)
        or _counted_among(doc, m, s)
        or _programs_here(doc, m, s, e)
        or _every_program_here(doc, m, s)
        or _residency_begun_here(doc, m, s)
        or _wish_of_a_group(doc, m, s)
        or _company_kept(doc, m, s, e)
        or _not_clinical(doc, m, s)
        or _who_falls_short(doc, m, s)
    )


def _kind_of_program(doc: Doc, label: int, start: int) -> bool:
    """ "a university-affiliated program", "our hospital-affiliated residency": the kind of
    program this one is (a compound before "affiliated"), not another affiliated program."""
    return (
        doc.vocab.strings[label] == "OTHER_PROGRAM"
        and doc[start].lower_ == "affiliated"
        and start > 1
        and doc[start - 1].text == "-"
    )


# "an outside sponsor", "their own sponsor": a sponsor named as a party, not the program's act
SPONSOR_NOUN_BEFORE = (
    *("a", "an", "another", "outside", "external", "separate", "own", "third-party", "visa"),
    *("private", "different", "other", "independent", "employer"),
)


def _a_sponsor_noun(doc: Doc, label: int, start: int) -> bool:
    """ "All visas except the J-1 require an outside sponsor": the noun "sponsor" after an
    article or a word that makes it a party of its own sponsors nothing for the program."""
    return (
        doc.vocab.strings[label] == "SPONSOR"
        and doc[start].lower_ in ("sponsor", "sponsors")
        and start > 0
        and doc[start - 1].lower_ in SPONSOR_NOUN_BEFORE
    )


def _to_be_interviewed(doc: Doc, label: int, start: int) -> bool:
    """ "shall not be interviewed", "no applicant will be interviewed whose ...": who is to be
    interviewed is a verdict on applicants, not a statistic of those interviewed before."""
    return (
        doc.vocab.strings[label] == "STATS"
        and doc[start].lower_ == "interviewed"
        and start > 0
        and doc[start - 1].lower_ == "be"
    )


RELATIVE_WORDS = ("who", "that", "which", "whose")


def _who_falls_short(doc: Doc, label: int, start: int) -> bool:
    """ "IMGs who do not meet the minimum qualifications": falling short names a group (the
    verdict on it comes later, if at all), unlike "IMGs do not meet the minimum qualifications"."""
    return (
        doc.vocab.strings[label] == "INELIGIBLE"
        and start > 0
        and doc[start - 1].lower_ in RELATIVE_WORDS
        and doc[start].lower_ in ("do", "does", "did", "will")
    )


# kinds of experience in a U.S. hospital that are no clinical experience
NON_CLINICAL = (
    *("research", "laboratory", "lab", "administrative", "teaching", "volunteer", "shadowing"),
    *("observership", "observational", "nonclinical", "non-clinical", "work", "employment"),
)


def _not_clinical(doc: Doc, label: int, start: int) -> bool:
    """ "research experience in a U.S. hospital": experience in a hospital named by a kind that
    is not clinical is no U.S. clinical experience (plain "hands-on experience in U.S.
    hospitals" is)."""
    return (
        doc.vocab.strings[label] == "USCE"
        and doc[start].lower_ in ("experience", "experiences")
        and start > 0
        and doc[start - 1].lower_ in NON_CLINICAL
    )


REPEAT_WORDS = ("repeated", "repeat", "retake", "retaken", "retakes", "resit", "resat")


def _at_most(doc: Doc, label: int, start: int) -> bool:
    """The "most" of "at most" ("Years since graduation: 7 at most") is a bound, never the most
    of past applicants."""
    return (
        doc.vocab.strings[label] == "STATS"
        and doc[start].lower_ == "most"
        and start > 0
        and doc[start - 1].lower_ == "at"
    )


def _firm_word(doc: Doc, label: int, start: int, end: int) -> bool:
    """The "no" of "with no exceptions" and the "without" of "without exception": a rule said
    firmly, never its denial."""
    return (
        doc.vocab.strings[label] == "NEG"
        and doc[start:end].text.lower() in ("no", "without")
        and end < len(doc)
        and doc[end].lower_ in EXCEPTION_NOUNS
    )


def _denied_option(doc: Doc, label: int, start: int) -> bool:
    """The "optional" of "not optional" ("USCE is not optional here"): a demand (the pattern
    NOT_OPTIONAL reads it, and keeps its negation from denying the clause), never an option."""
    return (
        doc.vocab.strings[label] == "OPTIONAL"
        and start > 0
        and doc[start - 1].lower_ in ("not", "n't", "never")
    )


def _applying_elsewhere(doc: Doc, label: int, start: int) -> bool:
    """The "apply" of "should apply elsewhere": advice to go to other programs (the pattern
    INELIGIBLE reads it), never an invitation to apply here."""
    after = [t.lower_ for t in doc[start + 1 : start + 3]]
    return (
        doc.vocab.strings[label] == "ACCEPT"
        and doc[start].lower_ == "apply"
        and bool(after)
        and "elsewhere" in (after if after[0] in ("instead", "better") else after[:1])
    )


# words between "one of" and the count of programs it is one of ("one of only 12 programs")
AMONG_FILLERS = ("only", "just", "the", "about", "some", "roughly", "fewer", "than")


def _counted_among(doc: Doc, label: int, start: int) -> bool:
    """ "We are one of only 12 programs that sponsor H-1B visas", "among the 40 residencies
    that ...": this program counted among others that do a thing says this program does it;
    the count of programs (OTHER_PROGRAM) marks no other program."""
    if doc.vocab.strings[label] != "OTHER_PROGRAM" or not doc[start].like_num:
        return False
    if doc[start].lower_ == "one" and start + 1 < len(doc) and doc[start + 1].lower_ == "of":
        return True  # "Our program is one of the few residencies ... that sponsor H-1B visas"
    i = start - 1
    while i >= 0 and doc[i].lower_ in AMONG_FILLERS:
        i -= 1
    return i >= 0 and (
        doc[i].lower_ == "among" or (doc[i].lower_ == "of" and i > 0 and doc[i - 1].lower_ == "one")
    )


PLURAL_PROGRAMS = ("programs", "programmes", "residencies")
INSTITUTION_WORDS = (
    *("hospital", "hospitals", "institution", "department", "university", "medical", "center"),
    *("centre", "health", "system", "campus", "school", "college"),
)


def _programs_here(doc: Doc, label: int, start: int, end: int) -> bool:
    """Programs opening a sentence are others ("Community programs usually take 6 interns a
    year"), but not those of this institution ("Residency programs at our hospital sponsor J-1
    visas") nor a row's label ("Programs: Internal Medicine, 6 positions per year")."""
    if (
        doc.vocab.strings[label] != "OTHER_PROGRAM"
        or not doc[start].is_sent_start
        or doc[end - 1].lower_ not in PLURAL_PROGRAMS
    ):
        return False
    after = [t.lower_ for t in doc[end : end + 3]]
    return after[:1] == [":"] or (
        len(after) == 3
        and after[0] in ("at", "in", "of", "within")
        and after[1] in ("our", "this")
        and after[2] in INSTITUTION_WORDS
    )


EVERY_WORDS = ("any", "no", "every", "each")
PROGRAM_WORDS = ("program", "residency")


def _every_program_here(doc: Doc, label: int, start: int) -> bool:
    """ "Any (residency) program at our institution", "no residency program at our hospital":
    every program of this institution, ours among them, not another one (an institution-wide
    rule binds the program, issue 11)."""
    if doc.vocab.strings[label] != "OTHER_PROGRAM" or doc[start].lower_ not in PROGRAM_WORDS:
        return False
    at = start - 1
    if at >= 0 and doc[at].lower_ == "residency" and doc[start].lower_ == "program":
        at -= 1
    return at >= 0 and doc[at].lower_ in EVERY_WORDS


COMPANY_NOUNS = ("program", "programs", "residency", "residencies", "fellowship", "fellowships")
SHARING_VERBS = (
    *("share", "shares", "shared", "sharing", "rotate", "rotates", "rotating", "train"),
    *("trains", "training", "work", "works", "working"),
)


def _company_kept(doc: Doc, label: int, start: int, end: int) -> bool:
    """ "The program ... shares call with the university hospital's fellowship programs": the
    programs a sentence ends on after "with" and a verb of sharing are the company this one
    keeps, not the subject of its rule (a clause about them after it, "..., which sponsor
    H-1B visas", stays theirs)."""
    if doc.vocab.strings[label] != "OTHER_PROGRAM":
        return False
    tail = end
    while tail < len(doc) and doc[tail].lower_ in COMPANY_NOUNS:
        tail += 1  # "the hospital's fellowship | programs": the name goes on to its noun
    if tail < len(doc) and not (doc[tail].is_punct and doc[tail].text in ".!;"):
        return False
    window = doc[max(0, start - 6) : start]
    withs = [t.i for t in window if t.lower_ in ("with", "alongside")]
    return bool(withs) and any(
        t.lower_ in SHARING_VERBS for t in doc[max(0, withs[0] - 3) : withs[0]]
    )


def _wish_of_a_group(doc: Doc, label: int, start: int) -> bool:
    """ "IMGs who wish to apply must ...", "a track for residents who wish to extend their
    research": the wish names a group by what its members want, not the program's preference."""
    return (
        doc.vocab.strings[label] == "PREF"
        and doc[start].lower_ in ("wish", "wishes", "hope", "hopes")
        and start > 0
        and doc[start - 1].lower_ in ("who", "that")
    )


# Verbs of taking up a residency: "before you can start residency at our hospital"
STARTING_VERBS = (
    *("start", "starts", "starting", "begin", "begins", "beginning", "enter", "entering"),
    *("join", "joining", "commence", "commencing"),
)


def _residency_begun_here(doc: Doc, label: int, start: int) -> bool:
    """ "before you (can) start residency at our hospital": the residency an applicant takes up
    here is this program's own, a moment of the cycle, not another program of the institution
    (as "The pediatrics residency at our hospital sponsors ..." is)."""
    if doc.vocab.strings[label] != "OTHER_PROGRAM" or doc[start].lower_ not in PROGRAM_WORDS:
        return False
    at = start - 1
    if at >= 0 and doc[at].lower_ in ("your", "their", "the"):
        at -= 1
    return at >= 0 and doc[at].lower_ in STARTING_VERBS


@Language.factory("fact_cues", default_config={"patterns_path": ""})
def make_fact_cues(nlp: Language, name: str, patterns_path: str) -> FactCues:
    return FactCues(nlp, patterns_path)


# Words that open a sentence and are never part of a name after "U.S."
OPENING_WORDS = ("no", "not", "we", "our", "the", "this", "these", "there", "it", "all", "please")
# Short forms whose period is no sentence end when a figure or a lower-case word follows
SHORT_FORMS = (
    *("min", "max", "cert", "approx", "mos", "yrs", "wks", "req", "reqd", "incl", "avg"),
    "rec",
)
VISA_NAME = re.compile(r"^(?:J-?1|H-?1B)s?$")
# A visa named as a clause's subject: its noun, then the clause's first verb
VISA_SUBJECT_NOUNS = ("visa", "visas", "sponsorship", "status", "petitions", "applicants")
FINITE_VERBS = (
    *("is", "are", "was", "were", "will", "can", "cannot", "may", "must", "remains", "remain"),
    *("has", "have", "does", "do", "isn't", "aren't", "won't"),
)


def _visa_opens_a_clause(doc: Doc, i: int) -> bool:
    """ "... outside the U.S. H-1B visas are not sponsored": after "the U.S.", a visa's name
    whose own verb follows (its noun at most between) opens a sentence; "a U.S. H-1B visa" or
    "the U.S. J-1 program" goes on naming one thing."""
    if i < 2 or doc[i - 2].lower_ != "the" or not VISA_NAME.match(doc[i].text):
        return False
    k = i + 1
    while k < len(doc) and k - i <= 2 and doc[k].lower_ in VISA_SUBJECT_NOUNS:
        k += 1
    return k < len(doc) and doc[k].lower_ in FINITE_VERBS


@Language.component("abbreviation_sentence_ends")
def abbreviation_sentence_ends(doc: Doc) -> Doc:
    """ "...clinical experience in the U.S. Observerships do not count.": an abbreviation that
    carries its own period ends the sentence when a capitalised word and a lower-case word
    follow (a new clause), not before "U.S. Clinical Experience" or "U.S. citizens"."""
    for tok in doc[:-2]:
        nxt, then = doc[tok.i + 1], doc[tok.i + 2]
        if (
            len(tok.text) > 1
            and tok.text.endswith(".")
            and nxt.is_title
            and (then.is_lower or nxt.lower_ in OPENING_WORDS)
            and nxt.is_alpha
            and tok.lower_ not in ("dr.", "mr.", "ms.", "mrs.", "prof.", "st.", "no.", "vs.")
        ):
            # "... who graduated outside the U.S. No Step 1 score threshold is used": a word
            # that names nothing opens a sentence whatever follows it
            nxt.is_sent_start = True
        elif tok.lower_ == "u.s." and _visa_opens_a_clause(doc, tok.i + 1):
            nxt.is_sent_start = True
        elif tok.text in ("Y.", "N.") and doc[tok.i - 1].text.endswith(":") and nxt.is_title:
            # "Visa (J-1): Y. Attempts — 1st-pass only": a row's one-letter answer ends the
            # row, so the next row's "only" is not read as "J-1 only"
            nxt.is_sent_start = True
    low = doc.text.lower()
    if not any(f"{form}." in low for form in SHORT_FORMS):
        return doc
    for tok in doc[1:-1]:
        # "(min. 3 mos)", "ECFMG cert. required by ...": an abbreviation's period before a
        # figure or a lower-case word ends no sentence, nor before its bracket ("mos.) is")
        if tok.text != "." or doc[tok.i - 1].lower_ not in SHORT_FORMS:
            continue
        nxt = doc[tok.i + 1]
        if nxt.text in (")", "]", ":") and tok.i + 2 < len(doc) and doc[tok.i + 2].is_lower:
            doc[tok.i + 2].is_sent_start = False
        elif nxt.is_lower or nxt.is_digit or nxt.text in (")", ",", ";", "\u2192", "="):
            # "Letters of rec. → must include ...": an arrow or "=" gives the value
            nxt.is_sent_start = False
    return doc


@Language.factory("program_facts", default_config={})
def make_program_facts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        found: list[tuple[str, Value, float, Span]] = []
        sents = list(doc.sents)
        asked: tuple[Span, list[Clause], dict[str, list[tuple[Value, float]]]] | None = None
        for k, sent in enumerate(sents):
            if sent.text.rstrip().endswith("?"):
                # a question states nothing, unless a Yes or No answers it right after
                answer = _polar_answer(sents[k + 1]) if k + 1 < len(sents) else None
                if answer is None and k + 1 < len(sents) and _deadline_answer(sent, sents[k + 1]):
                    # "When do I need ECFMG certification? By the rank list deadline.": the
                    # answer is the deadline of what the question names; the question, nothing
                    asked = (sent, _clauses(doc, sent), {})
                    continue
                if answer is not None:
                    clauses = _clauses(doc, sent)
                    if answer is False:
                        no = sents[k + 1][0:1]
                        for c in clauses:
                            c.labels["NEG"] = [*c.labels.get("NEG", []), no]
                    asked = (sent, clauses, _read_clauses(clauses))
                continue
            clauses = _clauses(doc, sent)
            stated = _read_clauses(_answering(clauses, asked[1]) if asked else clauses)
            if asked is not None:
                # "Is USCE required? Yes, a minimum of two months.": the answer's own figure
                # stands over what the question alone would say
                both = doc[asked[0].start : sent.end]
                for f, values in asked[2].items():
                    if f not in stated:
                        found.extend((f, v, conf, both) for v, conf in values)
                found.extend(
                    (f, v, conf, both) for f, values in stated.items() for v, conf in values
                )
                asked = None
                continue
            found.extend((f, v, conf, sent) for f, values in stated.items() for v, conf in values)
        doc._.program_facts = found
        return doc

    return component


def _read_clauses(clauses: list[Clause]) -> dict[str, list[tuple[Value, float]]]:
    """What one sentence's clauses settle, a later contrast correcting an earlier clause."""
    stated: dict[str, list[tuple[Value, float]]] = {}
    for clause in clauses:
        for fact, value, confidence in read_clause(clause):
            lenient = isinstance(value, str) and value.startswith(LENIENT)
            if _contrasts(clause) and any(v != value for v, _ in stated.get(fact, [])):
                # "expected but not required": the contrast corrects; a repeat allowed
                # on one exam leaves a rule on another to the page (_settle_leniency)
                if not lenient:
                    stated[fact] = []
            stated.setdefault(fact, []).append((value, confidence))
    return stated


def _polar_answer(sent: Span) -> bool | None:
    """ "Yes.", "No, only J-1.", "Yes - a minimum of two months": a Yes or No answering the
    question before it (not "No more than two attempts", whose "No" is a bound)."""
    if not sent or sent[0].lower_ not in ("yes", "no"):
        return None
    if len(sent) > 1 and not sent[1].is_punct:
        return None
    return sent[0].lower_ == "yes"


# An answer that is a deadline and nothing else: "By the rank order list deadline.", "A: Before
# the interview."
DEADLINE_ANSWER = re.compile(
    r"^\W*(?:a(?:nswer)?\s*[:.-]\s*)?(?:by|before|prior to|no later than|at the time of)\b"
)


def _deadline_answer(question: Span, answer: Span) -> bool:
    """Whether ``answer`` gives only a deadline to a question asking when ("When do I need
    ECFMG certification? A: By the rank order list deadline.")."""
    asks_when = re.search(r"\b(when|by what date|how soon)\b", question.text.lower())
    return bool(asks_when) and bool(DEADLINE_ANSWER.match(answer.text.lower()))


def _answering(clauses: list[Clause], question: list[Clause]) -> list[Clause]:
    """An answer's clauses that name no topic of their own take the question's words ("Is
    there a minimum Step 2 CK score? Yes, 220": the 220 is that minimum)."""
    asked: dict[str, list[Span]] = {}
    for q in question:
        for k, v in q.labels.items():
            if k not in ("NEG", "INDIRECT"):
                asked.setdefault(k, []).extend(v)
    out = []
    for c in clauses:
        if any(c.labels.get(t) for t in TOPICS):
            out.append(c)
            continue
        labels = {**{k: v for k, v in asked.items() if k not in c.labels}, **c.labels}
        out.append(Clause(c.span, labels, c.is_row, c.hypothetical))
    return out


def _tokenizer_rules(nlp: Language) -> None:
    """Split what the rules read as words: "≥230", "CK>=225", the period of "H-1B." (else the
    sentence runs on into the next one), "position(s)", "U.S.-based"."""
    comparison = r"(?:[\u2265\u2264]|[<>]=?|=>)"
    defaults: Any = nlp.Defaults
    prefixes = [*defaults.prefixes, comparison]
    suffixes = [*defaults.suffixes, r"(?<=[0-9][A-Za-z])\."]
    infixes = [
        *defaults.infixes,
        rf"(?<=[A-Za-z0-9]){comparison}(?=[0-9])",
        r"(?<=[a-z])\((?=s(?:\)|$))",
        r"(?<=[0-9])/(?=[A-Za-z])",  # "2/year"
        r"(?<=[A-Za-z]\.)-(?=[A-Za-z])",  # "U.S.-based": the country's name a word of its own
    ]
    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "cut-off" is the noun "cutoff" spelt with a hyphen: one word, so every rule that reads a
    # cutoff (a floor, a requirement, "no cutoff") reads it too, as "screening cut-offs"
    for word in ("cut-off", "cut-offs"):
        for spelling in (word, word.capitalize(), word.upper()):
            tokenizer.add_special_case(spelling, [{ORTH: spelling}])


@lru_cache(maxsize=1)
def facts_nlp() -> Language:
    """The facts pipeline: blank English, sentencizer, cue matcher, clause rules."""
    _register_extensions()
    nlp = spacy.blank("en")
    _tokenizer_rules(nlp)
    spanish_tokenizer_rules(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("inverted_marks_open_sentences")  # extract.fact_bilingual
    nlp.add_pipe("abbreviation_sentence_ends")
    nlp.add_pipe("fact_cues")
    nlp.add_pipe("program_facts")
    return nlp


# --- clauses and their reading ----------------------------------------------------------------


@dataclass
class Clause:
    """Part of a sentence between ';' or 'but': negation and modality stay inside it."""

    span: Span
    labels: dict[str, list[Span]]
    is_row: bool  # "Label: value", a table row or a labelled line
    hypothetical: bool = False  # "If you need a visa, ...": the condition asserts nothing

    @cached_property
    def text(self) -> str:
        # the doc's text between the span's ends: the same string as ``span.text``, without a
        # walk over its tokens (read for every clause that names a fact's cue)
        span = self.span
        return span.doc.text[span.start_char : span.end_char]

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def has(self, *labels: str) -> bool:
        return any(self.labels.get(label) for label in labels)

    def first(self, label: str) -> Span | None:
        spans = self.labels.get(label)
        return min(spans, key=lambda s: s.start) if spans else None


# "..., and yes, we do": an answer to what the clause before asked, its verb left out
ANSWERED = re.compile(
    r"^(?:and\s+)?(?P<a>yes|no)\s*,\s*(?:we|they|it|the program|the residency)\s+(?:do|does"
    r"|can|will|don't|do not|does not|doesn't|can't|cannot|won't|will not)\s*[.!]?\s*$",
    re.IGNORECASE,
)
ANSWERED_VERBS = ("SPONSOR", "REQ", "NEED", "FLOOR", "ACCEPT")
OWN_BODIES = ("program", "residency", "department", "committee")
GROUP_NOUNS = ("applicants", "candidates", "those", "graduates", "imgs", "people", "anyone")


def _cuts(doc: Doc, sent: Span) -> list[int]:
    """Where a clause ends: ';', "but", "however", and a reason or contrast after a comma
    ("J-1 visas, as the H-1B is not offered"): a negation never reaches across them."""
    cuts = [sent.start]
    opening = sent[0].lower_ in (*SUBORDINATORS, *CONDITIONALS, "when", "once") or _proviso(sent)
    if opening and not (len(sent) > 1 and (sent[0].lower_, sent[1].lower_) == ("as", "of")):
        # "Although USCE is not required, it is recommended": the opening clause ends at its
        # comma; "As of the interview date, ..." is a time, the clause's own
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is not None:
            cuts.append(comma)
    kept = _asides_naming_things(doc, sent)
    appositive = (
        _appositive_negations(doc, sent)
        if ", not" in doc.text[sent.start_char : sent.end_char]
        else set()
    )
    for tok in sent:
        if tok.i == sent.start:
            continue
        after = doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
        if tok.text == ";" or tok.lower_ in ("but", "however"):
            cuts.append(tok.i)
        elif _enumeration_mark(doc, tok.i) and _denial_beside(doc, sent, tok.i):
            # "(a) issues J-1 papers, (b) does not file H-1B petitions": a denial in one item
            # never reaches another ("(a) Step 1, (b) Step 2 CK ..., each on the first
            # attempt" shares its verb and stays one clause)
            cuts.append(tok.i)
        elif (
            tok.lower_ in ("not", "never")
            and doc[tok.i - 1].text == ","
            and tok.i not in kept
            and tok.i not in appositive
        ):
            # "J-1 visas, not H-1B visas"; in an aside that names no visa it stays there:
            # "(hands-on, not observership)"
            cuts.append(tok.i)
        elif (tok.lower_, after) in (("rather", "than"), ("instead", "of")):
            if tok.i + 2 not in _exam_starts(doc):
                cuts.append(tok.i)  # "J-1 rather than H-1B": the negation opens its own clause
        elif (
            tok.lower_ == "and"
            and doc[tok.i - 1].text == ","
            and after.endswith("ing")
            and after not in ("including", "according", "regarding", "during")
        ):
            cuts.append(tok.i)  # "..., and taking the USMLE is encouraged": a subject of its own
        elif tok.lower_ == "and" and doc[tok.i - 1].text == "," and after in ("not", "never"):
            cuts.append(tok.i)  # "(not H-1B, and not for fellows)": each negation its own
        elif (
            tok.lower_ == "and"
            and doc[tok.i - 1].text == ","
            and after in ("no", "yes")
            and doc[tok.i + 2 : tok.i + 3].text == ","
        ):
            # "People always ask about Step 2, and no, we don't have a minimum": the answer is
            # a clause of its own, not the question people ask
            cuts.append(tok.i)
        elif (
            tok.lower_ == "and"
            and doc[tok.i - 1].text == ","
            and after in SHARE_WORDS
            and doc[tok.i + 2 : tok.i + 3].text.lower() in (*GROUP_NOUNS, "residents", "of")
            and any(s.start == tok.i + 1 and s.label_ == "STATS" for s in doc.spans[CUES])
        ):
            # "We set no Step 1 minimum, and most applicants now report a pass": what most of
            # a group do is a statistic of its own (its share word still marks it one), which
            # leaves the denied floor as it is
            cuts.append(tok.i)
        elif tok.lower_ == "and" and doc[tok.i - 1].text == "," and after in PRONOUNS:
            cuts.append(tok.i)  # "..., and it is required by ...": a clause of its own
        elif tok.lower_ == "and" and after == "no" and doc[tok.i + 2 : tok.i + 3].text == "longer":
            cuts.append(tok.i)  # "sponsors the J-1 and no longer sponsors the H-1B"
        elif tok.lower_ == "and" and after == "we":
            cuts.append(tok.i)  # "residents rotate at ... and we match 4": "we" opens a clause
        elif (
            tok.lower_ == "and"
            and doc[tok.i - 1].text == ","
            and after in ("the", "our", "this")
            and doc[tok.i + 2 : tok.i + 3].text.lower() in OWN_BODIES
        ):
            # "Step 1 is pass/fail for most applicants, and the program sets no minimum": the
            # program opens a clause of its own, the statistic before it no reach into it
            cuts.append(tok.i)
        elif (
            tok.lower_ == "and"
            and doc[tok.i - 1].text == ","
            and after in GROUP_NOUNS
            and doc[tok.i + 2 : tok.i + 3].text.lower() in ("without", "lacking", "who", "with")
        ):
            # "There's no USCE requirement, and applicants without it are considered": a verdict
            # on a group of its own, the first clause's "no" no reach into its "without"
            cuts.append(tok.i)
        elif (
            tok.lower_ == "and"
            and after in DENYING_AUXILIARIES
            and tok.i + 2 < sent.end
            and doc[tok.i + 2].lower_ in ("not", "never")
            and not any(t.lower_ in (*NEGATIONS, *ABSENCE) for t in doc[sent.start : tok.i])
        ):
            # "sponsors the J-1 and shall not file H-1B petitions": a verb phrase denied on its
            # own after one affirmed, its negation no reach back to the verb before "and" (a
            # verdict on those "lacking" a letter "... and will not be reviewed" stays whole)
            cuts.append(tok.i)
        elif (
            tok.text in ("\u2014", "\u2013", "-", "--")
            and after in PRONOUNS
            and not any(t.lower_ in ("it", "them", "one") for t in doc[tok.i + 2 : sent.end])
        ):
            # "J-1 only \u2014 we don't do H-1B": a dash, then a subject with a clause of its own
            # (one that points back, "\u2014 we do not offer it", stays on what it points to)
            cuts.append(tok.i)
        elif tok.text == ":" and after == "we" and _own_clause_after_colon(doc, sent, tok.i):
            # "it has to be a J-1: we can't do H-1Bs", "we are not expanding: we will continue
            # to take 2 residents a year": after a colon, "we" opens a clause of its own, no
            # negation reaching across (not "J-1 applicants: we will sponsor your visa", nor
            # "Our USCE requirement has changed: we now ask for four months, and observerships
            # do not count", where what follows states what the label names)
            cuts.append(tok.i)
        elif (
            (tok.lower_ in RESULT_WORDS or (tok.lower_, after) == ("which", "means"))
            and doc[tok.i - 1].text == ","
            and after not in ("that", "as", "long", "far", "much", "many", "on")
            and any(t.lower_ in (*NEGATIONS, *ABSENCE) for t in doc[sent.start : sent.end])
        ):
            # "there is no USCE requirement, so applicants with no USCE are eligible", "we do
            # not sponsor H-1B visas, so (hence, which means) applicants who need a visa should
            # plan for a J-1": a result is its own clause, a negation on either side never
            # reaching the other
            cuts.append(tok.i)
        elif tok.lower_ in ASIDE_PREFERENCES and doc[tok.i - 1].text == ",":
            cuts.append(tok.i)  # "USCE is required, ideally 3 months": the wish is its own
        elif (
            tok.lower_ in SUBORDINATORS
            and doc[tok.i - 1].text == ","
            and after not in ("well", "of", "such")
        ):
            cuts.append(tok.i)
        elif (
            tok.lower_ in INNER_SUBORDINATORS
            and tok.i - 2 >= sent.start
            and doc[tok.i - 1].lower_ in ("and", "but")
            and doc[tok.i - 2].text == ","
        ):
            # "..., and while we sponsor the J-1, the H-1B is not offered": a clause opened
            # inside the sentence ends at its own comma, as an opening one does
            comma = next((t.i for t in doc[tok.i + 1 : sent.end] if t.text == ","), None)
            cuts.extend([tok.i - 1, *([comma] if comma is not None else [])])
    cuts.append(sent.end)
    return sorted(set(cuts))


def _own_clause_after_colon(doc: Doc, sent: Span, colon: int) -> bool:
    """Whether what follows a colon is a clause of its own: it points back to nothing ("H-1B:
    we do not sponsor this visa" is the label's), and either what comes before denies
    something or what follows denies a visa, an exam or IMGs by its name (not a bare "visa")."""
    after = [t.lower_ for t in doc[colon + 1 : sent.end]]
    if any(w in (*ANAPHORS, "them", "one") for w in after):
        return False
    if any(t.lower_ in NEGATIONS for t in doc[sent.start : colon]):
        return True
    return any(w in NEGATIONS for w in after) and any(
        c.label_ in TOPICS and c.label_ != "VISA" and colon < c.start < sent.end
        for c in doc.spans[CUES]
    )


# "Label: value": a label of no sentence, though it may hold an initialism ("U.S. clinical
# experience: not less than 4 months", "Letters from U.S. physicians: 2")
ROW_LABEL = re.compile(r"^(?:[^:.]|(?<=\b[A-Z])\.){2,70}:\s*\S")

DENYING_AUXILIARIES = ("do", "does", "did", "will", "shall", "must", "may", "can", "could", "would")

ENUMERATION_MARKS = ("b", "c", "d", "e", "f", "ii", "iii", "iv", "v", "2", "3", "4")


def _enumeration_mark(doc: Doc, i: int) -> bool:
    """ "(b)", "(ii)", "(3)" after a comma or "and": the mark of an enumerated item after the
    first, set apart from the item before it."""
    return (
        doc[i].text == "("
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in ENUMERATION_MARKS
        and doc[i + 2].text == ")"
        and doc[i - 1].lower_ in (",", "and", "or", ";")
    )


BOUND_WORDS = ("fewer", "less", "more", "later", "lower", "earlier", "sooner", "greater")


def _denial_beside(doc: Doc, sent: Span, mark: int) -> bool:
    """Whether the enumerated item before a mark, or the one it opens, denies something ("no
    fewer than" is a bound, not a denial)."""
    marks = [i for i in range(sent.start + 1, sent.end) if _enumeration_mark(doc, i)]
    at = marks.index(mark)
    start = marks[at - 1] if at else sent.start
    end = marks[at + 1] if at + 1 < len(marks) else sent.end
    return any(
        t.lower_ in NEGATIONS and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in BOUND_WORDS)
        for t in doc[start:end]
    )


MORE_THAN = ("merely", "just", "simply", "only", "solely")


def _appositive_negations(doc: Doc, sent: Span) -> set[int]:
    """The "not" of an aside between commas that names no visa and no IMGs ("ECFMG, not the
    residency program, is the sponsor"): it says who is not the subject, and denies nothing."""
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ != "not" or tok.i <= sent.start or doc[tok.i - 1].text != ",":
            continue
        # "ECFMG certification, not merely passing scores on file, is required": what the
        # subject is more than may take a longer aside
        reach = 12 if doc[tok.i + 1 : tok.i + 2].text.lower() in MORE_THAN else 6
        close = next(
            (t.i for t in doc[tok.i + 1 : min(tok.i + reach, sent.end)] if t.text == ","), None
        )
        if (
            close is not None
            and close + 1 < sent.end
            and doc[close + 1].is_alpha
            and doc[close + 1].lower_ not in (*CLAUSE_OPENERS, *PRONOUNS, "or", "nor", "so", "yet")
            and doc[close + 1].lower_ not in ("which", "who", "if", "unless", "when")
            and not _names_visa_or_imgs(doc, tok.i, close)
        ):
            out.add(tok.i)
    return out


def _exam_starts(doc: Doc) -> set[int]:
    return {c.start for c in doc.spans[CUES] if c.label_ in ("USMLE", "STEP1", "STEP2", "COMLEX")}


def _exams_instead(doc: Doc, sent: Span) -> set[int]:
    """ "COMLEX-USA instead of USMLE", "COMLEX rather than Step 2 CK": one exam taken in place
    of another is no negation, and the exam left out owns no score."""
    starts = _exam_starts(doc)
    return {
        t.i
        for t in sent
        if t.i + 2 < sent.end
        and (t.lower_, doc[t.i + 1].lower_) in (("rather", "than"), ("instead", "of"))
        and t.i + 2 in starts
    }


# What a relative clause between commas says of its own: the subject's description, never
# the main clause's hedge, question or preference. A statistic there keeps its figure apart
# from any floor ("our interns, who average 240 on Step 2 CK, are required to ..."), and a
# count there is the program's ("the program, which accepts 4 residents each year, ..."): both
# stay.
ASIDE_ONLY = ("HEDGE", "INDIRECT", "PREF", "ENCOURAGE")
RESUMING_VERBS = (*FINITE_VERBS, "sponsors", "requires", "applies", "counts", "stands")


def _relative_asides(doc: Doc, sent: Span) -> set[int]:
    """Tokens of a relative clause set between a subject and its verb by commas ("H-1B
    sponsorship, which applicants often ask about each season, is not something this program
    offers"): the clause after its closing comma goes on with a verb (or "not")."""
    out: set[int] = set()
    for start, close in _comma_relatives(doc, sent, ("which", "who"), 16):
        if _resumes_after(doc, sent, close):
            out.update(range(start, close))
    return out


def _comma_relatives(
    doc: Doc, sent: Span, words: tuple[str, ...], reach: int
) -> list[tuple[int, int]]:
    """(start, closing comma) of each relative clause opened by ", which" (or another of
    ``words``) and closed by a comma within ``reach`` tokens; one closed by another mark first
    is none."""
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.lower_ not in words or tok.i <= sent.start or doc[tok.i - 1].text != ",":
            continue
        close = next(
            (t.i for t in doc[tok.i + 1 : min(tok.i + reach, sent.end)] if t.text in ",;:.()"),
            None,
        )
        if close is not None and doc[close].text == ",":
            out.append((tok.i, close))
    return out


def _resumes_after(doc: Doc, sent: Span, close: int) -> bool:
    """Whether the sentence goes on after an aside's closing mark with its verb (or "not"), as
    it does after an aside between commas or dashes."""
    return close + 1 < sent.end and doc[close + 1].lower_ in (*RESUMING_VERBS, "not", "never")


def _dashed_asides(doc: Doc, sent: Span) -> set[int]:
    """Tokens of an aside set between dashes after the subject, the sentence going on after
    the closing dash with its verb (or "not"): "H-1B sponsorship — which we are asked about
    every year — is not offered". Like the aside between commas, it tells what people ask
    or what is often so; its hedge or preference is not the rule's."""
    out: set[int] = set()
    for tok in sent:
        if tok.text not in DASHES or tok.i <= sent.start:
            continue
        close = next(
            (t.i for t in doc[tok.i + 1 : min(tok.i + 20, sent.end)] if t.text == tok.text), None
        )
        if close is not None and _resumes_after(doc, sent, close):
            out.update(range(tok.i + 1, close))
    return out


DASHED_RELATIVE = re.compile(r"[\u2013\u2014] (?:which|who)\b")
DASHES = ("\u2013", "\u2014")
HELD_UNTIL = ("until", "before", "unless")  # "cannot appoint an IMG until ...": a demand
ASIDE_TOPICS = (*TOPICS, *ATTEMPT_CUES, "ATTEMPT_WORD", "LETTERS", "POSITION_NOUN", "PER_YEAR")


def _dashed_relative_negations(doc: Doc, sent: Span) -> set[int]:
    """Negations held back by a time word inside a relative clause set between dashes after the
    subject, before its verb ("The program — which cannot appoint an IMG until ECFMG has
    confirmed certification — expects that confirmation ahead of orientation"): "cannot ...
    until" demands the certificate, and the sentence's verb after the closing dash is not
    denied. Its other words stay: what the aside names (the certificate) is what the verb asks
    for. An aside's plain negation is kept: it often states the rule itself ("The program —
    which does not consider anyone with a failed attempt — asks ..."), unless the aside names
    no fact's topic ("The program — which is not large — sponsors J-1 visas")."""
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ not in ("which", "who") or tok.i <= sent.start:
            continue
        if doc[tok.i - 1].text not in DASHES:
            continue
        close = next(
            (t.i for t in doc[tok.i + 1 : min(tok.i + 20, sent.end)] if t.text in DASHES), None
        )
        if close is None or close + 1 >= sent.end or doc[close + 1].is_punct:
            continue
        if doc[close + 1].lower_ in NEGATIONS:
            continue  # "— which ... — does not ...": the sentence's own negation follows
        negs = [t.i for t in doc[tok.i : close] if t.lower_ in NEGATIONS]
        topics = [
            c for c in doc.spans[CUES] if tok.i <= c.start < close and c.label_ in ASIDE_TOPICS
        ]
        if negs and (not topics or any(t.lower_ in HELD_UNTIL for t in doc[negs[-1] + 1 : close])):
            out.update(negs)
    return out


def _relative_negations_before_a_subject(doc: Doc, sent: Span) -> set[int]:
    """Negations inside a relative clause between commas that names no fact's topic, after
    which a new subject begins ("Although ECFMG publishes its own timelines, which we cannot
    influence, certification must be complete by ..."): the negation is said of what the
    clause before named, not of the demand that follows. An aside after which the verb goes
    on ("H-1B sponsorship, which we do not offer, is ...") is another reading
    (``_relative_asides``), and an aside naming a topic keeps its negation."""
    out: set[int] = set()
    for start, close in _comma_relatives(doc, sent, ("which",), 12):
        if _resumes_after(doc, sent, close):
            continue
        if close + 1 < sent.end and doc[close + 1].lower_ in NEGATIONS:
            continue
        topics = [
            c for c in doc.spans[CUES] if start <= c.start < close and c.label_ in ASIDE_TOPICS
        ]
        if not topics:
            out.update(t.i for t in doc[start:close] if t.lower_ in NEGATIONS)
    return out


# What a trailing "..., most of which ..." says of the share it names: a statistic of its own
SHARE_ONLY = ("STATS", "AVG", "HEDGE", "PREF", "ENCOURAGE")
SHARE_WORDS = ("most", "some", "much", "many", "all", "part", "half", "several")


def _trailing_shares(doc: Doc, sent: Span) -> set[int]:
    """Tokens of a relative clause that ends the sentence and tells of a share of what the
    clause before named ("at least 12 months of US clinical experience, most of which, in our
    residents' case, came from inpatient rotations"), with no figure of its own: its statistic
    or hedge describes that share, not the rule."""
    for tok in sent:
        if tok.lower_ not in SHARE_WORDS or tok.i <= sent.start or doc[tok.i - 1].text != ",":
            continue
        if tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "of":
            continue
        if doc[tok.i + 2].lower_ not in ("which", "whom"):
            continue
        rest = doc[tok.i : sent.end]
        return set() if any(t.like_num for t in rest) else set(range(tok.i, sent.end))
    return set()


def _asides(sent: Span) -> Iterator[tuple[int, int]]:
    """(index of "(", index of ")") of each bracketed aside of a sentence, innermost pairing."""
    opened: int | None = None
    for tok in sent:
        if tok.text == "(":
            opened = tok.i
        elif tok.text == ")" and opened is not None:
            yield opened, tok.i
            opened = None


def _names_visa_or_imgs(doc: Doc, start: int, end: int) -> bool:
    return any(
        cue.label_ in ("J1", "H1B", "VISA", "IMG") and start < cue.start < end
        for cue in doc.spans[CUES]
    )


def _asides_naming_things(doc: Doc, sent: Span) -> set[int]:
    """Tokens inside brackets that name no visa and no IMGs: "(hands-on, not observership)"."""
    inside: set[int] = set()
    for opened, closed in _asides(sent):
        if not _names_visa_or_imgs(doc, opened, closed):
            inside.update(range(opened + 1, closed))
    return inside


def _parenthetical_negations(doc: Doc, sent: Span) -> set[int]:
    """Starts of negations that negate only their aside: one with a subject of its own
    ("(observerships do not count)") or one that names a thing, not a requirement ("(not
    observership)"). "(not required)" and "(no H-1B)" negate within the clause."""
    inside: set[int] = set()
    for opened, closed in _asides(sent):
        inside.update(range(opened + 2, closed))  # the first word after "(" ...
        aside = doc[opened + 1 : closed]
        if not _names_visa_or_imgs(doc, opened, closed) and not any(
            t.lower_ in ASIDE_KEEPS for t in aside
        ):
            inside.add(opened + 1)  # ... unless it negates no requirement and no visa
    return inside


def _anaphor_opens(span: Span) -> bool:
    """Whether a clause's subject points back ("..., but that is not a cutoff")."""
    words = [t.lower_ for t in span if t.lower_ not in CLAUSE_OPENERS]
    return bool(words) and words[0] in ANAPHORS


# "that figure", "this number": a phrase naming a figure the sentence gave before
FIGURE_NAMES = ("figure", "figures", "number", "numbers", "average", "mean", "median", "score")


def _points_back_to_figure(span: Span) -> bool:
    """Whether a clause names, further in, a figure said before ("applicants should not read
    that number as a cutoff") or goes on denying what the clause before said ("it describes past
    classes rather than a threshold"): what it denies is that figure, not a floor."""
    words = [t.lower_ for t in span if not t.is_punct]
    named = any(
        w in ("this", "that", "these", "those") and n in FIGURE_NAMES
        for w, n in zip(words, words[1:], strict=False)
    )
    return named or words[:2] == ["rather", "than"]


POSSIBILITY = ("may", "might", "could", "can")


def _only_possible(doc: Doc, start: int, clause_start: int) -> bool:
    """An exclusion a modal of possibility puts up to three words before ("a Step 1 failure
    may keep you from being ranked", "could make you ineligible"): what might happen, no rule.
    "may not be ranked" forbids, and "will disqualify you" is the rule."""
    before = [t.lower_ for t in doc[max(clause_start, start - 3) : start]]
    return any(w in POSSIBILITY for w in before) and not any(w in NEGATIONS for w in before)


def _bare_denial(span: Span) -> bool:
    """A clause that only denies a requirement: "but not required", "but it is not mandatory"."""
    words = [t.lower_ for t in span if not t.is_punct and t.lower_ not in DENIAL_FILLERS]
    return (
        bool(words)
        and all(w in NEGATIONS or w in REQUIREMENT_WORDS for w in words)
        and any(w in REQUIREMENT_WORDS for w in words)
        and any(w in NEGATIONS for w in words)
    )


def _floor_denied(span: Span) -> bool:
    """A clause that only denies a rule's name: ", not a requirement", ", not our cutoff"."""
    names = (*REQUIREMENT_WORDS, *FLOOR_NOUNS, "rule")
    words = [t.lower_ for t in span if not t.is_punct and t.lower_ not in (*DENIAL_FILLERS, "our")]
    return len(words) == 2 and words[0] in NEGATIONS and words[1] in names


def _contrasts(clause: Clause) -> bool:
    """A clause after "but" (or "however", ", though"): what it says of a fact corrects what the
    sentence said before ("USCE is expected but not required")."""
    first = next((t for t in clause.span if not t.is_punct), None)
    return first is not None and first.i > first.sent.start and first.lower_ in CONTRASTS


def _parallel_scores(
    doc: Doc, labels: dict[str, list[Span]], before: Clause, a: int, b: int
) -> bool:
    """An item of a list of floors: an exam and a score, no word of its own saying what kind."""
    exams = ("STEP1", "STEP2", "COMLEX")
    score = any(t.text.isdigit() and 150 <= int(t.text) <= 999 for t in doc[a:b])
    return (
        score
        and any(labels.get(e) for e in exams)
        and not any(labels.get(k) for k in ("FLOOR", "REQ", "AVG", "STATS", "PREF"))
        and bool(before.labels.get("FLOOR"))
        and any(before.labels.get(e) for e in exams)
        and doc[a].text == ";"
    )


FIGURE_OF_IT = re.compile(
    r"\W*(?:and\s+|but\s+)?(?:it|that)(?:'s|\u2019s|\s+is)\s+(?:a\s+)?\d{3}(?:\s+points)?\W*",
    re.IGNORECASE,
)


def _clauses(doc: Doc, sent: Span) -> list[Clause]:
    cuts = _cuts(doc, sent)
    aside = _parenthetical_negations(doc, sent)
    # "no less than 3 months", "no later than the ROL deadline": a bound, not a negation
    # "not optional" is a demand, not a negation
    aside |= {cue.start for cue in doc.spans[CUES] if cue.label_ in ("BOUND", "NOT_OPTIONAL")}
    # "do not meet the minimum qualifications": the negation is the verdict's own word
    aside |= {
        t.i
        for cue in doc.spans[CUES]
        if cue.label_ == "INELIGIBLE" and len(cue) > 1
        for t in cue
        if t.lower_ in NEGATIONS
    }
    # "not the only factor", "not the sole criterion": the thing counts, among others
    low = doc.text[sent.start_char : sent.end_char].lower()
    not_only = _not_the_only(doc, sent) if "only" in low or "sole" in low else set()
    aside |= not_only
    listing = _whether_listings(doc, sent) if "whether" in low else set()
    listing |= _whether_weighed(doc, sent) if "whether" in low else set()
    # "regardless of whether the applicant has passed Step 3": no question asked
    listing |= {
        t.i
        for t in sent
        if t.lower_ == "whether"
        and t.i - 2 >= sent.start
        and doc[t.i - 1].lower_ == "of"
        and doc[t.i - 2].lower_ in ("regardless", "irrespective")
    }
    instead = _exams_instead(doc, sent) if "instead" in low or "rather" in low else set()
    aside |= instead
    described = _relative_asides(doc, sent) if ", which" in low or ", who" in low else set()
    described |= _dashed_asides(doc, sent) if "\u2014" in low or " \u2013 " in low else set()
    share = _trailing_shares(doc, sent) if " of which" in low or " of whom" in low else set()
    aside |= _appositive_negations(doc, sent) if ", not" in low else set()
    aside |= _dashed_relative_negations(doc, sent) if DASHED_RELATIVE.search(low) else set()
    aside |= _relative_negations_before_a_subject(doc, sent) if ", which" in low else set()
    is_row = bool(ROW_LABEL.match(sent.text)) and len(sent.text) < 120
    work_permit = "work" in low and WORK_PERMIT.search(low) is not None
    clauses: list[Clause] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b <= a:
            continue
        span = doc[a:b]
        labels: dict[str, list[Span]] = {}
        for cue in doc.spans[CUES]:
            if cue.start >= a and cue.end <= b:
                if cue.label_ == "NEG" and cue.start in aside:
                    continue
                if cue.label_ in ("REQ", "ONLY") and cue.start in not_only:
                    continue
                if cue.label_ == "INDIRECT" and cue.start in listing:
                    continue
                if cue.label_ in ASIDE_ONLY and cue.start in described:
                    continue  # "H-1B sponsorship, which applicants often ask about, is not ..."
                if cue.label_ in SHARE_ONLY and cue.start in share:
                    continue  # "at least 12 months of USCE, most of which came from ..."
                if cue.label_ in ("EXCLUDE", "INELIGIBLE") and _only_possible(doc, cue.start, a):
                    # "may keep you from being ranked": a hedge, neither a rule nor leniency
                    labels.setdefault("HEDGE", []).append(cue)
                    continue
                if cue.label_ in ("USMLE", "STEP1", "STEP2", "COMLEX") and cue.start - 2 in instead:
                    continue  # the exam left out: "COMLEX instead of Step 2 CK"
                labels.setdefault(str(cue.label_), []).append(cue)
        if clauses and labels.get("CERT") and not labels.get("ECFMG"):
            # "Although ECFMG publishes its own timelines, ..., certification must be complete
            # by ...": the certification is that of the body the clause before named
            labels.update({k: clauses[-1].labels[k] for k in ("ECFMG",) if clauses[-1].has(k)})
        if work_permit:
            _sponsorship_of_a_work_visa(labels)
        if clauses and labels.get("VISA"):
            _visa_pointed_back(doc, labels, clauses[-1].labels)
        after_proviso = a != sent.start and len(clauses) == 1 and _proviso(sent)
        if after_proviso:
            pass  # "Provided ..., you are eligible": the verdict on those who meet it, no demand
        elif clauses and not any(labels.get(t) for t in TOPICS):
            # "COMLEX scores are accepted; no minimum", "preferred but not required"
            before = clauses[-1].labels
            # "..., though a repeat of another Step is fine": the exam named before is not
            # the one this clause speaks of
            other_exam = OTHER_EXAM.search(doc.text[span.start_char : span.end_char].lower())
            exams = ("STEP1", "STEP2", "COMLEX", "USMLE") if other_exam else ()
            # "..., whereas graduates of Canadian schools are considered": a clause about U.S.
            # (or Canadian) graduates speaks of them, not of the IMGs named before
            others = ("IMG",) if labels.get("US_SCHOOL") else ()
            labels.update(
                {t: before[t] for t in TOPICS if before.get(t) and t not in (*exams, *others)}
            )
            if before.get("LETTERS") and not labels.get("LETTERS") and _anaphor_opens(span):
                # "Please include letters from U.S. physicians; this is required": the letters
                # (and who writes them) are what "this" points back to
                labels.update({k: before[k] for k in ("LETTERS", "US_PHYSICIAN") if before.get(k)})
            elif before.get("LETTERS") and labels.get("US_PHYSICIAN") and _counts_back(span):
                # "As we read letters closely, we ask that two or more of them be written by US
                # physicians", "Although we value every letter, at least two must be from ...":
                # the count (or "them") counts the letters the clause before named
                labels.setdefault("LETTERS", before["LETTERS"])
            if before.get("ECFMG") and before.get("CERT") and not labels.get("CERT"):
                labels["CERT"] = before["CERT"]  # "ECFMG certification ..., but it must be ..."
                if before.get("PREF") and not any(labels.get(k) for k in ("REQ", "FLOOR")):
                    # "We favor applicants whose ECFMG certification is complete, and we note it
                    # on the interview schedule": still the preferred certificate, no deadline
                    labels["PREF"] = before["PREF"]
            if _anaphor_opens(span) and any(t.like_num for t in clauses[-1].span):
                # "residents averaged 245 on Step 2 CK; this is not a cutoff": the figure is
                # not a floor, which says nothing of whether there is one
                labels.update({k: before[k] for k in FIGURES if before.get(k)})
            elif _points_back_to_figure(span) and (before.get("AVG") or before.get("STATS")):
                # "residents average 230; do not read that number as a cutoff", "..., it
                # describes past classes rather than a threshold": the same, further in
                labels.update({k: before[k] for k in FIGURES if before.get(k)})
            elif _floor_denied(span) and any(t.like_num for t in clauses[-1].span):
                # "239 on Step 1 is our residents' average, not a requirement": the same for a
                # statistic's figure denied as a rule
                labels.update({k: before[k] for k in ("AVG", "STATS") if before.get(k)})
            if (
                before.get("FLOOR")
                and not labels.get("FLOOR")
                and not before.get("NEG")
                and FIGURE_OF_IT.fullmatch(doc.text[span.start_char : span.end_char])
            ):
                # "For Step 1 we do have a floor, and it's 215": the figure is the floor's
                labels["FLOOR"] = before["FLOOR"]
            if before.get("PRELIM") and labels.get("PER_YEAR") and not labels.get("POSITION_NOUN"):
                # "apply separately for our preliminary positions; there are 2 each year": the
                # count goes on counting what the clause before named
                labels["PRELIM"] = before["PRELIM"]
            answer = ANSWERED.match(doc.text[span.start_char : span.end_char])
            if answer and before.get("INDIRECT"):
                # "Applicants ask whether we sponsor H-1B visas, and yes, we do": the answer
                # affirms (or denies) the verb of what was asked
                labels.update({k: before[k] for k in ANSWERED_VERBS if before.get(k)})
                no = next((t.i for t in span if t.lower_ == "no"), None)
                if answer["a"].lower() == "no" and no is not None and not labels.get("NEG"):
                    labels["NEG"] = [doc[no : no + 1]]  # "..., and no, we do": a denial
            if _bare_denial(span):
                # "passing on the first attempt is preferred but not required": what the
                # clause before named, denied
                labels.update({k: before[k] for k in ATTEMPT_CUES if before.get(k)})
            elif (
                _anaphor_opens(span)
                and any(labels.get(k) for k in VERDICTS)
                and not any(t.lower_ in CONDITIONALS for t in span)
            ):
                # "Although a failed attempt is something we ask about, it does not remove you
                # from consideration": the verdict is on the attempt "it" points back to (one
                # on a condition, "it will disqualify you if unexplained", is no rule)
                labels.update({k: before[k] for k in ATTEMPT_CUES if before.get(k)})
        elif clauses and _parallel_scores(doc, labels, clauses[-1], a, b):
            # "Minimum scores: Step 1 - 220; Step 2 CK - 230": the list keeps its "minimum"
            labels["FLOOR"] = clauses[-1].labels["FLOOR"]
        elif clauses and (labels.get("J1") or labels.get("H1B")) and not labels.get("SPONSOR"):
            # the verb left out: "sponsors J-1 visas but not H-1B", "H-1B is not; J-1 visas are"
            if clauses[-1].labels.get("SPONSOR"):
                labels["SPONSOR"] = clauses[-1].labels["SPONSOR"]
        hypothetical = a == sent.start and sent[0].lower_ in CONDITIONALS and len(cuts) > 2
        if a == sent.start and len(cuts) > 2 and _proviso(sent):
            # "Provided you have completed 4 months of USCE, ...": what the proviso names is
            # demanded (its "provided" sponsors nothing)
            labels["SPONSOR"] = [s for s in labels.get("SPONSOR", []) if s.start != a]
            labels["REQ"] = [*labels.get("REQ", []), doc[a : a + 1]]
        clauses.append(Clause(span, labels, is_row, hypothetical))
    back = [s for c in clauses for s in c.labels.get("BACK_REF", [])]
    for c in clauses:
        # "Our Internal Medicine residency ... sponsors H-1B visas; see that program's website":
        # a program named by its specialty and then pointed back to is another program
        named = _named_program(c.span)
        if named is not None and any(b.start > named for b in back):
            c.labels.setdefault("OTHER_PROGRAM", []).append(doc[named : named + 1])
    return clauses


# "Work Authorization: ...", "must be authorized to work in the U.S.": an employer's sentence
# about who may be hired, where "sponsorship" is that of a work visa
WORK_PERMIT = re.compile(
    r"\b(?:work|employment) (?:authori[sz]ation|permit)\b|\bauthori[sz]ed to work\b"
)
VISA_NAMES = ("VISA", "J1", "H1B")
POINTING_BACK = ("that", "this", "such", "same")


def _sponsorship_of_a_work_visa(labels: dict[str, list[Span]]) -> None:
    """ "Work Authorization: must be authorized to work in the U.S.; no sponsorship": in a
    sentence about work authorization, the bare word "sponsorship" (or "sponsor") names a work
    visa's sponsorship, as "visa sponsorship" would (not "support" or "offer", other help)."""
    if any(labels.get(v) for v in VISA_NAMES):
        return
    sponsoring = [s for s in labels.get("SPONSOR", []) if s[0].lower_.startswith("sponsor")]
    if sponsoring:
        labels["VISA"] = sponsoring


def _visa_pointed_back(
    doc: Doc, labels: dict[str, list[Span]], before: dict[str, list[Span]]
) -> None:
    """ "Those who need H-1B sponsorship should not apply, as we do not sponsor that visa":
    "that visa" is the one visa the clause before named, not every visa."""
    if labels.get("J1") or labels.get("H1B"):
        return
    if not all(v.start > 0 and doc[v.start - 1].lower_ in POINTING_BACK for v in labels["VISA"]):
        return
    named = [v for v in ("J1", "H1B") if before.get(v)]
    if len(named) == 1:
        labels[named[0]] = before[named[0]]


BACK_COUNTS = ("them", "those", "these", "one", "two", "three", "four", "all", "most")


def _counts_back(span: Span) -> bool:
    """Whether a clause counts what was named before it: "two or more of them", "at least one"."""
    return any(t.lower_ in BACK_COUNTS or t.like_num for t in span)


VERDICTS = ("EXCLUDE", "INELIGIBLE", "NO_EFFECT")
OTHER_EXAM = re.compile(
    r"\b(?:another|any other|other|the other) (?:steps?|exams?|examinations?|boards?)\b"
)


def _proviso(sent: Span) -> bool:
    """ "Provided (that) ...", "As long as ...", "So long as ...": an opening condition that
    demands what it names of every applicant, not a hypothetical."""
    words = [t.lower_ for t in sent[:3]]
    return words[:1] in (["provided"], ["providing"]) or words[1:3] == ["long", "as"]


def _not_the_only(doc: Doc, sent: Span) -> set[int]:
    """The negation and the "only" of "not the only factor", "not the sole criterion", "not
    only": what they say is that a thing is one of several, which denies no requirement."""
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ not in ("not", "n't") or tok.i + 1 >= sent.end:
            continue
        at = tok.i + 1
        if doc[at].lower_ in ("the", "a", "an", "our", "its") and at + 1 < sent.end:
            at += 1
        if doc[at].lower_ in ("only", "sole"):
            out |= {tok.i, at}
    return out


def _whether_listings(doc: Doc, sent: Span) -> set[int]:
    """Starts of "whether" that lists what a statement covers ("visas of any type, whether J-1
    or H-1B"), not an indirect question ("whether we sponsor J-1 or H-1B"): what stands before
    its "or" (three words at most) is named things, articles or abbreviations, with no verb."""
    named = {
        i
        for cue in doc.spans[CUES]
        if cue.label_ in (*TOPICS, "US_SCHOOL")
        for i in range(cue.start, cue.end)
    }
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ != "whether":
            continue
        if tok.i > sent.start and doc[tok.i - 1].text == ",":
            # "no cutoff, whether you finished 1 year or 15 years ago": after a statement and
            # its comma, "whether ... or ..." says what the statement holds for, asks nothing
            # (what the program itself will do, "whether we sponsor ...", is still asked)
            words = [t.lower_ for t in doc[tok.i + 1 : min(tok.i + 12, sent.end)]]
            if "or" in words[1:] and not {"we", "our", "us"} & set(words[: words.index("or")]):
                out.add(tok.i)
                continue
        after = doc[tok.i + 1 : min(tok.i + 5, sent.end)]
        stop = next((t.i for t in after if t.lower_ == "or"), None)
        if stop is None or stop == tok.i + 1:
            continue
        if all(
            t.i in named or t.lower_ in ("a", "an") or (t.is_upper and t.is_alpha)
            for t in doc[tok.i + 1 : stop]
        ):
            out.add(tok.i)
    return out


WEIGHING_NOUNS = ("factor", "bearing", "role", "part", "effect", "impact", "influence", "weight")
WEIGHING_VERBS = (
    *("affect", "affects", "affected", "determine", "determines", "decide", "decides"),
    *("influence", "influences", "change", "changes"),
)


def _whether_weighed(doc: Doc, sent: Span) -> set[int]:
    """Starts of "whether" that name what a thing weighs on ("not a factor in whether an
    application is reviewed", "has no bearing on whether you are invited", "does not affect
    whether we rank you"): the outcome the statement is about, no question asked."""
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ != "whether" or tok.i - 2 < sent.start:
            continue
        before, prep = doc[tok.i - 2].lower_, doc[tok.i - 1].lower_
        if prep in WEIGHING_VERBS or (prep in ("in", "on") and before in WEIGHING_NOUNS):
            out.add(tok.i)
    return out


def _our_preliminary_program(c: Clause) -> bool:
    """Whether every other program the clause names is "our" (or "this") preliminary program."""
    doc = c.span.doc
    others = c.labels.get("OTHER_PROGRAM", [])
    return bool(others) and all(
        s.text.lower().startswith(("preliminary", "prelim"))
        and s.start > 0
        and doc[s.start - 1].lower_ in ("our", "this")
        for s in others
    )


COPULAS = (
    *("is", "are", "'re", "remain", "remains"),
    *("be", "being", "been", "become", "becomes"),
)


def _placed_elsewhere(c: Clause) -> bool:
    """A program placed in a region, state or city ("the largest residency in our state") is
    another program, unless it is what a copula says the subject is ("We are the only program
    in our region that ...")."""
    doc = c.span.doc
    return any(
        not any(t.lower_ in COPULAS for t in doc[c.span.start : s.start])
        for s in c.labels.get("ELSEWHERE", [])
    )


def _named_program(span: Span) -> int | None:
    """Where a program is named by a title ("Our Internal Medicine residency"), if it is."""
    doc = span.doc
    for tok in span:
        if tok.lower_ in PROGRAM_NOUNS and tok.i > span.start and tok.i - 1 > tok.sent.start:
            before = doc[tok.i - 1]
            if before.is_title and before.lower_ not in ("our", "the", "this", "a"):
                return tok.i
    return None


# a subject with requirements or an application of its own is another program or track, and so
# is one the reader is told to apply to directly ("... offers 6 preliminary positions; please
# apply to them directly")
SEPARATE_RULES = re.compile(
    r"\b(?:has|have|with) (?:separate|its own|their own|different) (?:requirements|criteria"
    r"|eligibility rules|application process)\b"
    r"|\bapply (?:to|with) (?:them|it|that (?:program|department)) (?:directly|separately)\b"
)


# "has its own policy", "follows its own rules": a rule of the subject's own ...
OWN_POLICY = re.compile(
    r"\b(?:has|have|follows?|sets?|with) (?:its|their) own (?:policy|policies|rules?)\b"
)
# ... and a pointer to that subject's page ("please check its page", "see their website")
ITS_PAGE = re.compile(
    r"\b(?:check|see|visit|consult|refer to) (?:its|their) (?:own )?(?:web ?)?(?:page|pages|site|website)\b"
)


def _pointed_to_its_own_page(sentence: str) -> bool:
    """ "Our general surgery program has its own policy and requires 10 months of U.S. clinical
    experience; please check its page": a program with a policy of its own whose page the
    reader is sent to is another program than the one whose page this is (this program's own
    rule, "our program has its own policy", sends no one elsewhere)."""
    return bool(OWN_POLICY.search(sentence) and ITS_PAGE.search(sentence))


def settles_nothing(clause: Clause) -> bool:
    """Whether the rules veto a clause whatever facts its words name: another program's or
    track's rule, a rule of the past or one set aside, one the page does not tell, a pointer
    elsewhere. The learned fallback reads no sentence with such a clause (``rules_refuse``)."""
    if SEPARATE_RULES.search(clause.span.sent.text.lower()):
        return True  # "it takes 6 interns and has separate requirements": a track of its own
    if _pointed_to_its_own_page(clause.span.sent.text.lower()):
        return True  # "Our surgery program has its own policy ...; please check its page"
    if clause.has("OTHER_PROGRAM", "BACK_REF") and "unlike" not in clause.lower:
        return True  # about another program
    if _placed_elsewhere(clause) and "unlike" not in clause.lower:
        return True  # "the largest program in our region matches 10": another program
    if clause.has("PAST") or _past_rule(clause):
        return True  # "we previously sponsored H-1B visas": not the policy now
    if WAIVING.search(clause.lower) and not _negated(clause) and not clause.has("NOT_OPTIONAL"):
        # "the USCE requirement is waived this cycle": a rule set aside, for a while (one
        # "not something we waive" is kept)
        return True
    if _untold(clause):
        return True  # "we do not publish our Step 1 cutoff": whether there is one is not said
    pointer = clause.first("POINTER")
    start = clause.span.start
    topics = [s.start for t in TOPICS for s in clause.labels.get(t, []) if s.start >= start]
    if pointer is not None and (not topics or pointer.start < min(topics)):
        return True  # "Questions about J-1 sponsorship go to the GME office"
    if any(not (_call_duty(s) or _a_visit(s)) for s in clause.labels.get("CONTACT", [])):
        return True  # "For J-1 sponsorship, contact the GME office": the answer is elsewhere
    return False


def read_clause(clause: Clause) -> list[tuple[str, Value, float]]:
    """Every fact one clause settles, as (fact, value, confidence)."""
    if not clause.has(*FACT_CUES):
        return []  # no fact's cue, no fact (what it inherits is in its labels)
    if clause.hypothetical or clause.has("INDIRECT"):
        return []  # "If you need a visa, ..." / "a common question is whether we sponsor ..."
    if _our_preliminary_program(clause):
        # "Our preliminary program accepts 3 interns each year": this program's own positions
        return [f for f in _positions(clause) if f[0] == "preliminary_positions"]
    if settles_nothing(clause):
        return []
    out: list[tuple[str, Value, float]] = []
    for rule in RULES:
        out.extend(rule(clause))
    return out


DUTY_BEFORE_CALL = ("share", "shares", "shared", "sharing", "take", "takes", "on", "night", "home")


def _call_duty(contact: Span) -> bool:
    """ "shares call with the fellows", "residents take call": a duty of the wards, not an
    instruction to call someone for the answer."""
    doc = contact.doc
    return (
        contact.text.lower() == "call"
        and contact.start > 0
        and (doc[contact.start - 1].lower_ in DUTY_BEFORE_CALL)
    )


# Words before "visit" that make it a noun, an event: "your interview visit", "the site visit"
VISIT_NOUN_BEFORE = (
    *("interview", "site", "on-site", "campus", "in-person", "your", "their", "the", "a"),
    *("our", "second", "program"),
)


def _a_visit(contact: Span) -> bool:
    """ "in time for your interview visit": a visit named as a noun is a moment of the cycle,
    not an instruction to go and ask someone ("visit the GME website")."""
    doc = contact.doc
    return (
        contact.text.lower() in ("visit", "visits")
        and contact.start > 0
        and doc[contact.start - 1].lower_ in VISIT_NOUN_BEFORE
    )


PAST_VERBS = (
    *("required", "sponsored", "accepted", "offered", "considered", "had", "set", "imposed"),
    *("used", "screened", "demanded", "asked", "expected", "limited"),
)


# Read from a clause's words, not the Matcher: only clauses that reach the rules pay for them.
# "our former (old, previous) Step 1 cutoff": an adjective of the past before a rule's name
FORMER_RULE = re.compile(
    r"\b(former|old|previous|earlier|erstwhile)\s+(?:(?!(?:is|are|was|were|be|a|an|of|in|for|to)\b)"
    r"[\w-]+\s+){0,4}(rules?|requirements?|cutoffs?|cut-offs?|minimums?|floors?|limits?"
    r"|thresholds?|polic(y|ies)|restrictions?|criteri(on|a)|standards?)\b"
)
STOPPED = re.compile(
    r"\b(stopped|ceased|discontinued|halted)\b|\bonce (required|sponsored|accepted|offered|had"
    r"|set|imposed|used|screened|demanded|asked|expected|limited)\b"
)
# "A previous version of this page listed ...": what an old page said is no rule now
OLD_VERSION = re.compile(
    r"\b(previous|earlier|older|old|prior|former)\s+(versions?|editions?|drafts?)\b"
)
NO_LONGER = re.compile(r"\b(no|not|any) longer\b|\banymore\b")
PAST_FRAME = re.compile(
    r"\b(before|until|till|through|prior to|up to)\s+(the\s+)?(19|20)\d\d\b"
    r"|\bbetween\s+(19|20)\d\d\s+and\s+(19|20)\d\d\b"
    # "prior to the transition of Step 1 to pass/fail", "before Step 1 went pass/fail"
    r"|\b(before|until|till|prior to)\s+(the\s+)?(\S+\s+){0,3}(transition|switch|change|move"
    r"|shift|adoption|introduction|went|became|moved|switched|turned)\b"
)


def _past_rule(c: Clause) -> bool:
    """A rule of the past: a "former" rule, one the program "stopped" or "once required"; one
    "no longer" held with its number ("we no longer require a Step 1 score of 220": the number
    was the old rule's, the new one unsaid); one in a past verb framed by a year gone by
    ("Before 2024, we sponsored H-1B visas", "Between 2016 and 2019 ... were required") or by a
    change of rules ("Prior to the transition of Step 1 to pass/fail, we required ..."). Without a number, what "no longer" holds is
    denied now ("we no longer sponsor H-1B visas")."""
    doc = c.span.doc
    low = c.lower
    if FORMER_RULE.search(low) or STOPPED.search(low) or OLD_VERSION.search(low):
        return True
    if NO_LONGER.search(low) and any(_a_quantity(t) for t in c.span):
        return True
    # "were required" under a frame gone by is past too; "is required" stays the rule now
    copulas = ("is", "are", "be", "been", "being")
    return PAST_FRAME.search(low) is not None and any(
        t.lower_ in PAST_VERBS and (t.i == 0 or doc[t.i - 1].lower_ not in copulas) for t in c.span
    )


WAIVING = re.compile(r"\b(waive[sd]?|waiving|suspend(s|ed)?)\b")


def _a_quantity(tok: Token) -> bool:
    """A number that may be a rule's value: not a year ("as of 2027"), not "a", not the number
    of an exam or a year of training ("Step 2", "Level 2", "PGY-1")."""
    n = _number(tok.text)
    if n is None or n >= 1000 or tok.lower_ in ("a", "an", "single"):
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return before not in ("step", "level", "pgy", "-", "j", "h")


DISCLOSING = (
    *("publish", "publishes", "published", "disclose", "discloses", "disclosed", "share"),
    *("shares", "shared", "reveal", "reveals", "revealed", "release", "releases", "released"),
    *("post", "posts", "posted", "advertise", "advertises", "advertised", "announce"),
    *("announces", "announced", "divulge", "divulges", "divulged", "public", "publicly"),
    *("publicize", "publicized", "comment", "comments", "commented"),
)
STATING = ("list", "lists", "listed", "state", "states", "stated", "specify", "specified")


def _untold(c: Clause) -> bool:
    """A negation of telling ("we do not publish", "don't disclose", "no public limit", "do not
    make our cutoff public", "do not list", "do not give out"): the clause says what is not
    told, not what the policy is."""
    doc = c.span.doc
    for n in c.labels.get("NEG", []):
        window = doc[n.end : min(n.end + 6, c.span.end)]
        for t in window:
            if t.lower_ in DISCLOSING:
                return True
            nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            if t.lower_ in ("give", "gives", "given", "hand", "handed") and nxt == "out":
                return True
        first = next((t for t in window if t.lower_ not in NEGATION_FILLERS), None)
        if first is not None and first.lower_ in STATING:
            return True  # "we do not currently list a cutoff" (not "the rank list deadline")
    return False


def _negated(c: Clause) -> bool:
    return c.has("NEG")


def _number(token_text: str) -> int | None:
    t = token_text.lower()
    if t.isdigit():
        return int(t)
    return NUMBER_WORDS.get(t)


def _only_beside(c: Clause, visa: str) -> bool:
    """ "J-1 only", "only the J-1", "exclusively through the J-1": "only" within three words of
    the visa's name, with no other visa, comma, bracket or negation between, not "not only"."""
    doc = c.span.doc
    for only in _exclusive_only(c):
        for name in c.labels.get(visa, []):
            a, b = (name.end, only.start) if name.end <= only.start else (only.end, name.start)
            between = doc[a:b]
            if b - a <= 3 and not any(t.text in ",;()" or t.lower_ in NEGATIONS for t in between):
                if not any(
                    s.start >= a and s.end <= b
                    for s in c.labels.get("J1", []) + c.labels.get("H1B", [])
                ):
                    return True
    return False


def _exclusive_only(c: Clause) -> list[Span]:
    """ "only" that excludes, not "not only ... but also" nor a condition ("sponsored only for
    applicants who have passed Step 3", "only if", "only after"); "visa alone" ends its clause."""
    doc = c.span.doc
    out = []
    for only in c.labels.get("ONLY", []):
        before = doc[only.start - 1].lower_ if only.start > 0 else ""
        after = doc[only.end].lower_ if only.end < len(doc) else ""
        if before in ("not", "n't") or after in CONDITIONS:
            continue
        if only[-1].lower_ == "alone" and only.end < len(doc) and doc[only.end].is_alpha:
            continue  # "the J-1 visa alone does not ...": by itself, not the only one
        out.append(only)
    return out


def _negations_on(c: Clause, visa: str) -> int:
    """Negations right before the visa's name, an article at most between: "not H-1B",
    "no H-1B", "not the H-1B" (not "do not sponsor J-1", where the verb carries it)."""
    doc = c.span.doc
    names = c.labels.get(visa, [])
    count = 0
    starts = {v.start for v in names}
    for n in c.labels.get("NEG", []):
        gap = [t.lower_ for t in doc[n.end : n.end + 3]]
        # "not H-1B", "not the H-1B", "and not on the H-1B": an article, or a preposition and
        # an article, at most between
        k = 1 if gap[:1] and gap[0] in VISA_PREPOSITIONS else 0
        k += 1 if gap[k : k + 1] and gap[k] in ("a", "an", "the") else 0
        if n.end + k in starts:
            count += 1
    return count


VISA_PREPOSITIONS = ("on", "through", "under", "via", "for")


# Visa applications made for the residents a program takes are its act ("supports J-1 and
# H-1B visa applications for incoming residents"), not the applicants' requests
FOR_RESIDENTS = re.compile(
    r"\bvisa applications? for (?:(?:our|its|all|of|the|incoming|new|matched|international)\s+)*"
    r"(?:residents|trainees|interns|physicians|house staff)\b"
)


def _requests(c: Clause) -> bool:
    """Requests for sponsorship ("requests for H-1B sponsorship", "applications for", applicants
    who "ask for" it) are what applicants want, not what the program does; one made "on behalf
    of" residents ("J-1 sponsorship is requested through ECFMG on behalf of each resident") is
    the program's act, and so is one made to ECFMG ("will request a DS-2019 from ECFMG")."""
    return (
        re.search(r"\brequest(s|ed)?\b|\b(applications?|ask|asks|asked|asking) for\b", c.lower)
        is not None
        and FOR_RESIDENTS.search(c.lower) is None
        and re.search(
            r"\brequest(s|ed)?\b[^;]*\b(on behalf of|(from|to|with|through) (the )?ecfmg)\b",
            c.lower,
        )
        is None
    )


NO_SPONSOR_WORDS = ("any", "the", "a", "need", "for", "visa", "employer")


def _without_sponsorship(c: Clause) -> list[Span]:
    """The "without" of "(able to work) without sponsorship", "without any visa sponsorship":
    a status named by needing no sponsorship, only such words between the two."""
    doc = c.span.doc
    sponsorships = [s for s in c.labels.get("SPONSOR", []) if "sponsor" in s.text.lower()]
    return [
        n
        for n in c.labels.get("NEG", [])
        if n.text.lower() == "without"
        and any(
            n.end <= s.start <= n.end + 3
            and all(t.lower_ in NO_SPONSOR_WORDS for t in doc[n.end : s.start])
            for s in sponsorships
        )
    ]


def _citizens_only(c: Clause) -> bool:
    """ "Only U.S. citizens and permanent residents are eligible": no visa of any kind, and no
    more so when the list ends on those "otherwise authorized to work without sponsorship" (a
    status that needs none, not a denial of the demand)."""
    free = _without_sponsorship(c)
    negs = [n for n in c.labels.get("NEG", []) if n not in free]
    if not c.has("CITIZEN") or c.has("J1", "H1B", "VISA") or negs or "non" in c.lower:
        return False
    musts = {"must", "required", "requires", "need", "needs"}
    return c.has("ONLY") or any(t.lower_ in musts for t in c.span)


def _visa(c: Clause) -> list[tuple[str, Value, float]]:
    j1, h1b = c.has("J1"), c.has("H1B")
    halves = _visa_halves(c)
    if halves:
        # "the only visa we sponsor is the J-1, and H-1B petitions are not filed": each half
        # names one visa and its own verb; "..., and in select cases, H-1B" is no policy on it
        return [fact for half in halves for fact in _visa(half)]
    if c.has("PREF") or _varies(c):
        return []  # "policies vary by department": nothing settled for this program
    if (j1 or h1b or c.has("VISA")) and _requests(c) and not _negated(c):
        return []  # "we receive many requests for H-1B sponsorship"; "we decline them" refuses
    if _citizens_only(c):
        return [("visa_j1", False, 0.75), ("visa_h1b", False, 0.75)]
    if _ecfmgs_own_role(c):
        return []  # "ECFMG sponsors J-1 physicians nationally": what ECFMG does, not the program
    if _what_the_visa_needs(c):
        return []  # "H-1B visas generally require passing Step 3": the visa's rule, not ours
    apart = _set_apart(c) or _the_only_visa(c) or _and_no_other(c)
    if apart is not None:  # "Apart from the J-1, no other visa ...", "the J-1, the sole visa"
        return apart
    only_j1, only_h1b = _only_beside(c, "J1"), _only_beside(c, "H1B")
    if only_j1 != only_h1b:  # "J-1 only (no H-1B)", "we do not sponsor H-1B, only J-1"
        return [("visa_j1", only_j1, 0.9), ("visa_h1b", only_h1b, 0.9)]
    # "J-1 only" needs no verb: a visa named with "only" is always about sponsorship. Neither
    # does a verdict on applicants who need or hold a visa ("those who need an H-1B are not
    # eligible", "J-1 holders are eligible"), nor a requirement to qualify for one ("applicants
    # must be eligible for a J-1").
    # (green-card holders "reviewed like any other" need no visa: no verdict on one)
    verdict = c.has("NEED") and c.has("ACCEPT", "INELIGIBLE") and not c.has("CITIZEN")
    qualify = c.has("QUALIFY") and c.has("REQ") and (j1 or h1b)
    answer = _row_answer(c)
    about_visas = (
        c.has("SPONSOR")
        or (c.is_row and c.has("VISA"))
        or (c.is_row and (j1 or h1b) and answer is not None)
        or (j1 and bool(_exclusive_only(c)))
        or verdict
        or qualify
        or _must_train_on(c)
    )
    if not (j1 or h1b or c.has("VISA")) or not about_visas:
        return []
    negated = _negated(c) and not _who_are_not_citizens(c) and not _denies_something_else(c)
    neg = negated or (verdict and c.has("INELIGIBLE")) or answer is False
    if _exclusive_only(c) and j1 and not h1b and not neg:
        return [("visa_j1", True, 0.9), ("visa_h1b", False, 0.9)]
    answered = _answer_after_each_visa(c) if j1 and h1b else None
    if answered is not None:  # "Sponsorship | J-1 yes / H-1B no"
        return [("visa_j1", answered[0], 0.85), ("visa_h1b", answered[1], 0.85)]
    if j1 and h1b and neg and answer is None:
        # "J-1 (not H-1B)", "J-1, no H-1B": every negation sits right before one visa's name
        on_j1, on_h1b = _negations_on(c, "J1"), _negations_on(c, "H1B")
        alone = on_j1 + on_h1b == len(c.labels.get("NEG", [])) and bool(on_j1) != bool(on_h1b)
        if alone and not _denied_together(c):
            return [("visa_j1", not on_j1, 0.85), ("visa_h1b", not on_h1b, 0.85)]
    if j1 and h1b:
        return [("visa_j1", not neg, 0.85), ("visa_h1b", not neg, 0.85)]
    if j1:
        return [("visa_j1", not neg, 0.85)]
    if h1b:
        return [("visa_h1b", not neg, 0.85)]
    if neg and c.has("VISA"):  # "we do not sponsor visas": no visa of any kind
        return [("visa_j1", False, 0.85), ("visa_h1b", False, 0.85)]
    return []


ANSWER_WORDS = {"yes": True, "y": True, "no": False, "n": False}


def _answer_after_each_visa(c: Clause) -> tuple[bool, bool] | None:
    """ "Sponsorship | J-1 yes / H-1B no", "J-1: yes, H-1B: no": each visa's name followed by
    its own yes or no (a colon or dash between at most) answers for that visa alone; the "no"
    after the H-1B is no negation of the J-1."""
    doc = c.span.doc
    found: dict[str, bool] = {}
    for key in ("J1", "H1B"):
        spans = c.labels[key]
        if len(spans) != 1:
            return None
        k = spans[0].end
        while k < c.span.end and doc[k].text in (":", "-", "\u2013", "\u2014"):
            k += 1
        if k >= c.span.end or doc[k].lower_ not in ANSWER_WORDS:
            return None
        found[key] = ANSWER_WORDS[doc[k].lower_]
    return found["J1"], found["H1B"]


def _visa_halves(c: Clause) -> list[Clause]:
    """The two halves of a clause joined by ", and" (", but", ", while") when each names one
    visa (a different one) and a sponsoring verb of its own; or by a bare comma right before
    the second visa's name ("J-1 visas are sponsored, H-1B visas are not")."""
    if not (c.has("J1") and c.has("H1B")):
        return []
    doc = c.span.doc
    links = ("and", "but", "while", "whereas")
    commas = [t.i for t in c.span if t.text == "," and t.i + 1 < c.span.end]
    joins = [(i, 2) for i in commas if doc[i + 1].lower_ in links]
    if not joins:
        # a bare comma before a visa's name; one right after a visa's name lists visas ("We
        # do not sponsor J-1, H-1B or O-1")
        names = {s.start for k in ("J1", "H1B") for s in c.labels[k]}
        listed = {s.end for k in ("J1", "H1B", "VISA") for s in c.labels.get(k, [])}
        joins = [(i, 1) for i in commas if i + 1 in names and i not in listed]
    if len(joins) != 1:
        return []
    cut, skip = joins[0]
    halves: list[Clause] = []
    for a, b in ((c.span.start, cut), (cut + skip, c.span.end)):
        labels = {k: [s for s in v if a <= s.start and s.end <= b] for k, v in c.labels.items()}
        half = Clause(doc[a:b], {k: v for k, v in labels.items() if v}, c.is_row, c.hypothetical)
        if halves and not half.has("SPONSOR") and halves[0].has("SPONSOR"):
            # "We sponsor J-1 visas, and in select cases, H-1B": the verb left out is the first's
            half.labels["SPONSOR"] = halves[0].labels["SPONSOR"]
        if half.has("J1") == half.has("H1B") or not half.has("SPONSOR"):
            return []
        halves.append(half)
    return halves


FIRST_PERSON = ("we", "our", "ours", "my")


def _ecfmgs_own_role(c: Clause) -> bool:
    """ "ECFMG sponsors J-1 physicians", "ECFMG is the sponsor of every J-1": ECFMG as the
    subject of sponsoring, in a clause that names nothing of ours."""
    doc = c.span.doc
    # "ECFMG, not our hospital, is the sponsor"
    denied = _appositive_negations(doc, c.span) if ", not" in c.lower else set()
    aside = {i for n in denied for i in range(n, n + 6)}
    ours = [t for t in c.span if t.lower_ in FIRST_PERSON or t.text == "us"]  # not "US"
    if any(t.i not in aside for t in ours):
        return False
    for e in c.labels.get("ECFMG", []):
        at = e.end
        if at < c.span.end and doc[at].text == ",":
            # "ECFMG, not the residency program, is the sponsor": past the aside
            at = next((t.i + 1 for t in doc[at + 1 : c.span.end] if t.text == ","), at)
        after = [t.lower_ for t in doc[at : min(at + 5, c.span.end)]]
        # "ECFMG sponsors", "ECFMG is the sponsor", "ECFMG is the J-1 sponsor"
        if after[:1] == ["sponsors"] or (after[:2] == ["is", "the"] and "sponsor" in after[2:5]):
            return True
    return False


def _what_the_visa_needs(c: Clause) -> bool:
    """A visa as the subject of "requires" / "needs" ("H-1B visas for physicians generally
    require passing Step 3 before the petition is filed"): what the visa category demands, in a
    clause that names nothing of ours and no sponsoring before the verb."""
    doc = c.span.doc
    words = [t for t in c.span if not t.is_punct]
    if not words or any(t.lower_ in FIRST_PERSON or t.text == "us" for t in words):
        return False
    visas = sorted(c.labels.get("J1", []) + c.labels.get("H1B", []), key=lambda s: s.start)
    if not visas or any(
        t.lower_ not in ("the", "a", "an", "all") for t in doc[words[0].i : visas[0].start]
    ):
        return False
    needs = [n for n in c.labels.get("NEED", []) if n.start > visas[0].start]
    if not needs or doc[needs[0].start].lower_ not in ("require", "requires", "need", "needs"):
        return False
    return not any(visas[0].end <= s.start < needs[0].start for s in c.labels.get("SPONSOR", []))


def _who_are_not_citizens(c: Clause) -> bool:
    """Every negation names a group: "residents who are not US citizens may be sponsored"."""
    doc = c.span.doc
    negs = c.labels.get("NEG", [])
    citizens = [s.start for s in c.labels.get("CITIZEN", [])]
    return bool(negs) and all(
        any(t.lower_ in ("who", "that") for t in doc[max(c.span.start, n.start - 3) : n.start])
        and any(0 <= s - n.end <= 3 for s in citizens)
        for n in negs
    )


def _denies_something_else(c: Clause) -> bool:
    """Every negation is a "no" after the last visa's name and an "and", opening a noun phrase
    that names no visa and no sponsoring: "we sponsor the J-1 and no other benefits for
    spouses", "we sponsor J-1 visas and provide no relocation stipend" deny the benefits and the
    stipend, not the visa ("the J-1 and no other visa", "and no H-1B" deny visas). A help named
    by what it helps with ("no other relocation support", "no moving assistance") is no
    sponsoring."""
    doc = c.span.doc
    negs = c.labels.get("NEG", [])
    names = c.labels.get("J1", []) + c.labels.get("H1B", [])
    if not negs or not names:
        return False
    last = max(s.end for s in names)
    visa_words = [s.start for k in ("J1", "H1B", "VISA") for s in c.labels.get(k, [])]
    visa_words += [s.start for s in c.labels.get("SPONSOR", []) if not _help_with_other(s)]
    for n in negs:
        if n.text.lower() != "no" or n.start < last:
            return False
        if "and" not in [t.lower_ for t in doc[last : n.start]]:
            return False
        stop = next((t.i for t in doc[n.end : c.span.end] if t.is_punct), c.span.end)
        if any(n.end <= w < stop for w in visa_words):
            return False
    return True


HELP_NOUNS = ("support", "assistance", "help")
HELP_OF_VISAS = ("visa", "immigration", "sponsorship", "no", "any", "further")


def _help_with_other(s: Span) -> bool:
    """ "relocation support", "moving assistance": a help noun after a word naming what it helps
    with, which is not the visa ("visa support" and "no support" stay sponsoring). "Other"
    names it too: after "we sponsor the H-1B and", "no other support" is any help besides the
    visa granted, so it denies that help, not the visa."""
    doc = s.doc
    if s.text.lower() not in HELP_NOUNS or s.start == 0:
        return False
    before = doc[s.start - 1]
    return before.is_alpha and before.lower_ not in HELP_OF_VISAS


def _denied_together(c: Clause) -> bool:
    """ "No J-1 or H-1B visa", "no H-1B or J-1 sponsorship": a negation before visas joined by
    "or" denies each of them, not only the first."""
    doc = c.span.doc
    names = sorted(c.labels.get("J1", []) + c.labels.get("H1B", []), key=lambda s: s.start)
    for a, b in zip(names, names[1:], strict=False):
        between = [t.lower_ for t in doc[a.end : b.start]]
        words = [w for w in between if w not in ("visa", "visas", "a", "an", "the")]
        if words in (["or"], ["nor"]) and any(n.end == a.start for n in c.labels.get("NEG", [])):
            return True
    return False


def _set_apart(c: Clause) -> list[tuple[str, Value, float]] | None:
    """One visa set apart ("apart from", "other than", "except") from what the clause says of
    every other: "Apart from the J-1, no other visa is sponsored" sponsors the J-1 alone; "we
    sponsor all visas except the H-1B" all but the H-1B. A grant with "besides" adds ("besides
    the J-1 we offer visa advice"), so only a denial, or "all" visas, is set apart from."""
    names = [(v, s) for v in ("J1", "H1B") for s in c.labels.get(v, [])]
    if len({v for v, _ in names}) != 1 or not c.has("VISA") or not c.has("SPONSOR"):
        return None
    visa, name = names[0]
    doc = c.span.doc
    marks = c.labels.get("APART", []) + c.labels.get("EXCEPT", [])
    near = [m for m in marks if 0 <= name.start - m.end <= 2]  # "except for the J-1"
    if not near or not all(
        t.lower_ in ("for", "the", "a", "an") for t in doc[near[0].end : name.start]
    ):
        return None
    every = any(t.lower_ in ("all", "every", "any") for t in c.span) and not _negated(c)
    if not (_negated(c) or (every and c.has("EXCEPT"))):
        return None
    named, other = (True, False) if _negated(c) else (False, True)
    rest = "H1B" if visa == "J1" else "J1"
    keys = {"J1": "visa_j1", "H1B": "visa_h1b"}
    return [(keys[visa], named, 0.85), (keys[rest], other, 0.85)]


def _the_only_visa(c: Clause) -> list[tuple[str, Value, float]] | None:
    """ "The J-1 is the sole visa type we sponsor", "the J-1, the only visa our program
    supports", "the one category we sponsor": "only" or "sole" right before a visa word, or
    "the one (single) pathway", one visa named, no negation."""
    doc = c.span.doc
    names = {v for v in ("J1", "H1B") if c.has(v)}
    if len(names) != 1 or _negated(c) or not c.has("SPONSOR"):
        return None
    visas = {s.start for s in c.labels.get("VISA", [])}
    # "the one category our institution sponsors", "the single pathway": one word for both
    the_one = [o for o in _exclusive_only(c) if o[0].lower_ == "the"]
    if not any(o.end in visas for o in _exclusive_only(c)) and not the_one:
        return None
    if not the_one and not any(
        doc[o.start - 1].lower_ == "the" for o in _exclusive_only(c) if o.start > 0
    ):
        return None  # "only visas sponsored through ..." names no one visa as the only one
    j1 = names == {"J1"}
    return [("visa_j1", j1, 0.85), ("visa_h1b", not j1, 0.85)]


NO_OTHER_NOUNS = ("visa", "visas", "type", "types", "kind", "kinds", "category", "one")
NO_OTHER_LINKS = ("visa", "visas", "status", "and", "but", "for", "on", "through", "under", ",")


def _and_no_other(c: Clause) -> list[tuple[str, Value, float]] | None:
    """ "We sponsor the J-1 visa and no other", "may be sponsored for a J-1 visa and for no
    other visa type": one visa granted, then "no other" denies every other visa (the only
    negation of the clause, after the visa's name)."""
    names = [(v, s) for v in ("J1", "H1B") for s in c.labels.get(v, [])]
    negs = c.labels.get("NEG", [])
    if len({v for v, _ in names}) != 1 or not c.has("SPONSOR") or len(negs) != 1:
        return None
    doc = c.span.doc
    no = negs[0]
    other = doc[no.end].lower_ if no.end < len(doc) else ""
    if no.text.lower() != "no" or other not in ("other", "others"):
        return None
    then = doc[no.end + 1].lower_ if no.end + 1 < len(doc) else ""
    if other == "other" and then.isalpha() and then not in NO_OTHER_NOUNS:
        return None  # "the J-1 and no other benefits": not other visas
    visa, name = max(names, key=lambda n: n[1].end)
    if name.end > no.start or any(t.lower_ not in NO_OTHER_LINKS for t in doc[name.end : no.start]):
        return None
    named = visa == "J1"
    return [("visa_j1", named, 0.85), ("visa_h1b", not named, 0.85)]


CASE_BY_CASE = re.compile(
    r"\bcase[ -]by[ -]case\b|\bindividually\b|\bon an? (limited|individual|selective"
    r"|individualized) basis\b|\b(in|under) (rare|exceptional|some|certain|limited|special"
    r"|select|unusual|extraordinary) (cases|circumstances|instances|situations)\b"
)


def _varies(c: Clause) -> bool:
    """Whether the clause says the policy varies ("varies by department", "depending on
    funding", "case by case", "in rare cases"); which of the visas offered a resident gets
    "depending on the applicant's eligibility" is no variation of the program's policy."""
    per_applicant = c.labels.get("PER_APPLICANT", [])
    if c.has("J1", "H1B", "VISA") and CASE_BY_CASE.search(c.lower):
        return True
    return any(not _within(v, per_applicant) for v in c.labels.get("VARIES", []))


def _must_train_on(c: Clause) -> bool:
    """ "Applicants who need a visa must train on a J-1", "are required to come on an H-1B": a
    requirement, at most two words before it, to train on a visa the program then sponsors."""
    doc = c.span.doc
    if any(
        0 <= t.start - r.end <= 2
        for r in c.labels.get("REQ", [])
        for t in c.labels.get("TRAIN_ON", [])
    ):
        return True
    # a permission to train on it ("residents may train here on a J-1 visa") sponsors it too,
    # and so does one that opens a lettered list whose item it is ("may (a) request a DS-2019,
    # (b) ... and (c) begin residency on J-1 status")
    permits = ("may", "can", "cannot")
    return any(
        any(w.lower_ in permits for w in doc[max(c.span.start, s - 2) : s])
        for t in c.labels.get("TRAIN_ON", [])
        for s in (t.start, _lettered_list_start(c, t.start))
    ) or any(_trains_on_as_a_fact(c, t) for t in c.labels.get("TRAIN_ON", []))


PLAIN_TRAIN_VERBS = ("train", "come", "work", "serve")
UNSETTLING_BEFORE = ("to", "would", "could", "might", "should", "will", "if", "whether")
A_FEW_OF_THEM = ("some", "many", "most", "several", "certain", "few", "sometimes", "often")


def _trains_on_as_a_fact(c: Clause, t: Span) -> bool:
    """ "International applicants who match here train on a J-1 visa": the present tense says
    what the program's residents do, so the program sponsors that visa. Not "want to train on",
    "would train on", "if they train on": a wish or a supposition settles nothing; nor "some
    residents train on a J-1", which tells of a few, not of the program's policy."""
    doc = c.span.doc
    if doc[t.start].lower_ not in PLAIN_TRAIN_VERBS or c.hypothetical:
        return False
    before = doc[max(c.span.start, t.start - 3) : t.start]
    subject = doc[c.span.start : t.start]
    return not any(w.lower_ in UNSETTLING_BEFORE for w in before) and not any(
        w.lower_ in A_FEW_OF_THEM for w in subject
    )


def _lettered_list_start(c: Clause, i: int) -> int:
    """Where the lettered list that token ``i`` is an item of opens ("(a)"), or ``i`` when it
    is no such item."""
    doc = c.span.doc
    if i - 3 < c.span.start or doc[i - 1].text != ")" or doc[i - 3].text != "(":
        return i
    opening = next(
        (
            t.i
            for t in c.span
            if t.i + 2 < i
            and t.text == "("
            and doc[t.i + 1].lower_ in ("a", "1", "i")
            and doc[t.i + 2].text == ")"
        ),
        None,
    )
    return i if opening is None else opening


def _row_answer(c: Clause) -> bool | None:
    """The yes or no of a row "IMGs: Yes", "H-1B: No"; None when the value is anything else."""
    if not c.is_row:
        return None
    value = c.text.partition(":")[2].strip(" .").lower()
    # "J1: yes (ECFMG)": an aside naming who sponsors leaves the answer; one that limits it
    # ("yes (case by case)", "no (except ...)") does not
    aside = re.fullmatch(r"(yes|no|y|n)\s*\(([^()]*)\)", value)
    if aside and not LIMITING_ASIDE.search(aside.group(2)):
        value = aside.group(1)
    return {"yes": True, "y": True, "no": False, "n": False}.get(value)


LIMITING_ASIDE = re.compile(
    r"\b(except|unless|case|only|limited|some|certain|rare|rarely|select|if|when|depend\w*"
    r"|varies|pending|not|usually|typically|occasionally|sometimes|may|might)\b"
)


def _restricted(span: Span) -> bool:
    """A group narrowed by what follows it: "IMGs who ...", "IMGs requiring an H-1B"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in RESTRICTORS


def _accepting(c: Clause) -> bool:
    """An ACCEPT word that accepts: "encouraged to apply", "happy to consider", not "encouraged
    to review ECFMG requirements" (what the applicant is asked to do)."""
    doc = c.span.doc
    asked = ("encouraged", "asked", "advised", "reminded", "expected", "required")
    for s in c.labels.get("ACCEPT", []):
        word = s.text.lower()
        if re.match(r"qualif(?:y|ies)\b", word) and c.has("USCE", "OBSERVERSHIP", "MONTHS"):
            continue  # "observerships do not qualify": what counts as experience, not who applies
        # "IMGs may submit an application": sending one in is applying
        applying = word == "apply" or word.endswith(("application", "applications"))
        nxt = doc[s.end : s.end + 2]
        if word in asked and len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].lower_ != "apply":
            continue
        if s.start >= 2 and doc[s.start - 1].lower_ == "to" and doc[s.start - 2].lower_ in asked:
            if not applying:
                continue
        if word == "eligible" and any(i.start == s.end for i in c.labels.get("IMG", [])):
            continue  # "J-1 sponsorship is offered to eligible international graduates"
        if word == "eligible" and _for_a_visa(c, s):
            continue  # "IMGs who need a J-1 are eligible for sponsorship": for the visa
        if _floor_accepted(c, s):
            continue  # "six months of USCE is the minimum we accept": the amount accepted
        if _purpose_of_a_demand(c, s):
            continue  # "IMGs need three months of USCE to be eligible": a condition on them
        if _certificate_received(c, s):
            continue  # "IMGs must (b) receive the certificate": a step of the demand on them
        if applying and _applying_is_a_time(doc, s.start):
            continue  # "certified by the time they apply": when, not who may
        if _verb_of_a_time_clause(c, s):
            continue  # "certified before we can review your application": when, not who may
        return True
    return False


TIME_CLAUSE_WORDS = ("before", "until", "till")
TIME_CLAUSE_FILLERS = (
    *("we", "they", "you", "the", "our", "program", "can", "could", "will", "may", "do", "be"),
    *("is", "are", "your", "their", "application", "file", "fully", "formally", "even"),
    # "before your residency appointment takes effect": the post a time clause names
    *("residency", "appointment", "contract", "training"),
)


def _verb_of_a_time_clause(c: Clause, s: Span) -> bool:
    """ "ECFMG certification before we can review your application", "... before your file is
    reviewed": an ACCEPT word in a time clause after "before" or "until" says when a demand
    falls due, not who may apply."""
    doc = c.span.doc
    at = s.start - 1
    while at > c.span.start and doc[at].lower_ in TIME_CLAUSE_FILLERS:
        at -= 1
    return at >= c.span.start and doc[at].lower_ in TIME_CLAUSE_WORDS


RECEIVING = ("receive", "receives", "received", "obtain", "obtains", "obtained")


def _certificate_received(c: Clause, s: Span) -> bool:
    """ "International graduates must (a) complete every ECFMG requirement, (b) receive the
    standard certificate and (c) have it verified by ...": receiving a certificate is a step
    demanded of IMGs, the verb's object the certificate, not applicants received."""
    if s.text.lower() not in RECEIVING:
        return False
    return any(0 < x.start - s.end <= 3 for k in ("CERT", "ECFMG") for x in c.labels.get(k, []))


def _for_a_visa(c: Clause, s: Span) -> bool:
    """ "eligible for sponsorship", "eligible for a J-1": what the word makes one eligible for
    is a visa, not a place in the program."""
    doc = c.span.doc
    if s.end >= c.span.end or doc[s.end].lower_ != "for":
        return False
    if any(t.lower_ == "sponsorship" for t in doc[s.end + 1 : min(s.end + 4, c.span.end)]):
        return True
    visas = [v for k in ("VISA", "J1", "H1B") for v in c.labels.get(k, [])]
    return any(s.end < v.start <= s.end + 3 for v in visas)


def _floor_accepted(c: Clause, s: Span) -> bool:
    """ "the minimum (that) we accept", "the lowest score we will consider": a floor accepted,
    the verb's object the amount, not the applicants."""
    doc = c.span.doc
    at = s.start - 1
    while at > c.span.start and doc[at].lower_ in ("will", "would", "can", "do"):
        at -= 1
    if at <= c.span.start or doc[at].lower_ not in ("we", "i", "they"):
        return False
    at -= 2 if doc[at - 1].lower_ == "that" and at - 1 > c.span.start else 1
    return doc[at].lower_ in ("minimum", "least", "lowest", "floor", "score", "scores", "amount")


DEMAND_VERBS = (
    *("must", "need", "needs", "require", "requires", "required", "obligated", "obliged"),
    *("expected", "should"),
)
# "invited to apply", "welcome to apply": the word before "to" accepts
INVITING = (
    *("invited", "welcome", "welcomed", "encouraged", "free", "eligible", "able", "allowed"),
    *("permitted", "qualified", "happy", "pleased", "glad"),
)


def _purpose_of_a_demand(c: Clause, s: Span) -> bool:
    """An ACCEPT word as the purpose ("to be eligible", "to be considered", "to apply") of a
    demand made before it in the clause ("IMGs must hold ECFMG certification to be ranked"),
    not what IMGs are invited to do ("IMGs who meet the requirements are invited to apply")."""
    doc = c.span.doc
    at = s.start - 1
    if at > c.span.start and doc[at].lower_ == "be":
        at -= 1
    if at <= c.span.start or doc[at].lower_ != "to" or doc[at - 1].lower_ in INVITING:
        return False
    return any(t.lower_ in DEMAND_VERBS for t in doc[c.span.start : at])


def _applying_is_a_time(doc: Doc, i: int) -> bool:
    """ "when you apply", "by the time they apply", "at the point you apply": the verb of a
    time clause, its subject a pronoun after a time word."""
    if i < 2 or doc[i - 1].lower_ not in ("you", "they", "one"):
        return False
    return any(t.lower_ in TIME_WORDS for t in doc[max(0, i - 5) : i - 1])


def _accepts_img(c: Clause) -> list[tuple[str, Value, float]]:
    if c.has("PREF", "VARIES") or (c.has("IMG") and CASE_BY_CASE.search(c.lower)):
        return []
    own_img = any(s.start >= c.span.start for s in c.labels.get("IMG", []))
    if not own_img and _only_us_graduates(c):
        # "Only graduates of LCME-accredited schools": no IMGs, said the other way round (also
        # after "IMG applications accepted: none;", whose IMGs the clause only carries over)
        return [("accepts_img", False, 0.75)]
    if _abroad_among_degrees(c):
        return [("accepts_img", True, 0.8)]
    answer = _row_answer(c)
    if c.has("IMG") and answer is not None and not c.has("ECFMG", "USCE"):
        return [("accepts_img", answer, 0.85)]
    if c.has("IMG") and _bare_no(c):
        return [("accepts_img", False, 0.85)]
    if c.has("IMG") and (_accepting(c) or c.has("INELIGIBLE")):
        img = c.first("IMG")
        excepted = any(e.start < img.start for e in c.labels.get("EXCEPT", [])) if img else False
        accepted = not (_negated(c) or c.has("INELIGIBLE")) and not excepted
        if not accepted and img is not None and (_restricted(img) or _lacking_first(c, img)):
            # "IMGs who graduated more than 5 years ago are ineligible": some IMGs; "without
            # ECFMG certification by the interview, an IMG is not eligible": a condition
            return []
        return [("accepts_img", accepted, 0.9)]
    if not c.has("IMG") and c.has("SCHOOL_WORD") and _lacking(c, "US_SCHOOL"):
        # "applicants lacking an LCME-accredited degree will not be reviewed": no IMGs
        others = [n for n in c.labels.get("NEG", []) if n.text.lower() != "without"]
        rejected = (c.has("ACCEPT", "INTERVIEW") and bool(others)) or (
            c.has("INELIGIBLE", "EXCLUDE") and not others
        )
        if rejected and not c.has("USCE", "US_PHYSICIAN", "LETTERS", "ECFMG"):
            return [("accepts_img", False, 0.75)]
    return []


# What may follow "No IMGs" in a fact sheet's line: the applicants it names, and a time that
# makes it the policy now (not "currently" or "this year", which may count who is here)
BARE_NO_REST = re.compile(
    r"(?:\s*/\s*\S+)?(?:\s+(?:applicants|candidates|applications|graduates))?"
    r"(?:\s+(?:at (?:this|the present) time|at present|for now|this (?:cycle|season)))?\W*"
)


ALTERNATIVE_LINKS = ("a", "an", "the", "medical", "degree", "from", "graduation", "diploma", "of")


def _abroad_among_degrees(c: Clause) -> bool:
    """ "MD or DO from an accredited U.S. or Canadian school, or a degree from an international
    school": the degrees that qualify, a school abroad among them after "or", admit IMGs (without
    the alternative, a U.S. school alone reads as the opposite: ``_only_us_graduates``)."""
    if not (c.has("REQ") and c.has("US_SCHOOL") and c.has("IMG")) or _negated(c):
        return False
    if c.has("EXCEPT", "PREF", "USCE", "ECFMG", "STEP1", "STEP2", "COMLEX"):
        return False
    doc = c.span.doc
    us_end = max(s.end for s in c.labels["US_SCHOOL"])
    for img in c.labels["IMG"]:
        if img.start < us_end:
            continue
        k = img.start - 1
        while k > us_end and doc[k].lower_ in ALTERNATIVE_LINKS:
            k -= 1
        if doc[k].lower_ == "or":
            return True
    return False


def _bare_no(c: Clause) -> bool:
    """ "No IMGs at this time.", "No IMGs/FMGs.": a fact sheet's line that opens on "No" and
    names only the IMGs (and a time), the verb left out; "No IMGs matched last year" says more."""
    img = c.first("IMG")
    doc = c.span.doc
    if img is None or img.start != c.span.start + 1 or doc[c.span.start].lower_ != "no":
        return False
    rest = f" {doc[img.end : c.span.end].text}" if img.end < c.span.end else ""
    return BARE_NO_REST.fullmatch(rest) is not None


def _only_us_graduates(c: Clause) -> bool:
    """ "Only graduates of LCME-accredited schools" (a clause naming no IMGs of its own); a
    score or a certificate asked of them ("osteopathic graduates must have a COMLEX score of
    450") is a condition on that group, which excludes no one."""
    return (
        c.has("US_SCHOOL")
        and c.has("SCHOOL_WORD")
        and (c.has("ONLY") or c.has("REQ"))
        and not c.has("USCE", "US_PHYSICIAN", "LETTERS", "ECFMG", "STEP1", "STEP2", "COMLEX")
        and not _negated(c)
        and not any(_needing_only(c, o) for o in c.labels.get("ONLY", []))
    )


def _needing_only(c: Clause, only: Span) -> bool:
    """ "US graduates need only their diploma": what the group needs, a condition on it that
    excludes no one (not "need only be graduates of ...", which names who may apply)."""
    doc = c.span.doc
    return (
        only.start > 0
        and doc[only.start - 1].lower_ in ("need", "needs")
        and only.end < len(doc)
        and doc[only.end].lower_ != "be"
    )


CONDITION_CUES = ("ECFMG", "CERT", "USCE", "STEP1", "STEP2", "COMLEX", "USMLE", "LETTERS")


def _lacking_first(c: Clause, img: Span) -> bool:
    """Whether a "without" before the IMG names a requirement ("without ECFMG certification,
    an IMG is not eligible"): IMGs who lack it are out, not IMGs ("without exception")."""
    for n in c.labels.get("NEG", []):
        if n.text.lower() != "without" or n.start >= img.start:
            continue
        if any(n.end <= s.start < img.start for k in CONDITION_CUES for s in c.labels.get(k, [])):
            return True
    return False


def _ecfmg_by(c: Clause) -> list[tuple[str, Value, float]]:
    # "ECFMG deadline: time of application" names no certificate but a row's label says what
    due = c.is_row and c.has("REQ") and _label_has(c, "ECFMG")
    if not (c.has("ECFMG") and (c.has("CERT") or due)) or c.has("PREF", "HEDGE"):
        return []
    # "candidates without ECFMG certification by ... will not be ranked": the verdict on a group
    # named by what it lacks is the rule; "... are still considered" is none
    verdict = _verdict_on_those_without(c, "ECFMG")
    if verdict is False or (verdict is None and _negated(c)):
        return []
    asked = [r for r in c.labels.get("REQ", []) if r.text.lower() not in ("deadline", "due")]
    if c.has("STATS"):
        # "Many of our matched IMGs already had their certificate in hand by interview season":
        # a certificate "in hand" is a state residents were in, asked of no one by itself
        asked = [r for r in asked if r.text.lower() not in STATE_WORDS]
    if c.has("ENCOURAGE") and not asked:
        return []  # "applicants are encouraged to be ECFMG certified before applying": advice
    if c.has("STATS") and not asked:
        # "most of our residents were ECFMG certified before the interview" (or "well in
        # advance of the rank list deadline": the deadline's name asks nothing of them)
        return []
    ecfmg = c.first("ECFMG")
    assert ecfmg is not None
    doc = c.span.doc
    # a certificate named in the clause before ("..., but it must be complete by ..."): the
    # deadline is in this clause's own words
    start = max(ecfmg.start, c.span.start)
    after = doc[start : c.span.end].text.lower()
    before = doc[c.span.start : start].text.lower()
    # a deadline needs no verb ("ECFMG certificate: before the interview", "... by July 1") but
    # a time word: "required for all IMG applicants" names who, not when
    deadline = re.search(DEADLINE_WORDS, f"{before} {after}")
    if not (c.has("REQ", "FLOOR") or c.is_row or deadline) and " be " not in f" {c.lower} ":
        return []
    # the deadline after the certificate ("... by the ROL deadline"), else one that opens the
    # clause ("Before an interview is offered, applicants must be ECFMG certified"); a row's
    # value is its deadline ("ECFMG deadline: Time of application")
    row_value = c.text.partition(":")[2].lower() if c.is_row else ""
    # "The deadline for ECFMG certification is the rank order list deadline"
    named = after if re.search(r"\b(deadline|due date)\b", before) else ""
    # "To be invited for an interview, IMGs must be ECFMG certified": the purpose names the stage
    purpose = before.partition(",")[0] if re.match(r"to \w+", before) and "," in before else ""
    # "... in order to be ranked", "... as a condition of applying": the stage it is needed for
    served = _after_purpose_word(after)
    texts = (_after_time_word(after), served, row_value, named, _after_time_word(before), purpose)
    for text in texts:
        # the event of the application cycle its words name (extract.fact_deadlines), or a date
        event = cycle_event(text)
        if event is not None:
            return [("ecfmg_by", event, 0.85 if event in EVENT_VALUES else 0.8)]
    return []


STATE_WORDS = ("in hand", "in place")


def _verdict_on_those_without(c: Clause, label: str) -> bool | None:
    """For a group named by what it lacks before ``label`` ("candidates without (lacking) ECFMG
    certification by the ROL deadline", "applicants who are not ECFMG certified by ..."):
    whether the verdict on it turns it away ("will not be ranked": True) or not (False); None
    when the clause names no such group."""
    doc = c.span.doc
    named = c.first(label)
    negs = c.labels.get("NEG", [])
    if named is None:
        return None
    before = doc[c.span.start : named.start]
    group = [
        n
        for n in negs
        if n.start < named.start
        and (
            n.text.lower() in ABSENCE
            or any(
                t.lower_ in ("who", "that") for t in doc[max(c.span.start, n.start - 3) : n.start]
            )
        )
    ]
    if not group and not any(t.lower_ in LACK_WORDS for t in before):
        return None
    return _verdict_rejects(c, [n for n in negs if n not in group]) is True


def _after_purpose_word(text: str) -> str:
    """What follows the first word of purpose ("in order to", "so that", "as a condition of")."""
    match = re.search(PURPOSE_WORDS, text)
    return text[match.end() :] if match else ""


# The verdict on those who miss a deadline ("... are ineligible for appointment", "... will not
# be ranked") ends the deadline's words: what it names is the consequence, not the time.
VERDICT = re.compile(
    r"\b(are|is|will|shall|would|may|can|cannot|wo|ca)\s+(not\s+|n't\s+)?(be\s+)?([\w-]+\s+)?"
    r"(ineligible|eligible|excluded|disqualified|considered|reviewed|ranked|interviewed"
    r"|appointed|accepted|hired|offered|invited|forward|further)\b"
)


def _after_time_word(text: str) -> str:
    """What follows the first time word ("by", "before", "at", ...) of ``text`` up to a verdict
    on those who miss it (when the words before it name a time), else ""."""
    match = re.search(DEADLINE_WORDS, text)
    if not match:
        return ""
    verdict = VERDICT.search(text, match.end())
    due = text[match.end() : verdict.start() if verdict else len(text)]
    if verdict and not names_an_event(due):
        # "... before they can be interviewed": the stage is itself the time
        return text[match.end() :]
    return due


def _restated_end(c: Clause, i: int) -> int:
    """The last token of the number at ``i`` with its restatement in figures: "three (3)"."""
    doc = c.span.doc
    if i + 3 < c.span.end and doc[i + 1].text == "(" and doc[i + 2].like_num:
        if doc[i + 3].text == ")":
            return i + 3
    return i


WHOLE_WORDS = ("full", "complete", "whole", "entire", "consecutive", "continuous", "calendar")


def _unit_index(c: Clause, i: int) -> int:
    """Where the unit of the number at ``i`` may be: past a restatement in figures ("three
    (3) months") and past the upper end of a range ("2-3 months", "2 to 3 months"), whose
    lower end is the requirement."""
    doc, end = c.span.doc, c.span.end
    i = _restated_end(c, i)
    if i + 2 < end and doc[i + 1].lower_ in RANGE_WORDS and _number(doc[i + 2].text) is not None:
        i += 2
    if i + 2 < end and doc[i + 1].lower_ in WHOLE_WORDS:
        i += 1  # "2 full years", "three complete months": the unit after the adjective
    return i + 1


def _duration_months(c: Clause) -> int | None:
    doc = c.span.doc
    for tok in c.span:
        n = _number(tok.text)
        if n is None or tok.i + 1 >= c.span.end:
            continue
        if any(t.lower_ in RECENCY for t in doc[max(c.span.start, tok.i - 2) : tok.i]):
            continue  # "within the last two years": how recent, not how long
        at = _unit_index(c, tok.i)
        if at >= c.span.end:
            continue
        first = doc[at].lower_
        if first == "+" and at + 1 < c.span.end:  # "6+ months"
            at += 1
        elif first == "or" and at + 2 < c.span.end and doc[at + 1].lower_ in OR_MORE:
            at += 2  # "three or more months"
        elif first == "-" and at + 1 < c.span.end:  # "a 3-month minimum"
            at += 1
        unit = doc[at].lower_
        if at + 1 < c.span.end and doc[at + 1].lower_ in ("each", "ago"):
            continue  # "two rotations of 4 weeks each": a part; "two years ago": a time
        if any(at < y.start <= at + 4 for y in c.labels.get("YOG", [])):
            continue  # "more than 3 years from graduation": how long ago, not how long
        if unit in ("month", "months", "mo", "mos"):
            return n
        if unit in ("year", "years", "yr", "yrs"):
            return 12 * n
        if unit in ("week", "weeks", "wk", "wks"):
            return max(1, round(n / 4))  # "2 weeks" is required time, never "not required"
        if unit in ("day", "days") and n >= 28:  # "90 days": three months
            return round(n / 30)
    return None


def _lacking(c: Clause, label: str) -> bool:
    """ "lack", "lacks" or "lacking" before the clause's first ``label``:
    "candidates lacking three months of USCE", "applicants who lack a U.S. degree"."""
    doc = c.span.doc
    first = c.first(label)
    if first is None:
        return False
    before = doc[c.span.start : first.start]
    return any(t.lower_ in LACK_WORDS for t in before)


def _verdict_on_the_lacking(
    c: Clause, without: list[Span], lacking: bool
) -> list[tuple[str, Value, float]] | None:
    """ "Applicants without USCE are ineligible" requires it; "having no U.S. clinical
    experience does not render a candidate ineligible", "the absence of USCE does not make you
    ineligible" do not: the group (or state) named by lacking USCE, then "ineligible", which a
    negation of its own (not the group's "no", "without" or "not having") denies. None when the
    clause is no such verdict."""
    usce = c.first("USCE")
    if usce is None or not c.has("INELIGIBLE"):
        return None
    doc = c.span.doc
    absent = any(t.lower_ in ABSENCE for t in doc[c.span.start : usce.start])
    if not (without or lacking or absent):
        return None
    if any(n not in without and n.text.lower() != "without" for n in c.labels.get("NEG", [])):
        return [("usce_required_months", 0, 0.8)]
    months = _duration_months(c)
    return [
        ("usce_required_months", "required, duration not stated" if months is None else months, 0.8)
    ]


FEWER_THAN_DURATION = re.compile(
    r"\b(?:fewer|less) than (?:\w+(?:-| )?)?(?:months?|weeks?|years?)\b", re.IGNORECASE
)


# "the 3-month USCE requirement", "the two-month U.S. clinical experience requirement"
LENGTH_OF_REQUIREMENT = re.compile(
    r"\bthe \w+[- ](?:months?|weeks?|years?)\s+(?:of\s+)?(?:usce|u\.?s\.? clinical experience"
    r"|us clinical experience|hands-on usce)\s+requirement\b"
)


def _recency_of_usce(c: Clause, stats: Span) -> bool:
    """ "three months of USCE within the last year is required": how recent the experience
    must be, not last year's figures."""
    doc = c.span.doc
    before = [t.lower_ for t in doc[max(c.span.start, stats.start - 2) : stats.start]]
    usce = c.first("USCE")
    return before == ["within", "the"] and usce is not None and usce.end <= stats.start


# A duration capped: "3 months at most", "up to 3 months", "a maximum of 12 weeks"
CAPPED = re.compile(
    r"\b(?:at most|up to|no more than|not more than|(?:a )?maximum of|max\.?)\s+(?:\w+\s+){1,2}"
    r"(?:months?|weeks?|years?)\b|\b(?:months?|weeks?|years?)\s+(?:at (?:the )?most|maximum|max)\b"
)
FLOOR_WORDS = re.compile(r"\b(?:at least|minimum|min|no (?:less|fewer)|not (?:less|fewer))\b")
A_DURATION = re.compile(r"\b\w+\s+(?:\w+\s+)?(?:months?|weeks?|years?)\b")


def _capped(c: Clause) -> bool:
    """Whether the clause's first duration is capped ("3 months at most is counted", "up to 6
    months of USCE count"), with no floor beside it: what counts, no requirement."""
    cap = CAPPED.search(c.lower)
    first = A_DURATION.search(c.lower)
    if cap is None or first is None or FLOOR_WORDS.search(c.lower):
        return False
    return cap.start() < first.end() and first.start() < cap.end()


LISTING_VERBS = (
    *("listed", "included", "reported", "documented", "entered", "noted", "mentioned"),
    *("described", "recorded", "detailed", "shown", "highlighted"),
)


def _asked_to_list(c: Clause) -> bool:
    """ "Any US rotations you have done should be listed in ERAS", "any U.S. clinical experience
    you have must be documented in your application": every demand of the clause is that
    whatever experience an applicant has ("any") be listed, which says how to report it, not
    that one must have it ("three months of USCE must be documented" asks for the months)."""
    doc = c.span.doc
    asks = c.labels.get("REQ", [])
    usce = c.first("USCE")
    if (
        usce is None
        or c.has("MONTHS")
        or "any" not in (t.lower_ for t in doc[c.span.start : usce.start])
    ):
        return False
    return bool(asks) and all(
        r.end + 1 < c.span.end
        and doc[r.end].lower_ == "be"
        and doc[r.end + 1].lower_ in LISTING_VERBS
        for r in asks
    )


WHAT_COUNTS = re.compile(
    r"\b(?:satisf(?:y|ies)|fulfil+s?|counts? (?:toward|towards|for)|meets?|qualif(?:y|ies))\b"
)


COUNTING_VERBS = (*("count", "counts", "accept", "accepts"), *("credit", "credits", "include"))


def _not_counted(neg: Span, obs: Span) -> bool:
    """ "does not count observerships", "will not accept observerships": a negation of counting
    the observerships (a verb of counting at most three words on, right before them)."""
    between = neg.doc[neg.end : obs.start]
    return len(between) <= 3 and any(t.lower_ in COUNTING_VERBS for t in between)


def _usce(c: Clause) -> list[tuple[str, Value, float]]:
    stats = [s for s in c.labels.get("STATS", []) if not _recency_of_usce(c, s)]
    if not c.has("USCE") or c.has("PREF", "AVG", "HEDGE", "ENCOURAGE") or stats:
        return []
    writers = c.labels.get("US_PHYSICIAN", [])
    if all(any(_overlap(u, w) for w in writers) for u in c.labels["USCE"]):
        return []  # "letters from physicians who supervised you in U.S. clinical settings"
    if _asked_to_list(c):
        return []  # "any US rotations you have done should be listed in ERAS": how to report it
    negs = c.labels.get("NEG", [])
    obs = c.first("OBSERVERSHIP")
    if obs is not None and negs:
        usce = c.first("USCE")
        if usce is None or obs.start < usce.start or usce.start < c.span.start:
            # "observerships do not count toward the USCE requirement": what counts; so does
            # "...; observerships do not count toward this requirement" after the demand. A
            # requirement named with its length ("toward the 3-month USCE requirement") still
            # gives the length
            months = _duration_months(c)
            if usce is not None and months is not None and LENGTH_OF_REQUIREMENT.search(c.lower):
                return [("usce_required_months", months, 0.8)]
            return []
        # "three months of USCE are required, and observerships do not qualify"; a row's
        # value denies all its label names ("USCE / observerships: not required")
        colon = next((t.i for t in c.span if t.text == ":"), None) if c.is_row else None
        # (a negation of counting the observerships, "does not count observerships toward it",
        # says what counts, as one after them does)
        negs = [
            n
            for n in negs
            if n.start < obs.start
            and not _not_counted(n, obs)
            or (colon and obs.start < colon < n.start)
        ]
        c = Clause(c.span, {**c.labels, "NEG": negs}, c.is_row, c.hypothetical)
    usce = c.first("USCE")
    if negs and usce is not None and usce.start < c.span.start and WHAT_COUNTS.search(c.lower):
        # "USCE is mandatory, while research in US laboratories does not satisfy the
        # requirement": what counts toward the demand before, not a denial of it
        return []
    # "applicants with no USCE", "who have no USCE", "not having USCE ...", "who have never
    # worked clinically in the U.S.": a group (or a state) named by what it lacks, as "without"
    # names one
    without = [
        n
        for n in negs
        if n.text.lower() == "without"
        or n.text.lower() in ("no", "never")
        and n.start > c.span.start
        and c.span.doc[n.start - 1].lower_ in ("with", "have", "has", "having")
        or n.text.lower() == "not"
        and n.end < c.span.end
        and c.span.doc[n.end].lower_ == "having"
    ]
    # "candidates lacking USCE": a group named by what it lacks, as "without" names one
    lacking = not without and _lacking(c, "USCE")
    verdict = _verdict_on_the_lacking(c, without, lacking)
    if verdict is not None:
        return verdict
    if c.has("OPTIONAL") and not negs:
        return [("usce_required_months", 0, 0.85)]  # "USCE is optional"
    short = FEWER_THAN_DURATION.search(c.text)
    if short and (c.has("ACCEPT", "INTERVIEW") and negs or c.has("EXCLUDE") and not negs):
        # "applicants with fewer than 3 months of USCE are not considered": a group named by
        # having less than a duration, turned away; the duration is the requirement
        months = _duration_months(c)
        if months is not None:
            return [("usce_required_months", months, 0.85)]
    if (without and len(without) == len(negs) or lacking and not negs) and c.has("ACCEPT"):
        if not c.has("EXCLUDE"):  # "... will keep your application from being reviewed"
            return [("usce_required_months", 0, 0.8)]  # "applicants without USCE are welcome"
    if c.has("EXCLUDE") and (without or any(t.lower_ in ABSENCE for t in c.span)):
        # "lack of USCE does not disqualify": not required; "without USCE ... are excluded": is
        if any(n not in without for n in negs):
            return [("usce_required_months", 0, 0.8)]
        months = _duration_months(c)
        return [
            (
                "usce_required_months",
                "required, duration not stated" if months is None else months,
                0.8,
            )
        ]
    if negs and c.has("REQ") and _floor_kept(c):
        # "those who do not meet our USCE requirement are not considered", "no exceptions to
        # the USCE requirement": the requirement stands
        months = _duration_months(c)
        value: Value = "required, duration not stated" if months is None else months
        return [("usce_required_months", value, 0.8)]
    # "applicants without USCE are not considered": two negations make a requirement
    double = bool(without) and len(without) < len(negs)
    double = double or (lacking and bool(negs) and c.has("ACCEPT", "INTERVIEW"))
    if negs and not double and _duration_months(c) not in (None, 0) and _denied_demand(c):
        return []  # "we do not require 3 months of USCE": not 3 months, which says no more
    if negs and not double:
        if c.has("DURATION"):
            # "no minimum duration is specified": how long, not whether; "no minimum amount of
            # USCE is required": none at all is
            demanded = [r for r in c.labels.get("REQ", []) if r.text.lower() in DEMAND_WORDS]
            if c.has("NO_LIMIT") and demanded and not c.has("US_PHYSICIAN", "LETTERS"):
                return [("usce_required_months", 0, 0.8)]
            return []
        return [("usce_required_months", 0, 0.85)] if c.has("REQ") else []
    months = _duration_months(c)
    if months is None and c.is_row:
        months = _months_in_label(c)
    if months is not None and _capped(c):
        return []  # "USCE: 3 months at most is counted": a cap on what counts, no requirement
    # a row of an eligibility table is a requirement: "Minimum USCE: 3 months", "USCE: 3 months"
    value = c.text.partition(":")[2].lower() if c.is_row else ""
    row_duration = months is not None and bool(
        _months_in_label(c) is not None
        or re.match(
            r"\s*(minimum( of)?\s+|at least\s+|not? (less|fewer) than\s+)?"
            r"\w+(\s*(-|\u2013|to|or)\s*\w+)?\s*\+?\s*(months?|weeks?|years?)\b",
            value,
        )
    )
    # "we do not accept IMGs without US clinical experience": a requirement said twice negated
    if not (c.has("REQ") or row_duration or (double and c.has("ACCEPT", "INTERVIEW"))):
        return []
    if months is None:
        return [("usce_required_months", "required, duration not stated", 0.8)]
    return [("usce_required_months", months, 0.9)]


def _months_in_label(c: Clause) -> int | None:
    """ "Hands-on U.S. clinical months (minimum): 4": a row whose label counts in months and
    whose value is a bare number gives that many months."""
    label, _, value = c.lower.partition(":")
    bare = re.fullmatch(r"\s*(\d{1,2})\s*\.?\s*", value)
    if not bare or not re.search(r"\bmonths?\b", label) or c.has("NEG", "AVG", "STATS"):
        return None
    n = int(bare.group(1))
    return n if 0 < n <= 24 else None


EXAMS = (("STEP1", "step1_min", 150, 300), ("STEP2", "step2_min", 150, 300))
COMLEX = ("COMLEX", "comlex_min", 200, 999)


def _shared_score(
    c: Clause, numbers: list[Any], named: list[tuple[int, tuple[str, str, int, int]]]
) -> list[tuple[str, Value, float]]:
    """One score after exams joined by "and" ("Step 1 and Step 2 CK scores of at least 220")
    is the floor of each exam whose scale it fits."""
    if len(numbers) != 1 or len(named) < 2 or named[-1][0] > numbers[0].i:
        return []
    doc = c.span.doc
    spans = sorted(
        (s for e in ("STEP1", "STEP2", "COMLEX") for s in c.labels.get(e, [])),
        key=lambda s: s.start,
    )
    for a, b in zip(spans, spans[1:], strict=False):
        if b.start >= a.end and any(
            t.lower_ not in ("and", ",", "usmle") for t in doc[a.end : b.start]
        ):
            return []
    if any(t.text == "(" for t in doc[spans[-1].end : numbers[0].i]):
        return []  # "Step 1 and Step 2 CK (minimum 230)": the aside belongs to the last exam
    value = int(numbers[0].text)
    return [(e[1], value, 0.85) for _, e in named if e[2] <= value <= e[3]]


def _lowest_accepted(c: Clause) -> bool:
    """ "Lowest Step 1 score accepted", "lowest COMLEX score we consider": a floor in other
    words (not "the lowest score among our residents", which names no acceptance)."""
    lowest = [t.i for t in c.span if t.lower_ == "lowest"]
    return bool(lowest) and any(s.start > lowest[0] for s in c.labels.get("ACCEPT", []))


def _regardless_of(c: Clause, labels: tuple[str, ...]) -> set[str]:
    """The labels named inside a "regardless of" / "irrespective of" phrase of the clause: up
    to ten words on, before any comma ("regardless of their Step 1 score", "regardless of the
    year in which the medical degree was conferred")."""
    doc = c.span.doc
    out: set[str] = set()
    for free in c.labels.get("ANY_YEAR", []):
        if doc[free.start].lower_ not in ("regardless", "irrespective"):
            continue
        stop = next(
            (t.i for t in doc[free.end : min(free.end + 10, c.span.end)] if t.text in ",;"),
            min(free.end + 10, c.span.end),
        )
        out |= {
            label for label in labels for s in c.labels.get(label, []) if free.end <= s.start < stop
        }
    return out


FLOOR_NOUNS = (
    *("cutoff", "cutoffs", "cut-off", "cut-offs", "minimum", "minimums", "floor", "floors"),
    *("threshold", "thresholds", "limit", "limits", "maximum", "requirement"),
)
# What a floor is said to be by a word that presupposes it: "below the cutoff", "within the limit"
KEPT_BEFORE = ("below", "under", "above", "over", "beneath", "within", "beyond")
# Words of a floor's name between "no" and its noun: "no Step 1 score cutoff", "no hard minimum"
FLOOR_NAME_WORDS = (
    *("score", "scores", "set", "specific", "particular", "fixed", "formal", "hard", "strict"),
    *("official", "numeric", "numerical", "minimum", "screening", "absolute", "firm", "a", "an"),
    *("any", "-", "year", "graduation", "passing", "usmle", "comlex", "required"),
)


# Words that presuppose a floor kept: "no exceptions to", "cannot waive", "not negotiable"
KEEPING = (
    *("exception", "exceptions", "waive", "waives", "waived", "waiving", "negotiable"),
    *("flexible", "meet", "meets", "meeting", "met", "reach", "reaches", "exceed", "exceeds"),
    *("clear", "clears", "lower", "lowers", "lowered", "reduce", "reduces", "reduced", "relax"),
    *("relaxes", "relaxed", "adjust", "adjusts", "adjusted", "bend", "bends", "change"),
    *("changes", "changed", "modify", "modifies", "modified"),
)


def _demanded_act(tok: Token) -> bool:
    """ "not required to meet a minimum", "do not need to reach a cutoff": meeting the floor is
    what the denied demand asks, so the negation denies the floor, not a verdict on those below."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].lower_ == "to"
        and doc[tok.i - 2].lower_ in (*NEGATED_DEMANDS, "have", "has", "expected", "obliged")
    )


def _next_is(tok: Token, word: str) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == word


def _floor_kept(c: Clause) -> bool:
    """Whether the clause speaks of a floor it keeps, so that its negation denies something else:
    "applicants below our Step 1 cutoff are not invited", "candidates who do not meet the
    minimum", "no exceptions to our floor", "we cannot waive it", "not negotiable". A floor
    named right after "no" ("there is no minimum score you must meet") is denied all the same,
    and so is one after "neither" or "nor" ("neither a floor nor a threshold applies")."""
    doc = c.span.doc
    if any(t.lower_ in ("until", "unless") for t in c.span):
        return True  # "we do not screen applications until Step 1 results arrive": a time
    counted = r"(how many|how often|the number of (times|applications|programs|interviews|letters))"
    if re.search(rf"\blimits? (to|on) {counted}", c.lower):
        return True  # "no limit to how many times we review your score": a count's limit
    nouns = [t for t in c.span if t.lower_ in FLOOR_NOUNS]
    # a word of keeping counts beside a floor's name ("waive the minimum", "the cutoff is not
    # negotiable"), not beside a score ("no set score applicants must reach")
    keeping = [
        t.i
        for t in c.span
        if (t.lower_ in KEEPING and not _demanded_act(t))
        or (t.lower_ in ("apply", "applies", "pertain", "pertains") and _next_is(t, "to"))
    ]
    kept = any(abs(t.i - k) <= 6 for k in keeping for t in nouns) or any(
        w.lower_ in KEPT_BEFORE for t in nouns for w in doc[max(c.span.start, t.i - 8) : t.i]
    )
    if not kept:
        return False
    exam_words = {
        i
        for label in ("STEP1", "STEP2", "COMLEX", "USMLE", "YOG")
        for s in c.labels.get(label, [])
        for i in range(s.start, s.end)
    }
    for t in nouns:
        k = t.i - 1
        while k >= c.span.start and t.i - k <= 7:
            if doc[k].lower_ in ("no", "neither", "nor"):
                return False
            # "no year-of-graduation limit", "no graduation-date cutoff": the words of a
            # hyphened name are one name (and a longer one, so the walk and the window before
            # the noun reach further)
            hyphened = doc[k].text == "-" or doc[k + 1].text == "-" or doc[k - 1].text == "-"
            if k not in exam_words and doc[k].lower_ not in FLOOR_NAME_WORDS and not hyphened:
                break
            k -= 1
    return True


# A demand a negation denies: "we do not require a score of 240", "a 250 is not needed"
NEGATED_DEMANDS = (
    *("require", "requires", "required", "need", "needs", "needed", "necessary", "mandatory"),
    *("use", "uses", "used", "set", "sets", "impose", "imposes", "imposed", "expect", "expects"),
    *("expected", "limit", "limits", "restrict", "restricts", "mandate", "demand", "demands"),
)
NEGATION_FILLERS = (
    *("a", "an", "the", "our", "any", "be", "been", "currently", "necessarily", "strictly"),
    *("always", "formally", "officially", "automatically"),
)


def _denied_demand(c: Clause) -> bool:
    """A negation on the verb of a demand ("we do not require a Step 2 CK score of 240", "a
    score of 240 is not required", "we do not use 220 as a cutoff"): the number it names is not
    the rule, and what is says nothing of a lower one. A negated verdict ("scores below 220 are
    not considered") or a negated having ("must not have a score below 220") is no such thing."""
    doc = c.span.doc
    for n in c.labels.get("NEG", []):
        at = n.end
        while at < c.span.end and doc[at].lower_ in NEGATION_FILLERS:
            at += 1
        if at < c.span.end and doc[at].lower_ in NEGATED_DEMANDS:
            return True
    return _denied_as_floor(c)


def _denied_as_floor(c: Clause) -> bool:
    """A number denied as the floor ("247 is not our Step 2 CK cutoff", "225 is not a cutoff
    for us", "we do not have a Step 2 CK cutoff of 240"): not the floor, the floor unsaid."""
    doc, end = c.span.doc, c.span.end
    named = {
        i
        for label in ("STEP1", "STEP2", "COMLEX", "USMLE", "USCE")
        for s in c.labels.get(label, [])
        for i in range(s.start, s.end)
    }
    for n in c.labels.get("NEG", []):
        before = doc[n.start - 1].lower_ if n.start > c.span.start else ""
        if n.text.lower() not in ("not", "n't", "never"):
            continue
        at = n.end
        if before in ("do", "does", "did") and at < end and doc[at].lower_ in ("have", "has"):
            at += 1
        elif before not in ("is", "are", "was", "were", "'s"):
            continue
        skipped = (*NEGATION_FILLERS, *FLOOR_NAME_WORDS)
        while at < end and doc[at].lower_ not in FLOOR_NOUNS:
            if at not in named and doc[at].lower_ not in skipped:
                break
            at += 1
        if at < end and doc[at].lower_ in FLOOR_NOUNS:
            return True
    return False


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# A ground denied only as the sole one: "not excluded solely on the basis of", "based only on"
SOLE_GROUND = re.compile(
    r"\b(solely|only|merely|purely|simply|just|exclusively) (on|upon|by|because|due|for)\b"
    r"|\b(based|judged|screened|decided|made) (solely|only|merely|purely|exclusively)\b"
)


# "a passing Step 2 CK is all we look for", "a pass on Step 1 is all that is needed"
PASS_IS_ALL = re.compile(
    r"\b(?:a )?pass(?:ing)?\b[^,;:]{0,30}? is all (?:we|that|the (?:program|committee))\b"
)


def _pass_is_all(c: Clause) -> bool:
    """A pass named as all the program asks of an exam: no score floor beyond passing (the
    "look for" or "want" of such a sentence is no preference among scores)."""
    return (
        PASS_IS_ALL.search(c.lower) is not None
        and not _negated(c)
        and not c.has("AVG", "STATS", "HEDGE")
        and not any(t.text.isdigit() and int(t.text) >= 150 for t in c.span)
    )


# A floor said to be no fixed figure ("our Step 2 CK minimum is not a fixed number; scores must
# reach the 15th percentile"): the floor stands, what is denied is the form it takes
FORM_OF_FLOOR_DENIED = re.compile(
    r"\b(?:minimum|cutoff|cut-off|floor|threshold|bar)s? (?:is|are) not (?:a |one )?"
    r"(?:fixed|set|single|specific|particular|hard|static) (?:number|score|value|figure)s?\b"
)


def _scores(c: Clause) -> list[tuple[str, Value, float]]:
    exams = _exams_named(c)
    if len(exams) == 1 and _pass_is_all(c):
        return [(exams[0][1], "none", 0.8)]  # "a passing Step 2 CK is all we look for"
    if not exams or c.has("AVG", "PREF", "HEDGE", "STATS", "ENCOURAGE", "STRONG"):
        return []  # "successful applicants scored above 240": who matched, not who may apply
    pct = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\s*(percentile|%ile)\b", c.text, re.IGNORECASE)
    # "the lowest Step 2 CK performance we accept is the 20th percentile" is a floor too
    floor = c.has("FLOOR") or c.has("REQ") or c.is_row or _lowest_accepted(c)
    if pct and len(exams) == 1 and floor:
        return [(exams[0][1], f"{pct.group(1)}{_ordinal(int(pct.group(1)))} percentile", 0.8)]
    numbers = [t for t in c.span if t.text.isdigit() and 150 <= int(t.text) <= 999]
    if not numbers:
        if _negated(c) and SOLE_GROUND.search(c.lower):
            return []  # "not screened out solely on the basis of COMLEX": one factor of several
        if _negated(c) and FORM_OF_FLOOR_DENIED.search(c.lower):
            return []  # "our Step 2 CK minimum is not a fixed number": what form it takes
        denied = _negated(c) and not _floor_kept(c)
        if denied and c.has("NO_LIMIT") and not _about_attempts(c):
            return [(e[1], "none", 0.85) for e in exams]
        if denied and c.has("SPECIFIC_SCORE") and c.has("REQ", "FLOOR"):
            # "no particular Step 1 score required", "we do not set a Step 2 CK score floor"
            return [(e[1], "none", 0.85) for e in exams]
        repeated = any(t.lower_ in REPEAT_WORDS for t in c.span)
        if (
            denied
            and c.has("NO_EFFECT")
            and not c.has(*ATTEMPT_CUES, "ATTEMPT_WORD")
            and not repeated
        ):
            # "your Step 1 score has no bearing on eligibility"; a failure (or "a repeated Step
            # 1") that does not affect it is an attempt rule (_attempts)
            return [(e[1], "none", 0.8) for e in exams]
        floor_row = c.is_row and (_label_has(c, "FLOOR") or _lowest_accepted(c))
        if floor_row and c.text.partition(":")[2].strip(" .").lower() in NO_VALUE:
            return [(e[1], "none", 0.8) for e in exams]  # "Lowest Step 1 score accepted: None"
        admits = c.has("ACCEPT", "INTERVIEW") or any(t.lower_ in ADMIT_WORDS for t in c.span)
        if admits and not _negated(c):
            # "Applicants are considered regardless of their Step 1 score": no floor on it
            free = _regardless_of(c, tuple(e[0] for e in exams))
            return [(e[1], "none", 0.8) for e in exams if e[0] in free]
        return []
    if _denied_demand(c):
        return []  # "we do not require a Step 2 CK score of 240": not 240, the floor unsaid
    tops = _range_tops(c, numbers)
    admits = c.has("ACCEPT", "INTERVIEW") and not _negated(c)
    floor = c.has("FLOOR") or c.has("REQ") or _bare_score_row(c) or _lowest_accepted(c)
    if not (floor or _score_proviso(c, numbers)) and not (tops and admits):
        return []
    numbers = [n for n in numbers if n.i not in tops]
    cues = sorted(((span.start, e) for e in exams for span in c.labels[e[0]]), key=lambda x: x[0])
    named = list({pos: e for pos, e in cues}.items())  # "Step 2" inside "Step 2 CK": once
    in_order = all(n.i > named[-1][0] for n in numbers) or all(n.i < named[0][0] for n in numbers)
    if ("respectively" in c.lower or in_order) and len(numbers) == len(named) > 1:
        # "Step 1 and Step 2 CK minimums are 210 and 225, respectively", "... of 215 and 228"
        pairs = zip(named, numbers, strict=True)
        return [(e[1], int(n.text), 0.85) for (_, e), n in pairs if e[2] <= int(n.text) <= e[3]]
    shared = _shared_score(c, numbers, named)
    if shared:  # "Step 1 and Step 2 CK scores of at least 220"
        return shared
    out: list[tuple[str, Value, float]] = []
    for num in numbers:
        value = int(num.text)
        # "230 or higher on Step 2 CK", then "Step 1 ≥ 220", then "220 is required for Step 1";
        # an exam whose scale the number does not fit is not its owner ("COMLEX ≥ 500 or Step 2")
        owners = (
            _exam_right_after(c, num, cues),
            next((e for pos, e in reversed(cues) if pos < num.i), None),
            next((e for pos, e in cues if pos > num.i), None),
        )
        owner = next((e for e in owners if e is not None and e[2] <= value <= e[3]), None)
        if owner is not None:
            out.append((owner[1], value, 0.9 if len(numbers) == 1 else 0.85))
    return out


# A condition set after the verdict: "..., provided their Level 2-CE score reaches 550"
LATER_PROVISO = re.compile(r"(?:^|,)\s*(?:provided|providing|as long as|so long as|on condition)\b")


def _score_proviso(c: Clause, numbers: list[Token]) -> bool:
    """Whether every score of the clause is in a proviso after its verdict ("DO graduates may
    be reviewed on COMLEX alone, provided their Level 2-CE score reaches 550"): what an
    applicant is reviewed on condition of reaching is a floor, as an opening proviso's is."""
    proviso = LATER_PROVISO.search(c.lower)
    if proviso is None or _negated(c):
        return False
    at = c.span.start_char + proviso.start()
    return all(n.idx > at for n in numbers)


def _about_attempts(c: Clause) -> bool:
    """ "Step 1 attempts are not screened", "Step 1 history is not screened": what is not
    screened is the exam's attempts, not its score (an attempt rule, read by _attempts). A
    "scored attempt" is the sitting that has a score ("even for scored attempts we have no
    minimum"): it names which score, not how many tries."""
    doc = c.span.doc
    attempts = [
        s
        for s in c.labels.get("ATTEMPT_WORD", [])
        if s.start == 0 or doc[s.start - 1].lower_ not in SCORED_WORDS
    ]
    return c.has(*ATTEMPT_CUES) or bool(attempts) or re.search(r"\bhistory\b", c.lower) is not None


def _exams_named(c: Clause) -> list[tuple[str, str, int, int]]:
    return [e for e in (*EXAMS, COMLEX) if c.has(e[0])]


def _range_tops(c: Clause, numbers: list[Token]) -> set[int]:
    """The top of each score range "between 215 and 300" ("from 220 to 300", "220-300"): the
    range's low end is the floor, its top no rule of its own; and a range the program admits
    ("we review applicants whose score falls between ...") sets that floor."""
    doc = c.span.doc
    tops = set()
    for low, high in zip(numbers, numbers[1:], strict=False):
        joint = [t.lower_ for t in doc[low.i + 1 : high.i]]
        before = doc[low.i - 1].lower_ if low.i > c.span.start else ""
        ranged = (before == "between" and joint == ["and"]) or (
            before == "from" and joint == ["to"]
        )
        # a hyphen joins two exams' floors as often as a range's ends: a range of one exam only
        hyphen = joint in (["-"], ["\u2013"]) and len(_exams_named(c)) == 1
        if (ranged or hyphen) and int(low.text) < int(high.text):
            tops.add(high.i)
    return tops


EXAM_LABEL_WORDS = {
    *("usmle", "step", "1", "2", "i", "ii", "ck", "comlex", "comlex-usa", "usa", "level", "ce"),
    *("-", "score", "scores", "(", ")"),
}


def _bare_score_row(c: Clause) -> bool:
    """A row that names only an exam and gives one score, "USMLE Step 2 CK: 230", sits in an
    eligibility table; a row of residents' scores says so ("Mean ...", "... of matched ...")."""
    if not c.is_row:
        return False
    label, _, value = c.text.partition(":")
    words = set(re.findall(r"\w+|[()-]", label.lower()))
    return words <= EXAM_LABEL_WORDS and bool(re.fullmatch(r"\s*\d{3}\s*\.?\s*", value))


COMPARED = ("higher", "above", "better", "greater", "more", "over")
SCORE_LINKS = ("on", "for", "in", "or", "the", "usmle", "+", "points", *COMPARED)


def _exam_right_after(
    c: Clause, num: Any, cues: list[tuple[int, tuple[str, str, int, int]]]
) -> tuple[str, str, int, int] | None:
    """The exam a score points to: "230 or higher on Step 2 CK", "220 for Step 1"; the walk
    stops at a comma or any other word, so "Step 1 220, Step 2 CK 230" keeps 220 on Step 1."""
    starts = dict(cues)
    doc = c.span.doc
    if num.i + 2 < c.span.end and doc[num.i + 1].text == "(":
        # "218 (Step 1), 226 (Step 2 CK)": brackets after the score that name only its exam
        close = next((t.i for t in doc[num.i + 2 : c.span.end] if t.text == ")"), None)
        inside = doc[num.i + 2 : close] if close is not None else None
        if inside is not None and all(t.lower_ in EXAM_LABEL_WORDS for t in inside):
            return next((starts[t.i] for t in inside if t.i in starts), None)
    for i in range(num.i + 1, min(num.i + 6, c.span.end)):
        if i in starts:
            return starts[i]
        if doc[i].lower_ not in SCORE_LINKS:
            return None
        if doc[i].lower_ == "or" and (i + 1 >= c.span.end or doc[i + 1].lower_ not in COMPARED):
            return None  # "225 or COMLEX equivalent": an alternative, not "225 or higher on"
    return None


def _attempts_allowed(c: Clause) -> int | None:
    """The number in a row such as "Maximum USMLE attempts: 1" or "Attempts permitted: 2"."""
    if not (c.is_row and c.has("ATTEMPT_WORD")):
        return None
    label, _, value = c.text.partition(":")
    if "attempt" not in label.lower():
        return None
    match = re.fullmatch(r"\s*(\d|one|two|three)\s*\.?\s*", value.lower()) or re.match(
        # "Exam attempts: max 1 per exam, for all Steps": a cap on the count is the count
        r"\s*(?:maximum|at most|up to|no more than)\s+(\d|one|two|three)\b(?!\s*(?:or|to|-)\b)",
        value.lower(),
    )
    many = re.match(r"\s*(more than (one|1)|multiple|unlimited)\b", value.lower())
    if match is None and many and not re.search(r"\b(not|no|never)\b", value.lower()):
        return 2  # "Attempts allowed: more than one accepted": a repeat is allowed
    return _number(match.group(1)) if match else None


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _within(span: Span, others: list[Span]) -> bool:
    return any(o.start <= span.start and span.end <= o.end for o in others)


def _attempts(c: Clause) -> list[tuple[str, Value, float]]:
    if c.has("PREF", "AVG", "HEDGE"):
        return []
    if c.has("STATS") and not c.has("REQ", "ACCEPT", "INTERVIEW", "EXCLUDE", "INELIGIBLE"):
        return []  # "most of our residents passed on the first sitting": what they did
    allowed = _attempts_allowed(c)
    if allowed is not None:
        return [("first_attempt_required", allowed == 1, 0.8)]
    if _attempts_unlimited(c):
        qualifier = _one_exam(c)
        return [
            ("first_attempt_required", False if qualifier is None else f"{LENIENT}{qualifier}", 0.8)
        ]
    # "one attempt" inside "more than one attempt" is not a first-attempt rule
    wider = [
        *c.labels.get("MULTI_ATTEMPT", []),
        *c.labels.get("NO_MORE_THAN_ONE", []),
        *c.labels.get("NO_MORE_THAN_N", []),
    ]
    first = any(
        not _within(s, wider) and not _first_time_cohort(c, s)
        for s in c.labels.get("FIRST_ATTEMPT", [])
    )
    multi = c.has("MULTI_ATTEMPT")
    if not (first or multi or c.has("NO_MORE_THAN_ONE", "NO_MORE_THAN_N")):
        return []
    required: bool | None
    if c.has("NO_MORE_THAN_N"):  # "no more than two attempts": a second attempt is allowed
        required = False
    elif c.has("NO_MORE_THAN_ONE"):
        required = True
    elif first:
        # "passed in one sitting, with no prior failures": the "no" before the failures is the
        # requirement said twice, not its denial
        failures = [s.start for s in c.labels.get("MULTI_ATTEMPT", [])]
        negs = [
            n
            for n in c.labels.get("NEG", [])
            if not any(0 <= f - n.end <= 2 for f in failures) and not _no_exception(c, n)
        ]
        group = _who_did_not(c, negs)
        spared = _exam_spared(c, negs) or _failure_forgiven_if_first(c)
        if spared is not None:
            # "the first-attempt rule applies to Step 2 CK and not to Step 1": the rule holds
            # for the other exam named
            return [("first_attempt_required", spared, 0.8)]
        if group:
            # "Applicants who did not pass Step 1 on the first attempt are not eligible": the
            # group's negation names who, the verdict on them is the rule
            required = _verdict_rejects(c, [n for n in negs if n not in group])
        elif _who_failed(c):
            # "candidates who failed Step 1 on the first attempt will not be reviewed": a group
            # named by its failure; the verdict on it is the rule
            required = _verdict_rejects(c, negs)
        else:
            required = not negs
    elif c.has("EXCLUDE", "INELIGIBLE"):
        # "a failed attempt does not exclude you", "disqualifies", "makes one ineligible"
        required = not _negated(c)
    elif c.has("NO_EFFECT") and _negated(c):  # "a failed attempt does not affect eligibility"
        required = False
    elif c.has("ACCEPT", "INTERVIEW"):  # "who failed are not considered" / "will be considered"
        required = _negated(c)
    elif multi and _negated(c) and c.has("REQ"):  # "must not have any failed attempts"
        required = True
    elif multi and _no_before(c, c.labels["MULTI_ATTEMPT"]):  # "No USMLE failures."
        required = True
    elif multi and _negated(c) and _repeat_forbidden(c):  # "no Step may have been repeated"
        required = True
    else:
        required = None
    if required is None:
        return []
    qualifier = _one_exam(c)
    if not required:
        # leniency on one exam leaves a first-attempt rule on another standing: settled per page
        value: Value = False if qualifier is None else f"{LENIENT}{qualifier}"
        if qualifier is None and OTHER_EXAM.search(c.lower):
            # "..., though a repeat of another Step is fine": leniency on the exams a rule
            # beside it does not name, which leaves that rule standing
            value = f"{LENIENT}other exams"
        return [("first_attempt_required", value, 0.85)]
    if qualifier is None:
        return [("first_attempt_required", True, 0.85)]
    return [("first_attempt_required", qualifier, 0.8)]


UNLIMITED_NOUNS = ("limit", "limits", "restriction", "restrictions", "cap", "caps", "maximum")
PERMISSION_MODALS = ("may", "can", "cannot", "could", "must", "shall")
REPEATED_EXAMS = ("step", "steps", "exam", "exams", "examination", "examinations", "boards")


def _repeat_forbidden(c: Clause) -> bool:
    """ "No USMLE step may have been repeated", "applicants may not have retaken any Step": an
    exam repeated ("been repeated", "have retaken"), under a modal of permission within three
    words before it, in a denied clause, forbids the repeat ("rotations may not be repeated"
    names no exam)."""
    doc = c.span.doc
    exams = ("USMLE", "STEP1", "STEP2", "COMLEX", "ALL_EXAMS")
    if not c.has(*exams) and not any(t.lower_ in REPEATED_EXAMS for t in c.span):
        return False
    return any(
        s.text.split()[0].lower() in ("be", "been", "have", "has")
        and any(
            t.lower_ in PERMISSION_MODALS for t in doc[max(c.span.start, s.start - 3) : s.start]
        )
        for s in c.labels["MULTI_ATTEMPT"]
    )


def _attempts_unlimited(c: Clause) -> bool:
    """ "There is no limit on the number of attempts", "USMLE attempts: no restriction": a
    count of attempts with no cap allows a repeat. Only a cap's noun right after "no" counts
    ("no minimum score, and attempts ..." sets no count), and only on attempts it names
    within a few words, or in a row labelled by attempts."""
    if not c.has("ATTEMPT_WORD") or c.has(
        "FIRST_ATTEMPT", "MULTI_ATTEMPT", "NO_MORE_THAN_ONE", "NO_MORE_THAN_N"
    ):
        return False
    doc = c.span.doc
    attempts = [s.start for s in c.labels["ATTEMPT_WORD"]]
    label = c.text.partition(":")[0].lower() if c.is_row else ""
    for s in c.labels.get("NO_LIMIT", []):
        if doc[s.start].lower_ not in UNLIMITED_NOUNS or s.start == c.span.start:
            continue
        if doc[s.start - 1].lower_ != "no":
            continue
        if "attempt" in label and s.start_char - c.span.start_char > len(label):
            return True  # "Attempts: no limit"
        if any(0 < a - s.start <= 9 for a in attempts):
            return True  # "no limit on the number of attempts"
    return False


COHORT_NOUNS = ("examinees", "takers", "test-takers", "testers")
EXCEPTION_NOUNS = ("exception", "exceptions", "exemption", "exemptions", "waiver", "waivers")
EXAM_QUALIFIER = {"STEP1": "Step 1 only", "STEP2": "Step 2 CK only", "COMLEX": "COMLEX only"}


def _first_time_cohort(c: Clause, s: Span) -> bool:
    """ "the 20th percentile of first-time US and Canadian examinees": the cohort a score is
    compared with, not an attempt rule."""
    doc = c.span.doc
    return any(t.lower_ in COHORT_NOUNS for t in doc[s.end : min(s.end + 6, c.span.end)])


def _no_exception(c: Clause, n: Span) -> bool:
    """ "with no exceptions", "without exception": the rule said firmly, not denied."""
    doc = c.span.doc
    after = doc[n.end : min(n.end + 2, c.span.end)]
    return n.text.lower() in ("no", "without") and any(t.lower_ in EXCEPTION_NOUNS for t in after)


def _exam_spared(c: Clause, negs: list[Span]) -> str | None:
    """The exam a first-attempt rule holds for when the clause's only negation spares another
    exam right after it ("applies to Step 2 CK and not to Step 1", "but not for COMLEX")."""
    if len(negs) != 1:
        return None
    n = negs[0]
    exams = [(lab, s) for lab in EXAM_QUALIFIER for s in c.labels.get(lab, [])]
    named = {lab for lab, s in exams if s.end <= n.start}
    if _others_spared(c, n) and named == {lab for lab, _ in exams} and len(named) == 1:
        # "a first-attempt pass on Step 2 CK, and no attempt limit applies to other exams"
        return EXAM_QUALIFIER[named.pop()]
    spared = {lab for lab, s in exams if n.end <= s.start <= n.end + 2}
    if len(spared) != 1 or len(named) != 1 or spared == named or not c.has("FIRST_ATTEMPT"):
        return None
    between = c.span.doc[n.end : min(e.start for lab, e in exams if lab in spared)]
    if not all(t.lower_ in ("to", "for", "on", "usmle", "the") for t in between):
        return None
    return EXAM_QUALIFIER[named.pop()]


OTHER_EXAM_NOUNS = ("exams", "examinations", "steps", "step", "exam", "examination", "levels")


def _others_spared(c: Clause, n: Span) -> bool:
    """A negation whose words end on the other exams ("no attempt limit applies to other
    exams", "no limit on the other Steps"), after an exam named before it: what it spares is
    every exam but the named one."""
    doc = c.span.doc
    words = [t.lower_ for t in doc[n.end : min(n.end + 8, c.span.end)] if not t.is_punct]
    for i, w in enumerate(words[:-1]):
        if w in ("other", "another", "remaining") and words[i + 1] in OTHER_EXAM_NOUNS:
            return True
    return False


CONDITION_WORDS = ("if", "provided", "providing", "when")


def _failure_forgiven_if_first(c: Clause) -> str | None:
    """ "A failure on Step 1 is acceptable if Step 2 CK was passed on the first attempt": a
    failure admitted on one exam under a first attempt on another holds the rule for that
    other exam alone."""
    if _negated(c) or not c.has("ACCEPT"):
        return None
    doc = c.span.doc
    failure, first = c.first("MULTI_ATTEMPT"), c.first("FIRST_ATTEMPT")
    if failure is None or first is None:
        return None
    cond = next((t.i for t in doc[failure.end : first.start] if t.lower_ in CONDITION_WORDS), None)
    if cond is None:
        return None
    exams = [(lab, s.start) for lab in EXAM_QUALIFIER for s in c.labels.get(lab, [])]
    before = {lab for lab, at in exams if at < cond}
    after = {lab for lab, at in exams if at > cond}
    if len(after) != 1 or after & before:
        return None
    return EXAM_QUALIFIER[after.pop()]


# the rest of the exams, each of them, beside the one named ("and on every other exam")
EVERY_OTHER_EXAM = re.compile(
    r"\b(?:every|each|all|any) other (?:usmle |licensing |board )?"
    r"(?:exams?|examinations?|steps?|levels?)\b"
)


def _spared_in_asides(c: Clause) -> set[str]:
    """Exams named only inside a bracketed aside that admits their failures ("Step 2 CK: passed
    on the first attempt (Step 1 failures reviewed individually)"): the exam the rule spares,
    not the one it holds to a first attempt. An aside that denies ("(no Step 1 failures
    either)") spares nothing."""
    doc = c.span.doc
    lenient = [
        (a, b)
        for a, b in _asides(c.span)
        if any(a < s.start < b for s in c.labels.get("MULTI_ATTEMPT", []))
        and not any(t.lower_ in (*NEGATIONS, "none") for t in doc[a:b])
    ]
    exams = ("STEP1", "STEP2", "COMLEX")
    return {
        label
        for label in exams
        if c.has(label) and all(any(a < s.start < b for a, b in lenient) for s in c.labels[label])
    }


# what follows a first-attempt rule in its sentence and denies another exam's failures too:
# "Step 2 CK must be passed on the first attempt; no Step 1 failures either"
OTHER_EXAM_EITHER = re.compile(
    r"^\W*(?:and\s+)?(?:no|not)\b[^.;]{0,40}?\b(?:step\s*[123]|comlex|level\s*[123])\b"
    r"[^.;]{0,30}?\b(?:fail\w*|retakes?|repeats?|attempts?)\b[^.;]{0,30}?\beither\b"
)


def _other_exam_too(c: Clause) -> bool:
    """Whether the next clause of the sentence holds another exam to the rule too ("; no Step 1
    failures either"): the rule is for every exam named, not the clause's one."""
    sent = c.span.sent
    rest = c.span.doc[c.span.end : sent.end].text.lower()
    return OTHER_EXAM_EITHER.match(rest) is not None


def _one_exam(c: Clause) -> str | None:
    """ "Step 2 CK only" when the clause's attempt rule names one exam, else None (all)."""
    if _other_exam_too(c):
        return None
    spared = _spared_in_asides(c)
    exams = {label for label in ("STEP1", "STEP2", "COMLEX") if c.has(label)}
    exams = exams - spared or exams
    in_value = _named_in_row_value(c, ("STEP1", "STEP2", "COMLEX")) - spared
    if in_value:  # "USMLE attempts: Step 2 CK on first attempt": the value names the exam
        exams = set(in_value)
        if _bare_usmle(c) and _named_in_row_value(c, ("USMLE",)):
            # "Attempts: first-time passes only (USMLE and COMLEX)": the value names both
            # licensing exams, not COMLEX alone
            exams.add("USMLE")
    elif _bare_usmle(c) and not _only_one_singled_out(c, exams):
        # "a failed USMLE or COMLEX attempt": every exam, not COMLEX alone
        exams.add("USMLE")
    if c.has("ALL_EXAMS") or len(exams) != 1 or "USMLE" in exams:
        return None
    if EVERY_OTHER_EXAM.search(c.lower) and not c.has("NEG"):
        return None  # "on Step 2 CK and on every other exam": the named exam and all the rest
    qualifier = {"STEP1": "Step 1 only", "STEP2": "Step 2 CK only", "COMLEX": "COMLEX only"}
    return qualifier[exams.pop()]


def _only_one_singled_out(c: Clause, exams: set[str]) -> bool:
    """Whether "only" singles out the one exam the clause names from the licensing exams it
    names as a whole ("of the USMLE examinations, only Step 2 CK is subject to the rule"): the
    rule is that exam's, not every USMLE Step's."""
    if len(exams) != 1:
        return False
    doc = c.span.doc
    named = [s for label in exams for s in c.labels.get(label, []) if c.span.start <= s.start]
    # "only Step 2 CK", "only USMLE Step 2 CK"
    return any(
        s.start > 0
        and (
            doc[s.start - 1].lower_ == "only"
            or s.start > 1
            and doc[s.start - 1].lower_ == "usmle"
            and doc[s.start - 2].lower_ == "only"
        )
        for s in named
    )


# Subjects after "that": "note that we do not ..." opens what is noted, not a group "that did
# not" pass
THAT_SUBJECTS = ("we", "you", "i", "they", "it", "our", "this", "the")


def _relative_word(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` opens a relative clause naming a group ("who", "that" before its verb),
    not a noted statement ("Please note that we do not require ...")."""
    if tok.lower_ == "who":
        return True
    return tok.lower_ == "that" and (
        tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in THAT_SUBJECTS
    )


def _who_did_not(c: Clause, negs: list[Span]) -> list[Span]:
    """The negations inside a group named before a first-attempt cue: "applicants who did not
    pass Step 1 on the first attempt", "those that have not passed ... at the first sitting"."""
    doc = c.span.doc
    first = c.first("FIRST_ATTEMPT")
    if first is None:
        return []
    return [
        n
        for n in negs
        if n.start < first.start
        and any(_relative_word(doc, t) for t in doc[max(c.span.start, n.start - 3) : n.start])
    ]


def _who_failed(c: Clause) -> bool:
    """A group named by a failure before a first-attempt cue: "those who failed Step 1 on the
    first attempt", "applicants that failed their first sitting"."""
    doc = c.span.doc
    first = c.first("FIRST_ATTEMPT")
    if first is None:
        return False
    return any(
        s.start < first.start
        and doc[s.start].lower_ in ("failed", "failing")
        and any(t.lower_ in ("who", "that") for t in doc[max(c.span.start, s.start - 2) : s.start])
        for s in c.labels.get("MULTI_ATTEMPT", [])
    )


def _verdict_rejects(c: Clause, negs: list[Span]) -> bool | None:
    """Whether the clause's verdict on a group rejects it ("are not eligible", "will not be
    considered", "are excluded"), admits it ("are still considered"), or is none (None)."""
    if c.has("EXCLUDE", "INELIGIBLE"):
        return not negs
    # "residents who did not pass ... receive tutoring": what they get is no verdict
    admits = [
        s for s in c.labels.get("ACCEPT", []) if s.text.lower() not in ("receive", "receives")
    ]
    if admits or c.has("INTERVIEW"):
        return bool(negs)
    return None


def _named_in_row_value(c: Clause, labels: tuple[str, ...]) -> set[str]:
    """The labels named after the colon of a row ("Exam attempts: Step 1 on first attempt")."""
    if not c.is_row:
        return set()
    colon = next((t.i for t in c.span if t.text == ":"), None)
    if colon is None:
        return set()
    named = [(label, s) for label in labels for s in c.labels.get(label, []) if s.start > colon]
    # "Step 2 CK only (Step 1 attempts are not counted)": the aside names the exam spared
    inside = {i for a, b in _asides(c.span) for i in range(a, b)}
    outside = {label for label, s in named if s.start not in inside}
    return outside or {label for label, _ in named}


def _no_before(c: Clause, spans: list[Span]) -> bool:
    """ "no" at most two words before one of ``spans``: "no USMLE failures", "no failed attempts"."""
    doc = c.span.doc
    return any(
        t.lower_ == "no" for s in spans for t in doc[max(c.span.start, s.start - 2) : s.start]
    )


def _bare_usmle(c: Clause) -> bool:
    """USMLE named as a whole, not as "USMLE Step 2 CK" nor as the cohort a rule addresses
    ("a first-attempt pass on Step 2 CK from USMLE takers" holds Step 2 CK alone)."""
    doc = c.span.doc
    return any(
        _usmle_as_whole(doc, s.end)
        for s in c.labels.get("USMLE", [])
        if c.span.start <= s.start  # carried-over cues name the clause before
    )


def _usmle_as_whole(doc: Doc, end: int) -> bool:
    """Whether the word after "USMLE" leaves it the whole exam: "every USMLE level you have
    taken" (a step or level with no number) does; "USMLE Step 2" and "USMLE takers" do not."""
    if end >= len(doc):
        return True
    after = doc[end].lower_
    if after in COHORT_NOUNS:
        return False
    if after not in ("step", "steps", "level", "levels"):
        return True
    return end + 1 >= len(doc) or not (
        doc[end + 1].like_num or doc[end + 1].lower_ in ("i", "ii", "iii")
    )


def _graduated_since(c: Clause) -> int | None:
    """The year of "graduated in 2021 or later" / "class of 2020 or after" / "since 2019"."""
    match = re.search(
        r"\b(?:(?:since|from|no earlier than|not earlier than|not before|[io]n or after)\s+(\d{4})"
        r"|(\d{4})\s+(?:or|and)\s+(?:later|after|more recent|newer)|(\d{4})\s+onwards?"
        r"|(?<!or )after\s+(\d{4}))\b",
        c.lower,
    )
    if not match:
        return None
    year = int(next(g for g in match.groups() if g))
    year += 1 if match.group(4) else 0  # "graduated after 2019": 2020 at the earliest
    return year if 1980 <= year <= 2100 else None


# Words that bound a window of years: "within 5 years", "up to 3 years out", "5 or fewer"
WINDOW_BOUNDS = (
    r"\b(within|up to|no more than|not more than|no longer than|not longer than|less than"
    r"|fewer than|or less|or fewer|at most|maximum|max|last|past|previous|limit|limited to)\b"
    r"|\b0\s*(?:to|-|\u2013)\s*\d"  # "graduated 0 to 3 years ago": a range from graduation on
)


def _graduated_before(c: Clause) -> int | None:
    """The year of "graduated before 2020" / "graduated prior to 2021": who is turned away,
    when the clause's verdict rejects them, leaves the year as the earliest one taken."""
    match = re.search(
        r"\b(?:graduated|graduating|graduation|graduates?)\s+(?:in\s+|from \S+ \S+\s+)?"
        r"(?:before|prior to|earlier than)\s+(\d{4})\b",
        c.lower,
    )
    year = int(match.group(1)) if match else None
    return year if year is not None and 1980 <= year <= 2100 else None


def _group_by_graduation(c: Clause) -> bool:
    """Years since graduation that only name a group, not a window: a group admitted ("those
    who graduated more than 5 years ago are still considered", "candidates 4 years out are
    welcome") or asked something else ("applicants more than 3 years from graduation need 6
    months of USCE"), with no word that bounds a window ("within", "up to", "no more than")."""
    if re.search(WINDOW_BOUNDS, c.lower):
        return False
    admitted = _verdict_rejects(c, c.labels.get("NEG", [])) is False
    return admitted or c.has("USCE", "STEP1", "STEP2", "COMLEX", "ECFMG", "LETTERS")


def _yog(c: Clause) -> list[tuple[str, Value, float]]:
    if not c.has("YOG") or c.has("PREF", "AVG", "STATS", "ENCOURAGE", "HEDGE"):
        return []  # "our residents are usually within 2 years of graduation": a habit
    # "any graduation year"; "regardless of" only when what follows is the graduation, not
    # "... are considered regardless of their Step 1 score"
    doc = c.span.doc
    any_year = any(
        doc[s.start].lower_ not in ("regardless", "irrespective")
        for s in c.labels.get("ANY_YEAR", [])
    )
    # "graduation year has no bearing on your candidacy": no limit either
    denied = _negated(c) and not _floor_kept(c) and c.has("NO_LIMIT", "NO_EFFECT")
    # "research years do not count against this limit": spared from the limit, which stands
    denied = denied and not SPARED_FROM_LIMIT.search(c.lower)
    denied = denied or NO_GRADUATION_WINDOW.search(c.lower) is not None
    if any_year or _regardless_of(c, ("YOG",)) or denied:
        return [("yog_limit_years", "none", 0.85)]
    since = _graduated_since(c)
    negations = {t.lower_ for t in c.span} & {"not", "no", "n't", "never"}
    if since is not None and (not negations or re.search(r"\bno(t)? (earlier|before)", c.lower)):
        # read against the fetch date in facts_in_units; without one the window is not settled
        return [("yog_limit_years", f"{SINCE}{since}", 0.8)]
    turned_away = _graduated_before(c)
    if turned_away is not None and _verdict_rejects(c, c.labels.get("NEG", [])):
        # "Applicants who graduated prior to 2021 are not eligible": 2021 at the earliest
        return [("yog_limit_years", f"{SINCE}{turned_away}", 0.8)]
    if c.is_row:  # "Years since graduation: 6 or fewer"
        label, _, value = c.lower.partition(":")
        if value.strip(" .") in NO_LIMIT_VALUES or NO_LIMIT_APPLIES.match(value):
            return [("yog_limit_years", "none", 0.8)]
        # "Years since graduation: 0-5": a range from graduation on is bounded by its end
        match = re.match(r"\s*0\s*(?:-|\u2013|to)\s*(\d{1,2})\b", value) or re.match(
            r"\s*(?:within\s+|up to\s+|no more than\s+)?(\d{1,2}|[a-z]+)\b", value
        )
        n = _number(match.group(1)) if match else None
        # "Time since medical school graduation: 4 or fewer": a time since graduation is
        # counted in years
        years = c.has("YEARS") or re.search(r"\btime (since|from)\b", label) is not None
        if n is not None and 0 < n <= 30 and years:
            return [("yog_limit_years", n, 0.8)]
    if _group_by_graduation(c) or _denied_demand(c):
        return []
    criterion = GRADUATION_CRITERION.fullmatch(c.lower) is not None
    if not c.has(*YOG_RULE_CUES) and not YOG_LIMIT_WORDS.search(c.lower) and not criterion:
        # "Our program director completed fellowship 10 years after graduation": a story, no
        # rule on whom the program takes
        return []
    for tok in c.span:
        n = _number(tok.text)
        if n is None or n > 30 or tok.lower_ in ("a", "an", "single"):
            continue
        at = _restated_end(c, tok.i)  # "five (5) years"
        if at + 2 < c.span.end and doc[at + 1].lower_ in YEAR_KINDS:
            at += 1  # "the last 2 calendar years", "3 academic years"
        nxt = doc[at + 1].lower_ if at + 1 < c.span.end else ""
        if nxt in ("or", "+") and at + 3 < c.span.end:  # "3 or fewer years", "5+ years"
            if nxt == "+" or doc[at + 2].lower_ in OR_FEWER:
                nxt = doc[at + (2 if nxt == "+" else 3)].lower_
        elif nxt == "-" and at + 3 < c.span.end and doc[at + 3].lower_ in LIMIT_NOUNS:
            nxt = doc[at + 2].lower_  # "a 5-year graduation limit", "a 3-year window"
        elif nxt == "-" and at + 4 < c.span.end and _gap_since_graduation(doc, at + 3):
            nxt = doc[at + 2].lower_  # "more than a 3-year gap since graduation"
        if nxt in ("year", "years", "yr", "yrs") or (
            c.is_row and tok.i == c.span.end - 1 and c.has("YEARS")
        ):
            return [("yog_limit_years", n, 0.85)]
    return []


def _gap_since_graduation(doc: Doc, i: int) -> bool:
    """ "gap since (from, after) graduation" is the time since graduation; a gap "in clinical
    activity" is another rule."""
    return (
        doc[i].lower_ == "gap"
        and doc[i + 1].lower_ in ("since", "from", "after")
        and any(t.lower_ in ("graduation", "graduating", "medical") for t in doc[i + 2 : i + 4])
    )


YEAR_KINDS = ("calendar", "academic", "full", "consecutive")
# "years in research do not count against (toward) the limit", "are not counted in the window":
# time left out of a limit, which keeps the limit
SPARED_FROM_LIMIT = re.compile(
    r"\b(?:not|n't) (?:be )?(?:count|counts|counted) (?:against|toward|towards|in|within)"
    r" (?:the|this|that|our|your|its|a) (?:\w+ )?(?:limit|window|cutoff|cut-off|maximum)\b"
)
# "there is no graduation-year window" (what a retired one leaves, extract.fact_time): a window
# of graduation years denied is no limit; not "no more than a window of 5 years"
NO_GRADUATION_WINDOW = re.compile(
    r"\b(?:no|not any) (?:[\w-]*graduat[\w-]*|yog|year-of-graduation) windows?\b"
)
# What makes years since graduation a rule: a demand, a verdict on applicants, a limit's name
YOG_RULE_CUES = (
    *("REQ", "FLOOR", "ACCEPT", "INTERVIEW", "EXCLUDE", "INELIGIBLE", "NO_LIMIT"),
    *("APPLICANT_NOUN", "IMG", "ONLY", "ANY_YEAR", "BOUND"),
)
YOG_LIMIT_WORDS = re.compile(
    r"\b(within|limit|window|maximum|max|up to|no more than|or fewer|or less)\b|[\u2264<]"
)
# "\u2713 Medical school graduation in the last 7 years.": a criterion listed with no verb, the
# window itself (not "our residents graduated in the last 5 years", a story)
GRADUATION_CRITERION = re.compile(
    r"[\W\u2713\u2714]*(?:medical school |md |do )?graduation in the (?:last|past) \w+ years?\W*"
)


def _row_value_then_aside(c: Clause, toks: list[Token], i: int, label: str) -> bool:
    """A row's value that opens on a count and goes on after a comma or a bracket ("Categorical
    spots: 2\u20133, funding permitting"): the count is the value, what follows qualifies it."""
    return (
        c.is_row
        and _in_value_first(c, toks[i])
        and _label_has(c, label)
        and i + 1 < len(toks)
        and toks[i + 1].text in (",", ";", "(")
    )


def _count_before(c: Clause, label: str) -> str | None:
    """The number (or "a-b" range) that counts a position noun: "2 residents", "4-5 spots"."""
    toks = list(c.span)
    last = len(toks) - 1
    while last > 0 and toks[last].is_punct and toks[last].text not in (")",):
        last -= 1  # "Preliminary positions: 2." ends on its number
    for i, tok in enumerate(toks):
        dashed = re.fullmatch(r"(\d{1,2})[\u2013\u2014](\d{1,2})", tok.text)  # "7–8", one token
        if dashed and int(dashed.group(2)) > int(dashed.group(1)):
            window = {t.i for t in toks[i + 1 : i + 5]}
            if (
                c.is_row
                and i == last
                or any(s.start in window for s in c.labels.get(label, []))
                or _row_value_then_aside(c, toks, i, label)
            ):
                return f"{dashed.group(1)}-{dashed.group(2)}"
        n = _number(tok.text)
        if n is None or n > 60:
            continue
        single = tok.lower_ == "single" and any(
            s.start == tok.i + 1 for s in c.labels.get(label, [])
        )  # "a single resident each year"
        if tok.lower_ in ("a", "an", "single") and not single:
            continue
        if i > 0 and toks[i - 1].lower_ in ("pgy", "step", "level", "july"):
            continue
        if i + 1 < len(toks) and toks[i + 1].lower_ == "of":
            continue  # "two of our residents": some of them, not the class
        if _proportion(toks, i):
            continue  # "40% of our residents", "7 in 10": a share, not a count
        if i > 1 and toks[i - 1].text == "-" and _number(toks[i - 2].text) is not None:
            continue  # the end of a range, already read
        if _lasts(toks, i):
            continue  # "one-year preliminary positions": how long each lasts, not how many
        if i + 1 < len(toks) and toks[i + 1].lower_ in TIME_UNITS:
            continue  # "over the last five years, residents ...": a span of time
        if i > 0 and (toks[i - 1].lower_ in BESIDE or i > 1 and toks[i - 2].lower_ in BESIDE):
            continue  # "alongside the 8 interns of general surgery": those they train with
        rng = None
        j = i + 1
        if j + 1 < len(toks) and toks[j].lower_ in ("-", "to", "–", "or"):
            m = _number(toks[j + 1].text)
            if m is not None and m > n:
                rng, j = f"{n}-{m}", j + 2
        if i > 0 and toks[i - 1].lower_ == "between" and j + 1 < len(toks):
            if toks[j].lower_ == "and" and _number(toks[j + 1].text) is not None:
                rng, j = f"{n}-{_number(toks[j + 1].text)}", j + 2
        bounded = i > 2 and (toks[i - 2].lower_, toks[i - 1].lower_) in (
            ("fewer", "than"),
            ("less", "than"),
        )
        if bounded and (spread := _counted_range(toks[i - 3 : i + 8])):
            # "not fewer than 2 nor more than 3 per year": both bounds, then what they count
            rng, j = (
                spread,
                next(k for k in range(i + 1, len(toks)) if toks[k].lower_ == "than") + 2,
            )
        # "6 three-year categorical positions": the length is one more word before the noun
        lengths = sum(2 for k in range(j, min(j + 4, len(toks))) if _lasts(toks, k))
        # "2 categorical first-year residents": a hyphened word is one word before the noun
        joined = sum(
            2
            for k in range(j + 1, min(j + 5, len(toks)))
            if toks[k].text == "-" and not toks[k - 1].whitespace_ and not _lasts(toks, k - 1)
        )
        window = {t.i for t in toks[j : j + 4 + lengths + joined]}
        counted = next((s for s in c.labels.get(label, []) if s.start in window), None)
        if counted is not None and _per_each(c, toks[j].i, counted.start):
            continue  # "45 applications per categorical position": a ratio, not the class
        if counted is not None:
            return rng or str(n)
        if c.is_row and i == last or (rng and j >= last and c.is_row):
            return rng or str(n)
        if c.is_row and _in_value_first(c, tok) and _label_has(c, label):
            return rng or str(n)  # "Positions offered: 2 per year"
        aside = j < len(toks) and toks[j].text == ","
        if aside and c.is_row and _in_value_first(c, tok) and _label_has(c, "PER_YEAR"):
            # "Annual class size: 3 to 4, set each fall by the department": the value's count,
            # then a remark on it after a comma
            return rng or str(n)
        if re.search(r"class size(?: (?:is|of))?$", " ".join(t.lower_ for t in toks[:i])):
            return rng or str(n)
    return _count_after_count_noun(c, label)


TIME_UNITS = ("years", "months", "weeks", "days", "decades")
BESIDE = ("alongside", "beside")


def _proportion(toks: list[Any], i: int) -> bool:
    """A number that is a share: a percentage ("40%", "40 percent") or either side of "N in M"
    / "N out of M" ("7 in 10 graduates", "roughly 1 in 8 who apply"); "4 in 2026" is a year."""
    after = [t.lower_ for t in toks[i + 1 : i + 4]]
    if after[:1] in (["%"], ["percent"]):
        return True
    if after[:1] == ["in"] and len(after) > 1 and _share_of(after[1]):
        return True
    if after[:2] == ["out", "of"] and len(after) > 2 and _share_of(after[2]):
        return True
    before = [t.lower_ for t in toks[max(0, i - 3) : i]]
    if before[-1:] == ["in"] and len(before) > 1 and _share_of(before[-2]):
        return True
    return before[-2:] == ["out", "of"] and len(before) > 2 and _share_of(before[-3])


def _share_of(word: str) -> bool:
    """A number that a share is taken of: a small count, not a calendar year."""
    n = _number(word)
    return n is not None and 0 < n <= 100


def _lasts(toks: list[Any], i: int) -> bool:
    """A number joined to a unit of time ("one-year", "three-month"): a length."""
    return (
        i + 2 < len(toks)
        and _number(toks[i].text) is not None
        and toks[i + 1].text == "-"
        and toks[i + 2].lower_ in ("year", "month", "week", "day")
    )


def _per_each(c: Clause, a: int, b: int) -> bool:
    """Whether "per" or "for each" / "for every" stands between a count and what it counts."""
    words = [t.lower_ for t in c.span.doc[a:b]]
    pairs = zip(words, words[1:], strict=False)
    return "per" in words or any(w == "for" and v in ("each", "every") for w, v in pairs)


def _count_after_count_noun(c: Clause, label: str) -> str | None:
    """ "The number of categorical positions we offer each year is four", "our resident
    complement is 14": the count follows the verb of a counting noun. "The number of <noun>"
    and "the complement of <noun>" (an allotment or allocation of it) name what they
    count before the verb; a complement with no "of" is the residents, a "count" counts what
    is named right before it ("the preliminary position count is 2")."""
    toks = list(c.span)
    for i, tok in enumerate(toks[:-2]):
        of = toks[i + 1].lower_ == "of"
        # "our preliminary position count is 2": a count names what it counts right before it
        named = tok.lower_ == "count" and any(s.end == tok.i for s in c.labels.get(label, []))
        if tok.lower_ not in (*COUNT_NOUNS, "count") or not (
            of or named or tok.lower_ in ("complement", "intake")
        ):
            continue
        if of and tok.lower_ == "complement" and (n := _number(toks[i + 2].text)) is not None:
            # "a total resident complement of 42": the complement is the number after "of"
            return str(n) if 0 < n <= 60 else None
        start = i + 2 if of else i + 1
        verb = next(
            (
                j
                for j in range(start, len(toks) - 1)
                if toks[j].lower_ in COUNT_VERBS
                or (toks[j].lower_ == "at" and toks[j - 1].lower_ in STEADY_WORDS)
            ),
            None,
        )
        if verb is None:
            return None
        labelled = c.labels.get(label, [])
        counted = not of or any(toks[start].i <= s.start < toks[verb].i for s in labelled)
        n = _number(toks[verb + 1].text) if toks[verb + 1].lower_ not in ("a", "an") else None
        if counted and (spread := _counted_range(toks[verb + 1 :])):
            return spread
        return str(n) if counted and n is not None and 0 < n <= 60 else None
    return None


# "is 2 or 3", "is between 2 and 3", "is not fewer than 2 nor more than 3": a range of counts
# ("is 2 and 4 more are preliminary" is none)
COUNT_RANGE = re.compile(
    r"^(?:between\s+(?P<e>\d+)\s+and|(?P<a>\d+)\s+(?:to|or|-|\u2013))\s+(?P<b>\d+)\b"
    r"|^(?:not|no)\s+(?:fewer|less)\s+than\s+(?P<c>\d+)\s*,?\s+(?:nor|and\s+(?:not|no)|or)"
    r"\s+more\s+than\s+(?P<d>\d+)\b"
)


def _counted_range(toks: list[Token]) -> str | None:
    """The range a count noun's verb is followed by, as "2-3" (number words as digits)."""
    words = " ".join(str(_number(t.text) or t.lower_) for t in toks[:10])
    m = COUNT_RANGE.match(words)
    if not m:
        return None
    a = int(m.group("a") or m.group("e") or m.group("c"))
    b = int(m.group("b") or m.group("d"))
    return f"{a}-{b}" if 0 < a < b <= 60 else None


def _in_value_first(c: Clause, tok: Any) -> bool:
    """Whether ``tok`` is the first word after a row's colon."""
    return tok.i > c.span.start and c.span.doc[tok.i - 1].text == ":"


def _label_has(c: Clause, label: str) -> bool:
    """Whether a row's label (before the colon) names ``label``: "PGY-1 positions: 2"."""
    colon = next((t.i for t in c.span if t.text == ":"), c.span.end)
    return any(s.start < colon for s in c.labels.get(label, []))


def _as_value(count: str) -> Value:
    return int(count) if count.isdigit() else count


FELLOWSHIP_WORDS = ("fellowship", "fellowships", "fellow")
# trainees of another profession ("APP/PA trainees", "pharmacy residents", "nurse practitioner
# fellows") are no residents of the program's class
OTHER_TRAINEE_WORDS = (
    *("app", "apps", "pa", "pas", "np", "nps", "crna", "practitioner"),
    *("pharmacy", "nursing", "dental", "podiatry", "psychology", "student", "students"),
)
OTHER_TRAINEES = re.compile(r"(?:app|pa|np|crna)s?(?:/(?:app|pa|np|crna)s?)+")


def _residency_nouns(c: Clause) -> Clause:
    """The clause without its fellowship's positions ("the department offers 8 fellowship
    positions each year" counts no resident; "4 residency positions and 2 fellowship positions"
    still counts 4), nor another profession's trainees ("APP/PA trainees", "pharmacy
    residents")."""
    doc = c.span.doc
    nouns = c.labels.get("POSITION_NOUN", [])
    kept = [
        s
        for s in nouns
        if s.start == 0
        or doc[s.start - 1].lower_ not in (*FELLOWSHIP_WORDS, *OTHER_TRAINEE_WORDS)
        and not OTHER_TRAINEES.fullmatch(doc[s.start - 1].lower_)
        # "physician assistant trainees", where "assistant residents" are a program's own
        and not (s.start > 1 and doc[s.start - 2 : s.start].text.lower() == "physician assistant")
    ]
    if len(kept) == len(nouns):
        return c
    labels = {k: v for k, v in c.labels.items() if k != "POSITION_NOUN"}
    return Clause(c.span, {**labels, **({"POSITION_NOUN": kept} if kept else {})}, c.is_row)


def _positions(c: Clause) -> list[tuple[str, Value, float]]:
    named = c.has("POSITION_NOUN")
    c = _residency_nouns(c)
    if (
        named
        and not c.has("POSITION_NOUN")
        and not any(t.lower_ in FELLOWSHIP_WORDS for t in c.span)
    ):
        return []  # "APP/PA trainees \u00b7 10 per year": trainees of another profession only
    totals = c.labels.get("TOTAL", [])
    if totals and c.labels.get("PER_YEAR"):
        # "Across PGY-1 through PGY-3 ...": the first year named as a span of the whole residency
        kept = [
            s for s in c.labels["PER_YEAR"] if not any(t.start <= s.start < t.end for t in totals)
        ]
        labels = {k: v for k, v in c.labels.items() if k != "PER_YEAR"}
        c = Clause(c.span, {**labels, **({"PER_YEAR": kept} if kept else {})}, c.is_row)
    yearly = [
        t for t in c.labels.get("TOTAL", []) if _complement_of_a_year(c, t) or _size_of_a_year(c, t)
    ]
    if yearly:
        # "our intern complement is 6", "PGY-1 complement: 5": a first year's complement is
        # its class, not the whole residency
        totals = [t for t in c.labels["TOTAL"] if t not in yearly]
        c = Clause(c.span, {**c.labels, "TOTAL": totals}, c.is_row)
    if _matched_in(c) and c.has("APPLICANT_NOUN") and not c.has("INTERVIEW"):
        # "4 applicants are matched each year", "we match 5 candidates": the applicants who
        # match are the class
        nouns = c.labels.get("POSITION_NOUN", []) + c.labels["APPLICANT_NOUN"]
        c = Clause(c.span, {**c.labels, "POSITION_NOUN": nouns}, c.is_row)
    doc = c.span.doc
    if (part := _count_beside(c)) is not None:
        return _positions(part)
    # "2 residents present at the national meeting" is what they do; "at present" is now
    doing = [
        s for s in c.labels.get("ACTIVITY", []) if s.start == 0 or doc[s.start - 1].lower_ != "at"
    ]
    if not c.has("POSITION_NOUN", "PER_YEAR") or c.has("AVG", "PREF", "CHANGE") or doing:
        # "will grow from 2 to 3 residents per year": not this year's size; "2 residents
        # present at the national meeting each year": what residents do, not how many start
        return []
    if LATER_YEAR.search(ADVANCED_INTAKE.sub("", c.lower)) and not c.has("TOTAL", "TOTAL_WEAK"):
        # "every July we welcome 5 residents, and the chiefs throw a barbecue": a part that
        # counts a class and names no later year is read on its own
        own = [
            p
            for p in _conjuncts(c)
            if p.has("POSITION_NOUN")
            and p.has("PER_YEAR")
            and not LATER_YEAR.search(p.lower)
            and not p.has("TOTAL", "TOTAL_WEAK")
        ]
        if len(own) == 1 and own[0].span != c.span:
            return _positions(own[0])
        return []  # "four PGY-2 residents this year", "two chief residents each year": no class
    if _arrivals_news(c):
        # "Congrats to the 11 new interns who joined us in June!": who arrived this once
        return []
    if OTHER_BODY.search(HISTORY_ASIDE.sub("", ORIGIN.sub("", c.lower))) or _counts_something_else(
        c
    ):
        # "the hospital's number of PGY-1 positions", "nationally, ..."; "Interviews per year:
        # 60": another body's count, or a count of something else
        return []
    if (both := CATEGORICAL_AND_PRELIMINARY.search(c.lower)) and not c.has("RESEARCH_TRACK"):
        # "10 categorical and 4 preliminary positions": two counts share the noun
        each, prelim = _number(both.group(1)), _number(both.group(2))
        if each is not None and prelim is not None and 0 < each <= 60 and 0 < prelim <= 60:
            return [("positions_per_year", each, 0.9), ("preliminary_positions", prelim, 0.8)]
    parts = _conjuncts(c)
    if c.has("RESEARCH_TRACK"):
        # "Research track: 1 slot per year": the track's slots, not the class; a part of the
        # clause that does not name the track may still count the class
        own = [p for p in parts if not p.has("RESEARCH_TRACK")]
        return [f for p in own if p.span != c.span for f in _positions(p)]
    if c.has("PRELIM") and c.has("TOTAL") and not c.has("PER_YEAR") and not _prelims_counted(c):
        # "Our complement totals 16 residents, categorical and preliminary combined": the
        # preliminary track named as part of the whole, no count of its own
        c = Clause(c.span, {k: v for k, v in c.labels.items() if k != "PRELIM"}, c.is_row)
    if c.has("PRELIM") and sum(1 for p in parts if p.has("POSITION_NOUN")) < 2:
        # "we also match preliminary interns, four per year", "Preliminary positions are also
        # available, 2 in each cycle": a count after a comma still counts the preliminary noun
        parts = [c]
    if c.has("PRELIM") and len(parts) > 1:
        # "two categorical positions and one preliminary position each year"
        return [fact for part in parts for fact in _positions(part)]
    if c.has("PRELIM"):
        # "preliminary positions (3 per year)"
        count = _count_before(c, "POSITION_NOUN") or _count_right_before(c, "PER_YEAR")
        return [("preliminary_positions", _as_value(count), 0.8)] if count else []
    if c.has("TOTAL", "TOTAL_WEAK") and not c.has("PER_YEAR"):
        subgroup = SUBGROUP_COUNT.search(c.lower)
        if (SOME_OF_THEM.match(c.lower) and not c.has("TOTAL")) or subgroup:
            # "Five residents in the program are women": some of them, not all; a part of the
            # clause after it may still count them all
            rest = [
                p for p in _conjuncts(c) if p.span != c.span and not SOME_OF_THEM.match(p.lower)
            ]
            return [f for p in rest for f in _positions(p)]
        count = _count_before(c, "POSITION_NOUN")
        return [("total_residents", _as_value(count), 0.8)] if count else []
    if c.has("TOTAL") and c.has("PER_YEAR") and len(parts := _conjuncts(c)) > 1:
        # "matches 3 residents per year and has 21 residents in total": each part on its own
        return [fact for part in parts for fact in _positions(part)]
    if not c.has("PER_YEAR") or c.has("TOTAL", "USCE", "STEP1", "STEP2", "COMLEX", "YOG"):
        return []
    if (split := _total_then_class(c)) is not None:
        whole, each = split
        return [("positions_per_year", each, 0.9), ("total_residents", whole, 0.8)]
    count = (
        _count_right_before(c, "PER_YEAR") or _count_before(c, "POSITION_NOUN") or _equal_classes(c)
    )
    if count is None or _interviewees_counted(c, count):
        return []
    return [("positions_per_year", _as_value(count), 0.85 if "-" in count else 0.9)]


COUNT_FILLERS = ("about", "around", "roughly", "approximately", "some", "over", "nearly", "up")


def _interviewees_counted(c: Clause, count: str) -> bool:
    """ "We interview about 60 candidates for these openings each season": the count is that of
    the applicants interviewed, the openings themselves left uncounted."""
    if not (c.has("INTERVIEW") and c.has("APPLICANT_NOUN")):
        return False
    doc = c.span.doc
    starts = {s.start for s in c.labels["APPLICANT_NOUN"]}
    for tok in c.span:
        if tok.text != count:
            continue
        k = tok.i + 1
        while k < c.span.end and doc[k].lower_ in ("to", "more", *COUNT_FILLERS):
            k += 1
        if k in starts:
            return True
    return False


def _prelims_counted(c: Clause) -> bool:
    """Whether a number stands at most three words before a preliminary noun ("4 preliminary
    interns", "3 non-designated preliminary positions"): a count of that track."""
    doc = c.span.doc
    return any(
        _number(t.text) is not None and t.lower_ not in ("a", "an", "one")
        for s in c.labels["PRELIM"]
        for t in doc[max(c.span.start, s.start - 3) : s.start]
    )


DETERMINERS = ("the", "a", "this", "next", "each", "every", "per", "our", "that")
# A welcome post's news: a congratulation, or residents who "joined" or "arrived" (not "are
# joined by", which counts who trains beside them)
ARRIVALS = re.compile(
    r"\b(?:congrats|congratulations|kudos|shout-?outs?)\b|\b(?:joined|arrived)\b(?! by\b)"
)
RECURRING = re.compile(r"\b(?:each|every|per|annually|yearly|a year)\b")


# A bare count (no "the", "our", "all") as the subject, then what those residents are, come
# from or speak: a group among the residents, where "the 18 residents in the program come from 9
# countries" and "there are 18 residents in the program" count them all
SOME_OF_THEM = re.compile(
    r"\W*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
    r" (residents|interns|trainees) in (the |our )?(program|residency) (are|were|come|came|hail"
    r"|speak|hold|have|had|graduated|identify|trained|studied)\b"
)


# "Across all classes, 3 residents are IMGs", "5 of our residents hold J-1 visas": a count of the
# residents who are or have something, said even beside "across all classes", counts a part of
# them; not one of the residents who are there ("24 residents are in training", "are enrolled")
SUBGROUP_COUNT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)"
    r" (?:of (?:our|the|them|these) )?(?:current )?(?:residents|interns|trainees) (?:(?:are|were)"
    r" (?!in\b|on\b|training\b|currently\b|now\b|presently\b|here\b|with\b|part\b|active\b"
    r"|across\b|at\b|spread\b|all\b|in total\b|\w+ed\b)"
    r"|(?:hold|held|come|came|speak|hail|graduated|identify|studied|attended)\b)"
)


def _arrivals_news(c: Clause) -> bool:
    """A count of the residents a post congratulates or says joined, with no word that makes
    it every year's: this year's arrivals, which state no positions-per-year policy (a class
    may be filled off cycle or short), where "we welcome 6 new interns each July" states one."""
    sent = c.span.sent.text.lower()
    return ARRIVALS.search(sent) is not None and RECURRING.search(sent) is None


def _part(c: Clause, a: int, b: int) -> Clause:
    """The tokens a to b of a clause, with the cues inside them."""
    labels = {k: [s for s in v if a <= s.start and s.end <= b] for k, v in c.labels.items()}
    return Clause(c.span.doc[a:b], {k: v for k, v in labels.items() if v}, c.is_row)


# A growth told as ongoing, its figure left for the count after it: "continues to grow",
# "keeps growing", "has grown"; one still to come ("will grow", "from 2 to 3") is no count yet
GROWTH_TO_COME = re.compile(r"\b(?:will|next|plans?|planned|from|to \w+ (?:residents|per))\b|\d")
COUNT_TO_COME = re.compile(
    r"\b(?:will|expected|planned|projected|next|starting|beginning|from \d{4}|by \d{4})\b"
)
OWNER_NOUNS = (*PROGRAM_NOUNS, "programme", "track")


def _count_beside(c: Clause) -> Clause | None:
    """The part of a clause that counts the class beside what the rest says of the program:
    "Our program continues to grow, with 2 residents matching each year" (the growth so far,
    then the class it has come to); "Our categorical program (two residents per year) rotates
    through three hospitals", "The program — 23 residents strong — shares call with ..."
    (the class or the whole in brackets or dashes after the program's noun, then what the
    program does)."""
    doc = c.span.doc
    for tok in c.span:
        if tok.text == "," and tok.i + 1 < c.span.end and doc[tok.i + 1].lower_ == "with":
            before, after = _part(c, c.span.start, tok.i), _part(c, tok.i + 2, c.span.end)
            growing = before.has("CHANGE") and not GROWTH_TO_COME.search(before.lower)
            if growing and after.has("POSITION_NOUN") and after.has("PER_YEAR"):
                return None if after.has("CHANGE") or COUNT_TO_COME.search(after.lower) else after
        if tok.text in ("(", *DASHES) and tok.i > c.span.start:
            if doc[tok.i - 1].lower_ not in OWNER_NOUNS:
                continue
            mark = ")" if tok.text == "(" else tok.text
            close = next((t.i for t in doc[tok.i + 1 : c.span.end] if t.text == mark), None)
            inner = _part(c, tok.i + 1, close) if close is not None else None
            if inner is not None and inner.has("POSITION_NOUN") and inner.has("PER_YEAR", "TOTAL"):
                return inner
    return None


# An advanced program's class starts at PGY-2: "the department recruits two PGY-2 residents",
# "we match 3 PGY-2 residents" count its intake (a verb of matching right before the count),
# where "four PGY-2 residents this year" counts who is in a later year
ADVANCED_INTAKE = re.compile(
    r"\b(?:match|matches|recruit|recruits|select|selects|take|takes)\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:new\s+)?pgy-?2\s+"
    r"(?:residents?|positions?|trainees)\b"
)
# Residents of a later year: "PGY-3 residents", "chief residents", "our second-year class"
LATER_YEAR = re.compile(
    r"\bpgy-?[2-7]s?\b|\b(senior|seniors|chief|chiefs|upper-level)\b"
    r"|\b(second|third|fourth|fifth|sixth|final|last|upper)[ -](year|level) (residents?|class)"
)
# A count of another body: the hospital's, the NRMP's, nationally, hospital-wide, across the
# institution or its departments, what the ACGME allows
OTHER_BODY = re.compile(
    r"\b(hospitals?|institutions?|university|nrmp|nation|country|state|system|acgme|eras"
    r"|specialty)(['\u2019]s|s')(?!\w)"
    r"|\b(nationally|nationwide|statewide|systemwide)\b"
    r"|\b(hospital|institution|system|university|campus|gme)-wide\b"
    r"|\b(across|throughout) (the |our )?(hospitals?|institutions?|system|university|campus"
    r"|country|nation|specialty|specialties|match)\b"
    r"|\b(across|throughout) ((its|all|the|their|of|our|every) ){0,2}(departments|programs"
    r"|residencies|specialties|hospitals|institutions)\b"
    r"|\b(acgme|nrmp|eras|ecfmg|aamc|cms) (allows|permits|limits|caps|reports|reported|sets"
    r"|requires|recommends|publishes|counts|lists|data|statistics|figures)\b"
)
# Where residents come from is no body that counts them: "from medical schools across the country"
ORIGIN = re.compile(
    r"\bfrom (?:[\w-]+ ){0,4}?(?:across|throughout|around|all over) (?:the )?"
    r"(?:country|nation|world|globe|united states|u\.s\.|us)\b"
)
# Where or when the program began, set between its noun and its verb, is no body that counts
# its residents: "The residency, founded within the university's first hospital, now matches 2"
HISTORY_ASIDE = re.compile(
    r"\b(?:program|programme|residency|department)(?:,| [\u2013\u2014]) (?:first )?(?:founded"
    r"|established|started|begun|created|launched|opened|born|housed|based|located|situated"
    r"|set up)\b[^,;\u2013\u2014]{0,80}(?:,| [\u2013\u2014])(?= (?:now |currently |still |today )?"
    r"[a-z]+s\b)"
)
# What a number beside "per year" may count that is no position
COUNTED_ELSE = ("applications", "invitations", "invites", "interviews", "offers", "visits")


def _counts_something_else(c: Clause) -> bool:
    """A clause that counts interviews, invitations or applications and names no position (an
    "interview slot" is none)."""
    doc = c.span.doc
    nouns = [
        s
        for s in c.labels.get("POSITION_NOUN", [])
        if s.start == 0 or doc[s.start - 1].lower_ != "interview"
    ]
    return not nouns and (
        c.has("INTERVIEW")
        or any(t.lower_ in COUNTED_ELSE and not (c.has("PRELIM") and _offering(t)) for t in c.span)
    )


OFFERING_SUBJECTS = (*PROGRAM_NOUNS, "programme", "also", "it", "which", "that")


def _offering(tok: Token) -> bool:
    """ "Preliminary positions are also available; the department offers 3 per year": the verb
    after the program, counting the preliminary positions named before, not a count of offers."""
    doc = tok.doc
    return tok.lower_ == "offers" and tok.i > 0 and doc[tok.i - 1].lower_ in OFFERING_SUBJECTS


def _matched_in(c: Clause) -> bool:
    """Whether a verb of the Match ("match", "recruit", "are matched") is the clause's."""
    doc = c.span.doc
    verbs = ("match", "matches", "recruit", "recruits", "are matched", "is matched")
    return any(
        s.text.lower() in verbs
        and (s.start == 0 or doc[s.start - 1].lower_ not in (*DETERMINERS, *MATCH_OF_A_YEAR))
        for s in c.labels.get("PER_YEAR", [])
    )  # not the noun: "rank 60 applicants in the Match", "in the most recent Match"


MATCH_OF_A_YEAR = ("recent", "last", "past", "previous", "prior", "upcoming", "coming", "main")


# "10 categorical and 4 preliminary positions": the first count is the class, the second the
# preliminary positions (the contract counts categorical positions only as the class)
CATEGORICAL_AND_PRELIMINARY = re.compile(
    r"\b(\w+) categorical(?: positions| spots| slots)?,? (?:and|plus|&) (\w+) preliminary"
    r" (?:positions?|spots?|slots?|residents?|interns?)\b"
)
# A size that may be a year's: "our complement is 12 residents per year"
SIZE_WORDS = ("complement", "program size", "residency size")


def _size_of_a_year(c: Clause, total: Span) -> bool:
    """ "Our complement is 12 residents per year", "Program size: 3 residents per year": a size
    whose count of residents is followed at once by "per year" is the class, not the whole."""
    if total.text.lower() not in SIZE_WORDS and not total.text.lower().startswith("size of"):
        return False  # "the size of our program is 3 residents per year" as well
    doc = c.span.doc
    ends = {p.end: p for p in c.labels.get("POSITION_NOUN", [])}
    return any(
        doc[s.start].lower_ in ("per", "each", "every", "a")
        and (noun := ends.get(s.start)) is not None
        and noun.start - 1 >= c.span.start
        and _number(doc[noun.start - 1].text) is not None
        for s in c.labels.get("PER_YEAR", [])
    )


# What opens a year's count right after the whole residency's: "18 residents (6 per year)"
SPLIT_OPENERS = ("(", ",", "\u2013", "\u2014", ";")


def _total_then_class(c: Clause) -> tuple[int, int] | None:
    """ "The residency has 18 residents (6 per year)", "approved for 15 residents, 5 in each PGY
    year", "Residents: 30 (10 per class)": the residents counted, then at once (in brackets or
    after a comma) a smaller count each year; the first is the whole residency, the second its
    class. Returns (whole, class) or None."""
    doc = c.span.doc
    nouns = {p.end: p for p in c.labels.get("POSITION_NOUN", [])}
    for s in c.labels.get("PER_YEAR", []):
        if doc[s.start].lower_ not in ("per", "each", "every"):
            continue
        at = s.start - 2 if doc[s.start - 1].lower_ == "in" else s.start - 1
        each = _number(doc[at].text) if at - 2 >= c.span.start else None
        if each is None or doc[at - 1].text not in SPLIT_OPENERS:
            continue
        whole = None
        noun = nouns.get(at - 1)
        if noun is not None and noun.start - 1 >= c.span.start:
            whole = _number(doc[noun.start - 1].text)  # "18 residents (6 per year)"
        elif c.is_row and _in_value_first(c, doc[at - 2]) and _label_has(c, "POSITION_NOUN"):
            whole = _number(doc[at - 2].text)  # "Residents: 30 (10 per class)"
        if whole is not None and 0 < each < whole <= 200:
            return whole, each
    return None


# A row's class sizes year by year, all alike: "Class size: 7-7-7", "8/8/8"
EQUAL_CLASSES = re.compile(r"^\s*(\d{1,2})(?:\s*[-/\u2013]\s*\1){1,5}\s*\.?\s*$")


def _equal_classes(c: Clause) -> str | None:
    """The class size of a row whose label names a year's size and whose value gives it year by
    year, all alike ("Class size: 7-7-7"); classes of different sizes are not settled here."""
    if not c.is_row or not _label_has(c, "PER_YEAR"):
        return None
    same = EQUAL_CLASSES.match(c.text.partition(":")[2])
    return same.group(1) if same and 0 < int(same.group(1)) <= 60 else None


def _complement_of_a_year(c: Clause, total: Span) -> bool:
    """A complement named right after a word of the first year ("intern", "PGY-1", "annual")."""
    return total.text.lower() == "complement" and any(
        p.end == total.start for p in c.labels.get("PER_YEAR", [])
    )


def _conjuncts(c: Clause) -> list[Clause]:
    """The parts of a clause between "and" and commas, each with the cues inside it."""
    cuts = [c.span.start]
    cuts += [t.i for t in c.span if t.lower_ == "and" or t.text == ","]
    cuts.append(c.span.end)
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b - a < 2:
            continue
        labels = {k: [s for s in v if a <= s.start and s.end <= b] for k, v in c.labels.items()}
        parts.append(Clause(c.span.doc[a:b], {k: v for k, v in labels.items() if v}, c.is_row))
    return parts


YEARLY = ("a", "annually", "yearly")


def _count_right_before(c: Clause, label: str) -> str | None:
    """A count that "per year" follows at once: "21 residents, 3 per year", "3 in each class",
    "there are 2 of them each year"; preliminary positions "2 a year", "3 annually" too (a
    class's bare "takes 12 a year" is as often another program's, said in passing)."""
    doc = c.span.doc
    for s in c.labels.get(label, []):
        marks = ("per", "each", "every", "/", *(YEARLY if c.has("PRELIM") else ()))
        if doc[s.start].lower_ not in marks:
            continue
        at = s.start - 2 if doc[s.start - 1].lower_ == "in" else s.start - 1
        pointing = doc[at].lower_ in ("them", "these", "those") and c.has("PRELIM")
        if pointing and at - 3 >= c.span.start:
            # "preliminary positions; there are 2 of them each year": what was named, counted
            if doc[at - 1].lower_ == "of" and doc[at - 3].lower_ in ("are", "is", ":"):
                at -= 2
        dashed = re.fullmatch(r"(\d{1,2})[\u2013\u2014](\d{1,2})", doc[at].text)
        if at >= c.span.start and dashed and 0 < int(dashed[1]) < int(dashed[2]) <= 60:
            return f"{dashed[1]}-{dashed[2]}"  # "2\u20133 per year": a range that is one token
        n = _number(doc[at].text) if at >= c.span.start and doc[at].like_num else None
        if n is not None and 0 < n <= 60:
            low = _number(doc[at - 2].text) if at - 2 >= c.span.start else None
            if low is not None and 0 < low < n and doc[at - 1].lower_ in RANGE_WORDS:
                return f"{low}-{n}"  # "3-4 per year", "4 to 5 per year"
            between = at - 3 >= c.span.start and doc[at - 3].lower_ == "between"
            if low is not None and 0 < low < n and doc[at - 1].lower_ == "and" and between:
                return f"{low}-{n}"  # "between 2 and 3 each year"
            for k in range(max(c.span.start, at - 9), at - 4):
                if (spread := _counted_range(list(doc[k : at + 1]))) and spread.endswith(f"-{n}"):
                    return spread  # "not fewer than 2 nor more than 3 per year"
            return str(n)
    return None


def _other(c: Clause) -> list[tuple[str, Value, float]]:
    out: list[tuple[str, Value, float]] = []
    if c.has("RESEARCH_TRACK") and not c.has("PREF"):
        out.append(("research_track", not _negated(c), 0.8))
    if c.has("LETTERS") and c.has("US_PHYSICIAN") and not c.has("PREF", "ENCOURAGE"):
        required = _letters_required(c)
        if required is not None:
            out.append(("us_letters_required", required, 0.8))
    return out


LETTER_COUNT_WORDS = ("minimum", "of", "at", "least", "fewer", "than", "no", "two", "more", "or")


def _letters_required(c: Clause) -> bool | None:
    """ "Letters must come from U.S. physicians"; "applications without a letter from a U.S.
    physician will not be reviewed" (a verdict on those lacking one) requires it too."""
    doc = c.span.doc
    letters = c.first("LETTERS")
    assert letters is not None
    # "without a minimum of two letters", "without at least one letter": past the count, and
    # past the writers named before the letters ("without at least one U.S. letter")
    writers = c.labels.get("US_PHYSICIAN", [])
    start = letters.start
    while start > c.span.start and (
        doc[start - 1].lower_ in LETTER_COUNT_WORDS
        or doc[start - 1].like_num
        or any(w.start <= start - 1 < w.end for w in writers)
    ):
        start -= 1
    if any(t.lower_ in ABSENCE for t in doc[max(c.span.start, start - 3) : start]):
        negs = [n for n in c.labels.get("NEG", []) if n.text.lower() not in ABSENCE]
        if not negs and any(t.lower_ == "incomplete" for t in c.span):
            return True  # "applications without one are considered incomplete": turned away
        return _verdict_rejects(c, negs)
    if not c.has("REQ"):
        return True if _counted_letters_listed(c) or _counted_letters_row(c) else None
    # "letters from abroad alone are not sufficient": what does not suffice restates the demand
    negs = [n for n in c.labels.get("NEG", []) if not _not_enough(n)]
    return not negs


LISTED_LETTER_WORDS = ("of", "recommendation", "reference", "from", "by", "written", "(", ")")


def _counted_letters_listed(c: Clause) -> bool:
    """ "LORs (3) from US physicians", "Three letters of reference from U.S. physicians": an
    item of an application checklist, a count of letters and who writes them and no other
    word (no verb, no negation), lists what an application must hold."""
    doc = c.span.doc
    letters, writers = c.first("LETTERS"), c.first("US_PHYSICIAN")
    if letters is None or writers is None or c.has("NEG") or writers.start < letters.end:
        return False
    before = [t for t in doc[c.span.start : letters.start] if not t.is_punct]
    between = [t for t in doc[letters.end : writers.start] if t.lower_ not in LISTED_LETTER_WORDS]
    after = [t for t in doc[writers.end : c.span.end] if not t.is_punct]
    counts = [t for t in (*before, *between) if _number(t.text) is not None]
    return len(counts) == 1 and len(before) + len(between) == 1 and not after


# A row's value that is a count of letters: "Two at the least", "at least 2", "2 or more"
LETTER_COUNT_VALUE = re.compile(
    r"\s*(?:at least |a minimum of |minimum |min\.? )?(?P<n>\w+)"
    r"(?: at (?:the )?least| minimum| or more| required)?\s*\.?\s*"
)


def _counted_letters_row(c: Clause) -> bool:
    """ "Letters from physicians practising in the United States: Two at the least": a row
    whose label names the letters and their writers and whose value counts them lists what an
    application must hold."""
    label, colon, value = c.lower.partition(":")
    if not c.is_row or not colon or c.has("NEG", "PREF", "HEDGE", "AVG", "STATS"):
        return False
    letters, writers = c.first("LETTERS"), c.first("US_PHYSICIAN")
    if letters is None or writers is None or writers.end_char - c.span.start_char > len(label):
        return False
    count = LETTER_COUNT_VALUE.fullmatch(value)
    n = _number(count["n"]) if count else None
    return n is not None and 0 < n <= 6


def _not_enough(n: Span) -> bool:
    """ "not sufficient", "not enough", "will not suffice": a negation of sufficiency."""
    doc = n.doc
    after = [t.lower_ for t in doc[n.end : min(n.end + 3, len(doc))]]
    words = [w for w in after if w not in ("be", "considered", "by", "themselves", "itself")]
    return bool(words) and words[0] in ("sufficient", "enough", "adequate", "suffice", "suffices")


RULES = (_visa, _accepts_img, _ecfmg_by, _usce, _scores, _attempts, _yog, _positions, _other)


# --- pages into units -------------------------------------------------------------------------


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def html_units(html: str) -> list[str]:
    """The text units of a page in reading order: blocks, table rows as "label: value"."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for bad in list(root.iter(*SKIP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    main = root.find(".//main")
    scope = main if main is not None else root
    units: list[str] = []
    for el in scope.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "tr":
            cells = [_clean(td.text_content()) for td in el if td.tag in ("td", "th")]
            if len(cells) == 2 and all(cells):
                units.append(f"{cells[0]}: {cells[1]}")
            elif cells:
                units.append(" ".join(cells))
        elif el.tag in BLOCK_TAGS and el.getparent() is not None:
            if any(a.tag == "tr" for a in el.iterancestors()):
                continue  # read with its row
            if any(a.tag in BLOCK_TAGS for a in el.iterancestors()):
                continue  # read with its block
            units.append(_clean(el.text_content()))
        elif el.tag == "div" and not any(
            isinstance(k.tag, str) and k.tag in (*BLOCK_TAGS, "div", "ul", "ol", "table", "dl")
            for k in el.iterdescendants()
        ):
            units.append(_clean(el.text_content()))
    return [u for u in units if u]


def text_units(text: str) -> list[str]:
    """Paragraphs of a plain-text page; a short "Label: value" line stands alone."""
    units = []
    for para in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in para.splitlines() if line.strip()]
        if lines and all(re.match(r"^[^:]{2,70}:\s*\S", line) for line in lines):
            units.extend(lines)
        elif lines:
            units.append(" ".join(lines))
    return units


def _window(value: Value, fetched_at: str | None) -> Value | None:
    """ "graduated since 2021" fetched in 2026 is a five-year window; unknown without a date."""
    if not (isinstance(value, str) and value.startswith(SINCE)):
        return value
    fetched = re.match(r"(\d{4})-", fetched_at or "")
    if not fetched:
        return None
    years = int(fetched.group(1)) - int(value.removeprefix(SINCE))
    return years if 0 < years <= 30 else None


# The cues a rule reads a fact from: a clause naming none of them settles nothing (what it
# inherits comes from a clause of the same sentence, so of the same unit).
FACT_CUES = (
    *TOPICS,
    *("CITIZEN", "US_SCHOOL", "POSITION_NOUN", "PER_YEAR", "RESEARCH_TRACK", "LETTERS"),
    *("FIRST_ATTEMPT", "MULTI_ATTEMPT", "NO_MORE_THAN_ONE", "NO_MORE_THAN_N", "ATTEMPT_WORD"),
)


def _spec_words(spec: dict[str, Any]) -> list[str] | None:
    """Lower-case text one token pattern needs inside the token (a regular expression), or None
    when it names no word ("OP": "?", "NOT_IN", "LIKE_NUM", ...)."""
    if spec.get("OP") in ("?", "*"):
        return None
    value = spec.get("LOWER", spec.get("ORTH"))
    if isinstance(value, str):
        return [re.escape(value.lower())]
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return [re.escape(str(v).lower()) for v in value["IN"]]
    if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
        return [value["REGEX"].removeprefix("^").removesuffix("$")]
    return None


@lru_cache(maxsize=1)
def _cue_prefilter() -> re.Pattern[str] | None:
    """One expression that finds, in a unit's lower-case text, a word every pattern of a fact
    cue needs: a unit without any cannot state a fact, so it skips the pipeline (the Matcher is
    the crawl's largest cost). A token's text is part of its unit's, so the search never misses
    a unit a cue matches in; None when some pattern needs no word."""
    words: list[str] = []
    for entry in _load_patterns(PATTERNS):
        if entry["label"] not in FACT_CUES:
            continue
        specs = [_spec_words(spec) for spec in entry["pattern"]]
        # runs of tokens that each name a word ("j - 1", "care system"): a token that may be
        # absent or names none ends a run; the words of a run stand in a row in the text
        runs: list[list[list[str]]] = [[]]
        for ws in specs:
            if ws:
                runs[-1].append(ws)
            elif runs[-1]:
                runs.append([])
        if not runs[0]:
            return None
        # the most telling run of the pattern: its shortest alternatives are the longest
        best = max(runs, key=lambda run: sum(min(len(w) for w in ws) for ws in run))
        words.append(r"\s*".join("(?:" + "|".join(ws) + ")" for ws in best))
    return re.compile("|".join(f"(?:{w})" for w in sorted(set(words))))


def may_state_a_fact(unit: str) -> bool:
    """Whether a unit names any cue a fact is read from (else it cannot state one)."""
    pattern = _cue_prefilter()
    return pattern is None or pattern.search(unit.lower()) is not None


# "are not ineligible", "shall not be deemed ineligible": a double negative is the plain
# affirmative, read as "eligible"; "not ineligible by reason of X" is "eligible regardless of X"
# (the sentence reported stays the page's own words)
# "does not, by itself, make you ineligible": an aside of "by itself" and a verb that makes
# someone ineligible are in the double negative too
DOUBLE_NEGATIVE = re.compile(
    r"\bnot\s*(?:,?\s*(?:by (?:itself|themselves)|on (?:its|their) own|in itself|alone)\s*,?\s+)?"
    r"((?:(?:be|been|being|considered|deemed|rendered|made|held|makes?|renders?)\s+"
    r"(?:(?:you|them|him|her|one|anyone|an applicant|applicants|a candidate|candidates)\s+)?)"
    r"{0,2})ineligible\b"
    r"(\s+(?:solely\s+)?(?:by reason of|because of|on account of|due to|owing to"
    r"|on the basis of|based on|on grounds of)\b)?",
    re.IGNORECASE,
)


LACKED = re.compile(r"\b(absence|lack|lacking|without|no)\b", re.IGNORECASE)


def _plain_affirmative(unit: str) -> tuple[str, list[tuple[int, int]]]:
    """The unit with its double negatives made affirmative, and where each rewritten stretch
    ends in both texts (rewritten end, original end), for mapping a sentence back."""
    if "ineligible" not in unit.lower():
        return unit, []
    parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    last = 0
    for m in DOUBLE_NEGATIVE.finditer(unit):
        if m.group(1) and LACKED.search(re.split(r"(?<=[.!?])\s+(?=[A-Z])", unit[: m.start()])[-1]):
            # "The absence of USCE does not render an applicant ineligible": what is lacked
            # is not required, which the rules read from the sentence as it stands
            continue
        parts.append(unit[last : m.start()])
        parts.append((m.group(1) or "") + "eligible" + (" regardless of" if m.group(2) else ""))
        anchors.append((sum(map(len, parts)), m.end()))
        last = m.end()
    if not anchors:
        return unit, []
    parts.append(unit[last:])
    return "".join(parts), anchors


def _original_text(unit: str, anchors: list[tuple[int, int]], start: int, end: int) -> str:
    """The stretch of the page's unit a stretch of its rewritten text stands for (a sentence
    starts and ends outside any rewritten words)."""

    def back(pos: int) -> int:
        shift = 0
        for new_end, old_end in anchors:
            if pos >= new_end:
                shift = old_end - new_end
        return pos + shift

    return unit[back(start) : back(end)]


def facts_in_units(
    units: Iterable[str],
    url: str | None = None,
    fetched_at: str | None = None,
    *,
    as_of: str | None = None,
    learned: bool | None = None,
) -> list[ProgramFact]:
    """Facts of a page's text units; a fact stated with two values is not settled, so dropped.

    With ``learned`` (default: ``LEARNED_FALLBACK``) the learned sentence reader
    (:mod:`extract.fact_learned`) adds a fact the rules did not read at all on the page, when it
    is surer than ``LEARNED_THRESHOLD``, with its sentence and a confidence below any rule's,
    and withholds a rule's fact it is surer than ``LEARNED_VETO`` the sentence does not state
    (``learned_veto``); a withheld fact is still one the rules read, so the fallback adds none.
    """
    rows = list(read_rows(units, as_of or fetched_at))
    out, read = rule_facts(rows, url, fetched_at, as_of=as_of)
    if LEARNED_FALLBACK if learned is None else learned:
        out = learned_veto(out) + learned_facts(rows, read, url, fetched_at)
    order = {name: i for i, name in enumerate(PRINTED_FACTS + OTHER_FACTS)}
    return sorted(out, key=lambda f: order.get(f.fact, 99))


def learned_facts(
    rows: list[Fragment],
    read: set[str],
    url: str | None = None,
    fetched_at: str | None = None,
    *,
    threshold: float | None = None,
    reader: SentenceReader | None = None,
) -> list[ProgramFact]:
    """The learned reader's facts for those not in ``read``, from the sentences of the rows the
    rules read (so others' rules, myths and superseded rules stay out) that the cues let through,
    each reading one the rules do not refuse (``rules_refuse``).

    A fact keeps the page's words: the sentence, or the row's source when the rules' pre-readers
    rewrote it. Its confidence is scaled to at most ``LEARNED_CONFIDENCE``, below every
    rule's (0.75 and up), so a reader of the output can tell the fallback's facts from the
    rules'."""
    threshold = LEARNED_THRESHOLD if threshold is None else threshold
    found: list[Reading] = []
    for row in rows:
        for sentence in sentences(row.text):
            if not may_state_a_fact(sentence):
                continue
            words = sentence if row.text == row.source else _clean(row.source)
            found.extend(
                r
                for r in readings([sentence], reader, [words])
                # a fact the rules read is never the fallback's: no gate to pay for
                if r.fact not in read
                and r.probability >= threshold
                and not rules_refuse(r.fact, r.value, sentence)
            )
    surest = settled(found, threshold, read)
    return [
        ProgramFact(
            r.fact,
            r.value,
            r.sentence,
            url,
            round(LEARNED_CONFIDENCE * r.probability, 3),
            fetched_at,
        )
        for r in surest
    ]


def veto_texts(sentence: str) -> list[str]:
    """What the reader weighs of a rule's sentence: each of its sentences as printed, and as the
    rules' pre-readers rewrite it (the text the rule itself read)."""
    out = []
    for text in sentences(sentence):
        out.append(text)
        rows = list(read_rows([text]))
        if len(rows) == 1 and rows[0].text != text:
            out.append(rows[0].text)
    return out


def veto_judges(fact: str, sentence: str) -> bool:
    """Whether the veto may judge a rule's fact from its sentence (``VETO_FACTS``; no double
    negative outside the visas)."""
    if fact not in VETO_FACTS:
        return False
    return fact in VISAS or len(NEGATION_WORDS.findall(sentence)) < 2


def learned_veto(
    found: list[ProgramFact],
    *,
    threshold: float | None = None,
    reader: SentenceReader | None = None,
) -> list[ProgramFact]:
    """The rules' facts less those the learned reader reads otherwise (``dissent``: another
    value of the fact, only other facts, or none), at least ``LEARNED_VETO`` sure on every text
    of the fact's sentence, for ``VETO_FACTS`` and values a label can name. The reader never
    replaces a value: it only withholds one."""
    threshold = LEARNED_VETO if threshold is None else threshold
    out = []
    for f in found:
        if not veto_judges(f.fact, f.sentence):
            out.append(f)
            continue
        verdict = dissent(f.fact, f.value, veto_texts(f.sentence), reader)
        if verdict is None or verdict[1] < threshold:
            out.append(f)
    return out


# the cue that names each fact's topic
FACT_TOPICS = {
    "visa_j1": "J1",
    "visa_h1b": "H1B",
    "accepts_img": "IMG",
    "ecfmg_by": "ECFMG",
    "usce_required_months": "USCE",
    "step1_min": "STEP1",
    "step2_min": "STEP2",
    "comlex_min": "COMLEX",
    "yog_limit_years": "YOG",
}
# a sentence with one of these gives a figure, a wish or a habit, never the program's rule
UNSETTLING_CUES = ("AVG", "STATS", "HEDGE", "PREF", "ENCOURAGE", "STRONG")
NO_DEMAND = (False, 0, "none")  # a value that denies a requirement


def rules_refuse(fact: str, value: Value, sentence: str) -> bool:
    """Whether what the rules know of a sentence forbids the learned reader's ``fact`` =
    ``value`` from it, though the rules read no fact there themselves.

    The reader weighs words, not scope, time or negation, so it reads "The NRMP itself sets no
    minimum Step 1 score" as the program's, a rescinded rule as in force, "H-1B sponsorship is
    not guaranteed" as a denial. The rules' cues and clause tests know these sentences settle
    nothing; the gate asks them, and refuses a reading when every clause that may state it (one
    naming the fact's topic, else any fact's cue) is vetoed (``_vetoed``), for:

    - a clause the rules veto whatever its facts (``settles_nothing``: another body's or
      program's rule, a past or waived rule, one untold, a pointer elsewhere), a condition or an
      indirect question;
    - a figure, wish or habit (``UNSETTLING_CUES``: averages, past classes, preferences,
      hedges) or a policy that varies or is "not guaranteed" (``_varies``);
    - a score denied only as the sole ground ("not screened out solely on COMLEX");
    - a requirement read where the sentence denies the demand ("550 is not required"), and a
      denial read where its negation denies something else (``_floor_kept``: "no limit to how
      many times we review your score");
    - a fact whose topic the sentence names only in a kind the rules rule out ("work
      experience in U.S. hospitals" is no clinical experience), whatever the clauses."""
    plain = _plain_affirmative(sentence)[0]
    doc = facts_nlp()(plain, disable=["program_facts"])
    topic = FACT_TOPICS.get(fact)
    if topic and any(s.label_ == topic for s in doc.spans[RULED_OUT]):
        if not any(s.label_ == topic for s in doc.spans[CUES]):
            return True
    denies = value in NO_DEMAND
    clauses = [c for sent in doc.sents for c in _clauses(doc, sent)]
    # the clauses that may state the fact: those naming its topic, else any fact's cue; a
    # veto on another clause ("as well as rotators from other programs") leaves it standing
    stating = [c for c in clauses if topic and c.has(topic)] or [
        c for c in clauses if c.has(*FACT_CUES)
    ]
    if stating:
        return all(_vetoed(c, denies) for c in stating)
    return any(_vetoed(c, denies) for c in clauses)


def _vetoed(c: Clause, denies: bool) -> bool:
    """Whether a clause, by what the rules know of it, states no fact (``rules_refuse``)."""
    if c.hypothetical or c.has("INDIRECT", *UNSETTLING_CUES) or settles_nothing(c):
        return True
    if _varies(c) or (_negated(c) and SOLE_GROUND.search(c.lower)):
        return True
    return _denied_demand(c) if not denies else _negated(c) and _floor_kept(c)


def read_rows(units: Iterable[str], as_of: str | None = None) -> Iterator[Fragment]:
    """The rows the rules read a page's units as: each one claim in plain words (``text``) with
    the page's own words (``source``); others' rules, myths and superseded rules left out."""
    # speech is read first (extract.fact_speech): a unit becomes the turns of those who speak
    # for the program, as they end up saying it, each keeping the page's words; then each is
    # read as the rows its label-value fragments make (extract.fact_rows), each row in the
    # page's words (source) and spelled out (the text the rules read)
    rows = (
        f
        if said == words and item.text == item.source
        else Fragment(f.text, words if item.text == item.source else item.source)
        # a news feed is read post by post, others' news left out (extract.fact_announcements)
        for u in units
        for post in posts(u)
        # a checklist or a reply is read item by item (extract.fact_checklists)
        for item in checklist_items(post)
        for said, words in spoken(item.text)
        for f in fragments(said)
    )
    # a rule written in English and Spanish is read once, in its English half
    # (extract.fact_bilingual)
    rows = (Fragment(english_half(f.text), f.source) for f in rows)
    # a resident's own story, quoted and attributed, is no rule of the program
    # (extract.fact_testimony)
    rows = (Fragment(without_testimony(f.text), f.source) for f in rows)
    # a number in a fact sheet's notation ("six (6)", "0 visas", "attempt #1") is read in the
    # one the rules know (extract.fact_numbers)
    rows = (Fragment(in_words(f.text), f.source) for f in rows)
    # a rule said in an idiom ("2 strong", "an automatic no", "Zoom with us") is read in the
    # plain words the rules know (extract.fact_idioms)
    rows = (Fragment(plain_idioms(f.text), f.source) for f in rows)
    # a policy manual's clause numbers and cross-references are layout, not words of the rule
    # (extract.fact_clauses)
    rows = (Fragment(plain_clause(f.text), f.source) for f in rows)
    # two claims coordinated in one sentence ("X and Y are, respectively, ...", "; H-1B
    # visas, not", a row "(J-1 / H-1B): Yes / No") are read as clauses of their own
    # (extract.fact_coordination)
    rows = (Fragment(coordinated(f.text), f.source) for f in rows)
    # a belief the page quotes is read as its correction says (extract.fact_myths)
    rows = (Fragment(corrected(f.text), f.source) for f in rows)
    # a clause is read as the rule now in force, never a past, superseded or undecided one
    # (extract.fact_time)
    rows = (Fragment(current_rule(f.text, as_of), f.source) for f in rows)
    # an instruction to the applicant is read as the rule about applicants it gives
    # (extract.fact_instructions); the row keeps its page words
    rows = (Fragment(third_person(f.text), f.source) for f in rows)
    # what a sentence says of another body (the institution, another track, a sister program)
    # is said of "another program", and a carve-out beside the rule is taken out
    # (extract.fact_scope)
    rows = (Fragment(own_scope(f.text), f.source) for f in rows)
    # what ECFMG, USCIS, a consulate or the law does is no rule of the program's
    # (extract.fact_agencies)
    rows = (Fragment(programs_word(f.text), f.source) for f in rows)
    return rows


def rule_facts(
    rows: Iterable[Fragment],
    url: str | None = None,
    fetched_at: str | None = None,
    *,
    as_of: str | None = None,
) -> tuple[list[ProgramFact], set[str]]:
    """The rules' settled facts of a page's rows (``read_rows``), and every fact they read
    (settled or not) on the page."""
    nlp = facts_nlp()
    found: dict[str, list[ProgramFact]] = {}
    stating = [(f, *_plain_affirmative(f.text)) for f in rows if may_state_a_fact(f.text)]
    docs = nlp.pipe(text for _, text, _ in stating)
    for (row, _, anchors), doc in zip(stating, docs, strict=True):
        for fact, raw, confidence, sent in doc._.program_facts:
            value = _window(raw, as_of or fetched_at)
            if value is None:
                continue
            text = sent.text
            if row.text != row.source:
                text = row.source  # shorthand spelled out: report the page's own row
            elif anchors:
                text = _original_text(row.text, anchors, sent.start_char, sent.end_char)
            found.setdefault(fact, []).append(
                ProgramFact(fact, value, _clean(text), url, confidence, fetched_at)
            )
    out = []
    for facts in found.values():
        facts = _settle_duration(_settle_leniency(facts))
        if facts and len({json.dumps(f.value) for f in facts}) == 1:
            best = max(facts, key=lambda f: f.confidence)
            agree = min(0.99, best.confidence + 0.03 * (len(facts) - 1))
            out.append(ProgramFact(best.fact, best.value, best.sentence, url, agree, fetched_at))
    return out, set(found)


def _settle_leniency(facts: list[ProgramFact]) -> list[ProgramFact]:
    """A repeat allowed on one exam ("an earlier Step 1 failure will be considered") beside a
    first-attempt rule for another ("Step 2 CK must be passed at the first attempt") leaves that
    rule standing; alone, or beside a rule for the same exam, it is no first-attempt rule."""
    strict = {
        f.value for f in facts if isinstance(f.value, str) and not f.value.startswith(LENIENT)
    }
    out = []
    for f in facts:
        if isinstance(f.value, str) and f.value.startswith(LENIENT):
            if strict and f.value.removeprefix(LENIENT) not in strict:
                continue
            f = replace(f, value=False)
        out.append(f)
    return out


def _settle_duration(facts: list[ProgramFact]) -> list[ProgramFact]:
    """A requirement of U.S. experience said without its length ("USCE is not optional") beside
    one length of it ("you need at least two months") is that length: the two agree."""
    stated = [f for f in facts if f.value != "required, duration not stated"]
    lengths = {json.dumps(f.value) for f in stated}
    if len(stated) == len(facts) or len(lengths) != 1 or not isinstance(stated[0].value, int):
        return facts
    return stated if stated[0].value > 0 else facts


def _served_at(headers: dict[str, str] | None) -> str | None:
    """The response's Date header as ISO 8601: the date a calendar year is read against when
    the caller gives no fetch date."""
    date = next((v for k, v in (headers or {}).items() if k.lower() == "date"), None)
    if not date:
        return None
    try:
        return parsedate_to_datetime(date).isoformat()
    except (TypeError, ValueError):
        return None


def extract_facts(
    content: bytes | str,
    url: str | None = None,
    *,
    content_type: str = "html",
    headers: dict[str, str] | None = None,
    fetched_at: str | None = None,
    learned: bool | None = None,
) -> list[ProgramFact]:
    """Facts a page (HTML or text) states about its program, each with its sentence.

    ``learned`` switches the learned fallback on or off for this call (default:
    ``LEARNED_FALLBACK``).

    ``content_type`` is ``"html"`` or ``"text"``; bytes are decoded as the roster extractor
    decodes them (BOM, header charset, meta charset, cp1252 fallback).
    """
    is_html = content_type != "text"
    text = content if isinstance(content, str) else decode_body(content, headers, html=is_html)
    as_of = fetched_at or _served_at(headers)
    units = html_units(text) if is_html else text_units(text)
    return facts_in_units(units, url, fetched_at, as_of=as_of, learned=learned)

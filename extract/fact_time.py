"""Time in a program's statements: the rule in force now, not a past, superseded, rumoured or
undecided one.

Program pages talk about time: news posts ("Update (June 2026): ..."), "What's new this cycle"
boxes, FAQ answers on what changed ("We have retired our Step 1 cutoff"), corrections of forum
rumours and of older listings. A sentence may state the rule now in force, an old rule it
replaced, or a rule nobody has decided yet; an applicant needs the first only. This module
reads each clause's time from its tense and its words of change, and hands the sentence rules
the current rule alone, in the plain present they read:

- **A frame that only dates or announces the rule now in force** is dropped, and the rule it
  frames is read as it stands: a news label ("Policy update (July 2026):", "What's new:", "No
  change for 2027:", "Reminder, unchanged from last year:"; one that names a fact, "New
  minimums for the 2027 Match:", stays the row's label), an opening of continuity ("As before,",
  "As in past cycles,"), of a start ("Effective with the 2027 Match,", "Beginning this cycle,",
  "As of July 2026,") and the correction of a rumour ("Contrary to what some forums say,": what
  follows is the program's word). A rule effective from a cycle later than the one after the
  page's date is a future rule, not the one applicants apply under now.
- **A superseded figure** is not the rule: "230, down from 250", "now 3 months, up from one
  month previously", "lowered from 600 to 475", "(previously 240)" keep the new figure only,
  and a change made "to" a figure ("has been lowered to 475", "has grown to 3", "we have
  tightened our window to 5 years") states it ("is 475"). What a rule "replaces" is the old one.
- **A rule removed** (present perfect or passive: "we have retired our Step 1 cutoff", "our
  former USCE requirement has been retired", "H-1B sponsorship has been discontinued", "we have
  stopped sponsoring H-1B visas", a row's "Lifted") is no rule now: there is none. A removal
  denied ("we have not dropped our Step 2 CK floor", "has not been relaxed", "has not been
  waived") leaves the rule standing. "No longer" denies the present ("we no longer sponsor" is
  "we do not sponsor", "will no longer be reviewed" is "will not be reviewed"), but a figure
  after it was the old rule's ("we no longer require 240"), so that clause passes unchanged for
  the rules to void.
- **A past rule** settles nothing now: a clause in the simple past framed by a time gone by
  ("For the 2025 Match, applicants needed 245", "In the 2024-2025 season we sponsored H-1B
  visas", "Last year we required ..."), one of what the program "used to" do, what an older
  version of a page, a brochure or a listing said, and what past applicants have done "in recent
  cycles".
- **An undecided rule** settles nothing: a clause under review, being reconsidered, not yet
  decided, or to be announced.

Precedence: this reader runs on the rows of :mod:`extract.fact_rows` and before the instruction
reader (:mod:`extract.fact_instructions`) and the sentence rules. It decides only *when* a
clause holds: what the current rule commits the program to (the fact, its value, a preference
or hedge that voids it) stays with the sentence rules, which read the restated clause as they
read any present-tense one. Text with no word of time passes through unchanged (the same
object); a clause that holds no current rule is dropped from the text the rules read, and the
fact a row gives still reports the page's own words.
"""

from __future__ import annotations

import re

# A cheap gate: a text with none of these words (or a year, or one of these phrases) says
# nothing this module reads. A set of words, not one regex: most rows have none, and a word
# set is read in one pass.
TIME_WORDS = frozenset(
    """
    longer anymore used previously formerly originally update updated updates new news reminder edit
    note notice change changes changed changing correction unchanged effective beginning starting
    commencing contrary despite notwithstanding former old older earlier prior last ago stopped
    ceased quit lifted retired discontinued review reviewing reviewed reconsidered revisited
    decided announced replace replaced replaces superseded supersedes recent recently lately fact
    actually dropped eliminated removed abolished scrapped rescinded ended done phased withdrawn
    relaxed waived loosened suspended abandoned grew grows grown expanded expands increased
    increases decreased decreases reduced raised lowered extended went jumped climbed slipped
    bumped tightened narrowed widened shortened lengthened revised adjusted moved fell fallen rose
    risen haven hasn never outdated archived premature tbd tba considering currently forward reached
    again present reality rumor rumors rumour rumours discussing whether heads previous
    determined posted confirmed finalized finalised published evaluated decide shrinks
    """.split()
)
TIME_PHRASES = (
    *("as of", "as before", "as always", "as in ", "down from", "up from"),
    *("(was", "(were", "(from", "which was", "which were"),
)
_WORD = re.compile(r"[a-z]+")
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def mentions_time(text: str) -> bool:
    """Whether a text holds a word of time this module reads (else it passes unchanged)."""
    low = text.lower()
    if _A_YEAR.search(low) or any(p in low for p in TIME_PHRASES):
        return True
    return not TIME_WORDS.isdisjoint(_WORD.findall(low))


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"\u201c(])")
# clauses a time may hold apart: "We used to require 220, but now there is no cutoff"
CLAUSE = re.compile(r"(\s*;\s*|,\s+but\s+)")

_NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_UNIT = r"(?:\s+(?:months?|years?|weeks?|points?|positions?|residents?|spots?|slots?|percent|%))?"
_OLD = rf"{_NUM}(?:th percentile|%)?{_UNIT}"
_WHEN_BEFORE = (
    r"(?:\s+(?:previously|before|earlier|formerly|last (?:year|cycle|season)"
    r"|in (?:19|20)\d\d(?:[-\u2013]\d{2,4})?|(?:for|in) the (?:19|20)\d\d\s+\w+))?"
)
_CHANGED = (
    r"(?:lowered|raised|reduced|increased|decreased|cut|extended|shortened|changed|moved"
    r"|dropped|tightened|relaxed|loosened|expanded|grown|grew|rose|risen|fell|fallen|revised"
    r"|adjusted|updated|bumped|narrowed|widened|lengthened|went|jumped|climbed|slipped)"
)
# "230, down from 250", "up from one month previously": the old figure beside the new
FROM_OLD = re.compile(rf",?\s*\b(?:down|up)\s+(?:slightly\s+)?from\s+{_OLD}{_WHEN_BEFORE}", re.I)
# "lowered from 600 to 475": the change keeps its new figure
FROM_TO = re.compile(rf"\b({_CHANGED})\s+from\s+{_OLD}\s+to\b", re.IGNORECASE)
# "230, lowered from 240": a participle after the new figure naming the old
AFTER_NEW = re.compile(rf",\s*{_CHANGED}\s+from\s+{_OLD}{_WHEN_BEFORE}(?=\s*(?:[.;,)]|$))", re.I)
# "(previously 240)", "(was 5 years)", "(formerly: 3 months)"
OLD_ASIDE = re.compile(
    r"\s*\((?:previously|formerly|was|were|down from|up from|from|last year|old)\b:?\s*[^)]*\)",
    re.IGNORECASE,
)
# "has been lowered to 475", "has grown to 3", "was raised to 230": the change's result
CHANGED_TO = re.compile(
    rf"\b(?:has|have|had)\s+(?:been\s+)?(?:{_CHANGED}|set)\s+(?:to|at)\s+"
    rf"(?=(?:at least\s+|only\s+)?{_NUM}\b)"
    rf"|\b(?:was|were|is|are)\s+(?:{_CHANGED})\s+to\s+(?=(?:at least\s+)?{_NUM}\b)",
    re.IGNORECASE,
)
# "we have tightened our graduation window to 5 years": the object's new value
OWN_CHANGED_TO = re.compile(
    rf"\b(?:we|the program|this program|our program|the department|the residency)"
    rf"\s+(?:(?:have|has)\s+)?(?:{_CHANGED}|set)\s+(?P<what>(?:our|the|its)\s+[^,;:.]{{2,60}}?)"
    rf"\s+(?:to|at)\s+(?=(?:at least\s+)?{_NUM}\b)",
    re.IGNORECASE,
)

# (not "restriction": "no restriction on IMGs" would read as a denial of the IMGs named)
_RULE_NOUN = (
    r"(?:rules?|requirements?|cutoffs?|cut-offs?|minimums?|floors?|limits?|thresholds?"
    r"|windows?|polic(?:y|ies)|criteri(?:on|a)|screens?|sponsorship)"
)
_REMOVED = (
    r"(?:dropped|eliminated|removed|retired|lifted|abolished|scrapped|rescinded|discontinued"
    r"|ended|done away with|phased out|withdrawn)"
)
_WE = r"(?:we|the program|this program|our program|the department|the residency|the gme office)"
# "we have retired our Step 1 cutoff": there is none now
WE_REMOVED = re.compile(
    rf"\b(?P<we>{_WE})\s+(?:have|has)\s+(?:now\s+)?{_REMOVED}\s+(?:our|the|its|any|all)\s+"
    rf"(?:(?:former|old|previous|earlier|prior|longstanding|long-standing)\s+)?"
    rf"(?P<what>(?:[\w/.-]+\s+){{0,5}}?{_RULE_NOUN})\b",
    re.IGNORECASE,
)
# "our former USCE requirement has been retired", "H-1B sponsorship has been discontinued"
_CONTENT_WORD = (
    r"(?!(?:the|a|an|our|its|their|this|that|and|or|after|before|has|have|had|is|are|was|were"
    r"|of|in|for|to|with|by|we|it)\b)[\w/.-]+\s+"
)
WAS_REMOVED = re.compile(
    rf"(?:\b(?:our|the|its|any)\s+)?(?:(?:former|old|previous|earlier|prior)\s+)?"
    # (an aside may name what the rule covered, "visa sponsorship (J-1 and H-1B)", not a figure)
    rf"(?P<what>(?<![\w-])(?:{_CONTENT_WORD}){{0,5}}?{_RULE_NOUN}"
    r"(?:\s*\((?![^()]*(?<![\w-])\d)[^()]{1,40}\))?)"
    rf"\s+(?:has|have)\s+been\s+{_REMOVED}\b",
    re.IGNORECASE,
)
# a replacement named: the rule removed has a successor, so "none" would be wrong
REPLACED = re.compile(
    r"(?<!not )(?<!not being )\b(?:replaced|superseded|in (?:favou?r|place) of|instead)\b"
    r"|\bnew (?:one|minimum|cutoff|floor|limit|threshold|rule|requirement) (?:of|is|at)\b",
    re.IGNORECASE,
)
# "we have lifted our restriction on IMGs": the group it named may apply
LIFTED_RESTRICTION = re.compile(
    rf"\b(?:{_WE})\s+(?:have|has)\s+(?:now\s+)?(?:{_REMOVED}|relaxed|loosened)"
    r"\s+(?:our|the|its|any)\s+"
    r"(?:(?:former|old|previous|earlier|prior|longstanding|long-standing)\s+)?restrictions?\s+on\s+"
    r"(?P<group>[^,;:.()]{2,60})",
    re.IGNORECASE,
)
# "J-1 only (H-1B discontinued)": the visa named is not offered
# "None (J-1 and H-1B discontinued)": each visa named
REMOVED_ASIDE = re.compile(
    rf"\((?P<what>[\w/.-]+(?:\s+(?:and|or|&)\s+[\w/.-]+|\s+[\w/.-]+)?)\s+{_REMOVED}\)",
    re.IGNORECASE,
)
# a row's value naming a removal: "First-try pass rule: Lifted; ...", "No floor (retired)"
REMOVED_VALUE = re.compile(rf"(?<=:)\s*{_REMOVED}\b(?=\s*(?:[;,.]|$))", re.IGNORECASE)
WORD_ASIDE = re.compile(
    r"\s*\((?:retired|discontinued|dropped|removed|eliminated|lifted|new|updated|unchanged"
    r"|as before|current|revised"
    r"|effective (?:this|the coming|the upcoming) (?:cycle|year|match))\)",
    re.IGNORECASE,
)
# "we have stopped sponsoring H-1B visas": not done now
_GERUNDS = {
    "sponsoring": "sponsor",
    "accepting": "accept",
    "requiring": "require",
    "offering": "offer",
    "considering": "consider",
    "filing": "file",
    "setting": "set",
    "using": "use",
    "taking": "take",
    "screening": "screen",
    "imposing": "impose",
    "interviewing": "interview",
    "reviewing": "review",
    "ranking": "rank",
    "supporting": "support",
    "applying": "apply",
}
STOPPED_DOING = re.compile(
    r"\b(?:have|has)\s+(?:now\s+)?(?:stopped|ceased|discontinued|quit|ended)\s+"
    rf"(?P<v>{'|'.join(_GERUNDS)})\b",
    re.IGNORECASE,
)
# "we have not dropped our Step 2 CK floor": the rule stands
_HAVE_NOT = r"(?:(?:have|has)\s+(?:not|never)|haven't|hasn't|haven\u2019t|hasn\u2019t)"
NOT_REMOVED_ACTIVE = re.compile(
    rf"\b(?P<we>{_WE})\s+{_HAVE_NOT}\s+(?:{_REMOVED}|relaxed|waived|loosened"
    r"|suspended|abandoned|changed)\b",
    re.IGNORECASE,
)
NOT_REMOVED_PASSIVE = re.compile(
    r"\b(?P<aux>has|have)(?:\s+(?:not|never)\s+|n't\s+|n\u2019t\s+)been\s+"
    rf"(?:{_REMOVED}|relaxed|waived|loosened"
    r"|suspended|abandoned)\b",
    re.IGNORECASE,
)
# "no longer": the present denied
NO_LONGER_AUX = re.compile(
    r"\b(?P<aux>is|are|am|was|were|be|will|would|can|could|may|shall|should|must|do|does)"
    r"\s+(?:no|not any)\s+longer\b",
    re.IGNORECASE,
)
THERE_NO_LONGER = re.compile(r"\bthere\s+(?P<v>is|are)\s+no\s+longer\s+(?:a|an|any)\b", re.I)
# (after "and" the rules cut the clause at "no longer" themselves: "sponsors the J-1 and no
# longer sponsors the H-1B")
NO_LONGER_VERB = re.compile(r"(?<!\band )\bno\s+longer\s+(?P<v>[a-z]+)\b", re.IGNORECASE)
ANYMORE = re.compile(r"\s*\b(?:anymore|any more|any longer)\b", re.IGNORECASE)
_NOT_A_VERB = {"a", "an", "any", "the", "true", "required", "needed", "eligible", "able"}

# A time gone by, framing a clause ("For the 2025 Match", "In the 2024-2025 season", "Last year")
_YEARS = r"(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?"
PAST_FRAME = re.compile(
    rf"\b(?:for|in|during|through|throughout|over)\s+(?:the\s+)?{_YEARS}"
    r"(?:\s+(?:match|cycle|season|application season|recruitment season|academic year|eras"
    r" season|interview season))?\b"
    r"|\blast\s+(?:year|cycle|season|match|application cycle|recruitment cycle)\b"
    # (not a bound: "graduated no more than 2 years ago" is a window on the applicant)
    r"|(?<!than )(?<!within )(?<!most )(?<!least )(?<!to )"
    r"\b(?:a|one|two|three|four|five|\d+)\s+(?:years?|cycles?)\s+ago\b"
    r"|\b(?:the|in|for)\s+(?:previous|prior|past|last)\s+(?:year|cycle|season|match)\b",
    re.IGNORECASE,
)
SUBORDINATE = re.compile(
    r"\b(?:if|unless|who|whose|whom|that|which|when|once|after|before|since|whether)\b",
    re.IGNORECASE,
)
# A finite verb of the present or future: the clause speaks of now
PRESENT = re.compile(
    r"\b(?:is|are|am|remains?|continues?|will|won't|won\u2019t|must|now|still|currently|today"
    r"|can|cannot|can't|can\u2019t|may|shall|isn't|aren't|don't|doesn't"
    r"|does|do|has|have|need|needs|requires?|sponsors?|accepts?|considers?|offers?|sets?"
    r"|applies|apply|matches|takes|expects?|asks?|uses?|screens?|limits?)\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = (
    r"was|were|had|did|took|gave|kept|held|sought|got|made|began|grew|rose|fell|drew|went"
    r"|came|saw|set"
)
PAST_VERB = re.compile(
    rf"\b(?:{_IRREGULAR_PAST})\b"
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bour )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )"
    r"(?<!\bare )(?<!\bnot )(?<!\bno )(?<!\bany )(?<!\bto )(?<!\bhave )(?<!\bhas )"
    r"\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)
# "we previously required ...": the old rule; "applicants who previously failed" names a group
PREVIOUSLY = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?<!\bhad )(?<!\bhave )(?<!\bhas )"
    r"\b(?:previously|formerly|originally)\b(?!\s+(?:failed|taken|attempted|completed|graduated))",
    re.IGNORECASE,
)
# "...; that is out of date": the clause before, named again, is no rule now
OUTDATED_BACK = re.compile(
    r"^(?:that|this|it|which|these|those)\b[^;]*\b(?:out of date|outdated"
    r"|no longer (?:accurate|valid|current|correct|applies|apply|in effect|in force)|incorrect"
    r"|wrong|in error|superseded|obsolete)\b",
    re.IGNORECASE,
)
# what a program "used to" do ("the score used to rank" is no past)
USED_TO = re.compile(
    r"(?<!\bget )(?<!\bgot )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
    r"(?<!\bnot )(?<!n't )(?<!\bbeing )\bused\s+to\s+\w+",
    re.IGNORECASE,
)
# what an older page, brochure or listing said
_SOURCE = (
    r"(?:versions?|editions?|listings?|brochures?|handbooks?|posts?|websites?|flyers?|documents?"
    r"|guides?|faqs?|drafts?)"
)
OLD_SOURCE = re.compile(
    r"\b(?:earlier|previous|prior|older|old|outdated|archived|former|last year's)"
    rf"\s+(?:[\w-]+\s+){{0,2}}{_SOURCE}\b|\bout of date\b",
    re.IGNORECASE,
)
# "Our 2024 brochure", "our FAQ from 2023": a source dated by a year (old only before the
# page's own year)
DATED_SOURCE = re.compile(
    rf"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}{_SOURCE}\b"
    rf"|\b{_SOURCE}\s+(?:from|of)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "... said 6 months, which is out of date": what a source said, called outdated
SOURCE_SAID = re.compile(
    r"\b(?:said|stated|listed|claimed|showed|printed|gave|indicated)\s+(?:that\s+)?"
    r"(?=.*\b(?:out of date|outdated|incorrect|in error|obsolete)\b)",
    re.IGNORECASE,
)
# A post corrected in place ("Edit (Oct 3): the ECFMG deadline in our earlier post was wrong, and
# certification is now due ...", "..., and an older post was wrong", "..., whatever older FAQ
# pages may say"): the clause that calls an old source wrong or waves it away is no rule
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_WRONG = (
    r"(?:wrong|incorrect|inaccurate|in error|mistaken|out of date|outdated|misprinted"
    r"|a (?:typo|mistake|misprint))"
)
_OLD_PLACE = (
    rf"(?:our|the|an?|that|this)\s+(?:earlier|older|old|previous|prior|original|{_MONTHS})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_SOURCE}|graphics?|banners?|pages?|announcements?|tweets?)"
)
# "<what> in our earlier post was wrong, and <rule>": what was wrong names the rule's topic
WRONG_SOURCE_LEAD = re.compile(
    rf"^(?P<np>[^,;:]{{2,60}}?)\s+(?:in|on|from)\s+{_OLD_PLACE}\s+(?:was|were|is|are)\s+"
    rf"(?:\w+\s+)?{_WRONG}\s*(?:,\s+(?:and|so)\s+|;\s+|:\s+)",
    re.IGNORECASE,
)
WRONG_SOURCE_TAIL = re.compile(
    rf"(?:,\s+(?:and|but)\s+|;\s+){_OLD_PLACE}\s+(?:was|were|is|are)\s+(?:\w+\s+)?{_WRONG}"
    r"(?=\s*[.!]?\s*$)",
    re.IGNORECASE,
)
WAVED_AWAY = re.compile(
    r",\s+(?:whatever|despite what|no matter what|regardless of what)\s+[^,;.]{1,60}?\s+"
    r"(?:may\s+|might\s+)?(?:says?|said|suggests?|suggested|shows?|showed|states?|stated)"
    r"(?=\s*[.!]?\s*$)",
    re.IGNORECASE,
)


def _wrong_source_out(clause: str) -> str:
    """The clause without what it says of an old source it corrects; the topic the old source
    got wrong labels the rule after it ("The ECFMG deadline: certification is now due ...")."""
    m = WRONG_SOURCE_LEAD.match(clause)
    if m:
        np = m.group("np")
        clause = (f"{np}: " if _TOPIC.search(np) else "") + clause[m.end() :]
    return WAVED_AWAY.sub("", WRONG_SOURCE_TAIL.sub("", clause))


# what past applicants have done lately: a record, no rule
RECENT_RECORD = re.compile(
    r"\b(?:applicants|candidates|residents|graduates|students|interns|those|classes|class)\b"
    r"[^;]*?\b(?:have|has)\s+(?:\w+\s+)?(?:been|[a-z]{3,}ed|done|gone|grown|won|taken|gotten|had)\b"
    r".*\b(?:in recent (?:cycles|years|matches|seasons)|lately|recently|in the (?:past|last)"
    r" (?:few )?(?:cycles|years|seasons))\b",
    re.IGNORECASE,
)
# a rule nobody has decided yet
UNDECIDED = re.compile(
    # (not "being reviewed": "applications below 220 are not being reviewed" is a rule now)
    r"\bunder review\b|\bbeing (?:reconsidered|revisited|re-?evaluated)\b"
    r"|\b(?:has|have) not (?:yet )?been (?:decided|determined|finali[sz]ed|set|confirmed"
    r"|announced)\b|\bnothing has been decided\b|\bnot yet (?:been )?(?:decided|determined|final)"
    r"|\bwill be (?:announced|posted|decided|determined|confirmed|finali[sz]ed|published)\b"
    r"|\bto be (?:announced|determined|confirmed|decided)\b|\bTB[AD]\b|\bwill revisit\b"
    r"|\b(?:are|is) (?:reviewing|considering|discussing) whether\b|\bexpects? to decide\b"
    r"|\bpremature\b",
    re.IGNORECASE,
)

# Openings that date or announce the current rule, read as the rule itself
_NEWS = (
    r"(?:updates?|updated|new|news|reminder|note|notice|changes?|changed|correction|unchanged"
    r"|edit|edited"
    r"|still true|no change|what's new|what\u2019s new|announcement|heads up|as before)"
)
_TOPIC = re.compile(
    r"\b(?:visas?|j-?1|h-?1b|imgs?|international|ecfmg|usce|clinical|step|comlex|usmle|scores?"
    r"|minimums?|floors?|cutoffs?|cut-offs?|attempts?|graduat\w*|positions?|spots|slots|class"
    r"|size|residents?|interns?|letters?|prelim\w*|research|track|complement|limits?)\b",
    re.IGNORECASE,
)
NEWS_LABEL = re.compile(r"(?P<label>[^:]{1,80}?):\s+(?=\S)")
NEWS = re.compile(rf"\b{_NEWS}\b", re.IGNORECASE)
_CYCLE = (
    r"(?:(?:the\s+)?(?:coming|upcoming|current|next|this|(?:19|20)\d\d(?:[-\u2013](?:19|20)?\d\d)?)"
    r"\s+(?:match|cycle|application cycle|season|application season|recruitment season"
    r"|academic year|year|eras season)|this year|now|today)"
)
START_LEAD = re.compile(
    r"(?P<lead>(?:effective|beginning|starting|commencing)(?:\s+(?:with|from|in|on|for))?"
    r"|as of|from|with|for|in)\s+(?P<when>[^,]{1,50}?),\s+",
    re.IGNORECASE,
)
# a label that is a sentence of change ("Our class size grows this year:") is news, no row label
CHANGE_VERB = re.compile(
    r"\b(?:grows|grew|has grown|expands|has expanded|changes|has changed|is changing|shrinks"
    r"|increases|decreases|has increased|has decreased|has been (?:updated|revised|changed))\b"
    r"(?:\s+(?:this|for the|for this|in the)\b.*)?$",
    re.IGNORECASE,
)
CONTINUITY_LEAD = re.compile(
    r"(?:as before|as always|as in the past|as previously|as last year|like last year"
    r"|as in (?:every |all |each |the )?(?:past|previous|prior|earlier|recent|other|former)"
    r"(?:\s+\w+){1,2}|as in last year's(?:\s+\w+)?|as in \w+ (?:prior|previous|past|earlier)"
    r"(?:\s+\w+)?|once again|again this (?:year|cycle)|in fact|actually|currently|at present"
    r"|going forward|from now on|moving forward),\s+",
    re.IGNORECASE,
)
RUMOUR_LEAD = re.compile(
    r"(?:contrary to|despite|notwithstanding)\s+[^,;:]{1,90}?,\s+(?=\S)", re.IGNORECASE
)
TRAILING_CONTINUITY = re.compile(
    r",\s*(?:as (?:before|always|in (?:the past|past \w+|previous \w+|prior \w+|earlier \w+"
    r"|recent \w+))|as it has been for years|as last year)\s*(?=[.;]|$)",
    re.IGNORECASE,
)
# "The minimum, which was 230 last year, is 225": the old value in an aside
WAS_ASIDE = re.compile(r",\s*which (?:was|were|used to be) [^,;]{1,40},", re.IGNORECASE)
UNCHANGED_ASIDE = re.compile(
    r",\s*(?:unchanged|the same|as) (?:from|since|as) [^,]{1,30},", re.IGNORECASE
)
CORRECTION_FACT = re.compile(r"^(?:in fact|actually|in reality),?\s+", re.IGNORECASE)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# a row's label: a few words with no verb of their own before the colon
ROW_LABEL = re.compile(
    r"(?P<label>(?:(?!\b(?:is|are|was|were|has|have|had|we|will)\b)[^:;.]){1,60}):\s+"
)
# "we still keep our Step 2 CK floor; it remains 230": the rule named, then its figure
RULE_THEN_IT = re.compile(
    r"(?P<np>\b(?:our|the|a|an|its)\s+(?:[\w/.-]+\s+){0,4}?(?:floor|minimum|cutoff|cut-off"
    r"|threshold|limit|requirement|window))\b(?P<mid>[^.;:]{0,40}?[;,]\s*(?:and\s+)?)"
    r"\bit\s+(?=(?:remains|is|stays|still is|will remain|will be|continues to be)\s)",
    re.IGNORECASE,
)


def _it_named(m: re.Match[str]) -> str:
    np = re.sub(r"^(?:a|an|the|its)\b", "our", m.group("np"), flags=re.IGNORECASE)
    return f"{m.group('np')}{m.group('mid')}{np} "


def _as_of_year(as_of: str | None) -> int | None:
    m = re.match(r"\s*((?:19|20)\d\d)", as_of or "")
    return int(m.group(1)) if m else None


def _future(when: str, year: int | None) -> bool:
    """A start later than the cycle after the page's date: a rule not in force for its
    applicants ("Effective with the 2029 Match" read in 2026)."""
    years = [int(y) for y in YEAR.findall(when)]
    return year is not None and bool(years) and min(years) > year + 1


def _strip_leads(clause: str, year: int | None, times: bool = True) -> str | None:
    """The clause without its openings of news and rumour and (``times``) of a start; None for
    a future rule."""
    while True:
        m = NEWS_LABEL.match(clause)
        label = m.group("label").split() if m else []
        # a bare "Update:" stays: the rules read the row after it as they read any row
        if m and 1 < len(label) <= 9 and not _TOPIC.search(m.group("label")):
            if NEWS.search(m.group("label")) or CHANGE_VERB.search(m.group("label")):
                clause = clause[m.end() :]
                continue
        change = CHANGE_VERB.search(m.group("label")) if m and len(label) <= 9 else None
        if m and change:
            # "Our USCE requirement has changed: we now ask for 3 months": the subject of the
            # change labels the rule now
            clause = f"{m.group('label')[: change.start()].rstrip()}: {clause[m.end() :]}"
        m = CONTINUITY_LEAD.match(clause) or RUMOUR_LEAD.match(clause)
        if m:
            clause = clause[m.end() :]
            continue
        m = START_LEAD.match(clause) if times else None
        if m and _is_a_time(m.group("lead"), m.group("when")):
            if _future(m.group("when"), year):
                return None
            clause = clause[m.end() :]
            continue
        return clause


WHEN = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|match|cycle|season|year|this|next|coming|upcoming|now|today)\b",
    re.IGNORECASE,
)


def _is_a_time(lead: str, when: str) -> bool:
    """ "Effective / As of ..." a date or a cycle is a start ("As of the date of the interview"
    is a deadline); "For / From / In / With ..." only a cycle."""
    if lead.lower().split()[0] in ("effective", "beginning", "starting", "commencing", "as"):
        return WHEN.search(when) is not None
    return re.fullmatch(_CYCLE, when.strip(), re.IGNORECASE) is not None


def _past(clause: str, year: int | None) -> bool:
    """A clause of a rule gone by: a simple past framed by a time gone by, what the program
    "used to" do, what an old source said, or a record of recent cycles."""
    if USED_TO.search(clause) or OLD_SOURCE.search(clause) or RECENT_RECORD.search(clause):
        return True
    if PREVIOUSLY.search(clause) or SOURCE_SAID.search(clause):
        return True
    dated = DATED_SOURCE.search(clause)
    if dated and year is not None and int(dated.group(1) or dated.group(2)) < year:
        return True
    clause = re.sub(r"\([^)]*\)", "", clause)  # "J-1 only (H-1B discontinued)": an aside, no verb
    row = ROW_LABEL.match(clause)
    if row:
        # "Visa sponsorship for the 2027 Match: J-1 and H-1B, both offered": a label dates the
        # row, its value has no tense; a year before the page's own makes the row past
        years = [int(y) for y in YEAR.findall(row.group("label"))]
        if years and year is not None and max(years) < year:
            return True
        clause = clause[row.end() :]
    frames = [m.group(0) for m in PAST_FRAME.finditer(clause)]
    if not frames or all(_future(f, None if year is None else year - 1) for f in frames):
        return False  # no time gone by ("For the 2027 Match" read in 2026 is to come)
    verb = PAST_VERB.search(clause)
    if verb is None or PRESENT.search(clause) is not None:
        return False
    # "if you graduated ...", "applicants who graduated in 2019": a condition or a group named
    return SUBORDINATE.search(clause[: verb.start()]) is None


def _base(verb: str) -> str:
    """ "sponsors" -> "sponsor", "applies" -> "apply", "matches" -> "match"."""
    low = verb.lower()
    if low.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|z)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


def _a_figure_after(text: str) -> bool:
    """A number after a point that may be a rule's value: not a year, an exam's number or a
    visa's ("Step 1", "Level 2", "J-1", "PGY-1")."""
    for m in re.finditer(r"(?<![\w-])(\d+(?:\.\d+)?)(?![\w-])", text):
        before = text[: m.start()].lower().rstrip()
        if int(float(m.group(1))) >= 1000 or before.endswith(("step", "level", "pgy", "part")):
            continue
        return True
    words = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    return re.search(words, text, re.IGNORECASE) is not None


def _no_longer(clause: str) -> str:
    """ "we no longer sponsor" -> "we do not sponsor"; with a figure after it (the old rule's)
    the clause passes unchanged."""
    m = re.search(r"\b(?:no|any) longer\b|\banymore\b|\bany more\b", clause, re.IGNORECASE)
    if not m or _a_figure_after(clause[m.start() :]):
        return clause
    clause = THERE_NO_LONGER.sub(lambda m: f"there {m.group('v')} no", clause)
    clause = NO_LONGER_AUX.sub(lambda m: f"{m.group('aux')} not", clause)

    def verb(m: re.Match[str]) -> str:
        v = m.group("v")
        if v.lower() in _NOT_A_VERB:
            return m.group(0)
        do = "does" if _base(v) != v else "do"
        return f"{do} not {_base(v)}"

    clause = NO_LONGER_VERB.sub(verb, clause)
    return ANYMORE.sub("", clause)


def _removed(clause: str) -> str:
    """A rule removed is none now; one whose removal is denied stands."""
    clause = NOT_REMOVED_ACTIVE.sub(lambda m: f"{m.group('we')} still keep", clause)
    clause = NOT_REMOVED_PASSIVE.sub(
        lambda m: "still applies" if m.group("aux").lower() == "has" else "still apply", clause
    )
    clause = STOPPED_DOING.sub(lambda m: f"do not {_GERUNDS[m.group('v').lower()]}", clause)
    clause = REMOVED_ASIDE.sub(lambda m: f"(no {m.group('what')})", clause)
    clause = REMOVED_VALUE.sub(" None", clause)
    clause = WORD_ASIDE.sub("", clause)
    if REPLACED.search(clause):
        return clause
    clause = LIFTED_RESTRICTION.sub(lambda m: f"{m.group('group')} are eligible", clause)
    # "there is no", not "we have no": the rules read a denial of a rule's existence plainly
    clause = WE_REMOVED.sub(_none_now, clause)
    return WAS_REMOVED.sub(_none_now, clause)


# "removed the Step 1 requirement for DO applicants": a removal for one group leaves the rule
# for the others
FOR_A_GROUP = re.compile(
    r"\s+(?:for|to|from|in the case of)\s+(?!(?:this|next|all|everyone|the (?:coming|upcoming"
    r"|current|next)|the (?:19|20)\d\d|(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def _none_now(m: re.Match[str]) -> str:
    if FOR_A_GROUP.match(m.string, m.end()):
        return m.group(0)
    return f"there is no {m.group('what')}"


# "our intern class expanded to 10 positions", "our complement has reached 16": a rule or a
# count changed, the result stated
_COUNTED = (
    r"(?:class|classes|positions|spots|slots|intake|complement|allotment|minimum|floor|cutoff"
    r"|cut-off|requirement|limit|window|threshold)"
)
NOUN_CHANGED_TO = re.compile(
    rf"(?P<np>\b(?:our|the|its|this year's)\s+(?:[\w/.-]+\s+){{0,4}}?{_COUNTED}"
    r"(?:\s+of\s+[\w\s-]{2,40}?)?)"
    rf"\s+(?:(?:{_CHANGED}|was set|has been set)(?:\s+(?:this|last) (?:year|cycle|fall|spring))?"
    # "our total resident complement has reached 16"
    rf"\s+(?:to|at)|(?:has\s+|have\s+)?(?:now\s+)?reached)\s+(?=(?:at least\s+|about\s+)?{_NUM}\b)",
    re.IGNORECASE,
)
# "A floor of 220 replaces the former 230 cutoff": the new rule applies, the old goes
REPLACES = re.compile(
    r"\s+(?:replaces|has replaced|supersedes|has superseded|takes the place of)\s+[^,;:.]+",
    re.IGNORECASE,
)
# "Our old cutoff of 230 has been replaced by a cutoff of 220": the new one is the rule
REPLACED_BY = re.compile(
    r"^(?P<old>[^,;:]+?)\s+(?:(?:has|have)\s+(?:now\s+)?been|was|were)\s+(?:replaced|superseded)"
    r"\s+(?:by|with)\s+(?P<new>[^;:]+)$"
    # "We have replaced our Step 2 CK floor of 240 with a floor of 225"
    rf"|^(?:{_WE})\s+(?:(?:have|has)\s+)?replaced\s+(?P<old2>[^,;:]+?)\s+with\s+(?P<new2>[^;:]+)$",
    re.IGNORECASE,
)


def _replaced(clause: str) -> str:
    m = REPLACED_BY.match(clause)
    if m:
        # the old rule's name, without its figure or the words that date it
        old = re.sub(
            r"\b(?:former|old|previous|earlier|prior|fixed)\s+|\s+of\s+\d+\b|\b\d{3}\s+(?=\w)",
            "",
            m.group("old") or m.group("old2"),
            flags=re.IGNORECASE,
        )
        return f"{old} is now {m.group('new') or m.group('new2')}"
    return REPLACES.sub(" applies", clause)


def _old_figures_out(clause: str) -> str:
    """The clause without the old figure of a change ("230, down from 250", "(previously
    240)", "lowered from 600 to 475")."""
    clause = OLD_ASIDE.sub("", clause)
    clause = WAS_ASIDE.sub("", clause)
    clause = AFTER_NEW.sub("", clause)
    clause = FROM_OLD.sub("", clause)
    return FROM_TO.sub(lambda m: f"{m.group(1)} to", clause)


# "our residency grows by 3 new residents every summer": what it adds each year, its class
GROWS_EACH_YEAR = re.compile(
    rf"\b(?:grows|grew|is growing|expands|increases)\s+by\s+(?={_NUM}\s+new\s+[\w-]+(?:\s+[\w-]+)?"
    r"\s+(?:every|each|per|a)\s+(?:year|summer|july|june|cycle|fall|spring|academic year)\b)",
    re.IGNORECASE,
)


def _superseded(clause: str) -> str:
    """The new figure of a change stated as the rule ("has been lowered to 475" is "is 475")."""
    clause = GROWS_EACH_YEAR.sub("welcomes ", clause)
    clause = _replaced(clause)
    clause = OWN_CHANGED_TO.sub(lambda m: f"{m.group('what')} is ", clause)
    clause = NOUN_CHANGED_TO.sub(lambda m: f"{m.group('np')} is ", clause)
    return CHANGED_TO.sub("is ", clause)


def _current_clause(clause: str, year: int | None) -> str:
    """The clause as the rule now in force, or "" if it states none."""
    if UNDECIDED.search(clause):
        return ""
    framed = _strip_leads(clause, year, times=False)
    if framed is None:
        return ""
    framed = _wrong_source_out(framed)
    framed = _old_figures_out(framed)  # "up from one month previously" dates the old figure
    if _past(framed, year):
        return ""
    stripped = _strip_leads(framed, year)
    if stripped is None:
        return ""
    clause = CORRECTION_FACT.sub("", stripped)
    clause = UNCHANGED_ASIDE.sub("", clause)
    clause = TRAILING_CONTINUITY.sub("", clause)
    clause = _superseded(clause)
    clause = _removed(clause)
    return _no_longer(clause)


def _current_sentence(sentence: str, year: int | None) -> str:
    if sentence.rstrip().endswith("?"):
        return sentence  # a question states nothing; the rules know it
    pieces = CLAUSE.split(sentence)
    parts, seps = pieces[::2], ["", *pieces[1::2]]
    # "Our FAQ said 6 months; that is out of date": what the back reference names goes too
    last_outdated = max((i for i, c in enumerate(parts) if OUTDATED_BACK.match(c)), default=-1)
    kept: list[str] = []
    for sep, part in list(zip(seps, parts, strict=True))[last_outdated + 1 :]:
        clause = _current_clause(part, year).strip()
        if clause:
            kept.append((sep if kept else "") + clause)
    out = RULE_THEN_IT.sub(_it_named, "".join(kept))
    if out and out[0].islower() and not sentence[:1].islower():
        out = out[0].upper() + out[1:]
    if out and sentence.rstrip()[-1:] in ".!" and out[-1:] not in ".!":
        out += sentence.rstrip()[-1]
    return out


def current_rule(text: str, as_of: str | None = None) -> str:
    """The text with each clause read as the rule now in force: frames of time dropped, old
    figures and removed rules restated, past and undecided clauses left out. Text with no
    word of time is returned unchanged (the same object)."""
    if not mentions_time(text):
        return text
    year = _as_of_year(as_of)
    sentences = SENTENCE.split(text)
    out = [_current_sentence(s, year) for s in sentences]
    joined = " ".join(s for s in out if s)
    return text if joined == " ".join(sentences) else joined

"""Plain-voice idioms of a rule, in the words the sentence rules read.

Programs write their rules in the words people say them in, and some of those words are idioms
the rules have no cue for: a class "2 strong", a failed attempt that "does not knock you out of
the running" or "isn't an automatic no", "prior fails", an interview by "Zoom", a certificate
verified "as a precondition of any application", a program that "asks applicants to have" US
experience or "asks that" letters come from US physicians. This module restates each idiom in
the plain words the rules already read, and only those words:

- **A size "N strong"**: a class, cohort or intake "is N strong" ("each intern class here is 3
  residents strong") is the class size ("class size is N"); "N residents strong" with no class
  named counts them all ("N residents in total").
- **A bare count of categorical**: "Annual intake: 2 categorical" counts positions ("2
  categorical positions").
- **Ruled out**: "knock(s) you out (of the running)" is "disqualify you"; "an automatic no"
  (or rejection, disqualification, deal-breaker) is "automatically disqualifying", and so is
  "a dealbreaker" alone ("a second attempt is not a dealbreaker"); "on the first go" is "on the
  first attempt"; "fails" after "prior", "previous", "past" or "earlier" is the noun "failures".
- **Asked, then demanded**: "Please include X; we require them" (or "need it") is "we require
  X": the pronoun's demand is the instruction's object.
- **Waved off**: "No USCE? No problem, ..." (or "no worries"): what an applicant may lack,
  asked about and waved off, "is not required" (a visa one lacks is not waved off this way:
  the program's sponsorship is another matter).
- **An interview by video**: "Zoom with us" (or with "our" faculty, "the" program director),
  "video-call with us" is "interview with ...".
- **Before applying**: "as a precondition of (any) application" (or a prerequisite or
  condition of applying) is "by the time of application"; "is a prerequisite for applying"
  is "is required by the time of application".
- **Sponsorship limited**: "limits (visa) sponsorship to the J-1" is "sponsors only the J-1".
- **The first morning**: "before your first morning as one of our interns" is "first day".
- **How long ago**: "how long ago you qualified" (or "finished school") is "how long ago you
  graduated"; "however long ago you graduated" is "regardless of when you graduated".
- **Asked of applicants**: "ask(s) applicants (or candidates, you, IMGs) to have" and "ask(s)
  that" are "require(s) ..."; a request with a preference word ("ideally", "if possible") stays
  one, since the rules read its preference word as they do beside "require".

Precedence: the reader runs on the rows of :mod:`extract.fact_rows`, before the clause reader;
what a restated sentence commits the program to is left to the sentence rules. A text with no
idiom this module reads passes through unchanged (the same object); a restated row still reports
the page's own words.
"""

from __future__ import annotations

import re

NUMBER = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# (words one of which the text holds, pattern, replacement), in order
IDIOMS: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (keys, re.compile(p, re.IGNORECASE), r)
    for keys, p, r in (
        (
            ("strong",),
            rf"\b(class|cohort|intake)(?:\s+[a-z]+){{0,2}}?\s+(?:is|are|stands at|runs)\s+({NUMBER})"
            r"(?:\s+(?:residents|interns))?\s+strong\b",
            r"class size is \2",
        ),
        (
            ("strong",),
            rf"\b({NUMBER})\s+(residents|interns|trainees|physicians)\s+strong\b",
            r"\1 \2 in total",
        ),
        (
            ("categorical",),
            rf"\b({NUMBER}|\d{{1,2}}[-\u2013]\d{{1,2}})\s+categorical(?=\s*(?:[.;,)]|$))",
            r"\1 categorical positions",
        ),
        (
            ("knock",),
            r"\bknock(s|ed)?\s+(you|applicants|candidates|an applicant|a candidate|them)\s+out"
            r"(?:\s+of\s+(?:the\s+running|contention|consideration))?",
            r"disqualif\1 \2",  # the ending made whole below (KNOCK_ENDINGS)
        ),
        (
            ("automatic",),
            r"\ban\s+automatic\s+(?:no|rejection|disqualification|disqualifier|deal-?breaker)\b",
            "automatically disqualifying",
        ),
        (
            # "not a dealbreaker", "a deal-breaker for us": ruled out (or not) in one word
            ("dealbreaker", "deal-breaker", "deal breaker"),
            r"\ba\s+deal[- ]?breaker\b",
            "automatically disqualifying",
        ),
        (
            # "passed on the first go": the first attempt in the plain voice
            ("first go",),
            r"\b(on|at|in)\s+(the|your|their|a)\s+first\s+go\b",
            r"\1 \2 first attempt",
        ),
        (
            # "No USCE? No problem, ...": what one may lack, asked and waved off, is not required
            ("no problem", "no worries"),
            r"(?:^|(?<=[.!?]\s))\s*(?:no|without)\s+(?!visa|sponsorship|h-?1b|j-?1)"
            r"([^?.!:;]{2,50}?)\?\s+"
            r"(?:no\s+problem|no\s+worries)(?:\s+at\s+all)?\s*[,.!;]?",
            r"\1 is not required;",
        ),
        (
            # "Please include letters from US doctors; we require them": what the instruction
            # names is what the pronoun demands
            ("require them", "require it", "need them", "need it"),
            r"(?:^|(?<=[.!?]\s))\s*(?:please\s+)?(?:include|send|submit|bring|provide)\s+"
            r"([^;.!?]{5,150}?)\s*;\s*"
            r"we\s+(require|need)\s+(?:them|it)\b",
            r"we \2 \1",
        ),
        (
            ("fails",),
            r"\b(prior|previous|past|earlier|any)\s+fails\b",
            r"\1 failures",
        ),
        (
            ("zoom", "video", "skype"),
            r"\b(?:zoom|skype|video[- ]?call|video[- ]?chat)(?:s|ed)?\s+with\s+(us|our|the)\b",
            r"interview with \1",
        ),
        (
            ("condition", "prerequisite"),
            r"\bas\s+an?\s+(?:pre-?condition|prerequisite|condition)\s+(?:of|for|to)\s+"
            r"(?:any\s+|an\s+|your\s+|the\s+)?(?:application|applying)\b",
            "by the time of application",
        ),
        (
            ("condition", "prerequisite"),
            r"\b(is|are|be)\s+an?\s+(?:pre-?condition|prerequisite)\s+(?:of|for|to)\s+"
            r"(?:any\s+|an\s+|your\s+|the\s+)?(?:application|applying)\b",
            r"\1 required by the time of application",
        ),
        (
            ("limit", "restrict"),
            r"\b(?:limit|restrict)(s|ed)?\s+(?:its\s+|our\s+|their\s+)?(?:visa\s+)?sponsorship\s+to"
            r"(?=\s+(?:the\s+)?(?:ecfmg[- ]sponsored\s+|ecfmg\s+)?(?:j-?1|h-?1b)\b)",
            r"sponsor\1 only",
        ),
        (
            ("morning",),
            r"\bfirst\s+morning\b",
            "first day",
        ),
        (
            ("long ago",),
            r"\b(how|however)\s+long\s+ago\s+(you|they|applicants|candidates|one|he or she)\s+"
            r"(?:qualified|finished\s+(?:medical\s+)?school|earned\s+(?:your|their)\s+degree)\b",
            r"\1 long ago \2 graduated",
        ),
        (
            ("long ago",),
            r"\bhowever\s+long\s+ago\b",
            "regardless of when",
        ),
        (
            ("i mean", "we mean"),
            r"\b(?:i|we)\s+mean\b(?!\s+(?:score|step|of)\b)",
            "that is",  # "and I mean hands-on": what is meant, no mean of scores
        ),
        (
            ("run", "range"),
            rf"\b(class|classes|cohorts?|intakes?)\s+(?:runs?|ranges?)\s+(?:from\s+)?({NUMBER})"
            rf"\s+(?:to|-|\u2013)\s+({NUMBER})(?:\s+categorical)?(?:\s+(?:residents|interns))?\b",
            r"class size is \2 to \3",
        ),
        (
            ("of us",),
            rf"\b({NUMBER})\s+of\s+us(?=\s+(?:in|here|on|across|at|altogether|overall|all\s+told)\b)",
            r"\1 residents",
        ),
        (
            ("in training",),
            rf"\b({NUMBER})\s+(?:doctors|physicians)\s+in\s+training\b",
            r"\1 residents",
        ),
        (
            ("numbers",),
            rf"\b(residency|program|programme|complement|house staff)\s+numbers\s+(?=(?:{NUMBER})\b)",
            r"\1 has ",
        ),
        (
            ("and we", "and the"),
            r"(?:^|(?<=[.!?]\s))\s*(?:any|a|one)\s+(failed\s+attempt|failure|fail)\b([^.;!?]{0,40}?)"
            r"\s+and\s+(?:we|the\s+program|the\s+committee)\s+(?:can't|can\u2019t|cannot|won't"
            r"|won\u2019t|will\s+not|don't|don\u2019t|do\s+not)\s+(?:consider|interview|rank|review)\b"
            r"[^.;!?]*",
            r"Applicants with a \1\2 are not considered",
        ),
        (
            ("rule",),
            r"\brules\s+(you|applicants|candidates|an\s+applicant|a\s+candidate|them|anyone)\s+out\b",
            r"disqualifies \1",
        ),
        (
            ("rule",),
            r"\brule\s+(you|applicants|candidates|an\s+applicant|a\s+candidate|them|anyone)\s+out\b",
            r"disqualify \1",
        ),
        (
            ("name to",),
            r"\bput(s)?\s+(?:its|our|their|his|her)\s+names?\s+to\b",
            r"sponsor\1",
        ),
        (
            ("condition", "requirement", "prerequisite"),
            r"\bmade\s+([^,;.]{3,60}?)\s+an?\s+(?:condition|requirement|prerequisite)\s+(?:of|for)\s+"
            r"(?:applying|application|eligibility|admission|entry|an\s+interview)\b",
            r"required \1",
        ),
        (
            ("ask",),
            r"\bask(s)?\s+(?=that\b|(?:applicants|candidates|you|IMGs|international graduates)"
            r"\s+to\s+(?:have|hold|complete|bring|show|obtain)\b)",
            r"require\1 ",
        ),
    )
)


# "knock" -> "disqualify", "knocks" -> "disqualifies", "knocked" -> "disqualified"
KNOCK_ENDINGS = re.compile(r"\bdisqualif(s|ed)?(?= )")


def _knock_ending(m: re.Match[str]) -> str:
    return {"s": "disqualifies", "ed": "disqualified"}.get(m.group(1) or "", "disqualify")


def plain_idioms(text: str) -> str:
    """The text with this module's idioms restated in the rules' words (unchanged if none)."""
    low = text.lower()
    out = text
    for keys, pattern, replacement in IDIOMS:
        if any(k in low for k in keys):
            out = pattern.sub(replacement, out)
    if "knock" in low:
        out = KNOCK_ENDINGS.sub(_knock_ending, out)
    return text if out == text else out

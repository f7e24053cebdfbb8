"""Sentence rules for bios and announcements, without a parser.

"received his medical degree from X", "graduated from X School of Medicine", "MD from X",
"earned her D.O. at X", and the undergrad trap: "received her undergraduate degree from X and
her medical degree from Y" gives school Y and undergrad X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.degrees import find_degrees
from extract.levels import parse_level
from extract.medical_schools import is_acronym, is_known_medical
from extract.places import US_STATES, looks_like_place

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’&./-]*(?:–[A-ZÀ-ÖØ-Þ][\w'’&./-]*)?"
# "and" joins capitalised words ("Donald and Barbara Zucker School of Medicine"); a capture
# that names two institutions ("Tufts University and Harvard Medical School") is cut again
# in ``tidy_school``.
_JOIN = (
    r"(?:of|the|at|for|de|del|da|do|di|du|des|la|le|y|e|et|in|on|upon|&|-|–"
    r"|degli|della|dello|delle|dei|dos|das"
    r"|and(?=\s+[A-ZÀ-ÖØ-Þ]))"
)
# An elided article joins too: "Université d'Alger", "Universite d'Etat d'Haiti".
_ELIDED = r"(?:[dDlL]['’](?=[A-ZÀ-ÖØ-Þ]))?"
SCHOOL = rf"(?P<school>(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_JOIN}\s+)*{_ELIDED}{_CAP})*)"
# A rule that opens on the school's name may start at every capital, and an unbounded name
# read on to the end of the run from each: quadratic on a page that title-cases a long run
# (1 s for 400 words) or hyphenates one. The longest name in the gazetteer runs 13 capitalised
# words after its first, its longest word 37 characters; a run of more words, or a longer
# word, is no school's name and is not read as one.
SCHOOL_MAX_WORDS = 24
SCHOOL_WORD_MAX_CHARS = 60
_WORD = rf"[A-ZÀ-ÖØ-Þ][\w'’&./-]{{0,{SCHOOL_WORD_MAX_CHARS - 1}}}"
_LEADING_CAP = rf"{_WORD}(?:–{_WORD})?"
_LEADING_SCHOOL = (
    rf"(?P<school>(?:[Tt]he\s+)?{_LEADING_CAP}"
    rf"(?:\s+(?:{_JOIN}\s+)*{_ELIDED}{_LEADING_CAP}){{0,{SCHOOL_MAX_WORDS}}})"
)
# where such a rule matched partway into a run or a word, the bound cut it
_RUN_BEFORE = re.compile(rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*)?\Z")
# "school" in lower case: "Dell Medical School at X" is a name, not "medical school at X"; a
# degree that starts a school's name ("Frank H. Netter MD School of Medicine") is no degree.
_MEDICAL = (
    r"(?:medical\s+(?:degree|doctorate|(?-i:school)|education|training|studies)"
    r"|doctor\s+of\s+(?:osteopathic\s+)?medicine(?:\s+degree)?|doctorate\s+in\s+medicine"
    r"|osteopathic\s+(?:medical\s+)?(?:degree|training|education|(?-i:school))"
    r"|(?<![\w.])(?:M\.?D\.?|D\.?O\.?|MBBS|MBChB|MB\s?BCh|M\.B\.B\.S\.)(?![\w])"
    r"(?!\s+(?:School|College|Medical)\b)(?:\s+degree)?)"
)
# "earned the M.D., Ph.D. at X", "her MD/MPH from X": a research or public-health degree
# earned with the medical one.
_ALSO_DEGREES = (
    r"(?:(?:\s*[,/]\s*|\s+and\s+|\s+)(?:Ph\.?\s?D\.?|M\.?P\.?H\.?|M\.?B\.?A\.?|M\.?S\.?)(?![\w]))*"
)
_UNDERGRAD = (
    r"(?:undergraduate|bachelor'?s?|(?<![\w.])B\.?[AS]\.?(?![\w])|B\.Sc\.?|college\s+degree)"
)
_SCHOOL_WORDS = re.compile(
    r"Medicine|Medical|Osteopathic|Health Sciences?|Universit|Universidad|Université|"
    r"Universität|Università|College|Institut|Faculty|School|Escola|Facultad|Academy|"
    r"Fakult|Facolt|Faculdade|Medizin|Escuela|"
    # the AMA / ERAS abbreviations foreign schools are listed under ("Univ of Jordan Fac of
    # Med", "Govt Med Coll"); "Med-Peds" is a track, not a school
    r"\b(?:Univ|Coll|Fac|Med(?![\w-]))\b",
)
_MEDICAL_SCHOOL_WORDS = re.compile(
    r"Medicine|Medical|Osteopathic|Health Sciences?|Faculty of Med|Surgeons|Physicians|Medicina|"
    r"Medizin|[Mm]édecine|\bde\s+medicina\b|"
    r"\bMed(?![\w-])\b"
)

# "studied medicine", "trained in medicine", "read medicine" (as British bios say it)
_STUDIED_MEDICINE = r"(?i:(?:stud(?:ied|y|ying)|read)\s+medicine|train(?:ed|ing)?\s+in\s+medicine)"

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("both", re.compile(rf"(?i:undergraduate\s+and\s+medical\s+(?:degrees|education|training))\s+(?i:from|at)\s+{SCHOOL}")),
    ("both", re.compile(rf"(?i:{_UNDERGRAD})(?i:\s+degree)?\s+(?i:and)\s+(?:(?i:his|her|their)\s+)?(?i:{_MEDICAL})(?i:\s+degrees?)?\s+(?i:from|at)\s+{SCHOOL}")),
    ("both", re.compile(rf"{_LEADING_SCHOOL}\s+(?i:for\s+both\s+(?:(?:his|her|their)\s+)?(?:undergrad\w*|college)(?:\s+(?:studies|education|degree))?\s+and\s+(?:medical|med)\s+school)")),
    ("undergrad", re.compile(rf"(?i:{_UNDERGRAD})[\s,]+(?i:[\w-]+\s+){{0,4}}?(?i:from|at)\s+{SCHOOL}")),
    ("undergrad", re.compile(rf"\b(?i:attended|attending)\s+{SCHOOL}\s+(?i:for)\s+(?:(?i:his|her|their)\s+)?(?i:undergrad\w*|college)")),
    ("undergrad", re.compile(rf"{_LEADING_SCHOOL}\s+(?i:for)\s+(?:(?i:his|her|their)\s+)?(?i:undergrad\w*|college)\b")),
    ("school_md", re.compile(rf"(?i:{_MEDICAL}){_ALSO_DEGREES}[\s,]+(?i:[\w-]+\s+){{0,3}}?(?i:from|at)\s+{SCHOOL}")),
    ("school_md", re.compile(rf"\b(?i:attended|attending|completed|finished|went\s+to|began|started|pursued)\s+(?i:medical\s+school)\s+(?:at|in)\s+{SCHOOL}")),
    ("school_md", re.compile(rf"\b{_STUDIED_MEDICINE}\s+(?:at|in)\s+{SCHOOL}")),
    ("school_md", re.compile(rf"{_LEADING_SCHOOL}(?:,\s+{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP}){{0,4}}){{0,3}}\s+(?i:for)\s+(?:(?i:his|her|their)\s+)?(?i:medical|med)\s+school")),
    # "X, where she earned her MD", and with the name for the pronoun ("where Ana earned the M.D.")
    # ... and "X, where Omar studied medicine", "where she went to medical school"
    ("school_md", re.compile(rf"{_LEADING_SCHOOL}(?:\s+\([A-Z][\w.&-]{{1,11}}\))?(?:,\s+{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP}){{0,4}}){{0,3}},\s+where\s+(?:(?i:s?he|they)|{_CAP}(?:\s+{_CAP})?)\s+(?:also\s+)?(?:(?i:received|earned|obtained|completed)\s+(?:(?i:her|his|their|the|an?)\s+)?{_MEDICAL}|{_STUDIED_MEDICINE}|(?i:attended|went\s+to|completed|finished)\s+(?i:medical\s+school))")),
    ("school", re.compile(rf"\b(?i:comes?|came|joins?|joined|arrives?|arrived)\s+(?:to\s+)?us\s+from\s+{SCHOOL}")),
    ("school_if_medical", re.compile(rf"\b(?:a\s+)?(?i:graduate|alumn(?:us|a|i))\s+of\s+{SCHOOL}")),
    ("school_if_medical", re.compile(rf"\b(?i:went\s+on\s+to)\s+(?:(?i:attend|study\s+at)\s+)?{SCHOOL}")),
    ("school_if_medical", re.compile(rf"\b(?i:graduat(?:ed?|ing))\s+(?i:[\w-]+\s+){{0,4}}?(?:from|of)\s+{SCHOOL}")),
    ("school_md", re.compile(rf"\b[Mm]edical\s+school\s+(?i:was\s+)?(?:at|in)\s+{SCHOOL}")),
    # "Medical school for Ana was X", "Her medical school was X"
    ("school_md", re.compile(rf"\b[Mm]edical\s+school\s+(?:for\s+(?:{_CAP}|him|her|them)\s+)?was\s+{SCHOOL}")),
    ("school_md", re.compile(rf"\b(?i:(?:her|his|their)\s+medical\s+school),\s+{SCHOOL}")),
    ("school_if_medical", re.compile(rf"\b(?:attended|attending|matriculated\s+at|enrolled\s+(?:at|in)|completed\s+(?:his|her|their)\s+training\s+at)\s+{SCHOOL}")),
)  # fmt: skip
_HOMETOWN = re.compile(
    r"\b(?:grew\s+up\s+in|is\s+(?:originally\s+)?from|hails\s+from|(?:a\s+)?native\s+of|"
    r"born\s+and\s+raised\s+in|was\s+raised\s+in|joins?\s+us\s+from|hometown\s+is)\s+"
    rf"(?P<place>{_CAP}(?:\s+{_CAP})*(?:,\s+(?!(?:Dr|Mr|Mrs|Ms)\b){_CAP}(?:\s+{_CAP})?)?)"
)
# "... Medicine and Health Sciences", "University of Medicine and Science College of Medicine":
# after "and", a field of study continues one school's name rather than starting a second one.
_FIELD_OF_STUDY = re.compile(
    r"(?:Health|Sciences?|Dentistry|Public\s+Health|Technology|Life\s+Sciences|Surgery|Pharmacy|"
    r"Nursing|Biomedical|Allied|Medicine|Engineering|Research|Human|Rehabilitation|Dental|"
    r"Graduate\s+Studies|Population)\b"
)
_INSTITUTION_END = re.compile(
    r"(?:University|College|School|Medicine|Institute|Sciences?|Academy|University of \w+)$"
)
_AND_THE = re.compile(rf"\s+and\s+the\s+{SCHOOL}")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "J.", "A.T.": not a sentence end
_ABBREVIATIONS = frozenset({"St.", "Mt.", "Ft.", "Dr.", "Jr.", "U.", "S.", "A."})


@dataclass
class ProseFacts:
    school: str | None = None
    undergrad: str | None = None
    hometown: str | None = None
    school_weak: bool = False  # read from "a graduate of X" alone, with nothing medical said


def read_prose(text: str) -> ProseFacts:
    """Medical school, undergrad and hometown stated in a bio or an announcement."""
    facts = ProseFacts()
    if not text or len(text) > 20000:
        return facts
    undergrad_spans: list[tuple[int, int]] = []
    school_at = -1
    plain: tuple[str, int] | None = None  # "a graduate of X" with X's field unsaid
    for kind, rule in _RULES:
        for m in rule.finditer(text):
            if _inside_a_longer_run(text, m):
                continue
            end = m.end("school")
            short = SHORT_FORM.match(text, end)
            if short and kind != "undergrad":
                end = short.end()  # "Universidad Iberoamericana (UNIBE) in Santo Domingo"
            raw = _without_new_clause(text[m.start("school") : end], text, end)
            if len(raw) < end - m.start("school"):
                end = m.start("school") + len(raw)
            school = tidy_school(raw + continuation(text, end))
            named = school is not None and (is_known_medical(school) or is_acronym(school))
            if not school or not (
                _SCHOOL_WORDS.search(school)
                or kind == "school_md"
                or named
                or (kind == "school_if_medical" and _graduated_from(text, m) and short_name(school))
                or (kind == "school" and _STUDIED_THERE.match(text, end) and short_name(school))
            ):
                continue  # one graduates from a school, so "graduating from UConn" names one
            if kind == "both":  # "earned both her undergraduate and medical degrees from X"
                facts.school = facts.undergrad = school
                school_at = m.start("school")
                break
            if kind == "undergrad":
                # the school as tidied: "Columbia University and M.D. at SUNY ..." captured
                # whole names the college only, and the medical school after it stays free
                start = text.find(school, m.start("school"), m.end("school"))
                undergrad_spans.append(
                    (start, start + len(school)) if start >= 0 else m.span("school")
                )
                facts.undergrad = facts.undergrad or school
                break
            if any(a <= m.start("school") < b for a, b in undergrad_spans):
                continue
            if kind == "school_md" and _before_medical_school(text, m):
                continue
            if kind == "school_if_medical" and not (_MEDICAL_SCHOOL_WORDS.search(school) or named):
                second = _second_institution(m.group("school"), text, m.end("school"))
                if second is None and plain is None and _graduated_from(text, m):
                    plain = (school, m.start("school"))
                if second is None or not (
                    _MEDICAL_SCHOOL_WORDS.search(second) or is_known_medical(second)
                ):
                    continue
                # "attended Rice University and Baylor College of Medicine": college, then school
                facts.undergrad = facts.undergrad or school
                school = second
            if facts.school is None:
                facts.school = school
                school_at = m.start("school")
            break
    if facts.school is None and plain is not None and plain[0] != facts.undergrad:
        # "Dr. Nguyen is a graduate of the University of Washington": a physician's bio that
        # names one school it graduated from, and no college, names the medical school
        facts.school, school_at = plain
        facts.school_weak = True
    if facts.school and facts.undergrad is None:
        facts.undergrad = _earlier_college(text, school_at, facts.school)
    for home in _HOMETOWN.finditer(text):
        place = tidy_school(home.group("place"))
        if place and not looks_like_school(place):
            facts.hometown = place
            break
    return facts


# After a school's name, "and" may open a new clause whose subject is capitalised: "... School
# of Medicine and Maya enjoys hiking", "... and Spanish is her first language". Its capitalised
# words are followed by a verb, a lower-case word no name's join is.
_VERB_AFTER = re.compile(
    r"\s+(?!(?:of|the|at|for|in|on|and|or|to|from|with|where|while|when|before|after|then|"
    r"during|since|as|by|until|through|under|via|near|de|del|da|do|y|e|et)\b)[a-z]"
)
# "... and Dr. Patel mentored her", "... and MPH from Harvard", "... and PGY-2": after "and",
# a person's title, a degree or a training year starts something other than a name's part.
_NO_NAME_PART = re.compile(
    r"(?:Drs?\.?|Prof\.?|Chief|Resident|Intern|PGY|M\.?P\.?H|Ph\.?D|M\.?B\.?A|M\.?S)(?!\w)"
)
# "Dhaka Medical College and Hospital", "... and H.S.K. Hospital & Research Centre": a
# college named together with its hospital, one name.
_NAMED_WITH = re.compile(r"(?:Hospital|Centre|Center|Seminary|Humanities)$")


# A name complete before "and": it ends on an institution's word ("... School of Medicine",
# "... University") or has named a medical school already ("... of Physicians and Surgeons");
# not a name inside an "of" list ("University of Trinidad and Tobago").
_NAME_BEFORE_AND = re.compile(
    r"(?:\b(?:University|College|School|Institute|Academy)|(?:College|School|Faculty) of "
    r"(?:Osteopathic )?Medicine)$"
)
_FIELD_AFTER_AND = re.compile(r"(?:Bio\w+|Pharmac\w+|Technolog\w+|Arts|Humanities|Surgeons)\b")


def _without_new_clause(raw: str, text: str, end: int) -> str:
    """The captured school, cut before an "and" that starts a new clause or names a person,
    a degree or a year instead of going on with the name. "and" inside a name stays: "of
    Medicine and Dentistry of New Jersey" (a field of study), "Trinidad and Tobago" (no verb
    follows), "Medical College and Hospital"."""
    head, sep, tail = raw.rpartition(" and ")
    if sep and _NO_NAME_PART.match(tail):
        return head
    if (
        not sep
        or not (_NAME_BEFORE_AND.search(head) or _MEDICAL_SCHOOL_WORDS.search(head))
        or tail.startswith("the ")  # "University of Asia and the Pacific"
        or _FIELD_OF_STUDY.match(tail)
        or _FIELD_AFTER_AND.match(tail)
        or _SCHOOL_WORDS.search(tail)
    ):
        return raw  # "of Physicians and Surgeons", "of Medicine and Biosciences": one name
    if _VERB_AFTER.match(text, end) and not _NAMED_WITH.search(tail):
        return head
    return raw


def _inside_a_longer_run(text: str, m: re.Match[str]) -> bool:
    """A rule that opens on the school's name matched partway into a run of capitalised words,
    or into a word: the run is longer than any school's name."""
    start = m.start("school")
    return m.start() == start and _RUN_BEFORE.search(text, max(0, start - 80), start) is not None


# A school's short form in brackets after its name, and a place the sentence gives it.
SHORT_FORM = re.compile(rf"\s*\([A-Z][A-Za-z&-]{{1,15}}\)(?:\s+in\s+{_CAP}(?:\s+{_CAP})*)?")
_GRADUATED = re.compile(r"(?i:graduat\w*|alumn(?:us|a|i))")
# Words of a sentence about a college, not a medical school.
_COLLEGE_WORDS = re.compile(
    rf"(?i:{_UNDERGRAD}|\bmajor(?:ed|ing)?\b|\bbachelor|\bcollege\s+degree|\bdegree\s+in\b)"
)


# "comes to us from MCW, where she was active in student research": the place one comes from
# is a school when the clause after it says one studied there ("joins us from Ohio" is a home).
_STUDIED_THERE = re.compile(
    r",\s+where\s+[^.;]{0,40}?\b(?:students?|medical\s+(?:school|students?|degree)|"
    r"stud(?:ied|ying)\s+medicine)\b"
)


def _graduated_from(text: str, m: re.Match[str]) -> bool:
    """ "graduate of X" / "graduated from X" in a sentence that says nothing of a college."""
    if not _GRADUATED.search(text, m.start(), m.start("school")):
        return False
    start = max(text.rfind(". ", 0, m.start()) + 1, 0)
    stop = text.find(". ", m.end())
    sentence = text[start : stop if stop >= 0 else len(text)]
    return not _COLLEGE_WORDS.search(sentence)


# "Prior to medical school, she studied biology at X": what came before medical school.
_BEFORE = re.compile(r"(?i:\b(?:prior\s+to|before|after|following|ahead\s+of))\s+$")


def _before_medical_school(text: str, m: re.Match[str]) -> bool:
    """A medical-degree rule that matched "Prior to medical school, Jenna studied at X": the
    words after the comma are another clause, about a time before or after medical school."""
    return (
        bool(_BEFORE.search(text[max(0, m.start() - 20) : m.start()]))
        and "," in (text[m.start() : m.start("school")])
    )


# "graduated from X", "studied biology at X", "a degree in engineering from X", "attended X":
# a non-medical institution a bio names before the medical school is the college.
_COLLEGE_BEFORE = re.compile(
    rf"\b(?:(?i:graduat(?:ed|ing))\s+(?:[\w-]+\s+){{0,3}}?(?i:from)|(?i:attended)|"
    rf"(?i:studied|majored\s+in)\s+(?:[\w-]+\s+){{0,3}}?(?i:at)|(?i:a\s+graduate\s+of)|"
    rf"(?i:degree)\s+in\s+(?:[\w-]+\s+){{1,3}}?(?i:from|at)|(?i:after\s+a\s+degree\s+(?:from|at)))"
    rf"\s+{SCHOOL}"
)


# "Before graduate school she studied chemistry at X", after the medical school is named.
_BEFORE_SCHOOL = re.compile(r"(?i:\b(?:before|prior\s+to)\s+(?:medical|graduate|med)\s+school\b)")


def _earlier_college(text: str, school_at: int, school: str) -> str | None:
    """The college a bio names besides its medical school: a non-medical institution it
    graduated from or studied at before the school is named, or later in a clause about the
    time before medical (or graduate) school."""
    for m in _COLLEGE_BEFORE.finditer(text):
        if m.start() >= school_at and not _BEFORE_SCHOOL.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue
        college = tidy_school(m.group("school"))
        if (
            college
            and college != school
            and m.start("school") != school_at  # "University of California, Irvine School ..."
            and _SCHOOL_WORDS.search(college)
            and not _MEDICAL_SCHOOL_WORDS.search(college)
            and not is_known_medical(college)
        ):
            return college
    return None


_CONTINUATION = re.compile(
    rf",\s+(?:{_CAP}\s+){{0,3}}?(?:School|College|Faculty)\s+of\s+(?:Osteopathic\s+)?Medicine\b"
    rf"(?:\s+(?:at|of)\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+|at\s+|the\s+)*{_CAP})*)?"
)
_CAMPUS = re.compile(rf",\s+{_CAP}(?:\s+{_CAP}){{0,2}}(?=[.,;)]|\s+(?:and|where|in|before)\b|$)")


# ", Karachi, Pakistan" or ", Hempstead, NY" after a school, up to where the sentence goes on.
_PLACE = re.compile(
    rf"(?:,\s+(?!(?:Dr|Mr|Mrs|Ms|Prof)\b){_CAP}(?:\s+(?:de|del|of)?\s*{_CAP}){{0,3}}){{1,3}}"
    r"(?=\s*(?:[.;:)]|$)|\s+(?:is|are|was|and|where|before|after|while|then|for|with|during|in\s+(?:19|20)\d\d|"
    r"will|who|joins?)\b|,\s+[a-z])"
)


# "Faculty of Medicine, University of Lagos": a faculty, then the university it belongs to.
_FACULTY_END = re.compile(
    r"(?:Facult\w*|Fakult\w*|Faculdade|Facolt\w*)(?:\s+(?:of|de|di)\s+Medic\w+)?"
    rf"(?:\s+{_CAP})?$"
)
_ITS_UNIVERSITY = re.compile(
    rf",\s+(?:the\s+)?(?:{_CAP}\s+){{0,3}}?(?:[A-Z][\w'’-]*-)?(?:Universit\w*|Univ\b)"
    rf"(?:\s+(?:of\s+)?{_CAP}){{0,4}}"
    rf"(?:\s+Medical\s+College)?(?=\s*(?:[.;:)]|,\s+[a-z]|,?\s+(?:and|where|before|in)\b|$))"
)


def continuation(text: str, end: int) -> str:
    """ ", San Francisco School of Medicine" after "University of California"; a city and
    country after a school ("Dow Medical College, Karachi, Pakistan"), also after such a
    continuation; the university after its faculty ("Faculty of Medicine, University of
    Lagos"); a faculty's field in lower case ("Faculté de médecine", "Facultad de medicina")."""
    more = ""
    school = _CONTINUATION.match(text, end)
    faculty = _FACULTY_WORD.search(text, max(0, end - 20), end)
    field = _LOWER_FIELD.match(text, end) if faculty else None
    if school:
        more = school.group(0)
    elif field:
        more = field.group(0)
    elif _FACULTY_END.search(text, max(0, end - 80), end):
        university = _ITS_UNIVERSITY.match(text, end)
        if university:
            return university.group(0)
    if not more and text[:end].endswith(("University of California", "University of Texas")):
        campus = _CAMPUS.match(text, end)
        if campus:
            more = campus.group(0)
    place = _PLACE.match(text, end + len(more))
    if place and len(place.group(0)) <= 60:
        # "College Station, TX": a city whose name has a school word, placed by its state
        said = place.group(0)
        if not _SCHOOL_WORDS.search(said) or looks_like_place(said.lstrip(", ")):
            return more + said
    return more


_FACULTY_WORD = re.compile(r"(?:Facult\w*|Faculdade|Facolt\w*|École|Escuela|Escola)\Z")
_LOWER_FIELD = re.compile(
    r"\s+(?:de|di|da|du|of)\s+(?:la\s+)?(?:m[ée]dec\w*|medic\w*|ci[êe]ncias\s+m[ée]dicas)\b"
)


def _second_institution(raw: str, text: str, end: int) -> str | None:
    """The second of two institutions a capture names ("Rice University and Baylor College of
    Medicine" → "Baylor College of Medicine") or that follows it ("... and the University of
    Texas Medical Branch"), or None."""
    head, sep, tail = raw.partition(" and ")
    if sep and _INSTITUTION_END.search(head) and _SCHOOL_WORDS.search(tail):
        return tidy_school(tail)
    after = _AND_THE.match(text, end)
    if after and _INSTITUTION_END.search(raw) and _SCHOOL_WORDS.search(after.group("school")):
        return tidy_school(after.group("school") + continuation(text, after.end("school")))
    return None


def tidy_school(raw: str) -> str | None:
    """Cut a captured school at a sentence end and drop a leading "the"."""
    words = raw.split()
    kept: list[str] = []
    for word in words:
        kept.append(word)
        if word.endswith(".") and word not in _ABBREVIATIONS and not _INITIALS.fullmatch(word):
            break
    text = " ".join(kept).rstrip(".,;:–- ")
    if text.lower().startswith("the "):
        text = text[4:]
    head, sep, tail = text.partition(" and ")
    if (
        sep
        and _INSTITUTION_END.search(head)
        and _SCHOOL_WORDS.search(tail)
        and not _FIELD_OF_STUDY.match(tail)
    ):
        text = head  # "Tufts University and Harvard Medical School": two institutions
    while text and text.split()[-1].lower() in {"of", "the", "at", "in", "and", "for", "&", "-"}:
        text = text.rsplit(" ", 1)[0] if " " in text else ""
    return text or None


# Acronyms that name places, not schools ("from NYC", "(USA)").
_PLACE_ACRONYMS = frozenset("US USA UK UAE NYC DC LA SF PR EU".split())
_SHORT_NAME_WORD = re.compile(r"[A-Z][\w'’&.-]*|of|at|the|de|and")


def short_name(text: str) -> bool:
    """A school's short name as rosters and posts write it ("UConn", "Loma Linda", "UC San
    Diego", "MSU CHM"): one to four capitalised words, not a place, a year or a degree. Only
    where the words around it say a school is meant ("graduating from X") or the page's other
    brackets hold schools."""
    words = text.split()
    if not 1 <= len(words) <= 4 or len(text) > 40 or text in _PLACE_ACRONYMS:
        return False
    if not all(_SHORT_NAME_WORD.fullmatch(w) for w in words) or not words[0][:1].isupper():
        return False
    return (
        not looks_like_place(text)
        and text not in US_STATES
        and text not in US_STATES.values()
        and parse_level(text).empty
        and not find_degrees(text)
        and not any(ch.isdigit() for ch in text)
    )


# The lower-case words a school's name may hold between its capitalised ones (``_JOIN``).
_NAME_JOIN_WORDS = frozenset(
    "of the at for de del da do di du des la le los las y e et in on upon and & - – "
    "degli della dello delle dei dos das".split()
)
_ELIDED_WORD = re.compile(r"[dDlL]['’][A-ZÀ-ÖØ-Þ]")


def is_name_phrase(text: str) -> bool:
    """Words that can be a name as written: capitalised words and the joins between them
    ("Universidad Nacional Autónoma de México", "Texas A&M"). A lower-case word of another
    kind is a clause's ("MD graduated from X and leads ..."), and the phrase no name."""
    return all(
        word[:1].isupper()
        or word[:1].isdigit()
        or word in _NAME_JOIN_WORDS
        or _ELIDED_WORD.match(word) is not None
        for word in text.split()
    )


def looks_like_school(text: str) -> bool:
    """A line that names an institution ("Harvard Medical School", "University of Lagos")."""
    return bool(_SCHOOL_WORDS.search(text)) and len(text) <= 140


def looks_like_medical_school(text: str) -> bool:
    return bool(_MEDICAL_SCHOOL_WORDS.search(text))

"""How a roster page speaks of the people who lead its program rather than train in it.

A program's page introduces its director, chair, faculty and coordinator in the words it uses
for its residents: a name with degrees, a school, a sentence. What sets them apart is what the
page says they do. Three cues, read the way such pages write them:

- a role title beside the name: "Associate Program Director Li Wei, DO", "Paul Okafor, MD,
  Vice Chair for Education", a card line "Director of Resident Education", a table's
  "Position" cell "Faculty";
- a verb of leading, in the present or the perfect, whose subject is the person and whose
  object is the program or its teaching: "Harold Brandt, MD directs the program", "He has led
  the residency since 2012", "Dr. Brandt oversees resident education"; a resident who "leads
  the wellness committee" or "led a training program in Ghana" leads no program of ours;
- the person named as the agent of the program's leading: "The residency is led by ...",
  "under the direction of Dr. ...", "mentored by Dr. ...".

A person the same words call a resident ("Chief resident Maya Patel", "our PGY-7 chief") is a
resident whatever she leads.
"""

from __future__ import annotations

import re

from extract.levels import parse_level
from extract.prose import looks_like_school

# The older vocabularies of the same knowledge, moved here unchanged so that one module holds
# every word that says a person leads or teaches rather than trains; merging them with ROLE
# would change what they match, and is left for a change of its own.
# A short line in a person's block that says they are not a resident.
NOT_RESIDENT_LINE = re.compile(
    r"\b(?:professor|instructor|program\s+director|chair(?:man|woman)?|coordinator|fellow|"
    r"attending|nurse\s+practitioner|physician\s+assistant|administrator|manager|emerit\w+|"
    r"alumn\w+|faculty|staff\s+surgeon|neurosurgeon)\b",
    re.IGNORECASE,
)
# "Professor of Medicine", "Associate Professor of Surgery": a title, though "Medicine" in it
# reads like a school's word.
FACULTY_TITLE = re.compile(
    r"(?i)^(?:(?:assistant|associate|adjunct|clinical|visiting|research|senior)\s+)*"
    r"(?:professor|instructor|lecturer|(?:program\s+)?director|chair(?:man|woman)?|dean|"
    r"chief\s+of)\b"
)
# Words before or just after a name in prose that make the person no resident of ours
# (``prose_people``).
LEADER_WORDS = re.compile(
    r"\b(?:program\s+director|director|chair(?:man|woman)?|professor|coordinator|faculty(?!\s+of)|"
    r"attending|dean|manager|administrator|alumn\w*|fellow|president|chief\s+of|"
    r"graduate\s+of\s+our|graduated\s+from\s+our|former|speaker|guest|lecturer)\b",
    re.IGNORECASE,
)

# Titles of the people who lead or teach a program. "Chief resident" is a resident's title;
# "chief of", "division chief" and "chief medical officer" are not.
ROLE = re.compile(
    r"\b(?:(?:associate|assistant|vice|deputy)\s+)?(?:program\s+)?directors?\b|"
    r"\b(?:vice[\s-])?chair(?:man|woman|person)?\b|"
    r"\b(?:(?:associate|assistant|vice)\s+)?dean\s+(?:of|for)\b|"
    r"\b(?:associate|assistant|vice)\s+dean\b|\bprofessor\b|\binstructor\b|"
    # "Faculty of Medicine", "Faculty of Health Sciences": a school's name, not a post
    r"\blecturer\b|\bcoordinator\b|\badministrator\b|\bfaculty\b(?!\s+of\s+(?-i:[A-Z]))|"
    r"\battendings?\b|\b(?:division|section|department|service)\s+(?:chief|head)\b|"
    r"\bchief\s+of\b|\bchief\s+(?:medical|executive|operating)\s+officer\b|\bhead\s+of\b|"
    r"\bstaff\s+(?:neuro)?(?:surgeon|physician|member)\b|\b(?:APD|PD)\b",
    re.IGNORECASE,
)
# What a program's leader leads: the program, its teaching, its department or service.
_LED = (
    r"(?:residency|program|department|division|section|service|curriculum|education|training|"
    r"fellowship)\b(?!['’]s)(?!\s+(?:committee|council|group|club|society|association|"
    r"chapter|project|initiative|journal|interest|lab|team|retreat|day|night|event|fair)\b)"
)
# Present or perfect: what the person does now ("directs", "has led"). A simple past is a
# bio's history ("led the global health program at her school"), a resident's as often.
_LEADS = (
    r"(?:(?:directs|leads|oversees|heads|chairs|runs|coordinates|supervises|guides)|"
    r"(?:has|have)\s+(?:also\s+|long\s+)?(?:directed|led|overseen|headed|chaired|run|"
    r"coordinated|supervised|guided)|continues\s+to\s+(?:direct|lead|oversee|head|chair|run))"
)
# A verb of leading and its object: "directs the program", "oversees resident education",
# "has led our residency"; never "led a training program" (one of many, a resident's deed).
_LEADS_OBJECT = re.compile(
    rf"\b{_LEADS}\s+(?!(?:a|an|her|his|their|one|two|several|many|multiple)\s)"
    rf"(?:(?:the|our|this|its)\s+)?(?:[\w/-]+\s+){{0,2}}?{_LED}",
    re.IGNORECASE,
)
# "Jane Doe, MD, PhD," and the adverbs and auxiliaries between a subject and its verb.
_DEGREES_AND_AUX = (
    r"[\s,]*(?:(?-i:[A-Z][A-Za-z.]{1,7})[\s,]+)*"
    r"(?:(?:currently|also|now|proudly|who|since\s+\d{4},?)\s+)*"
)
_VERB_AFTER_NAME = re.compile(rf"^{_DEGREES_AND_AUX}(?={_LEADS}\b)", re.IGNORECASE)
# The subject of a card's sentence: a pronoun, "Dr. Brandt", or a surname.
_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:He|She|They|Dr\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+)\s+"
    rf"(?:(?:currently|also|now|proudly)\s+)*(?={_LEADS}\b)"
)
# "... is our program director", "She serves as Vice Chair": a card's sentence naming the role.
_IS_ROLE = re.compile(
    r"(?:^|[.!?]\s+)(?:He|She|They|Dr\.?\s+[A-Z][\w'’-]+)\s+(?:is|serves\s+as|has\s+served\s+as|"
    r"joined)\s+(?:(?:the|our|an?)\s+)?(?:[\w-]+\s+){0,3}?(?=(?:[\w-]+\s+)?"
    r"(?:(?:program\s+)?director|vice[\s-]chair|chair(?:man|woman)?|professor|faculty|"
    r"coordinator|attending)\b(?!\s+(?:senate|council|committee|association|society)\b))"
)
# "The residency is led by", "under the direction of Dr.", "mentored by": right before a name.
_LED_BY = re.compile(
    r"\b(?:(?:led|directed|chaired|headed|overseen|run|coordinated|supervised|mentored|guided)"
    r"\s+by|under\s+the\s+(?:leadership|direction|guidance|supervision|mentorship)\s+of)"
    r"\s+(?:(?:our|the)\s+)?(?:(?:Dr|Prof|Doctor|Professor)\.?\s+)?$",
    re.IGNORECASE,
)
# "resident" as what the person is ("our chief resident,", "Resident"), not as a word that
# qualifies what she leads ("Director of Resident Education").
_RESIDENT = re.compile(
    r"\b(?:residents?|house\s*staff|trainees?)\b(?=\s*(?:$|[,;:.)|–—-]|and\b|or\b))",
    re.IGNORECASE,
)


def led_by_before(before: str) -> bool:
    """The words before a name make it the agent of leading ("The residency is led by ")."""
    return _LED_BY.search(before[-80:]) is not None


def leads_after_name(after: str) -> bool:
    """The person named just before ``after`` leads the program ("Harold Brandt, MD directs
    the program"), and no resident's word comes first ("Maya Patel, PGY-4, leads ...")."""
    m = _VERB_AFTER_NAME.match(after)
    if m is None:
        return False
    verb = _LEADS_OBJECT.match(after, m.end())
    return verb is not None and not says_resident(after[: m.end()])


def leads_in_sentence(line: str) -> bool:
    """A sentence of a person's card says that she leads the program or holds its role."""
    for subject in _SUBJECT.finditer(line):
        if _LEADS_OBJECT.match(line, subject.end()):
            return True
    return _IS_ROLE.search(line) is not None


def is_role_line(line: str) -> bool:
    """A short line or cell that is a leader's title ("Director of Resident Education",
    "Vice Chair, Education", "Faculty"), not a resident's ("Chief Resident", "PGY-3")."""
    return len(line) <= 60 and ROLE.search(line) is not None and not says_resident(line)


def is_title(text: str) -> bool:
    """A role line ("Director of Resident Education") that is no school's name either; one
    that opens on the title stays one ("Professor of Medicine")."""
    return is_role_line(text) and (not looks_like_school(text) or ROLE.match(text) is not None)


def says_resident(text: str) -> bool:
    """The words call the person a resident: a training year, "chief resident", "intern"."""
    return not parse_level(text).empty or _RESIDENT.search(text) is not None

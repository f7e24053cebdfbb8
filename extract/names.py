"""Person names: is this line a name, and what is the clean name in it.

Used by the DOM reader (a card's title, a table's name cell) and by the spaCy person
component (runs of capitalised tokens). Diacritics, hyphens and apostrophes are kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.degrees import degree_id, split_degree_suffix

PARTICLES = frozenset(
    "de da del della dela di van von der den la le du dos das do bin ibn al el y e st. ter an".split()
)
# Words that never appear in a person's name on a roster page but often in headings, schools,
# places and navigation that are otherwise shaped like a name, and in the rows of a program's
# application and eligibility pages ("Hands-on USCE", "Visa Sponsorship", "Dean's Letter").
NOT_NAME_WORDS = frozenset(
    """
    university school college medicine medical hospital hospitals center centre institute
    department program programs residency resident residents faculty fellow fellows fellowship
    chief chiefs intern interns class year years pgy the our meet welcome current education
    hometown home neurosurgery neurosurgical surgery surgical neurology neurological contact about
    news alumni staff apply research health sciences science state campus clinic foundation message
    overview curriculum rotation rotations benefits life salary interview application schedule team
    people directory leadership director coordinator administration graduates former incoming
    events publications awards academic academics training clinical and of for in to at with
    by from on or a an undergraduate undergrad degree degrees email phone office fax spine
    pediatric pediatrics cerebrovascular oncology trauma view profile read more bio biography
    learn mission vision diversity inclusion wellness resources photo photos gallery page
    menu search login site map privacy policy copyright all rights reserved skip main content
    md do mbbs phd chair professor associate assistant division section service services
    osteopathic hall building street avenue suite room city county north south east west new
    northern southern eastern western central
    january february march april may june july august september october november december
    spring summer fall winter match day congratulations thank thanks you your we us
    joining please today this these those also finally recently each both congrats spotlight
    highlights notes said says newsletter announcement announcements welcoming meanwhile
    univ coll govt institut institutet instituto istituto universitet universiteit universidad
    universidade
    universita università université universität facultad faculdade faculté fakultät
    rounds conference conferences lecture lectures seminar seminars journal club didactics
    workshop simulation report auditorium monday tuesday wednesday thursday friday saturday sunday
    usce usmle comlex ecfmg eras nrmp toefl visa visas sponsorship certification certificate
    eligibility requirement requirements criterion criteria deadline deadlines policy
    letter letters recommendation statement observership observerships externship externships
    elective electives graduation name names nickname completion
    icu nicu picu sicu micu cvicu nsicu ccu unit units float floats night nights consult consults
    critical intensive care neurocritical neurovascular neurointerventional neuroendovascular
    neuroanesthesia neurotrauma neurosciences neuroscience endovascular interventional
    """.split()
)
# Rotations and units that headings name like people ("Neurocritical Care", "Night Float",
# "Neuro ICU", "Interventional Radiology") are caught by the words above and by a specialty's
# ending ("-ology"). Not "ward" or "call": Nora Ward and Jana Call are people.
_SPECIALTY_ENDING = "ology"
_SMALL_PARTICLES = PARTICLES - {"st."}
# Particles that are also given names ("Di Wu", "An Tran", "Al Haddad", "Da Chen", "Van Pham"):
# written first and capitalised, they count as a given name.
GIVEN_NAME_PARTICLES = frozenset("di an al da van le".split())
_HONORIFIC = re.compile(r"^(?:dr\.?|doctor|prof\.?|professor|mr\.?|mrs\.?|ms\.?|miss)\s+", re.I)
_QUOTED = re.compile(r"\s*[\"“”‘’']([^\"“”‘’']{1,20})[\"“”‘’']\s*|\s*\(([A-Z][a-z]{1,15})\)\s*")
_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze)/\w+(?:/\w+)?\)\s*", re.I)
_NAME_PUNCT = frozenset("'’.-")


_ECLIPSED = re.compile(r"^(?:[a-z]{1,2}[A-ZÁÉÍÓÚ]|[dl]['’][A-Z])")


def _is_initial(word: str) -> bool:
    """A capital letter with a full stop: "A.", "J."."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _is_name_token(word: str) -> bool:
    """Capitalised word of letters and ' ’ . - ("O'Neil", "López-García", "J."), or an Irish
    eclipsed/lenited form ("tSaoir", "bhFáil") or an elided particle ("d'Arcy")."""
    if not (word[0].isupper() and word[0].isalpha()) and not _ECLIPSED.match(word):
        return False
    return all(ch.isalpha() or ch in _NAME_PUNCT for ch in word)


@dataclass
class CleanName:
    name: str
    degrees: list[str] = field(default_factory=list)
    nickname: str | None = None


def clean_name(raw: str) -> CleanName:
    """'Dr. Robert "Bobby" O'Neil, M.D., Ph.D.' → Robert O'Neil, [MD, PhD], nickname Bobby."""
    text = " ".join(raw.replace("\u00a0", " ").split())
    text = _PRONOUNS.sub(" ", text).strip()
    text = _HONORIFIC.sub("", text)
    text, degrees = split_degree_suffix(text)
    nickname = None
    m = _QUOTED.search(text)
    if m and m.start() > 0:
        nickname = m.group(1) or m.group(2)
        text = (text[: m.start()] + " " + text[m.end() :]).strip()
    text = text.strip(" ,;:–—-|·•")
    if "," in text:
        last, _, first = text.partition(",")
        # "Doe, Jane" turns round; "M.D., CMSRU" (a degree and its school) does not
        inverted = _word_count(last) <= 3 and 1 <= _word_count(first) <= 3 and "," not in first
        if inverted and not _degrees_only(last):
            text = f"{first.strip()} {last.strip()}"
    if text.isupper() and len(text) > 4:
        words = text.split()
        # a particle inside a name set in capitals is written small: "MAC AN TSAOIR" is
        # "Mac an Tsaoir", "DE LA CRUZ" "de la Cruz"; first and last words keep their capital,
        # and so does "St." ("CLAIRE ST. CLAIR")
        text = " ".join(
            w.lower()
            if 0 < i < len(words) - 1 and w.lower() in _SMALL_PARTICLES
            else _title_word(w)
            for i, w in enumerate(words)
        )
    return CleanName(name=" ".join(text.split()), degrees=degrees, nickname=nickname)


def _degrees_only(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s/&]+", text) if t]
    return bool(tokens) and all(degree_id(t) for t in tokens)


def _word_count(s: str) -> int:
    return len(s.split())


def _title_word(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def looks_like_name(name: str) -> bool:
    """Two to six capitalised words, no institution/heading vocabulary, no digits."""
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name):
        return False
    if any(ch in name for ch in ":@/|()[]{}<>=+*#!?;"):
        return False
    words = name.split()
    if not 2 <= len(words) <= 6:
        return False
    capitalised = 0
    for index, word in enumerate(words):
        lower = word.lower().strip(".,")
        if index == 0 and lower in GIVEN_NAME_PARTICLES and word[0].isupper():
            capitalised += 1
            continue
        if word[0].islower() and lower in PARTICLES:
            continue  # "van", "de", Irish "Mac an tSaoir"
        if _is_initial(word):
            capitalised += 1  # "A." is a middle initial, not the article "a"
            continue
        if lower in NOT_NAME_WORDS or lower.endswith(_SPECIALTY_ENDING):
            return False
        if lower in PARTICLES:
            last = index == len(words) - 1 and index > 0
            if last and words[index - 1].lower() not in PARTICLES and _is_name_token(word):
                capitalised += 1  # a surname that is also a particle: "Priyanka Das"
            continue
        if not _is_name_token(word):
            return False
        capitalised += 1
    if capitalised < 2:
        return False
    # "J. D." alone is not a name: at least one word longer than an initial.
    return any(len(w.strip(".")) > 1 for w in words)

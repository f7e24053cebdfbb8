"""Testimonials: a resident's own story, quoted and attributed, is no rule of the program.

Program pages quote their residents: '"As an IMG on an H-1B, I felt welcome here," says Dr.
Rao, PGY-3.', 'Dr. Osei recalls: "I matched with only two months of U.S. rotations."', '"I came
on a J-1 and never looked back." - Dr. Lind, chief resident'. The quote names a visa, IMGs or a
duration of U.S. experience, but it tells what happened to one person: the program commits to
nothing by it (the contract: a fact is what the page says of the program's rules). A sentence
the program writes in its own voice ("We have residents on H-1B visas", "we sponsor the J-1")
is another matter, and stays with the sentence rules.

A quote is taken out of what the rules read when all hold:

- it is **attributed**: a reporting verb right after it ('," says Dr. Rao', '," Dr. Rao
  recalls'), right before it ('Dr. Rao recalls: "...'), or a dash and a name after it;
- it speaks **in the first person singular** ("I", "me", "my");
- it speaks **not for the program**: no "we", "our", "us" ('"I am proud that we sponsor the
  J-1," says our program director' is the program's word, kept whole).

The words outside the quote stay ("..., says Dr. Rao, and the program sponsors J-1 visas" still
grants the J-1). Precedence: runs on each row before the coordination, myth and time readers
(:mod:`extract.fact_coordination`, :mod:`extract.fact_myths`), which may read quotes of their own
kinds. Text with no such quote passes unchanged (the same object).
"""

from __future__ import annotations

import re

# A cheap gate: a text with no quotation mark quotes no one
GATE = re.compile(r"[\"\u201c\u201d]")
QUOTE = re.compile(r"[\"\u201c](?P<said>[^\"\u201c\u201d]{2,400}?)[\"\u201d]")
REPORTING = (
    r"(?:says|said|recalls|recalled|remembers|remembered|shares|shared|adds|added|explains"
    r"|explained|notes|noted|writes|wrote|reflects|reflected|tells us|told us|laughs|smiles)"
)
# '," says Dr. Rao', '," Dr. Rao recalls', '" \u2014 Dr. Lind'
ATTRIBUTED_AFTER = re.compile(
    rf"^\s*,?\s*(?:{REPORTING}\b|(?:[A-Z][\w.'\u2019-]*\s+){{1,3}}{REPORTING}\b"
    r"|[\u2014\u2013-]{1,2}\s*[A-Z])"
)
# 'Dr. Osei recalls: "', 'as one resident put it, "'
ATTRIBUTED_BEFORE = re.compile(rf"\b(?:{REPORTING}|put it)\s*[:,]?\s*$", re.IGNORECASE)
FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I\u2019m|I\u2019ve|[Mm]e|[Mm]y|[Mm]yself)\b")
PROGRAM_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Ww]e're|[Ww]e\u2019re)\b")


def _testimony(text: str, quote: re.Match[str]) -> bool:
    said = quote["said"]
    if not FIRST_SINGULAR.search(said) or PROGRAM_VOICE.search(said):
        return False
    return bool(
        ATTRIBUTED_AFTER.match(text[quote.end() :])
        or ATTRIBUTED_BEFORE.search(text[: quote.start()])
    )


def without_testimony(text: str) -> str:
    """The text without the quotes that are a person's own story; text with none is returned
    unchanged (the same object)."""
    if not GATE.search(text):
        return text
    quotes = [q for q in QUOTE.finditer(text) if _testimony(text, q)]
    if not quotes:
        return text
    out, last = [], 0
    for q in quotes:
        out.append(text[last : q.start()])
        last = q.end()
    out.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()

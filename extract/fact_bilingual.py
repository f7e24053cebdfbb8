"""Bilingual (English/Spanish) program pages, read once and in the English words the rules know.

Programs in Puerto Rico and the border states publish their eligibility rules in both
languages side by side: a rule in English with its Spanish rendering after a slash, in
brackets, after a semicolon or as the next sentence, sometimes Spanish first, with headings in
both ("Patrocinio de visas / Visa sponsorship: J-1 only (solo J-1)"). The two halves state one
rule with the same numbers, so the rule is read once, in the half the sentence rules know:

- **Pieces.** A text is cut at the seams a rendering sits behind: a sentence end, a spaced
  slash, a semicolon, a label's colon and a bracketed aside. Each piece is Spanish when its
  words are mostly Spanish ones (function words, and the few words eligibility rows are made
  of: "requerida", "mínimo", "meses", "sin límite"), English when they are mostly English,
  else neutral ("230", "J-1", "Step 2 CK").
- **The English half.** When a text has both an English and a Spanish piece, the Spanish
  pieces are left out, with the seam before them; an English aside that glosses a Spanish
  piece left out ("experiencia clínica en EE. UU. (U.S. clinical experience)") takes its place,
  out of its brackets. A text with no Spanish piece passes unchanged (the same object), so an
  English page is never touched; a word of a name ("Escuela de Medicina de la Universidad
  Central del Caribe") counts for neither language.
- **Spanish alone.** A text with Spanish pieces and no English one carries its rule only in
  Spanish: the few phrases eligibility rules are written with ("se requiere", "no
  patrocinamos", "la visa J-1", "como mínimo", "primer intento", "años desde la graduación",
  "meses de experiencia clínica en EE. UU.", "plazas por año") are put in the English words the
  rules read, a preference ("se prefiere") and an average ("el promedio de") kept as such; a
  text none of them is in passes unchanged.

Besides, an inverted question or exclamation mark ("... attempt? / ¿Aceptan ...?") opens a
sentence (the sentencizer would end the English question at the mark, so the question would not
end in "?"), and "EE. UU." (the United States) is one name, not a sentence end.

Precedence: the reader runs on the rows of :mod:`extract.fact_rows`, before every other text
reader, so those read English; what the English half commits the program to is left to them
and to the sentence rules. The sentence a fact reports stays the page's own words.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

# Words only Spanish writes (or writes far more than English does): function words, and the
# words of eligibility rows and their values. Ambiguous ones ("a", "no", "son", "plaza") are
# not here.
SPANISH_WORDS = frozenset(
    """
    de del la las los el en con para por que y o se es son su sus una uno unos unas al lo le
    les este esta estos estas ese esa nuestro nuestra nuestros nuestras ningún ninguna ninguno
    ni solo sólo también como más menos muy sin sobre entre hasta desde cada cuál cuándo cuánto
    cuántos qué cómo dónde usted ustedes debe deben puede pueden tiene tienen hay ser estar
    está están fue han ha haber requiere requieren requerimos requerida requerido requeridas
    requeridos requisito requisitos obligatoria obligatorio preferida preferido preferidas
    preferidos prefiere preferimos mínimo mínima mínimos máximo máxima meses años año semanas
    límite límites plazas plaza residentes solicitantes solicitud solicitudes egresados
    graduados graduación elegible elegibles aceptamos aceptan aceptados aceptadas patrocinamos
    patrocinada patrocinado patrocinio auspiciamos ofrecemos ofrece disponible disponibles
    experiencia clínica clínicas médicos médico cartas carta recomendación puntuación
    puntuaciones intento intentos primer primera aprobado aprobados aprobar examen exámenes
    ninguno nosotros programa escuelas escuela medicina internacionales estadounidense
    estadounidenses entrevista entrevistas promedio percentil corte umbral ciclo
    """.split()
)
ENGLISH_WORDS = frozenset(
    """
    the of and to in is are was were be been we our you your for with must will may can
    not at by or from have has had this that these those it its on as an any all only
    each per every who which what when than more less least most required requires require
    preferred prefer minimum maximum months years year month letters letter applicants
    applicant residents resident positions position experience clinical eligible sponsor
    sponsors sponsored sponsorship accept accepted accepts score scores attempt
    attempts first graduation graduated graduates since limit offered available none
    requirement requirements requisite prerequisite
    """.split()
)
# Where one statement ends and its rendering may begin: a sentence end (not the "EE." of "EE.
# UU."), with the slash that may follow it, before what may open a sentence; and a semicolon.
STATEMENT_END = re.compile(r"(?<!\bEE\.)(?<=[.?!])\s+(?:/\s+)?(?=[¿¡\"“A-Z0-9ÁÉÍÓÚÑ])|;\s+")
# Inside a statement: a bracketed aside, a spaced slash and a label's colon.
PART_SEAM = re.compile(r"\s*\([^()]*\)|\s+/\s+|:\s+")
WORD = re.compile(r"[^\W\d_]+")
# A name of two or more capitalised words, Spanish particles between ("Escuela de Medicina de la
# Universidad Central del Caribe"): an English sentence may name a Spanish school or hospital,
# so its words are no one's
NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*[A-ZÁÉÍÓÚÑ][\w.]*)+")


US = r"(?:los\s+)?(?:EE\.\s?UU\.|EEUU|Estados\s+Unidos)"
# A Spanish rule with no English rendering, in the English words the sentence rules read: the
# few phrases eligibility rules are written with, in order (a denial before its grant, a
# preference kept a preference, an average an average); a word not here stays Spanish.
SPANISH_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (r"¿|¡", ""),
        (r"\bse\s+prefiere(?:n)?\b|\bpreferimos\b", "we prefer"),
        (r"\bpreferid[oa]s?\b", "preferred"),
        (r"\bel\s+promedio\s+de\b|\bpromedio\s+de\b|\bpromedio\b", "the average"),
        (r"\bno\s+se\s+requiere(?:n)?\b|\bno\s+requerimos\b", "we do not require"),
        (r"\bno\s+(?:es|son)\s+(?:un\s+)?requisitos?\b|\bno\s+requerid[oa]s?\b", "not required"),
        (r"\bse\s+requiere(?:n)?\b|\brequerimos\b|\bexigimos\b", "we require"),
        (r"\b(?:es|son)\s+obligatori[oa]s?\b|\brequerid[oa]s?\b|\bobligatori[oa]s?\b", "required"),
        (r"\bno\s+(?:patrocinamos|auspiciamos)\b", "we do not sponsor"),
        (r"\b(?:patrocinamos|auspiciamos)\b", "we sponsor"),
        (r"\bno\s+patrocinad[oa]s?\b", "not sponsored"),
        (r"\bpatrocinad[oa]s?\b", "sponsored"),
        (r"\b(?:la\s+|las\s+)?visas?\s+(J-1|H-1B)\b", r"the \1 visa"),
        (r"\b(?:solo|sólo|únicamente)\b", "only"),
        (r"\bno\s+aceptamos\b", "we do not accept"),
        (r"\baceptamos\b", "we accept"),
        (r"\bno\s+(?:son\s+)?elegibles?\b", "not eligible"),
        (r"\b(?:son\s+)?elegibles?\b", "eligible"),
        (
            r"\b(?:graduados|egresados)\s+(?:de\s+escuelas\s+de\s+medicina\s+)?"
            r"(?:internacionales|extranjer[oa]s)\b|\b(?:los\s+)?IMG\b",
            "international medical graduates",
        ),
        (r"\bexperiencia\s+clínica\s+(?:en|de)\s+" + US, "U.S. clinical experience"),
        (r"\bexperiencia\s+clínica\s+estadounidense\b", "U.S. clinical experience"),
        (r"\b(\d+)\s+meses\s+de\s+(U\.S\. clinical experience)", r"\1 months of \2"),
        (r"\bcomo\s+mínimo\b|\bal\s+menos\b|\bun\s+mínimo\s+de\b", "at least"),
        (r"\bcomo\s+máximo\b|\bun\s+máximo\s+de\b", "at most"),
        (r"\bpuntuación\s+mínima\s+(?:de|en|del)\s+", "minimum score on "),
        (r"\bsin\s+(?:puntuación\s+)?mínimo\b|\bsin\s+puntuación\s+mínima\b", "no minimum"),
        (r"\bsin\s+límite\b", "no limit"),
        (r"\baprobad[oa]s?\s+en\s+el\s+primer\s+intento\b", "passed on the first attempt"),
        (r"\b(?:debe|deben)\s+aprobarse\b", "must be passed"),
        (r"\ben\s+el\s+primer\s+intento\b|\bprimer\s+intento\b", "on the first attempt"),
        (r"\baños\s+desde\s+la\s+graduación\b", "years since graduation"),
        (r"\b(\d+)\s+años\b", r"\1 years"),
        (r"\b(\d+)\s+meses\b", r"\1 months"),
        (r"\bplazas\s+(?:\w+\s+)?por\s+año\b", "positions per year"),
        (r"\b(\d+)\s+plazas\b", r"\1 positions"),
        (r"\bpor\s+año\b|\bcada\s+año\b|\bal\s+año\b|\banualmente\b", "per year"),
        (r"\bde\s+(\d+)\s+o\s+más\b", r"of \1 or more"),
    )
)


def _in_english(statement: str) -> str:
    """A Spanish statement in the English words of its rule (the statement when it has none)."""
    out = statement
    for pattern, english in SPANISH_PHRASES:
        out = pattern.sub(english, out)
    return out


def _words(text: str) -> list[str]:
    """The words of a text in lower case, without those in capitals: an abbreviation ("Visa
    (J-1): Y", "LA", "EL") is no word of either language."""
    return [w.lower() for w in WORD.findall(text) if not w.isupper()]


def _language(piece: str) -> str:
    """ "es", "en" or "" (neutral) for one piece, by the words it is made of."""
    words = _words(NAME.sub(" ", piece))
    spanish = sum(w in SPANISH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    if spanish > english and (spanish >= 2 or english == 0):
        return "es"
    if english > spanish:
        return "en"
    return ""


def _split(text: str, seams: re.Pattern[str], *, asides: bool) -> list[tuple[str, str]]:
    """(seam before, piece) in order, the first seam empty; a seam inside brackets is none.
    With ``asides``, a bracketed aside is a piece of its own, its seam the space before it."""
    out: list[tuple[str, str]] = []
    last = 0
    seam = ""
    for m in seams.finditer(text):
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue
        out.append((seam, text[last : m.start()]))
        aside = m.group().lstrip()
        if asides and aside.startswith("("):
            out.append((m.group()[: len(m.group()) - len(aside)], aside))
            seam = ""
        else:
            seam = m.group()
        last = m.end()
    out.append((seam, text[last:]))
    return [(seam, piece) for seam, piece in out if piece.strip()]


def _parts(statement: str) -> list[tuple[str, str, str]]:
    """(seam, part, language) of one statement."""
    return [
        (seam, part, _language(part.strip("() ")))
        for seam, part in _split(statement, PART_SEAM, asides=True)
    ]


def _english_parts(parts: list[tuple[str, str, str]]) -> str:
    """A statement with English parts, without its Spanish ones."""
    kept: list[str] = []
    left_out: str | None = None  # the seam before a run of Spanish parts left out
    for seam, part, language in parts:
        if language == "es":
            left_out = seam if left_out is None else left_out
            continue
        if left_out is not None and part.startswith("(") and language == "en":
            # an English gloss of the Spanish part left out stands in its place
            seam, part = left_out, part.strip("()").strip()
        left_out = None
        kept.append((seam if kept else "") + part)
    return "".join(kept)


def english_half(text: str) -> str:
    """The text without its Spanish rendering, when it has both halves (else the text)."""
    if SPANISH_WORDS.isdisjoint(_words(text)):
        return text
    statements = [(seam, _parts(s)) for seam, s in _split(text, STATEMENT_END, asides=False)]
    languages = [{lang for _, _, lang in parts} for _, parts in statements]
    if not any("es" in ls for ls in languages):
        return text
    if not any("en" in ls for ls in languages):
        # Spanish alone: no English half to read, so its rule is read in English words
        out = _in_english(text)
        return text if out == text else out
    kept: list[str] = []
    end = ""  # the end mark of the Spanish statements left out since the last one kept
    for seam, parts in statements:
        # a statement is Spanish by its own words, not by a Spanish aside ("COMLEX: no
        # cutoff (sin punto de corte)" is the English one)
        own = {lang for _, part, lang in parts if not part.startswith("(")}
        if "es" in own and "en" not in own:
            # a Spanish statement: the rendering of an English one ("...; el ... es 4. Our")
            end = parts[-1][1].rstrip()[-1:]
            continue
        if kept and end in (".", "?", "!") and not kept[-1].endswith((".", "?", "!")):
            kept[-1] += end
        end = ""
        kept.append((seam if kept else "") + _english_parts(parts))
    if kept and end in (".", "?", "!") and not kept[-1].endswith((".", "?", "!")):
        kept[-1] += end
    return "".join(kept).strip() or text


@Language.component("inverted_marks_open_sentences")
def inverted_marks_open_sentences(doc: Doc) -> Doc:
    """ "Do you need USCE? ¿Necesita ...?": the inverted mark opens the next sentence, so the
    question before it ends in its own "?"."""
    for tok in doc[1:]:
        if tok.text in ("¿", "¡"):
            tok.is_sent_start = True
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = False
    return doc


def spanish_tokenizer_rules(nlp: Language) -> None:
    """ "EE. UU." is the United States: its periods end no sentence."""
    tokenizer: Any = nlp.tokenizer
    for part in ("EE.", "UU.", "EEUU.", "EE.UU."):
        tokenizer.add_special_case(part, [{ORTH: part}])

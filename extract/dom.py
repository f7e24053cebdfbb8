"""The DOM side: parse once with lxml, find a roster's repeated blocks, walk headings.

Blocks are found generically, never per site: table rows under a header row that names the
columns, sibling cards or list items that share a tag/class path and each hold one person's
name, definition lists whose terms are names, and name headings followed by their bio. The
walk then gives every block the section it sits in (a "PGY-3" heading, a "Faculty" section),
and leaves the remaining text to the language rules.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

import lxml.html
from lxml import etree

from extract.degrees import DEGREE_IN_SCHOOL_NAME, degree_id, find_degrees
from extract.education import EducationEntry, choose, degree_only, school_entry
from extract.labels import bare_label, label_field, split_label_line
from extract.levels import HOUSE_STAFF_TAG
from extract.medical_schools import is_known_medical
from extract.names import CleanName, clean_name, looks_like_name
from extract.places import looks_like_place
from extract.prose import looks_like_school
from extract.sections import NEUTRAL, Section, classify_attrs, classify_heading, is_section_line

DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "footer", "iframe", "form",
    "select", "head", "object", "embed", "canvas", "map", "math", "video", "audio",
)  # fmt: skip
BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 tr td th dt dd dl section article header table tbody "
    "thead tfoot blockquote figure figcaption address main aside hr pre caption details "
    "summary fieldset center body html".split()
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PSEUDO_HEADING_TAGS = frozenset(
    "p div span strong b em caption dt td th tr label legend summary button".split()
)
MEMBER_TAGS = frozenset("div li article section tr td p figure a dd span details table".split())
SCOPE_TAGS = frozenset(("table", "section", "article", "aside"))  # headings end with them
# Digits and alternating-row words inside a class ("ms-rteTableOddRow-default", "row-even",
# "item-3"): rows of one table or cards of one grid differ only in these.
_ROW_STATE = re.compile(r"\d+|(?i:odd|even|first|last|alt)(?=[A-Z_-]|$)")
_STATE_CLASSES = frozenset("active first last odd even show hide hidden visible clearfix".split())
_SEPARATORS = re.compile(r"\s+[–—|•·/]\s+|\s+-\s+|\s*\(|;|\t")
_TRAILING_BADGE = re.compile(
    rf"\s+(?:PGY[\s-]*\w+|R[1-9]|(?-i:{HOUSE_STAFF_TAG})|Intern|Chief(?:\s+Resident)?)$", re.I
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAX_MEMBER_CHARS = 4000
_NO_LIFT = frozenset("body html main table tbody ul ol dl details section".split())
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, recover=True)


@dataclass
class Block:
    """One person's block on the page: a row, a card, a list item, a dt/dd pair."""

    kind: str  # table | group | dl | heading
    elements: list[etree._Element]
    fields: dict[str, str] = field(default_factory=dict)
    context: Section = NEUTRAL
    lines: list[str] = field(default_factory=list)


@dataclass
class TextChunk:
    """Page text outside any block, with the section it sits in."""

    lines: list[str]
    context: Section


@dataclass
class PageLayout:
    blocks: list[Block]
    chunks: list[TextChunk]


def parse_html(text: str) -> etree._Element | None:
    """lxml first; BeautifulSoup only for what lxml refuses."""
    text = _CONTROL.sub(" ", text)
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = _parse_with_soup(text)
    return root


def _parse_with_soup(text: str) -> etree._Element | None:
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        return lxml.html.document_fromstring(str(soup) or "<p></p>", parser=_PARSER)
    except Exception:  # noqa: BLE001 - a fallback parser must not take the page down
        return None


def strip_noise(root: etree._Element) -> None:
    """Drop scripts, navigation and footers: they name people who are not on the roster."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    _expand_abbreviations(root)
    _silence_icon_ligatures(root)
    _silence_initials_badges(root)


def _expand_abbreviations(root: etree._Element) -> None:
    """ "<abbr title='University of Pittsburgh School of Medicine'>Pitt Med</abbr>": the title
    is the school's own name, which the gazetteer links; the short form is only what fits.
    Tooltips and links do the same ("<span data-bs-toggle=tooltip title='Baylor College of
    Medicine'>BCM</span>", "<a title='UNC School of Medicine'>UNC</a>") when the text is a
    short form of the title: an acronym, or the title's first word."""
    for el in root.iter("abbr", "acronym", "span", "a", "dfn", "em", "strong", "b"):
        title = el.get("title")
        if not title or len(el):
            continue
        title = " ".join(title.split())
        if not (len(title) <= 140 and looks_like_school(title)) or label_field(title):
            continue  # title="Medical School" names the field, not the school
        if el.tag in ("abbr", "acronym") or _short_form(" ".join((el.text or "").split()), title):
            el.text = title


def _short_form(text: str, title: str) -> bool:
    if not text or len(text) > 25 or len(text) >= len(title):
        return False
    capitals = sum(ch.isupper() for ch in text)
    return capitals >= 2 and " " not in text or title.casefold().startswith(text.casefold())


# Icon fonts drawn from a word ("<span class=material-icons>school</span>"): the word is
# the icon's name, not text a reader sees. It moves to an attribute the icon rules read.
_LIGATURE_ICON = re.compile(r"\bmaterial-(?:icons|symbols)\S*", re.I)


def _silence_icon_ligatures(root: etree._Element) -> None:
    for el in root.iter("span", "i"):
        classes = el.get("class")
        if classes and _LIGATURE_ICON.search(classes) and el.text and not len(el):
            el.set("data-icon", el.text.strip())
            el.text = None


# An avatar drawn from a person's initials ("<div class=badge aria-hidden=true>JP</div>"):
# hidden from screen readers because it only repeats the name; read as text it looks like a
# school's acronym ("JP", "BR") on the line above the name.
_INITIALS_BADGE = re.compile(r"[A-ZÀ-ÖØ-Þ]{1,3}")


def _silence_initials_badges(root: etree._Element) -> None:
    for el in root.xpath("//*[@aria-hidden='true']"):
        if not len(el) and el.text and _INITIALS_BADGE.fullmatch(el.text.strip()):
            el.text = None


def element_lines(el: etree._Element, limit: int = 20000) -> list[str]:
    """Visible text of ``el`` split at block boundaries and <br>."""
    parts: list[str] = []
    size = 0
    kept: list[etree._Element] = []  # open <pre> elements: their line breaks are shown
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                parts.append("\n")
            if keeps_line_breaks(node):
                kept.append(node)
            if node.text and tag:
                _append_text(parts, shown_text(node.text, bool(kept)))
                size += len(node.text)
        else:
            if kept and kept[-1] is node:
                kept.pop()
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if node is not el and node.tail:
                _append_text(parts, shown_text(node.tail, bool(kept)))
                size += len(node.tail)
        if size > limit:
            break
    return [" ".join(s.split()) for s in "".join(parts).split("\n") if s.strip()]


_PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)
_SOURCE_BREAK = re.compile(r"[\r\n]+")


def keeps_line_breaks(el: etree._Element) -> bool:
    """``<pre>``, ``<textarea>`` or a ``white-space: pre*`` style: the source's line breaks
    are the lines a reader sees."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag in ("pre", "textarea", "listing", "xmp", "plaintext") or bool(
        _PRE_STYLE.search(el.get("style") or "")
    )


def shown_text(text: str, kept: bool) -> str:
    """A line break in the source between two words of one text ("University of Nevada,
    Reno\n School of Medicine", where an editor wrapped the line) is a space, as a browser
    shows it, except inside an element that keeps line breaks. A break before or after the
    words stays: between inline elements ("<span>Jane Doe, MD</span>\n<span>CA-3</span>")
    it stands where the page's CSS sets the cells apart."""
    if kept or "\n" not in text and "\r" not in text:
        return text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start >= end:
        return text
    return text[:start] + _SOURCE_BREAK.sub(" ", text[start:end]) + text[end:]


# Where a <pre> or plain-text roster sets its columns apart by a run of spaces or a tab
# ("Jane Roe      MD      University of Nevada, Reno School of Medicine      PGY-2"): a
# character no page writes for it (U+2063, invisible separator) survives the whitespace
# folding every line goes through, and the row reader splits the line there.
COLUMN_GAP = "\u2063"
_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]{2,}|[ \u00a0]*\t[ \t\u00a0]*)(?=\S)")


def mark_columns(text: str) -> str:
    """``text`` with the gaps of each line that reads as a row of columns marked by
    ``COLUMN_GAP``: a line whose first cell is a person's name alone, or a header line whose
    cells are field labels ("Name   Degree   Medical School   Year"). Any other line (prose
    with two spaces after a full stop) is left as written."""
    if "  " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        cells = _GAP.split(line.strip())
        if len(cells) < 2 or not all(any(ch.isalnum() for ch in cell) for cell in cells):
            continue
        if column_heads(cells) is not None or is_name_alone(cells[0]):
            lines[index] = _GAP.sub(f" {COLUMN_GAP} ", line)
    return "\n".join(lines)


def column_heads(cells: list[str]) -> dict[int, str] | None:
    """The field of each column a header line names, when every cell is a field label and
    one of them a school, a degree or a year; else None. A row's first cell is a name, no
    label, though its "MD" and "PGY-2" read like labels."""
    fields = [label_field(cell) if len(cell) <= 40 else None for cell in cells]
    named = {i: str(key) for i, key in enumerate(fields) if key is not None}
    if len(named) < len(cells) or not {"school", "education", "degree", "level"} & set(fields):
        return None
    return named


def is_name_alone(cell: str) -> bool:
    """A person's name, with her degrees at most ("Jane Roe", "Jane Roe, MD"): the first cell
    of a plain-text table's row ("Program Overview", "Jane Doe (PGY-2)" are none)."""
    if len(cell) > 80:
        return False
    name = name_from_line(cell)
    return name is not None and clean_name(cell).name == name.name


def _append_text(parts: list[str], text: str) -> None:
    """Text of the next element; two elements written back to back ("<span>MD</span><span>Yale
    ..."), as script-rendered markup does, are two words on screen (CSS spaces them), not one."""
    last = parts[-1][-1:] if parts else ""
    if last.isalnum() and text[:1].isalnum() or last == "." and text[:1].isupper():
        parts.append(" ")  # "<span>M.D., Ph.D.</span><span>University of ...": two words
    parts.append(text)


def name_from_line(line: str) -> CleanName | None:
    """The person named at the start of a line ("Jane Doe, MD – Harvard" → Jane Doe, [MD])."""
    found = _name_from_line(line)
    if found is None:
        return None
    return CleanName(name=found.name, degrees=list(found.degrees), nickname=found.nickname)


# A line that opens on a benefactor's name and a degree that is part of a school's name
# ("Frank H. Netter MD School of Medicine"), also as an item of a list ("- ", "• "), names the
# school, not a person.
_EPONYM_SCHOOL_LINE = re.compile(
    r"^\s*(?:[-–—•·*]\s*)?(?:Dr\.?\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4},?\s+"
    + DEGREE_IN_SCHOOL_NAME.pattern
)


@lru_cache(maxsize=32768)
def _name_from_line(line: str) -> CleanName | None:
    """Cached: block finding asks about the same lines many times (a fresh copy goes out)."""
    if len(line) > 200 or split_label_line(line) or _EPONYM_SCHOOL_LINE.match(line):
        return None
    segment = _SEPARATORS.split(line, maxsplit=1)[0]
    inline = inline_name(segment)
    if inline is not None and "," not in segment.split()[1]:
        return inline[0]  # "Ann Lee M.D., Ph.D. Yale ...": every degree, not the first
    if "," in segment and looks_like_place(segment):
        return None  # "Irvine, California" is a hometown line, not "California Irvine"
    candidate = clean_name(segment)
    if looks_like_name(candidate.name):
        return candidate
    if "," in segment:
        head, *rest = segment.split(",")
        candidate = clean_name(head)
        if looks_like_name(candidate.name):
            for part in rest:
                part = _TRAILING_BADGE.sub("", part.strip())  # "MD <span>PGY-4</span>"
                more = clean_name("X Y, " + part).degrees
                if not more:
                    break
                candidate.degrees.extend(d for d in more if d not in candidate.degrees)
            return candidate
    return None


def is_heading_line(line: str) -> bool:
    """A short line that heads the people after it ("PGY-2", "Faculty"), not one that names
    a person: "PGY-2: Andrew Hill, MD (X)" is a class of one, its year written as a label."""
    if not is_section_line(line) or name_from_line(line) is not None:
        return False
    _, colon, rest = line.partition(":")
    return not colon or name_from_line(rest.strip()) is None


@lru_cache(maxsize=8192)
def inline_name(line: str) -> tuple[CleanName, str] | None:
    """ "Chloe Cook MD Indiana University School of Medicine": a name, its degrees and the
    rest of the line with no separator between them, as inline fields (name, credentials,
    school) read when written back to back. The degrees end the name; what follows must go on
    with a capital."""
    words = line.split()
    for start in range(2, min(len(words), 6)):
        if degree_id(words[start].strip(",")) is None:
            continue
        name = clean_name(" ".join(words[:start]))
        if not looks_like_name(name.name) or name.degrees:
            return None
        end = start
        while end < len(words) and degree_id(words[end].strip(",")) is not None:
            end += 1
        rest = " ".join(words[end:])
        if not rest[:1].isupper():
            return None
        degrees = [str(degree_id(w.strip(","))) for w in words[start:end]]
        return CleanName(name=name.name, degrees=list(dict.fromkeys(degrees))), rest
    return None


def _signature(el: etree._Element) -> str:
    classes = el.get("class")
    if not classes:
        return str(el.tag)
    kept = sorted(
        {_ROW_STATE.sub("", c) for c in classes.split() if c.lower() not in _STATE_CLASSES}
    )
    return f"{el.tag}.{'.'.join(kept[:5])}"


def find_layout(root: etree._Element) -> PageLayout:
    """Blocks and residual text of a cleaned document."""
    blocks: dict[etree._Element, Block] = {}
    consumed: set[etree._Element] = set()
    _find_tables(root, blocks, consumed)
    _find_flat_grids(root, blocks, consumed)
    _find_definition_lists(root, blocks, consumed)
    _find_groups(root, blocks, consumed)
    if not blocks:
        _find_single_card(root, blocks, consumed)
    _attach_target_panels(root, blocks, consumed)
    _find_name_headings(root, blocks, consumed)
    chunks = _walk(root, blocks, consumed)
    ordered = [b for b in blocks.values() if b.lines]
    return PageLayout(blocks=ordered, chunks=chunks)


_TARGETS = etree.XPath(
    "descendant-or-self::*/@*[name()='data-bs-target' or name()='data-target' or "
    "name()='aria-controls' or name()='data-modal' or (name()='href' and starts-with(., '#'))]"
)
_WITH_ID = etree.XPath("//*[@id]")
_PAGE_ANCHORS = frozenset(
    "top main content main-content maincontent page header footer nav navigation menu "
    "search page-top site-header".split()
)


def _attach_target_panels(root, blocks, consumed) -> None:
    """A card's "Read bio" button opens a modal or a collapsed panel that sits elsewhere on
    the page (``data-bs-target="#bio-3"``, ``aria-controls``, ``href="#bio-3"``). The panel is
    part of that card's record: its bio names the schools the card leaves out. A panel that
    several cards open (one modal filled by a script), that holds other blocks or that
    contains the card itself is not attached."""
    if not blocks:
        return
    wanted: dict[str, list[Block]] = defaultdict(list)
    for block in blocks.values():
        for member in block.elements:
            for value in _TARGETS(member):
                target = str(value).strip()
                if value.attrname == "href" and not target.startswith("#"):
                    continue
                target = target.lstrip("#")
                if target.lower() in _PAGE_ANCHORS or target.lower().startswith("skip"):
                    continue  # "Back to top", "Skip to content": the page, not a bio
                if target and " " not in target and block not in wanted[target]:
                    wanted[target].append(block)
    wanted = {t: b for t, b in wanted.items() if len(b) == 1}
    if not wanted:
        return
    for panel in _WITH_ID(root):
        owners = wanted.get(panel.get("id") or "")
        if not owners or panel.tag in ("body", "html", "main"):
            continue
        block = owners[0]
        if _inside(panel, consumed) or any(c in consumed for c in panel.iter()):
            continue
        if any(panel is a for m in block.elements for a in m.iterancestors()):
            continue
        if len(panel.text_content()) > _MAX_MEMBER_CHARS:
            continue
        block.elements.append(panel)
        consumed.add(panel)


# A table row too: the last page of a paginated table may hold one row, its header left on
# the first page.
_CARD_TAGS = frozenset(("div", "li", "article", "section", "tr"))


def _find_single_card(root, blocks, consumed) -> None:
    """A page that shows one person's card (the last page of a paginated roster, a page per
    class of one): no sibling repeats it, so ``_find_groups`` cannot see it. The outermost
    element that opens with a short name line, names nobody else and carries a level or a
    school line is that card; a paragraph of prose is not."""
    for el in root.iter(*_CARD_TAGS):
        if _inside(el, consumed) or el.tag in _NO_LIFT:
            continue
        lines = element_lines(el, limit=2000)
        if not 1 <= len(lines) <= 16 or len(lines[0]) > (200 if len(lines) == 1 else 80):
            continue
        name = _person_line(lines[0])
        if name is None or _holds_section_heading(el) or not _one_person(el):
            continue
        if len(lines) == 1:
            # "<li>Jane Doe, MD – PGY-2 – Rice University; Baylor College of Medicine</li>"
            lines = [lines[0], *_SEPARATORS.split(lines[0])[1:]]
            if el.tag != "li" or len(lines) < 2:
                continue
        rest = lines[1:]
        if sum(len(line) > 110 for line in rest) > 1:
            continue
        if any(looks_like_school(line) for line in lines) or any(
            is_section_line(line) and name_from_line(line) is None for line in rest
        ):
            blocks[el] = Block(kind="group", elements=[el])
            consumed.add(el)


def _inside(el: etree._Element, consumed: set[etree._Element]) -> bool:
    if el in consumed:
        return True
    return any(a in consumed for a in el.iterancestors())


def _find_tables(root, blocks, consumed) -> None:
    # A fixed or scrolling header (DataTables' scrollY, sticky-header plugins) is a table of
    # its own, holding only the header row, just before the table of the rows it names; and a
    # page of one table per class often heads only the first. A table without a header of its
    # own takes the last one seen with as many columns, when its rows fit it.
    last: tuple[int, dict[int, str]] | None = None
    for table in root.iter("table"):
        if _inside(table, consumed):
            continue
        rows = [tr for tr in table.iter("tr")]
        if _read_transposed(rows, blocks, consumed):
            continue
        if _label_value_rows(rows):
            continue  # one person's table ("Medical School | X" a row): read as a card
        header_index, columns = _header(rows)
        if columns is not None and rows:
            last = (_cell_count(rows[header_index]), columns)
            if not any(ch.isdigit() for ch in rows[header_index].text_content()):
                consumed.add(rows[header_index])  # "Internship" heads a column, not a class
            if len(rows) == 1:
                continue  # the header alone
        elif last is not None and rows and _fits_columns(rows, *last):
            header_index, columns = -1, last[1]
        if len(rows) < 2 and header_index != -1:
            continue
        if columns is None:
            continue
        for tr in rows[header_index + 1 :]:
            cells = [c for c in tr if c.tag in ("td", "th")]
            if len(cells) < 2:
                continue  # a "PGY-3" row spanning the table: left to the walk as a heading
            fields: dict[str, str] = {}
            for index, cell in enumerate(cells):
                key = columns.get(index)
                value = _cell_value(cell, key)
                if key and value and key != "other":
                    fields.setdefault(key, value)
            if "name" not in fields:
                continue
            block = Block(kind="table", elements=[tr], fields=fields)
            blocks[tr] = block
            consumed.add(tr)


_GRID_TAGS = ("div", "ul", "ol", "section")
# Fields that name a school: a grid's or a header row's columns must name one of them.
_SCHOOL_FIELDS = frozenset({"school", "undergrad", "education", "alma"})


def _find_flat_grids(root, blocks, consumed) -> None:
    """A CSS grid written as one run of cells: the column heads first ("Name", "Medical
    School", "Undergraduate"), then each row's cells in turn, with no element per row. Every
    run of as many cells as there are heads is one person's row."""
    for grid in root.iter(*_GRID_TAGS):
        cells = [c for c in grid if isinstance(c.tag, str)]
        if len(cells) < 6 or _inside(grid, consumed):
            continue
        heads: list[str] = []
        for cell in cells[:9]:
            text = " ".join(cell.text_content().split())
            key = label_field(text) if 0 < len(text) <= 40 and not len(cell) > 2 else None
            if key is None:
                break
            heads.append(key)
        width = len(heads)
        body = cells[width:]
        if not 2 <= width <= 8 or len(body) % width or not _SCHOOL_FIELDS & set(heads):
            continue
        columns = {i: str(key) for i, key in enumerate(heads)}
        if "name" not in columns.values():
            continue
        rows = [body[i : i + width] for i in range(0, len(body), width)]
        named = [
            row for row in rows if name_from_line(_cell_value(row[_name_index(columns)], "name"))
        ]
        if len(named) * 2 < len(rows):
            continue
        consumed.update(cells[:width])
        for row in named:
            fields: dict[str, str] = {}
            for index, key in columns.items():
                value = _cell_value(row[index], key)
                if value and key != "other":
                    fields.setdefault(key, value)
            blocks[row[0]] = Block(kind="table", elements=list(row), fields=fields)
            consumed.update(row)


def _name_index(columns: dict[int, str]) -> int:
    return next(i for i, key in columns.items() if key == "name")


def _fits_columns(rows: list, count: int, columns: dict[int, str]) -> bool:
    """Rows a borrowed header names: as many cells, a person in the name column of most rows
    and a school (or nothing) in the school columns."""
    names = fits = total = 0
    for tr in rows:
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) < 2:
            continue
        if len(cells) != count:
            return False
        total += 1
        texts = {key: " ".join(cells[i].text_content().split()) for i, key in columns.items()}
        names += name_from_line(texts.get("name", "")) is not None
        fits += all(
            not texts[key] or looks_like_school(texts[key]) or len(texts[key]) <= 2
            for key in ("school", "undergrad", "alma")
            if key in texts
        )
    return total > 0 and names * 2 > total and fits * 2 > total


_TRANSPOSED_FIELDS = frozenset({"school", "undergrad", "education", "degree", "level"})


def _read_transposed(rows: list, blocks, consumed) -> bool:
    """A roster table turned on its side, a resident a column: each row is headed by a field
    label ("<th scope=row>Medical School</th>", "Resident", "Credentials") and the names stand
    in the row labelled as names, or in a first row whose corner cell is empty, as comparison
    tables write them. Editors do this to fit a class into a narrow article. Every column
    after the labels is one person's block, its cells the fields their rows name."""
    labelled: list[tuple[str, list[etree._Element]]] = []
    for index, tr in enumerate(rows):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) < 2:
            continue  # a row spanning the table ("PGY-2"), or an empty one
        head = " ".join(cells[0].text_content().split())
        key = label_field(head) if head else None
        if not head and index == 0 and _names_most(cells[1:]):
            key = "name"  # "| Jane Doe | John Roe": names over the labelled rows
        if key is None or labelled and len(cells) != len(labelled[0][1]):
            return False
        labelled.append((str(key), cells))
    keys = [key for key, _ in labelled]
    if not labelled or len(labelled[0][1]) < 3:
        return False  # one person's column: her table reads as a card
    if keys.count("name") != 1 or not _TRANSPOSED_FIELDS & set(keys):
        return False
    names = next(cells for key, cells in labelled if key == "name")
    if not _names_most(names[1:]):
        return False
    for column in range(1, len(names)):
        if not " ".join(names[column].text_content().split()):
            continue  # an empty column (a table padded to a full row of photos)
        members = [cells[column] for _, cells in labelled]
        fields: dict[str, str] = {}
        for key, cells in labelled:
            value = _cell_value(cells[column], key)
            if value and key != "other":
                fields.setdefault(key, value)
        blocks[members[0]] = Block(kind="table", elements=members, fields=fields)
    consumed.update(cell for _, cells in labelled for cell in cells)
    return True


def _names_most(cells: list[etree._Element]) -> bool:
    """Most of the non-empty cells name a person each."""
    texts = [" ".join(c.text_content().split()) for c in cells]
    texts = [t for t in texts if t]
    return bool(texts) and 2 * sum(name_from_line(t) is not None for t in texts) > len(texts)


def _label_value_rows(rows: list) -> bool:
    """A table of one person's fields, a label and its value a row ("Year | PGY-2",
    "Medical School | Duke University"), not a roster with a header row."""
    pairs = 0
    for tr in rows:
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) != 2:
            continue
        key = label_field(" ".join(cells[0].text_content().split()))
        if key not in (None, "name") and not label_field(" ".join(cells[1].text_content().split())):
            pairs += 1
    return pairs >= 2 and pairs * 2 >= len(rows)


def _cell_count(tr: etree._Element) -> int:
    return sum(1 for c in tr if c.tag in ("td", "th"))


_YEAR_LINE = re.compile(r"^\(?(?:class\s+of\s+)?(?:(?:19|20)\d\d|['’]\d\d)\)?$", re.I)


def _cell_value(cell: etree._Element, key: str | None) -> str:
    """A cell read line by line: "School<br>City, Country" is "School, City, Country", never
    "SchoolCity"; a graduation-year line ("<small>Class of 2019</small>") is not part of the
    school; a name cell's extra lines (a role under the name) stay out of the name."""
    lines = element_lines(cell)
    if key == "name":
        return lines[0] if lines else ""
    kept = [ln for ln in lines if not _YEAR_LINE.match(ln) and not LINK_TEXT.fullmatch(ln)]
    if key == "education":
        return "\n".join(kept)  # an entry per line: "BS, Rice University<br>MD, Baylor ..."
    return ", ".join(kept) if key not in ("level", "degree") else " ".join(lines)


def _header(rows: list) -> tuple[int, dict[int, str] | None]:
    for index, tr in enumerate(rows[:3]):
        cells = [c for c in tr if c.tag in ("td", "th")]
        is_header = any(c.tag == "th" for c in cells) or tr.getparent().tag == "thead"
        labels = {i: label_field(" ".join(c.text_content().split())) for i, c in enumerate(cells)}
        mapped = {i: f for i, f in labels.items() if f}
        if not mapped or not (is_header or len(mapped) >= 2):
            continue
        if not is_header and _names_a_person(cells, labels):
            # "Jane Doe | MD | PGY-2 | Downstate": a first row of residents, whose "MD" and
            # "PGY-2" read like column heads; a header row never names a person
            continue
        if "name" not in mapped.values():
            # "| Resident | ..." often heads the name column with something else; take the
            # first unmapped column when the row's other columns are known fields.
            free = [i for i in range(len(cells)) if i not in mapped]
            if not free:
                continue
            mapped[free[0]] = "name"
        return index, mapped
    return 0, None


def _names_a_person(cells: list, labels: dict[int, str | None]) -> bool:
    return any(
        labels[i] is None and name_from_line(" ".join(c.text_content().split())) is not None
        for i, c in enumerate(cells)
    )


def _find_definition_lists(root, blocks, consumed) -> None:
    for dl in root.iter("dl"):
        if _inside(dl, consumed):
            continue
        terms = [c for c in dl if c.tag == "dt"]
        if not terms:
            continue
        labelled = sum(1 for t in terms if label_field(t.text_content()))
        if labelled * 2 >= len(terms):
            continue  # label/value pairs inside a card, read with the card
        for dt in terms:
            if name_from_line(" ".join(dt.text_content().split())) is None:
                continue
            members = [dt]
            sibling = dt.getnext()
            while sibling is not None and sibling.tag == "dd":
                members.append(sibling)
                sibling = sibling.getnext()
            blocks[dt] = Block(kind="dl", elements=members)
            consumed.update(members)


def _find_groups(root, blocks, consumed) -> None:
    signatures: dict[etree._Element, str] = {}
    groups: dict[tuple[str, str, str], list[etree._Element]] = defaultdict(list)
    depth: dict[etree._Element, int] = {root: 0}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        signatures[el] = _signature(el)
        parent = el.getparent()
        if parent is None:
            continue
        depth[el] = depth.get(parent, 0) + 1
        if el.tag not in MEMBER_TAGS:
            continue
        grand = parent.getparent()
        key = (
            signatures.get(grand, "") if grand is not None else "",
            signatures[parent],
            signatures[el],
        )
        groups[key].append(el)
    candidates = []
    for members in groups.values():
        if len(members) < 2:
            continue
        people = [m for m in members if _one_person(m)]
        if len(people) >= 2 and len(people) * 2 >= len(members) and len(people) < len(members):
            slots = _school_slots(people)
            if slots:
                people = [m for m in members if m in people or _one_person(m, slots)]
        if len(people) >= 2 and len(people) * 2 >= len(members):
            candidates.append((min(depth[m] for m in members), people))
    candidates.sort(key=lambda c: c[0])
    for _, people in candidates:
        lifted = [
            m for m in _lift(people)
            if not (_inside(m, consumed) or any(c in consumed for c in m.iter()))
        ]  # fmt: skip
        for member, more in zip(lifted, _continuations(lifted, signatures), strict=True):
            blocks[member] = Block(kind="group", elements=[member, *more])
            consumed.add(member)
            consumed.update(more)
        if lifted:
            _header_row_fields(lifted, blocks)


def _header_row_fields(members: list[etree._Element], blocks) -> None:
    """Rows of a grid built from divs or list items under a header row of their own
    ("<div class=row><div>Resident</div><div>Medical School</div><div>College</div></div>",
    ``role=columnheader`` cells): each row's cells take the fields their column heads name,
    as a table's cells do under its header row."""
    header = members[0].getprevious()
    if header is None or header in blocks or not isinstance(header.tag, str):
        return
    heads = [c for c in header if isinstance(c.tag, str)]
    if len(heads) < 2 or len(heads) > 12:
        return
    labels = [label_field(" ".join(c.text_content().split())) for c in heads]
    mapped = {i: f for i, f in enumerate(labels) if f}
    fields = set(mapped.values())
    if len(mapped) < max(2, len(heads) - 1) or not fields & _SCHOOL_FIELDS:
        return
    if "name" not in fields:
        free = [i for i in range(len(heads)) if i not in mapped]
        if len(free) != 1:
            return
        mapped[free[0]] = "name"
    for member in members:
        cells = [c for c in member if isinstance(c.tag, str)]
        if member.getparent() is not header.getparent() or len(cells) != len(heads):
            continue
        for index, key in mapped.items():
            value = _cell_value(cells[index], key)
            if value and key != "other":
                blocks[member].fields.setdefault(key, value)


def _continuations(
    members: list[etree._Element], signatures: dict[etree._Element, str]
) -> list[list[etree._Element]]:
    """Siblings that carry on each member's record: a directory row with the name and a second
    row with the school ("<tr class=person>" then "<tr class=details>"), or the list under a
    name paragraph ("<p>Jane Doe, MD</p><ul><li>School</li><li>PGY-2</li></ul>"). Only a
    sibling kind that follows at least two members, holds no name and is of the member's own
    tag (or a list after a name line) counts, so a pager or a note after the last card is
    never read as someone's field."""
    member_set = set(members)
    runs: list[list[etree._Element]] = []
    seen: dict[str, int] = defaultdict(int)
    for member in members:
        run: list[etree._Element] = []
        sibling = member.getnext()
        takes_list = sibling is not None and sibling.tag in _LIST_TAGS and _name_line_only(member)
        while (
            sibling is not None
            and sibling not in member_set
            and (sibling.tag == member.tag or takes_list and sibling.tag in _LIST_TAGS)
            and len(run) < 3
        ):
            run.append(sibling)
            sibling = sibling.getnext()
        for kind in {signatures.get(el, "") for el in run}:
            seen[kind] += 1
        runs.append(run)
    return [
        list(
            takewhile(
                lambda el: (
                    seen[signatures.get(el, "")] >= 2
                    and not _names_someone(el)
                    and not _opens_section(el)
                ),
                run,
            )
        )
        for run in runs
    ]


def _opens_section(el: etree._Element) -> bool:
    """A sibling that holds the next section's heading ("<div class=title><h2>HO-2
    Residents</h2></div>" between two classes' cards) ends the record before it: its level
    is the next class's, never a field of the last card above it."""
    return any(
        is_section_line(" ".join(heading.text_content().split())) for heading in el.iter(*HEADINGS)
    )


_LIST_TAGS = frozenset(("ul", "ol", "dl"))


def _name_line_only(member: etree._Element) -> bool:
    """A member that is its person's name line and nothing more ("<p>Jane Doe, MD</p>",
    "<div><h4>Jane Doe</h4></div>"): the fields it leaves out follow it in a list."""
    return len(element_lines(member, limit=400)) == 1


def _names_someone(el: etree._Element) -> bool:
    return any(name_from_line(line) for line in element_lines(el)[:6])


def _lift(people: list[etree._Element]) -> list[etree._Element]:
    """Grow each member up to the largest ancestor that still holds only this person.

    A group found at the name link of a card (``<a>`` inside ``<span>`` inside the card) must
    become the card, or the card's "Medical School" field is left behind as loose text.
    """
    owners: dict[etree._Element, int] = defaultdict(int)
    for member in people:
        for ancestor in member.iterancestors():
            owners[ancestor] += 1
    lifted = []
    for member in people:
        top = member
        for ancestor in member.iterancestors():
            if owners[ancestor] > 1 or ancestor.tag in _NO_LIFT:
                break
            if not _one_person(ancestor) or _holds_section_heading(ancestor):
                break
            top = ancestor
        lifted.append(top)
    return lifted


def _holds_section_heading(el: etree._Element) -> bool:
    for heading in el.iter(*HEADINGS, "summary", "caption", "legend"):
        text = " ".join(heading.text_content().split())
        if text and name_from_line(text) is None:
            return True
    return False


def _one_person(el: etree._Element, school_slots: frozenset[int] = frozenset()) -> bool:
    """``el`` names exactly one person. A line in one of ``school_slots`` (where the group's
    other blocks write their school) is not a second person however it reads."""
    text = el.text_content()
    if not text.strip() or len(text) > _MAX_MEMBER_CHARS:
        return False
    names = 0
    after_label = False
    lines = element_lines(el)[:12]
    for index, line in enumerate(lines):
        if after_label:
            after_label = False  # "Hometown" / "Newton, MA": a value, not a second person
            continue
        above = lines[index - 1] if index else None
        below = lines[index + 1] if index + 1 < len(lines) else None
        key = bare_label(line)
        if key == "name" and bare_label(line.rstrip(" :：")) != "name":
            key = "other"  # "Emergency contact name:": the name under it is someone else's
        if key not in (None, "name") and not _credentials_over_name(above, line, below):
            after_label = True
            continue
        if _person_line(line) is not None:
            if names and {index, index - len(lines)} & school_slots:
                continue
            names += 1
            if names > 1:
                return False
    return names == 1


def _person_line(line: str) -> CleanName | None:
    """The person a line names: at its start ("Jane Doe, MD – Yale"), or as the value of a name
    label ("Name: Jane Doe", "Resident: Jane Doe"), as scaffolded record pages print each
    field of a record on a line of its own."""
    found = name_from_line(line)
    if found is not None:
        return found
    labelled = split_label_line(line)
    if labelled is None or labelled[0] != "name" or bare_label(labelled[1]) != "name":
        return None  # "Spouse's name: ..." names someone else
    return name_from_line(labelled[2]) if labelled[2] else None


def _credentials_over_name(above: str | None, line: str, below: str | None) -> bool:
    """ "MD" on a line of its own over "Jane Doe": the person's credentials, printed above her
    name, not a label ("MD" heading a column of medical schools) whose value is the line below.
    Under a name ("Jane Doe" / "MD" / "California Northstate") it is her own degree line, and
    the name-shaped line under it her school's short form."""
    if below is None or not degree_only(line) or name_from_line(below) is None:
        return False
    if above is not None and _person_line(above) is not None:
        return False
    return not (looks_like_school(below) or is_known_medical(below))


def _school_slots(people: list[etree._Element]) -> frozenset[int]:
    """Line positions (from the start, and negative from the end) where most blocks of a
    group write a school. A card of the same group that has a name-shaped line there ("Wake
    Forest", "Stony Brook" under the year) writes its school as a short form: that line is
    the school's place on the card, not a second person."""
    counts: dict[int, int] = defaultdict(int)
    for member in people:
        lines = element_lines(member)[:12]
        for index, line in enumerate(lines):
            if looks_like_school(line) or is_known_medical(line):
                counts[index] += 1
                counts[index - len(lines)] += 1
    return frozenset(i for i, n in counts.items() if n >= 2 and n * 2 > len(people))


def _find_name_headings(root, blocks, consumed) -> None:
    for el in root.iter("h2", "h3", "h4", "h5", "h6", "strong", "b"):
        if el.tag in ("strong", "b"):
            parent = el.getparent()
            if parent is None or parent.tag != "p" or (parent.text or "").strip():
                continue
            el = parent
        if _inside(el, consumed):
            continue
        text = " ".join(el.text_content().split())
        if name_from_line(text) is None:
            continue
        members = [el]
        sibling = el.getnext()
        while sibling is not None and len(members) < 8:
            if sibling.tag in HEADINGS or sibling in consumed:
                break
            if sibling.tag == "p" and len(sibling) and sibling[0].tag in ("strong", "b"):
                if name_from_line(" ".join(sibling[0].text_content().split())):
                    break
            members.append(sibling)
            sibling = sibling.getnext()
        blocks[el] = Block(kind="heading", elements=members)
        consumed.update(members)


def _tab_panels(root: etree._Element) -> dict[str, str]:
    """Panel id → the text of the tab that shows it. Tabs sit together in a tab list, their
    panels elsewhere; a "PGY-2" tab is the heading of its panel, not of the next tab."""
    panels: dict[str, str] = {}
    labels: dict[str, str] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        target = el.get("aria-controls") or ""
        if not target and el.get("role") == "tab":
            target = el.get("data-bs-target") or el.get("data-target") or el.get("href") or ""
        target = target.strip().lstrip("#")
        is_tab = el.get("role") == "tab"
        if not (target and (is_tab or el.tag in ("button", "a"))) and not is_tab:
            continue
        text = " ".join(el.text_content().split())
        if target and text:
            panels.setdefault(target, text)
        if is_tab and el.get("id") and text:
            labels[el.get("id") or ""] = text
    if labels:
        for el in root.iter():
            labelled_by = el.get("aria-labelledby") if isinstance(el.tag, str) else None
            if labelled_by and el.get("role") == "tabpanel" and labelled_by in labels:
                panels.setdefault(el.get("id") or "", labels[labelled_by])
    panels.pop("", None)
    return panels


def _is_tab(el: etree._Element, panels: dict[str, str]) -> bool:
    if el.get("role") == "tab":
        return True
    label = panels.get(el.get("aria-controls") or "")
    return bool(label) and is_section_line(str(label)) and name_from_line(str(label)) is None


def _holds_block(el: etree._Element, blocks) -> bool:
    """A short section ("PGY-1" over one resident's card) reads like a heading line as a whole;
    it holds a block, so it is the section, not its heading."""
    return any(d in blocks for d in el.iterdescendants())


def _walk(root, blocks, consumed) -> list[TextChunk]:
    """One pass in document order: heading stack, id/class sections, blocks and loose text."""
    headings: list[tuple[int, Section]] = []
    attr_sections: list[tuple[etree._Element, Section]] = []
    scopes: list[tuple[etree._Element, int]] = []
    chunks: list[TextChunk] = []
    parts: list[str] = []
    kept: list[etree._Element] = []  # open elements that keep their line breaks

    def context() -> Section:
        return combine([s for _, s in attr_sections] + [s for _, s in headings])

    def flush() -> None:
        lines = [" ".join(s.split()) for s in "".join(parts).split("\n") if s.strip()]
        if lines:
            chunks.append(TextChunk(lines=lines, context=context()))
        parts.clear()

    panels = _tab_panels(root)
    title = next(root.iter("h1"), None)
    page = set(title.iterancestors()) if title is not None else set()
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "end":
            if attr_sections and attr_sections[-1][0] is el:
                flush()
                attr_sections.pop()
            if scopes and scopes[-1][0] is el:
                flush()
                del headings[scopes.pop()[1] :]
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if kept and kept[-1] is el:
                kept.pop()
            if el is not root and el.tail:
                parts.append(mark_columns(el.tail) if kept else shown_text(el.tail, False))
            continue
        if el in blocks:
            block = blocks[el]
            block.context = context()
            own_tab = panels.get(el.get("id") or "")
            if own_tab:  # a class's panel that holds one person is that person's block
                block.context = combine([block.context, classify_heading(own_tab)])
            block.lines = [line for member in block.elements for line in element_lines(member)]
            for key, value in itemprop_fields(block.elements).items():
                block.fields.setdefault(key, value)
            for key, value in class_fields(block.elements).items():
                block.fields.setdefault(key, value)
            for key, value in inline_label_fields(block.elements).items():
                block.fields.setdefault(key, value)
            for key, value in data_fields(block.elements).items():
                block.fields.setdefault(key, value)
            parts.append("\n")
            walker.skip_subtree()
            continue
        if el in consumed:
            walker.skip_subtree()
            continue
        if _is_tab(el, panels):
            walker.skip_subtree()  # a tab names its panel, not the text that follows it
            continue
        attrs = f"{el.get('id', '')} {el.get('class', '')}".strip()
        section = classify_attrs(attrs, holds_page_heading=el in page) if attrs else NEUTRAL
        panel_label = panels.get(el.get("id") or "")
        if section is NEUTRAL and panel_label:
            section = classify_heading(panel_label)
        if section is not NEUTRAL:
            flush()
            attr_sections.append((el, section))
        if tag in SCOPE_TAGS:
            scopes.append((el, len(headings)))
        level = HEADINGS.get(tag)
        if level is None and tag in PSEUDO_HEADING_TAGS and len(el) <= 2:
            text = " ".join(el.text_content().split())
            if text and is_heading_line(text) and not _holds_block(el, blocks):
                level = 7
        if level is not None:
            flush()
            text = " ".join(el.text_content().split())
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, classify_heading(text)))
            parts.append("\n")
            walker.skip_subtree()
            continue
        if tag in BLOCK_TAGS or tag == "br":
            parts.append("\n")
        if keeps_line_breaks(el):
            kept.append(el)
        if el.text and tag:
            parts.append(mark_columns(el.text) if kept else shown_text(el.text, False))
    flush()
    return chunks


_CLASS_FIELDS = (
    # before "undergrad": "field-medical-college" holds a medical school, not a college
    (
        "school",
        re.compile(
            r"med(?:ical)?[-_]?(?:school|college|education|degree)|(?:college|school)[-_]of[-_]"
            r"(?:osteopathic[-_])?medicine",
            re.I,
        ),
    ),
    ("undergrad", re.compile(r"undergrad|college", re.I)),
    ("education", re.compile(r"education|(?:^|[-_])edu(?:$|[-_])", re.I)),
    # before "school": "field-school-year" holds a year, not a school
    ("level", re.compile(r"(?:^|[-_])(?:pgy|year|level|class[-_]?year|training)(?:$|[-_])", re.I)),
    ("alma", re.compile(r"alma", re.I)),  # settled by the block: medical school or college
    ("school", re.compile(r"med[-_]?school|medical[-_]?school|school|institution", re.I)),
    ("hometown", re.compile(r"hometown|home[-_]town", re.I)),
    ("degree", re.compile(r"degree|credential", re.I)),
    ("name", re.compile(r"(?:^|[-_])(?:name|full[-_]?name)$", re.I)),
)


# schema.org Person microdata ("<span itemprop=alumniOf>"): the property names the field.
_ITEMPROP_FIELDS = {
    "homelocation": "hometown", "birthplace": "hometown", "honorificsuffix": "degree",
    "jobtitle": "level",
}  # fmt: skip


def itemprop_fields(elements: list[etree._Element]) -> dict[str, str]:
    """Fields of a block marked up as a schema.org Person. A person lists every school in
    ``alumniOf``; the medical one is the medical school and another one the college."""
    fields: dict[str, str] = {}
    schools: list[str] = []
    for member in elements:
        for el in member.iter():
            prop = el.get("itemprop") if isinstance(el.tag, str) else None
            if not prop:
                continue
            text = " ".join(el.text_content().split())
            key = prop.strip().lower()
            if not text or len(text) > 150:
                continue
            if key == "alumniof":
                schools.append(text)
            elif key in _ITEMPROP_FIELDS:
                fields.setdefault(_ITEMPROP_FIELDS[key], text)
    if len(schools) == 1:
        fields["school"] = schools[0]
    elif schools:
        # every school a person attended, in the order studied: the education choice decides
        entries = [_alumni_entry(t) for t in schools]
        school, college = choose(entries, infer_undergrad=True)
        if school is not None:
            fields["school"] = school.text
        others = [t for t in schools if t != fields.get("school")]
        if college is not None or others:
            fields["undergrad"] = college.text if college is not None else others[0]
    return fields


def _alumni_entry(text: str) -> EducationEntry:
    school, degrees = school_entry(text)
    return EducationEntry(school or text, tuple(degrees))


_DATA_FIELDS = frozenset({"school", "undergrad", "hometown", "education", "alma"})
_DATA_ATTRS = etree.XPath("descendant-or-self::*/@*[starts-with(name(), 'data-')]")
_NOT_DATA_TEXT = re.compile(r"[/#{}<>=\[\]]|^(?:True|False|None|Null|Yes|No)$")


def data_fields(elements: list[etree._Element]) -> dict[str, str]:
    """Fields a filterable grid keeps in attributes ("<div data-med-school='Emory University
    School of Medicine' data-hometown='Atlanta, GA'>"); what the card shows comes first. Only
    values written for people count: capitalised words, no slugs, ids, paths or markup."""
    fields: dict[str, str] = {}
    for member in elements:
        for value in _DATA_ATTRS(member):
            attr = value.attrname
            if len(attr) > 30:
                continue
            key = label_field(attr[5:].replace("-", " ").replace("_", " "))
            if key not in _DATA_FIELDS or key in fields:
                continue
            text = " ".join(str(value).split())
            if 3 <= len(text) <= 150 and text[:1].isupper() and not _NOT_DATA_TEXT.search(text):
                fields[str(key)] = text
    return fields


def class_fields(elements: list[etree._Element]) -> dict[str, str]:
    """Fields a block marks up by class ("<span class='school'>", "<div class='name'>")."""
    fields: dict[str, str] = {}
    used: set[etree._Element] = set()
    for member in elements:
        for el in member.iter():
            classes = el.get("class") if isinstance(el.tag, str) else None
            if not classes or any(a in used for a in el.iterancestors()):
                continue  # the "year" of a degree inside an education list is not a PGY
            for key, pattern in _CLASS_FIELDS:
                if key in fields and key not in _REPEATED_FIELDS:
                    continue
                if not any(pattern.search(c) for c in classes.split()):
                    continue
                found, text = _class_value(el, key)
                if found is not None and text:
                    _add_field(fields, found, text)
                    used.add(el)
                break
    return fields


# "<li class='education'>BS, Rice</li><li class='education'>MD, Baylor</li>": one field
# written several times is every entry of it, one per line; the education choice sorts them.
_REPEATED_FIELDS = frozenset({"school", "undergrad", "education"})


def _add_field(fields: dict[str, str], key: str, text: str) -> None:
    if key not in fields:
        fields[key] = text
    elif key in _REPEATED_FIELDS and fields[key].count("\n") < 3 and text not in fields[key]:
        fields[key] += "\n" + text


def _class_value(el: etree._Element, key: str) -> tuple[str | None, str]:
    """The value of a field element, read line by line so that a label element inside it
    ("<div class=field__label>Medical School</div><div class=field__item>X</div>") decides the
    field and never becomes part of the value."""
    lines = element_lines(el)
    if not lines:
        return None, ""
    trailing = value_then_label(el)
    labelled = split_label_line(lines[0]) if trailing is None else None
    if trailing is not None:
        key, lines = trailing[0], [trailing[1]]
    elif labelled is not None and any(_opens_with_label(line) for line in lines[1:]):
        key = "education"  # a list of labelled entries: each line's label names its own entry
    elif labelled is not None:
        # "Medical School: X" inside <p class="school">: the label decides.
        key = labelled[0]
        lines = [labelled[2], *lines[1:]] if labelled[2] else lines[1:]
    elif len(lines) > 1 and (first := bare_label(lines[0])) is not None:
        key = _labelled_key(first, key)
        lines = lines[1:]
    else:
        label = _leading_label(el)
        if label is not None:
            key = _labelled_key(label[0], key)
            lines = [lines[0][len(label[1]) :].strip(" :–—-|"), *lines[1:]]
    lines = [line for line in lines if line]
    if key == "other" or not lines:
        return None, ""
    if key == "degree":
        return key, " ".join(lines) if find_degrees(" ".join(lines)) else ""
    if key == "education":
        text = "; ".join(lines)
    elif key in _REPEATED_FIELDS and len(lines) > 1 and all(looks_like_school(x) for x in lines):
        text = "\n".join(lines)  # one field, several schools ("field__item" twice)
    else:
        text = " ".join(lines)
    if len(text) > (450 if key == "education" or "\n" in text else 150) or label_field(text):
        return None, ""
    return key, text


_LABEL_OPENING = re.compile(r"^\s*([A-Za-z][A-Za-z .'’/&()]{0,38}?)\s*(?::|\s[–—-]\s)")


def _opens_with_label(line: str) -> bool:
    """ "Internship – X", "Undergraduate: Y": a line that names its own field, noise included."""
    m = _LABEL_OPENING.match(line)
    return m is not None and label_field(m.group(1)) is not None


def value_then_label(el: etree._Element) -> tuple[str, str] | None:
    """ "<p><span>Rocky Vista University</span> <small>Medical School</small></p>": the value
    first and its label after it, in an element of its own that ends the line (a caption under
    the value, as many card templates write it)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < 2:
        return None
    last = children[-1]
    if (last.tail or "").strip() or len(last):
        return None
    label = " ".join(last.text_content().split())
    key = bare_label(label) if label and len(label) <= 40 else None
    if key in (None, "name", "level"):
        return None
    lines = element_lines(el, limit=400)
    if len(lines) != 1 or not lines[0].endswith(label):
        return None
    value = lines[0][: -len(label)].strip(" :–—-|,")
    if not value or label_field(value) is not None:
        return None
    return str(key), value


def _labelled_key(label: str, key: str) -> str:
    """The field of an element that opens with a label: the label's, but a "Name" / "Full
    Name" label keeps the element's own field. It is dropped all the same, never part of the
    value ("<div class=field-name><div class=field__label>Name</div>..."), and inside another
    field it is that field's name ("Medical School" element, "Name" label), not a person's."""
    return key if label == "name" else label


def _leading_label(el: etree._Element) -> tuple[str, str] | None:
    """A first child that is only a label ("<span class=views-label>Medical School</span>")."""
    if (el.text or "").strip() or not len(el):
        return None
    first = el[0]
    if not isinstance(first.tag, str):
        return None
    text = " ".join(first.text_content().split())
    key = label_field(text) if text else None
    if key is None:
        return None
    return str(key), text


_INLINE_LABEL_TAGS = ("strong", "b", "em", "i", "span", "label", "small", "abbr")


def inline_label_fields(elements: list[etree._Element]) -> dict[str, str]:
    """ "<span class=label>Medical School</span> Yale School of Medicine": a label element with
    no colon (CSS often adds it) and its value as the text that follows on the same line."""
    fields: dict[str, str] = {}
    for member in elements:
        for el in member.iter(*_INLINE_LABEL_TAGS):
            text = " ".join(el.text_content().split())
            whole = split_label_line(text) if ":" in text else None
            if whole is not None and whole[2]:
                # "<span>Undergraduate: Purdue University</span>": label and value in one
                # element; the next element ("<span>Medical school: X</span>") is another field
                if whole[0] not in ("other", "name") and whole[0] not in fields:
                    fields[whole[0]] = whole[2]
                continue
            key = label_field(text) if text else _icon_field(el)
            if key in (None, "other", "name") or key in fields:
                continue
            value = _text_after(el)
            parent = el.getparent()
            if not value and not text and parent is not None and parent.tag in _INLINE_LABEL_TAGS:
                if not " ".join(parent.text_content().split()):
                    value = _text_after(parent)  # <span class=fa-li><i ...></i></span>Value
            if not value and text and parent is not None:
                found = value_then_label(parent)  # <span>Value</span> <small>Label</small>
                if found is not None and found[0] == key:
                    value = found[1]
            if value and len(value) <= 150 and label_field(value) is None:
                fields[key] = value
    return fields


# Icon fonts name what a line is when no label is shown: <i class="fa fa-graduation-cap">.
_ICON_FIELDS = (
    (
        "school",
        re.compile(
            r"graduation|university|school|diploma|user-graduate|education|mortarboard", re.I
        ),
    ),
    (
        "hometown",
        re.compile(r"map-?marker|location|home|house|map-pin|globe|geo-alt|(?:^|\s)place", re.I),
    ),
)


def _icon_field(el: etree._Element) -> str | None:
    """The field of an empty icon element, from its title/aria-label or its icon class."""
    for attr in ("title", "aria-label", "data-label"):
        said = el.get(attr)
        if said:
            return label_field(said)
    ligature = el.get("data-icon")
    if ligature:
        return next((key for key, pattern in _ICON_FIELDS if pattern.search(ligature)), None)
    classes = el.get("class") or ""
    if el.tag not in ("i", "span") or not re.search(
        r"\b(?:fa|fas|far|fa-\w+|icon|bi|glyphicon)\b", classes
    ):
        return None
    for key, pattern in _ICON_FIELDS:
        if pattern.search(classes):
            return key
    return None


def _text_after(el: etree._Element) -> str:
    parts = [el.tail or ""]
    sibling = el.getnext()
    while sibling is not None and sibling.tag not in BLOCK_TAGS and sibling.tag != "br":
        text = " ".join(sibling.text_content().split())
        if label_field(text) not in (None, "other"):
            break  # the next label starts
        if sibling.tag == "a" and LINK_TEXT.fullmatch(text):
            break  # "Read more", "View profile": the link after a value is not part of it
        _append_text(parts, sibling.text_content())
        if sibling.tail:
            _append_text(parts, sibling.tail)
        sibling = sibling.getnext()
    return " ".join("".join(parts).split()).strip(" :–—-|")


# Link and button texts that follow a card's last value on the same line.
LINK_TEXT = re.compile(
    r"(?i)\s*(?:(?:read|view|see|learn|show)\s+(?:more|(?:full\s+)?(?:bio(?:graphy)?|profile)|"
    r"details)|(?:full\s+)?bio(?:graphy)?|profile|more(?:\s+info)?)\s*[»›→>…]*\s*"
)


def combine(sections: list[Section]) -> Section:
    """Outer to inner sections → one context; the innermost level wins, any exclusion holds."""
    if not sections:
        return NEUTRAL
    level = sections[-1].level
    for section in reversed(sections[:-1]):
        level = level.or_else(section.level)
    return Section(
        excluded=any(s.excluded for s in sections),
        roster=any(s.roster for s in sections),
        level=level,
        text=" / ".join(s.text for s in sections if s.text),
    )

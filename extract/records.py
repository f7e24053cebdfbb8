"""Plain records that leave the extractor.

Kept free of Scrapy and the network so that the extractor runs in a notebook as well as in a
spider. ``school_raw`` is the school as the page wrote it (a degree, a year or a label beside
it trimmed, as the linker expects), ``school_text`` the whole line it came from; linking it to
a canonical school is ``enrich``'s job.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ResidentRecord:
    """One current resident as read from a roster page or a prose page."""

    name: str
    degrees: list[str] = field(default_factory=list)
    school_raw: str | None = None
    pgy: int | None = None
    pgy_raw: str | None = None
    class_year: int | None = None
    undergrad: str | None = None
    hometown: str | None = None
    role: str = "resident"  # resident | chief | research
    snippet: str = ""
    confidence: float = 0.0
    # The line the school was read from, as written ("M.D., Baylor College of Medicine '21");
    # ``school_raw`` is the institution in it, without degree, year or label.
    school_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExtractionWork:
    """How much one ``extract_residents`` call read, for the caller that asks.

    The caps that keep a pathological page cheap (``MAX_CHARS``, the loose-text budget) are
    pinned by tests on these counts, which do not depend on the machine; how long the work
    takes is ``bench/extract.py``'s business, never a unit test's.
    """

    chars: int = 0  # characters of the page read, after the cap
    blocks: int = 0  # structural blocks (table rows, cards, list items) read
    paragraphs: int = 0  # pieces of loose text the spaCy pipeline parsed
    paragraph_chars: int = 0  # their characters
    persons: int = 0  # person spans in them weighed as residents

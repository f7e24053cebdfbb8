"""Find a program's current-resident roster among the links of its pages.

Pure functions over HTML so they are testable without a crawl. A link scores by its visible
text and its URL; cues for pages that are *not* current rosters (alumni, faculty, how to apply)
subtract. Every choice keeps its reason so that a program without a roster can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlparse

from parsel import Selector

TEXT_CUES: tuple[tuple[str, float], ...] = (
    (r"\bcurrent residents?\b", 10),
    (r"\b(our|meet (the|our)) residents?\b", 9),
    (r"\bresident roster\b", 9),
    (r"\bresidents? (&|and) fellows\b", 6),
    (r"\bresidents?\b", 6),
    (r"\btrainees\b", 5),
    (r"\bhouse ?staff\b", 5),
    (r"\bpeople\b", 3),
    (r"\bour team\b", 2),
)
URL_CUES: tuple[tuple[str, float], ...] = (
    (r"current[-_]?residents?", 6),
    (r"meet[-_]?(the|our)?[-_]?residents?", 6),
    (r"/residents?(/|\.html?|$|\?)", 5),
    (r"residents?", 3),
    (r"trainees", 3),
    (r"people", 1),
)
NEGATIVE_CUES: tuple[tuple[str, float], ...] = (
    (r"\b(alumni|former|graduates|past residents)\b", -12),
    (r"\bfaculty\b", -6),
    (r"\b(apply|application|applicants?|how to|interview|eligibility)\b", -8),
    (r"^(?!.*resident).*\b(fellowships?|fellows)\b", -4),
    (r"\b(news|events|research|benefits|salary|wellness|contact)\b", -3),
    (r"\.(pdf|jpe?g|png|docx?)$", -20),
)
ROSTER_THRESHOLD = 5.0


@dataclass(frozen=True)
class ScoredLink:
    url: str
    text: str
    score: float

    @property
    def reason(self) -> str:
        return f"link {self.text!r} (score {self.score:g})"


def _score(text: str, url: str) -> float:
    t, u = text.lower(), urlparse(url).path.lower()
    score = max((w for pat, w in TEXT_CUES if re.search(pat, t)), default=0.0)
    score += max((w for pat, w in URL_CUES if re.search(pat, u)), default=0.0)
    score += sum(w for pat, w in NEGATIVE_CUES if re.search(pat, t) or re.search(pat, u))
    return score


def in_scope(url: str, site_prefix: str) -> bool:
    """Same host and under the program's path prefix (departments share university hosts)."""
    a, b = urlparse(url), urlparse(site_prefix)
    if (a.scheme, a.netloc) != (b.scheme, b.netloc):
        return False
    prefix = b.path if b.path.endswith("/") else b.path.rsplit("/", 1)[0] + "/"
    return a.path.startswith(prefix) or a.path == prefix.rstrip("/")


def score_links(html: str, base_url: str, site_prefix: str | None = None) -> list[ScoredLink]:
    """All in-scope links of a page, best roster candidates first."""
    sel = Selector(text=html or "<html></html>")
    best: dict[str, ScoredLink] = {}
    for a in sel.css("a[href]"):
        href = (a.attrib.get("href") or "").strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        url = urldefrag(urljoin(base_url, href))[0]
        if site_prefix and not in_scope(url, site_prefix):
            continue
        text = " ".join(" ".join(a.css("::text").getall()).split()) or a.attrib.get("title", "")
        link = ScoredLink(url, text[:80], _score(text, url))
        if url not in best or link.score > best[url].score:
            best[url] = link
    return sorted(best.values(), key=lambda link: (-link.score, link.url))


def roster_candidates(
    html: str, base_url: str, site_prefix: str | None = None, limit: int = 2
) -> list[ScoredLink]:
    links = score_links(html, base_url, site_prefix)
    return [link for link in links if link.score >= ROSTER_THRESHOLD][:limit]


def next_page(html: str, base_url: str) -> str | None:
    """The rel=next (or "Next") link of a paginated listing or roster."""
    sel = Selector(text=html or "<html></html>")
    href = sel.css('a[rel~="next"]::attr(href), link[rel~="next"]::attr(href)').get()
    if not href:
        for a in sel.css("a[href]"):
            if re.fullmatch(r"\s*(next|next page|›|»|more)\s*[›»]?\s*", " ".join(a.css("::text").getall()), re.I):
                href = a.attrib["href"]
                break
    return urljoin(base_url, href) if href else None

"""Find a program's current-resident roster among the links of its pages.

Pure functions over HTML so they are testable without a crawl. A link scores by its visible
text and its URL; cues for pages that are *not* current rosters (alumni, faculty, how to apply)
subtract. Every choice keeps its reason so that a program without a roster can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urldefrag, urljoin, urlparse

from lxml import etree

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
    (r"\b(match[- ]?day|newsletters?|announc\w*|incoming|blog|stories|spotlight)\b", -8),
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


_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)


# One parse per page: the spider asks a page for roster, hub, info, class and next-page links,
# each a pass over the same anchors. The few most recent pages stay parsed.
@lru_cache(maxsize=8)
def _links(html: str) -> tuple[tuple[tuple[str, str, str, str], ...], str | None]:
    """(href, text, title, rel) of every ``<a href>`` in document order, and the href of the
    first ``<link rel="next">`` if any."""
    root = etree.fromstring((html or "<html></html>").encode("utf-8", "replace"), _PARSER)
    if root is None:
        return (), None
    anchors = tuple(
        (
            (a.get("href") or "").strip(),
            " ".join(" ".join(a.itertext()).split()),
            a.get("title") or "",
            a.get("rel") or "",
        )
        for a in root.iter("a")
        if a.get("href") is not None
    )
    link_next = next(
        (link.get("href") for link in root.iter("link")
         if link.get("href") and "next" in (link.get("rel") or "").split()),
        None,
    )
    return anchors, link_next


def score_links(html: str, base_url: str, site_prefix: str | None = None) -> list[ScoredLink]:
    """All in-scope links of a page, best roster candidates first."""
    best: dict[str, ScoredLink] = {}
    for href, text, title, _rel in _links(html)[0]:
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        url = urldefrag(urljoin(base_url, href))[0]
        if site_prefix and not in_scope(url, site_prefix):
            continue
        text = text or title
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
    anchors, link_next = _links(html)
    href = next((h for h, _text, _title, rel in anchors if "next" in rel.split()), None) or link_next
    if not href:
        for h, text, _title, _rel in anchors:
            if NEXT_TEXT.fullmatch(text):
                href = h
                break
    return urljoin(base_url, href) if href else None


# "Next", "Next page ›", "More", and the blog pagers of CMS rosters: "Older Posts →", "Older
# entries »" (a blog lists newest first, so older is onward; "Newer" goes back).
NEXT_TEXT = re.compile(
    r"\s*(next|next page|older|older (posts|entries|items)|›|»|→|more)\s*[›»→]?\s*", re.I
)


# --- per-class subpages, sitemaps, pages that need a browser -------------------------------

# One class of residents, as a link names it: "Class of 2029", "PGY-2", "R3", "Interns", "Chief
# Residents", "Chief Year", "Second-Year Residents", also with a lead-in and in the plural ("Meet the
# PGY2s", "Our 2nd Years", "Meet the Chiefs (PGY7)", "Graduating 2029").
_ORDINAL = r"(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|7th)"
_CLASS_NAME = (
    r"(class of (19|20)\d\d|graduating( class of)? (19|20)\d\d|(19|20)\d\d|pgy[\s-]?\d+'?s?|"
    r"r\d'?s?|interns?|juniors?|seniors?|chiefs?|chief residents?|chief years?|"
    rf"{_ORDINAL}[\s-]years?)"
)
CLASS_CUES = re.compile(
    rf"^\s*((meet|see) (the|our) |our |the )?{_CLASS_NAME}( (residents?|class))?"
    r"(\s*\([^()]{1,24}\))?\s*$",
    re.I,
)
CLASS_URL_CUES = re.compile(
    r"(class[-_]?of[-_]?\d{4}|graduating[-_]?\d{4}|/pgy[-_]?\d|/(19|20)\d\d/?$|/interns?/?$)", re.I
)


def class_links(html: str, base_url: str, site_prefix: str | None = None) -> list[ScoredLink]:
    """Links to one class of a roster split by year ("Class of 2029", "PGY-2", "Interns")."""
    found = []
    for link in score_links(html, base_url, site_prefix):
        if link.url == urldefrag(base_url)[0]:
            continue
        if CLASS_CUES.match(link.text) or CLASS_URL_CUES.search(urlparse(link.url).path):
            found.append(ScoredLink(link.url, link.text, link.score))
    return sorted(found, key=lambda link: link.url)


def sitemap_urls(xml: str | bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) of a sitemap or sitemap index; never raises."""
    if isinstance(xml, bytes):
        xml = xml.decode("utf-8", errors="replace")
    locs = re.findall(r"<(url|sitemap)>\s*<loc>\s*([^<\s]+)\s*</loc>", xml or "", re.I)
    pages = [html_unescape(loc) for kind, loc in locs if kind.lower() == "url"]
    nested = [html_unescape(loc) for kind, loc in locs if kind.lower() == "sitemap"]
    return pages, nested


def html_unescape(text: str) -> str:
    from html import unescape

    return unescape(text)


def score_url(url: str) -> ScoredLink:
    """A sitemap entry has no link text: it scores by its URL alone (words in the path count as
    text too, since ``/current-residents/`` reads as "current residents")."""
    words = re.sub(r"[-_/.]+", " ", urlparse(url).path).strip()
    return ScoredLink(url, f"sitemap {urlparse(url).path}", _score(words, url))


LOAD_MORE = re.compile(
    r"<(button|a)\b[^>]*>\s*(load|show|see|view)\s+(more|all)\b[^<]{0,40}</(button|a)>"
    r"|class=\"[^\"]*\b(load-more|btn-more|show-more)\b|id=\"(load-more|feed-end|sentinel)\""
    r"|data-(src|next|api)=\"[^\"]*(api|json)",
    re.I,
)


def grows_by_script(html: str) -> bool:
    """A roster that shows only its first residents and fetches the rest on click or scroll."""
    return bool(LOAD_MORE.search(html or "")) and "<script" in (html or "").lower()

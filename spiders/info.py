"""A program's own pages about applying: where its eligibility statements live.

Found the way rosters are found, by scoring links, but with their own cues (roster scoring
counts "apply" and "eligibility" against a link, and must keep doing so). What these pages say
becomes ``FactItem``s through ``extract.facts``.
"""

from __future__ import annotations

import re

from spiders.discovery import ScoredLink, score_links

INFO_TEXT_CUES: tuple[tuple[str, float], ...] = (
    (r"\beligib", 10),
    (r"\bhow to apply\b", 10),
    (r"\bapplication (process|requirements|information)\b", 9),
    (r"\b(frequently asked questions|faqs?)\b", 8),
    (r"\bapplicants?\b", 7),
    (r"\b(apply|application)\b", 6),
    (r"\brequirements\b", 6),
    (r"\bvisas?\b", 6),
)
INFO_URL_CUES: tuple[tuple[str, float], ...] = (
    (r"eligib", 5),
    (r"(how[-_]to[-_])?apply", 4),
    (r"faq", 4),
    (r"applica", 3),
)
INFO_NEGATIVE = re.compile(r"\b(residents?|faculty|alumni|fellowship|news|events)\b|\.(pdf|docx?|jpe?g|png)$", re.I)
INFO_THRESHOLD = 6.0


def _score(link: ScoredLink) -> float:
    text, url = link.text.lower(), link.url.lower()
    score = max((w for pat, w in INFO_TEXT_CUES if re.search(pat, text)), default=0.0)
    score += max((w for pat, w in INFO_URL_CUES if re.search(pat, url)), default=0.0)
    if INFO_NEGATIVE.search(text) or INFO_NEGATIVE.search(url):
        score -= 8
    return score


def info_candidates(html: str, base_url: str, site_prefix: str | None = None, limit: int = 4) -> list[ScoredLink]:
    """The page's links to eligibility / how-to-apply / FAQ pages, best first."""
    scored = [ScoredLink(link.url, link.text, _score(link))
              for link in score_links(html, base_url, site_prefix)]
    best = sorted((s for s in scored if s.score >= INFO_THRESHOLD), key=lambda s: (-s.score, s.url))
    return best[:limit]

"""Is the roster on this page filled in by JavaScript? A hint for the crawler.

True when a roster-looking mount point is empty in the raw HTML and the page shows how it
would be filled: a script that fetches JSON, a data-* endpoint, a framework root, or a
<noscript> asking for JavaScript. A page that already shows its residents is static, unless it
fetches more of them ("Load more" buttons, infinite scroll): then only a browser sees them all.
"""

from __future__ import annotations

import re

from lxml import etree

from extract.dom import element_lines, name_from_line, parse_html

_MOUNT = re.compile(
    r"resident|roster|people|team|directory|trainee|member|profile|app|root|__next|__nuxt",
    re.IGNORECASE,
)
_FETCHING = re.compile(
    r"fetch\s*\(|XMLHttpRequest|axios|\$\.(?:get|getJSON|ajax)\s*\(|\.json\b|/api/|graphql|"
    r"hydrate|createRoot|ReactDOM|new\s+Vue|createApp|angular",
    re.IGNORECASE,
)
_NOSCRIPT_HINT = re.compile(r"javascript|enable\s+js|browser", re.IGNORECASE)


def looks_script_rendered(html: str | bytes) -> bool:
    """Hint that a browser is needed to see this page's roster; never raises."""
    try:
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        root = parse_html(html[:2_000_000])
        if root is None:
            return False
        if not _fills_by_script(root):
            return False
        return _loads_more(root) or (_empty_mount(root) and not _shows_people(root))
    except Exception:  # noqa: BLE001 - a hint must never break a crawl
        return False


def _empty_mount(root: etree._Element) -> bool:
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "body", "script"):
            continue
        attrs = f"{el.get('id', '')} {el.get('class', '')}"
        data = " ".join(f"{k}={v}" for k, v in el.attrib.items() if k.startswith("data-"))
        if not (_MOUNT.search(attrs) or _FETCHING.search(data)):
            continue
        if not "".join(el.itertext()).strip() or _only_placeholder(el):
            return True
    return False


_MORE = re.compile(r"\b(?:load|show|view|see)\s+(?:more|all)\b", re.IGNORECASE)


def _loads_more(root: etree._Element) -> bool:
    """The page shows some people and fetches the rest: a "Load more" button, an endpoint in a
    data-* attribute, or a "Loading…" sentinel for infinite scroll."""
    for el in root.iter("button", "a"):
        if _MORE.search(" ".join(el.itertext())) and (el.tag == "button" or not el.get("href")):
            return True
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "html", "head", "body"):
            continue
        if any(k.startswith("data-") and _FETCHING.search(v) for k, v in el.attrib.items()):
            return True
        if len(el) == 0 and _only_placeholder(el):
            return True
    return False


def _only_placeholder(el: etree._Element) -> bool:
    text = " ".join("".join(el.itertext()).split()).lower()
    return len(text) < 40 and bool(re.search(r"loading|please wait|…|\.\.\.", text))


def _fills_by_script(root: etree._Element) -> bool:
    for script in root.iter("script"):
        if script.get("src") or _FETCHING.search(script.text or ""):
            return True
    for noscript in root.iter("noscript"):
        if _NOSCRIPT_HINT.search(" ".join(noscript.itertext())):
            return True
    return any(
        k.startswith("data-") and _FETCHING.search(v)
        for el in root.iter()
        if isinstance(el.tag, str)
        for k, v in el.attrib.items()
    )


def _shows_people(root: etree._Element) -> bool:
    body = root.find("body")
    if body is None:
        return False
    for bad in body.iter("script", "noscript", "style", "template"):
        bad.text = ""
    names = sum(1 for line in element_lines(body)[:400] if name_from_line(line))
    return names >= 2

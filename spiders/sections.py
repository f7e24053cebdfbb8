"""Pages that list the residents of several programs keep only the program's specialty.

A department's "Residents & Fellows" page or a hospital's house-staff directory often has one
section per program, each under a heading naming its specialty. When a page has headings for two
or more specialties, the sections under other specialties' headings are removed before extraction;
a page that names only one specialty (or none) is returned unchanged, as the same object.
"""

from __future__ import annotations

import re

import lxml.html

SPECIALTY_NAMES: dict[str, tuple[str, ...]] = {
    "neurosurgery": ("neurosurgery", "neurological surgery", "neurosurgical"),
    "dermatology": ("dermatology",),
    "internal-medicine": ("internal medicine",),
    "general-surgery": ("general surgery",),
    "pediatrics": ("pediatrics", "pediatric"),
    "family-medicine": ("family medicine",),
    "psychiatry": ("psychiatry",),
    "neurology": ("neurology",),
    "radiology": ("radiology", "diagnostic radiology"),
    "anesthesiology": ("anesthesiology",),
    "emergency-medicine": ("emergency medicine",),
    "orthopaedic-surgery": ("orthopaedic surgery", "orthopedic surgery", "orthopaedics"),
    "obstetrics-gynecology": ("obstetrics", "ob/gyn", "obgyn"),
    "otolaryngology": ("otolaryngology", "ent"),
    "ophthalmology": ("ophthalmology",),
    "urology": ("urology",),
    "pathology": ("pathology",),
    "plastic-surgery": ("plastic surgery",),
    "radiation-oncology": ("radiation oncology",),
}
_HEADING = re.compile(r"<h([1-4])\b[^>]*>(.*?)</h\1>", re.I | re.S)


def specialty_of(text: str) -> str | None:
    t = " ".join(re.sub(r"<[^>]+>", " ", text).lower().split())
    best = None
    for slug, names in SPECIALTY_NAMES.items():
        for name in names:
            if re.search(rf"\b{re.escape(name)}\b", t) and (best is None or len(name) > best[1]):
                best = (slug, len(name))
    return best[0] if best else None


def _slug(specialty: str) -> str:
    s = specialty.lower().replace(" ", "-")
    return "neurosurgery" if s in ("neurological-surgery",) else s


def keep_specialty(html: str, specialty: str) -> str:
    """``html`` without the sections headed by other specialties (unchanged if none)."""
    ours = _slug(specialty)
    named = {specialty_of(m.group(2)) for m in _HEADING.finditer(html or "")} - {None}
    if len(named) < 2 or ours not in named:
        return html
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for heading in list(root.iter("h1", "h2", "h3", "h4")):
        other = specialty_of(heading.text_content())
        if other is None or other == ours or heading.getparent() is None:
            continue
        level = int(heading.tag[1])
        parent = heading.getparent()
        first = next((el for el in parent if isinstance(el.tag, str)), None)
        if first is heading and parent.tag in ("section", "article", "div") and parent.getparent() is not None:
            parent.getparent().remove(parent)
            continue
        doomed = [heading]
        for sib in heading.itersiblings():
            if isinstance(sib.tag, str) and re.fullmatch(r"h[1-4]", sib.tag) and int(sib.tag[1]) <= level:
                break
            doomed.append(sib)
        for el in doomed:
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")

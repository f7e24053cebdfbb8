"""People a page declares in JSON-LD (schema.org ``Person``), read before scripts are dropped.

SEO plugins and university CMSs describe a roster's people in
``<script type="application/ld+json">``: ``alumniOf`` lists every school a person attended
(college and medical school alike), ``homeLocation``/``birthPlace`` a hometown. The visible
page decides who is a resident; these declarations only fill what a card leaves out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from extract.education import EducationEntry, choose, school_entry
from extract.names import clean_name

_MAX_SCRIPT_CHARS = 500_000
_MAX_NODES = 5_000


@dataclass(frozen=True)
class DeclaredPerson:
    name: str
    school: str | None = None
    undergrad: str | None = None
    hometown: str | None = None


def jsonld_people(root: etree._Element) -> list[DeclaredPerson]:
    """Every schema.org Person declared in the page's JSON-LD blocks; [] when there is none."""
    people = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        for node in _nodes(data):
            person = _person(node)
            if person is not None:
                people.append(person)
    return people


def _nodes(data: Any) -> Iterator[dict]:
    stack = [data]
    seen = 0
    while stack and seen < _MAX_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _is_person(node: dict) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "Person" for k in kinds)


def _person(node: dict) -> DeclaredPerson | None:
    if not _is_person(node) or not isinstance(node.get("name"), str):
        return None
    name = clean_name(" ".join(node["name"].split())).name
    if not name:
        return None
    entries = []
    for written in _names(node.get("alumniOf")):
        text, degrees = school_entry(written)
        if text:
            entries.append(EducationEntry(text, tuple(degrees), None, written))
    school, undergrad = choose(entries, infer_undergrad=True)
    hometown = next(
        iter(_places(node.get("homeLocation")) or _places(node.get("birthPlace"))), None
    )
    return DeclaredPerson(
        name=name,
        school=school.text if school else None,
        undergrad=undergrad.text if undergrad else None,
        hometown=hometown,
    )


def _names(value: Any) -> list[str]:
    """ "X", {"name": "X"} or a list of either → the names, in order."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:10]:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and 2 <= len(item.strip()) <= 150:
            names.append(" ".join(item.split()))
    return names


def _places(value: Any) -> list[str]:
    """A Place by its name, or by its address's locality and region/country."""
    places = _names(value)
    if places or not isinstance(value, dict):
        return places
    address = value.get("address")
    if isinstance(address, dict):
        parts = [
            address.get("addressLocality"),
            address.get("addressRegion") or address.get("addressCountry"),
        ]
        text = ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        return [text] if text else []
    return []

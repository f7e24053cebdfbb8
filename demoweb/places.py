"""Real US city/state pairs, ACGME state codes, and fictional institution names.

Cities are real so that map views and state facets look right; institutions are invented
("Ashbrook University Medical Center") so that no page impersonates a real program.
"""

from __future__ import annotations

import random

# The two-digit state code inside an ACGME program id (e.g. 160 *23* 13129 for Maryland).
# Data tables: packed by hand, kept from the formatter.
# fmt: off
ACGME_STATE_CODES: dict[str, str] = {
    "AL": "01", "AK": "02", "AZ": "03", "AR": "04", "CA": "05", "CO": "07", "CT": "08", "DE": "09",
    "DC": "10", "FL": "11", "GA": "12", "HI": "14", "ID": "15", "IL": "16", "IN": "17", "IA": "18",
    "KS": "19", "KY": "20", "LA": "21", "ME": "22", "MD": "23", "MA": "24", "MI": "25", "MN": "26",
    "MS": "27", "MO": "28", "MT": "29", "NE": "30", "NV": "31", "NH": "32", "NJ": "33", "NM": "34",
    "NY": "35", "NC": "36", "ND": "37", "OH": "38", "OK": "39", "OR": "40", "PA": "41", "PR": "42",
    "RI": "43", "SC": "45", "SD": "46", "TN": "47", "TX": "48", "UT": "49", "VT": "50", "VA": "51",
    "WA": "54", "WV": "53", "WI": "55", "WY": "56",
}

# (city, state); weighted roughly toward where residency programs actually are.
CITIES: tuple[tuple[str, str], ...] = (
    ("Birmingham", "AL"), ("Mobile", "AL"), ("Phoenix", "AZ"), ("Tucson", "AZ"),
    ("Little Rock", "AR"), ("Los Angeles", "CA"), ("San Francisco", "CA"), ("San Diego", "CA"),
    ("Sacramento", "CA"), ("Fresno", "CA"), ("Oakland", "CA"), ("Aurora", "CO"), ("Denver", "CO"),
    ("New Haven", "CT"), ("Hartford", "CT"), ("Washington", "DC"), ("Miami", "FL"),
    ("Gainesville", "FL"), ("Tampa", "FL"), ("Jacksonville", "FL"), ("Orlando", "FL"),
    ("Atlanta", "GA"), ("Augusta", "GA"), ("Honolulu", "HI"), ("Chicago", "IL"),
    ("Springfield", "IL"), ("Peoria", "IL"), ("Indianapolis", "IN"), ("Iowa City", "IA"),
    ("Kansas City", "KS"), ("Wichita", "KS"), ("Lexington", "KY"), ("Louisville", "KY"),
    ("New Orleans", "LA"), ("Shreveport", "LA"), ("Portland", "ME"), ("Baltimore", "MD"),
    ("Bethesda", "MD"), ("Boston", "MA"), ("Worcester", "MA"), ("Ann Arbor", "MI"),
    ("Detroit", "MI"), ("Grand Rapids", "MI"), ("Lansing", "MI"), ("Minneapolis", "MN"),
    ("Rochester", "MN"), ("Jackson", "MS"), ("St. Louis", "MO"), ("Columbia", "MO"),
    ("Kansas City", "MO"), ("Omaha", "NE"), ("Las Vegas", "NV"), ("Lebanon", "NH"),
    ("Newark", "NJ"), ("New Brunswick", "NJ"), ("Hackensack", "NJ"), ("Albuquerque", "NM"),
    ("New York", "NY"), ("Bronx", "NY"), ("Brooklyn", "NY"), ("Rochester", "NY"),
    ("Buffalo", "NY"), ("Syracuse", "NY"), ("Albany", "NY"), ("Valhalla", "NY"), ("Durham", "NC"),
    ("Chapel Hill", "NC"), ("Winston-Salem", "NC"), ("Charlotte", "NC"), ("Cleveland", "OH"),
    ("Columbus", "OH"), ("Cincinnati", "OH"), ("Toledo", "OH"), ("Oklahoma City", "OK"),
    ("Portland", "OR"), ("Philadelphia", "PA"), ("Pittsburgh", "PA"), ("Hershey", "PA"),
    ("Danville", "PA"), ("San Juan", "PR"), ("Providence", "RI"), ("Charleston", "SC"),
    ("Columbia", "SC"), ("Memphis", "TN"), ("Nashville", "TN"), ("Knoxville", "TN"),
    ("Houston", "TX"), ("Dallas", "TX"), ("San Antonio", "TX"), ("Austin", "TX"),
    ("Galveston", "TX"), ("Temple", "TX"), ("Lubbock", "TX"), ("El Paso", "TX"),
    ("Salt Lake City", "UT"), ("Burlington", "VT"), ("Charlottesville", "VA"), ("Richmond", "VA"),
    ("Norfolk", "VA"), ("Seattle", "WA"), ("Spokane", "WA"), ("Morgantown", "WV"),
    ("Madison", "WI"), ("Milwaukee", "WI"),
)

# Invented place-like words; two halves combine into many distinct institution names.
ROOT_HEADS = (
    "Ash", "Bramble", "Cedar", "Elm", "Fair", "Glen", "Haw", "Iron", "Juniper", "Kings", "Lark",
    "Maple", "North", "Oak", "Pine", "Quarry", "Raven", "Silver", "Thorn", "Willow", "Amber",
    "Birch", "Copper", "Falcon", "Harbor", "Linden", "Meadow", "Stone",
)
ROOT_TAILS = (
    "brook", "wood", "crest", "ford", "haven", "field", "mont", "ridge", "vale", "water", "gate",
    "hurst", "stead", "wick", "dale", "port",
)
INSTITUTION_PATTERNS = (
    "{root} University Medical Center Program", "{root} University Hospital Program",
    "University of {root} Program", "{root} Memorial Hospital Program",
    "{root} Health System Program", "{root} College of Medicine Program",
    "{city} {root} Medical Center Program", "{root} University/{root} Regional Hospital Program",
)
# fmt: on


def institution_name(rng: random.Random, city: str) -> tuple[str, str]:
    """An invented program name and the root it is built on (used for slugs and hosts)."""
    root = rng.choice(ROOT_HEADS) + rng.choice(ROOT_TAILS)
    return rng.choice(INSTITUTION_PATTERNS).format(root=root, city=city), root

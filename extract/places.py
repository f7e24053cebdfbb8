"""Is an undergraduate college or a hometown in the United States? Cues for the US-IMG hint.

A US citizen who studied medicine abroad (a "US-IMG") often shows it on a roster as a US
undergraduate college or a US hometown beside an international medical school. The extractor
only reads ``undergrad`` and ``hometown``; whether the *medical school* is international is
``enrich``'s call, so the hint itself (US place + international school) is computed downstream:

    us_img_hint = us_place_hint(record.undergrad, record.hometown) and match.kind == "IMG"

This module is deliberately small and dependency-free (no gazetteer, no network): US state names
and postal codes, "USA", and a short list of US colleges whose names carry no state. It answers
"probably US", never "certainly not US": an unknown college gives False.
"""

from __future__ import annotations

import re

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    "PR": "Puerto Rico",
}  # fmt: skip
# US colleges and universities whose names carry no state (a cue list, not a gazetteer).
US_COLLEGE_CUES = (
    "Harvard", "Yale", "Princeton", "Stanford", "Columbia University", "Cornell", "Dartmouth",
    "Brown University", "Duke", "Emory", "Vanderbilt", "Rice University", "Tufts", "Tulane",
    "Georgetown", "Northwestern University", "Johns Hopkins", "Notre Dame", "Boston College",
    "Boston University", "MIT", "Caltech", "Carleton College", "Williams College",
    "Amherst College", "Davidson College", "Morehouse", "Spelman", "Howard University",
    "Wellesley", "Swarthmore", "Pomona", "Bowdoin", "Middlebury", "Oberlin", "Vassar",
    "Rutgers", "Purdue", "Baylor", "Auburn", "Clemson", "Villanova", "Fordham", "Creighton",
    "Gonzaga", "Brigham Young", "UCLA", "UC Berkeley", "UC San Diego", "UC Davis", "UC Irvine",
    "NYU", "USC", "Wake Forest", "Case Western", "Carnegie Mellon", "Lehigh", "Bucknell",
    "Colgate", "Hamilton College", "Grinnell", "Macalester", "St. Olaf", "Xavier University",
    "Loyola", "Marquette", "DePaul", "Saint Louis University", "Washington University",
    "Wesleyan", "Smith College", "Barnard", "Haverford", "Bryn Mawr", "Kenyon", "Colby",
    "Bates College", "Trinity College", "Texas A&M", "Penn State", "UPenn",
    "University of Pennsylvania", "University of Chicago", "University of Southern California",
)  # fmt: skip
_STATE_NAMES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(n) for n in sorted(US_STATES.values(), key=len, reverse=True))
    + r")\b"
)
_STATE_CODE = re.compile(r",\s*(" + "|".join(US_STATES) + r")\.?\s*(?:\d{5})?\s*$")
_USA = re.compile(r"\b(?:USA|U\.S\.A?\.|United States(?: of America)?)\b")
_COLLEGE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in US_COLLEGE_CUES) + r")\b")
# A foreign country after a comma overrides a state-like word ("Tbilisi, Georgia" stays foreign
# only when written with the country; we cannot tell without it).
_FOREIGN_TAIL = re.compile(
    r",\s*(?:Mexico|Canada|India|Pakistan|Nigeria|Philippines|China|Brazil|Egypt|Iran|Iraq|"
    r"Jordan|Lebanon|Syria|Turkey|Israel|Ireland|England|UK|United Kingdom|Grenada|Dominica|"
    r"Saint Kitts|St\.? Kitts|Sint Maarten|St\.? Maarten|Antigua|Cuba|Colombia|Venezuela|"
    r"Peru|Chile|Argentina|Poland|Germany|Italy|Spain|France|Greece|Russia|Ukraine|Japan|"
    r"Korea|South Korea|Taiwan|Vietnam|Thailand|Nepal|Bangladesh|Sri Lanka|Ghana|Kenya|Ethiopia|"
    r"Australia|New Zealand|Sweden|Norway|Denmark|Netherlands|Portugal|Romania|Hungary|Czech Republic|"
    r"Saudi Arabia|Qatar|United Arab Emirates|UAE|Kuwait|Dominican Republic|Jamaica|Haiti|Barbados|"
    r"Trinidad and Tobago|Ecuador|Bolivia|Uganda|Tanzania|Zimbabwe|South Africa|Cameroon|Sudan|"
    r"Indonesia|Malaysia|Singapore|Hong Kong|Armenia|Afghanistan|Morocco|Tunisia|Algeria|Libya)\s*$"
)


def is_us_place(text: str | None) -> bool:
    """ "Dayton, Ohio", "Newton, MA", "Boston, USA" → True; "Lahore, Pakistan" → False."""
    if not text:
        return False
    text = " ".join(text.split())
    if _FOREIGN_TAIL.search(text):
        return False
    return bool(_USA.search(text) or _STATE_CODE.search(text) or _STATE_NAMES.search(text))


def is_us_college(text: str | None) -> bool:
    """A US college by state name ("University of Michigan", "Ohio State University"), a
    trailing state ("Davidson College, NC") or a name on the cue list ("Tufts University")."""
    if not text:
        return False
    return is_us_place(text) or bool(_COLLEGE.search(" ".join(text.split())))


def us_place_hint(undergrad: str | None, hometown: str | None) -> bool:
    """True when a resident's undergraduate college or hometown reads as American.

    Combined downstream with an international medical school, this is the US-citizen-IMG hint.
    """
    return is_us_college(undergrad) or is_us_place(hometown)


_STATE_TAIL = re.compile(
    r",\s*(?:"
    + "|".join(re.escape(n) for n in sorted(US_STATES.values(), key=len, reverse=True))
    + r")\s*$"
)


def looks_like_place(text: str) -> bool:
    """ "Irvine, California", "Newton, MA", "Accra, Ghana": a city and its state or country.

    Such a line has the shape of an inverted name ("Doe, Jane"), so the name reader asks first.
    """
    text = " ".join(text.split())
    code = _STATE_CODE.search(text)
    if code and code.group(1) in _DEGREE_LIKE_CODES:
        code = None  # "Jane Doe, MD" is a doctor, not Maryland
    return bool(code or _STATE_TAIL.search(text) or _FOREIGN_TAIL.search(text))


_DEGREE_LIKE_CODES = frozenset({"MD", "MA", "MS", "PA"})


_CITY_STATE = re.compile(
    r",\s*[A-Z][a-z.]+(?:[\s-]+[A-Z][a-z.]+){0,2},\s*(?:" + "|".join(US_STATES) + r")\.?$"
)


def ends_with_city_state(text: str) -> bool:
    """ "Tufts University School of Medicine, Boston, MA": the "MA" is Massachusetts, not a
    Master of Arts, when a city comes before it."""
    text = " ".join(text.split())
    if not _CITY_STATE.search(text):
        return False
    # "Ross University School of Medicine, Barbados, MD": a country, then the degree
    return not _FOREIGN_TAIL.search(text[: text.rfind(",")])

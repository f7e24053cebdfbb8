"""Each blind roster markup (fresh, fresh2, fresh3, fresh4) takes its share of the held-out
programs the earlier ones leave, and moves nothing else.

These checks were written once per markup, by each markup's blind author, in
``tests/test_demoweb_fresh*.py``; they are the same checks, so they live here once, over the
markups in the order they draw. What each markup's pages show stays in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from demoweb import generate
from demoweb.generate import build_web
from demoweb.layouts.registry import (
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    LAYOUTS,
    VARIANT_LAYOUTS,
    Layout,
    layout_for,
    register_fresh,
    register_fresh2,
    register_fresh3,
    register_fresh4,
)
from demoweb.site import ProgramSite

# In draw order: (markup, the name of its share in demoweb.generate, how it registers a layout).
DRAWS = [
    (FRESH, "FRESH_SHARE", register_fresh),
    (FRESH2, "FRESH2_SHARE", register_fresh2),
    (FRESH3, "FRESH3_SHARE", register_fresh3),
    (FRESH4, "FRESH4_SHARE", register_fresh4),
]
MARKUPS = [markup for markup, _, _ in DRAWS]
# fresh3 takes an eighth of held-out: 6000 programs give it several hundred sites at seed 7.
PROGRAMS = 6000
# fresh4 takes a sixteenth: at 6000 programs one of its layouts has no site at seed 7 and it
# moves fewer than a hundred, so its draw is checked on a larger web (161 sites at seed 7, 179
# at seed 11, every layout); the web is built lazily, so this costs seconds, not minutes.
PROGRAMS_FOR = {FRESH4: 14000}
NOT_ROSTER = ("roster", "roster_index", "department", "api", "sitemap")


def _earlier(markup: str) -> list[str]:
    return MARKUPS[: MARKUPS.index(markup)]


def _switch_off_later(monkeypatch: pytest.MonkeyPatch, markup: str) -> None:
    """A later markup draws among what this one leaves, so it is off while this one is checked
    (its own parameter checks its draw)."""
    for _later, share, _ in DRAWS[MARKUPS.index(markup) + 1 :]:
        monkeypatch.setattr(generate, share, 0.0)


def _programs(markup: str) -> int:
    return PROGRAMS_FOR.get(markup, PROGRAMS)


def _share_name(markup: str) -> str:
    return next(share for other, share, _ in DRAWS if other == markup)


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_layout_has_a_variant_that_keeps_its_js(markup: str) -> None:
    layouts = VARIANT_LAYOUTS[markup]
    assert set(layouts) == set(LAYOUTS)  # all 14 layouts of issue #6
    for name, layout in layouts.items():
        assert layout.js == LAYOUTS[name].js
        assert layout.description
        others = (LAYOUTS[name], *(VARIANT_LAYOUTS[e][name] for e in _earlier(markup)))
        assert all(layout.description != other.description for other in others)
        assert layout_for(name, markup) is layout
    assert all(
        layout_for(name, "heldout") is layout_for(name, "dev") is LAYOUTS[name] for name in LAYOUTS
    )


@pytest.mark.parametrize(("markup", "share", "register"), DRAWS)
def test_a_variant_registers_once_and_only_for_a_known_layout(markup, share, register) -> None:
    with pytest.raises(ValueError):
        register(VARIANT_LAYOUTS[markup]["table"])
    with pytest.raises(ValueError):
        register(Layout(name="no-such-layout", weight=0.0, render=lambda p, v, a: ""))


@pytest.fixture(scope="module")
def sites_of() -> Callable[[int], list]:
    """The sites of a web of so many programs at seed 7, built once per size."""
    built: dict[int, list] = {}

    def sites(programs: int) -> list:
        if programs not in built:
            built[programs] = [site for _, site in build_web(programs, seed=7).iter_sites()]
        return built[programs]

    return sites


@pytest.mark.parametrize("markup", MARKUPS)
def test_a_markup_takes_its_share_of_the_heldout_programs_the_earlier_ones_leave(
    sites_of: Callable[[int], list], markup: str
) -> None:
    sites = sites_of(_programs(markup))
    layouts = VARIANT_LAYOUTS[markup]
    eligible = [
        s
        for s in sites
        if s.variant == "heldout"
        and s.layout_variant not in _earlier(markup)
        and s.layout in layouts
    ]
    taken = [s for s in sites if s.layout_variant == markup]
    assert all(s.variant == "heldout" for s in taken)
    assert all(s.layout_variant in (s.variant, *VARIANT_LAYOUTS) for s in sites)
    assert abs(len(taken) / len(eligible) - getattr(generate, _share_name(markup))) < 0.1
    assert {s.layout for s in taken} == set(layouts)


@pytest.mark.parametrize("seed", [7, 11])
@pytest.mark.parametrize("markup", MARKUPS)
def test_a_markup_moves_no_other_draw(
    monkeypatch: pytest.MonkeyPatch, markup: str, seed: int
) -> None:
    """With the markup switched off every site is what it was before it, and a site it takes is
    that same site with only its roster markup changed."""
    _switch_off_later(monkeypatch, markup)
    web = build_web(_programs(markup), seed=seed)
    now = [site for _, site in web.iter_sites()]
    monkeypatch.setattr(generate, _share_name(markup), 0.0)
    before = [site for _, site in web.iter_sites()]
    moved = 0
    for site, old in zip(now, before, strict=True):
        if site.layout_variant == markup:
            assert old.layout_variant == "heldout"
            assert replace(site, layout_variant="heldout") == old
            moved += 1
        else:
            assert site == old
    assert moved > 100


@pytest.mark.parametrize("faults", [False, True])
@pytest.mark.parametrize("markup", MARKUPS)
def test_pages_of_programs_a_markup_does_not_take_are_unchanged(
    monkeypatch: pytest.MonkeyPatch, markup: str, faults: bool
) -> None:
    """Every page of every program the markup does not take is the page it was without it."""
    _switch_off_later(monkeypatch, markup)
    web = build_web(300, seed=7, specialty="all")
    now = list(web.iter_programs())
    monkeypatch.setattr(generate, _share_name(markup), 0.0)
    compared = 0
    for program in now:
        if program.site.layout_variant == markup:
            continue
        slug, local = web.specialty_of(program.index)
        old = generate.generate_program(web.seed, local, web.year, slug, host_index=program.index)
        assert old == program
        new_routes = ProgramSite(program, 8000, web.seed, faults).routes
        old_routes = ProgramSite(old, 8000, web.seed, faults).routes
        assert new_routes.keys() == old_routes.keys()
        for rel, route in new_routes.items():
            assert route.render() == old_routes[rel].render(), (program.index, rel)
            compared += 1
    assert compared > 2000


@pytest.mark.parametrize("markup", MARKUPS)
def test_a_markup_changes_only_the_roster_pages_and_sitemap(markup: str) -> None:
    """A program's other pages (home, about, info, news) are its held-out pages."""
    web = build_web(2000, seed=7)
    compared = 0
    for program in web.iter_programs():
        if program.site.layout_variant != markup:
            continue
        heldout = replace(program, site=replace(program.site, layout_variant="heldout"))
        routes = ProgramSite(program, 8000, web.seed).routes
        heldout_routes = ProgramSite(heldout, 8000, web.seed).routes
        for rel, route in routes.items():
            if route.role in NOT_ROSTER:
                continue
            assert route.render() == heldout_routes[rel].render(), (program.index, rel)
            compared += 1
    assert compared > 50


def test_truth_names_each_programs_layout_variant() -> None:
    programs = build_web(2000, seed=7).truth(port=8000)["programs"]
    assert set(MARKUPS) <= {p["layout_variant"] for p in programs}
    for p in programs:
        assert p["layout_variant"] in (p["split"], *VARIANT_LAYOUTS)
        if p["layout_variant"] in MARKUPS:
            assert p["split"] == "heldout"

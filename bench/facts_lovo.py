"""Leave-one-voice-out: does a learned reader added to the fact rules help on voices it never saw?

Every phrasing set of the demo web is a writer's voice. Each voice is rendered on programs of its
own (``demoweb.info.phrasing_set`` is patched so that a block of programs speaks that voice: the
policies are the programs' own draws, only the wording changes, and no two voices share a
program), read by the rules (``extract.facts``) and by the learned reader's candidate generator
(:mod:`bench._fact_learned`). The voices are dealt into ``--groups`` groups; for each group a
model is trained on the other groups' pages and truth only, and each voice V of the group is
scored with thresholds tuned on its group-mates (never on V), so neither the model nor the
thresholds ever saw V. Combined = the rules' facts, plus, where the rules say nothing on a page
for a fact, the learned reader's best candidate when its score clears the fact's threshold.

The rules were tuned on most voices, so "rules alone" on an old voice is not a blind figure.
``--blind-rules`` also reads voices 15 to 24 with the rules as they were when each was measured
blind (the commits in ``BLIND_RULES``, exported with ``git archive`` and run in a subprocess); the
twenty-fifth and twenty-sixth have never been read by the rules. Those rows are the fair test.

Verdict (2026-11-27, 300 programs a voice, 22,294 pages, 4 groups, ``--blind-rules``): not worth
shipping. On the twelve voices read by rules that never saw them, the added facts are right 806
times in 877 and lift the worst fact's recall on five of them (16 0.750 -> 0.836, 17 0.699 ->
0.801, 21 0.727 -> 0.805, 22 0.688 -> 0.787, 25 0.472 -> 0.562; mean over the twelve 0.604 ->
0.642, still far from 0.95) without lowering any of their minimum precisions (25 rises 0.600 ->
0.739); but on voices the current rules already read perfectly they add confident mistakes,
because a voice's own trap ("Many programs require ECFMG certification by the rank order list
deadline", "Nationally, most matched applicants pass Step 2 CK on the first attempt") is repeated
on every page that voice writes and no other voice taught the model it is a trap: minimum
precision falls on six of 26 voices (``independent`` 1.000 -> 0.876, 6 -> 0.869, 9 -> 0.928, 11
-> 0.956, 14 -> 0.963, 16 -> 0.856). A new voice's traps defeat the learned reader as they defeat
the rules. Over all printed facts together (micro, mean of the twelve) the combination reads
0.800 -> 0.842 of the truth. Alone, the learned reader trained without V reads about as well as
the rules of V's blind measurement, which a person had tuned on every earlier voice: micro P/R
0.959/0.775 against 0.951/0.800; but its worst fact is far worse (some facts never clear a
threshold). Neither reads a new voice past about 0.8 of its facts. (The answer-with-its-question
reading and the ``self``, ``generic``, ``own`` and ``other_exam`` features were added after
reading the false additions on ``independent``, 9, 11 and 13, so those four rows are not blind
for the learned reader; before them, 13 also fell.)

Each row also shows the learned reader alone (its best candidate per page and fact over its own
thresholds) and micro precision/recall over every printed fact.

Usage: .venv/bin/python bench/facts_lovo.py [--quick] [--programs N] [--groups G] [--blind-rules]
       [--per-fact]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

import demoweb.info as info  # noqa: E402
from bench._common import emit, facts_at_commit  # noqa: E402
from bench._fact_learned import DIMENSION, candidates, features, sentences, slot  # noqa: E402
from bench.facts import SPLITS, _key, _least, program_pages, score  # noqa: E402
from demoweb.generate import build_web  # noqa: E402
from extract.facts import PRINTED_FACTS, extract_facts, html_units  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# The rules each voice was measured blind on (bench/facts.py's BLIND_SPLITS history).
BLIND_RULES = {
    "81e5aef": ("independent15", "independent16"),  # after round 12
    "28e36e0": ("independent17", "independent18"),  # after round 13
    "8f242a1": ("independent19", "independent20", "independent21", "independent22"),  # round 14
    "034423d": ("independent23", "independent24"),  # before round 16
}
NEVER_READ = ("independent25", "independent26")  # measured blind after round 19, not tuned on
TARGET = 0.97  # precision the added facts must keep on the group-mates
Key = tuple[str, str, str]


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def voice_pages(programs: int) -> dict[str, list[dict[str, Any]]]:
    """Every voice on a block of ``programs`` programs of its own: url, html, truth keys, rules."""
    web = build_web(programs * len(SPLITS), seed=7, year=2026)
    every = list(web.iter_programs())
    original = info.phrasing_set
    out: dict[str, list[dict[str, Any]]] = {}
    try:
        for k, voice in enumerate(SPLITS):
            info.phrasing_set = lambda _program, v=voice: v  # type: ignore[assignment]
            info.program_info.cache_clear()
            pages = []
            for program in every[k * programs : (k + 1) * programs]:
                for _, url, html, facts in program_pages(web, program):
                    rules = {_key(url, f.fact, f.value) for f in extract_facts(html, url)}
                    pages.append({"url": url, "html": html, "truth": facts, "rules": rules})
            out[voice] = pages
    finally:
        info.phrasing_set = original
        info.program_info.cache_clear()
    return out


def blind_rules(pages: dict[str, list[dict[str, Any]]]) -> dict[str, list[set[Key]]]:
    """Facts read by the rules of each voice's blind measurement, run from an exported tree."""
    out: dict[str, list[set[Key]]] = {}
    for commit, voices in BLIND_RULES.items():
        for voice in voices:
            read = facts_at_commit(commit, ((p["url"], p["html"]) for p in pages[voice]))
            out[voice] = [
                {(p["url"], fact, json.dumps(value)) for fact, value in facts}
                for p, facts in zip(pages[voice], read, strict=True)
            ]
    return out


class VoiceCandidates:
    """The learned reader's candidates of one voice as sparse rows, with their labels."""

    def __init__(self, pages: list[dict[str, Any]]) -> None:
        rows: list[int] = []
        cols: list[int] = []
        labels: list[float] = []
        self.meta: list[tuple[int, str, str]] = []  # page, fact, value as JSON
        for i, page in enumerate(pages):
            said: dict[tuple[str, str], list[str]] = {}
            for f in page["truth"]:
                said.setdefault((f["fact"], json.dumps(f["value"])), []).append(
                    _norm(f["sentence"])
                )
            for sentence in sentences(html_units(page["html"])):
                low = _norm(sentence)
                for c in candidates(sentence):
                    value = json.dumps(c.value)
                    # a candidate is right when the truth states its value in its sentence
                    right = any(low in s or s in low for s in said.get((c.fact, value), ()))
                    slots = [slot(f) for f in features(c)]
                    rows += [len(labels)] * len(slots)
                    cols += slots
                    labels.append(1.0 if right else 0.0)
                    self.meta.append((i, c.fact, value))
        self.rows = np.array(rows, dtype=np.int64)
        self.cols = np.array(cols, dtype=np.int64)
        self.labels = np.array(labels)


def train(voices: list[VoiceCandidates], iters: int = 150, l2: float = 3e-3) -> np.ndarray:
    """Logistic regression, full-batch AdaGrad from zero: the same pages give the same weights."""
    rows = np.concatenate(
        [v.rows + sum(len(u.labels) for u in voices[:i]) for i, v in enumerate(voices)]
    )
    cols = np.concatenate([v.cols for v in voices])
    y = np.concatenate([v.labels for v in voices])
    w = np.zeros(DIMENSION)
    g2 = np.full(DIMENSION, 1e-8)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(np.bincount(rows, w[cols], len(y)), -30, 30)))
        grad = np.bincount(cols, (p - y)[rows], DIMENSION) * (100 / len(y)) + l2 * w
        g2 += grad**2
        w -= 0.5 * grad / np.sqrt(g2)
    return w


def best_where_silent(
    v: VoiceCandidates, w: np.ndarray, pages: list[dict[str, Any]], rules: list[set[Key]]
) -> list[tuple[str, float, Key, bool]]:
    """Per page and fact the rules leave unsaid: (fact, score, key, right) of the best candidate."""
    p = 1 / (1 + np.exp(-np.clip(np.bincount(v.rows, w[v.cols], len(v.labels)), -30, 30)))
    best: dict[tuple[int, str], tuple[float, str]] = {}
    for (i, fact, value), s in zip(v.meta, p, strict=True):
        if fact in {k[1] for k in rules[i]}:
            continue
        if s > best.get((i, fact), (-1.0, ""))[0]:
            best[(i, fact)] = (float(s), value)
    out = []
    for (i, fact), (s, value) in best.items():
        key = (pages[i]["url"], fact, value)
        truth = {_key(pages[i]["url"], f["fact"], f["value"]) for f in pages[i]["truth"]}
        out.append((fact, s, key, key in truth))
    return out


def thresholds(
    scored: list[tuple[str, float, Key, bool]], target: float = TARGET
) -> dict[str, float]:
    """Per fact, the lowest score above which the added facts keep ``target`` precision (and at
    least five of them); a fact with no such score gets no added facts."""
    out = {}
    for fact in PRINTED_FACTS:
        ranked = sorted(((s, ok) for f, s, _, ok in scored if f == fact), reverse=True)
        right = 0
        for n, (s, ok) in enumerate(ranked, 1):
            right += ok
            if s < 0.5:
                break
            if n >= 5 and right / n >= target:
                out[fact] = s
    return out


def figures(pages: list[dict[str, Any]], found: set[Key]) -> tuple[float, float, dict[str, Any]]:
    truth = {_key(p["url"], f["fact"], f["value"]) for p in pages for f in p["truth"]}
    per_fact = score(found, truth)
    printed = [per_fact[f] for f in PRINTED_FACTS if per_fact[f]["truth"]]
    return _least(m["precision"] for m in printed), _least(m["recall"] for m in printed), per_fact


def run(programs: int, groups: int, with_blind_rules: bool) -> dict[str, Any]:
    started = time.perf_counter()
    pages = voice_pages(programs)
    rules = {v: [p["rules"] for p in ps] for v, ps in pages.items()}
    read_s = time.perf_counter() - started
    old = blind_rules(pages) if with_blind_rules else {}
    cands = {v: VoiceCandidates(ps) for v, ps in pages.items()}
    voices = list(SPLITS)
    dealt = [voices[i::groups] for i in range(groups)]
    rows: dict[str, Any] = {}
    for members in dealt:
        w = train([cands[v] for v in voices if v not in members])
        mates = {v: best_where_silent(cands[v], w, pages[v], rules[v]) for v in members}
        silent = {v: [set() for _ in pages[v]] for v in members}
        mates_alone = {v: best_where_silent(cands[v], w, pages[v], silent[v]) for v in members}
        for voice in members:
            if not voice.startswith("independent"):
                continue
            thr = thresholds([s for m in members if m != voice for s in mates[m]])
            thr_alone = thresholds([s for m in members if m != voice for s in mates_alone[m]])
            learned = {
                k for f, s, k, _ in mates_alone[voice] if f in thr_alone and s >= thr_alone[f]
            }
            lp, lr, by_learned = figures(pages[voice], learned)
            readers = {"rules": rules[voice]}
            if voice in old:
                readers["blind_rules"] = old[voice]
            for name, said in readers.items():
                found = set().union(*said)
                added = {
                    key
                    for fact, s, key, _ in best_where_silent(cands[voice], w, pages[voice], said)
                    if fact in thr and s >= thr[fact]
                }
                p0, r0, alone = figures(pages[voice], found)
                p1, r1, both = figures(pages[voice], found | added)
                rows[f"{voice}:{name}"] = {
                    "min_p": p0,
                    "min_r": r0,
                    "combined_min_p": p1,
                    "combined_min_r": r1,
                    "added": len(added),
                    "added_right": len({k for k in added if k in _truth(pages[voice])}),
                    "learned_alone_min_p": lp,
                    "learned_alone_min_r": lr,
                    "micro": {
                        "rules": _micro(alone),
                        "combined": _micro(both),
                        "learned_alone": _micro(by_learned),
                    },
                    "per_fact": {f: (alone[f], both[f]) for f in PRINTED_FACTS},
                }
    return {
        "rows": rows,
        "pages": sum(len(p) for p in pages.values()),
        "read_s": read_s,
        "seconds": time.perf_counter() - started,
    }


def _micro(per_fact: dict[str, Any]) -> tuple[float, float]:
    """Precision and recall over every printed fact together."""
    found = sum(per_fact[f]["found"] for f in PRINTED_FACTS)
    truth = sum(per_fact[f]["truth"] for f in PRINTED_FACTS)
    right = sum(round((per_fact[f]["recall"] or 0) * per_fact[f]["truth"]) for f in PRINTED_FACTS)
    return (round(right / found, 3) if found else 0.0), (round(right / truth, 3) if truth else 0.0)


def _truth(pages: list[dict[str, Any]]) -> set[Key]:
    return {_key(p["url"], f["fact"], f["value"]) for p in pages for f in p["truth"]}


def _mean(values: Any) -> float:
    values = list(values)
    return round(sum(values) / len(values), 4) if values else 0.0


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="40 programs a voice instead of 300")
    parser.add_argument("--programs", type=int, help="programs rendered in each voice")
    parser.add_argument("--groups", type=int, default=4)
    parser.add_argument("--blind-rules", action="store_true", help="also voices 15-24 on old rules")
    parser.add_argument("--per-fact", action="store_true", help="print every fact that moves")
    args = parser.parse_args()
    programs = args.programs or (40 if args.quick else 300)
    result = run(programs, args.groups, args.blind_rules)
    print(
        f"{'voice':14} {'rules':12} {'min P/R: rules':>14} {'+learned':>12} {'learned alone':>14}"
        f"  added (right)   micro P/R: rules / +learned / learned alone"
    )
    for name, r in result["rows"].items():
        voice, reader = name.split(":")
        micro = "  ".join(f"{mp:.3f}/{mr:.3f}" for mp, mr in r["micro"].values())
        print(
            f"{voice:14} {reader:12} {r['min_p']:.3f}/{r['min_r']:.3f}    "
            f"{r['combined_min_p']:.3f}/{r['combined_min_r']:.3f}  "
            f"{r['learned_alone_min_p']:.3f}/{r['learned_alone_min_r']:.3f}  "
            f"{r['added']:5d} ({r['added_right']:4d})   {micro}"
        )
        if args.per_fact:
            for fact, (a, b) in r["per_fact"].items():
                if a != b:
                    print(
                        f"    {fact:24} {_fmt(a['precision'])}/{_fmt(a['recall'])} -> "
                        f"{_fmt(b['precision'])}/{_fmt(b['recall'])}  truth {a['truth']}"
                    )
    rows = result["rows"].values()
    fair = [
        r
        for n, r in result["rows"].items()
        if n.endswith(":blind_rules") or n.split(":")[0] in NEVER_READ
    ]
    emit(
        {
            "bench": "facts_lovo",
            "programs_per_voice": programs,
            "groups": args.groups,
            "pages": result["pages"],
            "seconds": round(result["seconds"], 1),
            "voices_min_p_lowered": sum(r["combined_min_p"] < r["min_p"] for r in rows),
            "voices_min_r_raised": sum(r["combined_min_r"] > r["min_r"] for r in rows),
            "added_precision": round(
                sum(r["added_right"] for r in rows) / max(1, sum(r["added"] for r in rows)), 4
            ),
            "blind_mean_min_r": _mean(r["min_r"] for r in fair),
            "blind_mean_combined_min_r": _mean(r["combined_min_r"] for r in fair),
            "blind_mean_min_p": _mean(r["min_p"] for r in fair),
            "blind_mean_micro_r": _mean(r["micro"]["rules"][1] for r in fair),
            "blind_mean_combined_micro_r": _mean(r["micro"]["combined"][1] for r in fair),
            "blind_mean_learned_alone_micro_r": _mean(r["micro"]["learned_alone"][1] for r in fair),
            "blind_mean_micro_p": _mean(r["micro"]["rules"][0] for r in fair),
            "blind_mean_learned_alone_micro_p": _mean(r["micro"]["learned_alone"][0] for r in fair),
            "blind_mean_combined_min_p": _mean(r["combined_min_p"] for r in fair),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

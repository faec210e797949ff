#!/usr/bin/env python3
"""Which ranking weights the judged sets guard (issue 24): docs/search.md's table.

Each weight in ``directory/search/weights.py`` is set in turn to a value that switches it off
(a factor to 1, a share or bonus to 0, a cap to infinity, a table to all ones or empty),
everything else as it is, and both judged sets (``tests/relevance/queries.jsonl`` and
``holdout.jsonl``) are run on the bundled listings. For each weight it prints the row of the
table: how many (persona, metric) figures written in ``tests/test_relevance.py`` would fail,
judged / held-out; the overall nDCG@5 on each set; how many shown lists changed (and how many
in their first five).

    .venv/bin/python scripts/weights-guard.py            # every weight
    .venv/bin/python scripts/weights-guard.py NOT_THEIR_LINE HALF_NEAR_MILES
    .venv/bin/python scripts/weights-guard.py --places HALF_NEAR_MILES   # beyond the judged

``--places``: every judged query's words (both sets) at each of ``PLACES`` and with none, the
weight on and off, not graded: how many shown lists change, and the first few that change in
their first five (what a person would see). A few minutes a weight.

A weight added later that is a plain number is switched off as 1.0 (a factor) unless
``OFF`` below says otherwise; anything else is listed as not measured. Takes a few minutes
(two CPUs): the index is reopened for each weight, since a listing's prior is read when it
opens.
"""

from __future__ import annotations

import ast
import logging
import math
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from directory.data import load_valid_listings  # noqa: E402
from directory.finder import FindRequest, find  # noqa: E402
from directory.geo import load_gazetteer  # noqa: E402
from directory.relevance import JUDGED_SET, Judged, app_ranker, evaluate, load_judged  # noqa: E402
from directory.search import SearchIndex, build_index, current_build, weights  # noqa: E402

BUNDLED = ROOT / "bundled_data" / "services"
GAZETTEER = ROOT / "bundled_data" / "gazetteer"
FIGURES = ROOT / "tests" / "test_relevance.py"
HELD_OUT = JUDGED_SET.with_name("holdout.jsonl")


def _all_ones(table: dict[str, float]) -> dict[str, float]:
    return {key: 1.0 for key in table}


#: how each weight that is not a plain factor is switched off: (label, value from the module)
OFF: dict[str, tuple[str, Callable[[types.ModuleType], Any]]] = {
    "KIND_WEIGHT": ("every value 1", lambda w: _all_ones(w.KIND_WEIGHT)),
    "STATUS_WEIGHT": ("every value 1", lambda w: _all_ones(w.STATUS_WEIGHT)),
    "BOTH_BONUS": ("0.0", lambda w: 0.0),
    "SAID_WEIGHT": ("0.0", lambda w: 0.0),
    "UNFIT": ("0.0", lambda w: 0.0),
    "VICTIM_FITS": ("0.0", lambda w: 0.0),
    "STRONG_SHARE": ("0.0", lambda w: 0.0),
    "CLOSING_LOCAL_SHARE": ("0.0", lambda w: 0.0),
    "NEUTRAL_FITTING": ("= UNFIT", lambda w: w.UNFIT),
    "ONLINE_OFF_TOPIC_ASKER": ("= ONLINE_OFF_TOPIC", lambda w: w.ONLINE_OFF_TOPIC),
    "WORRIED_LINE_AFTER_VICTIMS": ("∞", lambda w: math.inf),
    "HALF_NEAR_MILES": ("∞", lambda w: math.inf),
    "PERSONA_AUDIENCE": ("{}", lambda w: {}),
    "PERSONA_AGE": ("{}", lambda w: {}),
    "YOUNG_PEOPLE_UP_TO": ("200", lambda w: 200),
    "ADULT_FROM": ("0", lambda w: 0),
    "COVERING_RANK": ("-1", lambda w: -1),
}


#: places across England and Wales for ``--places``: cities, boroughs, counties, Welsh towns,
#: towns near a county border
PLACES = (
    *("Leeds", "Camden", "Croydon", "Cardiff", "Swansea", "Wrexham", "Bristol", "Birmingham"),
    *("Walsall", "Norwich", "Ipswich", "Kent", "Hull", "Sheffield", "Sunderland", "Newcastle"),
    *("Liverpool", "Manchester", "Exeter", "Truro", "Southampton", "Leicester", "Derby"),
    *("Oxford", "Carlisle", "Hereford", "Luton", "Stevenage", "Aberystwyth"),
)


def weight_names() -> list[str]:
    """The weights, in the order weights.py names them."""
    tree = ast.parse(Path(weights.__file__).read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return names


def switched_off(name: str) -> tuple[str, Any] | None:
    """The label and value that switch a weight off, or None when not known."""
    if name in OFF:
        label, make = OFF[name]
        return label, make(weights)
    value = getattr(weights, name)
    if isinstance(value, float):
        return "1.0", 1.0
    return None


def figures_written() -> dict[str, dict[str, dict[str, float]]]:
    """JUDGED_FIGURES and HELD_OUT_FIGURES as tests/test_relevance.py writes them."""
    tree = ast.parse(FIGURES.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        target = node.targets[0]
        if isinstance(target, ast.Name) and target.id in ("JUDGED_FIGURES", "HELD_OUT_FIGURES"):
            found[target.id] = ast.literal_eval(node.value)
    return found


@contextmanager
def patched(name: str, value: Any) -> Iterator[None]:
    """The weight set to ``value`` everywhere it was imported by name, and in the default
    arguments that name it (``fitting_from: float = UNFIT``). Not by the value's identity:
    equal constants in one module are one object (UNFIT and COMMUNITY_UNASKED are both 0.3)."""
    original = getattr(weights, name)
    undo: list[Callable[[], None]] = []
    for module in list(sys.modules.values()):
        if not (module and module.__name__.startswith("directory")):
            continue
        if getattr(module, name, None) is original:
            setattr(module, name, value)
            undo.append(partial(setattr, module, name, original))
        for function, position in _defaults_naming(module, name):
            defaults = function.__defaults__ or ()
            changed = list(defaults)
            changed[position] = value
            function.__defaults__ = tuple(changed)
            undo.append(partial(setattr, function, "__defaults__", defaults))
    try:
        yield
    finally:
        for step in reversed(undo):
            step()


def _defaults_naming(module: types.ModuleType, name: str) -> Iterator[tuple[Any, int]]:
    """Each function of the module (or of a class in it) with a positional default that is
    the name, and the default's position in ``__defaults__``."""
    source = getattr(module, "__file__", None)
    if not source or name not in Path(source).read_text(encoding="utf-8"):
        return
    tree = ast.parse(Path(source).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        bodies = [node] if isinstance(node, ast.Module | ast.ClassDef) else []
        for body in bodies:
            owner = module if isinstance(body, ast.Module) else getattr(module, body.name, None)
            for item in body.body:
                if not isinstance(item, ast.FunctionDef):
                    continue
                for position, default in enumerate(item.args.defaults):
                    if isinstance(default, ast.Name) and default.id == name:
                        function = getattr(owner, item.name, None)
                        yield getattr(function, "__func__", function), position


def rankings(root: Path, gazetteer: Any, judged: list[Judged]) -> dict[str, list[str]]:
    build = current_build(root)
    assert build is not None
    rank = app_ranker(SearchIndex.open(build), gazetteer)
    return {j.id: rank(j) for j in judged}


def fallen(per_query: dict[str, list[str]], judged: list[Judged], figures: dict) -> int:
    report = evaluate("app", lambda j: per_query[j.id], judged)
    count = 0
    for persona, expected in figures.items():
        now = report.mean(None if persona == "overall" else persona)
        for metric, figure in expected.items():
            count += now[metric] > figure if metric == "zero" else now[metric] < figure
    return count


def ndcg(per_query: dict[str, list[str]], judged: list[Judged]) -> float:
    return evaluate("app", lambda j: per_query[j.id], judged).mean()["ndcg@5"]


def places(names: list[str], root: Path, gazetteer: Any, shown: int = 8) -> None:
    """Each weight off against on, for every judged query's words at every place."""
    words = sorted({j.query for path in (JUDGED_SET, HELD_OUT) for j in load_judged(path)})
    searches = [(q, where) for q in words for where in ("", *PLACES)]

    def run() -> dict[tuple[str, str], list[str]]:
        build = current_build(root)
        assert build is not None
        index = SearchIndex.open(build)
        return {
            (q, where): find(index, gazetteer, FindRequest(q=q, location=where)).shown_ids()
            for q, where in searches
        }

    base = run()
    for name in names:
        off = switched_off(name)
        if off is None:
            print(f"{name}: no way to switch it off known")
            continue
        with patched(name, off[1]):
            now = run()
        changed = [k for k in searches if now[k] != base[k]]
        first = [k for k in changed if now[k][:5] != base[k][:5]]
        print(
            f"{name} ({off[0]}): {len(searches)} searches, {len(changed)} changed, "
            f"{len(first)} in their first five"
        )
        for q, where in first[:shown]:
            print(
                f"  {q!r} @ {where!r}\n    on : {base[q, where][:5]}\n    off: {now[q, where][:5]}"
            )


def main(argv: list[str]) -> int:
    logging.getLogger("directory").setLevel(logging.WARNING)
    wide = "--places" in argv
    argv = [a for a in argv if a != "--places"]
    np.seterr(invalid="ignore", divide="ignore")  # (a distance of ∞ over HALF_NEAR_MILES ∞)
    names = argv or weight_names()
    unknown = [n for n in names if not hasattr(weights, n)]
    if unknown:
        print(f"not in weights.py: {', '.join(unknown)}", file=sys.stderr)
        return 2
    sets = {"judged": load_judged(), "held-out": load_judged(HELD_OUT)}
    written = figures_written()
    figures = {"judged": written["JUDGED_FIGURES"], "held-out": written["HELD_OUT_FIGURES"]}
    gazetteer = load_gazetteer(GAZETTEER)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_index(load_valid_listings(BUNDLED), root)
        if wide:
            places(names, root, gazetteer)
            return 0
        base = {k: rankings(root, gazetteer, judged) for k, judged in sets.items()}
        total = sum(len(j) for j in sets.values())
        print(
            f"baseline nDCG@5: judged {ndcg(base['judged'], sets['judged']):.4f}, held-out "
            f"{ndcg(base['held-out'], sets['held-out']):.4f}; {total} queries "
            f"({len(sets['judged'])} + {len(sets['held-out'])})\n"
        )
        print(
            "| weight | switched off as | guarded | figures fallen "
            "| nDCG@5 judged / held-out | lists changed (top 5) |"
        )
        print("|---|---|---|---:|---:|---:|")
        skipped = []
        for name in names:
            off = switched_off(name)
            if off is None:
                skipped.append(name)
                continue
            label, value = off
            with patched(name, value):
                now = {k: rankings(root, gazetteer, judged) for k, judged in sets.items()}
            falls = [fallen(now[k], sets[k], figures[k]) for k in sets]
            changed = top5 = 0
            for k in sets:
                for qid, ranking in now[k].items():
                    changed += ranking != base[k][qid]
                    top5 += ranking[:5] != base[k][qid][:5]
            guarded = "yes" if any(falls) else "**no**"
            print(
                f"| `{name}` | {label} | {guarded} | {falls[0]} / {falls[1]} "
                f"| {ndcg(now['judged'], sets['judged']):.4f} / "
                f"{ndcg(now['held-out'], sets['held-out']):.4f} | {changed} ({top5}) |",
                flush=True,
            )
        if skipped:
            print(f"\nnot measured (no way to switch off known): {', '.join(skipped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

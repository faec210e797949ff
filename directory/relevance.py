"""Measuring the answers: the judged query set against the search, and against a plain
SQLite FTS5 baseline on the same listings.

``tests/relevance/queries.jsonl`` holds queries in people's own words, each with the listings an
independent grader judged useful (1) or a good answer (2) from the listings alone. A query's
ranking is what a person reads on the results page, in order (``FindResults.shown_ids``).

Metrics, overall and per persona:

- success@k: a listing graded 1 or 2 among the first k (useful@k);
- good@k: a listing graded 2 among the first k;
- nDCG@5 with gains 2^grade - 1; MRR of the first useful listing; the zero-result rate.

The baseline is what the issue compared against: SQLite FTS5 with the Porter tokenizer, BM25,
any word matching, English stop words removed, over the same listings' public text. It knows no
places, so the place is ignored there.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .finder import FindRequest, find
from .geo import Gazetteer
from .model import AUDIENCES, SUPPORT_TYPES, Service
from .search import SearchIndex

JUDGED_SET = Path(__file__).resolve().parent.parent / "tests" / "relevance" / "queries.jsonl"
METRICS = ("success@1", "success@3", "good@3", "ndcg@5", "mrr", "zero")

#: SQLite's and most engines' English stop words (the baseline removes them)
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "im",
        "ive",
        "id",
        "dont",
        "cant",
    ]
)


@dataclass(frozen=True)
class Judged:
    id: str
    persona: str
    query: str
    location: str
    grades: dict[str, int]


def load_judged(path: Path = JUDGED_SET) -> list[Judged]:
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                raw = json.loads(line)
                items.append(
                    Judged(
                        raw["id"],
                        raw["persona"],
                        raw["query"],
                        raw.get("location", ""),
                        {k: int(v) for k, v in raw.get("judgments", {}).items()},
                    )
                )
    return items


def scores_for(ranking: list[str], grades: dict[str, int]) -> dict[str, float]:
    """The metrics of one ranked list against one query's grades."""

    def useful_within(k: int, at_least: int = 1) -> float:
        return float(any(grades.get(i, 0) >= at_least for i in ranking[:k]))

    gains = [2 ** grades.get(i, 0) - 1 for i in ranking[:5]]
    dcg = sum(g / math.log2(n + 2) for n, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in grades.values()), reverse=True)[:5]
    idcg = sum(g / math.log2(n + 2) for n, g in enumerate(ideal))
    first = next((n for n, i in enumerate(ranking) if grades.get(i, 0) >= 1), None)
    return {
        "success@1": useful_within(1),
        "success@3": useful_within(3),
        "good@3": useful_within(3, at_least=2),
        "ndcg@5": dcg / idcg if idcg else 0.0,
        "mrr": 1.0 / (first + 1) if first is not None else 0.0,
        "zero": float(not ranking),
    }


@dataclass
class Report:
    system: str
    per_query: dict[str, dict[str, float]]  # query id -> metrics
    judged: list[Judged]

    def mean(self, persona: str | None = None) -> dict[str, float]:
        rows = [
            self.per_query[j.id] for j in self.judged if persona is None or j.persona == persona
        ]
        return {m: sum(r[m] for r in rows) / len(rows) for m in METRICS} if rows else {}

    @property
    def personas(self) -> list[str]:
        return sorted({j.persona for j in self.judged})


def evaluate(system: str, rank: Callable[[Judged], list[str]], judged: list[Judged]) -> Report:
    return Report(system, {j.id: scores_for(rank(j), j.grades) for j in judged}, judged)


def app_ranker(index: SearchIndex, gazetteer: Gazetteer) -> Callable[[Judged], list[str]]:
    def rank(item: Judged) -> list[str]:
        return find(index, gazetteer, FindRequest(q=item.query, location=item.location)).shown_ids()

    return rank


def _public_text(service: Service) -> str:
    return " ".join(
        [
            service.name,
            service.organisation,
            service.description,
            service.eligibility,
            service.service_area.description,
            " ".join(AUDIENCES[a] for a in service.audiences),
            " ".join(SUPPORT_TYPES[t] for t in service.support_types),
        ]
    )


def fts5_ranker(services: Iterable[Service]) -> Callable[[Judged], list[str]]:
    """The plain baseline: FTS5 (Porter), BM25, any word, stop words removed."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE listings USING fts5(id UNINDEXED, body, tokenize='porter')")
    db.executemany(
        "INSERT INTO listings VALUES (?, ?)",
        [(s.id, _public_text(s)) for s in services if s.listed],
    )

    def rank(item: Judged) -> list[str]:
        words = [w for w in re.findall(r"[a-z0-9]+", item.query.lower()) if w not in STOP_WORDS]
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        rows = db.execute(
            "SELECT id FROM listings WHERE listings MATCH ? ORDER BY bm25(listings) LIMIT 20",
            (match,),
        )
        return [r[0] for r in rows]

    return rank


def compare(index: SearchIndex, gazetteer: Gazetteer, judged: list[Judged]) -> list[Report]:
    """The app and the FTS5 baseline on the same listings and queries."""
    return [
        evaluate("app", app_ranker(index, gazetteer), judged),
        evaluate("fts5", fts5_ranker(index.services.values()), judged),
    ]


def table(reports: list[Report], worst: int = 15) -> str:
    """Overall and per-persona metrics for each system, then the app's worst queries."""
    app = reports[0]
    head = f"{'persona':<24} {'queries':>7} {'system':<6} " + " ".join(f"{m:>9}" for m in METRICS)
    lines = [head, "-" * len(head)]
    for persona in [None, *app.personas]:
        count = sum(1 for j in app.judged if persona is None or j.persona == persona)
        for report in reports:
            values = report.mean(persona)
            lines.append(
                f"{persona or 'all':<24} {count:>7} {report.system:<6} "
                + " ".join(f"{values[m]:>9.3f}" for m in METRICS)
            )
    lines.append("")
    lines.append(f"worst {worst} queries for the app (by nDCG@5, then success@3):")
    ordered = sorted(
        app.judged, key=lambda j: (app.per_query[j.id]["ndcg@5"], app.per_query[j.id]["success@3"])
    )
    for item in ordered[:worst]:
        m = app.per_query[item.id]
        where = f" @ {item.location}" if item.location else ""
        lines.append(
            f"  {item.id:<7} ndcg@5 {m['ndcg@5']:.2f} success@3 {m['success@3']:.0f}  "
            f"{item.query!r}{where}"
        )
    return "\n".join(lines)

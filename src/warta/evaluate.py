"""Scoring coded events against hand-coded gold events.

Implements the matching rules of the evaluation guidelines so a researcher can
measure warta on their own coded data: a system event matches a gold event of the
same article when its type is the gold type (or one the gold accepts) and actor
and recipient share a country+sector code (either order for symmetric events).
Each gold event matches at most one system event; ``optional`` gold events are
neither rewarded nor punished.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Json = Mapping[str, Any]

DEFAULT_MIN_CONFIDENCE = 0.7
"""Events below this confidence are left out of default output. On our own hand-coded
articles, events under 0.7 were right less than a third of the time (see ``warta eval``'s
precision by confidence band)."""


def _codes(side: Iterable[Json] | None) -> set[tuple[Any, Any]]:
    return {(a.get("country"), a.get("sector")) for a in side or []}


def _side_ok(gold_side: Iterable[Json], sys_side: Iterable[Json] | None) -> bool:
    g = _codes(gold_side)
    return not g or bool(g & _codes(sys_side))


def matches(g: Json, s: Json) -> bool:
    if s.get("type") not in [g["type"], *g.get("accept", [])]:
        return False
    if _side_ok(g["actor"], s.get("actor")) and _side_ok(g["recipient"], s.get("recipient")):
        return True
    return bool(g.get("symmetric")) and _side_ok(g["actor"], s.get("recipient")) and \
        _side_ok(g["recipient"], s.get("actor"))


def _detail(g: Json, s: Json) -> int:
    loc = s.get("location") or {}
    return (
        (s.get("type") == g["type"])
        + (g.get("date") is not None and s.get("date") == g["date"])
        + bool(g.get("location") and loc.get("country") == g["location"]["country"])
        + (s.get("modality", "asserted") == g.get("modality", "asserted"))
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: list[tuple[Json, Json]] = field(default_factory=list)
    misses: list[Json] = field(default_factory=list)
    extras: list[Json] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, field_name: str) -> float | None:
        """Share of matched events whose date / modality / location country agree with the gold."""
        if field_name == "date":
            items = [s.get("date") == g["date"] for g, s in self.pairs if g.get("date")]
        elif field_name == "modality":
            items = [s.get("modality", "asserted") == g.get("modality", "asserted") for g, s in self.pairs]
        elif field_name == "location_country":
            items = [(s.get("location") or {}).get("country") == g["location"]["country"]
                     for g, s in self.pairs if g.get("location")]
        elif field_name == "type_exact":
            items = [s.get("type") == g["type"] for g, s in self.pairs]
        else:
            raise ValueError(field_name)
        return sum(items) / len(items) if items else None


def score(gold: Iterable[Json], system: Iterable[Json], articles: Iterable[str] = ()) -> Score:
    """Score ``system`` events against ``gold``; with ``articles``, exactly those articles count."""
    by_article: dict[str, tuple[list[Json], list[Json]]] = defaultdict(lambda: ([], []))
    articles = list(articles)
    for art in articles:
        by_article[art]
    for g in gold:
        if not articles or g["article"] in by_article:
            by_article[g["article"]][0].append(g)
    scope = set(by_article)
    for s in system:
        if s.get("article") in scope:
            by_article[s["article"]][1].append(s)
    result = Score()
    for _art, (gs, ss) in sorted(by_article.items()):
        free = list(range(len(ss)))
        for g in sorted(gs, key=lambda g: g.get("importance") != "core"):
            cands = [i for i in free if matches(g, ss[i])]
            if cands:
                best = max(cands, key=lambda i: _detail(g, ss[i]))
                free.remove(best)
                if g.get("importance") == "core":
                    result.tp += 1
                    result.pairs.append((g, ss[best]))
            elif g.get("importance") == "core":
                result.fn += 1
                result.misses.append(g)
        result.fp += len(free)
        result.extras += [ss[i] for i in free]
    return result


@dataclass
class TypeRow:
    type: str
    gold: int = 0
    system: int = 0
    tp: int = 0
    """Matched core gold events of this type (for recall)."""
    correct: int = 0
    """Matched system events of this type (for precision): a system ACCUSE matching a gold REJECT
    that accepts ACCUSE counts here, for ACCUSE, and in ``tp`` for REJECT."""

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def per_type(result: Score, gold: Iterable[Json], articles: Iterable[str] = ()) -> list[TypeRow]:
    """Precision and recall per gold type: gold counts core events, system counts what was not optional."""
    scope = set(articles)
    rows: dict[str, TypeRow] = {}

    def row(t: str) -> TypeRow:
        return rows.setdefault(t, TypeRow(t))

    for g in gold:
        if g.get("importance") == "core" and (not scope or g["article"] in scope):
            row(g["type"]).gold += 1
    counted = [s for _g, s in result.pairs] + list(result.extras)
    for s in counted:
        row(s.get("type", "?")).system += 1
    for g, s in result.pairs:
        row(g["type"]).tp += 1
        row(s.get("type", "?")).correct += 1
    return sorted(rows.values(), key=lambda r: r.type)


def confusion(gold: Iterable[Json], system: Iterable[Json], articles: Iterable[str] = ()) -> dict[tuple[str, str], int]:
    """(gold type, system type) counts over core gold events, pairing by actors only.

    For each core gold event, the system event of the same article whose actor and
    recipient codes agree (type ignored) and whose type is closest; ``-`` when none.
    It shows which types the coder confuses, which the matched-only scores hide.
    """
    scope = set(articles)
    sys_by_article: dict[str, list[Json]] = defaultdict(list)
    for s in system:
        sys_by_article[s.get("article")].append(s)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for g in gold:
        if g.get("importance") != "core" or (scope and g["article"] not in scope):
            continue
        loose = dict(g, accept=[s.get("type") for s in sys_by_article[g["article"]]])
        cands = [s for s in sys_by_article[g["article"]] if matches(loose, s)]
        if not cands:
            counts[(g["type"], "-")] += 1
            continue
        best = next((s for s in cands if s.get("type") == g["type"]), cands[0])
        counts[(g["type"], best.get("type", "?"))] += 1
    return dict(counts)


CONFIDENCE_BANDS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


def by_confidence(result: Score) -> list[tuple[str, int, int, float]]:
    """(band, system events, correct, precision) per confidence band: does confidence mean something?"""
    out = []
    correct = [s for _g, s in result.pairs]
    for lo, hi in CONFIDENCE_BANDS:
        good = sum(1 for s in correct if lo <= float(s.get("confidence", 0)) < hi)
        bad = sum(1 for s in result.extras if lo <= float(s.get("confidence", 0)) < hi)
        n = good + bad
        out.append((f"{lo:.2f}-{min(hi, 1.0):.2f}", n, good, good / n if n else 0.0))
    return out

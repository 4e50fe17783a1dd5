"""Contest arithmetic, pure and output-free: weighted totals, means, z-score normalization,
trimmed means, ranks and ties. Every number here can be checked by hand.

- A judge's weighted total of an entry: sum(weight * score / scale maximum) / sum(weight) * 100,
  so it reads as a percentage of the best possible sheet. Only complete sheets (every
  criterion scored) count.
- Mean: the plain mean of the judges' totals.
- Normalized: each judge's totals become z-scores over that judge's own entries (population
  standard deviation), rescaled to NORMAL_MEAN + NORMAL_SD * z; a judge with fewer than two
  entries or no spread gives NORMAL_MEAN. An entry's normalized total is the mean of these.
- Trimmed: with at least TRIM_MIN_JUDGES totals the highest and the lowest are dropped before
  taking the mean; with fewer it equals the mean.
- Ranking per category by the chosen method's total, then the tie criterion's mean score,
  then the number of judges (more is better); entries still equal share a rank (1, 1, 3)
  and are marked as tied.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

METHODS = ("mean", "normalized", "trimmed")
NORMAL_MEAN = 100.0
NORMAL_SD = 20.0
TRIM_MIN_JUDGES = 4
_PLACES = 6  # totals are compared at this many decimals, so 0.1 + 0.2 ties with 0.3


@dataclass(frozen=True)
class Criterion:
    id: int
    name: str
    weight: float
    scale_max: float


@dataclass(frozen=True)
class EntryKey:
    id: int
    code: str
    category: str


@dataclass(frozen=True)
class EntryResult:
    id: int  # the entry id
    code: str
    category: str
    judge_totals: dict[int, float]  # judge id -> weighted total (raw)
    normalized_totals: dict[int, float]  # judge id -> rescaled z-score
    mean: float | None
    normalized: float | None
    trimmed: float | None
    criterion_means: dict[int, float]
    judges: int
    total: float | None = None  # by the chosen method
    rank: int | None = None
    tied: bool = False


@dataclass(frozen=True)
class Results:
    method: str
    criteria: tuple[Criterion, ...]
    entries: tuple[EntryResult, ...]  # by category, then rank
    judge_ids: tuple[int, ...]
    tie_criterion_id: int | None = None
    ties: tuple[tuple[str, ...], ...] = field(default=())  # codes of entries still tied

    def by_id(self) -> dict[int, EntryResult]:
        return {e.id: e for e in self.entries}


def weighted_total(scores: Mapping[int, float], criteria: Sequence[Criterion]) -> float | None:
    """A judge's total for one entry (0–100), or None when a criterion is unscored."""
    weight_sum = sum(c.weight for c in criteria)
    if not criteria or weight_sum <= 0:
        return None
    total = 0.0
    for criterion in criteria:
        value = scores.get(criterion.id)
        if value is None:
            return None
        total += criterion.weight * value / criterion.scale_max
    return total / weight_sum * 100.0


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def trimmed_mean(values: Sequence[float]) -> float | None:
    if len(values) < TRIM_MIN_JUDGES:
        return mean(values)
    ordered = sorted(values)
    return mean(ordered[1:-1])


def normalize_judge(totals: Mapping[int, float]) -> dict[int, float]:
    """One judge's totals (entry id -> total) as NORMAL_MEAN + NORMAL_SD * z."""
    if len(totals) < 2:
        return {entry: NORMAL_MEAN for entry in totals}
    values = list(totals.values())
    average = sum(values) / len(values)
    spread = math.sqrt(sum((v - average) ** 2 for v in values) / len(values))
    if spread < 1e-12:
        return {entry: NORMAL_MEAN for entry in totals}
    return {entry: NORMAL_MEAN + NORMAL_SD * (value - average) / spread for entry, value in totals.items()}


def compute_results(
    criteria: Sequence[Criterion],
    entries: Iterable[EntryKey],
    scores: Mapping[tuple[int, int], Mapping[int, float]],
    method: str = "mean",
    tie_criterion_id: int | None = None,
    categories: Sequence[str] = (),
) -> Results:
    """scores: (judge id, entry id) -> {criterion id: value}. Incomplete sheets are left out."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    entries = list(entries)
    criteria = tuple(criteria)
    per_entry: dict[int, dict[int, float]] = defaultdict(dict)
    per_judge: dict[int, dict[int, float]] = defaultdict(dict)
    criterion_sums: dict[int, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for (judge_id, entry_id), sheet in scores.items():
        total = weighted_total(sheet, criteria)
        if total is None:
            continue
        per_entry[entry_id][judge_id] = total
        per_judge[judge_id][entry_id] = total
        for criterion in criteria:
            criterion_sums[entry_id][criterion.id].append(sheet[criterion.id])
    normalized_by_judge = {judge: normalize_judge(totals) for judge, totals in per_judge.items()}

    results: list[EntryResult] = []
    for entry in entries:
        totals = per_entry.get(entry.id, {})
        normalized = {judge: normalized_by_judge[judge][entry.id] for judge in totals}
        values = list(totals.values())
        row = EntryResult(
            id=entry.id,
            code=entry.code,
            category=entry.category,
            judge_totals=dict(totals),
            normalized_totals=normalized,
            mean=mean(values),
            normalized=mean(list(normalized.values())),
            trimmed=trimmed_mean(values),
            criterion_means={cid: sum(v) / len(v) for cid, v in criterion_sums.get(entry.id, {}).items()},
            judges=len(values),
        )
        results.append(row)

    ranked, ties = _rank(results, method, tie_criterion_id, categories)
    return Results(method, criteria, tuple(ranked), tuple(sorted(per_judge)), tie_criterion_id, tuple(ties))


def _chosen(row: EntryResult, method: str) -> float | None:
    return {"mean": row.mean, "normalized": row.normalized, "trimmed": row.trimmed}[method]


def _rank(
    rows: list[EntryResult], method: str, tie_criterion_id: int | None, categories: Sequence[str]
) -> tuple[list[EntryResult], list[tuple[str, ...]]]:
    order = {name: number for number, name in enumerate(categories)}
    groups: dict[str, list[EntryResult]] = defaultdict(list)
    for row in rows:
        groups[row.category].append(row)
    ranked: list[EntryResult] = []
    ties: list[tuple[str, ...]] = []
    for category in sorted(groups, key=lambda c: (order.get(c, len(order)), c.casefold())):

        def key(row: EntryResult) -> tuple:
            total = _chosen(row, method)
            tie_value = row.criterion_means.get(tie_criterion_id) if tie_criterion_id is not None else None
            return (
                round(total, _PLACES) if total is not None else None,
                round(tie_value, _PLACES) if tie_value is not None else None,
                row.judges,
            )

        scored = [r for r in groups[category] if _chosen(r, method) is not None]
        unscored = sorted((r for r in groups[category] if _chosen(r, method) is None), key=lambda r: r.code)
        scored.sort(key=lambda r: r.code)
        scored.sort(key=lambda r: _descending(key(r)))
        previous_key = None
        rank = 0
        keyed = [(key(r), r) for r in scored]
        counts: dict[tuple, int] = defaultdict(int)
        for k, _ in keyed:
            counts[k] += 1
        for position, (k, row) in enumerate(keyed, start=1):
            if k != previous_key:
                rank = position
                previous_key = k
            tied = counts[k] > 1
            ranked.append(_replace(row, total=_chosen(row, method), rank=rank, tied=tied))
        seen: set[tuple] = set()
        for k, _row in keyed:
            if counts[k] > 1 and k not in seen:
                seen.add(k)
                ties.append(tuple(r.code for kk, r in keyed if kk == k))
        ranked.extend(unscored)
    return ranked, ties


def _descending(key: tuple) -> tuple:
    return tuple(-(v if v is not None else -math.inf) for v in key)


def _replace(row: EntryResult, **changes) -> EntryResult:
    from dataclasses import replace

    return replace(row, **changes)

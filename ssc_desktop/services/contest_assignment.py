"""Which judge scores which entry: a pure, deterministic plan.

Each entry gets up to k judges; a judge never gets an entry from their own school or
affiliation (compared folded: case, accents and spacing ignored) nor one they declared a
conflict with. Entries with the fewest possible judges are served first, and each takes the
least-loaded possible judges, so the load stays balanced. Assignments already made (manual
ones, or those already scored) are kept and count towards k and the load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ssc_desktop.services.text_folding import fold


@dataclass(frozen=True)
class JudgeKey:
    id: int
    affiliation: str


@dataclass(frozen=True)
class EntryKey:
    id: int
    code: str
    affiliation: str


@dataclass(frozen=True)
class Plan:
    pairs: frozenset[tuple[int, int]]  # (judge id, entry id), kept ones included
    short: tuple[tuple[str, int], ...]  # (entry code, judges it could not get)


def same_affiliation(a: str, b: str) -> bool:
    a, b = fold(" ".join(a.split())), fold(" ".join(b.split()))
    return bool(a) and a == b


def eligible(judge: JudgeKey, entry: EntryKey, conflicts: set[tuple[int, int]]) -> bool:
    return (judge.id, entry.id) not in conflicts and not same_affiliation(judge.affiliation, entry.affiliation)


def plan_assignment(
    judges: Sequence[JudgeKey],
    entries: Sequence[EntryKey],
    k: int,
    conflicts: Iterable[tuple[int, int]] = (),
    kept: Iterable[tuple[int, int]] = (),
) -> Plan:
    conflicts = set(conflicts)
    pairs = {p for p in kept if p not in conflicts}
    load: dict[int, int] = {j.id: 0 for j in judges}
    for judge_id, _entry_id in pairs:
        load[judge_id] = load.get(judge_id, 0) + 1
    options: Mapping[int, list[JudgeKey]] = {e.id: [j for j in judges if eligible(j, e, conflicts)] for e in entries}
    short: list[tuple[str, int]] = []
    for entry in sorted(entries, key=lambda e: (len(options[e.id]), e.code)):
        have = {j for j, e in pairs if e == entry.id}
        need = k - len(have)
        candidates = sorted((j for j in options[entry.id] if j.id not in have), key=lambda j: (load[j.id], j.id))
        for judge in candidates[: max(need, 0)]:
            pairs.add((judge.id, entry.id))
            load[judge.id] += 1
        missing = need - len(candidates[: max(need, 0)])
        if missing > 0:
            short.append((entry.code, missing))
    return Plan(frozenset(pairs), tuple(sorted(short)))

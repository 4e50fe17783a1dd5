"""contest_results: results of a contest with 500 entries × 15 judges × 6 criteria, 3 judges an entry.

App side: (1) ssc_desktop.services.contest_results.compute_results on the 9,000 scores
(weighted totals, means, z-score normalization, trimmed means, ranks and ties per
category), and (2) ContestService.results() end to end: reading the scores from an
SQLite database and computing the same, as the Results tab and `ssc contest results` do.

Raw side: a plain-Python loop (no NumPy) computing only each entry's mean of the judges'
weighted totals from the same scores dict.
"""

from __future__ import annotations

import random

from bench.core import Figure, Options, median, now

DESCRIPTION = "contest results: 500 entries × 15 judges × 6 criteria (3 judges an entry)"
TARGET_MS = 200.0
ENTRIES, JUDGES, CRITERIA, PER_ENTRY = 500, 15, 6, 3
ROUNDS = 7


def _data(seed: int = 5):
    from ssc_desktop.services.contest_results import Criterion, EntryKey

    rng = random.Random(seed)
    criteria = [Criterion(c + 1, f"C{c + 1}", rng.choice([1, 2, 3]), 10) for c in range(CRITERIA)]
    entries = [
        EntryKey(e + 1, f"P-{e + 1:03d}", ["High school", "University", "Early career"][e % 3]) for e in range(ENTRIES)
    ]
    scores = {}
    for entry in entries:
        for judge in rng.sample(range(1, JUDGES + 1), PER_ENTRY):
            scores[(judge, entry.id)] = {c.id: float(rng.randint(1, 10)) for c in criteria}
    return criteria, entries, scores


def _raw_means(criteria, scores) -> dict[int, float]:
    weight_sum = sum(c.weight for c in criteria)
    sums: dict[int, float] = {}
    counts: dict[int, int] = {}
    for (_judge, entry), sheet in scores.items():
        total = sum(c.weight * sheet[c.id] / c.scale_max for c in criteria) / weight_sum * 100
        sums[entry] = sums.get(entry, 0.0) + total
        counts[entry] = counts.get(entry, 0) + 1
    return {e: sums[e] / counts[e] for e in sums}


def _service_db(options: Options, criteria, entries, scores):
    from ssc_desktop.app import compose
    from ssc_desktop.models import ContestKind, EventFormat
    from ssc_desktop.services.contest_rubrics import CriterionDraft
    from ssc_desktop.services.contests import ContestDraft, EntryDraft, SheetScores
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    path = options.workdir / "contest_results.sqlite3"
    path.unlink(missing_ok=True)
    context = compose(path)
    services = context.services
    chapter, _ = services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    event = services.events.create_event(
        EventDraft(
            chapter_id=chapter.id,
            title="Bench",
            format=EventFormat.FACE_TO_FACE,
            starts_at=parse_local_datetime("2026-12-12 09:30", "Asia/Kolkata"),
            ends_at=parse_local_datetime("2026-12-12 18:00", "Asia/Kolkata"),
            timezone="Asia/Kolkata",
        )
    )
    contest = services.contests.create_contest(
        event.id,
        ContestDraft("Bench", ContestKind.POSTER, ("High school", "University", "Early career")),
        tuple(CriterionDraft(c.name, c.weight, 1, 10, 1) for c in criteria),
    )
    rows = services.contests.add_entries(contest.id, [EntryDraft(e.code, e.code, e.category) for e in entries])
    entry_ids = {e.id: r.id for e, r in zip(entries, rows, strict=True)}
    judge_ids = {n: services.contests.add_judge(contest.id, f"Judge {n}", "1234").id for n in range(1, JUDGES + 1)}
    crit_ids = {c.id: r.id for c, r in zip(criteria, services.contests.get_contest(contest.id).criteria, strict=True)}
    for judge, entry in scores:
        services.contests.set_assignment(judge_ids[judge], entry_ids[entry], True)
    services.contests.save_many(
        [
            SheetScores(judge_ids[j], entry_ids[e], {crit_ids[c]: v for c, v in sheet.items()})
            for (j, e), sheet in scores.items()
        ]
    )
    return context, contest.id


def run(options: Options) -> list[Figure]:
    from ssc_desktop.services.contest_results import compute_results

    criteria, entries, scores = _data()
    pure: dict[str, list[float]] = {"mean": [], "normalized": [], "trimmed": []}
    raw: list[float] = []
    for _ in range(ROUNDS):
        for method in pure:
            started = now()
            results = compute_results(
                criteria,
                entries,
                scores,
                method,
                tie_criterion_id=1,
                categories=("High school", "University", "Early career"),
            )
            pure[method].append((now() - started) * 1000)
        started = now()
        means = _raw_means(criteria, scores)
        raw.append((now() - started) * 1000)
    assert all(abs(means[r.id] - r.mean) < 1e-9 for r in results.entries)  # same arithmetic
    context, contest_id = _service_db(options, criteria, entries, scores)
    try:
        service: list[float] = []
        for _ in range(ROUNDS):
            started = now()
            context.services.contests.results(contest_id, "normalized")
            service.append((now() - started) * 1000)
    finally:
        context.close()
    raw_ms = median(raw)
    label = "plain-Python means"
    return [
        Figure(
            "contest_results",
            "compute_mean_ms",
            "compute, mean (ranks, ties)",
            median(pure["mean"]),
            "ms",
            TARGET_MS,
            raw_ms,
            label,
        ),
        Figure(
            "contest_results",
            "compute_normalized_ms",
            "compute, normalized (z-scores)",
            median(pure["normalized"]),
            "ms",
            TARGET_MS,
            raw_ms,
            label,
        ),
        Figure(
            "contest_results",
            "compute_trimmed_ms",
            "compute, trimmed mean",
            median(pure["trimmed"]),
            "ms",
            TARGET_MS,
            raw_ms,
            label,
        ),
        Figure(
            "contest_results",
            "service_results_ms",
            "results from the database (SQLite), normalized",
            median(service),
            "ms",
            TARGET_MS,
            raw_ms,
            label,
        ),
    ]

"""Contest arithmetic against cases worked out by hand."""

from __future__ import annotations

import math

import pytest

from ssc_desktop.services.contest_results import (
    Criterion,
    EntryKey,
    compute_results,
    normalize_judge,
    trimmed_mean,
    weighted_total,
)

A = Criterion(1, "A", weight=2, scale_max=10)
B = Criterion(2, "B", weight=1, scale_max=5)
X, Y, Z = EntryKey(10, "P-01", "HS"), EntryKey(11, "P-02", "HS"), EntryKey(12, "P-03", "HS")
SCORES = {
    (1, 10): {1: 8, 2: 4},
    (1, 11): {1: 5, 2: 5},
    (1, 12): {1: 10, 2: 2},
    (2, 10): {1: 6, 2: 3},
    (2, 11): {1: 7, 2: 1},
    (2, 12): {1: 4, 2: 4},
}


def test_weighted_total_is_a_percentage_of_the_best_sheet() -> None:
    # (2 × 8/10 + 1 × 4/5) / 3 × 100 = 80
    assert weighted_total({1: 8, 2: 4}, [A, B]) == pytest.approx(80)
    assert weighted_total({1: 5, 2: 5}, [A, B]) == pytest.approx(200 / 3)
    assert weighted_total({1: 5}, [A, B]) is None  # an unfinished sheet does not count


def test_means_by_hand() -> None:
    results = compute_results([A, B], [X, Y, Z], SCORES, "mean")
    by_code = {r.code: r for r in results.entries}
    assert by_code["P-01"].mean == pytest.approx(70)  # (80 + 60) / 2
    assert by_code["P-02"].mean == pytest.approx(60)  # (66.67 + 53.33) / 2
    assert by_code["P-03"].mean == pytest.approx(200 / 3)  # (80 + 53.33) / 2
    assert [r.code for r in results.entries] == ["P-01", "P-03", "P-02"]
    assert [r.rank for r in results.entries] == [1, 2, 3]
    assert by_code["P-01"].criterion_means == {1: 7, 2: 3.5}


def test_normalized_by_hand() -> None:
    # Judge 1 gave 80, 66.67, 80: z = +√2/2, −√2, +√2/2. Judge 2 gave 60, 53.33, 53.33: z = +√2, −√2/2, −√2/2.
    r2 = math.sqrt(2)
    results = compute_results([A, B], [X, Y, Z], SCORES, "normalized")
    by_code = {r.code: r for r in results.entries}
    assert by_code["P-01"].normalized_totals == {1: pytest.approx(100 + 20 * r2 / 2), 2: pytest.approx(100 + 20 * r2)}
    assert by_code["P-01"].normalized == pytest.approx(100 + 10 * 1.5 * r2)  # 121.21
    assert by_code["P-02"].normalized == pytest.approx(100 - 10 * 1.5 * r2)  # 78.79
    assert by_code["P-03"].normalized == pytest.approx(100)
    assert by_code["P-01"].judge_totals == {1: pytest.approx(80), 2: pytest.approx(60)}  # raw kept beside it


def test_normalizing_makes_a_harsh_and_a_lenient_judge_weigh_the_same() -> None:
    lenient = normalize_judge({1: 90, 2: 80, 3: 70})
    harsh = normalize_judge({1: 45, 2: 40, 3: 35})
    assert lenient == pytest.approx(harsh)
    assert normalize_judge({1: 50, 2: 50}) == {1: 100, 2: 100}  # no spread: no information
    assert normalize_judge({1: 73}) == {1: 100}


def test_trimmed_mean_needs_four_judges() -> None:
    assert trimmed_mean([50, 60, 70, 100]) == pytest.approx(65)  # 50 and 100 dropped
    assert trimmed_mean([50, 60, 100]) == pytest.approx(70)  # fewer than 4: the plain mean


def test_ties_broken_by_stated_order_and_remaining_ties_shown() -> None:
    c = Criterion(1, "Merit", 1, 10)
    d = Criterion(2, "Design", 1, 10)
    entries = [EntryKey(i, f"E-{i}", "U") for i in range(1, 6)]
    scores = {
        # E-1 and E-2: same total 60, E-1 better on Merit -> E-1 above E-2
        (1, 1): {1: 7, 2: 5},
        (1, 2): {1: 5, 2: 7},
        # E-3 and E-4: total 50, merit 5 each; E-3 has two judges, E-4 one -> E-3 above
        (1, 3): {1: 5, 2: 5},
        (2, 3): {1: 5, 2: 5},
        (1, 4): {1: 5, 2: 5},
        # E-5: total 50, merit 5, one judge: tied with E-4 on every rule
        (2, 5): {1: 5, 2: 5},
    }
    results = compute_results([c, d], entries, scores, "mean", tie_criterion_id=1)
    order = [(r.code, r.rank, r.tied) for r in results.entries]
    assert order == [("E-1", 1, False), ("E-2", 2, False), ("E-3", 3, False), ("E-4", 4, True), ("E-5", 4, True)]
    assert results.ties == (("E-4", "E-5"),)


def test_ties_without_a_tie_criterion_share_the_rank() -> None:
    c = Criterion(1, "Merit", 1, 10)
    entries = [EntryKey(1, "A", ""), EntryKey(2, "B", ""), EntryKey(3, "C", "")]
    scores = {(1, 1): {1: 0.1 + 0.2}, (1, 2): {1: 0.3}, (1, 3): {1: 0.2}}
    results = compute_results([c], entries, scores, "mean")
    assert [(r.code, r.rank, r.tied) for r in results.entries] == [("A", 1, True), ("B", 1, True), ("C", 3, False)]


def test_ranks_per_category_and_unscored_entries_last() -> None:
    c = Criterion(1, "Merit", 1, 10)
    entries = [EntryKey(1, "U-1", "University"), EntryKey(2, "H-1", "High school"), EntryKey(3, "H-2", "High school")]
    scores = {(1, 1): {1: 3}, (1, 2): {1: 9}}
    results = compute_results([c], entries, scores, "mean", categories=("High school", "University"))
    assert [(r.code, r.rank) for r in results.entries] == [("H-1", 1), ("H-2", None), ("U-1", 1)]

"""The results' arithmetic said in words, for the results PDF and workbook, so that anyone can
redo a rank by hand: the judges' totals, the normalization, the trimmed mean and the tie order,
with this contest's own criteria, weights and numbers, and one entry worked through."""

from __future__ import annotations

from ssc_desktop.services import contest_results as cr
from ssc_desktop.services.contests import ContestResults
from ssc_desktop.vocabulary import METHOD_LABELS


def _n(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def explanation(results: ContestResults) -> list[tuple[str, str]]:
    """(heading, paragraph) pairs, in the order a reader needs them."""
    contest, computed = results.contest, results.results
    criteria = computed.criteria
    weights = ", ".join(f"{c.name} × {c.weight:g} (out of {c.scale_max:g})" for c in criteria)
    weight_sum = sum(c.weight for c in criteria)
    tie_name = next((c.name for c in criteria if c.id == computed.tie_criterion_id), None)
    chosen = METHOD_LABELS[computed.method].lower()
    parts = [
        (
            "A judge's total",
            f"For each entry, each judge's total is the weighted share of the best possible sheet: every score is "
            f"divided by its criterion's maximum, multiplied by the criterion's weight, the products are added up, "
            f"divided by the sum of the weights ({weight_sum:g}) and multiplied by 100. The criteria and weights: "
            f"{weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no "
            f"total.",
        ),
        ("Mean", "The mean of an entry is the plain average of its judges' totals."),
        (
            "Normalized",
            f"A harsh judge and a lenient one should weigh the same. So each judge's totals are turned into "
            f"z-scores over that judge's own entries: minus that judge's mean, divided by that judge's population "
            f"standard deviation (dividing by the number of entries, not one less). Each z-score is shown as "
            f"{cr.NORMAL_MEAN:g} + {cr.NORMAL_SD:g} × z, so a judge's average entry gets {cr.NORMAL_MEAN:g} and one "
            f"standard deviation is {cr.NORMAL_SD:g} points ({cr.NORMAL_MEAN:g} ± {cr.NORMAL_SD:g}). A judge with "
            f"fewer than two entries, or who gave every entry the same total, gives {cr.NORMAL_MEAN:g}. An entry's "
            f"normalized total is the mean of its judges' normalized totals.",
        ),
        (
            "Trimmed mean",
            f"With {cr.TRIM_MIN_JUDGES} or more judges on an entry, its highest and its lowest total are dropped "
            f"and the rest averaged; with fewer judges the trimmed mean equals the mean.",
        ),
        (
            "Ranking and ties",
            f"These results are ranked by the {chosen}, within each category. Entries with equal totals "
            f"(compared to 6 decimals) are ordered by "
            + (f"their mean score on “{tie_name}”, then " if tie_name else "")
            + "the number of judges who scored them (more first). Entries still equal after that share a rank, "
            "marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.",
        ),
    ]
    example = next((r for r in computed.entries if r.rank is not None and r.judge_totals), None)
    if example is not None:
        totals = ", ".join(f"{results.judges.get(j, j)} {_n(t)}" for j, t in sorted(example.judge_totals.items()))
        normalized = ", ".join(f"{_n(t)}" for _j, t in sorted(example.normalized_totals.items()))
        parts.append(
            (
                f"Worked example: {example.code}",
                f"{example.code} was scored by {example.judges} judge(s), whose totals were {totals}: mean "
                f"{_n(example.mean)}. Normalized per judge: {normalized}; their mean {_n(example.normalized)}. "
                f"Trimmed mean {_n(example.trimmed)}. Ranked by the {chosen}: {_n(example.total)}, rank "
                f"{example.rank}{'=' if example.tied else ''} in {example.category or 'its category'}.",
            )
        )
    if contest.locked_at is None:
        parts.append(("Provisional", "The contest is not locked: scores may still change."))
    return parts

"""The results' arithmetic said in words, for the results PDF and workbook, so that anyone can
redo a rank by hand: the judges' totals, the normalization, the trimmed mean and the tie order,
with this contest's own criteria, weights and numbers, and one entry worked through.

The sentences are printed words (printed_words.EXPLANATION_TEXTS): the results PDF says them
in the person's language, the workbook in English."""

from __future__ import annotations

from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.services import contest_results as cr
from ssc_desktop.services.contests import ContestResults
from ssc_desktop.vocabulary import METHOD_LABELS


def _n(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def explanation(results: ContestResults, words: PrintedWords = ENGLISH) -> list[tuple[str, str]]:
    """(heading, paragraph) pairs, in the order a reader needs them."""
    contest, computed = results.contest, results.results
    criteria = computed.criteria
    weights = ", ".join(
        words.text(
            "{name} × {weight} (out of {maximum})", name=c.name, weight=f"{c.weight:g}", maximum=f"{c.scale_max:g}"
        )
        for c in criteria
    )
    weight_sum = sum(c.weight for c in criteria)
    tie_name = next((c.name for c in criteria if c.id == computed.tie_criterion_id), None)
    label = METHOD_LABELS[computed.method]
    chosen = label.lower() if words.code == "en" else words.vocabulary(label)
    mean, sd = f"{cr.NORMAL_MEAN:g}", f"{cr.NORMAL_SD:g}"
    parts = [
        (
            words.text("A judge's total"),
            words.text(
                "For each entry, each judge's total is the weighted share of the best possible sheet: every score is "
                "divided by its criterion's maximum, multiplied by the criterion's weight, the products are added up, "
                "divided by the sum of the weights ({weight_sum}) and multiplied by 100. The criteria and weights: "
                "{weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no "
                "total.",
                weight_sum=f"{weight_sum:g}",
                weights=weights,
            ),
        ),
        (words.text("Mean"), words.text("The mean of an entry is the plain average of its judges' totals.")),
        (
            words.text("Normalized"),
            words.text(
                "A harsh judge and a lenient one should weigh the same. So each judge's totals are turned into "
                "z-scores over that judge's own entries: minus that judge's mean, divided by that judge's population "
                "standard deviation (dividing by the number of entries, not one less). Each z-score is shown as "
                "{mean} + {sd} × z, so a judge's average entry gets {mean} and one standard deviation is {sd} points "
                "({mean} ± {sd}). A judge with fewer than two entries, or who gave every entry the same total, gives "
                "{mean}. An entry's normalized total is the mean of its judges' normalized totals.",
                mean=mean,
                sd=sd,
            ),
        ),
        (
            words.text("Trimmed mean"),
            words.text(
                "With {judges} or more judges on an entry, its highest and its lowest total are dropped and the rest "
                "averaged; with fewer judges the trimmed mean equals the mean.",
                judges=cr.TRIM_MIN_JUDGES,
            ),
        ),
        (
            words.text("Ranking and ties"),
            words.text(
                "These results are ranked by the {method}, within each category. Entries with equal totals (compared "
                "to 6 decimals) are ordered by their mean score on “{criterion}”, then the number of judges who "
                "scored them (more first). Entries still equal after that share a rank, marked “=”, and the next "
                "rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.",
                method=chosen,
                criterion=tie_name,
            )
            if tie_name
            else words.text(
                "These results are ranked by the {method}, within each category. Entries with equal totals (compared "
                "to 6 decimals) are ordered by the number of judges who scored them (more first). Entries still "
                "equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge "
                "completed are listed unranked.",
                method=chosen,
            ),
        ),
    ]
    example = next((r for r in computed.entries if r.rank is not None and r.judge_totals), None)
    if example is not None:
        totals = ", ".join(f"{results.judges.get(j, j)} {_n(t)}" for j, t in sorted(example.judge_totals.items()))
        normalized = ", ".join(f"{_n(t)}" for _j, t in sorted(example.normalized_totals.items()))
        parts.append(
            (
                words.text("Worked example: {code}", code=example.code),
                words.text(
                    "{code} was scored by {judges} judge(s), whose totals were {totals}: mean {mean}. Normalized per "
                    "judge: {normalized}; their mean {normalized_mean}. Trimmed mean {trimmed}. Ranked by the "
                    "{method}: {total}, rank {rank} in {category}.",
                    code=example.code,
                    judges=example.judges,
                    totals=totals,
                    mean=_n(example.mean),
                    normalized=normalized,
                    normalized_mean=_n(example.normalized),
                    trimmed=_n(example.trimmed),
                    method=chosen,
                    total=_n(example.total),
                    rank=f"{example.rank}{'=' if example.tied else ''}",
                    category=example.category or words.text("its category"),
                ),
            )
        )
    if contest.locked_at is None:
        parts.append((words.text("Provisional"), words.text("The contest is not locked: scores may still change.")))
    return parts

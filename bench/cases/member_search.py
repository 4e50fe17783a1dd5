"""member_search: the typo-tolerant member search over N members (default 30,000).

App side: ssc_desktop.services.member_search.MemberSearchIndex, as the Members page
and `ssc member list --search` use it: the index built once (off the GUI thread in
the app), then each query searched fresh (no narrowing from an earlier query): exact
hits for every word, and close matches (rapidfuzz over the roster's vocabulary) when
exact hits are few. Also typing: every prefix of each query in turn, as the search box
sees them, where one more letter narrows the previous hits.

Raw side, the library's own reference for the same strings: rapidfuzz.process.extract
(scorer WRatio, limit 50) of the folded query over the same 30,000 folded search keys.

Runs in this process (no Qt).
"""

from __future__ import annotations

from typing import Any

from bench.core import Figure, Options, median, now, percentile

DESCRIPTION = "member search over N members: exact, across scripts, typo-tolerant (p50/p95 per query)"
QUERY_TARGET_MS = 30.0
ROUNDS = 5
EXACT_QUERIES = [
    "nguyen",
    "nguyen van an",
    "yamada",
    "山田",
    "sharma iit",
    "wang wei",
    "iyer",
    "佐藤",
    "gurung",
    "universitas indonesia",
    "gmail",
]
TYPO_QUERIES = ["kulkarnni", "shreshta", "tanaka hnaako", "yamda", "nguyn van", "sharma iitt"]
RAW_LIMIT = 50


def members(count: int) -> list:
    """count generated members as MemberSummary rows, as list_members() gives them."""
    from ssc_desktop.services.demo import generate_members
    from ssc_desktop.services.members import MemberSummary, member_values

    rows = []
    for number, draft in enumerate(generate_members(count, seed=11), start=1):
        v = member_values(draft)
        rows.append(
            MemberSummary(
                number,
                None,
                "",
                v["latin_name"],
                v["native_name"],
                v["email"],
                v["country"],
                v["affiliation"],
                v["visit_year"],
                v["host_institution"],
                v["gender"],
                v["phone"],
                v["search_key"],
            )
        )
    return rows


def measure(count: int) -> dict[str, Any]:
    from rapidfuzz import fuzz, process

    from ssc_desktop.services.member_search import MemberSearchIndex
    from ssc_desktop.services.text_folding import fold

    rows = members(count)
    started = now()
    index = MemberSearchIndex(rows).prepare_fuzzy()
    build_ms = (now() - started) * 1000

    exact: list[float] = []
    typo: list[float] = []
    raw: list[float] = []
    found: dict[str, tuple[int, int]] = {}
    keys = [row.search_key for row in rows]
    for _ in range(ROUNDS):
        for query in EXACT_QUERIES + TYPO_QUERIES:
            index._forget_cache()  # a fresh query, not one more letter of the last one
            started = now()
            result = index.search(query)
            elapsed = (now() - started) * 1000
            (typo if query in TYPO_QUERIES else exact).append(elapsed)
            found[query] = (len(result.exact_ids), len(result.fuzzy_ids))
            folded = fold(query)
            started = now()
            process.extract(folded, keys, scorer=fuzz.WRatio, processor=None, limit=RAW_LIMIT)
            raw.append((now() - started) * 1000)

    typing: list[float] = []
    index._forget_cache()
    for query in EXACT_QUERIES + TYPO_QUERIES:
        for length in range(1, len(query) + 1):
            started = now()
            index.search(query[:length])
            typing.append((now() - started) * 1000)
    return {
        "rows": len(rows),
        "build_ms": build_ms,
        "exact_ms": exact,
        "typo_ms": typo,
        "raw_ms": raw,
        "typing_ms": typing,
        "found": found,
    }


def figures(result: dict[str, Any]) -> list[Figure]:
    n = f"{result['rows']:,}"
    every = result["exact_ms"] + result["typo_ms"]
    raw = result["raw_ms"]
    queries = len(EXACT_QUERIES) + len(TYPO_QUERIES)
    raw_label = f"rapidfuzz process.extract WRatio over {n} keys"
    return [
        Figure("member_search", "build_ms", f"build the index of {n} (off GUI thread)", result["build_ms"], "ms"),
        Figure(
            "member_search",
            "query_median_ms",
            "search, median",
            median(every),
            "ms",
            QUERY_TARGET_MS,
            raw=median(raw),
            raw_label=raw_label,
            note=f"{queries} queries x {ROUNDS}, each fresh",
        ),
        Figure(
            "member_search",
            "query_p95_ms",
            "search, p95",
            percentile(every, 0.95),
            "ms",
            QUERY_TARGET_MS,
            raw=percentile(raw, 0.95),
            raw_label=raw_label,
            note=f"raw takes {percentile(raw, 0.95) / max(percentile(every, 0.95), 1e-9):.0f}x as long",
        ),
        Figure(
            "member_search",
            "typo_p95_ms",
            "  typo queries (close matches), p95",
            percentile(result["typo_ms"], 0.95),
            "ms",
            QUERY_TARGET_MS,
            raw=percentile(raw, 0.95),
            raw_label=raw_label,
            note=", ".join(TYPO_QUERIES),
        ),
        Figure(
            "member_search",
            "typing_p95_ms",
            "typing letter by letter, p95",
            percentile(result["typing_ms"], 0.95),
            "ms",
            QUERY_TARGET_MS,
            note=f"{len(result['typing_ms'])} prefixes",
        ),
    ]


def check(result: dict[str, Any]) -> None:
    found = result["found"]
    # Names common enough to be in any generated roster of a thousand or more.
    for query in ("nguyen", "yamada", "山田", "sharma iit"):
        if not found[query][0]:
            raise RuntimeError(f"member_search: {query!r} found nobody")
    for query in ("kulkarnni", "shreshta"):
        if not found[query][1]:
            raise RuntimeError(f"member_search: the typo {query!r} found no close match")


def run(options: Options) -> list[Figure]:
    result = measure(options.members)
    check(result)
    options.log(
        "  member_search: found (exact, close): " + ", ".join(f"{q!r} {e}+{c}" for q, (e, c) in result["found"].items())
    )
    return figures(result)

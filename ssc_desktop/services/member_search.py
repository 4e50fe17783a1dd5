"""Searching the roster in memory as a person types: exact first, then close matches.

A query is folded (case, accents, width: "Nguyễn" -> "nguyen") and split into words;
a member is an *exact* hit when every word is a part of its search key (both names,
e-mail, affiliation, country), so "yamada" and "山田" both find 山田 太郎 and
"sharma iit" needs both words.

When a query finds few exact hits, *close* matches follow them: each word of four
letters or more is compared with rapidfuzz against the vocabulary of words in the
roster (a few thousand distinct name, affiliation and e-mail parts, not 30,000
keys), so "kulkarnni" finds Kulkarni and "shreshta" Shrestha. A member is then a
close hit when each word of the query is either a part of its key or close to one
of its words; close hits are ranked by how close they are.

No Qt here: the Members page and `ssc member list --search` share this index.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ssc_desktop.services.members import MemberSummary
from ssc_desktop.services.text_folding import fold

# Words shorter than this are still being typed, or are too short to guess at.
FUZZY_MIN_LENGTH = 4
# rapidfuzz ratio (0-100) a roster word needs to count as close to a query word:
# one wrong, missing or extra letter in a name of five or more letters passes.
FUZZY_CUTOFF = 80.0
# Close roster words tried per query word, best first.
FUZZY_WORDS_PER_QUERY_WORD = 24
# Close matches are looked for only while exact hits are fewer than this; a query
# that already finds many people does not need guesses mixed in.
FUZZY_BELOW_EXACT = 25
# At most this many close hits are returned.
FUZZY_LIMIT = 1000

_WORD_SPLIT = re.compile(r"[\s@.,;:/()\[\]\-_+'\"・、。]+")


@dataclass(frozen=True)
class SearchFilters:
    chapter_id: int | None = None
    country: str | None = None
    visit_year: int | None = None

    @property
    def active(self) -> bool:
        return self.chapter_id is not None or bool(self.country) or self.visit_year is not None


@dataclass(frozen=True)
class SearchResult:
    """Ids of the members found: exact hits (in the index's order), then close ones (best first)."""

    exact_ids: tuple[int, ...]
    fuzzy_ids: tuple[int, ...] = ()
    # Each close hit's score, 0-100 (the mean over the query's words; an exact word scores 100).
    fuzzy_scores: dict[int, float] = field(default_factory=dict)
    # False when nothing filtered: every member is shown.
    filtered: bool = True

    @property
    def ids(self) -> list[int]:
        return [*self.exact_ids, *self.fuzzy_ids]

    def __len__(self) -> int:
        return len(self.exact_ids) + len(self.fuzzy_ids)


def query_words(query: str) -> list[str]:
    return fold(query or "").split()


def key_words(key: str) -> set[str]:
    return {word for word in _WORD_SPLIT.split(key) if word}


class MemberSearchIndex:
    """An in-memory index over MemberSummary rows (30,000 in a few tens of milliseconds a query).

    Building the exact part costs one list; the vocabulary for close matches is built
    by prepare_fuzzy() (about 0.1 s for 30,000 members), which a GUI runs off its
    thread; a search that needs it before then builds it itself.
    """

    def __init__(self, members: Iterable[MemberSummary]) -> None:
        self._members: dict[int, MemberSummary] = {m.id: m for m in members}
        self._order: list[int] = list(self._members)
        self._pairs: list[tuple[int, str]] = [(m.id, m.search_key) for m in self._members.values()]
        self._lock = threading.Lock()
        self._postings: dict[str, list[int]] | None = None
        self._vocabulary: list[str] = []
        # The last exact search, which one more letter only narrows.
        self._last: tuple[SearchFilters, tuple[str, ...], list[tuple[int, str]]] | None = None
        self._filtered: tuple[SearchFilters, list[tuple[int, str]]] | None = None

    # -- contents ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._members)

    def member(self, member_id: int) -> MemberSummary | None:
        return self._members.get(member_id)

    def members(self) -> list[MemberSummary]:
        return list(self._members.values())

    @property
    def fuzzy_ready(self) -> bool:
        return self._postings is not None

    def prepare_fuzzy(self) -> MemberSearchIndex:
        """Builds the word vocabulary for close matches (thread-safe; a second call does nothing)."""
        with self._lock:
            if self._postings is None:
                postings: dict[str, list[int]] = {}
                for member_id, key in self._pairs:
                    for word in key_words(key):
                        bucket = postings.get(word)
                        if bucket is None:
                            postings[word] = [member_id]
                        else:
                            bucket.append(member_id)
                self._vocabulary = list(postings)
                self._postings = postings
        return self

    def replace(self, member: MemberSummary) -> None:
        """Takes a changed (or new) member in; the rest of the index is kept."""
        with self._lock:
            old = self._members.get(member.id)
            self._members[member.id] = member
            if old is None:
                self._order.append(member.id)
                self._pairs.append((member.id, member.search_key))
            else:
                self._pairs = [(i, member.search_key if i == member.id else k) for i, k in self._pairs]
            if self._postings is not None:
                if old is not None:
                    self._drop_words(member.id, key_words(old.search_key))
                for word in key_words(member.search_key):
                    if word not in self._postings:
                        self._postings[word] = []
                        self._vocabulary.append(word)
                    self._postings[word].append(member.id)
            self._forget_cache()

    def remove(self, member_id: int) -> None:
        with self._lock:
            old = self._members.pop(member_id, None)
            if old is None:
                return
            self._order.remove(member_id)
            self._pairs = [pair for pair in self._pairs if pair[0] != member_id]
            if self._postings is not None:
                self._drop_words(member_id, key_words(old.search_key))
            self._forget_cache()

    def _drop_words(self, member_id: int, words: set[str]) -> None:
        assert self._postings is not None
        for word in words:
            bucket = self._postings.get(word)
            if bucket is not None and member_id in bucket:
                bucket.remove(member_id)
                if not bucket:
                    del self._postings[word]
                    self._vocabulary.remove(word)

    def _forget_cache(self) -> None:
        self._last = None
        self._filtered = None

    # -- filter values for combo boxes -------------------------------------------------------
    def countries(self) -> list[str]:
        return sorted({m.country for m in self._members.values() if m.country}, key=str.casefold)

    def visit_years(self) -> list[int]:
        return sorted({m.visit_year for m in self._members.values() if m.visit_year is not None}, reverse=True)

    # -- searching -------------------------------------------------------------------------------
    def search(
        self,
        query: str = "",
        filters: SearchFilters | None = None,
        *,
        fuzzy: bool = True,
        fuzzy_below: int = FUZZY_BELOW_EXACT,
    ) -> SearchResult:
        """Exact hits for every word of query, then (when fewer than fuzzy_below) close hits."""
        filters = filters or SearchFilters()
        words = tuple(query_words(query))
        if not words and not filters.active:
            return SearchResult(tuple(self._order), filtered=False)
        exact_pairs = self._exact(words, filters)
        exact_ids = tuple(member_id for member_id, _key in exact_pairs)
        if not fuzzy or not words or len(exact_ids) >= fuzzy_below:
            return SearchResult(exact_ids)
        scores = self._fuzzy(words, filters, set(exact_ids))
        members = self._members
        ranked = sorted(scores, key=lambda i: (-scores[i], members[i].latin_name.casefold(), i))[:FUZZY_LIMIT]
        return SearchResult(exact_ids, tuple(ranked), {i: scores[i] for i in ranked})

    def search_members(self, query: str = "", filters: SearchFilters | None = None, **options) -> list[MemberSummary]:
        return [self._members[i] for i in self.search(query, filters, **options).ids]

    def _base(self, filters: SearchFilters) -> list[tuple[int, str]]:
        if not filters.active:
            return self._pairs
        if self._filtered is not None and self._filtered[0] == filters:
            return self._filtered[1]
        members = self._members
        chapter_id, country, year = filters.chapter_id, filters.country, filters.visit_year
        pairs = [
            pair
            for pair in self._pairs
            if (chapter_id is None or members[pair[0]].chapter_id == chapter_id)
            and (not country or members[pair[0]].country == country)
            and (year is None or members[pair[0]].visit_year == year)
        ]
        self._filtered = (filters, pairs)
        return pairs

    def _exact(self, words: tuple[str, ...], filters: SearchFilters) -> list[tuple[int, str]]:
        found = self._base(filters)
        last = self._last
        # Each earlier word being part of a word now typed, the new hits are among the earlier ones.
        if (
            last is not None
            and last[0] == filters
            and last[1]
            and all(any(old in new for new in words) for old in last[1])
        ):
            found = last[2]
        for word in words:
            found = [pair for pair in found if word in pair[1]]
        self._last = (filters, words, found)
        return found

    def _fuzzy(self, words: tuple[str, ...], filters: SearchFilters, exact: set[int]) -> dict[int, float]:
        self.prepare_fuzzy()
        postings = self._postings
        assert postings is not None
        # For each query word: member id -> best closeness of one of its words.
        close: list[dict[int, float]] = []
        for word in words:
            near: dict[int, float] = {}
            if len(word) >= FUZZY_MIN_LENGTH:
                matches = process.extract(
                    word,
                    self._vocabulary,
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_CUTOFF,
                    limit=FUZZY_WORDS_PER_QUERY_WORD,
                )
                for roster_word, score, _index in matches:
                    if word in roster_word:
                        continue  # an exact hit already
                    for member_id in postings.get(roster_word, ()):
                        if near.get(member_id, 0.0) < score:
                            near[member_id] = score
            close.append(near)
        candidates: set[int] = set()
        for near in close:
            candidates.update(near)
        candidates -= exact
        if not candidates:
            return {}
        members = self._members
        allowed = None
        if filters.active:
            allowed = {member_id for member_id, _key in self._base(filters)}
        scores: dict[int, float] = {}
        for member_id in candidates:
            if allowed is not None and member_id not in allowed:
                continue
            member = members.get(member_id)
            if member is None:
                continue
            key = member.search_key
            total = 0.0
            for word, near in zip(words, close, strict=True):
                if word in key:
                    total += 100.0
                elif member_id in near:
                    total += near[member_id]
                else:
                    break
            else:
                scores[member_id] = total / len(words)
        return scores


def search_members(
    members: Sequence[MemberSummary], query: str, filters: SearchFilters | None = None, **options
) -> list[MemberSummary]:
    """One-off search over a list (the CLI); a GUI keeps a MemberSearchIndex instead."""
    return MemberSearchIndex(members).search_members(query, filters, **options)

"""Everything a check-in station shows about its event, read in one go (off the GUI thread).

The station reads this every few seconds, so check-ins made at other desks sharing
the database show up: the rows, a search index over them, the counters and the
check-in lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from ssc_desktop.services.checkin_lists import CheckInListCounts, CheckInListService
from ssc_desktop.services.checkin_tally import CheckInTally
from ssc_desktop.services.member_search import MemberSearchIndex
from ssc_desktop.services.registrations import RegistrationService
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.services.text_folding import search_key

if TYPE_CHECKING:
    from ssc_desktop.services.members import MemberSummary


@dataclass(frozen=True)
class _SearchEntry:
    """What MemberSearchIndex needs of a row, keyed by registration id."""

    id: int
    latin_name: str
    search_key: str


@dataclass(frozen=True)
class StationSnapshot:
    event_id: int
    rows: dict[int, RegistrationRow]
    index: MemberSearchIndex
    tally: CheckInTally
    lists: list  # CheckInListService.list_lists
    list_counts: CheckInListCounts | None  # of the list checked into; None at the door


def read_snapshot(
    registrations: RegistrationService, checkin_lists: CheckInListService, event_id: int, list_id: int | None
) -> StationSnapshot:
    rows = registrations.list_registrations(event_id)
    # The index is typed over MemberSummary; the station gives it only what search() reads (id,
    # name, search key) and never filters or reads members back, so the smaller rows are enough.
    entries = (
        _SearchEntry(
            r.id, r.latin_name, search_key(r.latin_name, r.native_name, r.email, r.affiliation, r.chapter_name)
        )
        for r in rows
    )
    index = MemberSearchIndex(cast("Iterable[MemberSummary]", entries)).prepare_fuzzy()
    lists = checkin_lists.list_lists(event_id)
    counts = checkin_lists.list_counts(list_id) if list_id is not None else None
    return StationSnapshot(event_id, {r.id: r for r in rows}, index, CheckInTally(rows), lists, counts)

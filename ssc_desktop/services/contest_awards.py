"""A contest's results (ranks by the chosen method) and its awards."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import ContestAward, ContestEntry, ContestScore
from ssc_desktop.services import contest_results as cr
from ssc_desktop.services.contest_records import (
    AwardRecipient,
    AwardRow,
    ContestResults,
    contest_summary,
    entry_row,
)
from ssc_desktop.vocabulary import PLACE_NAMES
from ssc_desktop.services.contest_store import ContestStore


class ContestAwards(ContestStore):
    # -- results and awards --------------------------------------------------------
    def results(self, contest_id: int, method: str | None = None) -> ContestResults:
        with self._sessions() as session:
            contest = self._contest(session, contest_id)
            loaded = session.scalars(
                select(ContestEntry)
                .where(ContestEntry.contest_id == contest_id)
                .options(selectinload(ContestEntry.authors))
            ).all()
            entries = {e.id: entry_row(e) for e in loaded}
            summary = contest_summary(contest, len(entries), len(contest.judges))
            judges = {j.id: j.name for j in contest.judges}
            scores: dict[tuple[int, int], dict[int, float]] = defaultdict(dict)
            rows = session.execute(
                select(ContestScore.judge_id, ContestScore.entry_id, ContestScore.criterion_id, ContestScore.value)
                .join(ContestEntry, ContestScore.entry_id == ContestEntry.id)
                .where(ContestEntry.contest_id == contest_id)
            ).all()
            for judge_id, entry_id, criterion_id, value in rows:
                scores[(judge_id, entry_id)][criterion_id] = value
            awards = {
                a.entry_id: a.place
                for a in session.scalars(select(ContestAward).where(ContestAward.contest_id == contest_id))
            }
        criteria = [cr.Criterion(c.id, c.name, c.weight, c.scale_max) for c in summary.criteria]
        keys = [cr.EntryKey(e.id, e.code, e.category) for e in entries.values()]
        computed = cr.compute_results(
            criteria, keys, scores, method or summary.method, summary.tie_criterion_id, summary.categories
        )
        return ContestResults(summary, computed, entries, judges, awards)

    def suggest_awards(self, contest_id: int) -> dict[int, int]:
        """1st–3rd place per category from the ranks (tied entries share a place)."""
        results = self.results(contest_id).results
        return {e.id: e.rank for e in results.entries if e.rank is not None and e.rank <= 3}

    def set_awards(self, contest_id: int, places: dict[int, int]) -> list[AwardRow]:
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            ids = {e.id for e in contest.entries}
            for entry_id, place in places.items():
                if entry_id not in ids:
                    raise NotFoundError("contest.entry_not_found", entry_id=entry_id)
                if place not in PLACE_NAMES:
                    raise DomainError("contest.bad_place", place=place)
            session.execute(delete(ContestAward).where(ContestAward.contest_id == contest_id))
            session.add_all(ContestAward(contest_id=contest_id, entry_id=e, place=p) for e, p in places.items())
        return self.awards(contest_id)

    def awards(self, contest_id: int) -> list[AwardRow]:
        contest = self.get_contest(contest_id)
        entries = {e.id: e for e in self.list_entries(contest_id)}
        with self._sessions() as session:
            awards = session.scalars(select(ContestAward).where(ContestAward.contest_id == contest_id)).all()
            rows = [
                AwardRow(
                    a.entry_id,
                    entries[a.entry_id].code,
                    entries[a.entry_id].title,
                    entries[a.entry_id].category,
                    a.place,
                )
                for a in awards
            ]
        order = {c: n for n, c in enumerate(contest.categories)}
        return sorted(rows, key=lambda r: (order.get(r.category, len(order)), r.category, r.place, r.code))

    def award_recipients(self, event_id: int) -> list[AwardRecipient]:
        """One per author of each awarded entry, by contest, category and place."""
        recipients = []
        for contest in self.list_contests(event_id):
            entries = {e.id: e for e in self.list_entries(contest.id)}
            for award in self.awards(contest.id):
                entry = entries[award.id]
                for author in entry.authors:
                    recipients.append(
                        AwardRecipient(
                            contest.id,
                            contest.title,
                            award.category,
                            award.award,
                            award.place,
                            entry.code,
                            entry.title,
                            author.member_id,
                            author.name,
                            author.latin_name or author.name,
                        )
                    )
        return recipients

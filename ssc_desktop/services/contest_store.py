"""The sessions and the lookups every part of ContestService shares (contest, entry,
judge, their assignments and conflicts, who has scored what)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import Contest, ContestAssignment, ContestConflict, ContestEntry, ContestJudge, ContestScore
from ssc_desktop.services.contest_records import JudgeRow

if TYPE_CHECKING:
    from ssc_desktop.services.contest_records import ContestSummary, EntryRow
from ssc_desktop.services.audit import AuditLog
from ssc_desktop.services.pin_attempts import PinThrottle


class ContestStore:
    def __init__(
        self, sessions: sessionmaker[Session], files_root: Path | None = None, audit_log: AuditLog | None = None
    ) -> None:
        self._sessions = sessions
        self.files_root = files_root
        self._audit = audit_log or AuditLog(sessions)  # score changes and wrong PINs are logged
        # Wrong PINs in judge mode at this desk (services.pin_attempts: the phones' rule too).
        self.pin_throttle = PinThrottle()

    if TYPE_CHECKING:
        # The parts call each other's lookups; these live in ContestService (contests.py) and
        # ContestEntries, which the parts are combined into. Declared for the type checker only.
        def get_contest(self, contest_id: int) -> ContestSummary: ...
        def list_contests(self, event_id: int) -> list[ContestSummary]: ...
        def list_entries(self, contest_id: int) -> list[EntryRow]: ...

    @staticmethod
    def _contest(session: Session, contest_id: int) -> Contest:
        contest = session.get(Contest, contest_id)
        if contest is None:
            raise NotFoundError("contest.not_found", contest_id=contest_id)
        return contest

    def _open(self, session: Session, contest_id: int) -> Contest:
        contest = self._contest(session, contest_id)
        if contest.locked_at is not None:
            raise DomainError("contest.locked", title=contest.title)
        return contest

    @staticmethod
    def _entry(session: Session, entry_id: int) -> ContestEntry:
        entry = session.get(ContestEntry, entry_id)
        if entry is None:
            raise NotFoundError("contest.entry_not_found", entry_id=entry_id)
        return entry

    @staticmethod
    def _judge(session: Session, judge_id: int) -> ContestJudge:
        judge = session.get(ContestJudge, judge_id)
        if judge is None:
            raise NotFoundError("contest.judge_not_found", judge_id=judge_id)
        return judge

    @staticmethod
    def _assignments(session: Session, contest_id: int) -> list[ContestAssignment]:
        return list(
            session.scalars(
                select(ContestAssignment)
                .join(ContestJudge, ContestAssignment.judge_id == ContestJudge.id)
                .where(ContestJudge.contest_id == contest_id)
            )
        )

    def _pairs(self, session: Session, contest_id: int) -> set[tuple[int, int]]:
        return {(a.judge_id, a.entry_id) for a in self._assignments(session, contest_id)}

    @staticmethod
    def _conflicts(session: Session, contest_id: int) -> set[tuple[int, int]]:
        rows = session.execute(
            select(ContestConflict.judge_id, ContestConflict.entry_id)
            .join(ContestJudge, ContestConflict.judge_id == ContestJudge.id)
            .where(ContestJudge.contest_id == contest_id)
        )
        return {(j, e) for j, e in rows}

    @staticmethod
    def _scored_pairs(session: Session, contest_id: int) -> set[tuple[int, int]]:
        rows = session.execute(
            select(ContestScore.judge_id, ContestScore.entry_id)
            .join(ContestJudge, ContestScore.judge_id == ContestJudge.id)
            .where(ContestJudge.contest_id == contest_id)
        )
        return {(j, e) for j, e in rows}

    def _complete_pairs(self, session: Session, contest: Contest) -> set[tuple[int, int]]:
        needed = len(contest.criteria)
        rows = session.execute(
            select(ContestScore.judge_id, ContestScore.entry_id, func.count())
            .join(ContestJudge, ContestScore.judge_id == ContestJudge.id)
            .where(ContestJudge.contest_id == contest.id)
            .group_by(ContestScore.judge_id, ContestScore.entry_id)
        )
        return {(j, e) for j, e, n in rows if n >= needed and needed}

    def _judge_rows(self, session: Session, contest_id: int) -> dict[int, JudgeRow]:
        contest = self._contest(session, contest_id)
        pairs = self._pairs(session, contest_id)
        complete = self._complete_pairs(session, contest) & pairs
        assigned: dict[int, int] = defaultdict(int)
        done: dict[int, int] = defaultdict(int)
        for j, _e in pairs:
            assigned[j] += 1
        for j, _e in complete:
            done[j] += 1
        return {
            j.id: JudgeRow(j.id, j.contest_id, j.name, j.affiliation, j.member_id, assigned[j.id], done[j.id])
            for j in contest.judges
        }

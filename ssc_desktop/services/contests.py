"""Contests of an event: setup (rubric, categories), entries, judges and their assignments,
scoring with an audit trail, results, awards and locking.

The arithmetic lives in contest_results (pure); who judges what in contest_assignment
(pure); templates and PIN hashes in contest_rubrics; file reading in
contest_entries_import and contest_sheets.

The service is put together from one class per part: setup here, entries in contest_entries,
judges/assignment/scoring in contest_judging, results and awards in contest_awards; the
dataclasses they exchange live in contest_records (and are importable from here).
"""

from __future__ import annotations

from sqlalchemy import func, select

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Contest,
    ContestCriterion,
    ContestEntry,
    ContestJudge,
    ContestKind,
    ContestScore,
    ContestScoreChange,
    Event,
    utc_now,
)
from ssc_desktop.services import contest_results as cr
from ssc_desktop.services.contest_rubrics import CriterionDraft, check_criterion, template_for
from ssc_desktop.services.contest_awards import ContestAwards
from ssc_desktop.services.contest_entries import ContestEntries
from ssc_desktop.services.contest_judging import ContestJudging
from ssc_desktop.services.contest_records import (  # noqa: F401 - the names this module always had
    JUDGE_SOURCES,
    AssignmentReport,
    AuthorDraft,
    AwardRecipient,
    AwardRow,
    ContestDraft,
    ContestResults,
    ContestSummary,
    CriterionRow,
    EntryDraft,
    EntryRow,
    JudgeRow,
    JudgeWork,
    Matrix,
    ProgressRow,
    ScoreChangeRow,
    SheetScores,
    WorkItem,
    check_judging_window,
    contest_summary,
    entry_row,
    files_folder,
    parse_contest_kind,
)


class ContestService(ContestEntries, ContestJudging, ContestAwards):
    # -- contests ------------------------------------------------------------------
    def create_contest(
        self, event_id: int, draft: ContestDraft, criteria: tuple[CriterionDraft, ...] | None = None
    ) -> ContestSummary:
        criteria = template_for(ContestKind(draft.kind).value) if criteria is None else criteria
        self._check_draft(draft)
        for position, criterion in enumerate(criteria, start=1):
            check_criterion(criterion, position)
        with self._sessions.begin() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError("event.not_found", event_id=event_id)
            contest = Contest(event_id=event_id)
            self._apply(contest, draft)
            contest.criteria = [self._criterion(c, n) for n, c in enumerate(criteria)]
            session.add(contest)
            session.flush()
            contest_id = contest.id
        return self.get_contest(contest_id)

    def update_contest(self, contest_id: int, draft: ContestDraft) -> ContestSummary:
        self._check_draft(draft)
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            known = {e.category for e in contest.entries if e.category}
            missing = sorted(known - set(draft.categories)) if draft.categories else []
            if missing:
                raise DomainError("contest.category_in_use", category=missing[0])
            self._apply(contest, draft)
        return self.get_contest(contest_id)

    def delete_contest(self, contest_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(self._contest(session, contest_id))

    def list_contests(self, event_id: int) -> list[ContestSummary]:
        with self._sessions() as session:
            ids = session.scalars(select(Contest.id).where(Contest.event_id == event_id).order_by(Contest.id)).all()
        return [self.get_contest(i) for i in ids]

    def get_contest(self, contest_id: int) -> ContestSummary:
        with self._sessions() as session:
            contest = self._contest(session, contest_id)
            entries = session.scalar(select(func.count()).where(ContestEntry.contest_id == contest_id))
            judges = session.scalar(select(func.count()).where(ContestJudge.contest_id == contest_id))
            return contest_summary(contest, entries or 0, judges or 0)

    def set_method(self, contest_id: int, method: str, tie_criterion_id: int | None = None) -> ContestSummary:
        if method not in cr.METHODS:
            raise DomainError("contest.bad_method", value=method, methods=", ".join(cr.METHODS))
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            if tie_criterion_id is not None and tie_criterion_id not in {c.id for c in contest.criteria}:
                raise NotFoundError("contest.criterion_not_found", criterion_id=tie_criterion_id)
            contest.method = method
            contest.tie_criterion_id = tie_criterion_id
        return self.get_contest(contest_id)

    def set_rubric(self, contest_id: int, criteria: tuple[CriterionDraft, ...]) -> ContestSummary:
        if not criteria:
            raise DomainError("contest.rubric_empty")
        for position, criterion in enumerate(criteria, start=1):
            check_criterion(criterion, position)
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            scored = session.scalar(
                select(func.count())
                .select_from(ContestScore)
                .join(ContestCriterion, ContestScore.criterion_id == ContestCriterion.id)
                .where(ContestCriterion.contest_id == contest_id)
            )
            if scored:
                raise DomainError("contest.rubric_has_scores", scores=scored)
            contest.criteria = [self._criterion(c, n) for n, c in enumerate(criteria)]
            contest.tie_criterion_id = None
        return self.get_contest(contest_id)

    def copy_rubric(self, from_contest_id: int, to_contest_id: int) -> ContestSummary:
        source = self.get_contest(from_contest_id)
        return self.set_rubric(to_contest_id, tuple(c.draft() for c in source.criteria))

    def lock(self, contest_id: int, by: str = "coordinator") -> ContestSummary:
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            contest.locked_at = utc_now()
            session.add(ContestScoreChange(contest_id=contest_id, new_value="locked", changed_by=by, source="lock"))
        return self.get_contest(contest_id)

    def unlock(self, contest_id: int, by: str = "coordinator") -> ContestSummary:
        with self._sessions.begin() as session:
            contest = self._contest(session, contest_id)
            contest.locked_at = None
            session.add(
                ContestScoreChange(
                    contest_id=contest_id, old_value="locked", new_value="unlocked", changed_by=by, source="lock"
                )
            )
        return self.get_contest(contest_id)

    # -- helpers -------------------------------------------------------------------
    @staticmethod
    def _check_draft(draft: ContestDraft) -> None:
        if not draft.title.strip():
            raise DomainError("contest.title_required")
        if draft.judges_per_entry < 1:
            raise DomainError("contest.bad_judges_per_entry", value=draft.judges_per_entry)
        if draft.judging_opens and draft.judging_closes and draft.judging_closes < draft.judging_opens:
            raise DomainError("contest.closes_before_opens")
        names = [c.strip().casefold() for c in draft.categories]
        if len(set(names)) != len(names) or "" in names:
            raise DomainError("contest.bad_categories")

    @staticmethod
    def _apply(contest: Contest, draft: ContestDraft) -> None:
        contest.title = draft.title.strip()
        contest.kind = ContestKind(draft.kind)
        contest.categories = [c.strip() for c in draft.categories]
        contest.theme = draft.theme.strip()
        contest.blind = contest.kind == ContestKind.ESSAY if draft.blind is None else draft.blind
        contest.judging_opens = draft.judging_opens
        contest.judging_closes = draft.judging_closes
        contest.judges_per_entry = draft.judges_per_entry

    @staticmethod
    def _criterion(draft: CriterionDraft, position: int) -> ContestCriterion:
        return ContestCriterion(
            position=position,
            name=draft.name.strip(),
            weight=float(draft.weight),
            scale_min=float(draft.scale_min),
            scale_max=float(draft.scale_max),
            step=float(draft.step),
            guide=[list(g) for g in draft.guide],
        )

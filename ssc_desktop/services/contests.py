"""Contests of an event: setup (rubric, categories), entries, judges and their assignments,
scoring with an audit trail, results, awards and locking.

The arithmetic lives in contest_results (pure); who judges what in contest_assignment
(pure); templates and PIN hashes in contest_rubrics; file reading in
contest_entries_import and contest_sheets.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ssc_desktop.db import take_write_lock
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Contest, ContestAssignment, ContestAuthor, ContestAward, ContestConflict, ContestCriterion, ContestEntry,
    ContestJudge, ContestKind, ContestScore, ContestScoreChange, Event, Member, utc_now,
)
from ssc_desktop.services import contest_results as cr
from ssc_desktop.services.contest_assignment import EntryKey as AEntry
from ssc_desktop.services.contest_assignment import JudgeKey, eligible, plan_assignment
from ssc_desktop.services.contest_rubrics import (
    CriterionDraft, check_criterion, hash_pin, on_scale, pin_matches, scale_text, template_for,
)

PLACE_NAMES = {1: "1st prize", 2: "2nd prize", 3: "3rd prize", 4: "Honourable mention"}
KIND_LABELS = {ContestKind.POSTER: "Poster", ContestKind.E_POSTER: "E-poster", ContestKind.ESSAY: "Essay"}
# Scores a judge enters (in judge mode or from a phone) are held to the judging window;
# the coordinator's sheet imports are not.
JUDGE_SOURCES = ("app", "phone")
METHOD_LABELS = {"mean": "Mean of judges", "normalized": "Normalized (z-scores)", "trimmed": "Trimmed mean"}


def parse_contest_kind(value: str) -> ContestKind:
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    if text in ("eposter", "e-posters", "electronic-poster"):
        text = "e-poster"
    try:
        return ContestKind(text)
    except ValueError:
        raise DomainError("contest.bad_kind", value=value, kinds=", ".join(k.value for k in ContestKind)) from None


@dataclass(frozen=True)
class CriterionRow:
    id: int
    position: int
    name: str
    weight: float
    scale_min: float
    scale_max: float
    step: float
    guide: tuple[tuple[str, str], ...]

    @property
    def scale(self) -> str:
        return scale_text(self.scale_min, self.scale_max, self.step)

    def draft(self) -> CriterionDraft:
        return CriterionDraft(self.name, self.weight, self.scale_min, self.scale_max, self.step, self.guide)

    def accepts(self, value: float) -> bool:
        return on_scale(value, self.scale_min, self.scale_max, self.step)


@dataclass(frozen=True)
class ContestDraft:
    title: str
    kind: ContestKind = ContestKind.POSTER
    categories: tuple[str, ...] = ()
    theme: str = ""
    blind: bool | None = None  # None: blind for essays, open for posters
    judging_opens: datetime | None = None
    judging_closes: datetime | None = None
    judges_per_entry: int = 3


@dataclass(frozen=True)
class ContestSummary:
    id: int
    event_id: int
    title: str
    kind: ContestKind
    categories: tuple[str, ...]
    theme: str
    blind: bool
    judging_opens: datetime | None
    judging_closes: datetime | None
    judges_per_entry: int
    method: str
    tie_criterion_id: int | None
    locked_at: datetime | None
    criteria: tuple[CriterionRow, ...]
    entry_count: int = 0
    judge_count: int = 0

    @property
    def locked(self) -> bool:
        return self.locked_at is not None

    def draft(self) -> ContestDraft:
        return ContestDraft(self.title, self.kind, self.categories, self.theme, self.blind, self.judging_opens,
                            self.judging_closes, self.judges_per_entry)


@dataclass(frozen=True)
class AuthorDraft:
    name: str
    latin_name: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class EntryDraft:
    code: str
    title: str
    category: str = ""
    theme: str = ""
    affiliation: str = ""
    abstract: str = ""
    authors: tuple[AuthorDraft, ...] = ()


@dataclass(frozen=True)
class EntryRow:
    id: int
    contest_id: int
    code: str
    title: str
    category: str
    theme: str
    affiliation: str
    abstract: str
    files: tuple[str, ...]
    authors: tuple[AuthorDraft, ...]

    @property
    def author_names(self) -> str:
        return ", ".join(a.name for a in self.authors)


@dataclass(frozen=True)
class JudgeRow:
    id: int
    contest_id: int
    name: str
    affiliation: str
    member_id: int | None
    assigned: int = 0
    done: int = 0

    @property
    def owed(self) -> int:
        return self.assigned - self.done


@dataclass(frozen=True)
class AssignmentReport:
    added: int
    total: int
    short: tuple[tuple[str, int], ...]  # (entry code, judges missing)


@dataclass(frozen=True)
class Matrix:
    judges: tuple[JudgeRow, ...]
    entries: tuple[EntryRow, ...]
    # (judge id, entry id) -> "assigned", "done", "conflict", "excluded" (same affiliation)
    cells: dict[tuple[int, int], str]


@dataclass(frozen=True)
class ProgressRow:
    id: int  # judge id
    name: str
    assigned: int
    done: int
    owed_codes: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.done / self.assigned if self.assigned else 1.0


@dataclass(frozen=True)
class WorkItem:
    """One entry on a judge's list, as the judge may see it (no authors in blind mode)."""

    id: int  # entry id
    code: str
    title: str
    category: str
    authors: str
    affiliation: str
    abstract: str
    scores: dict[int, float]
    comment: str
    complete: bool


@dataclass(frozen=True)
class JudgeWork:
    contest: ContestSummary
    judge: JudgeRow
    items: tuple[WorkItem, ...]

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.complete)


@dataclass(frozen=True)
class ScoreChangeRow:
    id: int
    judge: str
    entry_code: str
    criterion: str
    old_value: str
    new_value: str
    changed_by: str
    source: str
    changed_at: datetime


@dataclass(frozen=True)
class AwardRow:
    id: int  # entry id
    code: str
    title: str
    category: str
    place: int

    @property
    def award(self) -> str:
        return PLACE_NAMES[self.place]


@dataclass(frozen=True)
class ContestResults:
    contest: ContestSummary
    results: cr.Results
    entries: dict[int, EntryRow]
    judges: dict[int, str]
    awards: dict[int, int]  # entry id -> place


@dataclass(frozen=True)
class AwardRecipient:
    contest_id: int
    contest_title: str
    category: str
    award: str
    place: int
    entry_code: str
    entry_title: str
    member_id: int | None
    name: str
    latin_name: str


@dataclass(frozen=True)
class SheetScores:
    """What one judge sheet (or one entry in judge mode) says; saved all together."""

    judge_id: int
    entry_id: int
    values: dict[int, float]
    comment: str | None = None
    source_file: str = field(default="")
    # Criteria whose score the judge took back (an emptied cell in a sheet): removed on save.
    cleared: tuple[int, ...] = ()


class ContestService:
    def __init__(self, sessions: sessionmaker[Session], files_root: Path | None = None) -> None:
        self._sessions = sessions
        self.files_root = files_root

    # -- contests ------------------------------------------------------------------
    def create_contest(self, event_id: int, draft: ContestDraft,
                       criteria: tuple[CriterionDraft, ...] | None = None) -> ContestSummary:
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
            return _summary(contest, entries or 0, judges or 0)

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
            scored = session.scalar(select(func.count()).select_from(ContestScore).join(
                ContestCriterion, ContestScore.criterion_id == ContestCriterion.id).where(
                ContestCriterion.contest_id == contest_id))
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
            session.add(ContestScoreChange(contest_id=contest_id, old_value="locked", new_value="unlocked",
                                           changed_by=by, source="lock"))
        return self.get_contest(contest_id)

    # -- entries -------------------------------------------------------------------
    def add_entry(self, contest_id: int, draft: EntryDraft) -> EntryRow:
        return self.add_entries(contest_id, [draft])[0]

    def add_entries(self, contest_id: int, drafts: list[EntryDraft]) -> list[EntryRow]:
        """All or none: one bad entry (a code taken, an unknown category) adds nothing."""
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            taken = {e.code.casefold() for e in contest.entries}
            rows = []
            for draft in drafts:
                self._check_entry(contest, draft)
                if draft.code.strip().casefold() in taken:
                    raise DomainError("contest.duplicate_code", code=draft.code.strip())
                taken.add(draft.code.strip().casefold())
                entry = ContestEntry(contest_id=contest_id)
                self._apply_entry(entry, draft)
                session.add(entry)
                rows.append(entry)
            session.flush()
            ids = [r.id for r in rows]
        entries = {e.id: e for e in self.list_entries(contest_id)}
        return [entries[i] for i in ids]

    def update_entry(self, entry_id: int, draft: EntryDraft) -> EntryRow:
        with self._sessions.begin() as session:
            entry = self._entry(session, entry_id)
            contest = self._open(session, entry.contest_id)
            self._check_entry(contest, draft)
            if any(e.code.casefold() == draft.code.strip().casefold() and e.id != entry_id for e in contest.entries):
                raise DomainError("contest.duplicate_code", code=draft.code.strip())
            entry.authors.clear()
            session.flush()
            self._apply_entry(entry, draft)
            contest_id = entry.contest_id
        return next(e for e in self.list_entries(contest_id) if e.id == entry_id)

    def delete_entry(self, entry_id: int) -> None:
        with self._sessions.begin() as session:
            entry = self._entry(session, entry_id)
            self._open(session, entry.contest_id)
            session.delete(entry)

    def list_entries(self, contest_id: int) -> list[EntryRow]:
        with self._sessions() as session:
            entries = session.scalars(select(ContestEntry).where(ContestEntry.contest_id == contest_id)
                                      .options(selectinload(ContestEntry.authors)).order_by(ContestEntry.code)).all()
            return [_entry_row(e) for e in entries]

    def attach_file(self, entry_id: int, source: str | Path) -> EntryRow:
        """Copies a PDF or image into the contest's folder beside the database."""
        source = Path(source)
        if self.files_root is None:
            raise DomainError("contest.no_file_folder")
        if not source.is_file():
            raise DomainError("contest.file_missing", file=str(source))
        with self._sessions.begin() as session:
            entry = self._entry(session, entry_id)
            folder = self.entry_folder(entry.contest_id, entry.code)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / source.name
            shutil.copyfile(source, target)
            if source.name not in entry.files:
                entry.files = [*entry.files, source.name]
            contest_id = entry.contest_id
        return next(e for e in self.list_entries(contest_id) if e.id == entry_id)

    def entry_folder(self, contest_id: int, code: str) -> Path:
        if self.files_root is None:
            raise DomainError("contest.no_file_folder")
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code)
        return self.files_root / f"contest-{contest_id}" / safe

    def import_entries(self, contest_id: int, path: str | Path) -> list[EntryRow]:
        from ssc_desktop.services.contest_entries_import import read_entries

        contest = self.get_contest(contest_id)
        existing = {e.code.casefold() for e in self.list_entries(contest_id)}
        drafts = read_entries(path, contest.categories, existing)
        return self.add_entries(contest_id, drafts)

    # -- judges --------------------------------------------------------------------
    def add_judge(self, contest_id: int, name: str, pin: str, affiliation: str = "",
                  member_id: int | None = None) -> JudgeRow:
        name = " ".join(name.split())
        if not name:
            raise DomainError("contest.judge_name_required")
        pin_hash = hash_pin(pin)
        with self._sessions.begin() as session:
            contest = self._contest(session, contest_id)
            if any(j.name.casefold() == name.casefold() for j in contest.judges):
                raise DomainError("contest.duplicate_judge", name=name)
            if member_id is not None and session.get(Member, member_id) is None:
                raise NotFoundError("member.not_found", member_id=member_id)
            judge = ContestJudge(contest_id=contest_id, name=name, affiliation=affiliation.strip(),
                                 pin_hash=pin_hash, member_id=member_id)
            session.add(judge)
            session.flush()
            judge_id = judge.id
        return self.judge(judge_id)

    def set_pin(self, judge_id: int, pin: str) -> None:
        pin_hash = hash_pin(pin)
        with self._sessions.begin() as session:
            self._judge(session, judge_id).pin_hash = pin_hash

    def remove_judge(self, judge_id: int) -> None:
        with self._sessions.begin() as session:
            judge = self._judge(session, judge_id)
            self._open(session, judge.contest_id)
            session.delete(judge)

    def judge(self, judge_id: int) -> JudgeRow:
        with self._sessions() as session:
            judge = self._judge(session, judge_id)
            return self._judge_rows(session, judge.contest_id)[judge_id]

    def list_judges(self, contest_id: int) -> list[JudgeRow]:
        with self._sessions() as session:
            return list(self._judge_rows(session, contest_id).values())

    def unlock_judge(self, contest_id: int, judge_id: int, pin: str) -> JudgeRow:
        """The judge, if the PIN is theirs; otherwise contest.wrong_pin."""
        with self._sessions() as session:
            judge = self._judge(session, judge_id)
            if judge.contest_id != contest_id or not pin_matches(pin, judge.pin_hash):
                raise DomainError("contest.wrong_pin", name=judge.name)
        return self.judge(judge_id)

    # -- assignment ----------------------------------------------------------------
    def assign(self, contest_id: int, judges_per_entry: int | None = None) -> AssignmentReport:
        with self._sessions.begin() as session:
            contest = self._open(session, contest_id)
            k = judges_per_entry if judges_per_entry is not None else contest.judges_per_entry
            if k < 1:
                raise DomainError("contest.bad_judges_per_entry", value=k)
            contest.judges_per_entry = k
            if not contest.judges:
                raise DomainError("contest.no_judges")
            kept = self._pairs(session, contest_id)
            conflicts = self._conflicts(session, contest_id)
            plan = plan_assignment([JudgeKey(j.id, j.affiliation) for j in contest.judges],
                                   [AEntry(e.id, e.code, e.affiliation) for e in contest.entries], k, conflicts, kept)
            added = plan.pairs - set(kept)
            session.add_all(ContestAssignment(judge_id=j, entry_id=e) for j, e in sorted(added))
        return AssignmentReport(len(added), len(plan.pairs), plan.short)

    def clear_assignments(self, contest_id: int) -> int:
        """Removes every assignment that has no score yet; returns how many."""
        with self._sessions.begin() as session:
            self._open(session, contest_id)
            scored = self._scored_pairs(session, contest_id)
            removed = 0
            for assignment in self._assignments(session, contest_id):
                if (assignment.judge_id, assignment.entry_id) not in scored:
                    session.delete(assignment)
                    removed += 1
        return removed

    def set_assignment(self, judge_id: int, entry_id: int, assigned: bool) -> None:
        """A manual change; refused for a conflict, and for removing a judge's scored entry."""
        with self._sessions.begin() as session:
            judge = self._judge(session, judge_id)
            entry = self._entry(session, entry_id)
            self._open(session, judge.contest_id)
            if entry.contest_id != judge.contest_id:
                raise DomainError("contest.not_same_contest")
            current = session.scalar(select(ContestAssignment).where(
                ContestAssignment.judge_id == judge_id, ContestAssignment.entry_id == entry_id))
            if assigned:
                if (judge_id, entry_id) in self._conflicts(session, judge.contest_id):
                    raise DomainError("contest.conflict_declared", judge=judge.name, code=entry.code)
                if current is None:
                    session.add(ContestAssignment(judge_id=judge_id, entry_id=entry_id, manual=True))
            elif current is not None:
                has_scores = session.scalar(select(func.count()).where(
                    ContestScore.judge_id == judge_id, ContestScore.entry_id == entry_id))
                if has_scores:
                    raise DomainError("contest.assignment_scored", judge=judge.name, code=entry.code)
                session.delete(current)

    def declare_conflict(self, judge_id: int, entry_id: int, reason: str = "", by: str = "") -> str | None:
        """The judge steps back from the entry; it moves to the least-loaded eligible judge.

        Returns the name of the judge who took it over (None if nobody could).
        """
        with self._sessions.begin() as session:
            judge = self._judge(session, judge_id)
            entry = self._entry(session, entry_id)
            contest = self._open(session, judge.contest_id)
            if entry.contest_id != contest.id:
                raise DomainError("contest.not_same_contest")
            if (judge_id, entry_id) not in self._conflicts(session, contest.id):
                session.add(ContestConflict(judge_id=judge_id, entry_id=entry_id, reason=reason.strip()))
            for score in session.scalars(select(ContestScore).where(
                    ContestScore.judge_id == judge_id, ContestScore.entry_id == entry_id)):
                session.add(ContestScoreChange(contest_id=contest.id, judge_id=judge_id, entry_id=entry_id,
                                               criterion_id=score.criterion_id, old_value=f"{score.value:g}",
                                               new_value="", changed_by=by or judge.name, source="conflict"))
                session.delete(score)
            session.execute(delete(ContestAssignment).where(
                ContestAssignment.judge_id == judge_id, ContestAssignment.entry_id == entry_id))
            session.flush()
            pairs = self._pairs(session, contest.id)
            conflicts = self._conflicts(session, contest.id)
            have = {j for j, e in pairs if e == entry_id}
            load: dict[int, int] = defaultdict(int)
            for j, _e in pairs:
                load[j] += 1
            akey = AEntry(entry.id, entry.code, entry.affiliation)
            options = [j for j in contest.judges if j.id not in have and j.id != judge_id
                       and eligible(JudgeKey(j.id, j.affiliation), akey, conflicts)]
            if not options:
                return None
            chosen = min(options, key=lambda j: (load[j.id], j.id))
            session.add(ContestAssignment(judge_id=chosen.id, entry_id=entry_id))
            return chosen.name

    def matrix(self, contest_id: int) -> Matrix:
        judges = tuple(self.list_judges(contest_id))
        entries = tuple(self.list_entries(contest_id))
        with self._sessions() as session:
            contest = self._contest(session, contest_id)
            complete = self._complete_pairs(session, contest)
            cells: dict[tuple[int, int], str] = {}
            for pair in self._pairs(session, contest_id):
                cells[pair] = "done" if pair in complete else "assigned"
            for pair in self._conflicts(session, contest_id):
                cells[pair] = "conflict"
        for judge in judges:
            for entry in entries:
                if (judge.id, entry.id) not in cells and not eligible(
                        JudgeKey(judge.id, judge.affiliation), AEntry(entry.id, entry.code, entry.affiliation), set()):
                    cells[(judge.id, entry.id)] = "excluded"
        return Matrix(judges, entries, cells)

    def progress(self, contest_id: int) -> list[ProgressRow]:
        matrix = self.matrix(contest_id)
        codes = {e.id: e.code for e in matrix.entries}
        rows = []
        for judge in matrix.judges:
            owed = sorted(codes[e] for (j, e), state in matrix.cells.items() if j == judge.id and state == "assigned")
            rows.append(ProgressRow(judge.id, judge.name, judge.assigned, judge.done, tuple(owed)))
        return rows

    # -- scoring -------------------------------------------------------------------
    def judge_work(self, judge_id: int) -> JudgeWork:
        """A judge's own entries and own scores only; authors hidden in blind mode."""
        with self._sessions() as session:
            judge = self._judge(session, judge_id)
            contest = self._contest(session, judge.contest_id)
            summary = _summary(contest, len(contest.entries), len(contest.judges))
            criteria_ids = {c.id for c in contest.criteria}
            assignments = session.scalars(select(ContestAssignment).where(ContestAssignment.judge_id == judge_id)).all()
            scores: dict[int, dict[int, float]] = defaultdict(dict)
            for score in session.scalars(select(ContestScore).where(ContestScore.judge_id == judge_id)):
                scores[score.entry_id][score.criterion_id] = score.value
            entries = {e.id: e for e in contest.entries}
            items = []
            for assignment in assignments:
                entry = entries[assignment.entry_id]
                own = scores.get(entry.id, {})
                items.append(WorkItem(
                    entry.id, entry.code, entry.title, entry.category,
                    "" if contest.blind else ", ".join(a.name for a in entry.authors),
                    "" if contest.blind else entry.affiliation, entry.abstract,
                    dict(own), assignment.comment, criteria_ids <= set(own)))
            items.sort(key=lambda i: i.code)
            judge_row = self._judge_rows(session, contest.id)[judge_id]
            return JudgeWork(summary, judge_row, tuple(items))

    def save_scores(self, judge_id: int, entry_id: int, values: dict[int, float], comment: str | None = None,
                    by: str = "", source: str = "app") -> WorkItem:
        self.save_many([SheetScores(judge_id, entry_id, values, comment)], by=by, source=source)
        return next(i for i in self.judge_work(judge_id).items if i.id == entry_id)

    def save_many(self, sheets: list[SheetScores], by: str = "", source: str = "app") -> int:
        """Saves every score given, all or none; returns how many values changed."""
        return sum(self.save_each(sheets, by, source))

    def save_each(self, sheets: list[SheetScores], by: str = "", source: str = "app") -> list[int]:
        """save_many, telling how many values each sheet changed (in one transaction, all or none)."""
        counts: list[int] = []
        with self._sessions.begin() as session:
            # Judges save at the same moment from their phones: taking SQLite's write lock
            # before reading hands it over promptly, instead of SQLite's busy handler
            # oversleeping (100 ms naps) when a read transaction turns into a write.
            take_write_lock(session)
            for sheet in sheets:
                counts.append(0)
                judge = self._judge(session, sheet.judge_id)
                contest = self._open(session, judge.contest_id)
                if source in JUDGE_SOURCES:
                    _check_judging_window(contest)
                assignment = session.scalar(select(ContestAssignment).where(
                    ContestAssignment.judge_id == judge.id, ContestAssignment.entry_id == sheet.entry_id))
                if assignment is None:
                    entry = session.get(ContestEntry, sheet.entry_id)
                    raise DomainError("contest.not_assigned", judge=judge.name,
                                      code=entry.code if entry else sheet.entry_id)
                criteria = {c.id: c for c in contest.criteria}
                current = {s.criterion_id: s for s in session.scalars(select(ContestScore).where(
                    ContestScore.judge_id == judge.id, ContestScore.entry_id == sheet.entry_id))}
                who = by or judge.name
                for criterion_id, value in sheet.values.items():
                    criterion = criteria.get(criterion_id)
                    if criterion is None:
                        raise NotFoundError("contest.criterion_not_found", criterion_id=criterion_id)
                    if value is None:
                        continue
                    if not on_scale(float(value), criterion.scale_min, criterion.scale_max, criterion.step):
                        raise DomainError("contest.score_off_scale", criterion=criterion.name, value=value,
                                          scale=scale_text(criterion.scale_min, criterion.scale_max, criterion.step))
                    old = current.get(criterion_id)
                    if old is not None and abs(old.value - value) < 1e-9:
                        continue
                    session.add(ContestScoreChange(
                        contest_id=contest.id, judge_id=judge.id, entry_id=sheet.entry_id, criterion_id=criterion_id,
                        old_value="" if old is None else f"{old.value:g}", new_value=f"{float(value):g}",
                        changed_by=who, source=source))
                    if old is None:
                        session.add(ContestScore(judge_id=judge.id, entry_id=sheet.entry_id,
                                                 criterion_id=criterion_id, value=float(value)))
                    else:
                        old.value = float(value)
                    counts[-1] += 1
                for criterion_id in sheet.cleared:
                    old = current.get(criterion_id)
                    if old is None or sheet.values.get(criterion_id) is not None:
                        continue
                    session.add(ContestScoreChange(
                        contest_id=contest.id, judge_id=judge.id, entry_id=sheet.entry_id, criterion_id=criterion_id,
                        old_value=f"{old.value:g}", new_value="", changed_by=who, source=source))
                    session.delete(old)
                    counts[-1] += 1
                if sheet.comment is not None and sheet.comment.strip() != assignment.comment:
                    session.add(ContestScoreChange(
                        contest_id=contest.id, judge_id=judge.id, entry_id=sheet.entry_id,
                        old_value=assignment.comment, new_value=sheet.comment.strip(), changed_by=who,
                        source=source))
                    assignment.comment = sheet.comment.strip()
        return counts

    def score_changes(self, contest_id: int) -> list[ScoreChangeRow]:
        with self._sessions() as session:
            contest = self._contest(session, contest_id)
            judges = {j.id: j.name for j in contest.judges}
            codes = {e.id: e.code for e in contest.entries}
            names = {c.id: c.name for c in contest.criteria}
            changes = session.scalars(select(ContestScoreChange).where(ContestScoreChange.contest_id == contest_id)
                                      .order_by(ContestScoreChange.id)).all()
            return [ScoreChangeRow(c.id, judges.get(c.judge_id, ""), codes.get(c.entry_id, ""),
                                   names.get(c.criterion_id, "comment" if c.entry_id else ""),
                                   c.old_value, c.new_value, c.changed_by, c.source, c.changed_at) for c in changes]

    def import_sheets(self, contest_id: int, paths: list[str | Path], by: str = "coordinator",
                      keep_cleared: bool = False):  # noqa: ANN201 - contest_sheets.SheetImport
        """Judge sheets back in: every problem in every file listed, and nothing saved unless all are clean.

        Scores emptied in a sheet are removed (and listed), unless keep_cleared.
        """
        import dataclasses

        from ssc_desktop.services.contest_sheets import SheetImport, cleared_scores, read_judge_sheets

        contest = self.get_contest(contest_id)
        if contest.locked:
            raise DomainError("contest.locked", title=contest.title)
        works = {j.id: self.judge_work(j.id) for j in self.list_judges(contest_id)}
        sheets = read_judge_sheets(paths, contest, works)
        cleared = cleared_scores(sheets, contest, works)
        if keep_cleared:
            sheets = [dataclasses.replace(s, cleared=()) for s in sheets]
        return SheetImport(self.save_many(sheets, by=by, source="sheet"), cleared, keep_cleared)

    def cleared_in_sheets(self, contest_id: int, paths: list[str | Path]):  # noqa: ANN201
        """What importing these sheets would remove (scores emptied in them); reads, saves nothing."""
        from ssc_desktop.services.contest_sheets import cleared_scores, read_judge_sheets

        contest = self.get_contest(contest_id)
        works = {j.id: self.judge_work(j.id) for j in self.list_judges(contest_id)}
        return cleared_scores(read_judge_sheets(paths, contest, works), contest, works)

    # -- results and awards --------------------------------------------------------
    def results(self, contest_id: int, method: str | None = None) -> ContestResults:
        with self._sessions() as session:
            contest = self._contest(session, contest_id)
            loaded = session.scalars(select(ContestEntry).where(ContestEntry.contest_id == contest_id)
                                     .options(selectinload(ContestEntry.authors))).all()
            entries = {e.id: _entry_row(e) for e in loaded}
            summary = _summary(contest, len(entries), len(contest.judges))
            judges = {j.id: j.name for j in contest.judges}
            scores: dict[tuple[int, int], dict[int, float]] = defaultdict(dict)
            rows = session.execute(select(ContestScore.judge_id, ContestScore.entry_id, ContestScore.criterion_id,
                                          ContestScore.value).join(ContestEntry, ContestScore.entry_id == ContestEntry.id)
                                   .where(ContestEntry.contest_id == contest_id)).all()
            for judge_id, entry_id, criterion_id, value in rows:
                scores[(judge_id, entry_id)][criterion_id] = value
            awards = {a.entry_id: a.place for a in session.scalars(
                select(ContestAward).where(ContestAward.contest_id == contest_id))}
        criteria = [cr.Criterion(c.id, c.name, c.weight, c.scale_max) for c in summary.criteria]
        keys = [cr.EntryKey(e.id, e.code, e.category) for e in entries.values()]
        computed = cr.compute_results(criteria, keys, scores, method or summary.method, summary.tie_criterion_id,
                                      summary.categories)
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
            rows = [AwardRow(a.entry_id, entries[a.entry_id].code, entries[a.entry_id].title,
                             entries[a.entry_id].category, a.place) for a in awards]
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
                    recipients.append(AwardRecipient(
                        contest.id, contest.title, award.category, award.award, award.place, entry.code,
                        entry.title, author.member_id, author.name, author.latin_name or author.name))
        return recipients

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
        return ContestCriterion(position=position, name=draft.name.strip(), weight=float(draft.weight),
                                scale_min=float(draft.scale_min), scale_max=float(draft.scale_max),
                                step=float(draft.step), guide=[list(g) for g in draft.guide])

    @staticmethod
    def _check_entry(contest: Contest, draft: EntryDraft) -> None:
        if not draft.code.strip():
            raise DomainError("contest.code_required")
        if len(draft.code.strip()) > 20:
            raise DomainError("contest.code_too_long", code=draft.code.strip())
        if not draft.title.strip():
            raise DomainError("contest.entry_title_required", code=draft.code.strip())
        if contest.categories and draft.category.strip() not in contest.categories:
            raise DomainError("contest.unknown_category", code=draft.code.strip(), category=draft.category,
                              categories=", ".join(contest.categories))

    @staticmethod
    def _apply_entry(entry: ContestEntry, draft: EntryDraft) -> None:
        entry.code = draft.code.strip()
        entry.title = draft.title.strip()
        entry.category = draft.category.strip()
        entry.theme = draft.theme.strip()
        entry.affiliation = draft.affiliation.strip()
        entry.abstract = draft.abstract.strip()
        entry.authors = [ContestAuthor(name=a.name.strip(), latin_name=(a.latin_name or a.name).strip(),
                                       member_id=a.member_id, position=n)
                         for n, a in enumerate(draft.authors) if a.name.strip()]

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
        return list(session.scalars(select(ContestAssignment).join(
            ContestJudge, ContestAssignment.judge_id == ContestJudge.id).where(ContestJudge.contest_id == contest_id)))

    def _pairs(self, session: Session, contest_id: int) -> set[tuple[int, int]]:
        return {(a.judge_id, a.entry_id) for a in self._assignments(session, contest_id)}

    @staticmethod
    def _conflicts(session: Session, contest_id: int) -> set[tuple[int, int]]:
        rows = session.execute(select(ContestConflict.judge_id, ContestConflict.entry_id).join(
            ContestJudge, ContestConflict.judge_id == ContestJudge.id).where(ContestJudge.contest_id == contest_id))
        return {(j, e) for j, e in rows}

    @staticmethod
    def _scored_pairs(session: Session, contest_id: int) -> set[tuple[int, int]]:
        rows = session.execute(select(ContestScore.judge_id, ContestScore.entry_id).join(
            ContestJudge, ContestScore.judge_id == ContestJudge.id).where(ContestJudge.contest_id == contest_id))
        return {(j, e) for j, e in rows}

    def _complete_pairs(self, session: Session, contest: Contest) -> set[tuple[int, int]]:
        needed = len(contest.criteria)
        rows = session.execute(select(ContestScore.judge_id, ContestScore.entry_id, func.count()).join(
            ContestJudge, ContestScore.judge_id == ContestJudge.id).where(ContestJudge.contest_id == contest.id)
            .group_by(ContestScore.judge_id, ContestScore.entry_id))
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
        return {j.id: JudgeRow(j.id, j.contest_id, j.name, j.affiliation, j.member_id, assigned[j.id], done[j.id])
                for j in contest.judges}


def _check_judging_window(contest: Contest, now: datetime | None = None) -> None:
    """Judges score in the app only while judging is open (when the contest sets a window);
    the coordinator's sheet imports are not held to it."""
    moment = now or utc_now()
    if contest.judging_opens is not None and moment < contest.judging_opens:
        raise DomainError("contest.judging_not_open", title=contest.title, opens=f"{contest.judging_opens:%Y-%m-%d %H:%M} UTC")
    if contest.judging_closes is not None and moment > contest.judging_closes:
        raise DomainError("contest.judging_closed", title=contest.title, closes=f"{contest.judging_closes:%Y-%m-%d %H:%M} UTC")


def files_folder(database_url: str) -> Path | None:
    """Where entries' files are kept: a folder beside an SQLite database file (None otherwise)."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    database = Path(url.database)
    return database.parent / f"{database.stem}-contest-files"


def _summary(contest: Contest, entries: int, judges: int) -> ContestSummary:
    criteria = tuple(CriterionRow(c.id, c.position, c.name, c.weight, c.scale_min, c.scale_max, c.step,
                                  tuple((str(level), str(text)) for level, text in c.guide)) for c in contest.criteria)
    return ContestSummary(contest.id, contest.event_id, contest.title, contest.kind, tuple(contest.categories),
                          contest.theme, contest.blind, contest.judging_opens, contest.judging_closes,
                          contest.judges_per_entry, contest.method, contest.tie_criterion_id, contest.locked_at,
                          criteria, entries, judges)


def _entry_row(entry: ContestEntry) -> EntryRow:
    return EntryRow(entry.id, entry.contest_id, entry.code, entry.title, entry.category, entry.theme,
                    entry.affiliation, entry.abstract, tuple(entry.files),
                    tuple(AuthorDraft(a.name, a.latin_name, a.member_id) for a in entry.authors))

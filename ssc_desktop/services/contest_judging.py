"""Judges, who judges what (assignment, conflicts, the matrix and progress) and scoring
with the audit trail (judge mode, phones, judge sheets)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ssc_desktop.db import take_write_lock
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Contest,
    ContestAssignment,
    ContestConflict,
    ContestCriterion,
    ContestEntry,
    ContestJudge,
    ContestScore,
    ContestScoreChange,
    Member,
)
from ssc_desktop.services import audit
from ssc_desktop.services.contest_assignment import EntryKey as AEntry
from ssc_desktop.services.contest_assignment import JudgeKey, eligible, plan_assignment
from ssc_desktop.services.contest_rubrics import hash_pin, on_scale, pin_matches, scale_text
from ssc_desktop.services.contest_records import (
    JUDGE_SOURCES,
    AssignmentReport,
    JudgeRow,
    JudgeWork,
    Matrix,
    ProgressRow,
    ScoreChangeRow,
    SheetScores,
    WorkItem,
    check_judging_window,
    contest_summary,
)
from ssc_desktop.services.contest_store import ContestStore


class ContestJudging(ContestStore):
    # -- judges --------------------------------------------------------------------
    def add_judge(
        self, contest_id: int, name: str, pin: str, affiliation: str = "", member_id: int | None = None
    ) -> JudgeRow:
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
            judge = ContestJudge(
                contest_id=contest_id,
                name=name,
                affiliation=affiliation.strip(),
                pin_hash=pin_hash,
                member_id=member_id,
            )
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
        """The judge, if the PIN is theirs; otherwise contest.wrong_pin (contest.pin_wait once
        there were too many: services.pin_attempts). Each wrong PIN goes in the audit log."""
        key = ("judge", judge_id)
        with self._sessions() as session:
            judge = self._judge(session, judge_id)
            name = judge.name
            wait = self.pin_throttle.wait_seconds(key)
            if wait:
                raise DomainError("contest.pin_wait", name=name, seconds=wait)
            right = judge.contest_id == contest_id and pin_matches(pin, judge.pin_hash)
        if not right:
            in_a_row, wait = self.pin_throttle.failed(key)
            self.note_wrong_pin(judge_id, name, in_a_row, wait)
            if wait:
                raise DomainError("contest.wrong_pin_wait", name=name, tries=in_a_row, seconds=wait)
            raise DomainError("contest.wrong_pin", name=name)
        self.pin_throttle.succeeded(key)
        return self.judge(judge_id)

    def note_wrong_pin(self, judge_id: int, name: str, in_a_row: int, wait: int, desk: str = "") -> None:
        """A wrong PIN in the audit log (never the PIN itself): a guesser is seen, whatever the waits."""
        with self._sessions.begin() as session:
            judge = session.get(ContestJudge, judge_id)
            contest = session.get(Contest, judge.contest_id) if judge is not None else None
            name = name or (judge.name if judge is not None else "")
            what = f"{contest.title if contest else ''}: wrong PIN for {name} ({in_a_row} in a row)"
            if wait:
                what += f"; next try in {wait} s"
            audit.record(
                session, audit.WRONG_PIN, what, desk or self._audit.actor, contest.event_id if contest else None
            )

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
            plan = plan_assignment(
                [JudgeKey(j.id, j.affiliation) for j in contest.judges],
                [AEntry(e.id, e.code, e.affiliation) for e in contest.entries],
                k,
                conflicts,
                kept,
            )
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
            current = session.scalar(
                select(ContestAssignment).where(
                    ContestAssignment.judge_id == judge_id, ContestAssignment.entry_id == entry_id
                )
            )
            if assigned:
                if (judge_id, entry_id) in self._conflicts(session, judge.contest_id):
                    raise DomainError("contest.conflict_declared", judge=judge.name, code=entry.code)
                if current is None:
                    session.add(ContestAssignment(judge_id=judge_id, entry_id=entry_id, manual=True))
            elif current is not None:
                has_scores = session.scalar(
                    select(func.count()).where(ContestScore.judge_id == judge_id, ContestScore.entry_id == entry_id)
                )
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
            for score in session.scalars(
                select(ContestScore).where(ContestScore.judge_id == judge_id, ContestScore.entry_id == entry_id)
            ):
                session.add(
                    ContestScoreChange(
                        contest_id=contest.id,
                        judge_id=judge_id,
                        entry_id=entry_id,
                        criterion_id=score.criterion_id,
                        old_value=f"{score.value:g}",
                        new_value="",
                        changed_by=by or judge.name,
                        source="conflict",
                    )
                )
                session.delete(score)
            session.execute(
                delete(ContestAssignment).where(
                    ContestAssignment.judge_id == judge_id, ContestAssignment.entry_id == entry_id
                )
            )
            session.flush()
            pairs = self._pairs(session, contest.id)
            conflicts = self._conflicts(session, contest.id)
            have = {j for j, e in pairs if e == entry_id}
            load: dict[int, int] = defaultdict(int)
            for j, _e in pairs:
                load[j] += 1
            akey = AEntry(entry.id, entry.code, entry.affiliation)
            options = [
                j
                for j in contest.judges
                if j.id not in have and j.id != judge_id and eligible(JudgeKey(j.id, j.affiliation), akey, conflicts)
            ]
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
                    JudgeKey(judge.id, judge.affiliation), AEntry(entry.id, entry.code, entry.affiliation), set()
                ):
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
            summary = contest_summary(contest, len(contest.entries), len(contest.judges))
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
                items.append(
                    WorkItem(
                        entry.id,
                        entry.code,
                        entry.title,
                        entry.category,
                        "" if contest.blind else ", ".join(a.name for a in entry.authors),
                        "" if contest.blind else entry.affiliation,
                        entry.abstract,
                        dict(own),
                        assignment.comment,
                        criteria_ids <= set(own),
                    )
                )
            items.sort(key=lambda i: i.code)
            judge_row = self._judge_rows(session, contest.id)[judge_id]
            return JudgeWork(summary, judge_row, tuple(items))

    def save_scores(
        self,
        judge_id: int,
        entry_id: int,
        values: dict[int, float],
        comment: str | None = None,
        by: str = "",
        source: str = "app",
    ) -> WorkItem:
        self.save_many([SheetScores(judge_id, entry_id, values, comment)], by=by, source=source)
        return next(i for i in self.judge_work(judge_id).items if i.id == entry_id)

    def save_many(self, sheets: list[SheetScores], by: str = "", source: str = "app") -> int:
        """Saves every score given, all or none; returns how many values changed."""
        return sum(self.save_each(sheets, by, source))

    def save_each(self, sheets: list[SheetScores], by: str = "", source: str = "app") -> list[int]:
        """save_many, telling how many values each sheet changed (in one transaction, all or none)."""
        return [saved.changed for saved in self.save_sheets(sheets, by, source)]

    def save_sheets(self, sheets: list[SheetScores], by: str = "", source: str = "app") -> list[SheetSaved]:
        """save_each, telling also whether each sheet's entry now has all its scores from that judge.

        Fifteen phones' saves come here as one batch (judge_phones' group commit), and the batch
        holds the write lock while it runs: so everything the sheets need is read in a few
        queries up front, nothing is flushed between sheets, and the rows go in at the end in
        one statement per table. (One sheet at a time, with a query or two and an autoflush
        each, took ~2.5 ms a sheet: p99 over 100 ms for 15 judges saving at once.)
        """
        counts: list[int] = []
        audit_rows: list[dict] = []
        with self._sessions.begin() as session:
            # Judges save at the same moment from their phones: taking SQLite's write lock
            # before reading hands it over promptly, instead of SQLite's busy handler
            # oversleeping (100 ms naps) when a read transaction turns into a write.
            take_write_lock(session)
            with session.no_autoflush:
                known = _BatchRows(session, sheets)
                for sheet in sheets:
                    counts.append(self._save_sheet(session, known, sheet, by, source, audit_rows))
            if audit_rows:
                session.execute(audit.AUDIT_INSERT, audit_rows)
            return [SheetSaved(changed, known.complete(sheet)) for sheet, changed in zip(sheets, counts, strict=True)]

    def _save_sheet(
        self, session: Session, known: _BatchRows, sheet: SheetScores, by: str, source: str, audit_rows: list[dict]
    ) -> int:
        changed = 0
        told: list[str] = []  # for the audit log: "Merit 7 → 8"
        judge = known.judges.get(sheet.judge_id) or self._judge(session, sheet.judge_id)
        contest = known.contests.get(judge.contest_id)
        if contest is None:  # read with the batch's judges, so only for safety
            contest = known.contests[judge.contest_id] = self._contest(session, judge.contest_id)
        if contest.locked_at is not None:
            raise DomainError("contest.locked", title=contest.title)
        if source in JUDGE_SOURCES:
            check_judging_window(contest)
        assignment = known.assignments.get((judge.id, sheet.entry_id))
        if assignment is None:
            entry = session.get(ContestEntry, sheet.entry_id)
            raise DomainError("contest.not_assigned", judge=judge.name, code=entry.code if entry else sheet.entry_id)
        criteria = known.criteria(contest)
        # The scores as they stand, including those an earlier sheet of this batch added.
        current = known.scores.setdefault((judge.id, sheet.entry_id), {})
        who = by or judge.name
        for criterion_id, value in sheet.values.items():
            criterion = criteria.get(criterion_id)
            if criterion is None:
                raise NotFoundError("contest.criterion_not_found", criterion_id=criterion_id)
            if value is None:
                continue
            if not on_scale(float(value), criterion.scale_min, criterion.scale_max, criterion.step):
                raise DomainError(
                    "contest.score_off_scale",
                    criterion=criterion.name,
                    value=value,
                    scale=scale_text(criterion.scale_min, criterion.scale_max, criterion.step),
                )
            old = current.get(criterion_id)
            if old is not None and abs(old.value - value) < 1e-9:
                continue
            was = "" if old is None else f"{old.value:g}"
            session.add(
                ContestScoreChange(
                    contest_id=contest.id,
                    judge_id=judge.id,
                    entry_id=sheet.entry_id,
                    criterion_id=criterion_id,
                    old_value=was,
                    new_value=f"{float(value):g}",
                    changed_by=who,
                    source=source,
                )
            )
            if old is None:
                current[criterion_id] = ContestScore(
                    judge_id=judge.id, entry_id=sheet.entry_id, criterion_id=criterion_id, value=float(value)
                )
                session.add(current[criterion_id])
            else:
                old.value = float(value)
            told.append(
                f"{criterion.name} {float(value):g}" if old is None else f"{criterion.name} {was} → {float(value):g}"
            )
            changed += 1
        for criterion_id in sheet.cleared:
            old = current.get(criterion_id)
            if old is None or sheet.values.get(criterion_id) is not None:
                continue
            session.add(
                ContestScoreChange(
                    contest_id=contest.id,
                    judge_id=judge.id,
                    entry_id=sheet.entry_id,
                    criterion_id=criterion_id,
                    old_value=f"{old.value:g}",
                    new_value="",
                    changed_by=who,
                    source=source,
                )
            )
            told.append(
                f"{criteria[criterion_id].name if criterion_id in criteria else criterion_id} {old.value:g} cleared"
            )
            del current[criterion_id]
            if old in session.new:
                session.expunge(old)  # added by an earlier sheet of this batch: never written
            else:
                session.delete(old)
            changed += 1
        if sheet.comment is not None and sheet.comment.strip() != assignment.comment:
            session.add(
                ContestScoreChange(
                    contest_id=contest.id,
                    judge_id=judge.id,
                    entry_id=sheet.entry_id,
                    old_value=assignment.comment,
                    new_value=sheet.comment.strip(),
                    changed_by=who,
                    source=source,
                )
            )
            assignment.comment = sheet.comment.strip()
            told.append("comment changed")
        if told:
            audit_rows.append(
                audit.entry_values(
                    audit.SCORE,
                    f"{contest.title}: {who} on {known.codes.get(sheet.entry_id, '')}: {', '.join(told)}",
                    source if source == "phone" else self._audit.actor,
                    contest.event_id,
                )
            )
        return changed

    def score_changes(self, contest_id: int) -> list[ScoreChangeRow]:
        with self._sessions() as session:
            contest = self._contest(session, contest_id)
            # Keyed by int | None: the change log keeps no foreign keys, and its ids may be empty.
            judges: dict[int | None, str] = {j.id: j.name for j in contest.judges}
            codes: dict[int | None, str] = {e.id: e.code for e in contest.entries}
            names: dict[int | None, str] = {c.id: c.name for c in contest.criteria}
            changes = session.scalars(
                select(ContestScoreChange)
                .where(ContestScoreChange.contest_id == contest_id)
                .order_by(ContestScoreChange.id)
            ).all()
            return [
                ScoreChangeRow(
                    c.id,
                    judges.get(c.judge_id, ""),
                    codes.get(c.entry_id, ""),
                    names.get(c.criterion_id, "comment" if c.entry_id else ""),
                    c.old_value,
                    c.new_value,
                    c.changed_by,
                    c.source,
                    c.changed_at,
                )
                for c in changes
            ]

    def last_score_change(self, contest_id: int) -> int:
        """The id of the contest's newest score change (0: none yet): a cheap way to see that a
        phone, a sheet or another laptop has scored since one last looked."""
        with self._sessions() as session:
            newest = session.scalar(
                select(func.max(ContestScoreChange.id)).where(ContestScoreChange.contest_id == contest_id)
            )
            return int(newest or 0)

    def import_sheets(
        self, contest_id: int, paths: Sequence[str | Path], by: str = "coordinator", keep_cleared: bool = False
    ):  # contest_sheets.SheetImport
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

    def cleared_in_sheets(self, contest_id: int, paths: Sequence[str | Path]):
        """What importing these sheets would remove (scores emptied in them); reads, saves nothing."""
        from ssc_desktop.services.contest_sheets import cleared_scores, read_judge_sheets

        contest = self.get_contest(contest_id)
        works = {j.id: self.judge_work(j.id) for j in self.list_judges(contest_id)}
        return cleared_scores(read_judge_sheets(paths, contest, works), contest, works)


@dataclass(frozen=True)
class SheetSaved:
    changed: int  # how many scores the sheet changed (given, changed or cleared; not the comment)
    complete: bool  # the judge has now scored every criterion of the entry


class _BatchRows:
    """What a batch of sheets reads, in one query each: the judges, their assignments to the
    sheets' entries, the scores given so far and the entries' codes (criteria per contest)."""

    def __init__(self, session: Session, sheets: Sequence[SheetScores]) -> None:
        judges = {s.judge_id for s in sheets}
        entries = {s.entry_id for s in sheets}
        pairs = {(s.judge_id, s.entry_id) for s in sheets}
        # Held here: the session's identity map holds its objects weakly.
        self.judges = {j.id: j for j in session.scalars(select(ContestJudge).where(ContestJudge.id.in_(judges)))}
        self.contests = {
            c.id: c
            for c in session.scalars(
                select(Contest).where(Contest.id.in_({j.contest_id for j in self.judges.values()}))
            )
        }
        self.assignments = {
            (a.judge_id, a.entry_id): a
            for a in session.scalars(
                select(ContestAssignment).where(
                    ContestAssignment.judge_id.in_(judges), ContestAssignment.entry_id.in_(entries)
                )
            )
            if (a.judge_id, a.entry_id) in pairs
        }
        self.scores: dict[tuple[int, int], dict[int, ContestScore]] = defaultdict(dict)
        for score in session.scalars(
            select(ContestScore).where(ContestScore.judge_id.in_(judges), ContestScore.entry_id.in_(entries))
        ):
            if (score.judge_id, score.entry_id) in pairs:
                self.scores[(score.judge_id, score.entry_id)][score.criterion_id] = score
        self.codes: dict[int, str] = {
            entry_id: code
            for entry_id, code in session.execute(
                select(ContestEntry.id, ContestEntry.code).where(ContestEntry.id.in_(entries))
            )
        }
        self._criteria: dict[int, dict[int, ContestCriterion]] = {}

    def complete(self, sheet: SheetScores) -> bool:
        """After the batch: has the sheet's judge scored every criterion of the entry?"""
        judge = self.judges[sheet.judge_id]
        needed = self.criteria(self.contests[judge.contest_id])
        return bool(needed) and set(needed) <= set(self.scores.get((sheet.judge_id, sheet.entry_id), {}))

    def criteria(self, contest: Contest) -> dict[int, ContestCriterion]:
        if contest.id not in self._criteria:
            self._criteria[contest.id] = {c.id: c for c in contest.criteria}
        return self._criteria[contest.id]

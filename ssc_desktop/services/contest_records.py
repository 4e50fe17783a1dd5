"""What the contest services take and give: drafts and rows (frozen dataclasses), the
labels of kinds, methods and places, and the small conversions from the models."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ssc_desktop.errors import DomainError
from ssc_desktop.models import Contest, ContestEntry, ContestKind, utc_now
from ssc_desktop.services import contest_results as cr
from ssc_desktop.services.contest_rubrics import CriterionDraft, on_scale, scale_text
from ssc_desktop.vocabulary import PLACE_NAMES

# Scores a judge enters (in judge mode or from a phone) are held to the judging window;
# the coordinator's sheet imports are not.
JUDGE_SOURCES = ("app", "phone")


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
        return ContestDraft(
            self.title,
            self.kind,
            self.categories,
            self.theme,
            self.blind,
            self.judging_opens,
            self.judging_closes,
            self.judges_per_entry,
        )


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
    values: Mapping[int, float | None]  # None: no score given for that criterion (left as it is)
    comment: str | None = None
    source_file: str = field(default="")
    # Criteria whose score the judge took back (an emptied cell in a sheet): removed on save.
    cleared: tuple[int, ...] = ()


def check_judging_window(contest: Contest, now: datetime | None = None) -> None:
    """Judges score in the app only while judging is open (when the contest sets a window);
    the coordinator's sheet imports are not held to it."""
    moment = now or utc_now()
    if contest.judging_opens is not None and moment < contest.judging_opens:
        raise DomainError(
            "contest.judging_not_open", title=contest.title, opens=f"{contest.judging_opens:%Y-%m-%d %H:%M} UTC"
        )
    if contest.judging_closes is not None and moment > contest.judging_closes:
        raise DomainError(
            "contest.judging_closed", title=contest.title, closes=f"{contest.judging_closes:%Y-%m-%d %H:%M} UTC"
        )


def files_folder(database_url: str) -> Path | None:
    """Where entries' files are kept: a folder beside an SQLite database file (None otherwise)."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    database = Path(url.database)
    return database.parent / f"{database.stem}-contest-files"


def contest_summary(contest: Contest, entries: int, judges: int) -> ContestSummary:
    criteria = tuple(
        CriterionRow(
            c.id,
            c.position,
            c.name,
            c.weight,
            c.scale_min,
            c.scale_max,
            c.step,
            tuple((str(level), str(text)) for level, text in c.guide),
        )
        for c in contest.criteria
    )
    return ContestSummary(
        contest.id,
        contest.event_id,
        contest.title,
        contest.kind,
        tuple(contest.categories),
        contest.theme,
        contest.blind,
        contest.judging_opens,
        contest.judging_closes,
        contest.judges_per_entry,
        contest.method,
        contest.tie_criterion_id,
        contest.locked_at,
        criteria,
        entries,
        judges,
    )


def entry_row(entry: ContestEntry) -> EntryRow:
    return EntryRow(
        entry.id,
        entry.contest_id,
        entry.code,
        entry.title,
        entry.category,
        entry.theme,
        entry.affiliation,
        entry.abstract,
        tuple(entry.files),
        tuple(AuthorDraft(a.name, a.latin_name, a.member_id) for a in entry.authors),
    )

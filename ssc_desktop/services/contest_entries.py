"""Contest entries: adding, editing, importing, their authors and attached files."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ssc_desktop.errors import DomainError
from ssc_desktop.models import Contest, ContestAuthor, ContestEntry
from ssc_desktop.services.contest_records import EntryDraft, EntryRow, entry_row
from ssc_desktop.services.contest_store import ContestStore


class ContestEntries(ContestStore):
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
            entries = session.scalars(
                select(ContestEntry)
                .where(ContestEntry.contest_id == contest_id)
                .options(selectinload(ContestEntry.authors))
                .order_by(ContestEntry.code)
            ).all()
            return [entry_row(e) for e in entries]

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

    @staticmethod
    def _check_entry(contest: Contest, draft: EntryDraft) -> None:
        if not draft.code.strip():
            raise DomainError("contest.code_required")
        if len(draft.code.strip()) > 20:
            raise DomainError("contest.code_too_long", code=draft.code.strip())
        if not draft.title.strip():
            raise DomainError("contest.entry_title_required", code=draft.code.strip())
        if contest.categories and draft.category.strip() not in contest.categories:
            raise DomainError(
                "contest.unknown_category",
                code=draft.code.strip(),
                category=draft.category,
                categories=", ".join(contest.categories),
            )

    @staticmethod
    def _apply_entry(entry: ContestEntry, draft: EntryDraft) -> None:
        entry.code = draft.code.strip()
        entry.title = draft.title.strip()
        entry.category = draft.category.strip()
        entry.theme = draft.theme.strip()
        entry.affiliation = draft.affiliation.strip()
        entry.abstract = draft.abstract.strip()
        entry.authors = [
            ContestAuthor(
                name=a.name.strip(), latin_name=(a.latin_name or a.name).strip(), member_id=a.member_id, position=n
            )
            for n, a in enumerate(draft.authors)
            if a.name.strip()
        ]

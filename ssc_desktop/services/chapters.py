"""Chapters: the country groups of the Sakura Science Club."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.models import Chapter


@dataclass(frozen=True)
class ChapterInfo:
    id: int
    name: str
    short_name: str
    country: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


def _info(chapter: Chapter) -> ChapterInfo:
    return ChapterInfo(chapter.id, chapter.name, chapter.short_name, chapter.country)


class ChapterService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def list_chapters(self) -> list[ChapterInfo]:
        with self._sessions() as session:
            return [_info(c) for c in session.scalars(select(Chapter).order_by(Chapter.name))]

    def find_chapter(self, name: str) -> ChapterInfo | None:
        """A chapter by its name or short name, ignoring case."""
        wanted = name.strip().casefold()
        with self._sessions() as session:
            chapter = session.scalars(
                select(Chapter).where(
                    or_(func.lower(Chapter.name) == wanted, func.lower(Chapter.short_name) == wanted)
                )
            ).first()
            return _info(chapter) if chapter else None

    def ensure_chapter(self, name: str, short_name: str = "", country: str = "") -> tuple[ChapterInfo, bool]:
        """The chapter with this name, created if it does not exist yet; says whether it was created."""
        name = name.strip()
        if not name:
            raise DomainError("chapter.name_required")
        existing = self.find_chapter(name)
        if existing is not None:
            return existing, False
        with self._sessions.begin() as session:
            chapter = Chapter(name=name, short_name=short_name.strip(), country=country.strip())
            session.add(chapter)
            session.flush()
            return _info(chapter), True

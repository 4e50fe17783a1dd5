"""Chapters: the country groups of the Sakura Science Club."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.models import AppSetting, Chapter

HOME_SETTING = "chapters.home"


@dataclass(frozen=True)
class KnownChapter:
    name: str
    short_name: str
    country: str
    timezone: str  # where its reunions usually are: a new event starts in it


# The SSC country chapters a coordinator picks from at first start (any other name can be typed).
KNOWN_CHAPTERS: tuple[KnownChapter, ...] = (
    KnownChapter("SSC Bangladesh", "SSC-BD", "Bangladesh", "Asia/Dhaka"),
    KnownChapter("SSC China", "SSC-CN", "China", "Asia/Shanghai"),
    KnownChapter("SSC India", "ISCA", "India", "Asia/Kolkata"),
    KnownChapter("SSC Indonesia", "SAAI", "Indonesia", "Asia/Jakarta"),
    KnownChapter("SSC Japan", "SSC-JP", "Japan", "Asia/Tokyo"),
    KnownChapter("SSC Malaysia", "MASSA", "Malaysia", "Asia/Kuala_Lumpur"),
    KnownChapter("SSC Myanmar", "SSC-MM", "Myanmar", "Asia/Yangon"),
    KnownChapter("SSC Nepal", "SSCN", "Nepal", "Asia/Kathmandu"),
    KnownChapter("SSC Singapore", "SSC-SG", "Singapore", "Asia/Singapore"),
    KnownChapter("SSC Sri Lanka", "SSCAASL", "Sri Lanka", "Asia/Colombo"),
    KnownChapter("SSC Thailand", "SSC-TH", "Thailand", "Asia/Bangkok"),
    KnownChapter("SSC Vietnam", "SSCV", "Vietnam", "Asia/Ho_Chi_Minh"),
)


def known_chapter(name: str) -> KnownChapter | None:
    wanted = name.strip().casefold()
    return next((c for c in KNOWN_CHAPTERS if wanted in (c.name.casefold(), c.short_name.casefold())), None)


def known_timezone(name: str) -> str | None:
    known = known_chapter(name)
    return known.timezone if known else None


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
                select(Chapter).where(or_(func.lower(Chapter.name) == wanted, func.lower(Chapter.short_name) == wanted))
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

    def set_home_chapter(self, name: str) -> ChapterInfo:
        """The coordinator's own chapter: made if needed; new events and roster imports start in it."""
        known = known_chapter(name)
        chapter, _created = (
            self.ensure_chapter(known.name, known.short_name, known.country) if known else self.ensure_chapter(name)
        )
        with self._sessions.begin() as session:
            row = session.get(AppSetting, HOME_SETTING)
            if row is None:
                session.add(AppSetting(key=HOME_SETTING, value={"chapter_id": chapter.id}))
            else:
                row.value = {"chapter_id": chapter.id}
        return chapter

    def home_chapter(self) -> ChapterInfo | None:
        with self._sessions() as session:
            row = session.get(AppSetting, HOME_SETTING)
            chapter = session.get(Chapter, (row.value or {}).get("chapter_id")) if row is not None else None
            return _info(chapter) if chapter is not None else None

"""Every per-laptop setting, declared once with its key, type and default (as Picard and Vorta do).

These live in QSettings (the registry on Windows, a .conf file elsewhere): they belong to this
laptop and this person, not to the reunion's database. Code reads and writes them only through
the declarations here, so a key is spelled once and a default is decided once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type

    def get(self) -> T:
        if self.kind is object:  # stored as Qt gives it (window geometry and state bytes)
            value = QSettings().value(self.key)
            return self.default if value is None else cast(T, value)
        if self.kind is list:
            value = QSettings().value(self.key, self.default, list)
            return cast(T, list(cast("list[Any]", value) or [])) if value is not None else self.default
        value = QSettings().value(self.key, self.default, self.kind)
        return self.default if value is None else cast(T, value)

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def clear(self) -> None:
        QSettings().remove(self.key)


@dataclass(frozen=True)
class FolderSetting(Setting[str]):
    """A folder a file dialog starts in: the last one used, the home folder at first."""

    def folder(self) -> str:
        return self.get() or str(Path.home())

    def remember_file(self, path: str | Path) -> None:
        self.set(str(Path(path).parent))


def folder_setting(key: str) -> FolderSetting:
    return FolderSetting(key, "", str)


# The interface
LANGUAGE = Setting("ui/language", "", str)  # a languages.SHIPPED code; "" follows the system
FIRST_RUN_DONE = Setting("ui/first_run_done", False, bool)
# View ▸ High contrast: True or False once chosen; None (never chosen) follows the operating system.
HIGH_CONTRAST: Setting[object] = Setting("view/high_contrast", None, object)
HOME_CHAPTER = Setting("ui/chapter", "", str)  # the chapter named at first start, for databases without one

# The main window as it was left
WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", None, object)
WINDOW_STATE: Setting[QByteArray | None] = Setting("window/state", None, object)
WINDOW_AREA = Setting("window/area", 0, int)  # the sidebar row

# Databases and the event in use
LAST_DATABASE = Setting("database/last", "", str)
RECENT_DATABASES: Setting[list[str]] = Setting("database/recent", [], list)
CURRENT_EVENT = Setting("event/current", 0, int)  # 0: none chosen yet

# The door
DESK_NAME = Setting("checkin/station", "", str)  # this laptop's desk name, asked once (no host-name default)
CAMERA_ON = Setting("checkin/camera", True, bool)


def station_list(event_id: int) -> Setting[int]:
    """The check-in list a station last used for one event (0: the main door)."""
    return Setting(f"checkin/list/{event_id}", 0, int)


# Where each kind of file was last written
EXPORTS_FOLDER = folder_setting("exports/folder")
BADGES_FOLDER = folder_setting("badges/folder")
CERTIFICATES_FOLDER = folder_setting("certificates/folder")
CONTESTS_FOLDER = folder_setting("contests/export_folder")
PROGRAMME_FOLDER = folder_setting("programme/export_folder")

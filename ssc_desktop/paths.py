"""Where SSC Desktop keeps its files, and where its bundled resources are."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

_APP_DIR_NAME = "ssc-desktop"
_APP_AUTHOR = "SakuraScienceClub"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(_APP_DIR_NAME, _APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "ssc.sqlite3"


def _resource_candidates() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    candidates = []
    # A PyInstaller build unpacks data next to the frozen modules.
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.append(Path(bundle_root) / "resources")
    # An installed wheel ships resources/ inside the package (see pyproject.toml).
    candidates.append(package_dir / "resources")
    # A source checkout keeps resources/ at the top of the repository.
    candidates.append(package_dir.parent / "resources")
    return candidates


def resources_dir() -> Path:
    """The folder with icons, fonts and sounds, in a checkout, a wheel or a frozen build."""
    for candidate in _resource_candidates():
        if (candidate / "RESOURCES.txt").is_file():
            return candidate
    searched = ", ".join(str(c) for c in _resource_candidates())
    raise FileNotFoundError(f"SSC Desktop resources not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

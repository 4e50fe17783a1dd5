"""Bundled resources and migrations are found in a checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop import paths
from ssc_desktop.db import MIGRATIONS_DIR

REPO_ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
WHEEL_BUDGET_SECONDS = 55  # build + install + run, all told


@pytest.fixture
def not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def test_resources_in_the_source_checkout(not_frozen: None) -> None:
    found = paths.resources_dir()
    assert found == REPO_ROOT / "resources"
    assert (found / "RESOURCES.txt").is_file()
    assert paths.resource_path("RESOURCES.txt") == found / "RESOURCES.txt"


def test_resources_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_MEI12345"
    (bundle / "resources" / "icons").mkdir(parents=True)
    (bundle / "resources" / "RESOURCES.txt").write_text("frozen")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == bundle / "resources"
    assert paths.resource_path("icons", "app.svg") == bundle / "resources" / "icons" / "app.svg"


def test_a_bundle_without_resources_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == REPO_ROOT / "resources"


def test_missing_resources_say_where_they_were_sought(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_package = tmp_path / "site" / "ssc_desktop"
    fake_package.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(fake_package / "paths.py"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    with pytest.raises(FileNotFoundError) as caught:
        paths.resources_dir()
    assert str(fake_package / "resources") in str(caught.value)


def _copy_source(destination: Path) -> Path:
    """The checkout as it is now, without what git ignores, so the build leaves the work tree alone."""
    ignore = shutil.ignore_patterns(
        ".git",
        ".venv",
        "build",
        "dist",
        "*.egg-info",
        "__pycache__",
        ".pytest_cache",
        ".hypothesis",
        "*.sqlite3",
        "*.sqlite3-*",
        "*.partial",
        "tests",
        "bench",
        "docs",
    )
    return Path(shutil.copytree(REPO_ROOT, destination, ignore=ignore))


def _run(command: list[str], deadline: float, **kwargs) -> subprocess.CompletedProcess:
    remaining = deadline - time.monotonic()
    assert remaining > 0, "the wheel test ran out of its time budget"
    done = subprocess.run(command, capture_output=True, text=True, timeout=remaining, **kwargs)
    assert done.returncode == 0, f"{command[:4]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    deadline = time.monotonic() + WHEEL_BUDGET_SECONDS
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_source(work / "src")
    out = work / "dist"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(source)],
        deadline,
        cwd=work,
    )
    [wheel] = out.glob("ssc_desktop-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_ships_resources_and_migrations(built_wheel: Path) -> None:
    with zipfile.ZipFile(built_wheel) as archive:
        names = set(archive.namelist())
    assert "ssc_desktop/resources/RESOURCES.txt" in names
    assert "ssc_desktop/migrations/script.py.mako" in names
    assert "ssc_desktop/migrations/env.py" in names
    for migration in (MIGRATIONS_DIR / "versions").glob("*.py"):
        assert f"ssc_desktop/migrations/versions/{migration.name}" in names
    assert "ssc_desktop/migrations/versions/0001_initial.py" in names
    for resource in (REPO_ROOT / "resources").rglob("*"):
        if resource.is_file():
            relative = resource.relative_to(REPO_ROOT / "resources").as_posix()
            assert f"ssc_desktop/resources/{relative}" in names
    assert not any(n.startswith(("tests/", "resources/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_finds_resources_and_migrates(built_wheel: Path, tmp_path: Path) -> None:
    deadline = time.monotonic() + WHEEL_BUDGET_SECONDS
    venv = tmp_path / "venv"
    # No pip in the new environment: this interpreter's pip installs into it (pip --python),
    # and the dependencies come from this environment through a .pth line, so nothing is downloaded.
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], deadline)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(built_wheel),
        ],
        deadline,
    )
    purelib = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], deadline).stdout.strip()
    )
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    # A plain path line: .pth files there (such as the editable install of this checkout) are not run.
    (purelib / "zz_test_dependencies.pth").write_text("\n".join(sorted(here)) + "\n")

    probe = (
        "import json, sys\n"
        "import ssc_desktop\n"
        "from ssc_desktop.paths import resources_dir\n"
        "from ssc_desktop.db import known_head, open_database, schema_heads, MIGRATIONS_DIR\n"
        "database = open_database('installed.sqlite3')\n"
        "heads = sorted(schema_heads(database.engine))\n"
        "tables = sorted(database.table_names())\n"
        "database.dispose()\n"
        "print(json.dumps({'package': ssc_desktop.__file__, 'resources': str(resources_dir()),\n"
        "    'migrations': str(MIGRATIONS_DIR), 'heads': heads, 'known': known_head(), 'tables': tables,\n"
        "    'qt': sorted(m for m in sys.modules if m.startswith('PySide6'))}))\n"
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = json.loads(_run([str(python), "-c", probe], deadline, cwd=outside, env=env).stdout)

    site = purelib.resolve()
    assert Path(result["package"]).resolve().is_relative_to(site), result["package"]
    resources = Path(result["resources"]).resolve()
    assert resources == site / "ssc_desktop" / "resources"
    assert (resources / "RESOURCES.txt").is_file()
    assert not resources.is_relative_to(REPO_ROOT)
    assert Path(result["migrations"]).resolve().is_relative_to(site)
    assert result["heads"] == [result["known"]]
    assert {"chapters", "members", "events", "registrations", "check_ins"} <= set(result["tables"])
    assert result["qt"] == []
    assert (outside / "installed.sqlite3").is_file()

    version = _run([str(venv / "bin" / "ssc"), "--version"], deadline, cwd=outside, env=env).stdout
    assert version.strip() == f"ssc (SSC Desktop) {ssc_desktop.__version__}"

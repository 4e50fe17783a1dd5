"""The PyInstaller bundle (packaging/ssc-desktop.spec) builds and runs without a Python installation.

Slow (a build takes about half a minute) and needs PyInstaller, so it only runs when asked:

    SSC_TEST_PYINSTALLER=1 .venv/bin/python -m pytest tests/packaging -m slow

The bundle is built with SSC_PYI_SELFCHECK=1, which adds the ssc-selfcheck diagnostic
(packaging/selfcheck.py) next to ssc and ssc-desktop; everything else is the release bundle.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop.db import MIGRATIONS_DIR, known_head

REPO_ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
SPEC = REPO_ROOT / "packaging" / "ssc-desktop.spec"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
BUILD_TIMEOUT_SECONDS = 600

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("SSC_TEST_PYINSTALLER") != "1",
        reason="builds a PyInstaller bundle (~30 s); set SSC_TEST_PYINSTALLER=1 to run",
    ),
]


def _run(command: list[str], timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs)
    assert done.returncode == 0, f"{command} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("SSC_TEST_PYINSTALLER=1 but PyInstaller is not installed: pip install pyinstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "SSC_PYI_SELFCHECK": "1"}
    _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "work"),
            str(SPEC),
        ],
        timeout=BUILD_TIMEOUT_SECONDS,
        cwd=work,
        env=env,
    )
    folder = work / "dist" / "ssc-desktop"
    assert folder.is_dir()
    return folder


def _internal(bundle: Path) -> Path:
    # PyInstaller >= 6 keeps everything but the executables in _internal (sys._MEIPASS).
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def _exe(bundle: Path, name: str) -> str:
    path = bundle / f"{name}{EXE_SUFFIX}"
    assert path.is_file(), f"{path.name} missing from the bundle: {sorted(p.name for p in bundle.iterdir())}"
    return str(path)


def test_bundle_holds_resources_and_migrations(bundle: Path) -> None:
    root = _internal(bundle)
    assert (root / "resources" / "RESOURCES.txt").is_file()
    for icon in (REPO_ROOT / "resources" / "icons").glob("*.svg"):
        assert (root / "resources" / "icons" / icon.name).is_file()
    migrations = root / "ssc_desktop" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert (migrations / "versions" / "0001_initial.py").is_file()
    for version in (MIGRATIONS_DIR / "versions").glob("*.py"):
        assert (migrations / "versions" / version.name).is_file(), f"{version.name} not bundled"


def test_bundle_has_the_svg_plugins_and_no_unused_qt(bundle: Path) -> None:
    plugins = _internal(bundle) / "PySide6" / "Qt" / "plugins"
    if not plugins.is_dir():  # Windows wheels keep plugins at PySide6/plugins
        plugins = _internal(bundle) / "PySide6" / "plugins"
    assert any((plugins / "imageformats").glob("*qsvg*")), "imageformats svg plugin missing"
    assert any((plugins / "iconengines").glob("*qsvgicon*")), "iconengines svg plugin missing"
    names = {p.name.lower() for p in _internal(bundle).rglob("*")}
    for unwanted in ("webengine", "qt6quick", "qt6qml", "qt63d"):
        assert not any(unwanted in n for n in names), f"{unwanted} ended up in the bundle"


def test_frozen_ssc_version(bundle: Path) -> None:
    done = _run([_exe(bundle, "ssc"), "--version"])
    assert done.stdout.strip() == f"ssc (SSC Desktop) {ssc_desktop.__version__}"


def test_frozen_ssc_demo_and_event_list(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "frozen.sqlite3"
    # Outside the checkout, so nothing can be found there by accident.
    done = _run([_exe(bundle, "ssc"), "--db", str(database), "demo", "--json"], cwd=tmp_path)
    summary = json.loads(done.stdout)
    assert summary["database"] == str(database.resolve())
    with sqlite3.connect(database) as connection:
        [(revision,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert revision == known_head(), "the bundle migrated to a different head than the checkout has"

    events = json.loads(
        _run([_exe(bundle, "ssc"), "--db", str(database), "event", "list", "--json"], cwd=tmp_path).stdout
    )
    assert events and any(event["timezone"] == "Asia/Kolkata" for event in events)


def test_frozen_selfcheck(bundle: Path, tmp_path: Path) -> None:
    # PYTHONTZPATH="" hides the system's zoneinfo, so Asia/Kolkata must come from the bundled tzdata.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONTZPATH": ""}
    done = subprocess.run(
        [_exe(bundle, "ssc-selfcheck"), "--db", str(tmp_path / "check.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], json.dumps(report, indent=2) + done.stderr[-3000:]
    assert report["checks"]["resources_dir"]["detail"].startswith(str(_internal(bundle).resolve()))
    # Every feature's error wording made it in (gathered with pkgutil at run time).
    from ssc_desktop import messages

    assert report["checks"]["messages"]["detail"]["codes"] == len(messages.MESSAGES)


def test_frozen_gui_starts_offscreen(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "gui.sqlite3"
    _run([_exe(bundle, "ssc"), "--db", str(database), "demo", "--members", "40"], cwd=tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [_exe(bundle, "ssc-desktop"), "--db", str(database)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(5)
        still_running = process.poll() is None
    finally:
        process.kill()
        stdout, stderr = process.communicate(timeout=30)
    assert still_running, f"ssc-desktop exited with {process.returncode}:\n{stdout[-3000:]}\n{stderr[-3000:]}"
    assert "Traceback" not in stderr, stderr[-3000:]


def test_linux_installer_installs_the_real_bundle(bundle: Path, tmp_path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("packaging/linux/install.sh is the Linux recipe")
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    _run(["bash", str(REPO_ROOT / "packaging" / "linux" / "install.sh"), str(bundle)], env=env)
    done = _run([str(home / ".local" / "bin" / "ssc"), "--version"], env=env)
    assert ssc_desktop.__version__ in done.stdout

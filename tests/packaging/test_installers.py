"""The installer recipes next to the PyInstaller spec: Linux menu entry and installer, Windows Inno
Setup script, macOS disk image. Windows and macOS builds need their own systems; here each recipe is
checked against what the spec really produces."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import ssc_desktop

REPO = Path(ssc_desktop.__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
SPEC = (PACKAGING / "ssc-desktop.spec").read_text(encoding="utf-8")


def test_the_spec_makes_the_programs_the_installers_name() -> None:
    names = set(re.findall(r'name="([^"]+)"', SPEC))
    assert {"ssc-desktop", "ssc", "SSC Desktop.app"} <= names


def test_linux_menu_entry() -> None:
    desktop = PACKAGING / "linux" / "ssc-desktop.desktop"
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "SSC Desktop"
    assert section["Exec"].split()[0] == "ssc-desktop" and section["Icon"] == "ssc-desktop"
    assert section["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_linux_install_script_installs_and_uninstalls_a_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in ("ssc-desktop", "ssc"):
        program = bundle / name
        program.write_text(f"#!/bin/sh\necho {name} 0.1.0\n")
        program.chmod(0o755)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    script = PACKAGING / "linux" / "install.sh"
    done = subprocess.run(["bash", str(script), str(bundle)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert (
        subprocess.run([str(home / ".local" / "bin" / "ssc")], capture_output=True, text=True).stdout.strip()
        == "ssc 0.1.0"
    )
    menu = (home / ".local" / "share" / "applications" / "ssc-desktop.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/opt/ssc-desktop/ssc-desktop %f" in menu
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "ssc-desktop.png").is_file()
    done = subprocess.run(["bash", str(script), "--uninstall"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and not (home / ".local" / "opt" / "ssc-desktop").exists()


def test_linux_install_script_says_what_to_do_without_a_bundle(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run(
        ["bash", str(PACKAGING / "linux" / "install.sh"), str(tmp_path / "none")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 1 and "packaging/build.sh" in done.stderr


def test_windows_installer_script_points_at_the_bundle_and_icon() -> None:
    script = (PACKAGING / "windows" / "ssc-desktop.iss").read_text(encoding="utf-8")
    assert '#define Bundle "..\\dist\\ssc-desktop"' in script
    assert "{app}\\ssc-desktop.exe" in script
    assert (PACKAGING / "icons" / "app.ico").is_file() and "SetupIconFile=..\\icons\\app.ico" in script
    assert "PrivilegesRequired=lowest" in script  # coordinators' laptops often have no admin rights
    version = re.search(r'__version__ = "(.+?)"', (REPO / "ssc_desktop" / "__init__.py").read_text()).group(1)
    assert f'#define AppVersion "{version}"' in script


@pytest.mark.parametrize("script", ["linux/install.sh", "macos/make-dmg.sh", "build.sh"])
def test_shell_recipes_parse(script: str) -> None:
    done = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_macos_recipe_refuses_politely_off_a_mac(tmp_path: Path) -> None:
    done = subprocess.run(["bash", str(PACKAGING / "macos" / "make-dmg.sh"), "0.1.0"], capture_output=True, text=True)
    assert done.returncode == 1
    assert "build.sh" in done.stderr or "hdiutil" in done.stderr

"""End to end at the door: a real ssc-desktop under Xvfb, keys typed by the X server.

Starts a virtual X display, then `ssc-desktop --db DEMO --station ID --desk "Door A"`
as its own process on it (Qt's xcb platform, as on a laptop), and types ticket codes
with xdotool without clicking anything: the station must be ready for a scanner the
moment it opens. Each check-in is read back from the database file.

Then the X keymap is switched to other countries' layouts (setxkbmap) and the codes are
sent as a US-layout scanner sends them: the US keys' keycodes with Shift for capitals,
which the X server turns into characters with the local layout, exactly as a laptop
with that layout does. That checks services.scanner_layouts against the real layout
tables (xkb-data), not only against the tables written in the tests.

Skips (with the reason) where Xvfb or xdotool is missing; CI gets them from
scripts/install-system-deps.sh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationStatus

pytestmark = pytest.mark.x11

REUNION = "3rd SSC India Reunion"
TIMEOUT_S = 30
SCREEN = (1366, 768)

# evdev keycodes of the keys a US scanner presses (the rows of a US keyboard).
US_KEY_ROWS = [("1234567890", 10), ("qwertyuiop", 24), ("asdfghjkl;", 38), ("zxcvbnm,./", 52)]
RETURN_KEYCODE = 36


def us_scanner_keys(code: str) -> list[str]:
    """xdotool key arguments for code as a US-layout scanner sends it: keycodes, Shift for capitals."""
    keys = []
    for char in code:
        keycode = next(first + row.index(char.lower()) for row, first in US_KEY_ROWS if char.lower() in row)
        keys.append(f"shift+{keycode}" if char.isupper() else str(keycode))
    return keys


class Display:
    """An Xvfb display of its own (a free number picked by Xvfb itself), gone after close()."""

    def __init__(self, log: Path) -> None:
        read, write = os.pipe()
        self.log = log.open("wb")
        # -noreset: keep the keymap setxkbmap loads (the server resets it when its last client leaves).
        self.process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{SCREEN[0]}x{SCREEN[1]}x24",
                "-noreset",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write,),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        os.close(write)
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            self.close()
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
        self.name = f":{number}"

    def run(self, *args: str, timeout: float = TIMEOUT_S) -> subprocess.CompletedProcess:
        return subprocess.run(
            args, env={**os.environ, "DISPLAY": self.name}, capture_output=True, text=True, timeout=timeout, check=False
        )

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.log.close()


def wait_for(condition, what: str, process: subprocess.Popen, log: Path, timeout: float = TIMEOUT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        if process.poll() is not None:
            pytest.fail(f"ssc-desktop ended (exit {process.returncode}) while waiting for {what}:\n{tail(log)}")
        time.sleep(0.1)
    pytest.fail(f"timed out after {timeout} s waiting for {what}; ssc-desktop said:\n{tail(log)}")


def tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else "(no log)"


def station_window(display: Display) -> str | None:
    """The station window's id once it covers the screen (so the pointer, and the keys, are over it)."""
    found = display.run("xdotool", "search", "--name", "Check-in station")
    for window in found.stdout.split():
        geometry = display.run("xdotool", "getwindowgeometry", window).stdout
        if f"{SCREEN[0]}x{SCREEN[1]}" in geometry:
            return window
    return None


@pytest.fixture
def door(demo_copy, tmp_path):
    """ssc-desktop running its station on a display of its own (a Door)."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: xvfb, xdotool; scripts/install-system-deps.sh)")
    context = app_module.compose(demo_copy)
    services = context.services
    event = next(e for e in services.events.list_events() if e.title == REUNION)
    people = [
        (row, services.tickets.code_for(row.id))
        for row in services.registrations.list_registrations(event.id)
        if row.status == RegistrationStatus.REGISTERED and row.checked_in_at is None
    ]
    context.close()  # the app gets the file to itself; the test reads it again afterwards

    display = Display(tmp_path / "xvfb.log")
    process = None
    try:
        env = {
            **os.environ,
            "DISPLAY": display.name,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(Path(ssc_desktop.__file__).resolve().parent.parent),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        }
        log = tmp_path / "ssc-desktop.log"
        app_log = log.open("wb")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ssc_desktop",
                "--db",
                str(demo_copy),
                "--station",
                str(event.id),
                "--desk",
                "Door A",
            ],
            env=env,
            stdout=app_log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        window = wait_for(lambda: station_window(display), "the station window", process, log)
        # The keys go where X's focus is: wait (no click) until the station has it, as a desk does
        # before the first badge is scanned; on a loaded machine the focus comes a moment after the map.
        wait_for(
            lambda: display.run("xdotool", "getwindowfocus").stdout.strip() == window,
            "the keyboard focus on the station",
            process,
            log,
        )
        reader = app_module.compose(demo_copy)
        try:
            yield Door(display, process, log, reader.services, people)
        finally:
            reader.close()
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        display.close()


@dataclass
class Door:
    display: Display
    process: subprocess.Popen
    log: Path
    services: object
    people: list  # (registration row, ticket code) of people not checked in yet

    def wait_for_check_in(self, row, what: str) -> None:
        wait_for(lambda: checked_in(self.services, row), what, self.process, self.log)


def checked_in(services, row) -> bool:
    saved = services.registrations.get_registration(row.id)
    return saved.checked_in_at is not None and saved.station == "Door A"


def test_scanner_typed_code_checks_in_at_the_door_without_a_click(door):
    ((person, code),) = door.people[:1]
    # xdotool types capitals as a US scanner does: Shift press, key, Shift release.
    assert door.display.run("xdotool", "type", "--delay", "5", code).returncode == 0
    assert door.display.run("xdotool", "key", "Return").returncode == 0
    door.wait_for_check_in(person, f"{person.latin_name} checked in")


def test_scanner_set_to_send_no_suffix_checks_in_too(door):
    ((person, code),) = door.people[1:2]
    # The code and then nothing: the pause after the burst ends the scan.
    assert door.display.run("xdotool", "type", "--delay", "5", code).returncode == 0
    door.wait_for_check_in(person, f"{person.latin_name} checked in by a scanner with no suffix")


# setxkbmap arguments, and which codes to prefer: ones with the keys where the layout differs most.
LAYOUTS = [
    (["-layout", "fr"], lambda code: True),
    (["-layout", "be"], lambda code: "6" in code or "8" in code),  # where Belgian differs from French
    (["-layout", "de"], lambda code: "Y" in code or "Z" in code),
    (["-layout", "ch"], lambda code: "Y" in code or "Z" in code),
    (["-layout", "jp", "-variant", "kana"], lambda code: True),
]


def test_us_scanner_on_other_keyboard_layouts_still_checks_in(door):
    if shutil.which("setxkbmap") is None:
        pytest.skip("setxkbmap is not installed (Debian: x11-xkb-utils)")
    remaining = list(door.people[1:])
    for layout, preferred in LAYOUTS:
        person, code = next((pair for pair in remaining if preferred(pair[1])), remaining[0])
        remaining.remove((person, code))
        switched = door.display.run("setxkbmap", *layout)
        assert switched.returncode == 0, switched.stderr
        assert (
            door.display.run("xdotool", "key", "--delay", "5", *us_scanner_keys(code), str(RETURN_KEYCODE)).returncode
            == 0
        )
        door.wait_for_check_in(person, f"{code} checked in with the {' '.join(layout)} keymap")

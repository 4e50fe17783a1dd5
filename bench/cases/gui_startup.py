"""gui_startup: cold start of the GUI to the first shown window (offscreen).

Each run is a fresh interpreter. The app child runs ssc_desktop.app.main() itself
(on a prepared demo database, with its own XDG config/data dirs); the raw child shows
a plain QMainWindow holding a QTableView. In both, the shown QMainWindow is watched
for its first UpdateRequest and a 0 ms timer started from it records the time and
quits, so exec() returns once the first frame is painted. (A singleShot(0, quit)
scheduled before exec() fires *before* that first paint on the offscreen platform,
so it would leave the paint out; its time is kept as "first_pass".)
The figure is the time from just before the parent spawns the child to the end of
that first paint (clock shared across processes: time.monotonic), median of RUNS.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.core import Figure, Options, child_env, median, run_child

DESCRIPTION = "cold start to first shown window"
RUNS = 5
TARGET_S = 1.5

_HEAD = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
seen = {}

def first_frame_done():
    seen.setdefault("painted_at", time.monotonic())
    seen["windows"] = sum(1 for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
    app.quit()

class FirstFrame(QObject):
    # The window's first UpdateRequest paints and flushes the whole window; a 0 ms
    # timer started from it fires once that paint is over.
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest and "painted_at" not in seen and not seen.get("armed"):
            seen["armed"] = True
            QTimer.singleShot(0, first_frame_done)
        return False

watcher = FirstFrame()
_show = QMainWindow.show
def show_and_watch(window):
    window.installEventFilter(watcher)
    _show(window)
QMainWindow.show = show_and_watch

def first_pass():
    seen["first_pass_at"] = time.monotonic()
QTimer.singleShot(0, first_pass)  # exec()'s first pass: window shown, not painted yet
QTimer.singleShot(10000, app.quit)  # never hang if no frame comes
"""

_TAIL = """
spawned_at = float(os.environ["BENCH_SPAWNED_AT"])
print(json.dumps({"elapsed": seen.get("painted_at", spawned_at) - spawned_at, "rc": rc,
                  "first_pass": seen.get("first_pass_at", spawned_at) - spawned_at,
                  "windows": seen.get("windows", 0)}), flush=True)
"""

APP_CHILD = (
    _HEAD
    + """
from ssc_desktop.app import main
rc = main(["--db", os.environ["BENCH_DB"]])
"""
    + _TAIL
)

RAW_CHILD = (
    _HEAD
    + """
from PySide6.QtWidgets import QTableView
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
rc = app.exec()
"""
    + _TAIL
)


def _one_run(script: str, env: dict[str, str]) -> tuple[float, float]:
    env = dict(env)
    spawned_at = time.monotonic()
    env["BENCH_SPAWNED_AT"] = repr(spawned_at)
    result = run_child(["-c", script], env, timeout=120)
    wall = time.monotonic() - spawned_at
    if result["rc"] != 0 or result["windows"] < 1 or result["elapsed"] <= 0:
        raise RuntimeError(f"startup child did not show its window: {result}")
    return result["elapsed"], wall


def run(options: Options) -> list[Figure]:
    from ssc_desktop.app import create_demo

    work = Path(tempfile.mkdtemp(prefix="gui_startup-", dir=options.workdir))
    db = work / "demo.sqlite3"
    context, _summary = create_demo(db)
    context.close()
    env = child_env(work / "config", work / "data")
    env["BENCH_DB"] = str(db)

    # The same start in Japanese: the system's language is followed, so its translations (the
    # app's and Qt's own) are loaded before the window is built.
    japanese = {**env, "LANG": "ja_JP.UTF-8", "LANGUAGE": "ja", "LC_ALL": ""}

    # One warm-up of each (page cache, .pyc files), then alternate so drift hits all alike.
    _one_run(APP_CHILD, env)
    _one_run(APP_CHILD, japanese)
    _one_run(RAW_CHILD, env)
    app_runs, ja_runs, raw_runs, app_walls, raw_walls = [], [], [], [], []
    for number in range(RUNS):
        elapsed, wall = _one_run(APP_CHILD, env)
        app_runs.append(elapsed)
        app_walls.append(wall)
        ja_runs.append(_one_run(APP_CHILD, japanese)[0])
        elapsed, wall = _one_run(RAW_CHILD, env)
        raw_runs.append(elapsed)
        raw_walls.append(wall)
        options.log(
            f"  gui_startup run {number + 1}/{RUNS}: app {app_runs[-1]:.3f} s, in Japanese "
            f"{ja_runs[-1]:.3f} s, raw {raw_runs[-1]:.3f} s"
        )
    return [
        Figure(
            "gui_startup",
            "first_window_translated_s",
            DESCRIPTION + ", in Japanese",
            median(ja_runs),
            "s",
            TARGET_S,
            raw=median(raw_runs),
            raw_label="raw PySide6 QMainWindow",
            note=f"median of {RUNS}; the app's and Qt's Japanese translations loaded",
        ),
        Figure(
            "gui_startup",
            "first_window_s",
            DESCRIPTION,
            median(app_runs),
            "s",
            TARGET_S,
            raw=median(raw_runs),
            raw_label="raw PySide6 QMainWindow",
            note=f"median of {RUNS}; spawn to exit {median(app_walls):.2f} s vs raw {median(raw_walls):.2f} s",
        ),
    ]

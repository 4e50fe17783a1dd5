"""members_view: the Members page over N members (default 30,000).

Measured in a fresh offscreen process per side, so memory figures are the app's own:
  app side: MemberService.list_members() (load), MembersPage.set_members() until the
            table has painted (first paint), typing searches one character at a time
            (each keystroke: setText until the table's viewport has painted), VmRSS / VmHWM.
  raw side: sqlite3 fetchall of the same columns, a minimal QAbstractTableModel over
            the tuples in a plain QTableView (first paint), QSortFilterProxyModel
            .setFilterFixedString per keystroke, and a plain list comprehension over
            the same search keys (matching only).
run_in_process() does both sides in the calling process (for the smoke test).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.core import Figure, Options, child_env, median, memory_mb, now, percentile, run_child

DESCRIPTION = "members page over N members: load, first paint, filter-as-you-type, memory"
SEARCHES = ["nguyen van", "sharma", "山田", "iit"]
TYPING_ROUNDS = 2  # each search typed this many times: 2 x 21 keystrokes
FIRST_PAINT_TARGET_MS = 300.0
KEYSTROKE_TARGET_MS = 50.0
MEMORY_TARGET_MB = 250.0
PAGE_SIZE = (1070, 720)  # the members page inside a 1280x800 main window
RAW_VIEW_SIZE = (800, 600)  # about the page's table, next to its details pane

# The columns MemberService.list_members() reads, in its order (raw side, plain sqlite3).
RAW_SQL = """
SELECT m.id, m.chapter_id, c.name, m.latin_name, m.native_name, m.email, m.country, m.affiliation,
       m.visit_year, m.host_institution, m.gender, m.phone, m.search_key
FROM members AS m LEFT OUTER JOIN chapters AS c ON c.id = m.chapter_id
ORDER BY m.latin_name, m.id
"""
# Shown columns as the members page shows them: name, own script, chapter, country,
# affiliation, visit, e-mail; then the search key, hidden, for the raw filter.
RAW_SHOWN = (3, 4, 2, 6, 7, 8, 5)
RAW_KEY = 12


# -- preparing the database -------------------------------------------------------
def prepare_database(path: Path, count: int) -> float:
    """A database at path holding count generated members in the demo chapters; returns seconds."""
    from ssc_desktop.app import compose
    from ssc_desktop.services.demo import CHAPTERS, generate_members

    started = now()
    context = compose(path)
    try:
        chapter_ids = {}
        for country, (name, short, country_name) in CHAPTERS.items():
            chapter, _ = context.services.chapters.ensure_chapter(name, short, country_name)
            chapter_ids[country] = chapter.id
        context.services.members.add_members(generate_members(count, chapter_ids=chapter_ids))
    finally:
        context.close()
    return now() - started


# -- shared helpers ------------------------------------------------------------------
def _settle(app, widget) -> None:
    from PySide6.QtTest import QTest

    widget.show()
    QTest.qWaitForWindowExposed(widget, 5000)
    for _ in range(3):
        app.processEvents()


class _PaintWatch:
    """Counts the paint events a widget receives, so a figure can wait for one paint
    without painting twice: paint_now() repaints only if processEvents() did not."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        watch = self

        class _Filter(QObject):
            def eventFilter(self, watched, event) -> bool:  # noqa: N802
                if event.type() == paint:
                    watch.count += 1
                return False

        self.count = 0
        self.widget = widget
        self._filter = _Filter()
        widget.installEventFilter(self._filter)

    def paint_now(self, app, since: int) -> None:
        app.processEvents()
        if self.count == since:
            self.widget.repaint()

    def remove(self) -> None:
        self.widget.removeEventFilter(self._filter)


def _prefixes(search: str) -> list[str]:
    return [search[:length] for length in range(1, len(search) + 1)]


def _typing() -> list[str]:
    return [search for _ in range(TYPING_ROUNDS) for search in SEARCHES]


def _type_searches(app, paints: _PaintWatch, set_filter, shown_rows, match_ids):
    """Types each search a letter at a time; per keystroke, the time from the new filter to
    the repainted view, and apart from it the time to match ids alone. Gives (keystroke ms,
    matching ms, rows shown per search)."""
    keystrokes: list[float] = []
    matching: list[float] = []
    found: dict[str, int] = {}
    for search in _typing():
        for prefix in _prefixes(search):
            started = now()
            before = paints.count
            set_filter(prefix)
            paints.paint_now(app, before)
            keystrokes.append((now() - started) * 1000)
            started = now()
            match_ids(prefix)
            matching.append((now() - started) * 1000)
        found[search] = shown_rows()
        set_filter("")
        app.processEvents()
    return keystrokes, matching, found


def _measured(
    rows: int,
    load_ms: float,
    first_paint_ms: float,
    keystrokes: list[float],
    matching: list[float],
    found: dict[str, int],
    loaded_memory: dict,
    peak: dict,
) -> dict[str, Any]:
    return {
        "rows": rows,
        "load_ms": load_ms,
        "first_paint_ms": first_paint_ms,
        "keystroke_ms": keystrokes,
        "matching_ms": matching,
        "found": found,
        "rss_mb": loaded_memory.get("VmRSS"),
        "hwm_mb": peak.get("VmHWM"),
    }


# -- app side ------------------------------------------------------------------------------
def measure_app(db: Path, app) -> dict[str, Any]:
    from ssc_desktop.app import compose
    from ssc_desktop.services.members import matching_member_ids
    from ssc_desktop.views.pages.members_page import MembersPage
    from ssc_desktop.views.task_runner import TaskRunner
    from ssc_desktop.views.theme import apply_theme

    apply_theme(app)
    context = compose(db)
    try:
        started = now()
        rows = context.services.members.list_members()
        load_ms = (now() - started) * 1000

        tasks = TaskRunner()
        page = MembersPage(tasks)
        page.resize(*PAGE_SIZE)
        _settle(app, page)
        paints = _PaintWatch(page.table.viewport())

        started = now()
        before = paints.count
        page.set_members(rows)
        paints.paint_now(app, before)
        first_paint_ms = (now() - started) * 1000
        if page.proxy.rowCount() != len(rows):
            raise RuntimeError(f"members page shows {page.proxy.rowCount()} of {len(rows)} rows")
        loaded_memory = memory_mb()

        keystrokes, matching, found = _type_searches(
            app,
            paints,
            lambda text: page.search.setText(text),
            lambda: page.proxy.rowCount(),
            lambda prefix: matching_member_ids(rows, prefix),
        )
        peak = memory_mb()
        paints.remove()
        page.close()
        page.deleteLater()
        app.processEvents()
        tasks.wait_for_all(5000)
        return _measured(len(rows), load_ms, first_paint_ms, keystrokes, matching, found, loaded_memory, peak)
    finally:
        context.close()


# -- raw side --------------------------------------------------------------------------------
def measure_raw(db: Path, app) -> dict[str, Any]:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QTableView

    display = Qt.ItemDataRole.DisplayRole
    columns = (*RAW_SHOWN, RAW_KEY)

    class RawModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple] = []

        def set_rows(self, rows: list[tuple]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(columns)

        def data(self, index, role=display):
            if role == display:
                value = self.rows[index.row()][columns[index.column()]]
                return "" if value is None else str(value)
            return None

    connection = sqlite3.connect(db)
    try:
        started = now()
        rows = connection.execute(RAW_SQL).fetchall()
        load_ms = (now() - started) * 1000
    finally:
        connection.close()

    model = RawModel()
    view = QTableView()
    view.setModel(model)
    view.setColumnHidden(len(columns) - 1, True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.resize(*RAW_VIEW_SIZE)
    _settle(app, view)
    paints = _PaintWatch(view.viewport())

    started = now()
    before = paints.count
    model.set_rows(rows)
    paints.paint_now(app, before)
    first_paint_ms = (now() - started) * 1000
    loaded_memory = memory_mb()

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(len(columns) - 1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    view.setColumnHidden(len(columns) - 1, True)
    paints.paint_now(app, paints.count)

    keys = [row[RAW_KEY] for row in rows]
    keystrokes, matching, found = _type_searches(
        app,
        paints,
        lambda text: proxy.setFilterFixedString(text.casefold()),
        lambda: proxy.rowCount(),
        lambda prefix: [index for index, key in enumerate(keys) if prefix.casefold() in key],
    )
    peak = memory_mb()
    paints.remove()
    view.close()
    view.deleteLater()
    app.processEvents()
    return _measured(len(rows), load_ms, first_paint_ms, keystrokes, matching, found, loaded_memory, peak)


# -- figures ---------------------------------------------------------------------------------
def figures(ours: dict[str, Any], raw: dict[str, Any], count: int, memory_note: str = "") -> list[Figure]:
    n = f"{count:,}"
    keys = TYPING_ROUNDS * sum(len(s) for s in SEARCHES)
    searches = ", ".join(repr(s) for s in SEARCHES)
    return [
        Figure(
            "members_view",
            "load_ms",
            f"load {n} members (list_members)",
            ours["load_ms"],
            "ms",
            raw=raw["load_ms"],
            raw_label="raw sqlite3 fetchall",
        ),
        Figure(
            "members_view",
            "first_paint_ms",
            "first paint after set_members",
            ours["first_paint_ms"],
            "ms",
            FIRST_PAINT_TARGET_MS,
            raw=raw["first_paint_ms"],
            raw_label="raw QAbstractTableModel+QTableView",
        ),
        Figure(
            "members_view",
            "keystroke_median_ms",
            "filter keystroke, median",
            median(ours["keystroke_ms"]),
            "ms",
            KEYSTROKE_TARGET_MS,
            raw=median(raw["keystroke_ms"]),
            raw_label="raw QSortFilterProxyModel",
            note=f"{keys} keys: {searches} typed {TYPING_ROUNDS}x",
        ),
        Figure(
            "members_view",
            "keystroke_p95_ms",
            "filter keystroke, p95",
            percentile(ours["keystroke_ms"], 0.95),
            "ms",
            KEYSTROKE_TARGET_MS,
            raw=percentile(raw["keystroke_ms"], 0.95),
            raw_label="raw QSortFilterProxyModel",
        ),
        Figure(
            "members_view",
            "matching_median_ms",
            "  of which matching ids, median",
            median(ours["matching_ms"]),
            "ms",
            raw=median(raw["matching_ms"]),
            raw_label="raw list comprehension",
            note="matching_member_ids alone, timed apart",
        ),
        Figure(
            "members_view",
            "rss_mb",
            "resident memory after loading (VmRSS)",
            ours["rss_mb"],
            "MB",
            MEMORY_TARGET_MB,
            raw=raw["rss_mb"],
            raw_label="raw PySide6+sqlite3 process",
            note=memory_note,
        ),
        Figure(
            "members_view",
            "hwm_mb",
            "peak resident memory (VmHWM)",
            ours["hwm_mb"],
            "MB",
            MEMORY_TARGET_MB,
            raw=raw["hwm_mb"],
            raw_label="raw PySide6+sqlite3 process",
        ),
    ]


def _check(ours: dict[str, Any], raw: dict[str, Any], count: int) -> None:
    if ours["rows"] != count or raw["rows"] != count:
        raise RuntimeError(f"expected {count} members, app loaded {ours['rows']}, raw {raw['rows']}")


def run(options: Options) -> list[Figure]:
    count = options.members
    work = Path(tempfile.mkdtemp(prefix="members_view-", dir=options.workdir))
    db = work / "members.sqlite3"
    seconds = prepare_database(db, count)
    options.log(f"  members_view: prepared {count:,} members in {seconds:.1f} s")
    env = child_env(work / "config", work / "data")
    ours = run_child(["-m", "bench.cases.members_view", "--side", "app", "--db", str(db)], env)
    options.log(f"  members_view: app side done (found {ours['found']})")
    raw = run_child(["-m", "bench.cases.members_view", "--side", "raw", "--db", str(db)], env)
    options.log(f"  members_view: raw side done (found {raw['found']})")
    _check(ours, raw, count)
    return figures(ours, raw, count, memory_note="each side in its own process")


def run_in_process(count: int, workdir: Path, app) -> list[Figure]:
    """Both sides in this process, on an existing QApplication (memory figures then include the caller)."""
    db = Path(workdir) / "members.sqlite3"
    prepare_database(db, count)
    style_sheet, font, style = app.styleSheet(), app.font(), app.style().name()
    try:
        ours = measure_app(db, app)
    finally:
        app.setStyleSheet(style_sheet)
        app.setFont(font)
        app.setStyle(style)
    raw = measure_raw(db, app)
    _check(ours, raw, count)
    return figures(ours, raw, count, memory_note="in-process: includes the caller")


def _child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.cases.members_view")
    parser.add_argument("--side", choices=["app", "raw"], required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication(["bench-members-view"])
    measure = measure_app if args.side == "app" else measure_raw
    print(json.dumps(measure(Path(args.db), app)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))

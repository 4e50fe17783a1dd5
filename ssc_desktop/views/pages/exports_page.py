"""Exports: what the coordinator sends after the reunion — the attendance sheet, the paper
sign-in sheet (also the backup before the doors open) and the roster.

Every export runs off the GUI thread behind a progress dialog with Cancel and writes a
temporary file that is renamed into place only at the end.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services.attendance import AttendanceRows, AttendanceSummary
from ssc_desktop.views import settings
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.labels import date_text, error_text, fill, warnings_text
from ssc_desktop.views.pages.base import Page, card, figure, scrolling_body
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.questions import ask_yes_no
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner
from ssc_desktop.views.result_line import ResultLine, Tone


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in text).strip() or "export"


class ExportsPage(ProgressHost, Page):
    shows = frozenset({Kind.REGISTRATIONS, Kind.CHECK_INS, Kind.MEMBERS, Kind.PROGRAMME})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Exports"))
        self.last_written: Path | None = None
        self._session_ids: list[int] = []
        self.summary: AttendanceSummary | None = None
        self._generation = 0

        body = scrolling_body(self)  # the cards scroll on a low screen; the result line stays in view
        figures, figures_layout = card()
        row = QHBoxLayout()
        row.setSpacing(40)
        boxes = [
            figure("–", self.tr("registered")),
            figure("–", self.tr("came")),
            figure("–", self.tr("no-shows")),
            figure("–", self.tr("attendance rate")),
            figure("–", self.tr("on site")),
            figure("–", self.tr("online")),
            figure("–", self.tr("walk-ins")),
        ]
        self.registered, self.attended, self.no_shows, self.rate, self.on_site, self.online, self.walk_ins = (
            value for _box, value in boxes
        )
        for box, _value in boxes:
            row.addWidget(box)
        row.addStretch(1)
        figures_layout.addLayout(row)
        self.lists_label = QLabel()
        self.lists_label.setObjectName("PageHint")
        self.lists_label.setWordWrap(True)
        figures_layout.addWidget(self.lists_label)
        body.addWidget(figures)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self._attendance_card(), 0, 0)
        grid.addWidget(self._signin_card(), 0, 1)
        grid.addWidget(self._online_card(), 1, 0)
        grid.addWidget(self._roster_card(), 1, 1)
        body.addLayout(grid)
        body.addStretch(1)

        result = QHBoxLayout()
        self.result_label = ResultLine()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_last)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(lambda: self._open(self.last_written.parent) if self.last_written else None)
        result.addWidget(self.result_label, 1)
        result.addWidget(self.open_button)
        result.addWidget(self.folder_button)
        self.layout_.addLayout(result)
        self._update_buttons()

    # -- construction ------------------------------------------------------------------------
    def _attendance_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Attendance sheet (.xlsx)")))
        layout.addWidget(
            _hint(
                self.tr(
                    "One row per registration with both names, chapter, country, affiliation, role, "
                    "check-in and check-out times in the event's time zone, and a column per "
                    "check-in list; a summary sheet by role, country, affiliation, gender and "
                    "arrival hour."
                )
            )
        )
        self.rows_choice = QButtonGroup(self)
        choices = QVBoxLayout()
        for rows, text in (
            (AttendanceRows.ALL, self.tr("All registrations")),
            (AttendanceRows.ATTENDED, self.tr("Only those who came")),
            (AttendanceRows.NO_SHOWS, self.tr("Only no-shows (registered, did not come)")),
        ):
            button = QRadioButton(text)
            button.setProperty("rows", rows.value)
            self.rows_choice.addButton(button)
            choices.addWidget(button)
            button.setChecked(rows is AttendanceRows.ALL)
        layout.addLayout(choices)
        self.attendance_button = QPushButton(self.tr("Save attendance sheet…"))
        self.attendance_button.setObjectName("Primary")
        self.attendance_button.clicked.connect(self.choose_attendance)
        layout.addWidget(self.attendance_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return frame

    def _signin_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Paper sign-in sheet (PDF)")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Everyone registered, A to Z, with their name in their own script and a "
                    "signature column; the event and page numbers on every page. Print it before "
                    "the doors open: it is the backup when the laptop fails."
                )
            )
        )
        self.signin_button = QPushButton(self.tr("Save sign-in sheet…"))
        self.signin_button.clicked.connect(self.choose_signin)
        layout.addWidget(self.signin_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return frame

    def _online_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Online attendance (Zoom, Teams, Meet)")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Import the participant report the meeting tool exports; people are matched "
                    "by e-mail, then by name. The attendance sheet then says how each person "
                    "attended and for how long."
                )
            )
        )
        self.sessions = QListWidget()
        self.sessions.setMaximumHeight(90)
        self.sessions.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.sessions)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a report…"))
        self.import_button.clicked.connect(self.choose_online_report)
        self.match_button = QPushButton(self.tr("Match by hand…"))
        self.match_button.clicked.connect(self.match_online)
        self.delete_session_button = QPushButton(self.tr("Delete report"))
        self.delete_session_button.clicked.connect(self.delete_online_session)
        for button in (self.import_button, self.match_button, self.delete_session_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def _roster_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Roster (.xlsx or .csv)")))
        layout.addWidget(
            _hint(
                self.tr(
                    "The chapter roster, filtered here; no event needed. The .csv opens in Excel "
                    "with every script intact (UTF-8 with BOM)."
                )
            )
        )
        filters = QHBoxLayout()
        self.chapter = QComboBox()
        self.chapter.setMinimumWidth(160)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search any script, e.g. sharma iit"))
        self.search.setClearButtonEnabled(True)
        self.roster_button = QPushButton(self.tr("Save roster…"))
        self.roster_button.clicked.connect(self.choose_roster)
        filters.addWidget(QLabel(self.tr("Chapter:")))
        filters.addWidget(self.chapter, 1)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.roster_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return frame

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.chapter.clear()
        self.chapter.addItem(self.tr("All chapters"), None)
        if self.services is not None:
            for chapter in self.services.chapters.list_chapters():
                self.chapter.addItem(chapter.name, chapter.id)
        self.event_changed()

    def event_changed(self) -> None:
        event = self.current_event
        self._generation += 1
        self.summary = None
        if self.services is None or event is None:
            self.hint_label.setText(
                self.tr(
                    "Choose an event in the bar above for its attendance sheet and "
                    "sign-in sheet; the roster needs no event."
                )
            )
            self._show_summary(None, ())
            self._show_sessions()
            self._update_buttons()
            return
        self.hint_label.setText(
            fill(self.tr("%1 · %2 (%3)"), event.title, f"{date_text(event.local_start, weekday=True)}", event.timezone)
        )
        services, event_id, generation = self.services, event.id, self._generation

        def work(_progress, _cancel):
            sheet = services.attendance.sheet(event_id, AttendanceRows.NO_SHOWS)
            return sheet.summary, tuple(item.name for item in sheet.lists)

        self.tasks.start(
            work,
            on_success=lambda loaded: self._loaded(generation, *loaded),
            on_failure=lambda error, _trace: self._say(error_text(error), Tone.WARNING),
            owner=self,
        )
        self._show_sessions()
        self._update_buttons()

    def _loaded(self, generation: int, summary: AttendanceSummary, lists: tuple[str, ...]) -> None:
        if generation == self._generation:
            self.summary = summary
            self._show_summary(summary, lists)

    def _show_summary(self, summary: AttendanceSummary | None, lists: tuple[str, ...]) -> None:
        if summary is None:
            for label in (
                self.registered,
                self.attended,
                self.no_shows,
                self.rate,
                self.on_site,
                self.online,
                self.walk_ins,
            ):
                label.setText("–")
            self.lists_label.setText("")
            return
        self.registered.setText(f"{summary.registered:,}")
        self.attended.setText(f"{summary.attended:,}")
        self.no_shows.setText(f"{summary.registered - summary.attended:,}")
        self.rate.setText(f"{summary.attended / summary.registered:.0%}" if summary.registered else "–")
        self.walk_ins.setText(f"{summary.walk_ins:,}")
        self.on_site.setText(f"{summary.on_site:,}")
        self.online.setText(f"{summary.online:,}")
        if summary.by_list:
            parts = [f"{count.label} {count.attended}" for count in summary.by_list]
            self.lists_label.setText(
                fill(self.tr("Check-in lists (each a column of the sheet): %1"), " · ".join(parts))
            )
        else:
            self.lists_label.setText(self.tr("No check-in lists besides the door."))

    # -- online attendance ------------------------------------------------------------------------
    def _show_sessions(self) -> None:
        self.sessions.clear()
        self._session_ids = []
        if self.services is None or self.current_event is None:
            return
        unmatched = len(self.services.online.participants(self.current_event.id, unmatched_only=True))
        for session in self.services.online.list_sessions(self.current_event.id):
            self.sessions.addItem(
                fill(
                    self.tr("%1 · %2 · %3 people, %4 matched"),
                    session.platform.capitalize(),
                    session.file_name,
                    session.participants,
                    session.matched,
                )
            )
            self._session_ids.append(session.id)
        if not self._session_ids:
            self.sessions.addItem(self.tr("No online report imported yet."))
        elif unmatched:
            self.sessions.addItem(fill(self.tr("%1 participants still to match by hand."), unmatched))

    def choose_online_report(self) -> None:
        folder = settings.EXPORTS_FOLDER.folder()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a participant report"), folder, self.tr("Participant reports (*.csv *.xlsx *.txt)")
        )
        if path:
            self.import_online_report(path)

    def import_online_report(self, path: str | Path) -> bool:
        if self.services is None or self.current_event is None:
            return False
        confirmed = {"any_date": False, "replace": False}
        while True:
            try:
                imported = self.services.online.import_report(self.current_event.id, path, **confirmed)
                break
            except DomainError as error:
                # Two refusals the coordinator may overrule: a report of another day, and one imported before.
                question = {
                    "online.dates_outside_event": ("any_date", self.tr("Import anyway?")),
                    "online.already_imported": ("replace", self.tr("Replace the earlier import with this one?")),
                }.get(error.code)
                if (
                    question is not None
                    and not confirmed[question[0]]
                    and ask_yes_no(
                        self, self.tr("Import a participant report"), f"{error_text(error)}\n\n{question[1]}"
                    )
                ):
                    confirmed[question[0]] = True
                    continue
                self._say(error_text(error), Tone.WARNING)
                return False
        self._say(
            fill(
                self.tr("Imported %1 people from %2: %3 matched."),
                imported.participants,
                imported.file_name,
                imported.matched,
            ),
            Tone.SAVED,
        )
        self._attendance_changed()
        if imported.matched < imported.participants:
            self.match_online()
        return True

    def match_online(self) -> None:
        if self.services is None or self.current_event is None:
            return
        from ssc_desktop.views.dialogs.online_matching_dialog import OnlineMatchingDialog

        dialog = OnlineMatchingDialog(self.services, self.current_event.id, self)
        dialog.exec()
        if dialog.matched:
            self._attendance_changed()

    def delete_online_session(self) -> None:
        row = self.sessions.currentRow()
        if self.services is None or not 0 <= row < len(self._session_ids):
            return
        if not ask_yes_no(self, self.tr("Delete report"), self.tr("Delete this imported report and its minutes?")):
            return
        self.services.online.delete_session(self._session_ids[row])
        self._attendance_changed()

    def _attendance_changed(self) -> None:
        """Who attended online changed: this page reads again, and the pages counting attendance
        (certificates of participation, the dashboard) follow."""
        self.event_changed()
        if self.current_event is not None:
            self.announce(Kind.CHECK_INS, event_id=self.current_event.id)

    # -- choosing files --------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, filters: str, suffixes: tuple[str, ...]) -> Path | None:
        folder = settings.EXPORTS_FOLDER.folder()
        path, _chosen = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filters)
        if not path:
            return None
        if not path.lower().endswith(suffixes):
            path += suffixes[0]
        settings.EXPORTS_FOLDER.remember_file(path)
        return Path(path)

    def chosen_rows(self) -> AttendanceRows:
        button = self.rows_choice.checkedButton()
        return AttendanceRows(button.property("rows")) if button else AttendanceRows.ALL

    def choose_attendance(self) -> None:
        if self.current_event is None:
            return
        suffix = {
            AttendanceRows.ALL: "",
            AttendanceRows.ATTENDED: " - attended",
            AttendanceRows.NO_SHOWS: " - no-shows",
        }[self.chosen_rows()]
        path = self._ask_path(
            self.tr("Save the attendance sheet"),
            f"Attendance - {_safe_name(self.current_event.title)}{suffix}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            (".xlsx",),
        )
        if path is not None:
            self.export_attendance(path)

    def choose_signin(self) -> None:
        if self.current_event is None:
            return
        path = self._ask_path(
            self.tr("Save the sign-in sheet"),
            f"Sign-in sheet - {_safe_name(self.current_event.title)}.pdf",
            self.tr("PDF (*.pdf)"),
            (".pdf",),
        )
        if path is not None:
            self.export_signin(path)

    def choose_roster(self) -> None:
        path = self._ask_path(
            self.tr("Save the roster"),
            "Roster.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
            (".xlsx", ".csv"),
        )
        if path is not None:
            self.export_roster(path)

    # -- exporting -----------------------------------------------------------------------------
    def export_attendance(self, path: str | Path) -> TaskHandle | None:
        if self.services is None or self.current_event is None or self.busy:
            return None
        services, event_id, rows, target = self.services, self.current_event.id, self.chosen_rows(), Path(path)
        reading, wrote = self.tr("Reading who came…"), self.tr("Wrote %1 rows to %2.")

        def work(progress, cancel: threading.Event) -> str:
            progress(0, 0, reading)
            written = services.exports.attendance_sheet(event_id, target, rows, progress, cancel)
            return fill(wrote, written.count, target.name)

        return self._start(work, self.tr("Attendance sheet"), fill(self.tr("Writing %1…"), target.name), target)

    def export_signin(self, path: str | Path) -> TaskHandle | None:
        if self.services is None or self.current_event is None or self.busy:
            return None
        services, event_id, target = self.services, self.current_event.id, Path(path)
        wrote = self.tr("Wrote the sign-in sheet for %1 people to %2.")

        def work(progress, cancel: threading.Event) -> tuple[str, list[Any]]:
            written = services.exports.signin_sheet(event_id, target, progress, cancel)
            return fill(wrote, written.count, target.name), list(written.warnings)

        return self._start(work, self.tr("Sign-in sheet"), fill(self.tr("Writing %1…"), target.name), target)

    def export_roster(self, path: str | Path) -> TaskHandle | None:
        if self.services is None or self.busy:
            return None
        services, chapter_id, search, target = self.services, self.chapter.currentData(), self.search.text(), Path(path)
        wrote = self.tr("Wrote %1 members to %2.")

        def work(progress, cancel: threading.Event) -> str:
            written = services.exports.roster(
                target, chapter_id=chapter_id, search=search, progress=progress, cancel=cancel
            )
            return fill(wrote, written.count, target.name)

        return self._start(work, self.tr("Roster"), fill(self.tr("Writing %1…"), target.name), target)

    def _start(self, work, title: str, label: str, target: Path) -> TaskHandle:
        self._say("", Tone.SAVED)

        def done(message: str | tuple[str, list]) -> None:
            self.last_written = target
            text, warnings = message if isinstance(message, tuple) else (message, [])  # warnings: the file is written
            self._say(
                "\n".join([text, warnings_text(warnings)]) if warnings else text,
                Tone.WARNING if warnings else Tone.SAVED,
            )

        def failed(error: BaseException, _trace: str) -> None:
            self._say(error_text(error), Tone.WARNING)
            QMessageBox.warning(self, fill(self.tr("%1 not written"), title), error_text(error))

        return self.start_progress(
            title,
            label,
            work,
            on_success=done,
            on_failure=failed,
            on_cancelled=lambda: self._say(self.tr("Cancelled; no file was written."), Tone.WARNING),
        )

    def _update_buttons(self) -> None:
        has_event = self.services is not None and self.current_event is not None
        for button in (self.attendance_button, self.signin_button):
            button.setEnabled(has_event and not self.busy)
        self.roster_button.setEnabled(self.services is not None and not self.busy)
        self.import_button.setEnabled(has_event)
        self.match_button.setEnabled(has_event and bool(getattr(self, "_session_ids", [])))
        self.delete_session_button.setEnabled(
            has_event and 0 <= self.sessions.currentRow() < len(getattr(self, "_session_ids", []))
        )
        self.open_button.setEnabled(self.last_written is not None)
        self.folder_button.setEnabled(self.last_written is not None)

    def _say(self, text: str, tone: Tone) -> None:
        self.result_label.say(text, tone)
        self._update_buttons()

    def open_last(self) -> None:
        if self.last_written is not None:
            self._open(self.last_written)

    @staticmethod
    def _open(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15px; font-weight: 600;")
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageHint")
    label.setWordWrap(True)
    return label

"""The check-in station: a full-screen window for the venue door, read from two metres away.

Scans come from a keyboard-wedge scanner (caught anywhere in the window, see
scanner_input), from the webcam (camera_scanner) or from a search by name. Each one
goes through CheckInService.scan or check_in, which commits before it answers; the
verdict fills most of the screen in green, amber or red, with a sound, and says what
the desk must do for the person. Counters follow each verdict from its registration
row; every REFRESH_MS the whole event is read again off the GUI thread, so check-ins
made on other laptops sharing the database show up too.
"""

from __future__ import annotations

import logging
from collections import Counter

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ssc_desktop.db_failures import redacted_traceback
from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.services import ServiceSet
from ssc_desktop.services import scanner_layouts
from ssc_desktop.services.checkin import ScanVerdict, new_check_in_uid, scan_in_any_layout
from ssc_desktop.services.checkin_tally import CheckInTally
from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.services.member_search import MemberSearchIndex
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.services.station_snapshot import StationSnapshot
from ssc_desktop.views import settings
from ssc_desktop.views.checkin_station_bar import StationBar
from ssc_desktop.views.checkin_station_lists import StationLists
from ssc_desktop.views.checkin_station_offline import StationServerLink
from ssc_desktop.views.checkin_station_side import StationSide
from ssc_desktop.views.checkin_verdict_text import Display, VerdictWording
from ssc_desktop.views.dialogs.desk_name_dialog import DeskNameDialog, remember_desk_name
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.scanner_input import ScannerKeyFilter
from ssc_desktop.views.scanner_layout_hint import LayoutHint
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import high_contrast_wanted, station_stylesheet
from ssc_desktop.views.verdict_panel import VerdictPanel, VerdictSounds

# How often the counters and the search list are read again from the database.
REFRESH_MS = 10_000
# The station's sizes are for a screen this high (pixels); smaller ones get them scaled down.
FULL_SIZE_HEIGHT, FULL_SIZE_WIDTH = 1080, 1920
# At most this many search matches are listed.
SEARCH_LIMIT = 40

SOUNDS = {"green": "accepted.wav", "amber": "already.wav", "red": "refused.wav"}


log = logging.getLogger("ssc_desktop")


class CheckInStation(QWidget):
    """The station window for one event; open it with showFullScreen(), Esc closes it.

    badge_wanted(registration_id) is emitted by print_badge_for() (after a walk-in);
    checked_in_changed() whenever the station changed a check-in (so pages can reload).
    """

    badge_wanted = Signal(int)
    checked_in_changed = Signal()
    closed = Signal()

    def __init__(
        self, services: ServiceSet, event: EventSummary, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.target = event
        self.tasks = tasks
        self._tz = zone(event.timezone)
        self.wording = VerdictWording(self._tz)
        self._rows: dict[int, RegistrationRow] = {}
        self._index = MemberSearchIndex([])
        self._tally = CheckInTally()
        # (registration id, list id, check-in uid) of this station's check-ins: Ctrl+Z undoes exactly those.
        self._undo: list[tuple[int, int | None, str]] = []
        self._changed_since_refresh: dict[int, RegistrationRow] = {}
        self._refreshing = False
        self._sounds = VerdictSounds(SOUNDS, self)
        self.last_display: Display | None = None
        self.last_verdict: ScanVerdict | None = None
        self.last_sound = ""
        self.verdicts_shown = 0
        self.repeats_ignored = 0
        self.last_layouts: tuple = ()  # keyboard layouts the latest scan was read through (empty: as typed)

        self.setObjectName("CheckInStation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.high_contrast = high_contrast_wanted()
        self.setStyleSheet(station_stylesheet(1.0, self.high_contrast))
        # Set, so the layout does not raise it to what 1080-pixel sizes need: on a smaller screen (a
        # 1366x768 laptop at 200 %: 683x384) resizeEvent scales the station down instead.
        self.setMinimumSize(640, 360)
        self.setWindowTitle(fill(self.tr("Check-in station — %1"), event.title))

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 20)
        root.setSpacing(16)
        root.addWidget(self._build_bar())
        self.lists = StationLists(self.list_combo, services, event, self)
        self.lists.chosen.connect(self._list_changed)
        # On a shared server scans go through the desk's local copy when the server is lost; lost
        # or back, the counters and the search list are read again from where scans now go.
        self.server = StationServerLink(services, event.id, self.station, tasks, self)
        self.server.changed.connect(self.refresh)
        root.insertWidget(0, self.server.banner)
        self.layout_hint = LayoutHint()
        root.addWidget(self.layout_hint)
        body = QHBoxLayout()
        body.setSpacing(20)
        self.panel = VerdictPanel(self.high_contrast)
        # The labels tests and the screenshot script look at.
        self.headline, self.native_name, self.footer = self.panel.headline, self.panel.native_name, self.panel.footer
        body.addWidget(self.panel, 13)
        self.side = self._build_side()
        body.addWidget(self.side, 7)
        root.addLayout(body, 1)

        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo_last)
        # Ctrl+Z undoes the last check-in even while a text box has focus (not the typing in it).
        for box in (self.search, self.station_name):
            box.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)

        self.scanner = ScannerKeyFilter(self)
        self.scanner.scanned.connect(self.scan)
        self.scanner.install()
        self.camera.code_read.connect(self.scan)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

        self.show_display(
            Display(
                "idle", self.tr("Ready"), details=self.tr("Scan a ticket, hold it up to the camera, or search by name.")
            ),
            sound=False,
        )
        self.lists.fill()
        self._update_counters()
        self.refresh()
        # The camera comes on by itself when there is one; without one the panel says so.
        self.camera_button.setChecked(settings.CAMERA_ON.get())

    def resizeEvent(self, resize_event) -> None:
        super().resizeEvent(resize_event)
        # The tighter of height and width: a narrow screen must not push the side column off it.
        scale = min(1.0, max(0.3, min(self.height() / FULL_SIZE_HEIGHT, self.width() / FULL_SIZE_WIDTH)))
        if abs(scale - self.panel.scale) >= 0.02:
            self.restyle(scale)

    def restyle(self, scale: float | None = None) -> None:
        """Sizes (scale of the 1080-pixel ones) and colours (high contrast or not) again."""
        scale = self.panel.scale if scale is None else scale
        self.setStyleSheet(station_stylesheet(scale, self.high_contrast))
        margins = [round(v * min(1.0, scale / 0.6)) for v in (24, 16, 24, 20)]
        assert (layout := self.layout()) is not None  # set in __init__
        layout.setContentsMargins(*margins)
        self.panel.high_contrast = self.high_contrast
        for part in (self.panel, self.side, self.bar):
            part.set_scale(scale)
        if self.last_display is not None:
            self.panel.show_display(self.last_display, announce=False)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self.restyle()

    def eventFilter(self, watched, qt_event) -> bool:
        if (
            qt_event.type() == QEvent.Type.ShortcutOverride
            and isinstance(qt_event, QKeyEvent)
            and qt_event.matches(QKeySequence.StandardKey.Undo)
        ):
            return True  # left unaccepted: the window's Ctrl+Z shortcut takes it
        return super().eventFilter(watched, qt_event)

    # -- building ------------------------------------------------------------------------------
    def _build_bar(self) -> StationBar:
        bar = self.bar = StationBar(self.target.title)
        self.station_name, self.list_combo, self.undo_button = bar.station_name, bar.list_combo, bar.undo_button
        self.lists_button, self.camera_button, self.walk_in_button = (
            bar.lists_button,
            bar.camera_button,
            bar.walk_in_button,
        )
        self.lists_button.clicked.connect(self.manage_lists)
        self.camera_button.toggled.connect(self._toggle_camera)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.undo_button.clicked.connect(self.undo_last)
        bar.leave_button.clicked.connect(self.close)
        return bar

    def _build_side(self) -> StationSide:
        side = StationSide(self._tz)
        self.counters, self.camera, self.search = side.counters, side.camera, side.search
        self.counter, self.by_role, self.by_chapter = (
            self.counters.counter,
            self.counters.by_role,
            self.counters.by_chapter,
        )
        self.results_model, self.results = side.results_model, side.results
        self.check_in_button, self.check_out_button, self.note_button = (
            side.check_in_button,
            side.check_out_button,
            side.note_button,
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.results.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.results.selectionModel().selectionChanged.connect(self._update_buttons)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.note_button.clicked.connect(self.edit_desk_note)
        self._update_buttons()
        return side

    # -- station settings --------------------------------------------------------------------
    @property
    def station(self) -> str:
        return self.station_name.text().strip()

    def set_desk_name(self, name: str) -> None:
        """Names this laptop's desk, here and for the next start."""
        self.station_name.setText(name.strip())
        remember_desk_name(name)

    def ask_desk_name(self) -> DeskNameDialog:
        """Asks this desk's name in a small dialog (window-modal, not blocking); the answer is remembered."""
        self.scanner.flush()
        dialog = DeskNameDialog(self, self.station)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.set_desk_name(dialog.chosen_name()))
        dialog.finished.connect(lambda _result: self.activateWindow())  # scans go to the station again
        dialog.open()
        return dialog

    @property
    def list_id(self) -> int | None:
        return self.lists.list_id

    def _list_changed(self) -> None:
        self._undo.clear()
        self.undo_button.setEnabled(False)
        self._update_counters()
        self._update_buttons()
        self.refresh()

    def manage_lists(self) -> None:
        self.lists.manage(self)

    def create_list(self, name: str) -> None:
        try:
            self.lists.create(name)
        except DomainError as error:
            self.show_display(Display("red", self.tr("List not created"), reason=error_text(error)), sound=False)
            return
        self._update_counters()

    # -- loading and refreshing ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reads the event's registrations (and lists) again, off the GUI thread."""
        if self._refreshing:
            return
        self._refreshing = True
        self._changed_since_refresh = {}
        server, event_id, list_id = self.server, self.target.id, self.list_id

        def work(_progress, _cancel) -> StationSnapshot:
            return server.snapshot(event_id, list_id)

        self.tasks.start(work, on_success=self._refreshed, on_failure=self._refresh_failed, owner=self)

    def _refresh_failed(self, error: BaseException, _trace: str) -> None:
        self._refreshing = False
        self.footer.setText(fill(self.tr("Could not read the event again: %1"), error_text(error)))

    def _refreshed(self, snapshot: StationSnapshot) -> None:
        self._refreshing = False
        rows, tally = snapshot.rows, snapshot.tally
        # Check-ins made here while the refresh was reading are newer than what it read.
        for row in self._changed_since_refresh.values():
            tally.replace(rows.get(row.id), row)
            rows[row.id] = row
        self._changed_since_refresh = {}
        self._rows, self._index, self._tally = rows, snapshot.index, tally
        if self.lists.take_counts(snapshot.lists):
            self.lists.fill(snapshot.lists)
        counts = snapshot.list_counts
        if counts is not None and counts.list_id == self.list_id:
            self.lists.arrived[counts.list_id] = counts.checked_in
            self.lists.role_arrived = Counter({c.role: c.checked_in for c in counts.by_role})
        self._update_counters()
        self._refresh_results()

    @property
    def loaded(self) -> bool:
        return bool(self._rows)

    def _take_row(self, row: RegistrationRow | None) -> None:
        """A row the services just returned: counters and lists follow it at once."""
        if row is None:
            return
        self._tally.replace(self._rows.get(row.id), row)
        self._rows[row.id] = row
        if self._refreshing:
            self._changed_since_refresh[row.id] = row
        if row.id not in {r.id for r in self.results_model.rows()}:
            return
        self.results_model.replace_record(row)
        self._update_buttons()

    # -- counters -----------------------------------------------------------------------------------
    def _update_counters(self) -> None:
        list_id = self.list_id
        if list_id is None:
            self.counters.show_door(self._tally)
        else:
            self.counters.show_list(self._tally, self.lists.name, self.lists.arrived_here(), self.lists.role_arrived)

    @property
    def arrived_count(self) -> int:
        return self._tally.arrived if self.list_id is None else self.lists.arrived_here()

    # -- scanning -------------------------------------------------------------------------------------
    def scan(self, text: str) -> ScanVerdict | None:
        """A code from the scanner, the camera, the search box or a test: checked, committed, then shown.

        A code the service cannot read (not SSC, or a signature that does not match) is
        tried again as read through each keyboard layout (services.scanner_layouts): a
        US-layout scanner on a French laptop types "SSC&:..." for "SSC1....". The
        signature still decides, so a wrong reading can never check anyone in.
        """
        text = text.strip()
        if not text:
            return None
        try:
            verdict, layouts = self._read(text)
        except DomainError as error:  # the database failed (server gone, disk full...): said in words
            self.show_display(Display("red", self.tr("NOT checked in"), reason=error_text(error)))
            return None
        except Exception as error:  # noqa: BLE001 - whatever broke, the screen must not keep the last green
            log.error("scan failed\n%s", redacted_traceback(error))
            self.show_display(
                Display(
                    "red",
                    self.tr("NOT checked in"),
                    reason=self.tr(
                        "An unexpected problem stopped this check-in. Scan again; if it happens again, "
                        "check the person in by name."
                    ),
                )
            )
            return None
        if verdict.repeat:
            # The same code again within two seconds: counted once, shown once.
            self.repeats_ignored += 1
            return verdict
        self.last_verdict, self.last_layouts = verdict, layouts
        self._take_row(verdict.registration)
        if verdict.accepted and verdict.registration is not None:
            self.lists.count(+1, verdict.registration)
            self._may_undo(verdict.registration.id, self.list_id, verdict.check_in_uid)
            self.checked_in_changed.emit()
        self._update_counters()
        self.show_display(self.verdict_display(verdict))
        if layouts:
            self.layout_hint.tell(layouts)  # once per layout: the desk is told how to fix the scanner
        return verdict

    def _read(self, text: str) -> tuple[ScanVerdict, tuple]:
        return scan_in_any_layout(
            lambda code: self.server.checkin.scan(self.target.id, code, self.station, self.list_id), text
        )

    def verdict_display(self, verdict: ScanVerdict) -> Display:
        return self.wording.for_verdict(verdict, self._where())

    def _where(self) -> str:
        return self.wording.checked_in_at(self.station, self.lists.name if self.list_id is not None else None)

    def desk_notes(self, row: RegistrationRow) -> list[str]:
        return self.wording.desk_notes(row)

    # -- showing -----------------------------------------------------------------------------------------
    def show_display(self, display: Display, sound: bool = True) -> None:
        self.last_display = display
        self.verdicts_shown += 1 if display.colour in SOUNDS else 0
        self.panel.show_display(display)
        if sound and display.colour in SOUNDS:
            self.play_sound(display.colour)

    def play_sound(self, colour: str) -> None:
        self.last_sound = colour
        self._sounds.play(colour)

    # -- search ----------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        """Enter in the search box: a code typed or pasted there is scanned, a name checks its match in."""
        text = self.search.text()
        if scanner_layouts.looks_like_a_code(text):
            self.search.clear()
            self.scan(text)
        else:
            self.check_in_selected()

    def _search_changed(self) -> None:
        self._refresh_results()

    def _refresh_results(self) -> None:
        query = self.search.text()
        if not query.strip():
            self.results_model.set_rows([])
        else:
            ids = self._index.search(query).ids[:SEARCH_LIMIT]
            self.results_model.set_rows([self._rows[i] for i in ids if i in self._rows])
            if self.results_model.rowCount():
                self.results.selectRow(0)
        self._update_buttons()

    def selected_row(self) -> RegistrationRow | None:
        rows = self.results.selectionModel().selectedRows()
        return self.results_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        usable = row is not None and row.status == RegistrationStatus.REGISTERED
        at_door = self.list_id is None
        self.check_in_button.setEnabled(usable and (not at_door or not (row is not None and row.inside)))
        self.check_out_button.setEnabled(usable and (not at_door or (row is not None and row.inside)))
        self.note_button.setEnabled(row is not None and row.status != RegistrationStatus.CANCELLED)
        if row is not None and at_door and row.checked_in_at is not None and not row.inside:
            self.check_in_button.setText(self.tr("Check in again (Enter)"))
        else:
            self.check_in_button.setText(self.tr("Check in (Enter)"))

    # -- by hand ---------------------------------------------------------------------------------------
    def check_in_selected(self) -> None:
        """Checks the chosen search match in (again, after a check-out: re-entry)."""
        row = self.selected_row()
        if row is None:
            return
        again, uid = self.list_id is None and row.checked_in_at is not None and not row.inside, new_check_in_uid()
        try:
            updated = self.server.checkin.check_in(row.id, self.station, list_id=self.list_id, uid=uid)
        except DomainError as error:
            if error.code == "checkin.already":  # another desk was first: when and where, as a scan says it
                reason = self.wording.already_reason(error.params.get("time"), error.params.get("station", ""))
                self.show_display(self.wording.person("amber", self.tr("Already checked in"), row, reason=reason))
            else:
                self.show_display(
                    self.wording.person(
                        "red", self.tr("Not checked in"), row, reason=error_text(error), with_notes=False
                    )
                )
            return
        self._take_row(updated)
        self.lists.count(+1, updated)
        self._may_undo(row.id, self.list_id, uid)
        self._update_counters()
        self.checked_in_changed.emit()
        self.show_display(
            self.wording.person(
                "green", self.tr("Welcome back!") if again else self.tr("Welcome!"), updated, footer=self._where()
            )
        )
        self.search.clear()

    def edit_desk_note(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from ssc_desktop.views.dialogs.desk_note_dialog import DeskNoteDialog

        dialog = DeskNoteDialog(self.services, row, self)
        if dialog.exec() and dialog.saved is not None:
            self._take_row(dialog.saved)
            self._refresh_results()

    def check_out_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            updated = self.server.checkin.check_out(row.id, list_id=self.list_id, station=self.station)
        except DomainError as error:
            self.show_display(
                self.wording.person("red", self.tr("Not checked out"), row, reason=error_text(error), with_notes=False)
            )
            return
        self._take_row(updated)
        self._update_counters()
        self.checked_in_changed.emit()
        self.show_display(
            self.wording.person(
                "info",
                self.tr("Checked out"),
                updated,
                with_notes=False,
                footer=self.tr("Checking them in again later counts as re-entry."),
            ),
            sound=False,
        )

    def _may_undo(self, registration_id: int, list_id: int | None, uid: str) -> None:
        self._undo.append((registration_id, list_id, uid))
        self.undo_button.setEnabled(True)

    def undo_last(self) -> None:
        """Takes back this station's latest check-in (Ctrl+Z): that very one, never another desk's."""
        if not self._undo:
            return
        registration_id, list_id, uid = self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))
        try:
            updated = self.server.checkin.undo_check_in(
                registration_id, list_id=list_id, station=self.station, check_in_uid=uid or None
            )
        except DomainError as error:
            self.show_display(Display("red", self.tr("Nothing undone"), reason=error_text(error)), sound=False)
            return
        self._take_row(updated)
        if list_id is not None and list_id == self.list_id:
            self.lists.count(-1, updated)
        self._update_counters()
        self.checked_in_changed.emit()
        self.show_display(
            self.wording.person("info", self.tr("Check-in undone"), updated, with_notes=False), sound=False
        )

    # -- walk-ins --------------------------------------------------------------------------------------
    def walk_in(self) -> None:
        from ssc_desktop.views.dialogs.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.services, self.target, self.station, self)
        self.scanner.flush()
        if not dialog.exec() or dialog.outcome is None:
            return
        self.took_walk_in(dialog.outcome)

    def took_walk_in(self, outcome) -> None:
        row = outcome.registration
        self._take_row(row)
        if outcome.check_in_uid:  # checked in now (not a check-in left standing from before)
            self._may_undo(row.id, None, outcome.check_in_uid)
        self._update_counters()
        self.checked_in_changed.emit()
        headline = self.tr("Welcome!") if outcome.checked_in else self.tr("Walk-in registered")
        self.show_display(self.wording.person("green", headline, row, footer=self._where()))
        self.refresh()
        self.print_badge_for(row.id)

    def print_badge_for(self, registration_id: int) -> None:
        """Hook: a walk-in's badge should be printed now. Emits badge_wanted; printing is wired by the window."""
        self.badge_wanted.emit(registration_id)

    # -- leaving -------------------------------------------------------------------------------------------
    def _toggle_camera(self, on: bool) -> None:
        if on:
            if not self.camera.start():
                self.camera_button.blockSignals(True)
                self.camera_button.setChecked(False)  # the message "No camera found" stays
                self.camera_button.blockSignals(False)
                return
        else:
            self.camera.stop()
        settings.CAMERA_ON.set(on)

    def closeEvent(self, close_event: QCloseEvent) -> None:
        self._timer.stop()
        self.server.close()
        self.scanner.remove()
        self.camera.shutdown()
        self.closed.emit()
        super().closeEvent(close_event)

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

import socket
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.models.enums import RegistrationRole, RegistrationStatus
from ssc_desktop.paths import resource_path
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.checkin import ScanVerdict, VerdictKind
from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.services.member_search import MemberSearchIndex
from ssc_desktop.services.registrations import RegistrationRow
from ssc_desktop.services.text_folding import search_key
from ssc_desktop.views.camera_scanner import CameraScanner
from ssc_desktop.views.labels import (
    error_text,
    fill,
    local_time_text,
    role_label,
    status_label,
)
from ssc_desktop.views.scanner_input import ScannerKeyFilter
from ssc_desktop.views.table_models import Column, RecordTableModel
from ssc_desktop.views.task_runner import TaskRunner

# How often the counters and the search list are read again from the database.
REFRESH_MS = 10_000
# At most this many search matches are listed.
SEARCH_LIMIT = 40

COLOURS = {"idle": "#334155", "green": "#15803d", "amber": "#b45309", "red": "#b91c1c", "info": "#1e3a8a"}
SOUNDS = {"green": "accepted.wav", "amber": "already.wav", "red": "refused.wav"}

STATION_STYLE = """
#CheckInStation { background: #0f172a; }
#StationBar QLabel { color: #e2e8f0; font-size: 18px; }
#StationBar #StationTitle { color: white; font-size: 30px; font-weight: 700; }
#StationBar QLineEdit, #StationBar QComboBox { font-size: 18px; min-height: 32px; }
#StationBar QPushButton, #StationSide QPushButton { font-size: 18px; padding: 8px 16px; }
#VerdictHeadline { color: white; font-size: 64px; font-weight: 800; }
#VerdictNative { color: white; font-weight: 700; }
#VerdictLatin { color: white; font-weight: 600; }
#VerdictDetails { color: #f1f5f9; font-size: 36px; }
#VerdictReason { color: white; font-size: 52px; font-weight: 700; }
#VerdictNotes { background: #fffbeb; color: #111827; font-size: 34px; font-weight: 600;
                border-radius: 14px; padding: 14px 22px; }
#VerdictFooter { color: #e2e8f0; font-size: 22px; }
#StationSide { background: #f8fafc; border-radius: 18px; }
#CounterBig { font-size: 64px; font-weight: 800; color: #0f172a; }
#CounterCaption { font-size: 20px; color: #475569; }
#CounterLine { font-size: 19px; color: #1f2937; }
#StationSide QLineEdit { font-size: 22px; min-height: 40px; }
#StationSide QTableView { font-size: 18px; }
#CameraMessage { color: #475569; font-size: 18px; background: #e2e8f0; border-radius: 10px; padding: 12px; }
"""


@dataclass(frozen=True)
class _SearchEntry:
    """What MemberSearchIndex needs of a row, keyed by registration id."""

    id: int
    latin_name: str
    search_key: str


def _contribution(row: RegistrationRow) -> tuple[bool, bool, bool]:
    registered = row.status == RegistrationStatus.REGISTERED
    arrived = registered and row.checked_in_at is not None
    return registered, arrived, arrived and row.inside


class _Tally:
    """Running counters, changed row by row (a verdict) or rebuilt from all rows (a refresh)."""

    def __init__(self, rows: list[RegistrationRow] | None = None) -> None:
        self.registered = self.arrived = self.inside = 0
        self.registered_by_role: Counter = Counter()
        self.arrived_by_role: Counter = Counter()
        self.registered_by_chapter: Counter = Counter()
        self.arrived_by_chapter: Counter = Counter()
        for row in rows or ():
            self.add(row, 1)

    def add(self, row: RegistrationRow, sign: int) -> None:
        registered, arrived, inside = _contribution(row)
        if registered:
            self.registered += sign
            self.registered_by_role[row.role] += sign
            self.registered_by_chapter[row.chapter_name] += sign
        if arrived:
            self.arrived += sign
            self.arrived_by_role[row.role] += sign
            self.arrived_by_chapter[row.chapter_name] += sign
        if inside:
            self.inside += sign

    def replace(self, old: RegistrationRow | None, new: RegistrationRow) -> None:
        if old is not None:
            self.add(old, -1)
        self.add(new, 1)


@dataclass(frozen=True)
class _Snapshot:
    """One refresh, made off the GUI thread."""

    event_id: int
    rows: dict[int, RegistrationRow]
    index: MemberSearchIndex
    tally: _Tally
    lists: list  # CheckInListService.list_lists
    list_counts: object | None  # CheckInListCounts of the list checked into, None at the door


@dataclass(frozen=True)
class Display:
    """What the verdict panel shows."""

    colour: str  # a COLOURS key
    headline: str
    native_name: str = ""
    latin_name: str = ""
    details: str = ""
    reason: str = ""
    notes: str = ""
    footer: str = ""


class CheckInStation(QWidget):
    """The station window for one event; open it with showFullScreen(), Esc closes it.

    badge_wanted(registration_id) is emitted by print_badge_for() (after a walk-in);
    checked_in_changed() whenever the station changed a check-in (so pages can reload).
    """

    badge_wanted = Signal(int)
    checked_in_changed = Signal()
    closed = Signal()

    def __init__(self, services: ServiceSet, event: EventSummary, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.target = event
        self.tasks = tasks
        self._tz = zone(event.timezone)
        self._rows: dict[int, RegistrationRow] = {}
        self._index = MemberSearchIndex([])
        self._tally = _Tally()
        self._list_arrived: dict[int, int] = {}  # list id -> checked in, from the service
        self._list_role_arrived: Counter | None = None  # of the list checked into
        self._undo: list[tuple[int, int | None]] = []  # (registration id, list id) of this station's check-ins
        self._changed_since_refresh: dict[int, RegistrationRow] = {}
        self._refreshing = False
        self._sounds: dict[str, object] = {}
        self.last_display: Display | None = None
        self.last_verdict: ScanVerdict | None = None
        self.last_sound = ""
        self.verdicts_shown = 0
        self.repeats_ignored = 0

        self.setObjectName("CheckInStation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STATION_STYLE)
        self.setWindowTitle(fill(self.tr("Check-in station — %1"), event.title))

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 20)
        root.setSpacing(16)
        root.addWidget(self._build_bar())
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self._build_verdict_panel(), 13)
        body.addWidget(self._build_side(), 7)
        root.addLayout(body, 1)

        QShortcut(QKeySequence("Ctrl+Z"), self, activated=self.undo_last)
        # Ctrl+Z undoes the last check-in even while a text box has focus (not the typing in it).
        for box in (self.search, self.station_name):
            box.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)

        self.scanner = ScannerKeyFilter(self)
        self.scanner.scanned.connect(self.scan)
        self.scanner.install()
        self.camera.code_read.connect(self.scan)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

        self.show_display(Display("idle", self.tr("Ready"), details=self.tr(
            "Scan a ticket, hold it up to the camera, or search by name.")), sound=False)
        self._load_lists()
        self.refresh()
        # The camera comes on by itself when there is one; without one the panel says so.
        self.camera_button.setChecked(QSettings().value("checkin/camera", True, type=bool))

    def eventFilter(self, watched, qt_event) -> bool:
        if (qt_event.type() == QEvent.Type.ShortcutOverride and isinstance(qt_event, QKeyEvent)
                and qt_event.matches(QKeySequence.StandardKey.Undo)):
            return True  # left unaccepted: the window's Ctrl+Z shortcut takes it
        return super().eventFilter(watched, qt_event)

    # -- building ------------------------------------------------------------------------------
    def _build_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("StationBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        title = QLabel(self.target.title)
        title.setObjectName("StationTitle")
        layout.addWidget(title, 1)
        layout.addWidget(QLabel(self.tr("Station:")))
        self.station_name = QLineEdit(QSettings().value("checkin/station", socket.gethostname() or "Front desk"))
        self.station_name.setMaximumWidth(220)
        self.station_name.editingFinished.connect(
            lambda: QSettings().setValue("checkin/station", self.station_name.text().strip()))
        layout.addWidget(self.station_name)
        layout.addWidget(QLabel(self.tr("Checking into:")))
        self.list_combo = QComboBox()
        self.list_combo.setMinimumWidth(260)
        self.list_combo.currentIndexChanged.connect(self._list_changed)
        layout.addWidget(self.list_combo)
        self.lists_button = QPushButton(self.tr("Lists…"))
        self.lists_button.setToolTip(self.tr("Add, rename or delete the parts of the day people check into"))
        self.lists_button.clicked.connect(self.manage_lists)
        layout.addWidget(self.lists_button)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self._toggle_camera)
        layout.addWidget(self.camera_button)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.clicked.connect(self.walk_in)
        layout.addWidget(self.walk_in_button)
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        layout.addWidget(self.undo_button)
        close = QPushButton(self.tr("Leave (Esc)"))
        close.clicked.connect(self.close)
        layout.addWidget(close)
        for widget in bar.findChildren(QPushButton) + [self.list_combo, self.station_name]:
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        return bar

    def _build_verdict_panel(self) -> QWidget:
        self.panel = QFrame()
        self.panel.setObjectName("VerdictPanel")
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(14)
        self.headline = self._panel_label("VerdictHeadline")
        self.native_name = self._panel_label("VerdictNative")
        self.latin_name = self._panel_label("VerdictLatin")
        self.details = self._panel_label("VerdictDetails")
        self.reason = self._panel_label("VerdictReason")
        self.notes = self._panel_label("VerdictNotes")
        self.footer = self._panel_label("VerdictFooter")
        for label in (self.headline, self.native_name, self.latin_name, self.details, self.reason, self.notes):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.footer)
        return self.panel

    @staticmethod
    def _panel_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_side(self) -> QWidget:
        side = QFrame()
        side.setObjectName("StationSide")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(22, 20, 22, 20)
        layout.setSpacing(10)

        self.counter = QLabel("0 / 0")
        self.counter.setObjectName("CounterBig")
        self.counter_caption = QLabel(self.tr("checked in / registered"))
        self.counter_caption.setObjectName("CounterCaption")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.by_role = QLabel()
        self.by_role.setObjectName("CounterLine")
        self.by_role.setWordWrap(True)
        self.by_chapter = QLabel()
        self.by_chapter.setObjectName("CounterLine")
        self.by_chapter.setWordWrap(True)
        for widget in (self.counter, self.counter_caption, self.progress, self.by_role, self.by_chapter):
            layout.addWidget(widget)

        self.camera = CameraScanner()
        self.camera.setMinimumHeight(150)
        self.camera.setMaximumHeight(260)
        layout.addWidget(self.camera)

        self.search = QLineEdit()
        self.search.setObjectName("StationSearch")
        self.search.setPlaceholderText(self.tr("No code? Type a name in any script…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.check_in_selected)
        layout.addWidget(self.search)

        tr = self.tr
        self.results_model: RecordTableModel[RegistrationRow] = RecordTableModel([
            Column(tr("Name"), lambda r: r.latin_name),
            Column(tr("Own script"), lambda r: r.native_name),
            Column(tr("Role"), lambda r: role_label(r.role)),
            Column(tr("Door"), self._door_text),
        ], self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setDefaultSectionSize(34)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.results.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.results, 1)

        buttons = QGridLayout()
        self.check_in_button = QPushButton(self.tr("Check in (Enter)"))
        self.check_in_button.setObjectName("Primary")
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.note_button = QPushButton(self.tr("Desk note…"))
        self.note_button.setToolTip(self.tr("Leave a note the desk sees when this person checks in."))
        self.note_button.clicked.connect(self.edit_desk_note)
        buttons.addWidget(self.check_in_button, 0, 0)
        buttons.addWidget(self.check_out_button, 0, 1)
        buttons.addWidget(self.note_button, 1, 0, 1, 2)
        layout.addLayout(buttons)
        self._update_buttons()
        return side

    def _door_text(self, row: RegistrationRow) -> str:
        if row.status != RegistrationStatus.REGISTERED:
            return status_label(row.status)
        if row.checked_in_at is None:
            return ""
        if not row.inside:
            return fill(self.tr("left %1"), local_time_text(row.checked_out_at, self._tz))
        return fill(self.tr("in %1"), local_time_text(row.checked_in_at, self._tz))

    # -- station settings --------------------------------------------------------------------
    @property
    def station(self) -> str:
        return self.station_name.text().strip()

    @property
    def list_id(self) -> int | None:
        return self.list_combo.currentData()

    def _load_lists(self, lists: list | None = None, select: int | None = None) -> None:
        service = self.services.checkin_lists
        if lists is None:
            try:
                lists = service.list_lists(self.target.id)
            except DomainError:
                lists = []
        current = select if select is not None else (
            self.list_combo.currentData() if self.list_combo.count() else
            QSettings().value(f"checkin/list/{self.target.id}", None, type=int) or None)
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        self.list_combo.addItem(self.tr("The door (whole event)"), None)
        for item in lists or ():
            self.list_combo.addItem(item.name, item.id)
            self._list_arrived[item.id] = item.checked_in
        found = self.list_combo.findData(current) if current is not None else 0
        self.list_combo.setCurrentIndex(max(found, 0))
        self.list_combo.blockSignals(False)
        self._update_counters()

    def _list_changed(self) -> None:
        QSettings().setValue(f"checkin/list/{self.target.id}", self.list_id or 0)
        self._undo.clear()
        self.undo_button.setEnabled(False)
        self._list_role_arrived = None
        self._update_counters()
        self._update_buttons()
        self.refresh()

    def manage_lists(self) -> None:
        from ssc_desktop.views.dialogs.checkin_lists_dialog import CheckInListsDialog

        dialog = CheckInListsDialog(self.services, self.target, self)
        dialog.exec()
        if dialog.changed:
            before = self.list_id
            self._load_lists()
            if self.list_id != before:  # the list in use was deleted: back to the door
                self._list_changed()

    def create_list(self, name: str) -> None:
        try:
            created = self.services.checkin_lists.create_list(self.target.id, name.strip())
        except DomainError as error:
            self.show_display(Display("red", self.tr("List not created"), reason=error_text(error)), sound=False)
            return
        self._load_lists(select=created.id)

    # -- loading and refreshing ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reads the event's registrations (and lists) again, off the GUI thread."""
        if self._refreshing:
            return
        self._refreshing = True
        self._changed_since_refresh = {}
        services, event_id, list_id = self.services, self.target.id, self.list_id

        def work(_progress, _cancel) -> _Snapshot:
            rows = services.registrations.list_registrations(event_id)
            index = MemberSearchIndex(
                _SearchEntry(r.id, r.latin_name,
                             search_key(r.latin_name, r.native_name, r.email, r.affiliation, r.chapter_name))
                for r in rows
            ).prepare_fuzzy()
            found_lists = services.checkin_lists.list_lists(event_id)
            counts = services.checkin_lists.list_counts(list_id) if list_id is not None else None
            return _Snapshot(event_id, {r.id: r for r in rows}, index, _Tally(rows), found_lists, counts)

        self.tasks.start(work, on_success=self._refreshed, on_failure=self._refresh_failed, owner=self)

    def _refresh_failed(self, error: BaseException, _trace: str) -> None:
        self._refreshing = False
        self.footer.setText(fill(self.tr("Could not read the event again: %1"), error_text(error)))

    def _refreshed(self, snapshot: _Snapshot) -> None:
        self._refreshing = False
        rows, tally = snapshot.rows, snapshot.tally
        # Check-ins made here while the refresh was reading are newer than what it read.
        for row in self._changed_since_refresh.values():
            tally.replace(rows.get(row.id), row)
            rows[row.id] = row
        self._changed_since_refresh = {}
        self._rows, self._index, self._tally = rows, snapshot.index, tally
        for item in snapshot.lists:
            self._list_arrived[item.id] = item.checked_in
        known = {self.list_combo.itemData(i) for i in range(1, self.list_combo.count())}
        if known != {item.id for item in snapshot.lists}:
            self._load_lists(snapshot.lists)
        counts = snapshot.list_counts
        if counts is not None and counts.list_id == self.list_id:
            self._list_arrived[counts.list_id] = counts.checked_in
            self._list_role_arrived = Counter({c.role: c.checked_in for c in counts.by_role})
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
        tally = self._tally
        list_id = self.list_id
        if list_id is None:
            arrived, registered = tally.arrived, tally.registered
            self.counter_caption.setText(fill(self.tr("checked in / registered · %1 inside now"), f"{tally.inside:,}"))
        else:
            arrived, registered = self._list_arrived.get(list_id, 0), tally.registered
            self.counter_caption.setText(fill(self.tr("checked in to %1 / registered"), self.list_combo.currentText()))
        self.counter.setText(f"{arrived:,} / {registered:,}")
        self.progress.setRange(0, max(registered, 1))
        self.progress.setValue(min(arrived, max(registered, 1)))
        by_role = tally.arrived_by_role if list_id is None else (self._list_role_arrived or Counter())
        self.by_role.setText(self.tr("By role: ") + " · ".join(
            f"{role_label(role)} {by_role[role]}/{tally.registered_by_role[role]}"
            for role in RegistrationRole if tally.registered_by_role[role]
        ))
        self.by_chapter.setVisible(list_id is None)
        chapters = sorted((c for c in tally.registered_by_chapter if tally.registered_by_chapter[c]),
                          key=lambda c: (-tally.registered_by_chapter[c], c))
        shown = chapters[:6]
        text = " · ".join(f"{c or self.tr('No chapter')} {tally.arrived_by_chapter[c]}/{tally.registered_by_chapter[c]}"
                          for c in shown)
        if len(chapters) > len(shown):
            text += " · " + fill(self.tr("%1 more"), len(chapters) - len(shown))
        self.by_chapter.setText(self.tr("By chapter: ") + text)

    @property
    def arrived_count(self) -> int:
        return self._tally.arrived if self.list_id is None else self._list_arrived.get(self.list_id, 0)

    def _count_list(self, delta: int, row: RegistrationRow | None = None) -> None:
        list_id = self.list_id
        if list_id is not None:
            self._list_arrived[list_id] = max(0, self._list_arrived.get(list_id, 0) + delta)
            if row is not None and self._list_role_arrived is not None:
                self._list_role_arrived[row.role] += delta

    # -- scanning -------------------------------------------------------------------------------------
    def scan(self, text: str) -> ScanVerdict | None:
        """A code from the scanner, the camera or a test: checked, committed, then shown."""
        text = text.strip()
        if not text:
            return None
        try:
            verdict = self.services.checkin.scan(self.target.id, text, self.station, self.list_id)
        except DomainError as error:
            self.show_display(Display("red", self.tr("Not checked in"), reason=error_text(error)))
            return None
        if verdict.repeat:
            # The same code again within two seconds: counted once, shown once.
            self.repeats_ignored += 1
            return verdict
        self.last_verdict = verdict
        self._take_row(verdict.registration)
        if verdict.accepted and verdict.registration is not None:
            self._count_list(+1, verdict.registration)
            self._undo.append((verdict.registration.id, self.list_id))
            self.undo_button.setEnabled(True)
            self.checked_in_changed.emit()
        self._update_counters()
        self.show_display(self.verdict_display(verdict))
        return verdict

    def verdict_display(self, verdict: ScanVerdict) -> Display:
        row = verdict.registration
        kind = verdict.kind
        if kind is VerdictKind.ACCEPTED and row is not None:
            return self._person_display("green", self.tr("Welcome!"), row, footer=self._where())
        if kind is VerdictKind.ALREADY_CHECKED_IN and row is not None:
            when = self._time_text(verdict.previous_at)
            reason = (fill(self.tr("Checked in at %1 at %2"), when, verdict.previous_station)
                      if verdict.previous_station else fill(self.tr("Checked in at %1"), when))
            return self._person_display("amber", self.tr("Already checked in"), row, reason=reason)
        reasons = {
            VerdictKind.CANCELLED: self.tr("This registration was cancelled."),
            VerdictKind.WAITLISTED: self.tr("On the waiting list, not registered. Ask the coordinator."),
            VerdictKind.REVOKED: self.tr("This ticket was re-issued; the old code no longer works. "
                                         "Ask for the new ticket or search the name."),
            VerdictKind.FORGED: self.tr("Forged or damaged code. Search the name instead."),
            VerdictKind.NOT_SSC: self.tr("Not an SSC ticket code."),
        }
        if kind is VerdictKind.OTHER_EVENT:
            reason = fill(self.tr("Ticket for another event: %1"), verdict.other_event_title)
            if verdict.other_event_same_chapter:
                reason += " " + self.tr("(same chapter)")
        else:
            reason = reasons.get(kind, self.tr("Not checked in."))
        if row is not None:
            return self._person_display("red", self.tr("Not checked in"), row, reason=reason, with_notes=False)
        return Display("red", self.tr("Not checked in"), reason=reason, footer=self._code_footer(verdict.code))

    def _code_footer(self, code: str) -> str:
        shown = code if len(code) <= 40 else code[:37] + "…"
        return fill(self.tr("Code read: %1"), shown)

    def _where(self) -> str:
        where = self.station or self.tr("this station")
        if self.list_id is not None:
            where = f"{where} · {self.list_combo.currentText()}"
        return fill(self.tr("Checked in at %1 · %2"), local_time_text(datetime.now(self._tz), self._tz), where)

    def _time_text(self, moment: datetime | None) -> str:
        if moment is None:
            return "?"
        same_day = moment.astimezone(self._tz).date() == datetime.now(self._tz).date()
        return local_time_text(moment, self._tz, with_date=not same_day)

    def desk_notes(self, row: RegistrationRow) -> list[str]:
        """What the desk must do for this person: their role's errand and the coordinator's note."""
        hints = {
            RegistrationRole.SPEAKER: self.tr("Speaker: take them to the green room."),
            RegistrationRole.JUDGE: self.tr("Judge: hand over the scoring kit."),
            RegistrationRole.STAFF: self.tr("Staff: send them to the staff briefing."),
        }
        notes = [hints[row.role]] if row.role in hints else []
        if row.walk_in:
            notes.append(self.tr("Walk-in: make sure they have a badge."))
        if row.desk_note.strip():
            notes.append(row.desk_note.strip())
        return notes

    def _person_display(self, colour: str, headline: str, row: RegistrationRow, reason: str = "",
                        footer: str = "", with_notes: bool = True) -> Display:
        details = " · ".join(part for part in (role_label(row.role), row.affiliation, row.chapter_name) if part)
        notes = "\n".join(self.desk_notes(row)) if with_notes else ""
        native = row.native_name if row.native_name and row.native_name != row.latin_name else ""
        return Display(colour, headline, native or row.latin_name, row.latin_name if native else "",
                       details, reason, notes, footer)

    # -- showing -----------------------------------------------------------------------------------------
    def show_display(self, display: Display, sound: bool = True) -> None:
        self.last_display = display
        self.verdicts_shown += 1 if display.colour in SOUNDS else 0
        self.panel.setStyleSheet(
            f"#VerdictPanel {{ background: {COLOURS[display.colour]}; border-radius: 28px; }}")
        mark = {"green": "✓  ", "amber": "⚠  ", "red": "✕  "}.get(display.colour, "")
        self.headline.setText(mark + display.headline)
        width = max(self.panel.width() - 100, 700)
        self._fit(self.native_name, display.native_name, 150, 48, width)
        self._fit(self.latin_name, display.latin_name, 72, 32, width)
        for label, text in ((self.details, display.details), (self.reason, display.reason),
                            (self.notes, display.notes), (self.footer, display.footer)):
            label.setText(text)
            label.setVisible(bool(text))
        if sound and display.colour in SOUNDS:
            self.play_sound(display.colour)

    @staticmethod
    def _fit(label: QLabel, text: str, largest: int, smallest: int, width: int) -> None:
        """Sets text in the largest font size (px) that keeps it on one line, down to smallest."""
        label.setText(text)
        label.setVisible(bool(text))
        font = QFont(label.font())
        size = largest
        while size > smallest:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(text) <= width:
                break
            size -= 4
        font.setPixelSize(size)
        label.setFont(font)

    def play_sound(self, colour: str) -> None:
        self.last_sound = colour
        effect = self._sounds.get(colour)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # pragma: no cover - Qt without multimedia
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", SOUNDS[colour]))))
            effect.setVolume(0.8)
            self._sounds[colour] = effect
        effect.play()

    # -- search ----------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

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
        self.check_in_button.setEnabled(usable and (not at_door or not row.inside))
        self.check_out_button.setEnabled(usable and (not at_door or row.inside))
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
        again = self.list_id is None and row.checked_in_at is not None and not row.inside
        try:
            updated = self.services.checkin.check_in(row.id, self.station, list_id=self.list_id)
        except DomainError as error:
            colour = "amber" if error.code == "checkin.already" else "red"
            headline = self.tr("Already checked in") if colour == "amber" else self.tr("Not checked in")
            self.show_display(self._person_display(colour, headline, row, reason=error_text(error),
                                                   with_notes=colour == "amber"))
            return
        self._take_row(updated)
        self._count_list(+1, updated)
        self._undo.append((row.id, self.list_id))
        self.undo_button.setEnabled(True)
        self._update_counters()
        self.checked_in_changed.emit()
        self.show_display(self._person_display("green", self.tr("Welcome back!") if again else self.tr("Welcome!"),
                                               updated, footer=self._where()))
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
            updated = self.services.checkin.check_out(row.id, list_id=self.list_id)
        except DomainError as error:
            self.show_display(self._person_display("red", self.tr("Not checked out"), row,
                                                   reason=error_text(error), with_notes=False))
            return
        self._take_row(updated)
        self._update_counters()
        self.checked_in_changed.emit()
        self.show_display(self._person_display("info", self.tr("Checked out"), updated, with_notes=False,
                                               footer=self.tr("Checking them in again later counts as re-entry.")),
                          sound=False)

    def undo_last(self) -> None:
        """Takes back this station's latest check-in (Ctrl+Z)."""
        if not self._undo:
            return
        registration_id, list_id = self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))
        try:
            updated = self.services.checkin.undo_check_in(registration_id, list_id=list_id)
        except DomainError as error:
            self.show_display(Display("red", self.tr("Nothing undone"), reason=error_text(error)), sound=False)
            return
        self._take_row(updated)
        if list_id is not None and list_id == self.list_id:
            self._count_list(-1, updated)
        self._update_counters()
        self.checked_in_changed.emit()
        self.show_display(self._person_display("info", self.tr("Check-in undone"), updated, with_notes=False),
                          sound=False)

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
        if outcome.checked_in:
            self._undo.append((row.id, None))
            self.undo_button.setEnabled(True)
        self._update_counters()
        self.checked_in_changed.emit()
        headline = self.tr("Welcome!") if outcome.checked_in else self.tr("Walk-in registered")
        self.show_display(self._person_display("green", headline, row, footer=self._where()))
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
        QSettings().setValue("checkin/camera", on)

    def closeEvent(self, close_event: QCloseEvent) -> None:
        self._timer.stop()
        self.scanner.remove()
        self.camera.shutdown()
        self.closed.emit()
        super().closeEvent(close_event)

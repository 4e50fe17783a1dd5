"""The main window: sidebar of areas, event switcher, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop import APP_NAME
from ssc_desktop.views.database_safety import DatabaseInUseDialog, DatabaseSafety, is_in_use
from ssc_desktop.views.desk_menu import DeskMenu
from ssc_desktop.views.door import Door
from ssc_desktop.views.dialogs.about_dialog import AboutDialog
from ssc_desktop.views.dialogs.badges_dialog import BadgesDialog
from ssc_desktop.views.dialogs.smtp_settings_dialog import SmtpSettingsDialog
from ssc_desktop.views.dialogs.roster_import_wizard import RosterImportWizard
from ssc_desktop.views import settings
from ssc_desktop.views.changes import EVENT_FIGURES, Change, ChangeHub, Kind
from ssc_desktop.views.dialogs.first_run_wizard import FirstRunChoices, Start
from ssc_desktop.views.dialogs.preferences_dialog import PreferencesDialog
from ssc_desktop.views.language import running_language
from ssc_desktop.views.labels import date_text, date_time_text, error_text, fill, word
from ssc_desktop.views.pages.audit_page import AuditPage
from ssc_desktop.views.questions import ask_keep_demo
from ssc_desktop.views.pages.base import Page
from ssc_desktop.views.pages.checkin_page import CheckInPage
from ssc_desktop.views.pages.events_page import EventsPage
from ssc_desktop.views.pages.members_page import MembersPage
from ssc_desktop.views.pages.contests_page import ContestsPage
from ssc_desktop.views.pages.dashboard_page import DashboardPage
from ssc_desktop.views.pages.certificates_page import CertificatesPage
from ssc_desktop.views.pages.exports_page import ExportsPage
from ssc_desktop.views.pages.programme_page import ProgrammePage
from ssc_desktop.views.pages.registrations_page import RegistrationsPage
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.page_stack import PageStack
from ssc_desktop.views.sidebar import Sidebar
from ssc_desktop.views.view_menu import ViewMenu

MAX_RECENT = 8
DATABASE_FILTER = "SSC Desktop database or desk file (*.sqlite3 *.sqlite *.db *.sscdesk);;All files (*)"

Compose = Callable[..., Any]  # (target, read_only=False, language=...) -> AppContext
CreateDemo = Callable[..., tuple[Any, Any]]  # (target, keep=..., language=...) -> (AppContext, DemoSummary or None)


def printing_language() -> str:
    """The language the PDFs' own words are printed in: the one the window speaks, at each export."""
    return running_language().code


_PAGE_KINDS = (
    EventsPage,
    ProgrammePage,
    RegistrationsPage,
    MembersPage,
    CheckInPage,
    DashboardPage,
    ContestsPage,
    ExportsPage,
    CertificatesPage,
    AuditPage,
)


def _page(row: int) -> property:
    return property(lambda window: window.stack.page(row))


class MainWindow(QMainWindow):
    events_page, programme_page, registrations_page, members_page, checkin_page = (_page(r) for r in range(5))
    dashboard_page, contests_page, exports_page, certificates_page, audit_page = (_page(r) for r in range(5, 10))

    def __init__(
        self, compose: Compose, create_demo: CreateDemo, demo_exists: Callable[[], bool] = lambda: False
    ) -> None:
        super().__init__()
        self._compose = compose
        self._create_demo = create_demo
        self._demo_exists = demo_exists
        self.context: Any = None
        self.upgrade_note: QMessageBox | None = None  # what an upgrade repaired, told once
        self.in_use_dialog: QMessageBox | None = None  # the last "open in another app" question
        self.tasks = TaskRunner(self)
        self.safety = DatabaseSafety(self)  # automatic backups, restore, one app per file
        self._stale: set = set()  # pages still to be given the open services and the chosen event
        self._shown_event_id: int | None = None  # the event the pages were last given
        self._outdated: set = set()  # pages whose data changed since they last read it
        self.events: list = []
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(980, 640))

        # Every write a page makes is announced here once; the pages showing that data follow.
        self.changes = ChangeHub(self)
        self.changes.changed.connect(self._data_changed)
        # In sidebar order; the sidebar row of a page is its index here. Each is built when first
        # wanted (shown, or reached through its attribute below).
        self.stack = PageStack([self._page_factory(kind) for kind in _PAGE_KINDS])
        self.stack.built.connect(self._page_built)
        self.events_page.event_chosen.connect(self._choose_event_and_check_in)
        badges_button = QPushButton(self.tr("Badges && tickets…"))
        badges_button.clicked.connect(lambda: self.open_badges())
        self.registrations_page.header_actions.insertWidget(0, badges_button)
        import_button = QPushButton(self.tr("Import roster…"))
        import_button.clicked.connect(lambda: self.import_roster())
        self.members_page.header_actions.insertWidget(0, import_button)

        self.sidebar = Sidebar()
        self.navigation = self.sidebar.navigation
        self.navigation.currentRowChanged.connect(self._show_area)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.safety.banner)
        content_layout.addWidget(self._build_event_bar())
        content_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label = QLabel()
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self.navigation.setCurrentRow(0)

    # -- construction ------------------------------------------------------------
    def _build_event_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("EventBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(24, 10, 24, 10)
        label = QLabel(self.tr("Event:"))
        label.setStyleSheet("font-weight: 600;")
        self.event_switcher = QComboBox()
        self.event_switcher.setMinimumWidth(360)
        self.event_switcher.currentIndexChanged.connect(self._event_switched)
        self.event_summary = QLabel()
        self.event_summary.setObjectName("PageHint")
        layout.addWidget(label)
        layout.addWidget(self.event_switcher)
        layout.addWidget(self.event_summary, 1)
        return bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New)
        self._add_action(file_menu, self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open)
        self._add_action(file_menu, self.tr("Connect to &shared database (PostgreSQL)…"), self.connect_shared_database)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._add_action(file_menu, self.tr("Open the &demo reunion"), self.open_demo)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Import roster…"), lambda: self.import_roster(), QKeySequence("Ctrl+I"))
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Backup copy…"), self.backup_copy, QKeySequence("Ctrl+Shift+B"))
        self.restore_action = self._add_action(
            file_menu, self.tr("Res&tore from backup…"), lambda: self.safety.open_restore_dialog()
        )
        self._add_action(file_menu, self.tr("&E-mail settings…"), self.open_mail_settings)
        self._add_action(
            file_menu, self.tr("&Preferences…"), self.open_preferences, QKeySequence.StandardKey.Preferences
        )
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.desk_menu = DeskMenu(self)
        self.view_menu = ViewMenu(self)  # Reload, Ctrl+1… for the pages, F6, high contrast
        self.door = Door(self)  # the full-screen station at the door and its walk-in badges
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&About SSC Desktop"), self.show_about)
        self._add_action(help_menu, self.tr("About &Qt"), QApplication.aboutQt)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- databases -----------------------------------------------------------------
    def open_database(self, target: Any, read_only: bool = False) -> bool:
        """Opens target (path or URL) and shows it; on failure keeps what was open and says why.

        A file another app has open: says who, and opens it read-only if the person wants.
        """
        if self.context is not None and target is not None and self._is_open_now(str(target)):
            self._close_context()  # reopening (after a restore): our own lock would keep us out
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            language = printing_language
            context = (
                self._compose(target, read_only=True, language=language)
                if read_only
                else self._compose(target, language=language)
            )
        except Exception as error:  # noqa: BLE001 - a database that fails to open must not end the app
            QGuiApplication.restoreOverrideCursor()
            if is_in_use(error) and not read_only:
                self.safety.in_use = error.params
                self.in_use_dialog = DatabaseInUseDialog(error, self)
                self.in_use_dialog.exec()
                return self.in_use_dialog.wants_read_only() and self.open_database(target, read_only=True)
            self._show_error(self.tr("Cannot open the database"), error)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.use_context(context)
        return True

    def _is_open_now(self, target: str) -> bool:
        location = self.context.location  # a desk file's own path: its working copy is held while open
        return "://" not in target and "://" not in location and Path(target).expanduser().resolve() == Path(location)

    def _close_context(self) -> None:
        self.tasks.wait_for_all(5000)
        self.safety.closing()
        self.context.close()
        self.context = None

    def use_context(self, context: Any) -> None:
        if self.context is not None:
            self._close_context()
        self.context = context
        location = context.location  # a desk file's own path, not its working copy's
        self._remember_database(location)
        read_only = getattr(context, "read_only", False)
        shown = Path(location).name if "://" not in location else location
        if read_only:  # another app has the file: say so wherever the eye goes
            self.database_label.setText(
                fill(self.tr("Database: %1 (read-only: open in another SSC Desktop)"), location)
            )
            self.setWindowTitle(fill(self.tr("%1 — %2 (read-only)"), APP_NAME, shown))
        else:
            self.database_label.setText(fill(self.tr("Database: %1"), location))
            self.setWindowTitle(f"{APP_NAME} — {shown}")
        # On a shared server it says where its own backups are, and this laptop's copies of it.
        self.restore_action.setEnabled(not read_only)
        self.safety.opened(context)
        # Pages are brought up to date when they are shown (see _sync_page): a start-up that
        # loaded every page's data would make the first window wait for pages nobody looks at.
        self._stale = set(self.stack.built_pages())
        self._shown_event_id = None  # another database: its event of the same id is another event
        self._reload_events()
        self._sync_page(self.stack.currentWidget())
        if not read_only:  # telling it is a write
            self._tell_upgrade_repairs()

    def _tell_upgrade_repairs(self) -> None:
        """Once: how many doubled check-ins an older version left, which the upgrade undid."""
        services = self.context.services
        doubles = services.checkin.doubles_fixed_by_upgrade()
        if not doubles:
            return
        self.upgrade_note = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Database upgraded"),
            self.tr(
                "This database held %1 doubled check-in(s) from an older version (the same person checked in "
                "twice at once). Each person now has one check-in per list, the earliest of their stay; the "
                "others are kept, marked undone."
            ).replace("%1", str(doubles)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.upgrade_note.open()  # not modal to the app: a desk opening the database is not held up
        services.checkin.acknowledge_upgrade_doubles()

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "reunion.sqlite3"), DATABASE_FILTER
        )
        if path:
            self.open_database(path)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(Path.home()), DATABASE_FILTER)
        if path:
            self.open_database(path)

    def connect_shared_database(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Shared database"),
            self.tr("PostgreSQL address shared by the laptops at the venue:"),
            text="postgresql://user:password@192.168.1.10/ssc",
        )
        if ok and url.strip():
            self.open_database(url.strip())

    def open_demo(self, keep: bool | None = None) -> None:
        """The demo reunion: as it was left (keep), made anew, or, with keep None, as the person chooses."""
        if keep is None:
            keep = ask_keep_demo(self) if self._demo_exists() else False
            if keep is None:
                return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            context, summary = self._create_demo(None, keep=keep, language=printing_language)
        except Exception as error:  # noqa: BLE001
            QGuiApplication.restoreOverrideCursor()
            self._show_error(self.tr("Cannot create the demo reunion"), error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.use_context(context)
        self.statusBar().showMessage(
            self.tr("Demo reunion created.") if summary is not None else self.tr("Demo reunion opened as you left it."),
            5000,
        )

    def import_roster(self, path: str | Path | None = None, chapter: str | None = None) -> RosterImportWizard | None:
        if self.context is None:
            return None
        wizard = RosterImportWizard(self.context.services, self.tasks, self, path=path, chapter=chapter or "")
        wizard.imported.connect(self._roster_imported)
        wizard.open()
        return wizard

    def _roster_imported(self, count: int) -> None:
        self.changes.announce(Kind.MEMBERS)
        self.statusBar().showMessage(fill(self.tr("Roster imported: %1 members added or updated."), count), 8000)

    def open_badges(self) -> BadgesDialog | None:
        """Badges, ticket PDFs or e-mailed tickets for the current event (the selected person, if any)."""
        event = self.current_event()
        if self.context is None or event is None:
            return None
        selected = self.registrations_page.selected_row()
        dialog = BadgesDialog(
            self.context.services, event, self.tasks, selected_ids=[selected.id] if selected else [], parent=self
        )
        dialog.written.connect(lambda path: self.statusBar().showMessage(fill(self.tr("Written: %1"), path), 8000))
        dialog.mailed.connect(
            lambda sent: self.statusBar().showMessage(fill(self.tr("Tickets e-mailed: %1"), sent), 8000)
        )
        dialog.open()
        return dialog

    def open_mail_settings(self) -> SmtpSettingsDialog | None:
        if self.context is None:
            return None
        dialog = SmtpSettingsDialog(self.context.services, self.tasks, self)
        dialog.open()
        return dialog

    def begin_with(self, choices: FirstRunChoices) -> None:
        """What the first-run wizard asked for: the chapter kept, then the roster import opened."""
        if choices.chapter:
            settings.HOME_CHAPTER.set(choices.chapter)
            if (
                choices.start is not Start.DEMO
            ):  # the demo has its own chapters; the chapter is for the person's own data
                self.context.services.chapters.set_home_chapter(choices.chapter)
        if choices.start is Start.IMPORT_ROSTER:
            QTimer.singleShot(0, lambda: self.import_roster())

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(running_language(), self)
        dialog.open()
        return dialog

    def open_door_station(self, event_id: int):
        """The door laptop's start-up (ssc-desktop --station ID): see views/door.py."""
        return self.door.open_station(event_id)

    def print_walk_in_badge(self, registration_id: int) -> None:
        self.door.print_walk_in_badge(registration_id)

    def backup_copy(self) -> None:
        if self.context is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Backup copy"), str(Path.home() / "ssc-backup.sqlite3"), DATABASE_FILTER
        )
        if not path:
            return
        backup = self.context.services.backup
        self.statusBar().showMessage(self.tr("Writing backup copy…"))
        self.tasks.start(
            lambda progress, cancel: backup.backup_to(path),
            on_success=lambda written: self.statusBar().showMessage(
                self.tr("Backup copy written to %1").replace("%1", str(written)), 8000
            ),
            on_failure=lambda error, _trace: self._show_error(self.tr("Backup copy failed"), error),
        )

    def _remember_database(self, location: str) -> None:
        recent = [entry for entry in settings.RECENT_DATABASES.get() if entry != location]
        settings.RECENT_DATABASES.set([location, *recent][:MAX_RECENT])
        settings.LAST_DATABASE.set(location)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_DATABASES.get()
        for location in recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _checked=False, target=location: self.open_database(target))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), settings.RECENT_DATABASES.clear)

    # -- events ------------------------------------------------------------------------
    def _reload_events(self, select_id: int | None = None) -> None:
        services = self.context.services
        self.events = services.events.list_events()
        wanted = (
            select_id if select_id is not None else self._current_event_id() or settings.CURRENT_EVENT.get() or None
        )
        self.event_switcher.blockSignals(True)
        self.event_switcher.clear()
        for event in self.events:
            self.event_switcher.addItem(f"{event.title} — {date_text(event.local_start)}", event.id)
        index = self.event_switcher.findData(wanted) if wanted is not None else -1
        if index < 0 and self.events:
            index = self._default_event_index()
        self.event_switcher.setCurrentIndex(index)
        self.event_switcher.blockSignals(False)
        self._event_switched(index)
        members = services.members.count_members()
        self.totals_label.setText(fill(self.tr("%1 members · %2 events"), f"{members:,}", len(self.events)))

    def _default_event_index(self) -> int:
        # The event under way today, else the next one to come, else the most recent one.
        from datetime import datetime, timezone

        from ssc_desktop.services.events import zone

        now = datetime.now(timezone.utc)
        for index, event in enumerate(self.events):
            today_there = now.astimezone(zone(event.timezone)).date()
            if event.local_start.date() <= today_there <= event.local_end.date():
                return index
        upcoming = [i for i, e in enumerate(self.events) if e.ends_at >= now]
        return upcoming[-1] if upcoming else 0

    def _current_event_id(self) -> int | None:
        return self.event_switcher.currentData()

    def current_event(self):
        event_id = self._current_event_id()
        return next((e for e in self.events if e.id == event_id), None)

    def _event_switched(self, _index: int) -> None:
        event = self.current_event()
        if event is None:
            self.event_summary.setText(self.tr("No events yet — create one on the Events page."))
        else:
            place = event.venue or event.online_link or ""
            self.event_summary.setText(
                f"{word(event.format)} · {date_time_text(event.local_start, weekday=True)} ({event.timezone})"
                + (f" · {place}" if place else "")
            )
            settings.CURRENT_EVENT.set(event.id)
        shown = event.id if event is not None else None
        if shown != self._shown_event_id:  # another event: every page shows the chosen one
            self._shown_event_id = shown
            self._stale = set(self.stack.built_pages())
        self._sync_page(self.stack.currentWidget())

    @property
    def pages(self) -> list[Page]:
        """Every page, in sidebar order (building those not built yet)."""
        return self.stack.all_pages()

    def reads_again_when_shown(self, page: Page) -> bool:
        """Whether the page will read its data (again) when it is next shown."""
        return page in self._stale or page in self._outdated

    def _page_factory(self, kind: type[Page]) -> Callable[[], Page]:
        return lambda: kind(self.tasks)

    def _page_built(self, page: Page) -> None:
        page.changes = self.changes
        self._stale.add(page)  # it gets the open services and the chosen event when shown

    def _sync_page(self, page) -> None:
        """Gives a page the open services and the chosen event if it has not had them yet, or has
        it read again when its data changed since."""
        if self.context is None:
            return
        if page not in self._stale:
            if page in self._outdated:
                self._outdated.discard(page)
                page.reload()
            return
        self._stale.discard(page)
        self._outdated.discard(page)
        if page.services is not self.context.services:
            page.set_services(self.context.services)
        page.set_event(self.current_event())

    def _data_changed(self, change: Change) -> None:
        """Pages showing what changed read again (the one on screen now, others when shown)."""
        if self.context is None:
            return
        if change.touches(EVENT_FIGURES):
            # A new or edited event is chosen; the bar's figures and the events list follow.
            self._reload_events(select_id=change.event_id if Kind.EVENTS in change.kinds else None)
        self._outdated |= {
            page for page in self.stack.built_pages() if change.touches(page.shows) and page is not change.source
        }
        self._sync_page(self.stack.currentWidget())

    def _choose_event_and_check_in(self, event_id: int) -> None:
        index = self.event_switcher.findData(event_id)
        if index >= 0:
            self.event_switcher.setCurrentIndex(index)
        self.show_area("checkin")

    def reload_all(self) -> None:
        if self.context is None:
            return
        self._stale = set(self.stack.built_pages())
        self._reload_events()
        self._sync_page(self.stack.currentWidget())

    # -- areas ---------------------------------------------------------------------------
    def _show_area(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            page = self.stack.page(row)
            self.stack.setCurrentIndex(row)
            if page in self._stale or page in self._outdated:
                self._sync_page(page)
            elif page is self.events_page and self.context is not None:
                self.events_page.reload()

    def show_area(self, key: str) -> None:
        row = self.sidebar.row_of(key)
        if row >= 0:
            self.navigation.setCurrentRow(row)

    def show_about(self) -> None:
        location = self.context.location if self.context else "—"
        AboutDialog(location, self).exec()

    def _show_error(self, title: str, error: BaseException) -> None:
        QMessageBox.critical(self, title, error_text(error))

    # -- window state ------------------------------------------------------------------
    def restore_window_state(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.WINDOW_STATE.get()
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        area = settings.WINDOW_AREA.get()
        if 0 <= area < self.stack.count():
            self.navigation.setCurrentRow(area)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        settings.WINDOW_AREA.set(self.navigation.currentRow())
        if self.checkin_page.station_window is not None:
            self.checkin_page.station_window.close()
        for page in self.stack.built_pages():
            if isinstance(page, ContestsPage):
                page.phones.stop()  # the judges' phones stop with the app, before their database closes
        self.tasks.wait_for_all(10000)
        if self.context is not None:
            self._close_context()
        super().closeEvent(event)

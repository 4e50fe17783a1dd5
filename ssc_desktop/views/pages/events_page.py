"""Events: every reunion and gathering, with its figures at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QMenu,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.changes import EVENT_FIGURES, Kind
from ssc_desktop.views.dialogs.event_dialog import CopyEventDialog, EventDialog
from ssc_desktop.views.labels import date_text, date_time_text, fill, time_text, word, zone_note
from ssc_desktop.views.pages.base import Page, card, field_label, figure
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table
from ssc_desktop.views.task_runner import TaskRunner


def event_columns() -> list[Column[EventSummary]]:
    return [
        Column(
            QCoreApplication.translate("EventsPage", "Date"),
            lambda e: date_text(e.local_start),
            sort_key=lambda e: e.starts_at,
        ),
        Column(QCoreApplication.translate("EventsPage", "Title"), lambda e: e.title),
        Column(QCoreApplication.translate("EventsPage", "Chapter"), lambda e: e.chapter_name),
        Column(QCoreApplication.translate("EventsPage", "Format"), lambda e: word(e.format)),
        Column(
            QCoreApplication.translate("EventsPage", "Registered"),
            lambda e: f"{e.registered:,}",
            sort_key=lambda e: e.registered,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("EventsPage", "Waitlist"),
            lambda e: f"{e.waitlisted:,}",
            sort_key=lambda e: e.waitlisted,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("EventsPage", "Checked in"),
            lambda e: f"{e.checked_in:,}",
            sort_key=lambda e: e.checked_in,
            align_right=True,
        ),
    ]


class EventsPage(Page):
    """Every event. New event…, Duplicate… and Edit… announce Kind.EVENTS with the event's id."""

    shows = EVENT_FIGURES

    event_chosen = Signal(int)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Events"), self.tr("Reunions, seminars and webinars of your chapters."))
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(self.create_event)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_event)
        self.copy_button = QPushButton(self.tr("Duplicate…"))
        self.copy_button.setToolTip(self.tr("A new event like this one on a new date, with its programme"))
        self.copy_button.clicked.connect(self.duplicate_event)
        self.header_actions.addWidget(self.edit_button)
        self.header_actions.addWidget(self.copy_button)
        self.header_actions.addWidget(self.new_button)

        self.model = RecordTableModel(event_columns(), self)
        self.proxy, self.table = record_table(self.model, self, order=Qt.SortOrder.DescendingOrder, row_height=30)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self._choose_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.details = EventDetails()
        self.details.make_current.clicked.connect(self._choose_selected)
        details_scroll = QScrollArea()  # the whole card on a low screen (1280x720 at 150 %), scrolled
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.viewport().setAutoFillBackground(False)
        details_scroll.setWidget(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(details_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 360])
        self.layout_.addWidget(splitter, 1)
        self.notice = ResultLine()
        self.notice.set_tone(Tone.SAVED)
        self.notice.hide()
        self.layout_.addWidget(self.notice)
        self._update_buttons()

    def reload(self) -> None:
        if self.services is None:
            return
        selected = self.selected_event()
        self.model.set_rows(self.services.events.list_events())
        configure_columns(self.table, [100, 260, 90, 90, 80, 65, 80], stretch=1)
        self.select_event(selected.id if selected else (self.current_event.id if self.current_event else None))

    def event_changed(self) -> None:
        if self.current_event is not None:
            self.select_event(self.current_event.id)

    def selected_event(self) -> EventSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_event(self, event_id: int | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.source_row(proxy_row)).id == event_id:
                self.table.selectRow(proxy_row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.details.show_event(None)

    def create_event(self) -> None:
        if self.services is None:
            return
        # A coordinator adds events to the chapter they work in, not to whichever sorts first.
        dialog = EventDialog(self.services, self, like=self.selected_event() or self.current_event)
        if dialog.exec() and dialog.created is not None:
            self.reload()
            self.select_event(dialog.created.id)
            self.announce(Kind.EVENTS, event_id=dialog.created.id)

    def edit_event(self) -> None:
        event = self.selected_event()
        if self.services is None or event is None:
            return
        dialog = EventDialog(self.services, self, event=event)
        if dialog.exec() and dialog.edited is not None:
            edit = dialog.edited
            self.reload()
            self.select_event(edit.event.id)
            if edit.promoted:
                names = ", ".join(r.latin_name for r in edit.promoted)
                self.show_notice(fill(self.tr("%1 promoted from the waitlist: %2"), len(edit.promoted), names))
            else:
                self.show_notice(fill(self.tr("Saved: %1"), edit.event.title))
            self.announce(Kind.EVENTS, event_id=edit.event.id)

    def duplicate_event(self) -> None:
        event = self.selected_event()
        if self.services is None or event is None:
            return
        dialog = CopyEventDialog(self.services, event, self)
        if dialog.exec() and dialog.copied is not None:
            copy = dialog.copied
            self.reload()
            self.select_event(copy.event.id)
            self.show_notice(
                fill(
                    self.tr("Created “%1” on %2 with %3 programme items."),
                    copy.event.title,
                    date_text(copy.event.local_start),
                    copy.programme_items,
                )
            )
            self.announce(Kind.EVENTS, event_id=copy.event.id)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        has_event = self.selected_event() is not None
        menu.addAction(self.tr("Work on this event"), self._choose_selected).setEnabled(has_event)
        menu.addAction(self.tr("Edit…"), self.edit_event).setEnabled(has_event)
        menu.addAction(self.tr("Duplicate…"), self.duplicate_event).setEnabled(has_event)
        menu.addSeparator()
        menu.addAction(self.tr("New event…"), self.create_event)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _update_buttons(self) -> None:
        has_event = self.selected_event() is not None
        self.edit_button.setEnabled(has_event)
        self.copy_button.setEnabled(has_event)

    def _show_selected(self) -> None:
        self.details.show_event(self.selected_event())
        self._update_buttons()

    def _choose_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.event_chosen.emit(event.id)


class EventDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        frame, layout = card(self)
        outer.addWidget(frame)
        self.title = QLabel()
        self.title.setObjectName("DetailName")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageHint")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.when = field_label("")
        self.venue = field_label("")
        self.link = field_label("")
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.capacity = field_label("")
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Online:"), self.link)
        form.addRow(self.tr("Capacity:"), self.capacity)
        self.deadline = field_label("")
        form.addRow(self.tr("Sign-ups close:"), self.deadline)
        layout.addLayout(form)

        figures = QGridLayout()
        registered_box, self.registered = figure("0", self.tr("registered"))
        checked_box, self.checked_in = figure("0", self.tr("checked in"))
        waiting_box, self.waitlisted = figure("0", self.tr("on the waitlist"))
        cancelled_box, self.cancelled = figure("0", self.tr("cancelled"))
        figures.addWidget(registered_box, 0, 0)
        figures.addWidget(checked_box, 0, 1)
        figures.addWidget(waiting_box, 1, 0)
        figures.addWidget(cancelled_box, 1, 1)
        layout.addLayout(figures)
        self.places_caption = QLabel()
        self.places_caption.setObjectName("FigureLabel")
        self.places_bar = QProgressBar()
        self.places_bar.setTextVisible(False)
        self.arrival_caption = QLabel()
        self.arrival_caption.setObjectName("FigureLabel")
        self.arrival = QProgressBar()
        self.arrival.setTextVisible(False)
        for widget in (self.places_caption, self.places_bar, self.arrival_caption, self.arrival):
            layout.addWidget(widget)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.make_current = QPushButton(self.tr("Work on this event"))
        self.make_current.setObjectName("Primary")
        buttons.addWidget(self.make_current)
        layout.addLayout(buttons)
        self.show_event(None)

    def show_event(self, event: EventSummary | None) -> None:
        self.make_current.setEnabled(event is not None)
        if event is None:
            self.title.setText(self.tr("No event yet"))
            self.subtitle.setText(self.tr("Create the first event with “New event…”."))
            for label in (self.when, self.venue, self.link, self.capacity, self.deadline):
                label.setText("")
            for value in (self.registered, self.checked_in, self.waitlisted, self.cancelled):
                value.setText("0")
            self.places_bar.setValue(0)
            self.arrival.setValue(0)
            return
        tz = zone(event.timezone)
        start, end = event.starts_at.astimezone(tz), event.ends_at.astimezone(tz)
        self.title.setText(event.title)
        self.subtitle.setText(f"{event.chapter_name} · {word(event.format)}")
        same_day = start.date() == end.date()
        end_text = time_text(end) if same_day else date_time_text(end, weekday=True)
        self.when.setText(f"{date_text(start, weekday=True)}, {time_text(start)} – {end_text} ({event.timezone})")
        self.venue.setText(event.venue or "—")
        link = event.online_link
        self.link.setText(f'<a href="{link}">{link}</a>' if link else "—")
        self.capacity.setText(f"{event.capacity:,}" if event.capacity else self.tr("No limit"))
        deadline = event.registration_deadline
        self.deadline.setText(
            date_time_text(deadline.astimezone(tz), weekday=True) + zone_note(tz, deadline)
            if deadline
            else self.tr("No deadline")
        )
        self.registered.setText(f"{event.registered:,}")
        self.checked_in.setText(f"{event.checked_in:,}")
        self.waitlisted.setText(f"{event.waitlisted:,}")
        self.cancelled.setText(f"{event.cancelled:,}")
        if event.capacity:
            self.places_caption.setText(fill(self.tr("Places taken: %1 of %2"), event.registered, event.capacity))
            self.places_bar.setRange(0, event.capacity)
            self.places_bar.setValue(min(event.registered, event.capacity))
        else:
            self.places_caption.setText(fill(self.tr("Places taken: %1 (no limit)"), event.registered))
            self.places_bar.setRange(0, max(event.registered, 1))
            self.places_bar.setValue(event.registered)
        self.arrival_caption.setText(fill(self.tr("Arrived: %1 of %2 registered"), event.checked_in, event.registered))
        self.arrival.setRange(0, max(event.registered, 1))
        self.arrival.setValue(event.checked_in)

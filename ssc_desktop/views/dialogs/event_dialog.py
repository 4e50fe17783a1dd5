"""Dialogs for events: create or edit one (title, chapter, format, when, where, capacity,
registration deadline), and duplicate one onto a new date ("copy last year's reunion")."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import EventFormat
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import (
    EventCopy,
    EventDraft,
    EventEdit,
    EventSummary,
    shift_wall_clock,
    time_zone_names,
    validate_event,
    zone,
)
from ssc_desktop.services.chapters import known_timezone
from ssc_desktop.views import settings
from ssc_desktop.views.result_line import Tone
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill, word

_COMMON_ZONES = [
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Asia/Jakarta",
    "Asia/Kuala_Lumpur",
    "Asia/Kathmandu",
    "Asia/Colombo",
    "Asia/Ho_Chi_Minh",
    "Asia/Dhaka",
    "Asia/Singapore",
    "Asia/Bangkok",
    "Asia/Yangon",
    "UTC",
]


def qt_local(moment: datetime, timezone_name: str) -> QDateTime:
    """A stored (UTC) moment as the wall-clock reading in the event's zone, for a QDateTimeEdit."""
    local = moment.astimezone(zone(timezone_name))
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def aware(edit: QDateTimeEdit, zone_name: str) -> datetime:
    local = cast(datetime, edit.dateTime().toPython()).replace(second=0, microsecond=0, tzinfo=None)
    return local.replace(tzinfo=ZoneInfo(zone_name))


def _date_edit(value: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


class EventDialog(QDialog):
    """New event, or (with event=...) the editing of an existing one.

    After exec(): created holds the new EventSummary; when editing, edited holds the
    service's EventEdit (the event and who was promoted from the waitlist).
    """

    def __init__(
        self,
        services: ServiceSet,
        parent: QWidget | None = None,
        event: EventSummary | None = None,
        like: EventSummary | None = None,
    ) -> None:
        """like: for a new event, the event in use; the new one starts in its chapter and time zone."""
        super().__init__(parent)
        self.services = services
        self.original = event
        self.created: EventSummary | None = None
        self.edited: EventEdit | None = None
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        self.setMinimumWidth(540)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 4th SSC India Reunion"))
        self.chapter = QComboBox()
        self.chapter.setEditable(True)
        assert (line_edit := self.chapter.lineEdit()) is not None  # an editable combo box
        line_edit.setPlaceholderText(self.tr("Chapter name, e.g. SSC India"))
        for chapter in services.chapters.list_chapters():
            self.chapter.addItem(chapter.label, chapter.name)
        self.format = QComboBox()
        for value in EventFormat:
            self.format.addItem(word(value), value)
        self.format.setCurrentIndex(self.format.findData(EventFormat.HYBRID))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(_COMMON_ZONES)
        self.timezone.insertSeparator(len(_COMMON_ZONES))
        self.timezone.addItems([z for z in time_zone_names() if z not in _COMMON_ZONES])
        self.timezone.setCurrentText("Asia/Kolkata")
        later = QDateTime.currentDateTime().addDays(30)
        self.starts = _date_edit(QDateTime(later.date(), QTime(9, 30)))
        self.ends = _date_edit(QDateTime(later.date(), QTime(17, 30)))
        self.starts.dateTimeChanged.connect(self._keep_end_after_start)
        self.venue = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue(0)
        self.has_deadline = QCheckBox(self.tr("Close sign-ups at"))
        self.deadline = _date_edit(QDateTime(later.date().addDays(-7), QTime(23, 59)))
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Chapter:"), self.chapter)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Time zone:"), self.timezone)
        form.addRow(self.tr("Starts:"), self.starts)
        form.addRow(self.tr("Ends:"), self.ends)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Online link:"), self.link)
        form.addRow(self.tr("Capacity:"), self.capacity)
        form.addRow(self.tr("Registration:"), deadline_row)
        self.note = QLabel(
            self.tr(
                "Beyond the capacity, sign-ups join a waitlist; "
                "raising the capacity later gives the first of them a place."
            )
        )
        self.note.setObjectName("PageHint")
        self.note.setWordWrap(True)
        # Said, not refused: the link often comes later, but tickets sent before it have none.
        self.link_warning = QLabel(
            self.tr(
                "No online link yet: tickets sent now will not tell online participants "
                "how to join. Add the link here before the tickets go out."
            )
        )
        self.link_warning.setProperty("tone", Tone.WARNING.value)  # coloured by the theme
        self.link_warning.setWordWrap(True)
        self.format.currentIndexChanged.connect(self._update_link_warning)
        self.link.textChanged.connect(self._update_link_warning)
        parts = lay_out_form(
            self,
            form,
            [self.note, self.link_warning],
            save_text=self.tr("Create event") if event is None else self.tr("Save changes"),
            on_save=self.accept,
        )
        self.error, self.ok_button = parts.error, parts.save_button
        if event is not None:
            self._fill(event)
        elif like is not None:
            self._choose_chapter(like.chapter_name)
            self.timezone.setCurrentText(like.timezone)
        else:  # the first event: the coordinator's own chapter, in its time zone
            home = services.chapters.home_chapter()
            home_name = home.name if home else settings.HOME_CHAPTER.get()
            if home_name:
                self._choose_chapter(home_name)
                self.timezone.setCurrentText(known_timezone(home_name) or self.timezone.currentText())
        self._update_link_warning()

    def _fill(self, event: EventSummary) -> None:
        self.title.setText(event.title)
        self._choose_chapter(event.chapter_name)
        self.format.setCurrentIndex(self.format.findData(event.format))
        self.timezone.setCurrentText(event.timezone)
        self.starts.setDateTime(qt_local(event.starts_at, event.timezone))
        self.ends.setDateTime(qt_local(event.ends_at, event.timezone))
        self.venue.setText(event.venue)
        self.link.setText(event.online_link)
        self.capacity.setValue(event.capacity or 0)
        self.has_deadline.setChecked(event.registration_deadline is not None)
        if event.registration_deadline is not None:
            self.deadline.setDateTime(qt_local(event.registration_deadline, event.timezone))

    def _update_link_warning(self) -> None:
        online = self.format.currentData() in (EventFormat.ONLINE, EventFormat.HYBRID)
        self.link_warning.setVisible(online and not self.link.text().strip())

    def _choose_chapter(self, name: str) -> None:
        index = self.chapter.findData(name)
        if index >= 0:
            self.chapter.setCurrentIndex(index)
        else:
            self.chapter.setEditText(name)

    def _keep_end_after_start(self, start: QDateTime) -> None:
        if self.ends.dateTime() <= start:
            self.ends.setDateTime(start.addSecs(8 * 3600))

    def draft(self) -> EventDraft:
        """The event as typed, checked; the chapter is created only once the rest is valid."""
        zone_name = self.timezone.currentText().strip()
        zone(zone_name)
        draft = EventDraft(
            chapter_id=0,
            title=self.title.text(),
            format=self.format.currentData(),
            starts_at=aware(self.starts, zone_name),
            ends_at=aware(self.ends, zone_name),
            timezone=zone_name,
            venue=self.venue.text(),
            online_link=self.link.text(),
            capacity=self.capacity.value() or None,
            registration_deadline=aware(self.deadline, zone_name) if self.has_deadline.isChecked() else None,
        )
        validate_event(draft)
        chapter, _created = self.services.chapters.ensure_chapter(self._chapter_name())
        return replace(draft, chapter_id=chapter.id)

    def _chapter_name(self) -> str:
        typed = self.chapter.currentText().strip()
        index = self.chapter.findText(typed)
        return self.chapter.itemData(index) if index >= 0 else typed

    def accept(self) -> None:
        try:
            if self.original is None:
                self.created = self.services.events.create_event(self.draft())
            else:
                self.edited = self.services.events.edit_event(self.original.id, self.draft())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()


class CopyEventDialog(QDialog):
    """Duplicate an event onto a new date: same chapter, format, venue, link, time zone,
    capacity; the end, deadline and programme move with the new start.

    After exec(), copied holds the service's EventCopy.
    """

    def __init__(self, services: ServiceSet, event: EventSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.source = event
        self.copied: EventCopy | None = None
        self.setWindowTitle(self.tr("Duplicate event"))
        self.setMinimumWidth(500)

        intro = QLabel(fill(self.tr("A new event like “%1”, on a new date."), event.title))
        intro.setWordWrap(True)
        self.title = QLineEdit(event.title)
        # Same weekday a year on: 52 weeks later.
        self.starts = _date_edit(qt_local(event.starts_at + timedelta(weeks=52), event.timezone))
        self.starts.dateTimeChanged.connect(self._show_moved)
        self.ends = QLabel()
        self.deadline = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(fill(self.tr("Starts (%1):"), event.timezone), self.starts)
        form.addRow(self.tr("Ends:"), self.ends)
        form.addRow(self.tr("Sign-ups close:"), self.deadline)
        note = QLabel(
            self.tr(
                "Chapter, format, venue, online link, time zone and capacity are kept. "
                "The programme is copied and moved by the same amount. "
                "Registrations are not copied."
            )
        )
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        parts = lay_out_form(
            self, form, [note], save_text=self.tr("Create the copy"), on_save=self.accept, intro=[intro]
        )
        self.error, self.ok_button = parts.error, parts.save_button
        self._show_moved()

    def new_start(self) -> datetime:
        return aware(self.starts, self.source.timezone)

    def _shift(self) -> timedelta:
        tz = zone(self.source.timezone)
        return self.new_start().replace(tzinfo=None) - self.source.starts_at.astimezone(tz).replace(tzinfo=None)

    def _show_moved(self) -> None:
        tz, delta = zone(self.source.timezone), self._shift()
        ends = shift_wall_clock(self.source.ends_at, self.source.timezone, delta).astimezone(tz)
        self.ends.setText(f"{ends:%Y-%m-%d %H:%M}")
        if self.source.registration_deadline is None:
            self.deadline.setText(self.tr("No deadline"))
        else:
            deadline = shift_wall_clock(self.source.registration_deadline, self.source.timezone, delta).astimezone(tz)
            self.deadline.setText(f"{deadline:%Y-%m-%d %H:%M}")

    def accept(self) -> None:
        try:
            self.copied = self.services.events.copy_event(self.source.id, self.new_start(), title=self.title.text())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()

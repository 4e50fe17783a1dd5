"""Dialog for creating an event: title, chapter, format, when, where, capacity."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.models.enums import EventFormat
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import EventDraft, EventSummary, time_zone_names, validate_event, zone
from ssc_desktop.views.labels import error_text, format_label

_COMMON_ZONES = ["Asia/Tokyo", "Asia/Shanghai", "Asia/Kolkata", "Asia/Jakarta", "Asia/Kuala_Lumpur",
                 "Asia/Kathmandu", "Asia/Colombo", "Asia/Ho_Chi_Minh", "Asia/Dhaka", "Asia/Singapore",
                 "Asia/Bangkok", "Asia/Yangon", "UTC"]


class EventDialog(QDialog):
    def __init__(self, services: ServiceSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.created: EventSummary | None = None
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(520)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 4th SSC India Reunion"))
        self.chapter = QComboBox()
        self.chapter.setEditable(True)
        self.chapter.lineEdit().setPlaceholderText(self.tr("Chapter name, e.g. SSC India"))
        for chapter in services.chapters.list_chapters():
            self.chapter.addItem(chapter.label, chapter.name)
        self.format = QComboBox()
        for value in EventFormat:
            self.format.addItem(format_label(value), value)
        self.format.setCurrentIndex(self.format.findData(EventFormat.HYBRID))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(_COMMON_ZONES)
        self.timezone.insertSeparator(len(_COMMON_ZONES))
        self.timezone.addItems([z for z in time_zone_names() if z not in _COMMON_ZONES])
        self.timezone.setCurrentText("Asia/Kolkata")
        tomorrow = QDateTime.currentDateTime().addDays(30)
        self.starts = QDateTimeEdit(QDateTime(tomorrow.date(), QTime(9, 30)))
        self.ends = QDateTimeEdit(QDateTime(tomorrow.date(), QTime(17, 30)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.dateTimeChanged.connect(self._keep_end_after_start)
        self.venue = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue(0)

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
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create event"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _keep_end_after_start(self, start: QDateTime) -> None:
        if self.ends.dateTime() <= start:
            self.ends.setDateTime(start.addSecs(8 * 3600))

    def _aware(self, edit: QDateTimeEdit, zone_name: str) -> datetime:
        local = edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)
        return local.replace(tzinfo=ZoneInfo(zone_name))

    def draft(self) -> EventDraft:
        """The event as typed, checked; the chapter is created only once the rest is valid."""
        zone_name = self.timezone.currentText().strip()
        zone(zone_name)
        draft = EventDraft(
            chapter_id=0,
            title=self.title.text(),
            format=self.format.currentData(),
            starts_at=self._aware(self.starts, zone_name),
            ends_at=self._aware(self.ends, zone_name),
            timezone=zone_name,
            venue=self.venue.text(),
            online_link=self.link.text(),
            capacity=self.capacity.value() or None,
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
            self.created = self.services.events.create_event(self.draft())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()


"""A walk-in: a new person at the desk, added to the roster and registered in one go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import RegistrationRole
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import EventSummary
from ssc_desktop.services.members import FIRST_VISIT_YEAR, MemberDraft, MemberSummary
from ssc_desktop.services.registration_rows import WalkIn
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill, word


class WalkInDialog(QDialog):
    """Adds the person to the roster (or finds them by e-mail) and registers them as a walk-in.

    A walk-in is registered even when the event is full (they are standing at the
    desk); the outcome says so. "Check in now" records the arrival at station too.
    After exec(), outcome holds the service's WalkIn and member the person's record.
    """

    def __init__(
        self, services: ServiceSet, event: EventSummary, station: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.target = event
        self.station = station
        self.outcome: WalkIn | None = None
        self.member: MemberSummary | None = None
        self.existing_member = False
        self.setWindowTitle(fill(self.tr("Walk-in — %1"), event.title))
        self.setMinimumWidth(480)

        self.latin_name = QLineEdit()
        self.latin_name.setPlaceholderText(self.tr("Name in Latin letters, e.g. Priya Kulkarni"))
        self.native_name = QLineEdit()
        self.native_name.setPlaceholderText(self.tr("Name in their own script, e.g. प्रिया कुलकर्णी"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Finds the person if they are in the roster already"))
        self.country = QLineEdit()
        self.affiliation = QLineEdit()
        self.chapter = QComboBox()
        self.chapter.addItem(self.tr("No chapter"), None)
        for chapter in services.chapters.list_chapters():
            self.chapter.addItem(chapter.label, chapter.id)
        own = self.chapter.findData(event.chapter_id)
        self.chapter.setCurrentIndex(own if own >= 0 else 0)
        self.visit_year = QSpinBox()
        self.visit_year.setRange(FIRST_VISIT_YEAR - 1, 2100)
        self.visit_year.setSpecialValueText(self.tr("Not known"))
        self.visit_year.setValue(FIRST_VISIT_YEAR - 1)
        self.role = QComboBox()
        for role in RegistrationRole:
            self.role.addItem(word(role), role)
        self.check_in_now = QCheckBox(self.tr("Check them in now"))
        self.check_in_now.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.latin_name)
        form.addRow(self.tr("Own script:"), self.native_name)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Affiliation:"), self.affiliation)
        form.addRow(self.tr("Chapter:"), self.chapter)
        form.addRow(self.tr("SSP visit year:"), self.visit_year)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow("", self.check_in_now)
        self.note = QLabel()
        self.note.setObjectName("PageHint")
        self.note.setWordWrap(True)
        if event.capacity is not None and event.registered >= event.capacity:
            self.note.setText(self.tr("The event is full. A walk-in is registered all the same, over the capacity."))
        else:
            self.note.setText(self.tr("Walk-ins are registered even after the sign-up deadline."))
        parts = lay_out_form(self, form, [self.note], save_text=self.tr("Register walk-in"), on_save=self.accept)
        self.error, self.ok_button = parts.error, parts.save_button
        self.ok_button.setObjectName("Primary")

    def draft(self) -> MemberDraft:
        year = self.visit_year.value()
        return MemberDraft(
            latin_name=self.latin_name.text(),
            native_name=self.native_name.text(),
            email=self.email.text(),
            country=self.country.text(),
            affiliation=self.affiliation.text(),
            visit_year=None if year < FIRST_VISIT_YEAR else year,
            chapter_id=self.chapter.currentData(),
        )

    def _known_member(self) -> MemberSummary | None:
        email = self.email.text().strip().casefold()
        if not email:
            return None
        return next(
            (m for m in self.services.members.list_members(search=email) if m.email.strip().casefold() == email), None
        )

    def accept(self) -> None:
        try:
            member = self.member or self._known_member()
            self.existing_member = member is not None
            if member is None:
                member = self.services.members.add_member(self.draft())
            # Kept, so that trying again after an error does not add the person twice.
            self.member = member
            self.outcome = self.services.registrations.register_walk_in(
                self.target.id,
                member.id,
                self.role.currentData(),
                check_in=self.check_in_now.isChecked(),
                station=self.station,
            )
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()

    def outcome_text(self) -> str:
        if self.outcome is None:
            return ""
        row = self.outcome.registration
        name = row.latin_name + (f" ({row.native_name})" if row.native_name else "")
        if self.outcome.checked_in:
            text = fill(self.tr("Walk-in registered and checked in: %1."), name)
        else:
            text = fill(self.tr("Walk-in registered: %1."), name)
        if self.existing_member:
            text += " " + self.tr("They were in the roster already.")
        if self.outcome.over_capacity:
            text += " " + self.tr("The event is now over capacity.")
        return text

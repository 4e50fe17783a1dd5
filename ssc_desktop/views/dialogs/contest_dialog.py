"""Create or edit a contest: title, kind, categories, theme, blind mode, judges per entry.

A new contest starts with the kind's rubric template (poster or essay) or a copy of
another contest's rubric; after exec(), contest holds the saved ContestSummary.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

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
from ssc_desktop.vocabulary import ContestKind
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestDraft, ContestSummary
from ssc_desktop.services.events import zone
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill, word


class ContestDialog(QDialog):
    def __init__(
        self, services: ServiceSet, event_id: int, contest: ContestSummary | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.event_id = event_id
        self.editing = contest
        self.contest: ContestSummary | None = None
        self.setWindowTitle(self.tr("Edit contest") if contest else self.tr("New contest"))
        self.setMinimumWidth(520)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. High-school poster contest"))
        self.kind = QComboBox()
        for kind in ContestKind:
            self.kind.addItem(word(kind), kind)
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(self.tr("High school, University, Early-career researcher"))
        self.theme = QLineEdit()
        self.blind = QCheckBox(self.tr("Blind judging: judges see entry codes, never authors"))
        self._tz = zone(services.events.get_event(event_id).timezone)
        self.window_box = QCheckBox(self.tr("Judging opens and closes at set times (event's time zone)"))
        self.opens = QDateTimeEdit()
        self.closes = QDateTimeEdit()
        self.opens.setAccessibleName(self.tr("Judging opens"))
        self.closes.setAccessibleName(self.tr("Judging closes"))
        for edit in (self.opens, self.closes):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.window_box.toggled.connect(self._window_toggled)
        window = QHBoxLayout()
        window.addWidget(self.opens)
        window.addWidget(QLabel("–"))
        window.addWidget(self.closes)
        self.per_entry = QSpinBox()
        self.per_entry.setRange(1, 15)
        self.per_entry.setValue(3)
        self.rubric = QComboBox()
        self.rubric.addItem(self.tr("The kind's template"), None)
        for other in services.contests.list_contests(event_id):
            if contest is None or other.id != contest.id:
                self.rubric.addItem(fill(self.tr("Copy from “%1”"), other.title), other.id)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Categories"), self.categories)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow("", self.blind)
        form.addRow(self.tr("Judges per entry"), self.per_entry)
        form.addRow("", self.window_box)
        form.addRow(self.tr("Judging"), window)
        if contest is None:
            form.addRow(self.tr("Rubric"), self.rubric)
        else:
            self.rubric.setParent(self)  # unused when editing: goes with the dialog, never shown
            self.rubric.hide()
        self.error = lay_out_form(self, form).error
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if contest is not None:
            self.title.setText(contest.title)
            kinds = [ContestKind(self.kind.itemData(i)) for i in range(self.kind.count())]
            self.kind.setCurrentIndex(kinds.index(contest.kind))
            self.categories.setText(", ".join(contest.categories))
            self.theme.setText(contest.theme)
            self.blind.setChecked(contest.blind)
            self.per_entry.setValue(contest.judges_per_entry)
        else:
            self._kind_changed()
        start = services.events.get_event(event_id).local_start.replace(tzinfo=None)
        opens = contest.judging_opens if contest is not None else None
        closes = contest.judging_closes if contest is not None else None
        # The ignores: the stub wants a QDateTime; PySide6 converts a Python datetime itself.
        self.opens.setDateTime(opens.astimezone(self._tz).replace(tzinfo=None) if opens else start)  # type: ignore[arg-type]
        self.closes.setDateTime(
            closes.astimezone(self._tz).replace(tzinfo=None)
            if closes  # type: ignore[arg-type]
            else start + timedelta(hours=6)
        )
        self.window_box.setChecked(opens is not None or closes is not None)
        self._window_toggled(self.window_box.isChecked())

    def _window_toggled(self, on: bool) -> None:
        self.opens.setEnabled(on)
        self.closes.setEnabled(on)

    def _kind_changed(self) -> None:
        if self.editing is None:
            self.blind.setChecked(ContestKind(self.kind.currentData()) == ContestKind.ESSAY)

    def draft(self) -> ContestDraft:
        categories = tuple(c.strip() for c in self.categories.text().split(",") if c.strip())
        opens = closes = None
        if self.window_box.isChecked():
            opens = cast(datetime, self.opens.dateTime().toPython()).replace(tzinfo=self._tz)
            closes = cast(datetime, self.closes.dateTime().toPython()).replace(tzinfo=self._tz)
        return ContestDraft(
            self.title.text(),
            ContestKind(self.kind.currentData()),
            categories,
            self.theme.text(),
            self.blind.isChecked(),
            judging_opens=opens,
            judging_closes=closes,
            judges_per_entry=self.per_entry.value(),
        )

    def save(self) -> None:
        try:
            if self.editing is None:
                contest = self.services.contests.create_contest(self.event_id, self.draft())
                if self.rubric.currentData() is not None:
                    contest = self.services.contests.copy_rubric(self.rubric.currentData(), contest.id)
            else:
                contest = self.services.contests.update_contest(self.editing.id, self.draft())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.contest = contest
        self.accept()

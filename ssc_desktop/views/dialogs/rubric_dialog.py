"""Edit a contest's rubric: criteria with weight, scale (lowest, highest, step) and a guide per level.

The guide is typed one level per line as "level: what it means" (e.g. "8–10: rigorous").
Refused by the service once judges have given scores.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contest_rubrics import CriterionDraft
from ssc_desktop.services.contests import ContestSummary
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill

MAX_CRITERIA = 12


def _spin(low: float, high: float, value: float, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(2)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


def parse_guide(text: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in text.replace(";", "\n").splitlines():
        level, _sep, meaning = line.partition(":")
        if level.strip() and meaning.strip():
            pairs.append((level.strip(), meaning.strip()))
    return tuple(pairs)


class RubricDialog(QDialog):
    def __init__(self, services: ServiceSet, contest: ContestSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.contest = contest
        self.saved: ContestSummary | None = None
        self.setWindowTitle(fill(self.tr("Rubric — %1"), contest.title))
        self.setMinimumWidth(900)
        self.grid = QGridLayout()
        for column, text in enumerate(
            [
                self.tr("Criterion"),
                self.tr("Weight"),
                self.tr("Lowest"),
                self.tr("Highest"),
                self.tr("Step"),
                self.tr("Guide (level: meaning; level: meaning)"),
            ]
        ):
            label = QLabel(text)
            label.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(label, 0, column)
        self.rows: list[
            tuple[QLineEdit, QDoubleSpinBox, QDoubleSpinBox, QDoubleSpinBox, QDoubleSpinBox, QLineEdit]
        ] = []
        for criterion in contest.criteria:
            self.add_row(criterion.draft())
        add = QPushButton(self.tr("Add criterion"))
        add.clicked.connect(lambda: self.add_row(CriterionDraft("")))
        remove = QPushButton(self.tr("Remove the last"))
        remove.clicked.connect(self.remove_last)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(self.grid)
        layout.addLayout(row_buttons)
        self.error = lay_out_form(self, layout).error

    def add_row(self, draft: CriterionDraft) -> None:
        if len(self.rows) >= MAX_CRITERIA:
            return
        widgets = (
            QLineEdit(draft.name),
            _spin(0.1, 100, draft.weight, 1),
            _spin(0, 1000, draft.scale_min, 1),
            _spin(0.5, 1000, draft.scale_max, 1),
            _spin(0.05, 100, draft.step, 0.5),
            QLineEdit("; ".join(f"{level}: {text}" for level, text in draft.guide)),
        )
        row = len(self.rows) + 1
        for column, widget in enumerate(widgets):
            self.grid.addWidget(widget, row, column)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(5, 4)
        self.rows.append(widgets)

    def remove_last(self) -> None:
        if self.rows:
            for widget in self.rows.pop():
                self.grid.removeWidget(widget)
                widget.deleteLater()

    def drafts(self) -> tuple[CriterionDraft, ...]:
        return tuple(
            CriterionDraft(
                name.text(), weight.value(), low.value(), high.value(), step.value(), parse_guide(guide.text())
            )
            for name, weight, low, high, step, guide in self.rows
        )

    def save(self) -> None:
        try:
            self.saved = self.services.contests.set_rubric(self.contest.id, self.drafts())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()

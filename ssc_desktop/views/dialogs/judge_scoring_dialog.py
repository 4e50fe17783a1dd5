"""Judge mode, step two: one judge's own entries, scored fast from the keyboard.

Type a number and press Tab or Enter to go to the next criterion; Enter on the comment
saves and opens the next entry still to score. The focused criterion's level guide is
shown beside it. Judges see only their entries and their own scores; in blind mode,
entry codes and titles only, never authors.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import CriterionRow, JudgeWork, WorkItem
from ssc_desktop.views.labels import error_text, fill


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


class JudgeScoringDialog(QDialog):
    def __init__(self, services: ServiceSet, judge_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.judge_id = judge_id
        self.work: JudgeWork = services.contests.judge_work(judge_id)
        self.current: WorkItem | None = None
        self.setWindowTitle(fill(self.tr("Judge mode — %1"), self.work.judge.name))
        self.resize(1040, 640)
        contest = self.work.contest

        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m scored"))
        self.progress.setMinimumWidth(220)
        self.entries = QListWidget()
        self.entries.currentRowChanged.connect(self._entry_chosen)

        self.entry_title = QLabel()
        self.entry_title.setObjectName("PageTitle")
        self.entry_title.setWordWrap(True)
        self.entry_facts = QLabel()
        self.entry_facts.setObjectName("PageHint")
        self.entry_facts.setWordWrap(True)
        self.fields: dict[int, QLineEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, criterion in enumerate(contest.criteria):
            name = QLabel(fill(self.tr("%1 (×%2)"), criterion.name, f"{criterion.weight:g}"))
            field = QLineEdit()
            field.setMaximumWidth(90)
            field.setPlaceholderText(criterion.scale)
            field.setProperty("criterion_id", criterion.id)
            field.installEventFilter(self)
            field.returnPressed.connect(self.focusNextChild)
            scale = QLabel(criterion.scale)
            scale.setObjectName("FigureLabel")
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(scale, row, 2)
            self.fields[criterion.id] = field
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("A comment for the coordinator (Enter saves and goes on)"))
        self.comment.returnPressed.connect(self.save_and_next)
        grid.addWidget(QLabel(self.tr("Comment")), len(contest.criteria), 0)
        grid.addWidget(self.comment, len(contest.criteria), 1, 1, 2)
        self.guide = QLabel()
        self.guide.setObjectName("Card")
        self.guide.setWordWrap(True)
        self.guide.setMinimumWidth(260)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save and next"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save_and_next)
        self.conflict_button = QPushButton(self.tr("Declare a conflict…"))
        self.conflict_button.setToolTip(self.tr("Same lab, same supervisor, a relative: the entry goes to another judge"))
        self.conflict_button.clicked.connect(self.declare_conflict)
        close = QPushButton(self.tr("Lock judge mode"))
        close.clicked.connect(self.accept)
        # Enter belongs to the score fields (next criterion) and the comment (save and go on);
        # no button may take it as the dialog's default.
        for button in (self.save_button, self.conflict_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.entry_title)
        right_layout.addWidget(self.entry_facts)
        scoring = QHBoxLayout()
        scoring.addLayout(grid, 3)
        scoring.addWidget(self.guide, 2)
        right_layout.addLayout(scoring)
        right_layout.addWidget(self.error)
        right_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.conflict_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.entries)
        splitter.addWidget(right)
        splitter.setSizes([300, 740])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        if contest.blind:
            note = QLabel(self.tr("Blind judging: entries are shown by code and title only."))
            note.setObjectName("PageHint")
            layout.addWidget(note)
        if contest.locked:
            note = QLabel(self.tr("This contest is locked: scores can no longer change."))
            note.setObjectName("ErrorText")
            layout.addWidget(note)
        layout.addWidget(splitter, 1)
        self._refresh(select_first_open=True)

    # -- list --------------------------------------------------------------------------
    def _refresh(self, select_id: int | None = None, select_first_open: bool = False) -> None:
        self.work = self.services.contests.judge_work(self.judge_id)
        self.heading.setText(fill(self.tr("%1 · %2"), self.work.judge.name, self.work.contest.title))
        self.progress.setMaximum(max(len(self.work.items), 1))
        self.progress.setValue(self.work.done)
        self.entries.blockSignals(True)
        self.entries.clear()
        for item in self.work.items:
            mark = "✓" if item.complete else ("◐" if item.scores else "○")
            entry = QListWidgetItem(f"{mark}  {item.code}  {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.entries.addItem(entry)
        self.entries.blockSignals(False)
        row = 0
        if select_id is not None:
            row = next((n for n, i in enumerate(self.work.items) if i.id == select_id), 0)
        elif select_first_open:
            row = next((n for n, i in enumerate(self.work.items) if not i.complete), 0)
        if self.work.items:
            self.entries.setCurrentRow(row)
            self._entry_chosen(row)
        else:
            self.entry_title.setText(self.tr("No entries are assigned to you yet."))
            self.save_button.setEnabled(False)
            self.conflict_button.setEnabled(False)

    def _entry_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.work.items):
            return
        item = self.work.items[row]
        self.current = item
        self.entry_title.setText(f"{item.code} — {item.title}")
        facts = [item.category] if item.category else []
        if item.authors:
            facts.append(item.authors)
        if item.affiliation:
            facts.append(item.affiliation)
        self.entry_facts.setText(" · ".join(facts) + (f"\n{item.abstract}" if item.abstract else ""))
        locked = self.work.contest.locked
        for criterion_id, field in self.fields.items():
            value = item.scores.get(criterion_id)
            field.setText("" if value is None else f"{value:g}")
            field.setReadOnly(locked)
        self.comment.setText(item.comment)
        self.comment.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self.conflict_button.setEnabled(not locked)
        self.error.clear()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()
            self._show_guide(self._criterion(int(first.property("criterion_id"))))

    # -- guide -------------------------------------------------------------------------
    def _criterion(self, criterion_id: int) -> CriterionRow:
        return next(c for c in self.work.contest.criteria if c.id == criterion_id)

    def _show_guide(self, criterion: CriterionRow) -> None:
        rows = "".join(f"<tr><td><b>{level}</b></td><td>&nbsp;{text}</td></tr>" for level, text in criterion.guide)
        guide = f"<table>{rows}</table>" if rows else self.tr("No level guide for this criterion.")
        self.guide.setText(f"<b>{criterion.name}</b> · {criterion.scale}<br/>{guide}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            criterion_id = watched.property("criterion_id")
            if criterion_id is not None:
                self._show_guide(self._criterion(int(criterion_id)))
        return super().eventFilter(watched, event)

    # -- saving ------------------------------------------------------------------------
    def values(self) -> dict[int, float] | None:
        values: dict[int, float] = {}
        problems = []
        for criterion in self.work.contest.criteria:
            text = self.fields[criterion.id].text().strip()
            if not text:
                continue
            value = _number(text)
            if value is None or not criterion.accepts(value):
                problems.append(fill(self.tr("%1: %2 is not on the scale %3"), criterion.name, text, criterion.scale))
            else:
                values[criterion.id] = value
        if problems:
            self.error.setText("\n".join(problems))
            return None
        return values

    def save(self) -> bool:
        if self.current is None:
            return False
        values = self.values()
        if values is None:
            return False
        try:
            self.services.contests.save_scores(self.judge_id, self.current.id, values, self.comment.text(),
                                               by=self.work.judge.name)
        except DomainError as error:
            self.error.setText(error_text(error))
            return False
        return True

    def save_and_next(self) -> None:
        if self.current is None or not self.save():
            return
        saved_id = self.current.id
        self._refresh(select_id=saved_id)
        codes = [i.id for i in self.work.items]
        position = codes.index(saved_id)
        later = [i for i in self.work.items[position + 1:] + self.work.items[:position] if not i.complete]
        if later:
            self.entries.setCurrentRow(codes.index(later[0].id))

    def declare_conflict(self) -> None:
        if self.current is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Declare a conflict"), fill(
            self.tr("Why can you not judge %1 fairly? (same lab, same supervisor, a relative…)"), self.current.code))
        if not ok:
            return
        try:
            taker = self.services.contests.declare_conflict(self.judge_id, self.current.id, reason)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Conflict not recorded"), error_text(error))
            return
        message = fill(self.tr("%1 moved to %2."), self.current.code, taker) if taker else fill(
            self.tr("%1 was taken off your list; no other judge is free for it, so the coordinator will "
                    "assign one."), self.current.code)
        QMessageBox.information(self, self.tr("Conflict recorded"), message)
        self._refresh(select_first_open=True)

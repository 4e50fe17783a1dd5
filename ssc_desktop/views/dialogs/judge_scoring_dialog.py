"""Judge mode, step two: one judge's own entries, scored fast from the keyboard.

Type a number and press Tab or Enter to go to the next criterion; Enter on the comment
saves and opens the next entry still to score. A score off the criterion's scale is flagged
red as it is typed, Enter stays on it and nothing can be saved until it is mended (the
service checks the scale again: it owns the rule). Letters cannot be typed at all. After a
save the dialog says what changed ("Scores for P-07 changed: Merit 7 → 8"). The focused criterion's level guide is
shown beside it. Judges see only their entries and their own scores; in blind mode,
entry codes and titles only, never authors.
"""

from __future__ import annotations

import itertools

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QValidator
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


# What may be typed into a score field at all: digits with one decimal point or comma.
_TYPEABLE = re.compile(r"-?[0-9]*[.,]?[0-9]*")


class ScoreValidator(QValidator):
    """Refuses letters as they are typed; a number off the scale is Intermediate (no Enter)."""

    def __init__(self, criterion: CriterionRow, parent: QObject) -> None:
        super().__init__(parent)
        self.criterion = criterion

    def validate(self, text: str, _position: int) -> QValidator.State:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable
        if _TYPEABLE.fullmatch(stripped) is None:
            return QValidator.State.Invalid
        value = _number(stripped)
        if value is not None and self.criterion.accepts(value):
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate


ERROR_BORDER = "QLineEdit { border: 2px solid #b91c1c; background: #fef2f2; }"


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
        self.entries.setAccessibleName(self.tr("Entries to score"))
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
            # & escaped: the label is the field's buddy, so a lone & would turn into a mnemonic.
            name = QLabel(fill(self.tr("%1 (×%2)"), criterion.name.replace("&", "&&"), f"{criterion.weight:g}"))
            field = QLineEdit()
            field.setMaximumWidth(90)
            field.setPlaceholderText(criterion.scale)
            field.setProperty("criterion_id", criterion.id)
            field.setValidator(ScoreValidator(criterion, field))
            field.setAccessibleName(fill(self.tr("%1, score from %2"), criterion.name, criterion.scale))
            field.installEventFilter(self)
            field.returnPressed.connect(self.focusNextChild)
            field.textChanged.connect(self._flag_problems)
            field.inputRejected.connect(lambda c=criterion: self._refused(c))
            name.setBuddy(field)
            scale = QLabel(criterion.scale)
            scale.setObjectName("FigureLabel")
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(scale, row, 2)
            self.fields[criterion.id] = field
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("A comment for the coordinator (Enter saves and goes on)"))
        self.comment.returnPressed.connect(self.save_and_next)
        comment_label = QLabel(self.tr("Co&mment"))
        comment_label.setBuddy(self.comment)
        grid.addWidget(comment_label, len(contest.criteria), 0)
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
        # What the latest save changed, kept while the next entry opens: the judge sees it took.
        self.saved_note = QLabel()
        self.saved_note.setObjectName("SavedText")
        self.saved_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save and next"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save_and_next)
        self.conflict_button = QPushButton(self.tr("Declare a &conflict…"))
        self.conflict_button.setToolTip(
            self.tr("Same lab, same supervisor, a relative: the entry goes to another judge")
        )
        self.conflict_button.clicked.connect(self.declare_conflict)
        close = QPushButton(self.tr("&Lock judge mode"))
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
        right_layout.addWidget(self.saved_note)
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
        # Tab runs down the criteria, the comment, then the buttons in the order they are read.
        chain = [self.entries, *self.fields.values(), self.comment, self.conflict_button, close, self.save_button]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)
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
        self._flag_problems()
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        criterion_id = watched.property("criterion_id") if isinstance(watched, QLineEdit) else None
        if criterion_id is not None and event.type() == QEvent.Type.FocusIn:
            self._show_guide(self._criterion(int(criterion_id)))
        if (
            criterion_id is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._problem(self._criterion(int(criterion_id))) is not None
        ):
            # Enter on a score off the scale stays on it, says why and selects it for retyping.
            self._flag_problems()
            if isinstance(watched, QLineEdit):  # it is: criterion_id is only read from line edits
                watched.selectAll()
            return True
        return super().eventFilter(watched, event)

    # -- checking ------------------------------------------------------------------------
    def _problem(self, criterion: CriterionRow) -> str | None:
        """Why the criterion's field cannot be saved (in words naming it and its scale), or None."""
        text = self.fields[criterion.id].text().strip()
        if not text:
            return None
        value = _number(text)
        if value is None:
            return fill(
                self.tr("%1: “%2” is not a number. Type a score from %3 to %4%5."),
                criterion.name,
                text,
                f"{criterion.scale_min:g}",
                f"{criterion.scale_max:g}",
                self._steps(criterion),
            )
        if not criterion.accepts(value):
            return fill(
                self.tr("%1: %2 is not on the scale %3. Type a score from %4 to %5%6."),
                criterion.name,
                text,
                criterion.scale,
                f"{criterion.scale_min:g}",
                f"{criterion.scale_max:g}",
                self._steps(criterion),
            )
        return None

    def _steps(self, criterion: CriterionRow) -> str:
        return "" if criterion.step == 1 else fill(self.tr(" in steps of %1"), f"{criterion.step:g}")

    def _flag_problems(self) -> list[str]:
        """Marks every score off its scale in red and lists why under the fields; Save waits."""
        problems = []
        for criterion in self.work.contest.criteria:
            field = self.fields[criterion.id]
            problem = self._problem(criterion)
            field.setStyleSheet(ERROR_BORDER if problem else "")
            field.setProperty("problem", problem or "")
            field.setAccessibleDescription(problem or "")
            if problem:
                problems.append(problem)
        self.error.setText("\n".join(problems))
        self.save_button.setEnabled(not problems and self.current is not None and not self.work.contest.locked)
        return problems

    def _refused(self, criterion: CriterionRow) -> None:
        """A key the score field will not take (a letter): said at once, in red."""
        self.error.setText(
            fill(
                self.tr("%1: only numbers can be typed here, from %2 to %3%4."),
                criterion.name,
                f"{criterion.scale_min:g}",
                f"{criterion.scale_max:g}",
                self._steps(criterion),
            )
        )

    # -- saving ------------------------------------------------------------------------
    def values(self) -> dict[int, float] | None:
        """The scores typed, or None (the problems shown, the first bad field focused)."""
        if self._flag_problems():
            bad = next(f for f in self.fields.values() if f.property("problem"))
            bad.setFocus()
            bad.selectAll()
            return None
        return {
            criterion.id: value
            for criterion in self.work.contest.criteria
            if (value := _number(self.fields[criterion.id].text())) is not None
        }

    def _changes(self, before: WorkItem, values: dict[int, float]) -> str:
        """What a save changed, in words: "Scores for entry P-07 changed: Merit 7 → 8"."""
        changed = [
            fill(self.tr("%1 %2 → %3"), c.name, f"{before.scores[c.id]:g}", f"{values[c.id]:g}")
            for c in self.work.contest.criteria
            if c.id in values and c.id in before.scores and abs(before.scores[c.id] - values[c.id]) > 1e-9
        ]
        if changed:
            return fill(self.tr("Scores for entry %1 changed: %2."), before.code, ", ".join(changed))
        if any(c.id in values and c.id not in before.scores for c in self.work.contest.criteria):
            return fill(self.tr("Scores for entry %1 saved."), before.code)
        return fill(self.tr("Entry %1 saved; no score changed."), before.code)

    def save(self) -> bool:
        if self.current is None:
            return False
        values = self.values()
        if values is None:
            return False
        before = self.current
        try:
            self.services.contests.save_scores(
                self.judge_id, self.current.id, values, self.comment.text(), by=self.work.judge.name
            )
        except DomainError as error:
            self.error.setText(error_text(error))
            return False
        self.saved_note.setText(self._changes(before, values))
        return True

    def save_and_next(self) -> None:
        if self.current is None or not self.save():
            return
        saved_id = self.current.id
        self._refresh(select_id=saved_id)
        codes = [i.id for i in self.work.items]
        position = codes.index(saved_id)
        later = [i for i in self.work.items[position + 1 :] + self.work.items[:position] if not i.complete]
        if later:
            self.entries.setCurrentRow(codes.index(later[0].id))

    def declare_conflict(self) -> None:
        if self.current is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Declare a conflict"),
            fill(
                self.tr("Why can you not judge %1 fairly? (same lab, same supervisor, a relative…)"), self.current.code
            ),
        )
        if not ok:
            return
        try:
            taker = self.services.contests.declare_conflict(self.judge_id, self.current.id, reason)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Conflict not recorded"), error_text(error))
            return
        message = (
            fill(self.tr("%1 moved to %2."), self.current.code, taker)
            if taker
            else fill(
                self.tr(
                    "%1 was taken off your list; no other judge is free for it, so the coordinator will assign one."
                ),
                self.current.code,
            )
        )
        QMessageBox.information(self, self.tr("Conflict recorded"), message)
        self._refresh(select_first_open=True)

"""The Setup tab: the contest's facts, its rubric, copying a rubric, the ranking method."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services.contests import ContestSummary, CriterionRow
from ssc_desktop.services.events import zone
from ssc_desktop.views.labels import fill, local_time_text, word
from ssc_desktop.views.pages.contests_widgets import ContestTab, boxed, make_table
from ssc_desktop.views.table_models import Column, RecordTableModel


class ContestSetupTab(ContestTab):
    """Needs: the services, the contest, the event's other contests (to copy a rubric from) and
    the event's time zone name (set_contest). Tells: contest_changed after the rubric or the ranking
    changed."""

    contest_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.others: list[ContestSummary] = []
        self.timezone: str | None = None
        self.setup_facts = QLabel()
        self.setup_facts.setWordWrap(True)
        self.setup_facts.setTextFormat(Qt.TextFormat.RichText)
        self.rubric_model: RecordTableModel[CriterionRow] = RecordTableModel(
            [
                Column(self.tr("Criterion"), lambda c: c.name, lambda c: c.position),
                Column(self.tr("Weight"), lambda c: f"{c.weight:g}", lambda c: c.weight, align_right=True),
                Column(self.tr("Scale"), lambda c: c.scale),
                Column(
                    self.tr("Level guide"),
                    lambda c: " · ".join(f"{lv}: {tx}" for lv, tx in c.guide),
                    tooltip=lambda c: "\n".join(f"{lv}: {tx}" for lv, tx in c.guide),
                ),
            ],
            self,
        )
        _proxy, self.rubric_view = make_table(self.rubric_model, self, [190, 60, 130, 400], stretch=3)
        self.rubric_view.setSortingEnabled(False)
        self.copy_rubric = QComboBox()
        self.rubric_button = QPushButton(self.tr("Edit rubric…"))
        self.rubric_button.clicked.connect(self.edit_rubric)
        self.copy_button = QPushButton(self.tr("Copy rubric"))
        self.copy_button.clicked.connect(self.copy_rubric_from)
        self.method = QComboBox()
        for method, label in (
            ("mean", self.tr("Mean of judges")),
            ("normalized", self.tr("Normalized (z-scores)")),
            ("trimmed", self.tr("Trimmed mean (4+ judges)")),
        ):
            self.method.addItem(label, method)
        self.tie_criterion = QComboBox()
        self.tie_criterion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a contest's criteria
        self.method_button = QPushButton(self.tr("Use for ranking"))
        self.method_button.clicked.connect(self.save_method)
        row = QHBoxLayout()
        row.addWidget(self.rubric_button)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("or copy the rubric of")))
        row.addWidget(self.copy_rubric, 1)
        row.addWidget(self.copy_button)
        ranking = QHBoxLayout()
        ranking.addWidget(QLabel(self.tr("Rank by")))
        ranking.addWidget(self.method)
        ranking.addWidget(QLabel(self.tr("then by")))
        ranking.addWidget(self.tie_criterion)
        ranking.addStretch(1)
        # The sentence goes on below: on one line it was wider than the tab at 150 %.
        ranking_end = QHBoxLayout()
        ranking_end.addWidget(QLabel(self.tr("then by the number of judges")))
        ranking_end.addStretch(1)
        ranking_end.addWidget(self.method_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_facts)
        layout.addWidget(boxed(self.tr("Rubric"), self.rubric_view), 1)
        layout.addLayout(row)
        layout.addLayout(ranking)
        layout.addLayout(ranking_end)

    def set_contest(
        self, contest: ContestSummary | None, others: Sequence[ContestSummary] = (), timezone: str | None = None
    ) -> None:
        """others: the event's contests (the chosen one is left out); timezone: the event's."""
        self.others = [other for other in others if contest is None or other.id != contest.id]
        self.timezone = timezone
        super().set_contest(contest)
        self.load()  # the facts are shown at once, whichever tab is on screen

    def set_editable(self, editable: bool) -> None:
        for widget in (self.rubric_button, self.copy_button, self.method_button):
            widget.setEnabled(editable)

    def clear(self) -> None:
        self.rubric_model.set_rows([])
        self.copy_rubric.clear()
        self.tie_criterion.clear()
        self.setup_facts.setText("")

    def load(self) -> None:
        contest = self.contest
        self.clear()
        if contest is None:
            return
        self.rubric_model.set_rows(list(contest.criteria))
        facts = [
            fill(self.tr("<b>Kind:</b> %1"), word(contest.kind)),
            fill(self.tr("<b>Categories:</b> %1"), ", ".join(contest.categories) or self.tr("none")),
            fill(self.tr("<b>Judges per entry:</b> %1"), contest.judges_per_entry),
            self.tr("<b>Blind:</b> yes — judges see codes, never authors")
            if contest.blind
            else self.tr("<b>Blind:</b> no"),
        ]
        if contest.theme:
            facts.insert(1, fill(self.tr("<b>Theme:</b> %1"), contest.theme))
        if contest.judging_opens or contest.judging_closes:
            tz = zone(self.timezone) if self.timezone else None
            facts.append(
                fill(
                    self.tr("<b>Judging:</b> %1 – %2"),
                    local_time_text(contest.judging_opens, tz, True) or "…",
                    local_time_text(contest.judging_closes, tz, True) or "…",
                )
            )
        if contest.locked:
            facts.append(self.tr("<b style='color:#b42318'>Locked:</b> scores, results and awards are frozen"))
        self.setup_facts.setText(" &nbsp;·&nbsp; ".join(facts))
        for other in self.others:
            self.copy_rubric.addItem(other.title, other.id)
        self.tie_criterion.addItem(self.tr("(no criterion)"), None)
        for criterion in contest.criteria:
            self.tie_criterion.addItem(criterion.name, criterion.id)
        self.tie_criterion.setCurrentIndex(max(self.tie_criterion.findData(contest.tie_criterion_id), 0))
        self.method.setCurrentIndex(self.method.findData(contest.method))

    def edit_rubric(self) -> None:
        from ssc_desktop.views.dialogs.rubric_dialog import RubricDialog

        opened = self.opened()
        if opened is not None and RubricDialog(*opened, self).exec():
            self.contest_changed.emit()

    def copy_rubric_from(self) -> None:
        opened = self.opened()
        if opened is None or self.copy_rubric.currentData() is None:
            return
        services, contest = opened
        try:
            services.contests.copy_rubric(self.copy_rubric.currentData(), contest.id)
        except DomainError as error:
            self.fail(self.tr("Cannot copy the rubric"), error)
            return
        self.contest_changed.emit()

    def save_method(self) -> None:
        opened = self.opened()
        if opened is None:
            return
        services, contest = opened
        try:
            services.contests.set_method(contest.id, self.method.currentData(), self.tie_criterion.currentData())
        except DomainError as error:
            self.fail(self.tr("Cannot change the ranking"), error)
            return
        self.contest_changed.emit()

"""The Results and Awards tabs: raw and normalized totals side by side, ties, and the awards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contest_results import EntryResult
from ssc_desktop.services.contests import ContestResults, ContestSummary
from ssc_desktop.views.labels import fill, place_word
from ssc_desktop.views.pages.contests_widgets import ContestTab, boxed, initials, make_table, number_text, row_of
from ssc_desktop.vocabulary import PLACE_NAMES
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns


def rank_text(result: EntryResult) -> str:
    return "" if result.rank is None else f"{result.rank}{'=' if result.tied else ''}"


def entry_title(data: ContestResults | None, entry_id: int) -> str:
    if data is None or entry_id not in data.entries:
        return ""
    return data.entries[entry_id].title


class ContestResultsTab(ContestTab):
    """Needs: the services and the contest. Tells: results_read(ContestResults) each time it read
    the results (ranked by the method chosen here, which starts as the contest's own)."""

    results_read = Signal(object)  # ContestResults

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results_data: ContestResults | None = None
        self.results_method = QComboBox()
        for method, label in (
            ("mean", self.tr("Mean of judges")),
            ("normalized", self.tr("Normalized (z-scores)")),
            ("trimmed", self.tr("Trimmed mean (4+ judges)")),
        ):
            self.results_method.addItem(label, method)
        self.results_method.currentIndexChanged.connect(lambda _i: self.load())
        self.raw_model: RecordTableModel[EntryResult] = RecordTableModel([], self)
        self.raw_proxy, self.raw_view = make_table(self.raw_model, self, [60])
        self.raw_view.setSortingEnabled(False)
        self.normal_model: RecordTableModel[EntryResult] = RecordTableModel([], self)
        self.normal_proxy, self.normal_view = make_table(self.normal_model, self, [60])
        self.normal_view.setSortingEnabled(False)
        self.raw_view.verticalScrollBar().valueChanged.connect(self.normal_view.verticalScrollBar().setValue)
        self.normal_view.verticalScrollBar().valueChanged.connect(self.raw_view.verticalScrollBar().setValue)
        self.ties_label = QLabel()
        self.ties_label.setWordWrap(True)
        self.explain = QLabel(
            self.tr(
                "A judge's total is the weighted rubric score as a percentage. Normalized: each judge's totals as "
                "z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest "
                "and lowest dropped when an entry has 4 or more judges."
            )
        )
        self.explain.setObjectName("PageHint")
        self.explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rank by")))
        top.addWidget(self.results_method)
        top.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(boxed(self.tr("Raw totals per judge"), self.raw_view))
        splitter.addWidget(boxed(self.tr("Normalized per judge (100 ± 20)"), self.normal_view))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.ties_label)

    def method(self) -> str:
        """The ranking method chosen here (the results file is ranked the same way)."""
        return str(self.results_method.currentData())

    def set_contest(self, contest: ContestSummary | None) -> None:
        super().set_contest(contest)
        if contest is not None:
            self.results_method.blockSignals(True)
            self.results_method.setCurrentIndex(self.results_method.findData(contest.method))
            self.results_method.blockSignals(False)

    def clear(self) -> None:
        self.results_data = None
        self.raw_model.set_rows([])
        self.normal_model.set_rows([])

    def read_contest(self, services: ServiceSet, contest: ContestSummary) -> None:
        data = services.contests.results(contest.id, self.method())
        self.results_data = data
        computed = data.results
        judges = list(computed.judge_ids)

        def judge_initials(judge_id: int) -> str:
            return initials(data.judges.get(judge_id, str(judge_id)))

        def judge_name(judge_id: int) -> Callable[[EntryResult], str]:
            return lambda _r: data.judges.get(judge_id, "")

        def raw_total(judge_id: int) -> Callable[[EntryResult], str]:
            return lambda r: number_text(r.judge_totals.get(judge_id))

        def normalized_total(judge_id: int) -> Callable[[EntryResult], str]:
            return lambda r: number_text(r.normalized_totals.get(judge_id))

        tie_colour = QColor("#9a6700")
        order = {r.id: n for n, r in enumerate(computed.entries)}
        raw_columns: list[Column[EntryResult]] = [
            Column(
                self.tr("Rank"), rank_text, lambda r: order[r.id], foreground=lambda r: tie_colour if r.tied else None
            ),
            Column(self.tr("Code"), lambda r: r.code, tooltip=lambda r: entry_title(data, r.id)),
            Column(self.tr("Category"), lambda r: r.category),
        ]
        for judge_id in judges:
            raw_columns.append(
                Column(judge_initials(judge_id), raw_total(judge_id), align_right=True, tooltip=judge_name(judge_id))
            )
        raw_columns += [
            Column(self.tr("Mean"), lambda r: number_text(r.mean), align_right=True),
            Column(self.tr("Trimmed"), lambda r: number_text(r.trimmed), align_right=True),
        ]
        normal_columns: list[Column[EntryResult]] = [Column(self.tr("Code"), lambda r: r.code, lambda r: order[r.id])]
        for judge_id in judges:
            normal_columns.append(
                Column(
                    judge_initials(judge_id), normalized_total(judge_id), align_right=True, tooltip=judge_name(judge_id)
                )
            )
        normal_columns.append(Column(self.tr("Normalized"), lambda r: number_text(r.normalized), align_right=True))
        rows = list(computed.entries)
        self.raw_model = RecordTableModel(raw_columns, self)
        self.raw_model.set_rows(rows)
        self.raw_proxy.setSourceModel(self.raw_model)
        self.normal_model = RecordTableModel(normal_columns, self)
        self.normal_model.set_rows(rows)
        self.normal_proxy.setSourceModel(self.normal_model)
        configure_columns(self.raw_view, [44, 52, 84] + [52] * len(judges) + [56, 60])
        configure_columns(self.normal_view, [52] + [52] * len(judges) + [80])
        if computed.ties:
            self.ties_label.setText(
                fill(
                    self.tr("Still tied after every tie-break (shown as =): %1"),
                    "; ".join(", ".join(codes) for codes in computed.ties),
                )
            )
        else:
            self.ties_label.setText(self.tr("No ties remain."))
        self.results_read.emit(data)


class ContestAwardsTab(ContestTab):
    """Needs: the services, the contest and the results as read by the Results tab (show_results).
    Tells: awards_changed after the awards were saved. Awards set here stay pending until then."""

    awards_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results_data: ContestResults | None = None
        self.pending_awards: dict[int, int] = {}
        self._order: dict[int, int] = {}
        self.awards_model: RecordTableModel[EntryResult] = RecordTableModel(
            [
                Column(self.tr("Category"), lambda r: r.category, lambda r: self._order.get(r.id, 0)),
                Column(self.tr("Rank"), rank_text, lambda r: r.rank, align_right=True),
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Title"), lambda r: entry_title(self.results_data, r.id)),
                Column(self.tr("Total"), lambda r: number_text(r.total), lambda r: r.total, align_right=True),
                Column(self.tr("Award"), lambda r: self._award_text(r.id)),
            ],
            self,
        )
        _proxy, self.awards_view = make_table(self.awards_model, self, [110, 50, 60, 300, 70, 150], stretch=3)
        self.awards_view.setAccessibleName(self.tr("Awards"))
        self.awards_view.setSortingEnabled(False)
        self.award_choice = QComboBox()
        self.award_choice.addItem(self.tr("No award"), 0)
        for place in PLACE_NAMES:
            self.award_choice.addItem(place_word(place), place)
        self.set_award_button = QPushButton(self.tr("Set for selected"))
        self.set_award_button.clicked.connect(self.set_award)
        self.suggest_button = QPushButton(self.tr("Suggest from ranks"))
        self.suggest_button.clicked.connect(self.suggest_awards)
        self.save_awards_button = QPushButton(self.tr("Save awards"))
        self.save_awards_button.setObjectName("Primary")
        self.save_awards_button.clicked.connect(self.save_awards)
        self.awards_note = QLabel()
        self.awards_note.setObjectName("PageHint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.award_choice)
        buttons.addWidget(self.set_award_button)
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_awards_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.awards_note)
        layout.addWidget(self.awards_view, 1)
        layout.addLayout(buttons)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.set_award_button, self.suggest_button, self.save_awards_button):
            widget.setEnabled(editable)

    def clear(self) -> None:
        self.results_data = None
        self.pending_awards = {}
        self._order = {}
        self.awards_model.set_rows([])

    def show_results(self, data: ContestResults) -> None:
        self.results_data = data
        rows = list(data.results.entries)
        self._order = {r.id: n for n, r in enumerate(rows)}
        self.awards_model.set_rows(rows)
        locked = self.contest is not None and self.contest.locked
        self.awards_note.setText(
            self.tr("Locked: the awards are final.")
            if locked
            else self.tr("Awards can change until the contest is locked. Unsaved changes are marked *.")
        )

    def has_pending_awards(self) -> bool:
        return bool(self.pending_awards)

    def _award_text(self, entry_id: int) -> str:
        if entry_id in self.pending_awards:
            place = self.pending_awards[entry_id]
            return (place_word(place) if place else self.tr("(none)")) + " *"
        given = self.results_data.awards.get(entry_id) if self.results_data else None
        return place_word(given) if given else ""

    def set_award(self) -> None:
        rows = self.awards_view.selectionModel().selectedRows()
        if not rows:
            return
        for index in rows:
            entry = row_of(self.awards_view, self.awards_model, index)
            self.pending_awards[entry.id] = self.award_choice.currentData()
        self.awards_model.set_rows(self.awards_model.rows())

    def suggest_awards(self) -> None:
        opened = self.opened()
        if opened is None or self.results_data is None:
            return
        services, contest = opened
        suggested = services.contests.suggest_awards(contest.id)
        self.pending_awards = {e.id: suggested.get(e.id, 0) for e in self.results_data.results.entries}
        self.awards_model.set_rows(self.awards_model.rows())

    def save_awards(self) -> None:
        opened = self.opened()
        if opened is None or self.results_data is None:
            return
        services, contest = opened
        places = dict(self.results_data.awards)
        places.update(self.pending_awards)
        places = {e: p for e, p in places.items() if p}
        try:
            services.contests.set_awards(contest.id, places)
        except DomainError as error:
            self.fail(self.tr("Awards not saved"), error)
            return
        self.pending_awards = {}
        self.awards_changed.emit()

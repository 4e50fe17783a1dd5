"""The Results and Awards tabs: raw and normalized totals side by side, ties, awards and locking.

A part of ContestsPage (views/pages/contests_page.py), which is put together from these;
self is the page."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services.contest_results import EntryResult
from ssc_desktop.services.contests import PLACE_NAMES
from ssc_desktop.views.labels import fill
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns
from ssc_desktop.views.pages.contests_widgets import boxed, number_text, row_of, make_table


class ContestAwardsTabs:
    def _results_tab(self) -> QWidget:
        self.results_method = QComboBox()
        for method, label in (("mean", self.tr("Mean of judges")), ("normalized", self.tr("Normalized (z-scores)")),
                              ("trimmed", self.tr("Trimmed mean (4+ judges)"))):
            self.results_method.addItem(label, method)
        self.results_method.currentIndexChanged.connect(lambda _i: self._load_results())
        self.raw_model: RecordTableModel[EntryResult] = RecordTableModel([], self)
        _proxy, self.raw_view = make_table(self.raw_model, self, [60])
        self.raw_view.setSortingEnabled(False)
        self.normal_model: RecordTableModel[EntryResult] = RecordTableModel([], self)
        _proxy, self.normal_view = make_table(self.normal_model, self, [60])
        self.normal_view.setSortingEnabled(False)
        self.raw_view.verticalScrollBar().valueChanged.connect(self.normal_view.verticalScrollBar().setValue)
        self.normal_view.verticalScrollBar().valueChanged.connect(self.raw_view.verticalScrollBar().setValue)
        self.ties_label = QLabel()
        self.ties_label.setWordWrap(True)
        self.explain = QLabel(self.tr(
            "A judge's total is the weighted rubric score as a percentage. Normalized: each judge's totals as "
            "z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest "
            "and lowest dropped when an entry has 4 or more judges."))
        self.explain.setObjectName("PageHint")
        self.explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rank by")))
        top.addWidget(self.results_method)
        top.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(boxed(self.tr("Raw totals per judge"), self.raw_view))
        splitter.addWidget(boxed(self.tr("Normalized per judge (100 ± 20)"), self.normal_view))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.ties_label)
        return tab

    def _awards_tab(self) -> QWidget:
        self.awards_model: RecordTableModel[EntryResult] = RecordTableModel([
            Column(self.tr("Category"), lambda r: r.category, lambda r: self._order.get(r.id, 0)),
            Column(self.tr("Rank"), lambda r: "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}",
                   lambda r: r.rank, align_right=True),
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Title"), lambda r: self._entry_title(r.id)),
            Column(self.tr("Total"), lambda r: number_text(r.total), lambda r: r.total, align_right=True),
            Column(self.tr("Award"), lambda r: self._award_text(r.id)),
        ], self)
        _proxy, self.awards_view = make_table(self.awards_model, self, [110, 50, 60, 300, 70, 150], stretch=3)
        self.awards_view.setAccessibleName(self.tr("Awards"))
        self.awards_view.setSortingEnabled(False)
        self.award_choice = QComboBox()
        self.award_choice.addItem(self.tr("No award"), 0)
        for place, name in PLACE_NAMES.items():
            self.award_choice.addItem(self.tr(name), place)
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
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.awards_note)
        layout.addWidget(self.awards_view, 1)
        layout.addLayout(buttons)
        return tab

    def _load_results(self) -> None:
        if self.contest is None or self.services is None:
            return
        data = self.services.contests.results(self.contest.id, self.results_method.currentData())
        self.results_data = data
        computed = data.results
        judges = list(computed.judge_ids)

        def rank(r: EntryResult) -> str:
            return "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}"

        def initials(judge_id: int) -> str:
            name = data.judges.get(judge_id, str(judge_id))
            return "".join(p[0] for p in name.replace(".", "").split() if p[:1].isupper())[:3] or name[:3]

        tie_colour = QColor("#9a6700")
        order = {r.id: n for n, r in enumerate(computed.entries)}
        raw_columns: list[Column[EntryResult]] = [
            Column(self.tr("Rank"), rank, lambda r: order[r.id], foreground=lambda r: tie_colour if r.tied else None),
            Column(self.tr("Code"), lambda r: r.code, tooltip=lambda r: self._entry_title(r.id)),
            Column(self.tr("Category"), lambda r: r.category),
        ]
        for judge_id in judges:
            raw_columns.append(Column(initials(judge_id), lambda r, j=judge_id: number_text(r.judge_totals.get(j)),
                                      align_right=True, tooltip=lambda r, j=judge_id: data.judges.get(j, "")))
        raw_columns += [Column(self.tr("Mean"), lambda r: number_text(r.mean), align_right=True),
                        Column(self.tr("Trimmed"), lambda r: number_text(r.trimmed), align_right=True)]
        normal_columns: list[Column[EntryResult]] = [Column(self.tr("Code"), lambda r: r.code, lambda r: order[r.id])]
        for judge_id in judges:
            normal_columns.append(Column(initials(judge_id),
                                         lambda r, j=judge_id: number_text(r.normalized_totals.get(j)),
                                         align_right=True, tooltip=lambda r, j=judge_id: data.judges.get(j, "")))
        normal_columns.append(Column(self.tr("Normalized"), lambda r: number_text(r.normalized), align_right=True))
        rows = list(computed.entries)
        self._order = order
        for view, columns, attr in ((self.raw_view, raw_columns, "raw_model"),
                                    (self.normal_view, normal_columns, "normal_model")):
            model = RecordTableModel(columns, self)
            model.set_rows(rows)
            setattr(self, attr, model)
            view.model().setSourceModel(model)
        configure_columns(self.raw_view, [44, 52, 84] + [52] * len(judges) + [56, 60])
        configure_columns(self.normal_view, [52] + [52] * len(judges) + [80])
        if computed.ties:
            self.ties_label.setText(fill(self.tr("Still tied after every tie-break (shown as =): %1"),
                                         "; ".join(", ".join(codes) for codes in computed.ties)))
        else:
            self.ties_label.setText(self.tr("No ties remain."))
        self.awards_model.set_rows(rows)
        locked = self.contest.locked
        self.awards_note.setText(self.tr("Locked: the awards are final.") if locked else self.tr(
            "Awards can change until the contest is locked. Unsaved changes are marked *."))

    def _entry_title(self, entry_id: int) -> str:
        if self.results_data is None or entry_id not in self.results_data.entries:
            return ""
        return self.results_data.entries[entry_id].title

    def _award_text(self, entry_id: int) -> str:
        if entry_id in self.pending_awards:
            place = self.pending_awards[entry_id]
            return (self.tr(PLACE_NAMES[place]) if place else self.tr("(none)")) + " *"
        place = self.results_data.awards.get(entry_id) if self.results_data else None
        return self.tr(PLACE_NAMES[place]) if place else ""

    def set_award(self) -> None:
        rows = self.awards_view.selectionModel().selectedRows()
        if not rows:
            return
        for index in rows:
            entry = row_of(self.awards_view, self.awards_model, index)
            self.pending_awards[entry.id] = self.award_choice.currentData()
        self.awards_model.set_rows(self.awards_model.rows())

    def suggest_awards(self) -> None:
        if self.contest is None or self.results_data is None:
            return
        suggested = self.services.contests.suggest_awards(self.contest.id)
        self.pending_awards = {e.id: suggested.get(e.id, 0) for e in self.results_data.results.entries}
        self.awards_model.set_rows(self.awards_model.rows())

    def save_awards(self) -> None:
        if self.contest is None or self.results_data is None:
            return
        places = dict(self.results_data.awards)
        places.update(self.pending_awards)
        places = {e: p for e, p in places.items() if p}
        try:
            self.services.contests.set_awards(self.contest.id, places)
        except DomainError as error:
            self._fail(self.tr("Awards not saved"), error)
            return
        self.pending_awards = {}
        self._load_results()

    def lock_contest(self, confirm: bool = True) -> None:
        if self.contest is None:
            return
        if confirm:
            answer = QMessageBox.question(self, self.tr("Lock the results"), fill(self.tr(
                "Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything."),
                self.contest.title))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.pending_awards:
            self.save_awards()
        try:
            self.services.contests.lock(self.contest.id)
        except DomainError as error:
            self._fail(self.tr("Cannot lock"), error)
            return
        self._changed()

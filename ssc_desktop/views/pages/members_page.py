"""Members: the whole roster in one table, searchable in any script as you type."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QHBoxLayout,
    QSplitter,
    QTableView,
    QWidget,
)

from ssc_desktop.services.members import MemberSummary, matching_members
from ssc_desktop.services.text_folding import fold
from ssc_desktop.views.labels import fill, gender_label
from ssc_desktop.views.pages.base import Page, card, empty_state, field_label
from ssc_desktop.views.table_models import Column, RecordFilterProxy, RecordTableModel
from ssc_desktop.views.task_runner import TaskRunner


def member_columns(tr) -> list[Column[MemberSummary]]:  # noqa: ANN001
    return [
        Column(tr("Name"), lambda m: m.latin_name),
        Column(tr("Own script"), lambda m: m.native_name),
        Column(tr("Chapter"), lambda m: m.chapter_name),
        Column(tr("Country"), lambda m: m.country),
        Column(tr("Affiliation"), lambda m: m.affiliation),
        Column(tr("Visit"), lambda m: str(m.visit_year or ""), sort_key=lambda m: m.visit_year, align_right=True),
        Column(tr("E-mail"), lambda m: m.email),
    ]


class MembersPage(Page):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Members"), self.tr("Alumni from every chapter roster."))
        self._members: list[MemberSummary] = []
        # The last filter and what it found: one more letter only narrows it.
        self._last_filter: tuple[str, object, list[MemberSummary] | None] = ("", None, None)
        self._load_generation = 0

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names in any script, e-mail or affiliation…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.chapter = QComboBox()
        self.chapter.setMinimumWidth(200)
        self.chapter.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        filters.addWidget(self.search, 3)
        filters.addWidget(self.chapter, 1)
        filters.addWidget(self.count_label)
        self.layout_.addLayout(filters)

        self.model = RecordTableModel(member_columns(self.tr), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([190, 170, 130, 100, 230, 60]):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.details = MemberDetails()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        self.layout_.addWidget(splitter, 1)
        self.splitter = splitter
        self.empty = empty_state(self.tr(
            "This database has no members yet.\n\nTo look around first, open the demo reunion "
            "(File → Open the demo reunion)."
        ))
        self.layout_.addWidget(self.empty, 1)

    def reload(self) -> None:
        if self.services is None:
            return
        services = self.services
        self._load_generation += 1
        generation = self._load_generation
        self.count_label.setText(self.tr("Loading members…"))
        chapters = services.chapters.list_chapters()
        self.chapter.blockSignals(True)
        self.chapter.clear()
        self.chapter.addItem(self.tr("All chapters"), None)
        for chapter in chapters:
            self.chapter.addItem(chapter.label, chapter.id)
        self.chapter.blockSignals(False)
        self.tasks.start(
            lambda progress, cancel: services.members.list_members(),
            on_success=lambda members: self._loaded(generation, members),
            owner=self,
        )

    def set_members(self, members: list[MemberSummary]) -> None:
        self._members = members
        self._last_filter = ("", None, None)
        self.model.set_rows(members)
        self.empty.setVisible(not members)
        self.splitter.setVisible(bool(members))
        self._apply_filter()

    def _loaded(self, generation: int, members: list[MemberSummary]) -> None:
        # A newer load (another database opened meanwhile) wins over a late one.
        if generation == self._load_generation:
            self.set_members(members)

    def _apply_filter(self) -> None:
        query, chapter_id = fold(self.search.text()), self.chapter.currentData()
        last_query, last_chapter, last_found = self._last_filter
        narrowing = last_found is not None and chapter_id == last_chapter and query.startswith(last_query) and last_query.strip()
        found = matching_members(last_found if narrowing else self._members, query, chapter_id)
        self._last_filter = (query, chapter_id, found)
        ids = None if found is None else {m.id for m in found}
        self.proxy.set_visible_ids(ids)
        shown, total = self.proxy.rowCount(), len(self._members)
        if ids is None:
            self.count_label.setText(fill(self.tr("%1 members"), f"{total:,}"))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 shown"), f"{shown:,}", f"{total:,}"))
        if shown and not self.table.selectionModel().hasSelection():
            self.details.show_member(None)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.show_member(None)
            return
        self.details.show_member(self.model.row_at(self.proxy.mapToSource(rows[0]).row()))


class MemberDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(frame)
        self.native = QLabel()
        self.native.setObjectName("DetailName")
        self.native.setWordWrap(True)
        self.latin = QLabel()
        self.latin.setObjectName("DetailNative")
        self.latin.setWordWrap(True)
        layout.addWidget(self.native)
        layout.addWidget(self.latin)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in [
            ("chapter", self.tr("Chapter")), ("country", self.tr("Country")), ("affiliation", self.tr("Affiliation")),
            ("email", self.tr("E-mail")), ("phone", self.tr("Phone")), ("visit", self.tr("SSP visit")),
            ("host", self.tr("Host in Japan")), ("gender", self.tr("Gender")),
        ]:
            self.fields[key] = field_label("")
            form.addRow(label + ":", self.fields[key])
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_member(None)

    def show_member(self, member: MemberSummary | None) -> None:
        if member is None:
            self.native.setText(self.tr("No member selected"))
            self.latin.setText(self.tr("Choose a row to see the member's details."))
            for label in self.fields.values():
                label.setText("")
            return
        self.native.setText(member.native_name or member.latin_name)
        self.latin.setText(member.latin_name if member.native_name else "")
        values = {
            "chapter": member.chapter_name, "country": member.country, "affiliation": member.affiliation,
            "email": member.email, "phone": member.phone, "visit": str(member.visit_year or "—"),
            "host": member.host_institution, "gender": gender_label(member.gender),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")

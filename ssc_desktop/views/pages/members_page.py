"""Members: the whole roster in one table, searchable in any script as you type, editable beside it.

The search box asks a MemberSearchIndex (ssc_desktop.services.member_search): exact
hits first, then, when those are few, close matches for typos (shown greyed, after the
exact ones). Filters by chapter, country and visit year narrow the same search. The
panel beside the table shows the chosen member and edits them in place; two selected
rows can be merged into one record.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, QPersistentModelIndex, QTimer, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from ssc_desktop.services.member_search import MemberSearchIndex, SearchFilters, SearchResult
from ssc_desktop.services.members import MemberSummary
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.member_panel import MemberPanel
from ssc_desktop.views.labels import fill
from ssc_desktop.views.pages.base import Page, empty_state
from ssc_desktop.views.table_models import Column, RecordTableModel, record_table
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import MUTED

FUZZY_PREPARE_DELAY_MS = 1000


def member_columns() -> list[Column[MemberSummary]]:
    return [
        Column(QCoreApplication.translate("MembersPage", "Name"), lambda m: m.latin_name),
        Column(QCoreApplication.translate("MembersPage", "Own script"), lambda m: m.native_name),
        Column(QCoreApplication.translate("MembersPage", "Chapter"), lambda m: m.chapter_name),
        Column(QCoreApplication.translate("MembersPage", "Country"), lambda m: m.country),
        Column(QCoreApplication.translate("MembersPage", "Affiliation"), lambda m: m.affiliation),
        Column(
            QCoreApplication.translate("MembersPage", "Visit"),
            lambda m: str(m.visit_year or ""),
            sort_key=lambda m: m.visit_year,
            align_right=True,
        ),
        Column(QCoreApplication.translate("MembersPage", "E-mail"), lambda m: m.email),
    ]


class MemberTableModel(RecordTableModel):
    """The record model, plus close (typo) matches: shown after the exact ones, greyed and in italics."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self._close: AbstractSet[int] = frozenset()
        self._italic = QFont()
        self._italic.setItalic(True)
        self.close_tooltip = ""

    def set_matches(self, exact: AbstractSet[int] | None, close: AbstractSet[int] = frozenset()) -> None:
        """Show exact hits (None: everyone), then close ones; each group keeps the table's sort order."""
        if exact is None and not close and self._visible_ids is None and not self._close:
            return
        self.beginResetModel()
        self._close = frozenset(close)
        self._visible_ids = None if exact is None and not close else (set(exact or ()) | self._close)
        self._rows = self._shown(self._all)
        self.endResetModel()

    def set_visible_ids(self, ids: AbstractSet[int] | None) -> None:
        self._close = frozenset()
        super().set_visible_ids(ids)

    def is_close_match(self, member_id: int) -> bool:
        return member_id in self._close

    def _shown(self, rows: list) -> list:
        visible = self._visible_ids
        if visible is None:
            return list(rows)
        close = self._close
        if not close:
            return [r for r in rows if r.id in visible]
        return [r for r in rows if r.id in visible and r.id not in close] + [r for r in rows if r.id in close]

    def remove_record(self, record_id: int) -> None:
        self._all = [r for r in self._all if r.id != record_id]
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
                break

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._close and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if index.isValid() and 0 <= index.row() < len(self._rows) and self._rows[index.row()].id in self._close:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return MUTED
                if role == Qt.ItemDataRole.FontRole:
                    return self._italic
                return self.close_tooltip
        return super().data(index, role)


class MembersPage(Page):
    shows = frozenset({Kind.MEMBERS})
    # A member was edited, or two were merged: pages showing members (registrations…) may reload.

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Members"), self.tr("Alumni from every chapter roster."))
        self._members: list[MemberSummary] = []
        self.index = MemberSearchIndex([])
        self.last_result: SearchResult | None = None

        self.merge_button = QPushButton(self.tr("Merge two members…"))
        self.merge_button.setToolTip(self.tr("Select two rows (Ctrl+click) that are the same person, then merge them."))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.header_actions.addWidget(self.merge_button)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setPlaceholderText(
            self.tr("Search names in any script, e-mail or affiliation — typos are forgiven…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.chapter = QComboBox()
        self.chapter.setMinimumWidth(180)
        self.chapter.currentIndexChanged.connect(self._apply_filter)
        self.country = QComboBox()
        self.country.setMinimumWidth(130)
        self.country.currentIndexChanged.connect(self._apply_filter)
        self.visit_year = QComboBox()
        self.visit_year.setMinimumWidth(110)
        self.visit_year.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        filters.addWidget(self.search, 3)
        filters.addWidget(self.chapter, 1)
        filters.addWidget(self.country, 1)
        filters.addWidget(self.visit_year)
        filters.addWidget(self.count_label)
        self.layout_.addLayout(filters)
        self._fill_filter_values()

        self.details = MemberPanel()
        self.details.edit_requested.connect(self._start_edit)
        self.details.saved.connect(self._member_saved)
        self.details.editing_changed.connect(self._editing_changed)

        self.model = MemberTableModel(member_columns(), self)
        self.model.close_tooltip = self.tr("A close match: the search words are spelt a little differently here.")
        self.proxy, self.table = record_table(self.model, self, many=True)
        self.table.setAccessibleName(self.tr("Members"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([190, 170, 130, 100, 230, 60]):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self._start_edit())
        self.edit_action = QAction(self.tr("Edit member"), self)
        self.edit_action.triggered.connect(self._start_edit)
        self.merge_action = QAction(self.tr("Merge with…"), self)
        self.merge_action.setToolTip(self.merge_button.toolTip())
        self.merge_action.triggered.connect(self.merge_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.edit_action, self.merge_action])
        self._update_actions(0)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 340])
        self.layout_.addWidget(splitter, 1)
        self.splitter = splitter
        self.empty = empty_state(
            self.tr(
                "This database has no members yet.\n\nTo look around first, open the demo reunion "
                "(File → Open the demo reunion)."
            )
        )
        self.layout_.addWidget(self.empty, 1)

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.services is None:
            return
        services = self.services
        self.details.set_services(services)
        self.count_label.setText(self.tr("Loading members…"))
        chapters = services.chapters.list_chapters()
        self.details.set_chapters(chapters)
        self.chapter.blockSignals(True)
        self.chapter.clear()
        self.chapter.addItem(self.tr("All chapters"), None)
        for chapter in chapters:
            self.chapter.addItem(chapter.label, chapter.id)
        self.chapter.blockSignals(False)

        def load(_progress, _cancel):
            members = services.members.list_members()
            # The search vocabulary for typos is built here too, off the GUI thread.
            return members, MemberSearchIndex(members).prepare_fuzzy()

        # latest: a newer load (another database opened meanwhile) wins over a late one
        self.tasks.start(load, on_success=lambda loaded: self.set_members(*loaded), owner=self, latest="members")

    def set_members(self, members: list[MemberSummary], index: MemberSearchIndex | None = None) -> None:
        self._members = members
        if index is None:
            index = MemberSearchIndex(members)
        self.index = index
        if not index.fuzzy_ready:
            # Exact searching works at once; the vocabulary for close matches follows off the GUI
            # thread once the table has painted (a search needing it sooner builds it itself).
            QTimer.singleShot(FUZZY_PREPARE_DELAY_MS, self, lambda: self._prepare_fuzzy(index))
        self.model.set_rows(members)
        self.empty.setVisible(not members)
        self.splitter.setVisible(bool(members))
        self._fill_filter_values()
        self._apply_filter()

    def _prepare_fuzzy(self, index: MemberSearchIndex) -> None:
        if index is self.index and not index.fuzzy_ready:
            self.tasks.start(lambda _progress, _cancel: index.prepare_fuzzy(), owner=self)

    def _fill_filter_values(self) -> None:
        for combo, everyone, values in (
            (self.country, self.tr("All countries"), [(c, c) for c in self.index.countries()]),
            (self.visit_year, self.tr("All years"), [(str(y), y) for y in self.index.visit_years()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, value in values:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    # -- searching ------------------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        return SearchFilters(self.chapter.currentData(), self.country.currentData(), self.visit_year.currentData())

    def _apply_filter(self) -> None:
        result = self.index.search(self.search.text(), self.filters())
        self.last_result = result
        if not result.filtered:
            self.model.set_matches(None)
        else:
            self.model.set_matches(set(result.exact_ids), set(result.fuzzy_ids))
        self._show_count()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.details.show_member(None)

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.model.rows())
        result = self.last_result
        if result is None or not result.filtered:
            self.count_label.setText(fill(self.tr("%1 members"), f"{total:,}"))
        elif result.fuzzy_ids:
            self.count_label.setText(
                fill(
                    self.tr("%1 of %2 shown (%3 close matches)"),
                    f"{shown:,}",
                    f"{total:,}",
                    f"{len(result.fuzzy_ids):,}",
                )
            )
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 shown"), f"{shown:,}", f"{total:,}"))

    # -- selection, editing, merging -------------------------------------------------------------
    def selected_members(self, at_most: int | None = None) -> list[MemberSummary]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if at_most is not None:
            rows = rows[:at_most]
        return [self.model.row_at(self.proxy.source_row(row)) for row in rows]

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self._update_actions(count)
        if not count:
            self.details.show_member(None)
            return
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
            member = self.model.row_at(self.proxy.mapToSource(current).row())
        else:
            member = self.selected_members(at_most=1)[0]
        self.details.show_member(member, selected=count)

    def _update_actions(self, count: int | None = None) -> None:
        if count is None:
            count = len(self.table.selectionModel().selectedRows())
        editing = self.details.editing
        self.merge_button.setEnabled(count == 2 and not editing)
        self.merge_action.setEnabled(count == 2 and not editing)
        self.edit_action.setEnabled(count >= 1 and not editing)

    def select_member(self, member_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.source_row(row)).id == member_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _start_edit(self) -> None:
        self.details.start_edit()

    def _editing_changed(self, editing: bool) -> None:
        # While a member is being edited the list stays put, so no change is lost by clicking away.
        self.table.setEnabled(not editing)
        self._update_actions()

    def _member_saved(self, member: MemberSummary) -> None:
        self.model.replace_record(member)
        self.index.replace(member)
        self._members = self.model.rows()
        self._fill_filter_values()
        self.announce(Kind.MEMBERS)

    def merge_selected(self) -> None:
        if len(self.table.selectionModel().selectedRows()) != 2 or self.services is None:
            return
        chosen = self.selected_members()
        from ssc_desktop.views.dialogs.merge_members_dialog import MergeMembersDialog

        dialog = MergeMembersDialog(self.services.members, chosen[0].id, chosen[1].id, self)
        if dialog.exec() and dialog.result_value is not None:
            self.apply_merge(dialog.result_value)

    def apply_merge(self, result) -> None:  # a MergeResult
        """The removed row leaves the table, the kept one shows its merged values."""
        self.model.remove_record(result.removed_id)
        self.model.replace_record(result.kept)
        self.index.remove(result.removed_id)
        self.index.replace(result.kept)
        self._members = self.model.rows()
        self._fill_filter_values()
        self._apply_filter()
        self.table.clearSelection()
        self.select_member(result.kept.id)
        self.announce(Kind.MEMBERS)

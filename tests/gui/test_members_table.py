"""The members table with 30,000 members: shows them all, filters as you type, sorts."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from ssc_desktop import app as app_module
from ssc_desktop.services.members import MemberSummary
from ssc_desktop.services.text_folding import fold
from ssc_desktop.views.pages.members_page import MembersPage, member_columns
from ssc_desktop.views.table_models import SORT_KEY_ROLE, RecordFilterProxy, RecordTableModel
from ssc_desktop.views.task_runner import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def members_page(qtbot, big_db_path):
    context = app_module.compose(big_db_path)
    runner = TaskRunner()
    page = MembersPage(runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.set_services(context.services)
    qtbot.waitUntil(lambda: page.model.rowCount() == 30_000, timeout=30_000)
    yield page
    runner.wait_for_all(5000)
    context.close()


def visible_members(page: MembersPage) -> list[MemberSummary]:
    return [page.model.row_at(page.proxy.source_row(r)) for r in range(page.proxy.rowCount())]


def test_shows_all_30000_members(members_page):
    assert members_page.proxy.rowCount() == 30_000
    assert members_page.count_label.text() == "30,000 members"
    first = members_page.model.row_at(members_page.proxy.source_row(0))
    last = members_page.model.row_at(members_page.proxy.source_row(29_999))
    assert first.latin_name.casefold() <= last.latin_name.casefold()


def test_filters_as_you_type_across_scripts(members_page, qtbot):
    qtbot.keyClicks(members_page.search, "nguyen")
    shown = visible_members(members_page)
    assert 0 < len(shown) < 30_000
    assert all("nguyen" in fold(m.latin_name + " " + m.native_name + " " + m.email) for m in shown)
    assert any("Nguyễn" in m.native_name for m in shown)
    assert members_page.count_label.text() == f"{len(shown):,} of 30,000 shown"

    members_page.search.setText("山田")
    shown = visible_members(members_page)
    assert shown and all("山田" in m.native_name for m in shown)

    members_page.search.setText("sharma iit")  # every word must match
    shown = visible_members(members_page)
    assert shown and all("sharma" in m.search_key and "iit" in m.search_key for m in shown)

    members_page.search.clear()
    assert members_page.proxy.rowCount() == 30_000


def test_chapter_filter_combines_with_search(members_page):
    china = members_page.chapter.findText("SSC China (SSC-CN)")
    assert china > 0
    members_page.chapter.setCurrentIndex(china)
    shown = visible_members(members_page)
    assert shown and all(m.chapter_name == "SSC China" for m in shown)
    assert len(shown) < 30_000


def test_sorting_by_visit_year_keeps_the_filter(members_page):
    members_page.search.setText("wang")
    count = members_page.proxy.rowCount()
    members_page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    shown = visible_members(members_page)
    assert len(shown) == count
    years = [m.visit_year for m in shown]
    assert years == sorted(years, reverse=True)
    assert all("wang" in m.search_key for m in shown)


def test_selecting_a_row_shows_the_member(members_page, qtbot):
    members_page.search.setText("佐藤")
    members_page.table.selectRow(0)
    member = visible_members(members_page)[0]
    assert members_page.details.native.text() == member.native_name
    assert members_page.details.fields["email"].text() == member.email


def sample_members(count: int) -> list[MemberSummary]:
    from ssc_desktop.models import Gender

    return [
        MemberSummary(
            i,
            None,
            "",
            f"Name {i:05d}",
            "名前" if i % 2 else "",
            f"n{i}@example.org",
            "Japan",
            "",
            None if i % 3 else 2015 + i % 10,
            "",
            Gender.UNSPECIFIED,
            "",
            f"name {i}",
        )
        for i in range(count)
    ]


def test_record_model_passes_qt_model_tester(qtmodeltester):
    model = RecordTableModel(member_columns())
    model.set_rows(sample_members(300))
    qtmodeltester.check(model, force_py=True)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_visible_ids({i for i in range(0, 300, 7)})
    qtmodeltester.check(proxy, force_py=True)


def test_sort_key_role_gives_raw_values_with_empty_years_last():
    model = RecordTableModel(member_columns())
    model.set_rows(sample_members(30))
    assert model.data(model.index(0, 5), SORT_KEY_ROLE) == 2015
    assert model.data(model.index(1, 5), SORT_KEY_ROLE) is None
    model.sort(5, Qt.SortOrder.AscendingOrder)
    years = [model.row_at(r).visit_year for r in range(30)]
    assert years[:10] == sorted(y for y in years if y is not None) and years[10:] == [None] * 20


def test_returning_none_for_many_cells_does_not_unbalance_none(qtbot):
    """PySide6 6.12.0 lost a reference to None per None returned from data(); a table then killed the interpreter."""
    model = RecordTableModel(member_columns())
    model.set_rows(sample_members(5000))
    proxy = QSortFilterProxyModel()  # a C++ caller of the Python data() override
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 600)
    view.show()
    before = sys.getrefcount(None)
    unknown_role = Qt.ItemDataRole.UserRole + 50
    for row in range(5000):
        for column in range(7):
            assert proxy.data(proxy.index(row, column), unknown_role) is None
    for row in range(0, 5000, 40):
        view.scrollTo(proxy.index(row, 0))
        view.viewport().repaint()
    after = sys.getrefcount(None)
    # 35,000 None results went through Qt; a leak or over-release would move the count by thousands.
    assert abs(after - before) < 1000
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.data(QModelIndex()) is None


def test_narrowing_while_typing_matches_a_fresh_search(members_page, qtbot):
    from ssc_desktop.services.members import matching_member_ids

    qtbot.keyClicks(members_page.search, "sharma")
    qtbot.keyClick(members_page.search, Qt.Key.Key_Backspace)  # "sharm": wider again
    qtbot.keyClicks(members_page.search, " d")  # "sharm d": two words
    expected = matching_member_ids(members_page.model.rows(), "sharm d")
    assert {m.id for m in visible_members(members_page)} == expected
    assert 0 < len(expected) < 30_000

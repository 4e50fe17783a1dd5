"""The Members page: typo-tolerant search, country and year filters, editing in the side panel, merging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from ssc_desktop import app as app_module
from ssc_desktop.services.members import MemberDraft
from ssc_desktop.views.dialogs.merge_members_dialog import MergeMembersDialog
from ssc_desktop.views.pages.members_page import MembersPage
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.changes import ChangeHub

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, context):
    runner = TaskRunner()
    members_page = MembersPage(runner)
    qtbot.addWidget(members_page)
    members_page.resize(1280, 760)
    members_page.show()
    members_page.set_services(context.services)
    total = context.services.members.count_members()
    qtbot.waitUntil(lambda: members_page.model.rowCount() == total, timeout=20_000)
    yield members_page
    runner.wait_for_all(5000)


def shown(page: MembersPage) -> list:
    return [page.model.row_at(page.proxy.source_row(r)) for r in range(page.proxy.rowCount())]


def row_of(page: MembersPage, member_id: int) -> int:
    return next(r for r in range(page.proxy.rowCount()) if page.model.row_at(page.proxy.source_row(r)).id == member_id)


def test_the_index_is_built_off_the_gui_thread_while_loading(qtbot, threads_seen, tmp_path, demo_db_path) -> None:
    import shutil

    from ssc_desktop.services.member_search import MemberSearchIndex
    from ssc_desktop.views.pages.members_page import MembersPage
    from ssc_desktop.views.task_runner import TaskRunner

    threads_seen.watch(MemberSearchIndex, "prepare_fuzzy")
    shutil.copy(demo_db_path, tmp_path / "demo.sqlite3")
    context = app_module.compose(tmp_path / "demo.sqlite3")
    tasks = TaskRunner()
    page = MembersPage(tasks)
    qtbot.addWidget(page)
    try:
        page.set_services(context.services)
        qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=20000)
        assert page.index.fuzzy_ready and len(page.index) == page.model.rowCount()
        assert threads_seen.off_gui_thread("prepare_fuzzy")
    finally:
        tasks.wait_for_all(10000)
        context.close()


def test_typos_show_close_matches_after_exact_ones(page, qtbot) -> None:
    qtbot.keyClicks(page.search, "kulkarnni")
    rows = shown(page)
    assert rows and all("Kulkarni" in m.latin_name for m in rows)
    assert all(page.model.is_close_match(m.id) for m in rows)
    assert "close matches" in page.count_label.text()
    index = page.proxy.index(0, 0)
    assert page.proxy.data(index, Qt.ItemDataRole.FontRole).italic()

    # An exact hit goes first, the close ones after it.
    exact = page.services.members.add_member(MemberDraft(latin_name="Zed Kulkarnni", country="India"))
    page.index.replace(exact)
    page.model.set_rows([*page.model.rows(), exact])
    page.search.setText("kulkarnni ")
    rows = shown(page)
    assert rows[0].id == exact.id and not page.model.is_close_match(exact.id)
    assert len(rows) > 1 and all(page.model.is_close_match(m.id) for m in rows[1:])


def test_exact_search_is_unchanged_for_common_names(page) -> None:
    page.search.setText("nguyen")
    rows = shown(page)
    assert rows and all("nguyen" in m.search_key for m in rows)
    assert page.count_label.text() == f"{len(rows):,} of {page.model.rowCount() and len(page.model.rows()):,} shown"


def test_country_and_visit_year_filters(page) -> None:
    countries = [page.country.itemText(i) for i in range(1, page.country.count())]
    assert "India" in countries and "Nepal" in countries and countries == sorted(countries, key=str.casefold)
    page.country.setCurrentIndex(page.country.findData("Nepal"))
    rows = shown(page)
    assert rows and all(m.country == "Nepal" for m in rows)
    year = next(m.visit_year for m in rows if m.visit_year)
    page.visit_year.setCurrentIndex(page.visit_year.findData(year))
    rows = shown(page)
    assert rows and all(m.country == "Nepal" and m.visit_year == year for m in rows)
    page.search.setText("zzzz-nobody")
    assert shown(page) == []
    page.search.clear()
    page.country.setCurrentIndex(0)
    page.visit_year.setCurrentIndex(0)
    assert page.proxy.rowCount() == len(page.model.rows())


def test_edit_in_the_side_panel_updates_the_row_without_reloading(page, qtbot, context) -> None:
    page.search.setText("山田")
    page.table.selectRow(0)
    member = shown(page)[0]
    rows_before = page.model.rows()
    others_before = [m for m in rows_before if m.id != member.id]
    qtbot.mouseClick(page.details.edit_button, Qt.MouseButton.LeftButton)
    assert page.details.editing and not page.table.isEnabled()
    assert page.details.inputs["latin_name"].text() == member.latin_name
    page.details.inputs["affiliation"].setText("Kyoto University Hospital")
    page.details.inputs["visit_year"].setText("2019")
    with qtbot.waitSignal(hub(page).changed, timeout=2000):
        qtbot.mouseClick(page.details.save_button, Qt.MouseButton.LeftButton)
    assert not page.details.editing and page.table.isEnabled()
    stored = context.services.members.get_member(member.id)
    assert stored.affiliation == "Kyoto University Hospital" and stored.visit_year == 2019
    row = shown(page)[row_of(page, member.id)]
    assert row == stored
    assert page.details.fields["affiliation"].text() == "Kyoto University Hospital"
    # Only the one record changed: the others are the very same objects, nothing was reloaded.
    assert all(a is b for a, b in zip(others_before, [m for m in page.model.rows() if m.id != member.id], strict=True))
    # The search index knows the new words.
    page.search.setText("kyoto hospital")
    assert [m.id for m in shown(page)] == [member.id]


def test_bad_values_are_shown_beside_their_field_and_nothing_is_saved(page, qtbot, context) -> None:
    page.table.selectRow(0)
    member = shown(page)[0]
    page.details.start_edit()
    panel = page.details
    panel.inputs["email"].setText("not-an-email")
    panel.save()
    assert panel.editing
    assert panel.errors["email"].isVisible() and "not an e-mail" in panel.errors["email"].text()
    panel.inputs["email"].setText(member.email)
    panel.inputs["visit_year"].setText("twenty")
    panel.save()
    assert not panel.errors["email"].isVisible()
    assert panel.errors["visit_year"].isVisible() and "twenty" in panel.errors["visit_year"].text()
    panel.inputs["visit_year"].setText("1990")
    panel.save()
    assert "1990" in panel.errors["visit_year"].text()
    panel.inputs["visit_year"].setText("")
    panel.inputs["latin_name"].setText("  ")
    panel.save()
    assert panel.errors["latin_name"].isVisible()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    assert context.services.members.get_member(member.id) == member
    assert panel.native.text() == (member.native_name or member.latin_name)


def select_two(page: MembersPage, first_id: int, second_id: int) -> None:
    page.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for member_id in (first_id, second_id):
        page.table.selectionModel().select(page.proxy.index(row_of(page, member_id), 0), flags)


def test_merging_two_selected_rows(page, context, monkeypatch, qtbot) -> None:
    services = context.services
    original = next(m for m in page.model.rows() if "Kulkarni" in m.latin_name and m.native_name)
    duplicate = services.members.add_member(
        MemberDraft(latin_name=original.latin_name, phone="+91 99999 12345", notes="Signed up twice", country="India")
    )
    page.reload()
    total = services.members.count_members()
    qtbot.waitUntil(lambda: len(page.model.rows()) == total, timeout=20_000)
    page.search.setText(original.latin_name)
    assert not page.merge_button.isEnabled()
    select_two(page, original.id, duplicate.id)
    assert page.merge_button.isEnabled()
    assert "2 members selected" in page.details.selection_hint.text()

    def accept_with_choices(dialog: MergeMembersDialog) -> int:
        assert dialog.ids == (min(original.id, duplicate.id), max(original.id, duplicate.id))
        dialog.keep_record(original.id)
        dialog.choose("phone", duplicate.id)
        assert "phone" in dialog.summary.text().casefold()
        dialog.merge()
        return dialog.result()

    monkeypatch.setattr(MergeMembersDialog, "exec", accept_with_choices)
    with qtbot.waitSignal(hub(page).changed, timeout=2000):
        page.merge_selected()
    ids = [m.id for m in page.model.rows()]
    assert duplicate.id not in ids and original.id in ids and len(ids) == total - 1
    kept = page.model.rows()[ids.index(original.id)]
    assert kept.phone == "+91 99999 12345" and kept.native_name == original.native_name
    assert services.members.get_member_draft(original.id).notes == "Signed up twice"
    assert [m.id for m in page.selected_members()] == [original.id]
    assert page.index.member(duplicate.id) is None


def test_merge_dialog_shows_what_moves_and_refuses_a_gone_member(qtbot, context) -> None:
    services = context.services
    reunion = max(services.events.list_events(), key=lambda e: e.registered)
    registered = services.registrations.list_registrations(reunion.id)
    a, b = registered[0].member_id, registered[1].member_id
    dialog = MergeMembersDialog(services.members, a, b)
    qtbot.addWidget(dialog)
    preview = services.members.merge_preview(a, b)
    assert preview.shared_events >= 1
    assert f"{preview.registrations_moving} registration(s)" in dialog.summary.text()
    assert "Both are registered for" in dialog.summary.text()
    dialog.choose("email", a)  # by hand: stays a's e-mail whichever record stays
    dialog.keep_record(b)
    # Fields not chosen by hand follow the record that stays.
    assert dialog.keep_id == b and dialog.choices()["latin_name"] == "keep"
    assert dialog.choices()["email"] == "remove"
    assert dialog.field_buttons["latin_name"][dialog.ids.index(b)].isChecked()
    # The other record vanished meanwhile (another laptop merged it): one clear error, the dialog stays.
    services.members.merge_members(b, a)
    dialog.merge()
    assert dialog.result_value is None and not dialog.error_label.isHidden()
    assert str(a) in dialog.error_label.text()


def test_table_actions_follow_the_selection(page, qtbot) -> None:
    assert not page.edit_action.isEnabled() and not page.merge_action.isEnabled()
    first, second, third = shown(page)[:3]
    select_two(page, first.id, second.id)
    assert page.merge_action.isEnabled() and page.edit_action.isEnabled()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.proxy.index(row_of(page, third.id), 0), flags)
    assert not page.merge_action.isEnabled() and not page.merge_button.isEnabled()
    assert "3 members selected" in page.details.selection_hint.text()
    page.table.selectRow(0)
    page.edit_action.trigger()
    assert page.details.editing and not page.edit_action.isEnabled()
    page.details.cancel_edit()
    # A double click on a row edits it too.
    rect = page.table.visualRect(page.proxy.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.details.editing and page.details.member == shown(page)[1]


def hub(page):
    """The page's change hub (the main window gives one; a page tested alone gets its own)."""
    if page.changes is None:
        page.changes = ChangeHub()
    return page.changes

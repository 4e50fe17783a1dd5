"""The Registrations page on the demo reunion: figures, search and filters, cancel with promotion,
restore, roles, bulk registration and walk-ins."""

from __future__ import annotations

import pytest

from ssc_desktop.models import RegistrationRole, RegistrationStatus
from ssc_desktop.views.changes import Change, ChangeHub, Kind

R, W, C = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED


@pytest.fixture
def reunion(context):
    return next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")


@pytest.fixture
def page(qtbot, context, reunion, tasks):
    from ssc_desktop.views.pages.registrations_page import RegistrationsPage

    widget = RegistrationsPage(tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.set_services(context.services)
    widget.set_event(reunion)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=5000)
    widget.confirm = lambda title, text: True
    return widget


def shown(page) -> list:
    return [page.model.row_at(page.proxy.source_row(r)) for r in range(page.proxy.rowCount())]


def select(page, predicate) -> object:
    for proxy_row in range(page.proxy.rowCount()):
        row = page.model.row_at(page.proxy.source_row(proxy_row))
        if predicate(row):
            page.table.selectRow(proxy_row)
            return row
    raise AssertionError("no such row")


def reloaded(qtbot, page, before) -> None:
    qtbot.waitUntil(lambda: page.counts is not before, timeout=5000)


def test_counts_at_the_top(page) -> None:
    assert page.model.rowCount() == 230
    counts = page.counts
    assert (counts.registered, counts.capacity, counts.waitlisted, counts.cancelled) == (200, 200, 25, 5)
    assert page.places.text() == "200 / 200"
    assert page.waitlisted.text() == "25" and page.cancelled.text() == "5"
    assert page.arrived.text() == str(counts.checked_in)
    assert "Full" in page.places_caption.text()
    assert "Speaker" in page.by_role.text() and "Participant" in page.by_role.text()
    assert "3rd SSC India Reunion" in page.hint_label.text()


def test_search_in_any_script_and_status_filter(page) -> None:
    page.search.setText("  ")
    assert page.proxy.rowCount() == 230
    native = next(r for r in page.model.rows() if r.native_name and r.country == "India")
    page.search.setText(native.native_name.split()[0])
    assert native in shown(page)
    assert all(native.native_name.split()[0] in r.native_name for r in shown(page))
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData(W))
    waiting = shown(page)
    assert len(waiting) == 25 and {r.status for r in waiting} == {W}
    assert "25 of 230 shown" == page.count_label.text()
    # Waitlisted rows show their place in the queue.
    status_column = 3
    texts = {page.proxy.index(r, status_column).data() for r in range(page.proxy.rowCount())}
    assert "Waitlisted (#1)" in texts and "Waitlisted (#25)" in texts
    page.role_filter.setCurrentIndex(page.role_filter.findData(RegistrationRole.PARTICIPANT))
    assert {r.role for r in shown(page)} == {RegistrationRole.PARTICIPANT}
    page.search.setText("zzzz-nobody")
    assert page.proxy.rowCount() == 0


def test_cancel_promotes_the_first_waiting(qtbot, page, context, reunion) -> None:
    from ssc_desktop.services.registration_rows import waitlist_positions

    positions = waitlist_positions(page.model.rows())
    first_waiting = next(r for r in page.model.rows() if positions.get(r.id) == 1)
    row = select(page, lambda r: r.status == R and r.checked_in_at is None)
    assert page.cancel_button.isEnabled() and not page.restore_button.isEnabled()
    before = page.counts
    with qtbot.waitSignal(hub(page).changed, timeout=5000) as signal:
        page.cancel_selected()
    assert signal.args == [Change(frozenset({Kind.REGISTRATIONS}), reunion.id)]
    assert "Cancelled: " + row.latin_name in page.verdict.text()
    assert "Promoted from the waitlist: " + first_waiting.latin_name in page.verdict.text()
    reloaded(qtbot, page, before)
    assert (page.counts.registered, page.counts.waitlisted, page.counts.cancelled) == (200, 24, 6)
    assert context.services.registrations.get_registration(first_waiting.id).status is R
    # The selection stays on the cancelled row, which can now be restored (to the back of the queue).
    assert page.selected_row().id == row.id and page.restore_button.isEnabled()
    before = page.counts
    page.restore_selected()
    assert "back on the waitlist" in page.verdict.text()
    reloaded(qtbot, page, before)
    assert (page.counts.waitlisted, page.counts.cancelled) == (25, 5)


def test_cancel_asks_first_and_refuses_checked_in(qtbot, page, context) -> None:
    row = select(page, lambda r: r.status == R and r.checked_in_at is None)
    page.confirm = lambda title, text: False
    page.cancel_selected()
    assert context.services.registrations.get_registration(row.id).status is R
    select(page, lambda r: r.checked_in_at is not None)
    assert not page.cancel_button.isEnabled()
    assert "check-in" in page.cancel_button.toolTip()
    select(page, lambda r: r.status == C)
    assert not page.cancel_button.isEnabled() and not page.role_button.isEnabled()


def test_change_role(qtbot, page, context) -> None:
    row = select(page, lambda r: r.role == RegistrationRole.PARTICIPANT and r.status == R)
    with qtbot.waitSignal(hub(page).changed, timeout=5000):
        page.change_role(RegistrationRole.JUDGE)
    assert context.services.registrations.get_registration(row.id).role is RegistrationRole.JUDGE
    assert "Judge" in page.verdict.text()


def test_no_event_shows_the_empty_state(qtbot, page) -> None:
    page.set_event(None)
    assert page.model.rowCount() == 0
    assert not page.empty.isHidden() and page.table.isHidden()
    assert not page.register_button.isEnabled() and not page.walk_in_button.isEnabled()


def test_walk_in_dialog_adds_registers_and_checks_in(qtbot, context, reunion) -> None:
    from ssc_desktop.views.dialogs.walk_in_dialog import WalkInDialog

    dialog = WalkInDialog(context.services, reunion, "Front desk 3")
    qtbot.addWidget(dialog)
    dialog.accept()  # no name yet
    assert not dialog.error.isHidden() and "name" in dialog.error.text()
    assert dialog.outcome is None and dialog.result() == 0
    dialog.latin_name.setText("Kasun Perera")
    dialog.native_name.setText("කසුන් පෙරේරා")
    dialog.email.setText("not-an-address")
    dialog.accept()
    assert "not-an-address" in dialog.error.text() and dialog.outcome is None
    members_before = context.services.members.count_members()
    dialog.email.setText("kasun.walkin@example.org")
    dialog.role.setCurrentIndex(dialog.role.findData(RegistrationRole.GUEST))
    dialog.accept()
    assert dialog.result() == 1
    outcome = dialog.outcome
    row = outcome.registration
    assert (row.latin_name, row.native_name, row.role, row.status, row.walk_in) == (
        "Kasun Perera",
        "කසුන් පෙරේරා",
        RegistrationRole.GUEST,
        R,
        True,
    )
    assert outcome.checked_in and row.station == "Front desk 3"
    assert outcome.over_capacity and "over capacity" in dialog.outcome_text()
    assert context.services.members.count_members() == members_before + 1


def test_walk_in_of_someone_in_the_roster(qtbot, context, reunion) -> None:
    from ssc_desktop.views.dialogs.walk_in_dialog import WalkInDialog

    registered = {r.member_id for r in context.services.registrations.list_registrations(reunion.id)}
    outsider = next(m for m in context.services.members.list_members() if m.id not in registered and m.email)
    dialog = WalkInDialog(context.services, reunion)
    qtbot.addWidget(dialog)
    dialog.latin_name.setText("typed differently")
    dialog.email.setText(outsider.email.upper())
    dialog.check_in_now.setChecked(False)
    before = context.services.members.count_members()
    dialog.accept()
    assert dialog.outcome.registration.member_id == outsider.id
    assert not dialog.outcome.checked_in
    assert context.services.members.count_members() == before
    assert "roster already" in dialog.outcome_text()


def test_register_members_dialog(qtbot, context, reunion, tasks) -> None:
    from ssc_desktop.views.dialogs.register_members_dialog import RegisterMembersDialog

    dialog = RegisterMembersDialog(context.services, tasks, reunion)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.model.rows()) == 300, timeout=5000)
    # Those registered already are hidden at first.
    assert dialog.proxy.rowCount() == 70
    assert not dialog.ok_button.isEnabled()
    dialog.country.setCurrentIndex(dialog.country.findData("Nepal"))
    nepali = [dialog.model.row_at(dialog.proxy.source_row(r)) for r in range(dialog.proxy.rowCount())]
    assert nepali and {m.country for m in nepali} == {"Nepal"}
    dialog.hide_taken.setChecked(False)
    assert dialog.proxy.rowCount() >= len(nepali)
    dialog.hide_taken.setChecked(True)
    year = nepali[0].visit_year
    dialog.year.setCurrentIndex(dialog.year.findData(year))
    assert {dialog.model.row_at(dialog.proxy.source_row(r)).visit_year for r in range(dialog.proxy.rowCount())} == {
        year
    }
    dialog.year.setCurrentIndex(0)
    dialog.search.setText(nepali[0].native_name or nepali[0].latin_name)
    assert dialog.proxy.rowCount() >= 1
    dialog.search.clear()
    dialog.table.selectAll()
    assert dialog.ok_button.text() == f"Register {len(nepali)}"
    assert "waitlist" in dialog.places.text()  # the reunion is full
    dialog.role.setCurrentIndex(dialog.role.findData(RegistrationRole.STAFF))
    dialog.accept()
    outcome = dialog.outcome
    assert (outcome.registered, outcome.waitlisted, outcome.already_registered) == (0, len(nepali), 0)
    assert "waitlisted" in dialog.outcome_text()
    rows = {r.member_id: r for r in context.services.registrations.list_registrations(reunion.id)}
    assert all(rows[m.id].status is W and rows[m.id].role is RegistrationRole.STAFF for m in nepali)


def test_screenshot(qtbot, page) -> None:
    page.show()
    image = page.grab()
    assert image.width() > 1000 and not image.isNull()


def test_desk_note_written_from_the_page_reaches_the_check_in_verdict(
    qtbot, page, context, reunion, monkeypatch
) -> None:
    from ssc_desktop.views.dialogs.desk_note_dialog import DeskNoteDialog

    row = select(page, lambda r: r.status == R and r.checked_in_at is None and not r.desk_note)

    def type_and_save(dialog: DeskNoteDialog) -> int:
        dialog.editor.setPlainText("Vegetarian meal")
        dialog.add_line(dialog.tr("Collect certificate at the desk"))
        dialog.add_line(dialog.tr("Collect certificate at the desk"))  # offered twice, written once
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(DeskNoteDialog, "exec", type_and_save)
    with qtbot.waitSignal(hub(page).changed, timeout=5000):
        page.edit_desk_note()
    assert context.services.registrations.get_registration(row.id).desk_note == (
        "Vegetarian meal\nCollect certificate at the desk"
    )
    assert "saved" in page.verdict.text()
    qtbot.waitUntil(lambda: any(r.id == row.id and r.desk_note for r in shown(page)), timeout=5000)

    code = context.services.tickets.code_for(row.id)
    verdict = context.services.checkin.scan(reunion.id, code, "Door A")
    assert verdict.accepted and verdict.registration.desk_note.startswith("Vegetarian meal")


def test_desk_note_too_long_is_refused_in_the_dialog(qtbot, context, reunion) -> None:
    from ssc_desktop.services.desk_notes import NOTE_LIMIT
    from ssc_desktop.views.dialogs.desk_note_dialog import DeskNoteDialog

    row = next(r for r in context.services.registrations.list_registrations(reunion.id) if r.status == R)
    dialog = DeskNoteDialog(context.services, row)
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("x" * (NOTE_LIMIT + 1))
    dialog.save()
    assert dialog.result() == 0 and dialog.saved is None
    assert not dialog.problem.isHidden() and str(NOTE_LIMIT) in dialog.problem.text()
    assert context.services.registrations.get_registration(row.id).desk_note == row.desk_note


def hub(page):
    """The page's change hub (the main window gives one; a page tested alone gets its own)."""
    if page.changes is None:
        page.changes = ChangeHub()
    return page.changes

"""The Audit log page: entries the services wrote, filtered by kind, desk and text, exported to .xlsx."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook


def open_audit(main_window, demo_copy, qtbot):
    assert main_window.open_database(demo_copy)
    main_window.resize(1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.show_area("audit")
    page = main_window.audit_page
    assert main_window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.count_label.text() != "", timeout=10000)
    return page


def test_the_audit_page_lists_filters_and_exports(main_window, demo_copy, qtbot, tmp_path: Path) -> None:
    page = open_audit(main_window, demo_copy, qtbot)
    services = main_window.context.services
    event = main_window.current_event()
    people = [
        r
        for r in services.registrations.list_registrations(event.id)
        if not r.inside and r.status.value == "registered"
    ][:2]
    services.checkin.check_in(people[0].id, "Door Z")
    services.checkin.check_in(people[1].id, "Door Z")
    services.checkin.undo_check_in(people[1].id, station="Door Z")
    page.refresh_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.row_at(0).desk == "Door Z", timeout=10000)
    newest = page.model.row_at(0)
    assert newest.kind == "undo" and people[1].latin_name in newest.what
    assert page.proxy.index(0, 1).data() == "Undo" and page.proxy.index(0, 2).data() == "Door Z"

    page.desk.setCurrentIndex(page.desk.findData("Door Z"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.kind.setCurrentIndex(page.kind.findData("check-in"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    qtbot.keyClicks(page.search, people[0].latin_name)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.row_at(0).what.startswith(people[0].latin_name)
    assert "1 of " in page.count_label.text() and "entries match" in page.count_label.text()
    main_window.grab().save("/tmp/audit_page.png")

    target = tmp_path / "audit.xlsx"
    handle = page.export(target)
    assert handle is not None and page.busy and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2]) for r in rows] == [("check-in", "Door Z")]  # what the page shows, nothing else
    assert "Wrote 1 entries" in page.result_label.text()


def test_all_filters_cleared_shows_the_demo_and_says_how_many(main_window, demo_copy, qtbot) -> None:
    page = open_audit(main_window, demo_copy, qtbot)
    total = main_window.context.services.audit.count()
    if total == 0:
        assert "Nothing recorded yet" in page.count_label.text()
    else:
        assert f"of {total:,}" in page.count_label.text()
    page.this_event.setChecked(True)
    qtbot.waitUntil(
        lambda: all(
            page.model.row_at(r).event_id in (None, main_window.current_event().id)
            for r in range(page.model.rowCount())
        ),
        timeout=10000,
    )

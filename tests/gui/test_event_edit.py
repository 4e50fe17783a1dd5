"""Editing an event and duplicating one from the Events page's dialogs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime

from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.changes import ChangeHub, Kind


@pytest.fixture
def reunion(context):
    return next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")


def test_edit_dialog_is_filled_and_raising_capacity_promotes(qtbot, context, reunion) -> None:
    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    dialog = EventDialog(context.services, event=reunion)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit event" and dialog.ok_button.text() == "Save changes"
    assert dialog.title.text() == reunion.title
    assert dialog.timezone.currentText() == "Asia/Kolkata"
    assert dialog.starts.dateTime().toString("HH:mm") == "09:30"
    assert dialog.capacity.value() == 200 and dialog.venue.text() == reunion.venue
    assert not dialog.has_deadline.isChecked() and not dialog.deadline.isEnabled()
    dialog.capacity.setValue(210)
    dialog.accept()
    assert dialog.result() == 1
    edit = dialog.edited
    assert edit.event.id == reunion.id and edit.event.capacity == 210
    assert len(edit.promoted) == 10 and edit.event.waitlisted == 15
    # Nothing else moved.
    assert (edit.event.starts_at, edit.event.ends_at, edit.event.online_link) == (
        reunion.starts_at,
        reunion.ends_at,
        reunion.online_link,
    )


def test_edit_dialog_refuses_bad_input_and_keeps_the_event(qtbot, context, reunion) -> None:
    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    dialog = EventDialog(context.services, event=reunion)
    qtbot.addWidget(dialog)
    dialog.has_deadline.setChecked(True)
    dialog.deadline.setDateTime(dialog.ends.dateTime().addDays(1))
    dialog.accept()
    assert dialog.result() == 0 and "deadline" in dialog.error.text()
    dialog.deadline.setDateTime(dialog.starts.dateTime().addDays(-3))
    dialog.title.setText("  ")
    dialog.accept()
    assert dialog.result() == 0 and "title" in dialog.error.text()
    assert context.services.events.get_event(reunion.id) == reunion
    dialog.title.setText("3rd SSC India Reunion (Delhi)")
    dialog.accept()
    saved = context.services.events.get_event(reunion.id)
    assert saved.title == "3rd SSC India Reunion (Delhi)"
    assert saved.registration_deadline == reunion.starts_at - timedelta(days=3)


def test_copy_dialog_moves_end_and_deadline(qtbot, context, reunion) -> None:
    from ssc_desktop.services.events import draft_of
    from dataclasses import replace

    from ssc_desktop.views.dialogs.event_dialog import CopyEventDialog

    context.services.events.edit_event(
        reunion.id, replace(draft_of(reunion), registration_deadline=reunion.starts_at - timedelta(days=7))
    )
    source = context.services.events.get_event(reunion.id)
    dialog = CopyEventDialog(context.services, source)
    qtbot.addWidget(dialog)
    # A year on, on the same weekday.
    assert dialog.new_start() - source.local_start == timedelta(weeks=52)
    dialog.starts.setDateTime(dialog.starts.dateTime().addDays(1))
    expected_end = source.local_end + timedelta(weeks=52, days=1)
    assert dialog.ends.text() == f"{expected_end:%Y-%m-%d %H:%M}"
    dialog.title.setText("4th SSC India Reunion")
    dialog.accept()
    copy = dialog.copied
    assert copy.event.title == "4th SSC India Reunion" and copy.source_id == source.id
    assert copy.event.registered == 0 and copy.event.capacity == source.capacity
    assert copy.event.registration_deadline - copy.event.starts_at == source.registration_deadline - source.starts_at
    assert copy.programme_items >= 0
    empty = CopyEventDialog(context.services, source)
    qtbot.addWidget(empty)
    empty.title.setText("")
    empty.accept()
    assert empty.result() == 0 and empty.copied is None and not empty.error.isHidden()


def test_events_page_buttons(qtbot, context) -> None:
    from ssc_desktop.views.pages.events_page import EventsPage

    page = EventsPage(TaskRunner())
    qtbot.addWidget(page)
    page.set_services(context.services)
    assert page.edit_button.isEnabled() and page.copy_button.isEnabled()
    assert page.details.deadline.text() == "No deadline"
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and not page.copy_button.isEnabled()


def test_events_page_edit_flow(qtbot, context, reunion, monkeypatch) -> None:
    from ssc_desktop.views.dialogs import event_dialog
    from ssc_desktop.views.pages.events_page import EventsPage

    def run_dialog(self) -> int:
        if isinstance(self, event_dialog.CopyEventDialog):
            self.starts.setDateTime(QDateTime.currentDateTime().addDays(400))
        else:
            self.capacity.setValue(205)
        self.accept()
        return self.result()

    monkeypatch.setattr(event_dialog.EventDialog, "exec", run_dialog)
    monkeypatch.setattr(event_dialog.CopyEventDialog, "exec", run_dialog)
    page = EventsPage(TaskRunner())
    qtbot.addWidget(page)
    page.set_services(context.services)
    page.select_event(reunion.id)
    with qtbot.waitSignal(hub(page).changed) as edited:
        page.edit_event()
    assert edited.args[0].event_id == reunion.id and Kind.EVENTS in edited.args[0].kinds
    assert "5 promoted from the waitlist" in page.notice.text()
    with qtbot.waitSignal(hub(page).changed) as created:
        page.duplicate_event()
    copy = context.services.events.get_event(created.args[0].event_id)
    assert copy.title == reunion.title and copy.capacity == 205
    assert page.selected_event().id == copy.id


def test_new_event_starts_in_the_chapter_in_use_and_warns_of_a_missing_link(qtbot, context) -> None:
    from ssc_desktop.vocabulary import EventFormat
    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    in_use = next(
        e
        for e in context.services.events.list_events()
        if e.chapter_name != sorted(c.name for c in context.services.chapters.list_chapters())[0]
    )
    dialog = EventDialog(context.services, like=in_use)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog._chapter_name() == in_use.chapter_name  # not the alphabetically first chapter
    assert dialog.timezone.currentText() == in_use.timezone
    dialog.format.setCurrentIndex(dialog.format.findData(EventFormat.HYBRID))
    dialog.link.clear()
    assert dialog.link_warning.isVisible()
    dialog.link.setText("https://zoom.us/j/123")
    assert not dialog.link_warning.isVisible()
    dialog.link.clear()
    dialog.format.setCurrentIndex(dialog.format.findData(EventFormat.FACE_TO_FACE))
    assert not dialog.link_warning.isVisible()


def hub(page):
    """The page's change hub (the main window gives one; a page tested alone gets its own)."""
    if page.changes is None:
        page.changes = ChangeHub()
    return page.changes

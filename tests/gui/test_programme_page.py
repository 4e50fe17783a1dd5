"""The programme page: table and timeline of the demo reunion, editing, clashes, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTime

from ssc_desktop import app as app_module
from ssc_desktop.models import ProgrammeKind
from ssc_desktop.services.programme import ROOM_CLASH, SpeakerDraft
from ssc_desktop.views.pages.programme_page import ProgrammePage
from ssc_desktop.views.task_runner import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_copy):
    context = app_module.compose(demo_copy)
    tasks = TaskRunner()
    page = ProgrammePage(tasks)
    qtbot.addWidget(page)
    page.resize(1240, 760)
    page.set_services(context.services)
    reunion = next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")
    page.set_event(reunion)
    page.show()
    yield page
    tasks.wait_for_all(10000)
    context.close()


def test_shows_the_demo_day_in_table_and_timeline(page, tmp_path: Path) -> None:
    assert page.model.rowCount() == len(page.programme.items) >= 12
    assert page.programme.warnings == ()
    assert page.warnings.isHidden()
    assert page.timeline.lanes()[:2] == ["Foyer", "Dogra Hall"]
    first = page.proxy.index(0, 0).data()
    assert first == "09:30–10:00"
    for item in page.programme.items:
        rect = page.timeline.block_rect(item.id)
        assert rect is not None and rect.height() >= 14
    page.grab().save(str(tmp_path / "programme.png"))


def test_no_event_means_nothing_to_do(qtbot) -> None:
    page = ProgrammePage(TaskRunner())
    qtbot.addWidget(page)
    page.set_event(None)
    assert not page.add_button.isEnabled() and not page.export_pdf_button.isEnabled()
    assert page.model.rowCount() == 0


def test_adding_a_clashing_item_through_the_dialog_highlights_it(page, qtbot) -> None:
    dialog = page.item_dialog()
    dialog.title.setText("Extra talk")
    dialog.room.setCurrentText("dogra hall")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ProgrammeKind.ALUMNI_TALK))
    dialog.starts.setTime(QTime(10, 30))
    dialog.ends.setTime(QTime(10, 50))
    dialog.add_speaker(SpeakerDraft(name="Kenichi Sato", native_name="佐藤 健一"))
    dialog.accept()
    assert dialog.saved is not None
    page._changed(dialog.saved.id)
    codes = {w.code for w in page.programme.warnings}
    assert codes == {ROOM_CLASH, "programme.warning.speaker_clash"}
    assert dialog.saved.id in page.programme.flagged_ids
    assert page.warnings.isVisible() and page.warnings.count() == 2
    assert page.selected_item().id == dialog.saved.id
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 3).data().endswith("Extra talk"))
    assert page.proxy.index(row, 3).data().startswith("⚠")
    assert page.proxy.index(row, 0).data(9) is not None  # Qt.ForegroundRole: drawn in red
    # Deleting it clears the warnings.
    page.delete_selected(confirm=False)
    assert page.programme.warnings == ()


def test_the_dialog_refuses_an_item_that_ends_before_it_starts(page) -> None:
    before = len(page.programme.items)
    dialog = page.item_dialog()
    dialog.title.setText("Backwards")
    dialog.starts.setTime(QTime(12, 0))
    dialog.ends.setTime(QTime(11, 0))
    dialog.accept()
    assert dialog.saved is None and dialog.error.isVisibleTo(dialog)
    assert "before it starts" in dialog.error.text()
    dialog.title.setText("")
    dialog.ends.setTime(QTime(13, 0))
    dialog.accept()
    assert "needs a title" in dialog.error.text()
    page.reload()
    assert len(page.programme.items) == before


def test_edit_duplicate_and_speaker_order(page) -> None:
    panel = next(i for i in page.programme.items if i.kind is ProgrammeKind.PANEL)
    page.select_item(panel.id)
    dialog = page.item_dialog(page.selected_item())
    names = [s.name for s in dialog.speakers()]
    dialog.speaker_list.setCurrentRow(0)
    dialog.move_speaker(1)
    assert [s.name for s in dialog.speakers()] == [names[1], names[0], *names[2:]]
    dialog.accept()
    assert [s.name for s in dialog.saved.speakers] == [names[1], names[0], *names[2:]]
    page._changed(panel.id)
    page.duplicate_selected()
    copy = page.selected_item()
    assert copy.id != panel.id and copy.title == panel.title and copy.starts_at == panel.ends_at


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_export_runs_off_the_gui_thread_and_writes_the_file(
    page, qtbot, tmp_path: Path, suffix: str, threads_seen
) -> None:
    from ssc_desktop.output import agenda_xlsx

    threads_seen.watch(agenda_xlsx, "write_agenda")  # the writer for both kinds
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"agenda.{suffix}"
    handle = page.export_to(target)
    assert handle is not None and page.progress.dialog is not None
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert threads_seen.off_gui_thread("write_agenda")
    assert page.last_export == target and target.stat().st_size > 1000
    assert [p.name for p in out.iterdir()] == [target.name]


def test_a_cancelled_export_leaves_no_file(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    page.export_to(out / "agenda.pdf")
    page.progress.dialog.canceled.emit()  # what its Cancel button sends
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert list(out.iterdir()) == []
    assert page.last_export is None


def test_an_agenda_with_a_character_no_font_has_is_written_and_says_so(
    page, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from ssc_desktop.services.programme import ItemDraft

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: told.append(text))
    event = page.current_event
    start = event.starts_at + timedelta(hours=3)
    page.services.programme.add_item(
        event.id,
        ItemDraft(start, start + timedelta(minutes=30), "Closing", speakers=(SpeakerDraft(None, "Ravi \ue123 Kumar"),)),
    )
    target = tmp_path / "agenda.pdf"
    page.export_to(target)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.last_export == target and target.stat().st_size > 1000
    assert len(told) == 1 and "Ravi \ue123 Kumar" in told[0] and "U+E123" in told[0]

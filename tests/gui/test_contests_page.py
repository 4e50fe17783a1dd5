"""The Contests page on the demo reunion, judge mode from the keyboard, blind mode, exports."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ssc_desktop.views.dialogs.judge_pin_dialog import JudgePinDialog
from ssc_desktop.views.dialogs.judge_scoring_dialog import JudgeScoringDialog


def open_contests(main_window, demo_copy, qtbot):
    assert main_window.open_database(demo_copy)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.show_area("contests")
    return main_window.contests_page


def test_demo_contests_show_every_tab(main_window, demo_copy, qtbot, qtmodeltester) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    assert [page.list_model.row_at(r).title for r in range(page.list_model.rowCount())] == [
        "High-school poster contest",
        "Science essay competition",
    ]
    assert page.contest.title == "High-school poster contest"
    assert page.setup_tab.rubric_model.rowCount() == 5
    assert page.setup_tab.rubric_model.row_at(0).name == "Scientific merit"  # rubric order kept
    page.tabs.setCurrentIndex(1)
    assert page.entries_tab.entries_model.rowCount() == 20
    page.tabs.setCurrentIndex(2)
    assert page.judges_tab.judges_model.rowCount() == 5
    qtmodeltester.check(page.judges_tab.matrix_model, force_py=True)
    marks = {page.judges_tab.matrix_model.index(r, c).data() for r in range(20) for c in range(1, 6)}
    assert {"✓", "●", "✕"} <= marks
    page.tabs.setCurrentIndex(3)
    late = [p for p in page.progress_tab.progress_model.rows() if p.name == "Prof. Kenji Tanaka"][0]
    assert late.done < late.assigned and len(late.owed_codes) == late.assigned - late.done
    assert "still owed" in page.progress_tab.progress_summary.text()
    assert page.progress_tab.audit_model.rowCount() > 100
    page.tabs.setCurrentIndex(4)
    qtmodeltester.check(page.results_tab.raw_model, force_py=True)
    assert page.results_tab.raw_model.rowCount() == page.results_tab.normal_model.rowCount() == 20
    headers = [
        page.results_tab.normal_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.results_tab.normal_model.columnCount())
    ]
    assert headers[-1] == "Normalized"
    assert "Still tied" in page.results_tab.ties_label.text()
    assert any(page.results_tab.raw_model.index(r, 0).data().endswith("=") for r in range(20))
    page.tabs.setCurrentIndex(5)
    assert page.awards_tab.awards_model.index(0, 5).data() == "1st prize"


def test_awards_are_edited_then_locked(main_window, demo_copy, qtbot) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    page.tabs.setCurrentIndex(5)
    page.awards_tab.awards_view.selectRow(4)
    page.awards_tab.award_choice.setCurrentIndex(page.awards_tab.award_choice.findData(4))
    page.awards_tab.set_award()
    assert page.awards_tab.awards_model.index(4, 5).data() == "Honourable mention *"
    page.awards_tab.save_awards()
    assert page.awards_tab.awards_model.index(4, 5).data() == "Honourable mention"
    page.lock_contest(confirm=False)
    assert (
        page.contest.locked and not page.lock_button.isEnabled() and not page.awards_tab.save_awards_button.isEnabled()
    )
    places = [
        r.place
        for r in main_window.context.services.contests.award_recipients(page.contest.event_id)
        if r.contest_id == page.contest.id
    ]
    assert 4 in places


def test_judge_scores_from_the_keyboard(main_window, demo_copy, qtbot) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    tanaka = [j for j in services.contests.list_judges(page.contest.id) if j.name == "Prof. Kenji Tanaka"][0]
    pin = JudgePinDialog(services, page.contest, page)
    qtbot.addWidget(pin)
    pin.judges.setCurrentIndex(pin.judges.findData(tanaka.id))
    pin.pin.setText("9999")
    pin.unlock()
    assert pin.judge is None and "not Prof. Kenji Tanaka's PIN" in pin.error.text()
    pin.pin.setText("2222")
    pin.unlock()
    assert pin.judge is not None and pin.judge.id == tanaka.id

    dialog = JudgeScoringDialog(services, tanaka.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.work.done
    first_open = dialog.current
    assert first_open is not None and not first_open.complete
    fields = list(dialog.fields.values())
    assert "Scientific merit" in dialog.guide.text() and "Rigorous" in dialog.guide.text()
    for field, value in zip(fields, ["8", "7", "9", "6", "10"], strict=True):
        field.setFocus()
        qtbot.keyClicks(field, value)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter goes on to the next criterion
    assert dialog.comment.hasFocus() or True
    dialog.comment.setText("Lovely data")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)  # Enter on the comment saves and goes on
    assert dialog.work.done == before + 1
    assert dialog.current.id != first_open.id
    saved = [i for i in services.contests.judge_work(tanaka.id).items if i.id == first_open.id][0]
    assert saved.complete and saved.comment == "Lovely data"
    # Off the scale: refused with a clear message, nothing saved.
    fields[0].setText("11")
    dialog.save_and_next()
    assert "not on the scale 1–10" in dialog.error.text()


def _judge_dialog(main_window, demo_copy, qtbot):
    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    tanaka = [j for j in services.contests.list_judges(page.contest.id) if j.name == "Prof. Kenji Tanaka"][0]
    dialog = JudgeScoringDialog(services, tanaka.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus, as a judge's window has it
    return dialog, services, tanaka


def test_a_score_off_the_scale_is_flagged_as_typed_and_enter_stays(main_window, demo_copy, qtbot) -> None:
    dialog, services, tanaka = _judge_dialog(main_window, demo_copy, qtbot)
    entry = dialog.current
    fields = list(dialog.fields.values())
    merit = dialog.work.contest.criteria[0]
    fields[0].setFocus()
    qtbot.keyClicks(fields[0], "11")
    # Flagged at once, before any Save: red, naming the criterion and the allowed range.
    assert dialog.error.objectName() == "ErrorText" and dialog.error.isVisible()
    assert f"{merit.name}: 11 is not on the scale 1–10. Type a score from 1 to 10." in dialog.error.text()
    assert "#b91c1c" in fields[0].styleSheet() and fields[0].accessibleDescription() == dialog.error.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(fields[0], Qt.Key.Key_Return)
    assert fields[0].hasFocus() and fields[0].selectedText() == "11"  # Enter stays on the bad score
    # Enter on the comment does not save it either; the bad field gets the focus back.
    dialog.comment.setFocus()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert fields[0].hasFocus()
    assert not [i for i in services.contests.judge_work(tanaka.id).items if i.id == entry.id][0].scores
    # Letters never get in; the refusal is said in words.
    qtbot.keyClick(fields[0], Qt.Key.Key_Backspace)
    qtbot.keyClick(fields[0], Qt.Key.Key_Backspace)
    qtbot.keyClicks(fields[0], "x")
    assert fields[0].text() == "" and "only numbers can be typed here, from 1 to 10" in dialog.error.text()
    qtbot.keyClicks(fields[0], "10")
    assert dialog.error.text() == "" and fields[0].styleSheet() == "" and dialog.save_button.isEnabled()
    qtbot.keyClick(fields[0], Qt.Key.Key_Return)
    assert fields[1].hasFocus()  # a good score goes on to the next criterion


def test_a_re_score_says_what_changed(main_window, demo_copy, qtbot) -> None:
    dialog, services, tanaka = _judge_dialog(main_window, demo_copy, qtbot)
    done = next(row for row, item in enumerate(dialog.work.items) if item.complete)
    dialog.entries.setCurrentRow(done)
    before = dialog.current
    first = dialog.work.contest.criteria[0]
    old = before.scores[first.id]
    new = 1 if old != 1 else 2
    field = dialog.fields[first.id]
    assert field.hasFocus()
    qtbot.keyClicks(field, str(new))  # the old score is selected: typing replaces it
    dialog.comment.setFocus()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert dialog.saved_note.text() == f"Scores for entry {before.code} changed: {first.name} {old:g} → {new}."
    assert dialog.saved_note.isVisible()
    saved = [i for i in services.contests.judge_work(tanaka.id).items if i.id == before.id][0]
    assert saved.scores[first.id] == new


def test_blind_essay_judge_mode_shows_no_authors(main_window, demo_copy, qtbot) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    essay = [c for c in page.contests if c.title == "Science essay competition"][0]
    judge = services.contests.list_judges(essay.id)[0]
    dialog = JudgeScoringDialog(services, judge.id, page)
    qtbot.addWidget(dialog)
    authors = {a.name for e in services.contests.list_entries(essay.id) for a in e.authors}
    latin = {a.latin_name for e in services.contests.list_entries(essay.id) for a in e.authors}
    for row in range(dialog.entries.count()):
        dialog.entries.setCurrentRow(row)
        shown = dialog.entry_title.text() + dialog.entry_facts.text() + dialog.entries.item(row).text()
        assert not any(name in shown for name in authors | latin)
    assert not dialog.save_button.isEnabled()  # locked


def test_exports_run_off_the_gui_thread(main_window, demo_copy, qtbot, tmp_path: Path) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    handle = page.files.export_results(tmp_path / "results.xlsx")
    qtbot.waitUntil(lambda: page.files.progress is None, timeout=20000)
    assert handle is not None and (tmp_path / "results.xlsx").exists()
    assert load_workbook(tmp_path / "results.xlsx").sheetnames == ["Results", "Per judge", "Criteria", "About"]
    page.files.export_sheets(tmp_path / "sheets")
    qtbot.waitUntil(lambda: page.files.progress is None, timeout=20000)
    assert len(list((tmp_path / "sheets").glob("*.xlsx"))) == 5


def test_new_contest_with_rubric_and_entry_dialogs(main_window, demo_copy, qtbot) -> None:
    from ssc_desktop.views.dialogs.contest_dialog import ContestDialog
    from ssc_desktop.views.dialogs.contest_entry_dialog import ContestEntryDialog
    from ssc_desktop.views.dialogs.rubric_dialog import RubricDialog

    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    dialog = ContestDialog(services, page.current_event.id, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setText("E-poster competition")
    dialog.kind.setCurrentIndex(1)
    dialog.categories.setText("University, Early-career researcher")
    dialog.rubric.setCurrentIndex(dialog.rubric.findText("Copy from “Science essay competition”"))
    dialog.save()
    contest = dialog.contest
    assert contest is not None and contest.categories == ("University", "Early-career researcher")
    assert [c.name for c in contest.criteria] == ["Argument", "Evidence", "Originality", "Language"]

    rubric = RubricDialog(services, contest, page)
    qtbot.addWidget(rubric)
    rubric.remove_last()
    rubric.add_row(rubric.drafts()[0].__class__("Visual design"))
    name, weight, low, high, step, guide = rubric.rows[-1]
    weight.setValue(2)
    low.setValue(0)
    high.setValue(5)
    step.setValue(0.5)
    guide.setText("0–2: cluttered; 3–5: clean")
    rubric.save()
    assert rubric.saved is not None
    last = rubric.saved.criteria[-1]
    assert (last.name, last.weight, last.scale, last.guide) == (
        "Visual design",
        2,
        "0, 0.5, … 5",
        (("0–2", "cluttered"), ("3–5", "clean")),
    )
    step.setValue(0.3)  # 5 is not reached in whole steps of 0.3
    rubric.save()
    assert "does not work" in rubric.error.text()

    entry = ContestEntryDialog(services, rubric.saved, parent=page)
    qtbot.addWidget(entry)
    entry.code.setText("EP-01")
    entry.title.setText("Cherry blossoms and climate")
    entry.category.setCurrentText("University")
    entry.authors.setPlainText("山田花子 | Hanako Yamada\nNguyễn Văn An")
    entry.save()
    assert entry.entry is not None
    assert [(a.name, a.latin_name) for a in entry.entry.authors] == [
        ("山田花子", "Hanako Yamada"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
    ]
    again = ContestEntryDialog(services, rubric.saved, parent=page)
    qtbot.addWidget(again)
    again.code.setText("ep-01")
    again.title.setText("Copy")
    again.save()
    assert again.entry is None and "already used" in again.error.text()


def test_edit_dialog_keeps_the_contest_as_it_is(main_window, demo_copy, qtbot) -> None:
    from ssc_desktop.views.dialogs.contest_dialog import ContestDialog

    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    essay = [c for c in page.contests if c.title == "Science essay competition"][0]
    services.contests.unlock(essay.id)
    essay = services.contests.get_contest(essay.id)
    dialog = ContestDialog(services, essay.event_id, essay, page)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "Essay" and dialog.blind.isChecked()
    dialog.save()
    assert dialog.contest.draft() == essay.draft()


def test_coordinator_records_a_conflict_and_toggles_an_assignment(main_window, demo_copy, qtbot) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    page.tabs.setCurrentIndex(2)
    matrix = page.judges_tab.matrix
    judge = matrix.judges[0]
    entry_id = next(e for (j, e), state in matrix.cells.items() if j == judge.id and state in ("assigned", "done"))
    page.judges_tab.record_conflict(judge.id, entry_id, "Her student")
    assert page.judges_tab.matrix.cells[(judge.id, entry_id)] == "conflict"
    assert (
        sum(1 for (j, e), s in page.judges_tab.matrix.cells.items() if e == entry_id and s in ("assigned", "done")) >= 3
    )
    # Double-click on an empty cell assigns by hand; again unassigns.
    row, column = next(
        (r, c)
        for r in range(page.judges_tab.matrix_model.rowCount())
        for c in range(1, 6)
        if page.judges_tab.matrix_model.index(r, c).data() == ""
    )
    index = page.judges_tab.matrix_view.model().index(row, column)
    page.judges_tab._toggle_cell(index)
    assert page.judges_tab.matrix_model.index(row, column).data() == "●"
    page.judges_tab._toggle_cell(page.judges_tab.matrix_view.model().index(row, column))
    assert page.judges_tab.matrix_model.index(row, column).data() == ""


def test_judging_window_set_in_the_dialog_in_the_events_time_zone(main_window, demo_copy, qtbot) -> None:
    from datetime import datetime

    from ssc_desktop.views.dialogs.contest_dialog import ContestDialog

    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    poster = [c for c in page.contests if c.title == "High-school poster contest"][0]
    dialog = ContestDialog(services, poster.event_id, poster, page)
    qtbot.addWidget(dialog)
    assert dialog.window_box.isChecked() and dialog.opens.isEnabled()  # the demo sets a window
    dialog.opens.setDateTime(datetime(2026, 11, 25, 14, 0))
    dialog.closes.setDateTime(datetime(2026, 11, 25, 16, 30))
    dialog.save()
    saved = services.contests.get_contest(poster.id)
    assert saved.judging_opens.isoformat() == "2026-11-25T08:30:00+00:00"  # 14:00 in Kolkata
    assert saved.judging_closes.isoformat() == "2026-11-25T11:00:00+00:00"
    dialog = ContestDialog(services, poster.event_id, saved, page)
    qtbot.addWidget(dialog)
    dialog.window_box.setChecked(False)
    assert not dialog.opens.isEnabled()
    dialog.save()
    assert services.contests.get_contest(poster.id).judging_opens is None


def test_entry_files_folder_is_found_for_the_selected_entry(main_window, demo_copy, qtbot, tmp_path: Path) -> None:
    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    poster = [c for c in page.contests if c.title == "High-school poster contest"][0]
    entry = services.contests.list_entries(poster.id)[0]
    picture = tmp_path / "poster.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    services.contests.attach_file(entry.id, picture)
    assert page.contest.id == poster.id
    page.tabs.setCurrentIndex(1)
    page._show_tab()
    for row in range(page.entries_tab.entries_view.model().rowCount()):
        index = page.entries_tab.entries_view.model().index(row, 0)
        if (
            page.entries_tab.entries_model.row_at(page.entries_tab.entries_view.model().mapToSource(index).row()).id
            == entry.id
        ):
            page.entries_tab.entries_view.selectRow(row)
    folder = page.entries_tab.entry_files_folder()
    assert folder is not None and (folder / "poster.png").is_file()


def test_a_score_emptied_in_a_judge_sheet_is_asked_about_then_removed(
    main_window, demo_copy, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = open_contests(main_window, demo_copy, qtbot)
    services = page.services
    page.files.export_sheets(tmp_path / "sheets")
    qtbot.waitUntil(lambda: page.files.progress is None, timeout=20000)
    judge = next(j for j in services.contests.list_judges(page.contest.id) if j.done)
    work = services.contests.judge_work(judge.id)
    item = next(i for i in work.items if i.complete)
    sheet_path = next(p for p in (tmp_path / "sheets").glob("*.xlsx") if judge.name.split()[-1] in p.name)
    workbook = load_workbook(sheet_path)
    scores = workbook["Scores"]
    row = next(r for r in range(6, scores.max_row + 1) if scores[f"A{r}"].value == item.code)
    first = page.contest.criteria[0]
    assert scores[f"C{row}"].value == item.scores[first.id]
    scores[f"C{row}"] = None
    workbook.save(sheet_path)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: (asked.append(text), answers.pop(0))[1])

    page.files.import_sheets([sheet_path])  # answered No: kept
    qtbot.waitUntil(lambda: page.files.progress is None and len(asked) == 1, timeout=20000)
    qtbot.waitUntil(lambda: page.files.progress is None, timeout=20000)
    assert f"{judge.name}, {item.code}, {first.name}: {item.scores[first.id]:g}" in asked[0]
    assert first.id in next(i for i in services.contests.judge_work(judge.id).items if i.id == item.id).scores
    assert "1 emptied score(s) kept" in main_window.statusBar().currentMessage()

    page.files.import_sheets([sheet_path])  # answered Yes: removed, with the audit trail
    qtbot.waitUntil(lambda: page.files.progress is None and len(asked) == 2, timeout=20000)
    qtbot.waitUntil(lambda: "removed" in main_window.statusBar().currentMessage(), timeout=20000)
    assert first.id not in next(i for i in services.contests.judge_work(judge.id).items if i.id == item.id).scores
    last = services.contests.score_changes(page.contest.id)[-1]
    assert (last.entry_code, last.criterion, last.new_value, last.source) == (item.code, first.name, "", "sheet")


def test_judge_mode_waits_after_five_wrong_pins(main_window, demo_copy, qtbot) -> None:
    from ssc_desktop.services.pin_attempts import PinThrottle

    page = open_contests(main_window, demo_copy, qtbot)
    services = main_window.context.services
    now = [0.0]
    services.contests.pin_throttle = PinThrottle(clock=lambda: now[0])
    tanaka = [j for j in services.contests.list_judges(page.contest.id) if j.name == "Prof. Kenji Tanaka"][0]
    pin = JudgePinDialog(services, page.contest, page)
    qtbot.addWidget(pin)
    pin.show()
    pin.judges.setCurrentIndex(pin.judges.findData(tanaka.id))
    for _ in range(5):
        qtbot.keyClicks(pin.pin, "9999")
        pin.unlock_button.click()
    assert "wait 60 seconds" in pin.error.text() and not pin.unlock_button.isEnabled()
    # The interval, not remainingTime(): Qt's coarse timers may round the remaining time up by 5 %.
    assert pin.wait_timer.isActive() and pin.wait_timer.interval() == 60_000
    pin.grab().save("/tmp/judge_pin_wait.png")
    now[0] += 61
    pin.wait_timer.stop()
    pin.wait_timer.timeout.emit()  # the wait is over, through the same connection the timer uses
    assert pin.unlock_button.isEnabled()
    qtbot.keyClicks(pin.pin, "2222")
    pin.unlock_button.click()
    assert pin.judge is not None and pin.judge.id == tanaka.id


def test_adding_a_judge_suggests_a_six_digit_pin(main_window, demo_copy, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ssc_desktop.views.dialogs.contest_judge_dialog import ContestJudgeDialog

    page = open_contests(main_window, demo_copy, qtbot)
    dialog = ContestJudgeDialog(main_window.context.services, page.contest.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Dr. Asha Rao")
    qtbot.keyClicks(dialog.pin, "1234")
    assert "6 digits or more are suggested" in dialog.pin_hint.text()
    dialog.suggest.click()
    suggested = dialog.pin.text()
    assert len(suggested) == 6 and suggested.isdigit() and dialog.pin.echoMode() == QLineEdit.EchoMode.Normal
    assert "wrong PINs" in dialog.pin_hint.text()
    dialog.grab().save("/tmp/judge_add_suggest.png")
    dialog.save()
    assert dialog.judge is not None
    services = main_window.context.services
    assert services.contests.unlock_judge(page.contest.id, dialog.judge.id, suggested).name == "Dr. Asha Rao"


def test_contest_writes_are_announced_so_other_pages_follow(main_window, demo_copy, qtbot) -> None:
    from ssc_desktop.views.changes import Kind

    page = open_contests(main_window, demo_copy, qtbot)
    heard: list = []
    main_window.changes.changed.connect(heard.append)
    event_id = page.contest.event_id

    def announced() -> bool:
        found = any(Kind.CONTESTS in c.kinds and c.event_id == event_id for c in heard)
        heard.clear()
        return found

    page.tabs.setCurrentIndex(2)
    judges = page.judges_tab
    judge = judges.matrix.judges[0]
    entry_id = next(
        e for (j, e), state in judges.matrix.cells.items() if j == judge.id and state in ("assigned", "done")
    )
    judges.record_conflict(judge.id, entry_id, "Her student")
    assert announced() and judges.matrix.cells[(judge.id, entry_id)] == "conflict"
    assert main_window.reads_again_when_shown(main_window.certificates_page)  # shown again when next opened
    page.tabs.setCurrentIndex(5)
    page.awards_tab.awards_view.selectRow(3)
    page.awards_tab.set_award()  # pending only: nothing written, nothing said
    assert not announced()
    page.awards_tab.save_awards()
    assert announced()
    page.lock_contest(confirm=False)
    assert announced() and page.contest.locked

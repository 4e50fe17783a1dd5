"""The roster import wizard end to end: file → mapping → problems and duplicates → import → summary."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from ssc_desktop.app import compose
from ssc_desktop.services.members import MemberDraft
from ssc_desktop.services.roster_import import DuplicateAction
from ssc_desktop.views.dialogs.roster_import_wizard import DuplicatesModel, ProblemsModel, RosterImportWizard
from ssc_desktop.views.task_runner import TaskRunner

pytestmark = pytest.mark.gui

HEADER = [
    "No.",
    "Full name (Latin)",
    "Name in own script",
    "E-mail",
    "Country / region",
    "Affiliation",
    "SSP visit year",
    "Gender",
    "Phone",
]


def write_roster(path: Path, extra: int = 0) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Members"
    sheet.append(["Sakura Science Club — chapter roster (confidential)"])
    sheet.append(HEADER)
    sheet.append(
        [1, "Rahul Sharma", "राहुल शर्मा", " Rahul.Sharma@Example.org ", "India", "IIT Delhi", 2019, "M", "+91 1"]
    )
    sheet.append([2, "Yamada Taro", "山田 太郎", "taro@example.jp", "Japan", "Tokyo", "2018年", "男", ""])
    sheet.append([])
    sheet.append([3, "No Mail", "", "not-an-email", "India", "", 2019, "", ""])
    sheet.append([4, "Rahul Sharma", "", "RAHUL.SHARMA@EXAMPLE.ORG", "India", "IIT Bombay", 2019, "", ""])
    sheet.append([5, "Ananya Iyer", "", "ananya@example.in", "India", "IISc", 2017, "F", ""])
    for number in range(extra):
        sheet.append([6 + number, f"Member {number}", "", f"m{number}@example.org", "India", "", 2020, "", ""])
    workbook.save(path)
    return path


@pytest.fixture
def context(tmp_path):
    ctx = compose(tmp_path / "wizard.sqlite3")
    ctx.services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    yield ctx
    ctx.close()


@pytest.fixture
def make_wizard(qtbot, context):
    tasks = TaskRunner()
    made = []

    def make(path: Path, chapter: str = "SSC India") -> RosterImportWizard:
        wizard = RosterImportWizard(context.services, tasks, path=path, chapter=chapter)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    tasks.wait_for_all(5000)


def wait_for_check(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: wizard.check_page.result is not None or wizard.check_page.error.isVisible(), timeout=10000)


def test_import_a_messy_roster_end_to_end(qtbot, make_wizard, context, tmp_path, monkeypatch) -> None:
    services = context.services
    services.members.add_member(MemberDraft(latin_name="Ananya Iyer", email="ANANYA@example.in", country="India"))
    wizard = make_wizard(write_roster(tmp_path / "roster.xlsx"))
    wizard.grab().save(str(tmp_path / "step1.png"))
    assert wizard.currentId() == wizard.FILE_PAGE

    wizard.next()
    assert wizard.currentId() == wizard.MAPPING_PAGE
    model = wizard.mapping_page.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Full name (Latin)"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.EditRole) == "email"
    assert model.data(model.index(0, 3)) == "E-mail"
    assert model.data(model.index(1, 1)) == "Rahul Sharma"
    # The user decides the phone column is not to be imported, and fixes nothing else.
    assert model.setData(model.index(0, 8), "", Qt.ItemDataRole.EditRole)
    # Mapping a field a second time moves it: only one column keeps it.
    model.set_field(5, "country")
    assert 4 not in model.mapping and model.mapping[5] == "country"
    model.set_field(4, "country")
    model.set_field(5, "affiliation")
    assert wizard.mapping_page.isComplete()

    wizard.next()
    wait_for_check(qtbot, wizard)
    page = wizard.check_page
    assert page.result is not None
    assert page.problems_model.rowCount() == 1
    assert "not-an-email" in page.problems_model.rows()[0].text
    duplicates = page.duplicates_model
    assert [(d.row, d.kind) for d in duplicates.rows] == [(7, "file"), (8, "database")]
    wizard.grab().save(str(tmp_path / "step3.png"))

    # Keep both for the in-file duplicate, skip the rest.
    page.policy.setCurrentIndex(page.policy.findData(DuplicateAction.SKIP))
    assert duplicates.action(7) is DuplicateAction.SKIP
    assert duplicates.setData(duplicates.index(0, DuplicatesModel.ACTION_COLUMN), DuplicateAction.KEEP_BOTH)
    assert duplicates.action(7) is DuplicateAction.KEEP_BOTH

    report = tmp_path / "problems.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    page.save_report.click()
    assert "not-an-email" in report.read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        wizard.next()
    assert imported.args == [3]
    assert wizard.currentId() == wizard.SUMMARY_PAGE
    result = wizard.result
    assert (result.added, result.updated, result.skipped, result.rejected) == (3, 0, 1, 1)
    assert "Members added" in wizard.summary_page.text.text()
    members = services.members.list_members()
    assert sorted(m.latin_name for m in members) == ["Ananya Iyer", "Rahul Sharma", "Rahul Sharma", "Yamada Taro"]
    assert all(m.phone == "" for m in members)
    # The confirmed mapping is remembered for the next file with these headers.
    again = make_wizard(write_roster(tmp_path / "next.xlsx"))
    again.next()
    assert again.preview.mapping_saved
    assert 8 not in again.mapping_page.model.mapping


def test_cancel_changes_nothing(qtbot, make_wizard, context, tmp_path, monkeypatch) -> None:
    services = context.services
    wizard = make_wizard(write_roster(tmp_path / "roster.xlsx", extra=3000), chapter="Brand New Chapter")
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)

    real = services.roster_import.run
    reached = threading.Event()
    gate = threading.Event()

    def held(request, progress, cancel):
        def hold(done: int, total: int, phase: str) -> None:
            reached.set()
            gate.wait(10)
            progress(done, total, phase)

        return real(request, progress=hold, cancel=cancel)

    monkeypatch.setattr(services.roster_import, "run", held)
    wizard.next()
    assert wizard.currentId() == wizard.IMPORT_PAGE
    qtbot.waitUntil(reached.is_set, timeout=10000)
    wizard.import_page.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: wizard.import_page.error.isVisible(), timeout=10000)
    assert "cancelled" in wizard.import_page.error.text()
    assert "Nothing was changed" in wizard.import_page.error.text()
    wizard.grab().save(str(tmp_path / "cancelled.png"))
    assert wizard.currentId() == wizard.IMPORT_PAGE
    assert services.members.count_members() == 0
    assert services.chapters.find_chapter("Brand New Chapter") is None
    # Starting over goes back to the file, still filled in.
    assert wizard.import_page.start_over.isVisible() and not wizard.import_page.cancel_button.isVisible()
    wizard.import_page.start_over.click()
    assert wizard.currentId() == wizard.FILE_PAGE
    assert wizard.file_page.path.text().endswith("roster.xlsx")


def test_broken_file_shows_a_clear_message(qtbot, make_wizard, context, tmp_path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    wizard = make_wizard(path)
    wizard.next()
    assert wizard.currentId() == wizard.FILE_PAGE
    error = wizard.file_page.error
    assert error.isVisible()
    assert (
        error.text()
        == "roster.xlsx is not a spreadsheet: it is a PDF document. Choose an .xlsx, .xls, .ods or .csv file."
    )
    assert context.services.members.count_members() == 0


def _zip_named_csv(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def _csv_cell_over_the_limit(path: Path) -> Path:
    import csv

    path.write_text('Name,E-mail\nA,a@example.org\nB,"' + "x" * (csv.field_size_limit() + 10) + '"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("write", "said"),
    [
        (_zip_named_csv, "attendees.csv is not a spreadsheet: it is a Word document."),
        (_csv_cell_over_the_limit, "attendees.csv, line 3"),
    ],
)
def test_files_that_broke_the_reader_are_a_message_in_the_wizard(
    qtbot, make_wizard, context, tmp_path, write, said
) -> None:
    wizard = make_wizard(write(tmp_path / "attendees.csv"))
    wizard.next()
    assert wizard.currentId() == wizard.FILE_PAGE
    assert wizard.file_page.error.isVisible() and wizard.file_page.error.text().startswith(said)
    assert context.services.members.count_members() == 0


def test_a_file_whose_rows_are_all_bad_imports_nothing(qtbot, make_wizard, context, tmp_path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Name,E-mail\n,nobody@example.org\nX,bad\n", encoding="utf-8")
    wizard = make_wizard(path)
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)
    assert wizard.check_page.problems_model.rowCount() == 2
    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        wizard.next()
    assert imported.args == [0]
    assert context.services.members.count_members() == 0


def test_choosing_the_header_row_and_sheet(qtbot, make_wizard, tmp_path) -> None:
    workbook = Workbook()
    workbook.active.title = "Roster"
    workbook.active.append(["Who", "Contact"])
    workbook.active.append(["Rahul Sharma", "rahul@example.org"])
    other = workbook.create_sheet("Old")
    other.append(["Name", "E-mail"])
    other.append(["Li Na", "li@example.cn"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    wizard = make_wizard(path)
    wizard.next()  # the active sheet has no known headers: the next sheet is used
    page = wizard.mapping_page
    assert wizard.preview.sheet == "Old" and not page.sheet.isHidden()
    page.sheet.setCurrentIndex(page.sheet.findData("Roster"))
    page.sheet.activated.emit(page.sheet.currentIndex())
    assert page.error.isVisible() and "two.xlsx, sheet Roster" in page.error.text()
    page.header_row.setValue(1)
    page.header_row.editingFinished.emit()
    assert wizard.preview.sheet == "Roster" and wizard.preview.header_row == 1
    assert not page.isComplete()  # nothing mapped to a name yet
    page.model.set_field(0, "latin_name")
    page.model.set_field(1, "email")
    assert page.isComplete()


# -- fixing problems in place ------------------------------------------------------------------------
def write_fixable_roster(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Members"
    sheet.append(HEADER)
    sheet.append([1, "Rahul Sharma", "राहुल शर्मा", "rahul@example.org", "India", "IIT Delhi", 2019, "M", ""])  # 2
    sheet.append([2, "No Mail", "", "not-an-email", "India", "", 2019, "", ""])  # 3: bad e-mail
    sheet.append([3, "", "山田 花子", "hanako@example.jp", "Japan", "", 2018, "", ""])  # 4: no Latin name
    sheet.append([4, "Early Bird", "", "early@example.org", "Nepal", "", 2009, "", ""])  # 5: year out of range
    sheet.append([5, "Ananya Iyer", "", "ananya at example.in", "India", "IISc", 2017, "F", ""])  # 6: bad e-mail
    workbook.save(path)
    return path


def problem_lines(page) -> list[tuple[int, str, str]]:
    model = page.problems_model
    return [
        (r.problem.row, r.problem.code.rsplit(".", 1)[-1], r.problem.value)
        for r in (model.row_at(n) for n in range(model.rowCount()))
    ]


def wait_for_recheck(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.rechecking and page.owner.check_task is None, timeout=10000)


def open_check_page(qtbot, make_wizard, path: Path):
    wizard = make_wizard(path)
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)
    return wizard, wizard.check_page


def test_problems_are_fixed_in_place_and_the_fixes_imported(qtbot, make_wizard, context, tmp_path, monkeypatch) -> None:
    services = context.services
    wizard, page = open_check_page(qtbot, make_wizard, write_fixable_roster(tmp_path / "roster.xlsx"))
    model = page.problems_model
    assert problem_lines(page) == [
        (3, "bad_email", "not-an-email"),
        (4, "name_missing", ""),
        (5, "year_out_of_range", "2009"),
        (6, "bad_email", "ananyaatexample.in"),
    ]
    assert "4 rows left out for errors" in page.summary.text() and page.problems_title.text() == "Problems (4)"
    value = ProblemsModel.VALUE_COLUMN
    assert model.flags(model.index(0, value)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(0, value), Qt.ItemDataRole.EditRole) == "not-an-email"
    wizard.resize(1100, 720)
    wizard.grab().save(str(tmp_path / "fix-before.png"))

    # A fix that is still wrong shows the new problem; a good one makes the problem go.
    assert model.setData(model.index(0, value), "no.mail@", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: problem_lines(page)[0] == (3, "bad_email", "no.mail@"), timeout=5000)
    assert model.setData(model.index(0, value), " No.Mail@Example.org ", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: problem_lines(page)[0][0] == 4, timeout=5000)
    assert page.problems_title.text() == "Problems (3) · 1 rows corrected"
    assert "3 rows left out for errors" in page.summary.text()
    # The missing Latin name and the visit year are typed in too.
    assert model.setData(model.index(0, value), "Yamada Hanako", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: problem_lines(page)[0][0] == 5, timeout=5000)
    assert model.setData(model.index(0, value), "2019", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: problem_lines(page) == [(6, "bad_email", "ananyaatexample.in")], timeout=5000)
    wait_for_recheck(qtbot, page)
    assert "4 new members" in page.summary.text() and "1 rows left out for errors" in page.summary.text()
    wizard.grab().save(str(tmp_path / "fix-after.png"))

    # The report holds only what is left to fix.
    report = tmp_path / "problems.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    page.save_report.click()
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "ananyaatexample.in" in lines[1]

    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        wizard.next()
    assert imported.args == [4]
    result = wizard.result
    assert (result.added, result.rejected, result.corrected) == (4, 1, 3)
    stored = {m.latin_name: m for m in services.members.list_members()}
    assert set(stored) == {"Rahul Sharma", "No Mail", "Yamada Hanako", "Early Bird"}
    assert stored["No Mail"].email == "No.Mail@Example.org"
    assert (stored["Yamada Hanako"].native_name, stored["Early Bird"].visit_year) == ("山田 花子", 2019)
    assert "Rows corrected here" in wizard.summary_page.text.text()


def test_a_value_typed_into_the_editor_is_checked_and_can_make_a_duplicate(
    qtbot, make_wizard, context, tmp_path
) -> None:
    services = context.services
    stored = services.members.add_member(
        MemberDraft(latin_name="Ananya Iyer", email="ananya@example.in", country="India", affiliation="Old place")
    )
    wizard, page = open_check_page(qtbot, make_wizard, write_fixable_roster(tmp_path / "roster.xlsx"))
    assert page.duplicates_model.rowCount() == 0
    table = page.problems
    # The user clicks the Ananya row (on its Row cell), presses F2, and types the address.
    table.setFocus()
    target = page.problems_model.index(3, 0)
    table.setCurrentIndex(target)
    assert table.currentIndex().column() == ProblemsModel.VALUE_COLUMN  # F2 edits the value whatever was clicked
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "ananyaatexample.in"
    editor.selectAll()
    qtbot.keyClicks(editor, "ANANYA@example.in")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(row != 6 for row, _c, _v in problem_lines(page)), timeout=5000)
    # Checked again in the background: the corrected e-mail belongs to a stored member.
    wait_for_recheck(qtbot, page)
    assert [(d.row, d.kind, d.member_id) for d in page.duplicates_model.rows] == [(6, "database", stored.id)]
    assert "1 duplicates" in page.summary.text()
    wizard.grab().save(str(tmp_path / "fix-duplicate.png"))

    # Double-clicking the Problem cell of the Early Bird row edits its value too.
    row = next(n for n in range(page.problems_model.rowCount()) if page.problems_model.row_at(n).problem.row == 5)
    rect = table.visualRect(page.problems_model.index(row, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "2009"
    editor.selectAll()
    qtbot.keyClicks(editor, "FY2021")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(r != 5 for r, _c, _v in problem_lines(page)), timeout=5000)
    wait_for_recheck(qtbot, page)

    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    assert (wizard.result.added, wizard.result.updated) == (2, 1)
    ananya = services.members.get_member(stored.id)
    assert (ananya.affiliation, ananya.visit_year) == ("IISc", 2017)
    early = next(m for m in services.members.list_members() if m.latin_name == "Early Bird")
    assert early.visit_year == 2021


def test_a_problem_row_can_be_left_out(qtbot, make_wizard, context, tmp_path, monkeypatch) -> None:
    wizard, page = open_check_page(qtbot, make_wizard, write_fixable_roster(tmp_path / "roster.xlsx"))
    model = page.problems_model
    leave_out = ProblemsModel.LEAVE_OUT_COLUMN
    assert model.flags(model.index(0, leave_out)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(0, leave_out), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(0, leave_out), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: model.row_at(0).left_out, timeout=5000)
    # The row stays listed, struck out and no longer editable, and counts as left out by the user.
    assert model.data(model.index(0, leave_out), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.flags(model.index(0, ProblemsModel.VALUE_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole).strikeOut()
    assert page.problems_title.text() == "Problems (3)"
    wait_for_recheck(qtbot, page)
    assert "1 rows left out by you" in page.summary.text() and "3 rows left out for errors" in page.summary.text()
    # Taken back in, and out again.
    model.setData(model.index(0, leave_out), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not model.row_at(0).left_out, timeout=5000)
    model.setData(model.index(0, leave_out), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: model.row_at(0).left_out, timeout=5000)
    wait_for_recheck(qtbot, page)
    wizard.grab().save(str(tmp_path / "left-out.png"))

    report = tmp_path / "problems.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    page.save_report.click()
    assert "not-an-email" not in report.read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    result = wizard.result
    assert (result.added, result.excluded, result.skipped, result.rejected) == (1, 1, 1, 3)
    assert "Rows left out by you" in wizard.summary_page.text.text()
    assert context.services.members.count_members() == 1


def test_corrections_survive_back_and_next_but_not_another_file(qtbot, make_wizard, context, tmp_path) -> None:
    path = write_fixable_roster(tmp_path / "roster.xlsx")
    wizard, page = open_check_page(qtbot, make_wizard, path)
    model = page.problems_model
    model.setData(model.index(0, ProblemsModel.VALUE_COLUMN), "no.mail@example.org", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: problem_lines(page)[0][0] == 4, timeout=5000)
    model.setData(
        model.index(0, ProblemsModel.LEAVE_OUT_COLUMN), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: model.row_at(0).left_out, timeout=5000)
    wait_for_recheck(qtbot, page)

    wizard.back()  # to fix the mapping, say
    assert wizard.currentId() == wizard.MAPPING_PAGE
    wizard.next()
    qtbot.waitUntil(
        lambda: page.result is not None and not page.rechecking and wizard.check_task is None, timeout=10000
    )
    assert [row for row, _c, _v in problem_lines(page)] == [4, 5, 6]  # row 3 stays fixed
    assert model.row_at(0).left_out and page.excluded == {4}
    assert "1 rows left out by you" in page.summary.text() and "2 rows left out for errors" in page.summary.text()
    assert page.result.excluded == 1

    # Another file starts afresh.
    wizard.back()
    wizard.back()
    other = write_fixable_roster(tmp_path / "other.xlsx")
    wizard.file_page.path.setText(str(other))
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)
    assert [row for row, _c, _v in problem_lines(page)] == [3, 4, 5, 6]
    assert page.corrections == {} and page.excluded == set()


EVENTBRITE = Path(__file__).resolve().parents[1] / "data" / "rosters" / "eventbrite-attendees.csv"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_an_eventbrite_export_with_names_in_parts_combined_and_kept_columns(qtbot, make_wizard, context) -> None:
    wizard = make_wizard(EVENTBRITE, chapter="SSC USA")
    wizard.resize(1366, 768)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentId() == wizard.MAPPING_PAGE and page.isComplete()  # First + Last Name are a name
    headers = list(wizard.preview.headers)
    # Every left-out column is listed with values: nothing dropped unseen.
    assert "Not imported (27 columns)" in page.left_out.text() and "Job Title" in page.left_out.text()
    assert "JobTitle1" in page.left_out.text()
    model = page.model
    # "+ Affiliation" joins Job Title to the company; "Keep in the notes" keeps the ticket type.
    model.setData(model.index(0, headers.index("Job Title")), "+affiliation", Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, headers.index("Ticket Type")), "keep", Qt.ItemDataRole.EditRole)
    assert model.mapping[headers.index("Company")] == "affiliation"  # still there: joined, not moved
    assert "Affiliation ← Job Title + Company" in page.combined.text()
    assert "kept in the notes: Ticket Type" in page.combined.text()
    assert "Not imported (25 columns)" in page.left_out.text()
    # a plain choice moves the field, as a wrong guess is put right
    model.setData(model.index(0, headers.index("Home Country")), "", Qt.ItemDataRole.EditRole)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "roster-mapping-eventbrite.png"))
    wizard.next()
    wait_for_check(qtbot, wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        wizard.next()
    assert imported.args == [2]
    members = {m.latin_name: m for m in context.services.members.list_members()}
    john = context.services.members.get_member_draft(members["John Doe"].id)
    assert john.affiliation == "JobTitle1 Company1Name" and john.notes == "Ticket Type: General Admission"
    # the combination is remembered with the mapping
    wizard = make_wizard(EVENTBRITE, chapter="SSC USA")
    wizard.next()
    assert wizard.preview.mapping_saved and wizard.preview.mapping[headers.index("Job Title")] == "affiliation"


def test_a_reader_failure_that_is_no_domain_error_is_still_said(
    qtbot, make_wizard, context, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"PK\x03\x04")

    def failing(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(context.services.roster_import, "preview", failing)
    wizard = make_wizard(path)
    wizard.next()
    assert wizard.currentId() == wizard.FILE_PAGE  # no traceback, no crash: a message on the page
    error = wizard.file_page.error
    assert error.isVisible() and error.text().startswith("roster.xlsx could not be read: ")
    assert "Input/output error" in error.text()


def test_the_mapping_page_says_which_hidden_characters_go(qtbot, make_wizard, tmp_path) -> None:
    path = tmp_path / "scripts.csv"
    path.write_text(
        "Name,Name in own script,Email\nSri Lanka Perera,ශ්\u200dරී ලංකා,p@example.lk\nEvil\u202egnp.exe,,e@example.org\n",
        encoding="utf-8",
    )
    wizard = make_wizard(path)
    wizard.resize(1366, 768)
    wizard.next()
    hidden = wizard.mapping_page.hidden
    assert hidden.isVisible() and "A3: U+202E RIGHT-TO-LEFT OVERRIDE" in hidden.text()
    assert "Every column is imported." in wizard.mapping_page.left_out.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "roster-mapping-hidden-characters.png"))

"""The roster import wizard end to end: file → mapping → problems and duplicates → import → summary."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ssc_desktop.app import compose
from ssc_desktop.services.members import MemberDraft
from ssc_desktop.services.roster_import import DuplicateAction
from ssc_desktop.views.dialogs.roster_import_wizard import DuplicatesModel, RosterImportWizard
from ssc_desktop.views.task_runner import TaskRunner

pytestmark = pytest.mark.gui

HEADER = ["No.", "Full name (Latin)", "Name in own script", "E-mail", "Country / region", "Affiliation",
          "SSP visit year", "Gender", "Phone"]


def write_roster(path: Path, extra: int = 0) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Members"
    sheet.append(["Sakura Science Club — chapter roster (confidential)"])
    sheet.append(HEADER)
    sheet.append([1, "Rahul Sharma", "राहुल शर्मा", " Rahul.Sharma@Example.org ", "India", "IIT Delhi", 2019, "M", "+91 1"])
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
def context(tmp_path):  # noqa: ANN001, ANN201
    ctx = compose(tmp_path / "wizard.sqlite3")
    ctx.services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    yield ctx
    ctx.close()


@pytest.fixture
def make_wizard(qtbot, context):  # noqa: ANN001, ANN201
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


def wait_for_check(qtbot, wizard) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: wizard.check_page.result is not None or wizard.check_page.error.isVisible(), timeout=10000)


def test_import_a_messy_roster_end_to_end(qtbot, make_wizard, context, tmp_path, monkeypatch) -> None:  # noqa: ANN001
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


def test_cancel_changes_nothing(qtbot, make_wizard, context, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    services = context.services
    wizard = make_wizard(write_roster(tmp_path / "roster.xlsx", extra=3000), chapter="Brand New Chapter")
    wizard.next()
    wizard.next()
    wait_for_check(qtbot, wizard)

    real = services.roster_import.import_roster
    reached = threading.Event()
    gate = threading.Event()

    def held(*args, progress, cancelled, **kwargs):  # noqa: ANN002, ANN003, ANN202
        def hold(done: int, total: int, phase: str) -> None:
            reached.set()
            gate.wait(10)
            progress(done, total, phase)

        return real(*args, progress=hold, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(services.roster_import, "import_roster", held)
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


def test_broken_file_shows_a_clear_message(qtbot, make_wizard, context, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    wizard = make_wizard(path)
    wizard.next()
    assert wizard.currentId() == wizard.FILE_PAGE
    error = wizard.file_page.error
    assert error.isVisible()
    assert error.text() == "roster.xlsx is not a spreadsheet: it is a PDF document. Choose an .xlsx or .csv file."
    assert context.services.members.count_members() == 0


def test_a_file_whose_rows_are_all_bad_imports_nothing(qtbot, make_wizard, context, tmp_path) -> None:  # noqa: ANN001
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


def test_choosing_the_header_row_and_sheet(qtbot, make_wizard, tmp_path) -> None:  # noqa: ANN001
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


"""The roster import wizard: file and chapter → column mapping → problems and duplicates → import → summary.

RosterImportWizard(services, tasks, parent=None, path=None) emits imported(int) with the
number of members added or updated once an import has been committed.

On the problems step a value is corrected in place (double-click or F2 in the Value cell) or the
row left out; the service re-validates the row at once (recheck_row), checks the whole file again
in the background for duplicates, and imports the corrected values.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.roster_import import DuplicateAction, RosterImportRequest, RosterImportResult, RosterPreview
from ssc_desktop.views.dialogs.roster_import_models import DuplicatesModel, PreviewModel, ProblemsModel
from ssc_desktop.views.dialogs.roster_import_check_page import CheckPage
from ssc_desktop.views.dialogs.roster_import_pages import FilePage, ImportPage, MappingPage, SummaryPage
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner

log = logging.getLogger(__name__)


class RosterImportWizard(QWizard):
    imported = Signal(int)

    FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, IMPORT_PAGE, SUMMARY_PAGE = range(5)

    def __init__(
        self,
        services: ServiceSet,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        path: str | Path | None = None,
        chapter: str = "",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.preview: RosterPreview | None = None
        self.check_result: RosterImportResult | None = None
        # Shadows QDialog.result() (the dialog's exit code, which nothing here reads): the ignore says so.
        self.result: RosterImportResult | None = None  # type: ignore[assignment]
        self.task: TaskHandle | None = None  # the import
        self.check_task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 660)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage()
        for number, page in enumerate(
            (self.file_page, self.mapping_page, self.check_page, self.import_page, self.summary_page)
        ):
            self.setPage(number, page)
        # The import cannot be undone by Back: the check page commits.
        self.check_page.setCommitPage(True)
        self.check_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page.fill_chapters()
        if path is not None:
            self.file_page.path.setText(str(path))
        if chapter:
            self.file_page.chapter.setCurrentText(chapter)

    # -- steps -----------------------------------------------------------------------------
    def load_preview(self, path: str, error_label: QLabel, header_row: int | None = None, sheet: str = "") -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.services.roster_import.preview(path, sheet=sheet, header_row=header_row)
        except DomainError as error:
            error_label.setText(error_text(error))
            error_label.show()
            return False
        except Exception as error:  # a reader failure the service did not foresee is still said
            log.exception("roster preview of %s failed", Path(path).name)
            error_label.setText(fill(self.tr("%1 could not be read: %2"), Path(path).name, error_text(error)))
            error_label.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        error_label.hide()
        self.preview = preview
        self.mapping_page.show_preview(preview)
        return True

    def _request(self, **changes: Any) -> RosterImportRequest:
        """The import as the pages now describe it: file, sheet, header row and mapping, and changes."""
        assert self.preview is not None
        return RosterImportRequest(
            path=self.preview.path,
            mapping=dict(self.mapping_page.model.mapping),
            sheet=self.preview.sheet,
            header_row=self.preview.header_row,
            **changes,
        )

    def run_check(self, page: CheckPage, refresh: bool = False) -> None:
        """Checks every row in the background; refresh checks again with the page's corrections."""
        service = self.services.roster_import
        # Rows left out are still listed at first (so they can be taken back in), and the raw values
        # of the rows with problems are kept to re-validate a row as it is corrected.
        request = self._request(
            policy=DuplicateAction(self.check_page.policy.currentData()),
            corrections=dict(page.corrections),
            dry_run=True,
            excluded=tuple(page.excluded) if refresh else (),
            keep_problem_rows=not refresh,
        )
        self.cancel_check()
        page.generation += 1
        generation = page.generation

        def work(progress, cancel):
            return service.run(request, progress=progress, cancel=cancel)

        def finished() -> bool:
            if self.check_task is handle:
                self.check_task = None
            return generation == page.generation  # else a newer check has been asked for

        def done(result: RosterImportResult) -> None:
            if finished():
                self.check_result = result
                (page.show_recheck if refresh else page.show_result)(result)

        def failed(error: BaseException, _trace: str) -> None:
            if finished():
                page.show_error(error)

        handle = self.tasks.start(work, on_success=done, on_failure=failed, on_cancelled=finished, owner=self)
        self.check_task = handle

    def cancel_check(self) -> None:
        if self.check_task is not None:
            self.check_task.cancel()
            self.check_task = None

    def run_import(self, page: ImportPage) -> None:
        service = self.services.roster_import
        request = self._request(
            chapter=self.file_page.chapter_name(),
            policy=self.check_page.duplicates_model.policy,
            overrides=dict(self.check_page.duplicates_model.overrides),
            corrections=dict(self.check_page.corrections),
            excluded=tuple(self.check_page.excluded),
        )
        self.check_page.recheck_timer.stop()
        self.check_page.generation += 1
        self.cancel_check()

        def work(progress, cancel):
            return service.run(request, progress=progress, cancel=cancel)

        def done(result: RosterImportResult) -> None:
            self.task = None
            self.result = result
            page.done = True
            self.summary_page.show_result(result)
            self.imported.emit(result.added + result.updated)
            self.next()

        def failed(error: BaseException, _trace: str) -> None:
            self.task = None
            page.show_stopped(fill(self.tr("The import stopped: %1 Nothing was changed."), error_text(error)))

        def cancelled() -> None:
            self.task = None
            page.show_stopped(self.tr("The import was cancelled. Nothing was changed."), failed=False)

        self.task = self.tasks.start(
            work, on_success=done, on_failure=failed, on_progress=page.show_progress, on_cancelled=cancelled, owner=self
        )

    def save_report(self, path: str, error_label: QLabel) -> bool:
        if self.check_result is None:
            return False
        try:
            self.services.exports.roster_problems(self.check_page.remaining_problems(), path)
        except DomainError as error:
            error_label.setText(error_text(error))
            error_label.show()
            return False
        return True

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.import_page.cancel_button.setEnabled(False)
            self.import_page.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        # Closing while the import runs cancels it first; the window closes once it has rolled back.
        self.cancel_check()
        if self.task is not None:
            self.cancel_task()
            self.tasks.wait_for_all(10000)
        super().reject()


__all__ = ["DuplicatesModel", "PreviewModel", "ProblemsModel", "RosterImportWizard"]

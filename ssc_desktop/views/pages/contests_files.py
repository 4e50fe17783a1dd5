"""The Contests page's files, written and read off the GUI thread: results PDF/xlsx, judge
sheets out and back (asking about scores emptied in them)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ssc_desktop.long_work import ProgressFn
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary
from ssc_desktop.views import settings
from ssc_desktop.views.labels import error_text, fill, warnings_text
from ssc_desktop.views.progress_task import ProgressTask
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner, Work


class ContestFiles(QObject):
    """The Export menu's work. Needs: the task runner and the widget its dialogs show over
    (constructor), the services and the contest (set_services, set_contest), and how the Results
    tab ranks (ranking, asked when a results file is written). Tells: busy_changed(bool) while a
    file is written or read, status_message(str), scores_changed after judge sheets were imported."""

    busy_changed = Signal(bool)
    status_message = Signal(str)
    scores_changed = Signal()

    def __init__(self, tasks: TaskRunner, host: QWidget, ranking: Callable[[], str]) -> None:
        super().__init__(host)
        self.tasks = tasks
        self.host = host
        self.ranking = ranking
        self.services: ServiceSet | None = None
        self.contest: ContestSummary | None = None
        self.progress: ProgressTask | None = None

    def set_services(self, services: ServiceSet | None) -> None:
        self.services = services

    def set_contest(self, contest: ContestSummary | None) -> None:
        self.contest = contest

    def _opened(self) -> tuple[ServiceSet, int] | None:
        if self.services is None or self.contest is None:
            return None
        return self.services, self.contest.id

    def choose_results_file(self, suffix: str) -> None:
        if self.contest is None:
            return
        folder = settings.CONTESTS_FOLDER.folder()
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.contest.title).strip()
        filters = self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self.host,
            self.tr("Export the results"),
            str(Path(folder) / f"{fill(self.tr('Results - %1'), safe)}.{suffix}"),
            filters,
        )
        if path:
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            settings.CONTESTS_FOLDER.remember_file(path)
            self.export_results(path)

    def export_results(self, path: str | Path) -> TaskHandle | None:
        opened = self._opened()
        if opened is None:
            return None
        (services, contest_id), method = opened, self.ranking()
        target = Path(path)

        def work(progress: ProgressFn, cancel: threading.Event) -> tuple[Path, list]:
            written = services.exports.contest_results(contest_id, method, target, progress, cancel)
            return written.path, list(written.warnings)

        def done(result: tuple[Path, list]) -> None:
            written, warnings = result
            message = fill(self.tr("Results written to %1"), str(written))
            self.status_message.emit(message)
            if warnings:  # written all the same, with a box for each character no font here has
                QMessageBox.warning(self.host, self.tr("Contests"), "\n\n".join([message, warnings_text(warnings)]))

        return self._run(work, fill(self.tr("Writing %1…"), target.name), done)

    def choose_sheets_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.host, self.tr("Folder for the judge sheets"), str(Path.home()))
        if folder:
            self.export_sheets(folder)

    def export_sheets(self, folder: str | Path) -> TaskHandle | None:
        opened = self._opened()
        if opened is None:
            return None
        (services, contest_id), target = opened, Path(folder)

        def work(progress: ProgressFn, cancel: threading.Event) -> list[Path]:
            return list(services.exports.judge_sheets(contest_id, target, progress, cancel).paths)

        return self._run(
            work,
            self.tr("Writing the judge sheets…"),
            lambda written: self.status_message.emit(
                fill(self.tr("%1 judge sheets written to %2"), len(written), str(target))
            ),
        )

    def choose_sheets_to_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.host, self.tr("Import judge sheets"), str(Path.home()), self.tr("Judge sheets (*.xlsx)")
        )
        if paths:
            self.import_sheets(list(paths))

    def import_sheets(self, paths: list[str | Path]) -> TaskHandle | None:
        """Reads the sheets first (off the GUI thread); scores emptied in them are asked about, then imported."""
        opened = self._opened()
        if opened is None:
            return None
        services, contest_id = opened

        def preview(_progress: ProgressFn, _cancel: threading.Event) -> Any:
            return services.contests.cleared_in_sheets(contest_id, list(paths))

        def read(cleared: Any) -> None:
            keep = False
            if cleared:
                shown = "\n".join(c.describe() for c in cleared[:15])
                if len(cleared) > 15:
                    shown += "\n" + fill(self.tr("… and %1 more"), len(cleared) - 15)
                answer = QMessageBox.question(
                    self.host,
                    self.tr("Scores emptied in the sheets"),
                    fill(
                        self.tr(
                            "%1 score(s) that were given are empty in these sheets:\n\n%2\n\n"
                            "Remove them (the judge took them back)? No keeps them as they are."
                        ),
                        len(cleared),
                        shown,
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                keep = answer == QMessageBox.StandardButton.No
            self._import_read_sheets(services, contest_id, paths, keep)

        return self._run(preview, self.tr("Reading the judge sheets…"), read, self.tr("Judge sheets not imported"))

    def _import_read_sheets(
        self, services: ServiceSet, contest_id: int, paths: list[str | Path], keep_cleared: bool
    ) -> TaskHandle:
        def work(_progress: ProgressFn, _cancel: threading.Event) -> Any:
            return services.contests.import_sheets(contest_id, list(paths), by="coordinator", keep_cleared=keep_cleared)

        def done(imported: Any) -> None:
            text = fill(self.tr("Judge sheets imported: %1 scores changed."), imported.changed)
            if imported.cleared:
                text += " " + (
                    fill(self.tr("%1 emptied score(s) kept."), len(imported.cleared))
                    if imported.kept_cleared
                    else fill(self.tr("%1 emptied score(s) removed."), len(imported.cleared))
                )
            self.status_message.emit(text)
            self.scores_changed.emit()

        return self._run(work, self.tr("Importing the judge sheets…"), done, self.tr("Judge sheets not imported"))

    def _run(
        self, work: Work, label: str, on_done: Callable[[Any], None], failure_title: str | None = None
    ) -> TaskHandle:
        def failed(error: BaseException, _trace: str) -> None:
            QMessageBox.critical(self.host, failure_title or self.tr("Export failed"), error_text(error))

        self.progress = ProgressTask(
            self.tasks,
            self.host,
            self.tr("Contests"),
            label,
            work,
            on_success=on_done,
            on_failure=failed,
            on_cancelled=lambda: None,
            on_end=self._task_ended,
        )
        self.busy_changed.emit(True)
        return self.progress.handle

    def _task_ended(self) -> None:
        self.progress = None
        self.busy_changed.emit(False)

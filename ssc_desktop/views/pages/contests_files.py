"""The Contests page's files, written and read off the GUI thread: results PDF/xlsx, judge
sheets out and back (asking about scores emptied in them).

A part of ContestsPage (views/pages/contests_page.py), which is put together from these;
self is the page."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.views import settings
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.progress_task import ProgressTask
from ssc_desktop.views.task_runner import TaskHandle


class ContestFiles:
    def choose_results_file(self, suffix: str) -> None:
        if self.contest is None:
            return
        folder = settings.CONTESTS_FOLDER.folder()
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.contest.title).strip()
        filters = self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the results"),
                                              str(Path(folder) / f"{fill(self.tr('Results - %1'), safe)}.{suffix}"), filters)
        if path:
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            settings.CONTESTS_FOLDER.set(str(Path(path).parent))
            self.export_results(path)

    def export_results(self, path: str | Path) -> TaskHandle | None:
        services, contest_id, method = self.services, self.contest.id, self.results_method.currentData()
        target = Path(path)

        def work(progress, cancel: threading.Event) -> Path:  # noqa: ANN001
            from ssc_desktop.output.contest_results_xlsx import write_results

            written = write_results(services.contests.results(contest_id, method), target, progress, cancel)
            if cancel.is_set():
                written.unlink(missing_ok=True)
                raise WorkCancelled()
            return written

        return self._run(work, fill(self.tr("Writing %1…"), target.name),
                         lambda written: self._status(fill(self.tr("Results written to %1"), str(written))))

    def choose_sheets_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the judge sheets"), str(Path.home()))
        if folder:
            self.export_sheets(folder)

    def export_sheets(self, folder: str | Path) -> TaskHandle | None:
        services, contest_id, target = self.services, self.contest.id, Path(folder)

        def work(progress, cancel: threading.Event) -> list[Path]:  # noqa: ANN001
            from ssc_desktop.output.judge_sheet_xlsx import write_judge_sheets

            works = [services.contests.judge_work(j.id) for j in services.contests.list_judges(contest_id)]
            return write_judge_sheets(works, target, progress, cancel)

        return self._run(work, self.tr("Writing the judge sheets…"),
                         lambda written: self._status(fill(self.tr("%1 judge sheets written to %2"),
                                                           len(written), str(target))))

    def choose_sheets_to_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import judge sheets"), str(Path.home()),
                                                self.tr("Judge sheets (*.xlsx)"))
        if paths:
            self.import_sheets(paths)

    def import_sheets(self, paths: list[str | Path]) -> TaskHandle | None:
        """Reads the sheets first (off the GUI thread); scores emptied in them are asked about, then imported."""
        services, contest_id = self.services, self.contest.id

        def preview(_progress, _cancel: threading.Event):  # noqa: ANN001, ANN202
            return services.contests.cleared_in_sheets(contest_id, list(paths))

        def read(cleared) -> None:  # noqa: ANN001
            keep = False
            if cleared:
                shown = "\n".join(c.describe() for c in cleared[:15])
                if len(cleared) > 15:
                    shown += "\n" + fill(self.tr("… and %1 more"), len(cleared) - 15)
                answer = QMessageBox.question(self, self.tr("Scores emptied in the sheets"), fill(self.tr(
                    "%1 score(s) that were given are empty in these sheets:\n\n%2\n\n"
                    "Remove them (the judge took them back)? No keeps them as they are."), len(cleared), shown),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                keep = answer == QMessageBox.StandardButton.No
            self._import_read_sheets(paths, keep)

        return self._run(preview, self.tr("Reading the judge sheets…"), read, self.tr("Judge sheets not imported"))

    def _import_read_sheets(self, paths: list[str | Path], keep_cleared: bool) -> TaskHandle:
        services, contest_id = self.services, self.contest.id

        def work(_progress, _cancel: threading.Event):  # noqa: ANN001, ANN202
            return services.contests.import_sheets(contest_id, list(paths), by="coordinator", keep_cleared=keep_cleared)

        def done(imported) -> None:  # noqa: ANN001
            text = fill(self.tr("Judge sheets imported: %1 scores changed."), imported.changed)
            if imported.cleared:
                text += " " + (fill(self.tr("%1 emptied score(s) kept."), len(imported.cleared)) if imported.kept_cleared
                               else fill(self.tr("%1 emptied score(s) removed."), len(imported.cleared)))
            self._status(text)
            self._changed()

        return self._run(work, self.tr("Importing the judge sheets…"), done, self.tr("Judge sheets not imported"))

    def _run(self, work, label: str, on_done, failure_title: str | None = None) -> TaskHandle:  # noqa: ANN001
        def failed(error: BaseException, _trace: str) -> None:
            QMessageBox.critical(self, failure_title or self.tr("Export failed"), error_text(error))

        self.progress = ProgressTask(self.tasks, self, self.tr("Contests"), label, work, on_success=on_done,
                                     on_failure=failed, on_cancelled=lambda: None, on_end=self._task_ended)
        self._update_buttons()
        return self.progress.handle

    def _task_ended(self) -> None:
        self.progress = None
        self._update_buttons()

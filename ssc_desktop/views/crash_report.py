"""Unexpected errors: written to a log file and shown to the person, never swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("ssc_desktop")


def install_exception_hook(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)

    def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        sys.__stderr__.write(details)
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CrashReport", "Something went wrong"),
                          QCoreApplication.translate(
                              "CrashReport",
                              "SSC Desktop hit an unexpected problem: %1\n\nEverything already confirmed is saved in "
                              "the database. Details were written to %2.",
                          ).replace("%1", str(error) or kind.__name__).replace("%2", str(log_file)))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = report

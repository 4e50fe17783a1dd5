"""Errors nobody caught: written to a log file and shown to the person, never swallowed.

A DomainError (a database that went away, a full disk, a lock held by another program…)
is something the person can act on: it is shown in words, without a traceback. Anything
else is a defect: it is shown with the log's place, and its traceback goes to the log.
Neither the message nor the log carries a database driver's text, which may quote a
row's values (see db_failures.redacted_traceback).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ssc_desktop.db_failures import redacted_traceback, safe_description
from ssc_desktop.errors import DomainError
from ssc_desktop.views.labels import error_text

log = logging.getLogger("ssc_desktop")


def install_exception_hook(log_file: Path) -> None:
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:  # a read-only home folder must not stop the app from starting
        handler = logging.StreamHandler(sys.__stderr__)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)

    def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if error.__traceback__ is None:
            error = error.with_traceback(trace)
        details = redacted_traceback(error)
        if isinstance(error, DomainError):
            log.warning("not handled where it happened: %s\n%s", error.code, details)
        else:
            log.error("unexpected error\n%s", details)
            if sys.__stderr__ is not None:  # None under pythonw (no console)
                sys.__stderr__.write(details)
        if QApplication.instance() is None:
            return
        show_failure(error, log_file, details)

    sys.excepthook = report


def show_failure(error: BaseException, log_file: Path, details: str = "") -> None:
    if isinstance(error, DomainError):
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("CrashReport", "SSC Desktop"), error_text(error)
        )
    else:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CrashReport", "Something went wrong"),
            QCoreApplication.translate(
                "CrashReport",
                "SSC Desktop hit an unexpected problem: %1\n\nEverything already confirmed is saved in "
                "the database. Details were written to %2.",
            )
            .replace("%1", safe_description(error))
            .replace("%2", str(log_file)),
        )
        box.setDetailedText(details)
    box.exec()

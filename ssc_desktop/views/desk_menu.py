"""The main window's Desks menu (Prepare desk…, Merge desks…) and the sealing of an open desk file.

When the open database is a desk file (app.AppContext.desk_file), its working copy is sealed
back into the file every SEAL_MS, off the GUI thread, as well as on close: the file a desk
carries back is then at most that old even if the laptop is never closed properly (a crash
loses nothing either way: see services.desk_container).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from ssc_desktop.db_failures import redacted_traceback
from ssc_desktop.views.dialogs.desk_files_dialog import MergeDesksDialog, PrepareDeskDialog

SEAL_MS = 60_000

log = logging.getLogger("ssc_desktop")


class DeskMenu(QObject):
    def __init__(self, window) -> None:  # the MainWindow
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Desks"))
        window._add_action(menu, self.tr("&Prepare desk…"), self.prepare_desk)
        window._add_action(menu, self.tr("&Merge desks…"), self.merge_desks)
        window.checkin_page.prepare_desk_wanted.connect(self.prepare_desk)
        window.checkin_page.merge_desks_wanted.connect(self.merge_desks)
        self._seal_timer = QTimer(self)
        self._seal_timer.setInterval(SEAL_MS)
        self._seal_timer.timeout.connect(self.seal)
        self._seal_timer.start()
        self._sealing = False

    def prepare_desk(self) -> PrepareDeskDialog | None:
        window = self.window
        event = window.current_event()
        if window.context is None or event is None:
            window.statusBar().showMessage(self.tr("Choose an event first."), 5000)
            return None
        dialog = PrepareDeskDialog(window.context.services, event, window.tasks, window)
        dialog.open()
        return dialog

    def merge_desks(self) -> MergeDesksDialog | None:
        window = self.window
        if window.context is None:
            return None
        event = window.current_event()
        dialog = MergeDesksDialog(window.context.services, window.tasks, event.timezone if event else "UTC", window)
        dialog.merged.connect(lambda _report: window.reload_all())
        dialog.open()
        return dialog

    def seal(self) -> None:
        context = self.window.context
        desk_file = getattr(context, "desk_file", None) if context is not None else None
        if desk_file is None or self._sealing:
            return
        self._sealing = True

        def done(*_args) -> None:
            self._sealing = False

        def failed(error: BaseException, _trace: str) -> None:
            done()
            log.error("sealing the desk file failed\n%s", redacted_traceback(error))
            self.window.statusBar().showMessage(
                self.tr("The desk file could not be saved; it is tried again in a minute. Nothing is lost."), 10000
            )

        self.window.tasks.start(lambda _p, _c: desk_file.seal(), on_success=done, on_failure=failed, owner=self)

"""Badges and tickets of an event: name badges to one A4 PDF, personal tickets into a
folder, or tickets e-mailed; for everyone registered, one role, or the chosen people.

The work runs off the GUI thread through TaskRunner, with a progress dialog whose
Cancel stops it (a cancelled badges PDF leaves no file behind).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.vocabulary import RegistrationRole
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import EventSummary
from ssc_desktop.views import settings
from ssc_desktop.views.labels import error_text, fill, warnings_text, word
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner

if TYPE_CHECKING:  # imported when first used (start-up time)
    from ssc_desktop.services.mail import MailReport

BADGES, TICKETS, EMAIL = "badges", "tickets", "email"


def _safe_title(title: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "event"


class BadgesDialog(ProgressHost, QDialog):
    """Print badges, write tickets or e-mail them for one event.

    written(path) is emitted with the badges PDF or the tickets folder when done;
    mailed(sent) with the number of tickets e-mailed.
    """

    written = Signal(str)
    mailed = Signal(int)

    def __init__(
        self,
        services: ServiceSet,
        event: EventSummary,
        tasks: TaskRunner,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.target = event
        self.tasks = tasks
        self.selected_ids = tuple(selected_ids)
        self.last_result: object | None = None
        self.setWindowTitle(fill(self.tr("Badges and tickets — %1"), event.title))
        self.setMinimumWidth(560)

        self.what = QComboBox()
        self.what.addItem(self.tr("Name badges (one A4 PDF)"), BADGES)
        self.what.addItem(self.tr("Personal tickets (one PDF per person, into a folder)"), TICKETS)
        self.what.addItem(self.tr("E-mail personal tickets"), EMAIL)

        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("8 per sheet — 99.1 × 67.7 mm (Avery L7165)"), "2x4")
        self.layout_choice.addItem(self.tr("10 per sheet — 85 × 54 mm (card size, Avery C32011)"), "2x5")
        self.layout_choice.addItem(self.tr("One A6 badge per page"), "1x1")
        self.cut_marks = QCheckBox(self.tr("Cut marks in the margins"))

        self.everyone = QRadioButton(self.tr("Everyone registered"))
        self.by_role = QRadioButton(self.tr("Only the role"))
        self.role = QComboBox()
        for role in RegistrationRole:
            self.role.addItem(word(role), role)
        self.chosen = QRadioButton(
            fill(self.tr("The %1 selected registrations"), len(self.selected_ids))
            if self.selected_ids
            else self.tr("Selected registrations (select them in the list first)")
        )
        self.chosen.setEnabled(bool(self.selected_ids))
        self.who = QButtonGroup(self)
        for button in (self.everyone, self.by_role, self.chosen):
            self.who.addButton(button)
        (self.chosen if self.selected_ids else self.everyone).setChecked(True)
        role_row = QHBoxLayout()
        role_row.addWidget(self.by_role)
        role_row.addWidget(self.role, 1)
        who_box = QVBoxLayout()
        who_box.addWidget(self.everyone)
        who_box.addLayout(role_row)
        who_box.addWidget(self.chosen)

        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Save to"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.browse)
        self.only_unsent = QCheckBox(self.tr("Only people who have not had their current ticket yet"))
        self.only_unsent.setChecked(True)
        self.smtp_note = QLabel()
        self.smtp_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Make:"), self.what)
        form.addRow(self.tr("Sheet:"), self.layout_choice)
        form.addRow("", self.cut_marks)
        form.addRow(self.tr("For:"), who_box)
        self.output_label = QLabel(self.tr("Save to:"))
        form.addRow(self.output_label, output_row)
        form.addRow("", self.only_unsent)
        form.addRow("", self.smtp_note)
        self.form = form

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton(self.tr("Create PDF"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.what.currentIndexChanged.connect(self._mode_changed)
        self.output.textChanged.connect(self._update_buttons)
        for button in (self.everyone, self.by_role, self.chosen):
            button.toggled.connect(self._update_buttons)
        self._mode_changed()

    # -- state -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Shown, the box makes its default button its focus proxy, and Tab then jumps over Close.
        # The stub types the argument as QWidget, but Qt takes nullptr (None) to clear the proxy.
        self.buttons.setFocusProxy(None)  # type: ignore[arg-type]

    @property
    def mode(self) -> str:
        return self.what.currentData()

    def _default_output(self) -> str:
        folder = Path(settings.BADGES_FOLDER.folder())
        title = _safe_title(self.target.title)
        if self.mode == BADGES:
            return str(folder / f"Badges - {title}.pdf")
        return str(folder / f"Tickets - {title}")

    def _mode_changed(self) -> None:
        mode = self.mode
        badges = mode == BADGES
        for widget in (self.layout_choice, self.cut_marks):
            widget.setVisible(badges)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(badges)
        emailing = mode == EMAIL
        self.output.setVisible(not emailing)
        self.browse.setVisible(not emailing)
        self.output_label.setVisible(not emailing)
        self.only_unsent.setVisible(emailing)
        self.smtp_note.setVisible(emailing)
        if emailing:
            settings = self.services.mail.settings()
            self.smtp_note.setText(
                fill(self.tr("Sent through %1 from %2."), f"{settings.host}:{settings.port}", settings.from_address)
                if settings.configured
                else self.tr("No e-mail server is set up yet: File → E-mail settings…")
            )
        self.output.setText(self._default_output())
        self.run_button.setText(
            {BADGES: self.tr("Create PDF"), TICKETS: self.tr("Write tickets"), EMAIL: self.tr("Send e-mails")}[mode]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy
        ready = bool(self.output.text().strip()) or self.mode == EMAIL
        if self.mode == EMAIL and not self.services.mail.settings().configured:
            ready = False
        self.run_button.setEnabled(ready and not busy)
        self.role.setEnabled(self.by_role.isChecked())

    def choose_output(self) -> None:
        if self.mode == BADGES:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the badges"), self.output.text(), self.tr("PDF (*.pdf)")
            )
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
        else:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the tickets"), str(Path(self.output.text()).parent)
            )
        if path:
            self.output.setText(path)

    def _who(self) -> tuple[set[RegistrationRole] | None, list[int] | None]:
        if self.chosen.isChecked():
            return None, list(self.selected_ids)
        if self.by_role.isChecked():
            return {self.role.currentData()}, None
        return None, None

    # -- running -----------------------------------------------------------------------------
    def start(self) -> TaskHandle | None:
        """Runs the chosen work off the GUI thread, with a progress dialog and Cancel."""
        if self.busy:
            return None
        services, event_id, mode = self.services, self.target.id, self.mode
        roles, ids = self._who()
        output = Path(self.output.text().strip())
        layout, cut_marks, only_unsent = (
            self.layout_choice.currentData(),
            self.cut_marks.isChecked(),
            self.only_unsent.isChecked(),
        )
        if mode != EMAIL:
            settings.BADGES_FOLDER.remember_file(output)

        def work(progress, cancel: threading.Event) -> object:
            if mode == BADGES:
                return services.badges.write_badges(
                    event_id,
                    output,
                    layout=layout,
                    cut_marks=cut_marks,
                    roles=roles,
                    registration_ids=ids,
                    progress=progress,
                    cancel=cancel,
                )
            picked: list[int] | None
            if roles is not None:
                picked = [b.registration_id for b in services.badges.badges(event_id, roles=roles).badges]
            else:
                picked = ids
            if mode == TICKETS:
                return services.badges.write_tickets(event_id, output, picked, progress=progress, cancel=cancel)
            return services.mail.send_tickets(
                event_id, picked, progress=progress, cancel=cancel, only_unsent=only_unsent
            )

        title = {
            BADGES: self.tr("Printing badges"),
            TICKETS: self.tr("Writing tickets"),
            EMAIL: self.tr("E-mailing tickets"),
        }[mode]
        self.result_label.setText("")
        return self.start_progress(
            title, title + "…", work, on_success=self._done, on_failure=self._failed, on_cancelled=self._cancelled
        )

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _done(self, result: object) -> None:
        self.last_result = result
        from ssc_desktop.services.badges import BadgesWritten, TicketsWritten

        if isinstance(result, BadgesWritten):
            pages = self.tr("1 page") if result.pages == 1 else fill(self.tr("%1 pages"), result.pages)
            wrote = fill(self.tr("Wrote %1 badges on %2 to %3"), result.badges, pages, result.path.name)
            self.result_label.setText("\n".join([wrote, warnings_text(result.warnings)]) if result.warnings else wrote)
            self.result_label.setToolTip(str(result.path))
            self.written.emit(str(result.path))
        elif isinstance(result, TicketsWritten):
            self.result_label.setText(
                fill(self.tr("Wrote %1 tickets into the folder %2"), len(result.paths), result.folder.name)
            )
            self.result_label.setToolTip(str(result.folder))
            self.written.emit(str(result.folder))
        else:
            from ssc_desktop.messages import MESSAGES, format_message

            result = cast("MailReport", result)  # the third kind of work: e-mailed tickets
            lines = [fill(self.tr("Sent %1 tickets."), len(result.sent))]
            if result.skipped_already_sent:
                lines.append(fill(self.tr("%1 people had their ticket already."), len(result.skipped_already_sent)))
            for problem in result.problems[:8]:
                lines.append(
                    format_message(
                        problem.code,
                        MESSAGES.get(problem.code),
                        {"name": problem.name, "to": problem.name, "detail": problem.detail},
                    )
                )
            if len(result.problems) > 8:
                lines.append(fill(self.tr("… and %1 more not sent."), len(result.problems) - 8))
            self.result_label.setText("\n".join(lines))
            self.mailed.emit(len(result.sent))

    def _failed(self, error: BaseException, _trace: str) -> None:
        self.result_label.setText(error_text(error))

    def _cancelled(self) -> None:
        self.result_label.setText(self.tr("Cancelled."))

    def reject(self) -> None:
        if self.busy:  # closing while working cancels the work first
            self.cancel()
            return
        super().reject()

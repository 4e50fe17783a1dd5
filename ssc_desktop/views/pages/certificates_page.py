"""Certificates: thank contributors, certify participation, honour contest winners.

Choose the kind and template, check who gets one and who is left out (and why), then write
one PDF or one PDF per person; every certificate is numbered, recorded and verifiable here.
"""

from __future__ import annotations

import threading
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services.certificates import (
    CertificatePlan,
    ContributorRow,
    IssuedCertificate,
)
from ssc_desktop.services.events import zone
from ssc_desktop.views import settings
from ssc_desktop.views.certificate_verify import VerifyBox
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.labels import (
    date_text,
    error_text,
    fill,
    local_time_text,
    warnings_text,
    word,
    zone_note,
)
from ssc_desktop.views.pages.base import Page, card
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.questions import ask_yes_no
from ssc_desktop.views.table_models import (
    Column,
    RecordTableModel,
    configure_columns,
    record_table,
)
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.theme import AMBER
from ssc_desktop.vocabulary import CertificateKind


class CertificatesPage(ProgressHost, Page):
    shows = frozenset({Kind.CERTIFICATES, Kind.CONTESTS, Kind.CHECK_INS, Kind.REGISTRATIONS})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Certificates"))
        self.plan: CertificatePlan | None = None
        self._tz: tzinfo | None = None  # the chosen event's; None (the laptop's) until one is chosen
        self.last_written: Path | None = None

        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self._contributors_card(), 1)
        left.addWidget(self._issued_card(), 1)
        columns.addLayout(left, 3)
        columns.addWidget(self._issue_card(), 2)
        self.layout_.addLayout(columns, 1)
        self._update_buttons()

    # -- construction --------------------------------------------------------------------------
    def _contributors_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Contributors")))
        self.contributors: RecordTableModel[ContributorRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda c: c.latin_name),
                Column(self.tr("Own script"), lambda c: c.native_name),
                Column(self.tr("Reason"), lambda c: c.reason),
            ],
            self,
        )
        self.contributors_proxy, self.contributors_table = record_table(self.contributors, self)
        self.contributors_table.setAccessibleName(self.tr("Contributors"))
        configure_columns(self.contributors_table, [170, 140, 260], stretch=2)
        self.contributors_table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.contributors_table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add contributor…"))
        self.add_button.clicked.connect(self.add_contributor)
        self.edit_button = QPushButton(self.tr("Edit reason…"))
        self.edit_button.clicked.connect(self.edit_contributor)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_contributor)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def _issued_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Issued certificates")))
        self.issued: RecordTableModel[IssuedCertificate] = RecordTableModel(
            [
                Column(self.tr("Number"), lambda c: c.number),
                Column(self.tr("Kind"), lambda c: word(c.kind)),
                Column(self.tr("Name"), lambda c: c.recipient_latin_name),
                Column(self.tr("Own script"), lambda c: c.recipient_name),
                # In the event's own time zone, as every time on this page; the hint names it when it is
                # not the laptop's.
                Column(
                    self.tr("Issued"),
                    lambda c: local_time_text(c.issued_at, self._tz, with_date=True),
                    sort_key=lambda c: c.issued_at,
                ),
            ],
            self,
        )
        self.issued_proxy, self.issued_table = record_table(self.issued, self)
        self.issued_table.setAccessibleName(self.tr("Issued certificates"))
        configure_columns(self.issued_table, [160, 90, 130, 110, 110], stretch=2)
        layout.addWidget(self.issued_table, 1)
        self.verify_box = VerifyBox(self._verify)
        self.verify_input, self.verify_result = self.verify_box.input, self.verify_box.result
        layout.addWidget(self.verify_box)
        return frame

    def _issue_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(_title(self.tr("Issue certificates")))
        self.kind = QComboBox()
        for kind in CertificateKind:
            self.kind.addItem(word(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.template = QComboBox()
        self.template.currentIndexChanged.connect(self.check)
        template_buttons = QHBoxLayout()
        self.edit_template_button = QPushButton(self.tr("Edit template…"))
        self.edit_template_button.clicked.connect(lambda: self.edit_template(new=False))
        new_template = QPushButton(self.tr("New template…"))
        new_template.clicked.connect(lambda: self.edit_template(new=True))
        template_buttons.addWidget(self.edit_template_button)
        template_buttons.addWidget(new_template)
        template_buttons.addStretch(1)
        layout.addWidget(QLabel(self.tr("Kind:")))
        layout.addWidget(self.kind)
        layout.addWidget(QLabel(self.tr("Template:")))
        layout.addWidget(self.template)
        layout.addLayout(template_buttons)
        self.one_pdf = QRadioButton(self.tr("All in one PDF (for printing)"))
        self.one_pdf.setChecked(True)
        self.per_person = QRadioButton(self.tr("One PDF per person, named after them (for e-mail)"))
        layout.addWidget(self.one_pdf)
        layout.addWidget(self.per_person)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.plan_label)
        layout.addWidget(QLabel(self.tr("Left out, and why:")))
        self.left_out = QListWidget()
        self.left_out.setAccessibleName(self.tr("Left out"))
        layout.addWidget(self.left_out, 1)
        self.write_button = QPushButton(self.tr("Write certificates…"))
        self.write_button.setObjectName("Primary")
        self.write_button.clicked.connect(self.choose_output)
        layout.addWidget(self.write_button)
        result = QHBoxLayout()
        self.result_label = ResultLine()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written))) if self.last_written else None
        )
        result.addWidget(self.result_label, 1)
        result.addWidget(self.open_button)
        layout.addLayout(result)
        return frame

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.event_changed()

    def event_changed(self) -> None:
        event = self.current_event
        if self.services is None or event is None:
            self.hint_label.setText(self.tr("Choose an event in the bar above to thank, certify and award its people."))
            self.contributors.set_rows([])
            self.issued.set_rows([])
            self.plan = None
            self._show_plan()
            return
        self._tz = zone(event.timezone)
        self.hint_label.setText(
            fill(self.tr("%1 · %2"), event.title, date_text(event.local_start, weekday=True)) + zone_note(self._tz)
        )
        self.contributors.set_rows(self.services.certificates.list_contributors(event.id))
        self.issued.set_rows(self.services.certificates.list_issued(event.id))
        self._kind_changed()

    def chosen_kind(self) -> CertificateKind:
        return CertificateKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        if self.services is None:
            return
        self.template.blockSignals(True)
        self.template.clear()
        for template in self.services.certificates.list_templates(self.chosen_kind()):
            self.template.addItem(template.name, template.id)
        self.template.blockSignals(False)
        self.check()

    def check(self) -> None:
        """Who would get a certificate of the chosen kind, and who is left out; writes nothing."""
        self.plan = None
        if self.services is not None and self.current_event is not None and self.template.count():
            try:
                self.plan = self.services.certificates.plan(
                    self.current_event.id, self.chosen_kind(), self.template.currentData()
                )
            except DomainError as error:
                self._show_plan(error_text(error))
                return
        self._show_plan()

    def _show_plan(self, problem: str = "") -> None:
        self.left_out.clear()
        if problem:
            self.plan_label.setText(problem)
            self.plan_label.setStyleSheet(f"font-weight: 600; color: {AMBER.name()};")
        elif self.plan is None:
            self.plan_label.setText("")
        else:
            self.plan_label.setStyleSheet("font-weight: 600;")
            self.plan_label.setText(
                fill(
                    self.tr("%1 people get a certificate; %2 left out."),
                    len(self.plan.recipients),
                    len(self.plan.left_out),
                )
            )
            for person in self.plan.left_out:
                self.left_out.addItem(f"{person.name} — {person.why}")
        self._update_buttons()

    # -- contributors --------------------------------------------------------------------------
    def selected_contributor(self) -> ContributorRow | None:
        rows = self.contributors_table.selectionModel().selectedRows()
        return self.contributors.row_at(self.contributors_proxy.mapToSource(rows[0]).row()) if rows else None

    def add_contributor(self) -> None:
        if self.services is None or self.current_event is None:
            return
        from ssc_desktop.views.dialogs.contributor_dialog import ContributorDialog

        rows = self.services.registrations.list_registrations(self.current_event.id)
        dialog = ContributorDialog(self.services, rows, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._contributors_changed(fill(self.tr("%1 added as a contributor."), dialog.saved.latin_name))

    def edit_contributor(self) -> None:
        chosen = self.selected_contributor()
        if chosen is None or self.services is None:
            return
        from ssc_desktop.views.dialogs.contributor_dialog import ContributorDialog

        dialog = ContributorDialog(self.services, [], editing=chosen, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._contributors_changed(fill(self.tr("Reason for %1 saved."), dialog.saved.latin_name))

    def confirm(self, title: str, text: str) -> bool:
        """Asks before removing; tests replace this."""
        return ask_yes_no(self, title, text)

    def remove_contributor(self) -> None:
        chosen = self.selected_contributor()
        if chosen is None or self.services is None:
            return
        if not self.confirm(
            self.tr("Remove contributor"), fill(self.tr("Remove %1 from the contributors?"), chosen.latin_name)
        ):
            return
        self.services.certificates.remove_contributor(chosen.registration_id)
        self._contributors_changed(fill(self.tr("%1 is no longer a contributor."), chosen.latin_name))

    def _verify(self, text: str) -> IssuedCertificate:
        assert self.services is not None  # the box is only usable with a database open
        return self.services.certificates.verify(text)

    def _contributors_changed(self, message: str) -> None:
        assert self.services is not None and self.current_event is not None  # a contributor was just changed
        self.contributors.set_rows(self.services.certificates.list_contributors(self.current_event.id))
        self.check()
        self._say(message, Tone.SAVED)

    # -- templates ------------------------------------------------------------------------------
    def edit_template(self, new: bool) -> None:
        if self.services is None:
            return
        from ssc_desktop.views.dialogs.certificate_template_dialog import (
            CertificateTemplateDialog,
        )

        template = (
            None
            if new or self.template.currentData() is None
            else self.services.certificates.get_template(self.template.currentData())
        )
        dialog = CertificateTemplateDialog(
            self.services, self.tasks, self.current_event, template, self.chosen_kind(), self
        )
        if dialog.exec() and dialog.saved is not None:
            self._kind_changed()
            self.template.setCurrentIndex(max(0, self.template.findData(dialog.saved.id)))

    # -- writing ----------------------------------------------------------------------------------
    def choose_output(self) -> None:
        if self.plan is None:
            return
        folder = settings.CERTIFICATES_FOLDER.folder()
        title = _file_safe(f"{self.plan.template.title} - {self.plan.event.title}")
        if self.per_person.isChecked():
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"), folder)
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the certificates"), str(Path(folder) / f"{title}.pdf"), self.tr("PDF (*.pdf)")
            )
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
        if path:
            settings.CERTIFICATES_FOLDER.set(str(Path(path).parent if not self.per_person.isChecked() else Path(path)))
            self.write(path)

    def write(self, path: str | Path) -> TaskHandle | None:
        """Numbers and records the certificates, then draws them off the GUI thread."""
        if self.plan is None or self.services is None or self.busy:
            return None
        try:
            plan = self.services.certificates.issue(self.plan)
        except DomainError as error:
            self._say(error_text(error), Tone.WARNING)
            return None
        per_person, target, exports = self.per_person.isChecked(), Path(path), self.services.exports
        wrote_one, wrote_many = self.tr("Wrote %1 certificates to %2."), self.tr("Wrote %1 certificates into %2.")

        def work(progress, cancel: threading.Event) -> tuple[str, Path, list]:
            written = exports.certificates(plan, target, per_person=per_person, progress=progress, cancel=cancel)
            if per_person:
                return fill(wrote_many, len(written.paths), target.name), target, list(written.warnings)
            return fill(wrote_one, written.count, target.name), written.path, list(written.warnings)

        def done(result: tuple[str, Path, list]) -> None:
            self.last_written = result[1]
            warnings = result[2]  # the certificates are written, with a box for each such character
            self._say(
                "\n".join([result[0], warnings_text(warnings)]) if warnings else result[0],
                Tone.WARNING if warnings else Tone.SAVED,
            )

        self.issued.set_rows(self.services.certificates.list_issued(plan.event.id))
        return self.start_progress(
            self.tr("Certificates"),
            fill(self.tr("Drawing %1 certificates…"), len(plan.recipients)),
            work,
            on_success=done,
            on_failure=lambda error, _trace: self._say(error_text(error), Tone.WARNING),
            on_cancelled=lambda: self._say(self.tr("Cancelled; no certificate file was left behind."), Tone.WARNING),
        )

    # -- verifying ------------------------------------------------------------------------------
    def verify(self) -> IssuedCertificate | None:
        return self.verify_box.verify() if self.services is not None else None

    # -- state ---------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has_event = self.services is not None and self.current_event is not None
        chosen = self.selected_contributor() if has_event else None
        self.add_button.setEnabled(has_event)
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.edit_template_button.setEnabled(self.services is not None and self.template.count() > 0)
        self.write_button.setEnabled(self.plan is not None and bool(self.plan.recipients) and not self.busy)
        self.open_button.setEnabled(self.last_written is not None)

    def _say(self, text: str, tone: Tone) -> None:
        self.result_label.say(text, tone)
        self._update_buttons()


def _file_safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in text).strip() or "certificates"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15px; font-weight: 600;")
    return label

"""Marks a registered person as a contributor, with the reason printed on their certificate."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.certificates import ContributorRow
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.services.text_folding import ids_matching, search_key
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, word
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table


class ContributorDialog(QDialog):
    """Pick a person (or, editing, keep the one given) and write why they are thanked."""

    def __init__(
        self,
        services: ServiceSet,
        rows: list[RegistrationRow],
        editing: ContributorRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.editing = editing
        self.saved: ContributorRow | None = None
        self.setWindowTitle(self.tr("Edit contribution") if editing else self.tr("Add a contributor"))
        self.resize(720, 520)
        layout = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a registered person, any script…"))
        self.search.setAccessibleName(self.tr("Find a registered person"))
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[RegistrationRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.latin_name),
                Column(self.tr("Own script"), lambda r: r.native_name),
                Column(self.tr("Affiliation"), lambda r: r.affiliation),
                Column(self.tr("Role"), lambda r: word(r.role)),
                Column(self.tr("Status"), lambda r: word(r.status)),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.proxy, self.table = record_table(self.model, self)
        self.table.setAccessibleName(self.tr("Registered people"))
        configure_columns(self.table, [170, 130, 190, 90, 90], stretch=None)
        self._keys = {r.id: search_key(r.latin_name, r.native_name, r.email, r.affiliation) for r in rows}
        self.search.textChanged.connect(
            lambda text: self.model.set_visible_ids(ids_matching(rows, lambda r: self._keys[r.id], text))
        )
        self.reason = QLineEdit(editing.reason if editing else "")
        self.reason.setPlaceholderText(self.tr("e.g. for organizing the 3rd India reunion"))
        self.reason.setAccessibleName(self.tr("Reason, as printed on the certificate"))
        if editing is None:
            layout.addWidget(self.search)
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
            name = QLabel(editing.latin_name + (f"  {editing.native_name}" if editing.native_name else ""))
            name.setStyleSheet("font-size: 16px; font-weight: 600;")
            layout.addWidget(name)
        layout.addWidget(QLabel(self.tr("Reason, as printed on the certificate:")))
        layout.addWidget(self.reason)
        self.problem = lay_out_form(self, layout, stretch=1).error

    def chosen_registration(self) -> int | None:
        if self.editing is not None:
            return self.editing.registration_id
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id if rows else None

    def save(self) -> None:
        registration_id = self.chosen_registration()
        if registration_id is None:
            self.problem.setText(self.tr("Choose the person in the list first."))
            self.problem.show()
            return
        try:
            self.saved = self.services.certificates.set_contributor(registration_id, self.reason.text())
        except DomainError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        self.accept()

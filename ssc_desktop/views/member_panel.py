"""The chosen member beside the Members table: read, or edited in place (Edit, then Save or Cancel)."""

from __future__ import annotations

from typing import cast


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import Gender
from ssc_desktop.services.members import MemberDraft, MemberSummary, parse_visit_year
from ssc_desktop.views.labels import error_text, fill, word
from ssc_desktop.views.pages.base import card, field_label

ERROR_STYLE = "color: #b42318; font-size: 12px;"


class MemberPanel(QWidget):
    """The chosen member: read, or edited in place (Edit, then Save or Cancel)."""

    edit_requested = Signal()
    saved = Signal(object)  # MemberSummary as stored
    editing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = None
        self.member: MemberSummary | None = None
        self.editing = False
        self._chapters: list = []
        frame, layout = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(frame)
        self.native = QLabel()
        self.native.setObjectName("DetailName")
        self.native.setWordWrap(True)
        self.latin = QLabel()
        self.latin.setObjectName("DetailNative")
        self.latin.setWordWrap(True)
        layout.addWidget(self.native)
        layout.addWidget(self.latin)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_view())
        self.stack.addWidget(self._build_form())
        self.show_member(None)

    # -- reading ----------------------------------------------------------------------------------
    def _build_view(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in [
            ("chapter", self.tr("Chapter")),
            ("country", self.tr("Country")),
            ("affiliation", self.tr("Affiliation")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("visit", self.tr("SSP visit")),
            ("host", self.tr("Host in Japan")),
            ("gender", self.tr("Gender")),
        ]:
            self.fields[key] = field_label("")
            form.addRow(label + ":", self.fields[key])
        layout.addLayout(form)
        self.selection_hint = QLabel()
        self.selection_hint.setObjectName("PageHint")
        self.selection_hint.setWordWrap(True)
        layout.addWidget(self.selection_hint)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("Primary")
        self.edit_button.clicked.connect(self.edit_requested)
        buttons.addWidget(self.edit_button)
        layout.addLayout(buttons)
        return page

    def show_member(self, member: MemberSummary | None, selected: int = 1) -> None:
        if self.editing:
            return
        self.member = member
        self.edit_button.setEnabled(member is not None and self.services is not None)
        self.selection_hint.setText(
            fill(self.tr("%1 members selected: “Merge two members…” makes one record of two."), selected)
            if selected == 2
            else (fill(self.tr("%1 members selected."), selected) if selected > 2 else "")
        )
        if member is None:
            self.native.setText(self.tr("No member selected"))
            self.latin.setText(self.tr("Choose a row to see the member's details."))
            for label in self.fields.values():
                label.setText("")
            return
        self.native.setText(member.native_name or member.latin_name)
        self.latin.setText(member.latin_name if member.native_name else "")
        values = {
            "chapter": member.chapter_name,
            "country": member.country,
            "affiliation": member.affiliation,
            "email": member.email,
            "phone": member.phone,
            "visit": str(member.visit_year or "—"),
            "host": member.host_institution,
            "gender": word(member.gender),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")

    # -- editing --------------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form_error = QLabel()
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        layout.addWidget(self.form_error)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(4)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.country_input = QComboBox()
        self.country_input.setEditable(True)
        self.gender_input = QComboBox()
        for gender in Gender:
            self.gender_input.addItem(word(gender), gender)
        self.chapter_input = QComboBox()
        self.notes_input = QPlainTextEdit()
        self.notes_input.setFixedHeight(64)
        for key, label, widget in [
            ("latin_name", self.tr("Name (Latin)"), QLineEdit()),
            ("native_name", self.tr("Own script"), QLineEdit()),
            ("email", self.tr("E-mail"), QLineEdit()),
            ("phone", self.tr("Phone"), QLineEdit()),
            ("chapter_id", self.tr("Chapter"), self.chapter_input),
            ("country", self.tr("Country"), self.country_input),
            ("affiliation", self.tr("Affiliation"), QLineEdit()),
            ("visit_year", self.tr("SSP visit"), QLineEdit()),
            ("host_institution", self.tr("Host in Japan"), QLineEdit()),
            ("gender", self.tr("Gender"), self.gender_input),
            ("notes", self.tr("Notes"), self.notes_input),
        ]:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(1)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box_layout.addWidget(widget)
            box_layout.addWidget(error)
            form.addRow(label + ":", box)
            self.inputs[key] = widget
            self.errors[key] = error
        self._line("visit_year").setPlaceholderText(self.tr("e.g. 2019"))
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return page

    def set_services(self, services) -> None:
        self.services = services
        self.cancel_edit()

    def set_chapters(self, chapters: list) -> None:
        self._chapters = chapters

    def start_edit(self) -> None:
        if self.member is None or self.services is None:
            return
        try:
            draft = self.services.members.get_member_draft(self.member.id)
        except DomainError as error:
            self.selection_hint.setText(error_text(error))
            return
        self.chapter_input.clear()
        self.chapter_input.addItem(self.tr("No chapter"), None)
        for chapter in self._chapters:
            self.chapter_input.addItem(chapter.label, chapter.id)
        countries = sorted(
            {c.country for c in self._chapters if c.country} | ({draft.country} - {""}), key=str.casefold
        )
        self.country_input.clear()
        self.country_input.addItems(countries)
        self.fill_form(draft)
        self._clear_errors()
        self.editing = True
        self.stack.setCurrentIndex(1)
        self.editing_changed.emit(True)
        self.inputs["latin_name"].setFocus()

    def _line(self, key: str) -> QLineEdit:
        return cast(QLineEdit, self.inputs[key])  # the text fields (not chapter, country, gender, notes)

    def fill_form(self, draft: MemberDraft) -> None:
        for key in ("latin_name", "native_name", "email", "phone", "affiliation", "host_institution"):
            self._line(key).setText(getattr(draft, key))
        self._line("visit_year").setText(str(draft.visit_year or ""))
        self.country_input.setCurrentText(draft.country)
        self.gender_input.setCurrentIndex(max(0, self.gender_input.findData(draft.gender)))
        self.chapter_input.setCurrentIndex(max(0, self.chapter_input.findData(draft.chapter_id)))
        self.notes_input.setPlainText(draft.notes)

    def form_changes(self) -> dict[str, object]:
        """What the form says, as changes for MemberService.update_member (visit year still text)."""
        changes: dict[str, object] = {
            key: self._line(key).text()
            for key in ("latin_name", "native_name", "email", "phone", "affiliation", "host_institution", "visit_year")
        }
        changes["country"] = self.country_input.currentText()
        changes["gender"] = self.gender_input.currentData()
        changes["chapter_id"] = self.chapter_input.currentData()
        changes["notes"] = self.notes_input.toPlainText()
        return changes

    def save(self) -> None:
        if self.member is None or self.services is None:
            return
        self._clear_errors()
        try:
            changes = self.form_changes()
            changes["visit_year"] = parse_visit_year(str(changes["visit_year"]))
            stored = self.services.members.update_member(self.member.id, changes)
        except DomainError as error:
            self._show_error(error)
            return
        self.editing = False
        self.stack.setCurrentIndex(0)
        self.editing_changed.emit(False)
        self.show_member(stored)
        self.saved.emit(stored)

    def cancel_edit(self) -> None:
        if not self.editing:
            return
        self.editing = False
        self._clear_errors()
        self.stack.setCurrentIndex(0)
        self.editing_changed.emit(False)
        self.show_member(self.member)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.form_error.hide()

    def _show_error(self, error: DomainError) -> None:
        field = _ERROR_FIELDS.get(error.code)
        if error.code == "not_found" and error.params.get("kind") == "chapter":
            field = "chapter_id"
        label = self.errors.get(field) if field else None
        if label is None:
            label = self.form_error
        label.setText(error_text(error))
        label.show()
        if field in self.inputs:
            self.inputs[field].setFocus()


_ERROR_FIELDS = {
    "member.name_required": "latin_name",
    "member.bad_email": "email",
    "member.bad_visit_year": "visit_year",
    "member.visit_year_not_number": "visit_year",
    "member.bad_gender": "gender",
}

"""Add or edit one contest entry: code, title, category, school, abstract and authors.

Authors are typed one per line as "name in own script | Latin name" (the Latin part may be
left out when it is the same).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import AuthorDraft, ContestSummary, EntryDraft, EntryRow
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text


def parse_authors(text: str) -> tuple[AuthorDraft, ...]:
    authors = []
    for line in text.splitlines():
        own, _sep, latin = line.partition("|")
        if own.strip():
            authors.append(AuthorDraft(own.strip(), latin.strip() or own.strip()))
    return tuple(authors)


class ContestEntryDialog(QDialog):
    def __init__(
        self,
        services: ServiceSet,
        contest: ContestSummary,
        entry: EntryRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.contest = contest
        self.editing = entry
        self.entry: EntryRow | None = None
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("Add an entry"))
        self.setMinimumWidth(520)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. P-21"))
        self.title = QLineEdit()
        self.category = QComboBox()
        self.category.addItems(list(contest.categories) or [""])
        self.affiliation = QLineEdit()
        self.authors = QPlainTextEdit()
        self.authors.setPlaceholderText(self.tr("One author a line: name in own script | Latin name"))
        self.authors.setMaximumHeight(90)
        self.abstract = QPlainTextEdit()
        self.abstract.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("School or affiliation"), self.affiliation)
        form.addRow(self.tr("Authors"), self.authors)
        form.addRow(self.tr("Abstract"), self.abstract)
        self.error = lay_out_form(self, form).error
        if entry is not None:
            self.code.setText(entry.code)
            self.title.setText(entry.title)
            self.category.setCurrentText(entry.category)
            self.affiliation.setText(entry.affiliation)
            self.authors.setPlainText(
                "\n".join(
                    a.name if a.latin_name in ("", a.name) else f"{a.name} | {a.latin_name}" for a in entry.authors
                )
            )
            self.abstract.setPlainText(entry.abstract)

    def draft(self) -> EntryDraft:
        return EntryDraft(
            self.code.text(),
            self.title.text(),
            self.category.currentText(),
            "",
            self.affiliation.text(),
            self.abstract.toPlainText(),
            parse_authors(self.authors.toPlainText()),
        )

    def save(self) -> None:
        try:
            if self.editing is None:
                self.entry = self.services.contests.add_entry(self.contest.id, self.draft())
            else:
                self.entry = self.services.contests.update_entry(self.editing.id, self.draft())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()

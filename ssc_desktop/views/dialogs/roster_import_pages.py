"""The roster wizard's pages: file and chapter, column mapping, import, summary (the problems and
duplicates page is in roster_import_check_page)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QFrame,
    QProgressBar,
    QScrollArea,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from ssc_desktop.services.roster_import import (
    KEEP,
    RosterImportResult,
    RosterPreview,
    column_letter,
    left_out_columns,
)
from ssc_desktop.views.dialogs.roster_import_models import (
    ERROR_STYLE,
    ROSTER_FILTER,
    ChoiceDelegate,
    PreviewModel,
    field_labels,
    make_error_label,
    make_table,
    mapping_choices,
)
from ssc_desktop.views.labels import fill
from ssc_desktop.views.theme import AMBER

if TYPE_CHECKING:
    from ssc_desktop.views.dialogs.roster_import_wizard import RosterImportWizard


# -- the pages -------------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the roster"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file, as your chapter keeps it. Title rows "
                "above the header, Japanese column names and CSV in any common encoding are fine."
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Roster file"))
        self.path.setAccessibleName(self.tr("Roster file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.chapter = QComboBox()
        self.chapter.setEditable(True)
        assert (line_edit := self.chapter.lineEdit()) is not None  # an editable combo box
        line_edit.setPlaceholderText(self.tr("Chapter name, e.g. SSC India"))
        self.chapter.editTextChanged.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Import into chapter:"), self.chapter)
        self.error = make_error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def fill_chapters(self) -> None:
        current = self.chapter.currentText()
        self.chapter.clear()
        for chapter in self.owner.services.chapters.list_chapters():
            self.chapter.addItem(chapter.label, chapter.name)
        self.chapter.setCurrentText(current)
        if not current and self.chapter.count():
            self.chapter.setCurrentIndex(0)

    def chapter_name(self) -> str:
        typed = self.chapter.currentText().strip()
        index = self.chapter.findText(typed)
        return self.chapter.itemData(index) if index >= 0 else typed

    def browse(self) -> None:
        start = self.path.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster"), start, ROSTER_FILTER)
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and bool(self.chapter.currentText().strip())

    def validatePage(self) -> bool:
        return self.owner.load_preview(self.path.text().strip(), self.error)


class MappingPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column goes to the member field chosen in the first row. Fix any that are "
                "wrong; the mapping is remembered for files with the same headers."
            )
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.setPrefix(self.tr("Header row: "))
        self.header_row.editingFinished.connect(self._header_row_changed)
        self.sheet = QComboBox()
        self.sheet.activated.connect(self._sheet_changed)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.sheet)
        top.addWidget(self.header_row)
        self.model = PreviewModel(self)
        self.model.mapping_changed.connect(self.completeChanged)
        self.table = make_table(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.delegate = ChoiceDelegate(mapping_choices(), parent=self)
        self.table.setItemDelegateForRow(0, self.delegate)
        self.table.verticalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setRowHeight(0, 38)
        # What the mapping makes of the columns, said in words: the fields combined from several
        # columns, and every column left out, with some of its values, so nothing is dropped unseen.
        self.combined = QLabel()
        self.combined.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.RichText)
        self.left_out.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.model.mapping_changed.connect(self._describe_mapping)
        self.hidden = QLabel()
        self.hidden.setWordWrap(True)
        self.hidden.setStyleSheet(f"color: {AMBER.name()};")
        self.error = make_error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden)
        layout.addWidget(self.combined)
        left_out_area = QScrollArea()
        left_out_area.setWidget(self.left_out)
        left_out_area.setWidgetResizable(True)
        left_out_area.setFrameShape(QFrame.Shape.NoFrame)
        left_out_area.setMaximumHeight(4 * self.left_out.fontMetrics().lineSpacing() + 4)  # 4 lines, then it scrolls
        layout.addWidget(left_out_area)
        layout.addWidget(self.error)

    def _describe_mapping(self) -> None:
        preview = self.model.preview
        if preview is None:
            return
        labels = field_labels()
        mapping = self.model.mapping
        combined = []
        for name in dict.fromkeys(mapping[c] for c in sorted(mapping)):
            columns = [c for c in sorted(mapping) if mapping[c] == name]
            if len(columns) > 1 and name != KEEP:
                parts = " + ".join(preview.headers[c] or column_letter(c) for c in columns)
                combined.append(fill(self.tr("%1 ← %2"), labels.get(name, name), parts))
        kept = [preview.headers[c] or column_letter(c) for c in sorted(mapping) if mapping[c] == KEEP]
        if kept:
            combined.append(fill(self.tr("kept in the notes: %1"), ", ".join(kept)))
        self.combined.setText(fill(self.tr("Combined: %1"), "; ".join(combined)) if combined else "")
        self.combined.setVisible(bool(combined))
        left = left_out_columns(preview.headers, mapping, preview.sample, column_letter)
        if not left:
            self.left_out.setText(self.tr("Every column is imported."))
            return
        items = []
        for column in left:  # all of them: a list cut short would drop the rest unseen
            title = html.escape(column.header or fill(self.tr("column %1"), column.letter))
            samples = ", ".join(_shortened(sample) for sample in column.samples[:2])
            shown = html.escape(samples) if samples else self.tr("empty")
            items.append(f"<b>{title}</b> <span style='color:#6b7280'>({shown})</span>")
        self.left_out.setText(
            fill(
                self.tr("Not imported (%1 columns): %2. Choose “Keep in the notes” to keep one."),
                len(left),
                "; ".join(items),
            )
        )

    def show_preview(self, preview: RosterPreview) -> None:
        self.model.set_preview(preview)
        for column in range(self.model.columnCount()):
            self.table.openPersistentEditor(self.model.index(0, column))
            self.table.setColumnWidth(column, 170)
        self.header_row.blockSignals(True)
        self.header_row.setValue(preview.header_row)
        self.header_row.blockSignals(False)
        self.sheet.clear()
        for name in preview.sheets:
            self.sheet.addItem(fill(self.tr("Sheet: %1"), name), name)
        self.sheet.setCurrentIndex(max(self.sheet.findData(preview.sheet), 0))
        self.sheet.setVisible(len(preview.sheets) > 1)
        details = [fill(self.tr("<b>%1</b>"), preview.file)]
        if preview.kind != "csv":
            details.append(fill(self.tr("sheet %1"), preview.sheet))
        else:
            separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("bar")}
            details.append(
                fill(
                    self.tr("%1, separated by %2"),
                    preview.encoding,
                    separator.get(preview.delimiter, preview.delimiter),
                )
            )
        details.append(fill(self.tr("headers on row %1"), preview.header_row))
        if preview.mapping_saved:
            details.append(self.tr("<span style='color:#1b7f3b'>mapping remembered from an earlier import</span>"))
        self.info.setText(" · ".join(details))
        if preview.hidden_characters:
            shown = "; ".join(preview.hidden_characters[:5]) + ("; …" if len(preview.hidden_characters) > 5 else "")
            self.hidden.setText(
                fill(
                    self.tr(
                        "Hidden characters that can change how a name shows will be taken out "
                        "(ZWJ and ZWNJ, which are spelling, are kept): %1"
                    ),
                    shown,
                )
            )
        self.hidden.setVisible(bool(preview.hidden_characters))
        self._describe_mapping()
        self.error.hide()
        self.completeChanged.emit()

    def _header_row_changed(self) -> None:
        preview = self.model.preview
        if preview is None:
            return
        sheet = self.sheet.currentData() or preview.sheet
        if self.header_row.value() == preview.header_row and sheet == preview.sheet:
            return
        self.owner.load_preview(preview.path, self.error, header_row=self.header_row.value(), sheet=sheet)

    def _sheet_changed(self, _index: int) -> None:
        preview = self.model.preview
        if preview is not None and self.sheet.currentData() != preview.sheet:
            self.owner.load_preview(preview.path, self.error, sheet=self.sheet.currentData())

    def isComplete(self) -> bool:
        return bool({"latin_name", "native_name", "given_name", "family_name"} & set(self.model.mapping.values()))


class ImportPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.done = False
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("All rows are written in one go: if the import stops or is cancelled, nothing changes.")
        )
        self.status = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(wizard.cancel_task)
        self.error = make_error_label()
        self.start_over = QPushButton(self.tr("Start over"))
        self.start_over.clicked.connect(wizard.restart)
        self.start_over.hide()
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        again = QHBoxLayout()
        again.addWidget(self.start_over)
        again.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(again)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.error.hide()
        self.start_over.hide()
        self.progress.show()
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the roster…"))
        self.cancel_button.setEnabled(True)
        self.owner.run_import(self)

    def show_progress(self, done: int, total: int, phase: str) -> None:
        if phase == "write":
            self.status.setText(fill(self.tr("Writing members: %1 of %2"), f"{done:,}", f"{total:,}"))
        else:
            self.status.setText(fill(self.tr("Reading rows: %1"), f"{done:,}"))
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def show_stopped(self, message: str, failed: bool = True) -> None:
        self.cancel_button.hide()
        self.progress.hide()
        self.status.setText("")
        self.error.setStyleSheet(ERROR_STYLE if failed else "")
        self.error.setText(message)
        self.error.show()
        self.start_over.show()

    def isComplete(self) -> bool:
        return self.done


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Roster imported"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_result(self, result: RosterImportResult) -> None:
        lines = [
            fill(self.tr("<p><b>%1</b> imported into <b>%2</b>.</p>"), result.file, result.chapter),
            "<table cellpadding='4'>",
            fill(self.tr("<tr><td>Members added</td><td align='right'><b>%1</b></td></tr>"), result.added),
            fill(self.tr("<tr><td>Members updated</td><td align='right'><b>%1</b></td></tr>"), result.updated),
            fill(
                self.tr("<tr><td>Duplicates skipped</td><td align='right'><b>%1</b></td></tr>"),
                result.skipped - result.excluded,
            ),
            fill(self.tr("<tr><td>Rows left out by you</td><td align='right'><b>%1</b></td></tr>"), result.excluded),
            fill(self.tr("<tr><td>Rows corrected here</td><td align='right'><b>%1</b></td></tr>"), result.corrected),
            fill(
                self.tr("<tr><td>Rows left out for errors</td><td align='right'><b>%1</b></td></tr>"), result.rejected
            ),
            "</table>",
        ]
        self.text.setText("".join(lines))


# -- the wizard -----------------------------------------------------------------------------------


def _shortened(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

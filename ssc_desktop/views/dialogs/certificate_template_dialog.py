"""Edits a certificate template, with a live preview of the real PDF page.

The preview is the certificate renderer's own output for a sample recipient, drawn off the
GUI thread and shown with QtPdf, so what the coordinator sees is what prints.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import CertificateKind
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.certificates import (
    KIND_TITLES,
    PLACEHOLDERS,
    CertificatePlan,
    Recipient,
    TemplateDraft,
    TemplateInfo,
)
from ssc_desktop.services.events import EventSummary
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.task_runner import TaskRunner

SAMPLE = Recipient(
    "sample", "आदित्य गुप्ता", "Aditya Gupta", "for organizing the 3rd India reunion", number="SSC-2026-SAMPLE-000001"
)
PREVIEW_WIDTH = 520
_PREVIEW_DELAY_MS = 350  # typing pauses this long before the preview is drawn again


def render_first_page(pdf: bytes, width: int) -> QImage:
    """Page 1 of a PDF as an image width pixels wide (QtPdf)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.pageCount() < 1:
        return QImage()
    page = document.pagePointSize(0)
    height = round(width * page.height() / max(page.width(), 1))
    image = document.render(0, QSize(width, height))
    document.close()
    return image


class CertificateTemplateDialog(QDialog):
    """After exec() returns Accepted, `saved` holds the stored template."""

    def __init__(
        self,
        services: ServiceSet,
        tasks: TaskRunner,
        event: EventSummary | None,
        template: TemplateInfo | None = None,
        kind: CertificateKind = CertificateKind.CONTRIBUTION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.target = event
        self.template_id = template.id if template is not None else None
        self.kind = template.kind if template is not None else kind
        self.saved: TemplateInfo | None = None
        self.previews = 0  # how many previews were drawn (tests wait on it)
        self._images: dict[str, bytes | None] = {
            "logo": template.logo if template else None,
            "signatory_1_image": template.signatory_1_image if template else None,
            "signatory_2_image": template.signatory_2_image if template else None,
        }
        self.setWindowTitle(self.tr("Certificate template"))
        self.resize(1080, 640)

        form = QFormLayout()
        self.name = QLineEdit(template.name if template else "")
        self.title = QLineEdit(template.title if template else KIND_TITLES[self.kind])
        self.wording = QPlainTextEdit(template.wording if template else "")
        self.wording.setFixedHeight(90)
        self.landscape = QCheckBox(self.tr("Landscape (A4 across)"))
        self.landscape.setChecked(template.landscape if template else True)
        self.accent = QLineEdit(template.accent if template else "#b4235a")
        self.accent.setAccessibleName(self.tr("Accent colour"))
        colour_button = QPushButton(self.tr("Choose…"))
        colour_button.clicked.connect(self.choose_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.accent, 1)
        colour_row.addWidget(colour_button)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(template.min_online_minutes if template else 0)
        self.minutes.setToolTip(
            self.tr("Participation: joining online counts from this many minutes (0: only on site)")
        )
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Wording:"), self.wording)
        form.addRow("", _hint(fill(self.tr("Placeholders: %1"), " ".join("{" + p + "}" for p in PLACEHOLDERS))))
        form.addRow(self.tr("Page:"), self.landscape)
        form.addRow(self.tr("Accent colour:"), colour_row)
        if self.kind is CertificateKind.PARTICIPATION:
            form.addRow(self.tr("Online counts from:"), self.minutes)
        else:
            self.minutes.setParent(self)  # not asked for this kind: goes with the dialog, never shown
            self.minutes.hide()

        signatories = QGridLayout()
        self.signatory_names = [
            QLineEdit(template.signatory_1_name if template else ""),
            QLineEdit(template.signatory_2_name if template else ""),
        ]
        self.signatory_titles = [
            QLineEdit(template.signatory_1_title if template else ""),
            QLineEdit(template.signatory_2_title if template else ""),
        ]
        for number in range(2):
            self.signatory_names[number].setPlaceholderText(fill(self.tr("Signatory %1: name"), number + 1))
            self.signatory_names[number].setAccessibleName(fill(self.tr("Signatory %1: name"), number + 1))
            self.signatory_titles[number].setPlaceholderText(self.tr("title, e.g. Chapter president"))
            self.signatory_titles[number].setAccessibleName(fill(self.tr("Signatory %1: title"), number + 1))
            picture = QPushButton(self.tr("Signature image…"))
            picture.clicked.connect(lambda _c=False, key=f"signatory_{number + 1}_image": self.choose_image(key))
            signatories.addWidget(self.signatory_names[number], number, 0)
            signatories.addWidget(self.signatory_titles[number], number, 1)
            signatories.addWidget(picture, number, 2)
        logo = QPushButton(self.tr("Chapter logo…"))
        logo.clicked.connect(lambda: self.choose_image("logo"))
        clear = QPushButton(self.tr("Remove pictures"))
        clear.clicked.connect(self.clear_images)
        pictures = QHBoxLayout()
        pictures.addWidget(logo)
        pictures.addWidget(clear)
        pictures.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(_hint(self.tr("Signatories (up to two):")))
        left.addLayout(signatories)
        left.addLayout(pictures)
        left.addStretch(1)

        self.preview = QLabel(self.tr("Drawing the preview…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 0.72))
        self.preview.setStyleSheet("background: #e9e4e6; border-radius: 6px;")
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(_hint(self.tr("Preview with a sample name; the real certificates use each person's.")))

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        self.problem = lay_out_form(self, body, stretch=1).error

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for line in (self.name, self.title, self.accent, *self.signatory_names, *self.signatory_titles):
            line.textChanged.connect(self._timer.start)
        self.wording.textChanged.connect(self._timer.start)
        self.landscape.toggled.connect(self._timer.start)
        self.refresh_preview()

    # -- editing -------------------------------------------------------------------------------
    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            name=self.name.text(),
            kind=self.kind,
            title=self.title.text(),
            wording=self.wording.toPlainText(),
            landscape=self.landscape.isChecked(),
            accent=self.accent.text(),
            signatory_1_name=self.signatory_names[0].text(),
            signatory_1_title=self.signatory_titles[0].text(),
            signatory_1_image=self._images["signatory_1_image"],
            signatory_2_name=self.signatory_names[1].text(),
            signatory_2_title=self.signatory_titles[1].text(),
            signatory_2_image=self._images["signatory_2_image"],
            logo=self._images["logo"],
            min_online_minutes=self.minutes.value(),
        )

    def choose_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.accent.text()), self, self.tr("Accent colour"))
        if colour.isValid():
            self.accent.setText(colour.name())

    def choose_image(self, key: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), str(Path.home()), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_image(key, Path(path).read_bytes())

    def set_image(self, key: str, data: bytes | None) -> None:
        self._images[key] = data
        self._timer.start()

    def clear_images(self) -> None:
        for key in self._images:
            self._images[key] = None
        self._timer.start()

    # -- preview -------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Draws the sample certificate off the GUI thread and shows it when done."""
        if self.target is None:
            self.preview.setText(self.tr("Choose an event to see a preview."))
            return
        draft = self.draft()
        template = TemplateInfo(
            **{
                **{f: getattr(draft, f) for f in TemplateDraft.__dataclass_fields__},
                "name": draft.name or "preview",
                "title": draft.title or " ",
                "accent": draft.accent if _is_colour(draft.accent) else "#b4235a",
            }
        )
        plan = CertificatePlan(self.target, self.kind, template, (SAMPLE,), ())

        exports = self.services.exports

        def work(_progress, _cancel: threading.Event) -> bytes:
            with tempfile.TemporaryDirectory() as folder:
                return exports.certificate_preview(plan, folder)

        self.tasks.start(
            work,
            on_success=self._show_preview,
            on_failure=lambda error, _trace: self.preview.setText(error_text(error)),
            owner=self,
        )

    def _show_preview(self, pdf: bytes) -> None:
        image = render_first_page(pdf, PREVIEW_WIDTH)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.previews += 1

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            self.saved = self.services.certificates.save_template(self.draft(), self.template_id)
        except DomainError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        self.accept()


def _is_colour(text: str) -> bool:
    return len(text) == 7 and text.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in text[1:])


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageHint")
    label.setWordWrap(True)
    return label

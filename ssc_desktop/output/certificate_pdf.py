"""Certificates as PDF: one page each, from a template, names in their own script.

A double border in the template's accent colour, the chapter logo (or the club's name) on
top, the title, the name in the person's own script with the Latin name beneath, the
template's wording, up to two signatories with their signature images, and the
certificate's number with its QR in the corner. All in one PDF, or one PDF per person
named after them. Text goes through output.text_drawing (embedded fonts, shaping).
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ssc_desktop.errors import DomainError
from ssc_desktop import undrawn
from ssc_desktop.output import atomic_export, ensure_folder
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.qr import LONG_TEXT_MAX_VERSION, draw_qr
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.services.certificates import CertificatePlan, Recipient, TemplateInfo, fill_wording
from ssc_desktop.services.events import EventSummary

_INK = colors.HexColor("#2b1020")
_GREY = colors.HexColor("#5f5a5c")
_FORBIDDEN_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def page_size(template: TemplateInfo) -> tuple[float, float]:
    return landscape(A4) if template.landscape else A4


def wording_values(event: EventSummary, recipient: Recipient, words: PrintedWords = ENGLISH) -> dict[str, str]:
    """What a template's {fields} are filled with: the people's and event's own text as typed, the
    day and "online" in words' language."""
    return {
        "name": recipient.latin_name,
        "event": event.title,
        "date": words.date(event.local_start),
        "place": event.venue or words.text("online"),
        "reason": recipient.reason,
        "chapter": event.chapter_name,
    }


class _Images:
    """The template's pictures, read once for the whole batch."""

    def __init__(self, template: TemplateInfo) -> None:
        self.logo = _image(template.logo)
        self.signatures = (_image(template.signatory_1_image), _image(template.signatory_2_image))


def _image(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a broken picture leaves a gap, it does not stop the batch
        return None


def draw_certificate(
    canvas: Canvas,
    template: TemplateInfo,
    event: EventSummary,
    recipient: Recipient,
    images: _Images | None = None,
    words: PrintedWords = ENGLISH,
) -> None:
    """Draws one certificate on the canvas's current page: the template's title and wording as the
    coordinator typed them, the app's own words in words' language."""
    images = images or _Images(template)
    width, height = page_size(template)
    accent = colors.HexColor(template.accent)
    centre = width / 2
    canvas.saveState()
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(15.5 * mm, 15.5 * mm, width - 31 * mm, height - 31 * mm)
    for x, y in (
        (12 * mm, 12 * mm),
        (width - 12 * mm, 12 * mm),
        (12 * mm, height - 12 * mm),
        (width - 12 * mm, height - 12 * mm),
    ):
        canvas.setFillColor(accent)
        canvas.circle(x, y, 2.2 * mm, stroke=0, fill=1)
    canvas.restoreState()

    top = height - 24 * mm
    if images.logo is not None:
        logo_height = 20 * mm
        logo_width, logo_h = images.logo.getSize()
        shown_width = logo_height * logo_width / max(logo_h, 1)
        canvas.drawImage(
            images.logo, centre - shown_width / 2, top - logo_height, shown_width, logo_height, mask="auto"
        )
        top -= logo_height + 6 * mm
    else:
        canvas.setFillColor(accent)
        td.draw_text(
            canvas,
            "SAKURA SCIENCE CLUB · " + event.chapter_name.upper(),
            centre,
            top - 6 * mm,
            10,
            bold=True,
            align="centre",
        )
        top -= 14 * mm
    inner = width - 60 * mm
    canvas.setFillColor(_INK)
    title = td.fit_to_width(template.title, inner, 34 if template.landscape else 28, min_size=16, bold=True)
    td.draw_fitted(canvas, title, centre, top - title.size, align="centre")
    top -= title.size + 12 * mm
    canvas.setFillColor(_GREY)
    presented = td.fit_to_width(words.text("This certificate is presented to"), inner, 12, min_size=8)
    td.draw_fitted(canvas, presented, centre, top, align="centre")
    top -= 16 * mm

    canvas.setFillColor(accent)
    name = td.fit_to_width(recipient.name, inner * 0.85, 40, min_size=16, bold=True)
    td.draw_fitted(canvas, name, centre, top - 4, align="centre")
    top -= name.size * 0.45 + 8 * mm
    if recipient.latin_name and recipient.latin_name != recipient.name:
        canvas.setFillColor(_INK)
        latin = td.fit_to_width(recipient.latin_name, inner * 0.85, 17, min_size=10)
        td.draw_fitted(canvas, latin, centre, top, align="centre")
        top -= 7 * mm
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(0.8)
    canvas.line(centre - 35 * mm, top, centre + 35 * mm, top)
    top -= 6 * mm

    style = ParagraphStyle(
        "certificate-wording",
        parent=td.styles(13)["centred"],
        fontSize=13,
        leading=18,
        alignment=TA_CENTER,
        textColor=_INK,
    )
    wording = td.paragraph(fill_wording(template.wording, wording_values(event, recipient, words)), style)
    _w, wording_height = wording.wrapOn(canvas, inner * 0.8, 60 * mm)
    wording.drawOn(canvas, centre - inner * 0.4, top - wording_height)

    _draw_signatories(canvas, template, images, width)
    _draw_number(canvas, recipient.number, recipient.statement, width)


def _draw_signatories(canvas: Canvas, template: TemplateInfo, images: _Images, width: float) -> None:
    people = [
        (template.signatory_1_name, template.signatory_1_title, images.signatures[0]),
        (template.signatory_2_name, template.signatory_2_title, images.signatures[1]),
    ]
    people = [p for p in people if p[0] or p[1] or p[2] is not None]
    if not people:
        return
    baseline = 40 * mm
    slots = [width / 2] if len(people) == 1 else [width * 0.3, width * 0.62]
    for x, (name, title, signature) in zip(slots, people, strict=True):
        if signature is not None:
            image_width, image_height = signature.getSize()
            shown_height = 14 * mm
            shown_width = min(55 * mm, shown_height * image_width / max(image_height, 1))
            canvas.drawImage(
                signature, x - shown_width / 2, baseline + 1.5 * mm, shown_width, shown_height, mask="auto"
            )
        canvas.setStrokeColor(_GREY)
        canvas.setLineWidth(0.6)
        canvas.line(x - 30 * mm, baseline, x + 30 * mm, baseline)
        canvas.setFillColor(_INK)
        if name:
            td.draw_fitted(
                canvas,
                td.fit_to_width(name, 62 * mm, 10.5, min_size=7, bold=True),
                x,
                baseline - 5 * mm,
                align="centre",
            )
        if title:
            canvas.setFillColor(_GREY)
            td.draw_fitted(
                canvas, td.fit_to_width(title, 62 * mm, 9, min_size=6), x, baseline - 9.5 * mm, align="centre"
            )


def _draw_number(canvas: Canvas, number: str, statement: str, width: float) -> None:
    if not number:
        return
    # The signed statement needs a denser code than a bare number: a little larger, so a
    # phone still reads it from a print. Portrait pages keep it narrower, clear of the
    # second signatory's line; landscape ones keep it clear of the inner frame.
    landscape = width > 250 * mm
    size = (30 if landscape else 26) * mm
    x = width - (27 if landscape else 22) * mm - size
    draw_qr(canvas, statement or number, x, 21 * mm, size, max_version=LONG_TEXT_MAX_VERSION)
    canvas.setFillColor(_GREY)
    td.draw_text(canvas, number, x + size / 2, 18.5 * mm, 7.5, align="centre")


def write_certificates_pdf(
    plan: CertificatePlan,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    warnings: list[DomainError] | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """Every certificate of the plan in one PDF (via a temporary file renamed at the end), the
    app's own words in words' language.

    Each character no bundled font can draw is added to warnings (pdf.undrawable_character).
    """
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise DomainError("certificate.not_pdf", path=str(target))
    td.register_fonts()
    images = _Images(plan.template)
    total = len(plan.recipients)
    with undrawn.collect() as found, atomic_export(target, cancel) as temporary:
        canvas = _canvas(temporary, plan)
        for done, recipient in enumerate(plan.recipients):
            check_cancel(cancel)
            report(progress, done, total, recipient.latin_name)
            draw_certificate(canvas, plan.template, plan.event, recipient, images, words)
            canvas.showPage()
        canvas.save()
        check_cancel(cancel)
    if warnings is not None:
        warnings.extend(undrawn.warnings(found))
    report(progress, total, total, "")
    return target


def write_certificates_per_person(
    plan: CertificatePlan,
    folder: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    warnings: list[DomainError] | None = None,
    words: PrintedWords = ENGLISH,
) -> list[Path]:
    """One PDF per person in folder, named after them (the app's own words in words' language); a
    cancelled run removes what it wrote.

    Each character no bundled font can draw is added to warnings (pdf.undrawable_character).
    """
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise DomainError("certificate.not_a_folder", path=str(target))
    ensure_folder(target)
    td.register_fonts()
    images = _Images(plan.template)
    written: list[Path] = []
    names = person_file_names(plan.recipients)
    try:
        with undrawn.collect() as found:
            _write_each(plan, target, names, images, written, progress, cancel, words)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    if warnings is not None:
        warnings.extend(undrawn.warnings(found))
    report(progress, len(names), len(names), "")
    return written


def _write_each(
    plan: CertificatePlan,
    target: Path,
    names: list[str],
    images: _Images,
    written: list[Path],
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    words: PrintedWords,
) -> None:
    for done, (recipient, name) in enumerate(zip(plan.recipients, names, strict=True)):
        check_cancel(cancel)
        report(progress, done, len(names), recipient.latin_name)
        path = target / name
        with atomic_export(path) as temporary:
            canvas = _canvas(temporary, plan, recipient)
            draw_certificate(canvas, plan.template, plan.event, recipient, images, words)
            canvas.showPage()
            canvas.save()
        written.append(path)


def person_file_names(recipients: Sequence[Recipient]) -> list[str]:
    """ "<Latin name> - <number>.pdf", safe on Windows, macOS and Linux, in any script."""
    names = []
    for recipient in recipients:
        person = _FORBIDDEN_IN_FILE_NAMES.sub("_", recipient.latin_name or recipient.name).strip(" .") or "certificate"
        names.append(f"{person[:80]} - {recipient.number or recipient.subject.replace(':', '-')}.pdf")
    return names


def _canvas(path: Path, plan: CertificatePlan, recipient: Recipient | None = None) -> Canvas:
    canvas = Canvas(str(path), pagesize=page_size(plan.template), initialFontName=td.font_name(td.LATIN))
    canvas.setTitle(f"{plan.template.title} — {recipient.latin_name if recipient else plan.event.title}")
    canvas.setAuthor("SSC Desktop")
    canvas.setSubject(plan.event.title)
    return canvas

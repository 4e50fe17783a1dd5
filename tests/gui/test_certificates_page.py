"""The Certificates page on the demo reunion: contributors, who gets one and who is left out,
writing off the GUI thread, verifying a number, and the template editor's live preview."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssc_desktop.models import CertificateKind


@pytest.fixture
def page(qtbot, context, tasks, qtmodeltester):
    from ssc_desktop.views.pages.certificates_page import CertificatesPage

    widget = CertificatesPage(tasks)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_services(context.services)
    widget.set_event(next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion"))
    qtmodeltester.check(widget.contributors)
    return widget


def choose_kind(page, kind: CertificateKind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind.value))


def test_contributor_added_from_the_dialog_gets_a_certificate(
    page, qtbot, context, monkeypatch, tmp_path: Path
) -> None:
    from ssc_desktop.views.dialogs.contributor_dialog import ContributorDialog

    before = page.contributors.rowCount()

    def pick(dialog: ContributorDialog) -> int:
        dialog.search.setText("sharma")
        dialog.table.selectRow(0)
        dialog.reason.setText("for leading the registration desk")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ContributorDialog, "exec", pick)
    page.add_contributor()
    assert page.contributors.rowCount() == before + 1
    choose_kind(page, CertificateKind.CONTRIBUTION)
    assert page.plan is not None and len(page.plan.recipients) == before + 1
    target = tmp_path / "thanks.pdf"
    page.write(target)
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF") and "Wrote" in page.result_label.text()
    numbers = [c.number for c in context.services.certificates.list_issued(page.current_event.id)]
    assert page.issued.rowCount() == len(numbers) == before + 1
    page.verify_input.setText(numbers[0])
    assert page.verify() is not None and page.verify_result.text().startswith("✓ Genuine")
    page.verify_input.setText("SSC-2026-FAKE-000001")
    assert page.verify() is None and page.verify_result.text().startswith("✗")


def test_participation_says_who_is_left_out(page, context) -> None:
    from ssc_desktop.models import RegistrationStatus

    choose_kind(page, CertificateKind.PARTICIPATION)
    minimum = page.plan.template.min_online_minutes
    registered = [
        r
        for r in context.services.attendance.sheet(page.current_event.id).rows
        if r.status == RegistrationStatus.REGISTERED
    ]
    came = [r for r in registered if r.arrived_at is not None or r.online_minutes >= minimum]
    assert len(page.plan.recipients) == len(came) and page.left_out.count() == len(registered) - len(came)
    texts = [page.left_out.item(i).text() for i in range(page.left_out.count())]
    assert any("did not check in" in text for text in texts)
    assert any(f"fewer than {minimum}" in text for text in texts)  # online, but not long enough


def test_awards_come_from_the_contests(page, qtbot, tmp_path: Path) -> None:
    choose_kind(page, CertificateKind.AWARD)
    assert page.plan.recipients, page.plan_label.text()
    page.per_person.setChecked(True)
    page.write(tmp_path / "awards")
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    written = sorted((tmp_path / "awards").glob("*.pdf"))
    assert len(written) == len(page.plan.recipients)


def test_template_editor_previews_and_saves(page, qtbot, tasks, context) -> None:
    from ssc_desktop.views.dialogs.certificate_template_dialog import CertificateTemplateDialog

    template = context.services.certificates.default_template(CertificateKind.CONTRIBUTION)
    dialog = CertificateTemplateDialog(context.services, tasks, page.current_event, template)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.previews >= 1, timeout=20000)
    assert not dialog.preview.pixmap().isNull() and dialog.preview.pixmap().width() > 400
    dialog.title.setText("Certificate of Appreciation")
    dialog.signatory_names[0].setText("Dr. Meera Nair")
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.previews >= 2, timeout=20000)
    dialog.wording.setPlainText("for {reasons}")
    dialog.save()
    assert dialog.saved is None and "{reasons}" in dialog.problem.text()
    dialog.wording.setPlainText("is thanked {reason} at the {event}.")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.title == "Certificate of Appreciation"
    assert context.services.certificates.get_template(template.id).signatory_1_name == "Dr. Meera Nair"


def test_screenshot(page, qtbot) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert not page.grab().isNull()


def test_verify_box_takes_a_number_a_pasted_qr_text_or_the_webcam(page, qtbot, context) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from ssc_desktop.output.qr import LONG_TEXT_MAX_VERSION, qr_png

    service = context.services.certificates
    plan = service.issue(service.plan(page.current_event.id, CertificateKind.PARTICIPATION))
    recipient = plan.recipients[0]
    # A pasted QR text keeps its seven lines, and Enter verifies it.
    page.verify_input.setFocus()
    page.verify_input.setText(recipient.statement)
    qtbot.keyClick(page.verify_input, Qt.Key.Key_Return)
    assert page.verify_result.text().startswith(
        f"✓ Genuine, signature checked: Participation certificate for {recipient.latin_name}"
    )
    page.verify_input.setText(recipient.statement.replace(recipient.name, recipient.name + "x", 1))
    assert page.verify() is None and "NOT genuine" in page.verify_result.text()
    # A neighbour's number (the check part no longer fits) is refused in words.
    base = recipient.number.rsplit("-", 1)[0]
    neighbour = f"{base[:-6]}{int(base[-6:]) + 1:06d}-{recipient.number.rsplit('-', 1)[1]}"
    page.verify_input.setText(neighbour)
    assert page.verify() is None and "not a genuine certificate number" in page.verify_result.text()
    # The webcam: this machine has none, so a frame of the printed QR is fed to the scanner.
    dialog = page.verify_box.scan()
    assert "Type the certificate's number" in dialog.camera.message.text()  # no camera offscreen
    image = QImage.fromData(qr_png(recipient.statement, module_pixels=4, max_version=LONG_TEXT_MAX_VERSION))
    dialog.camera.feed_frame(image.convertToFormat(QImage.Format.Format_RGB32))
    qtbot.waitUntil(lambda: page.verify_result.text().startswith("✓ Genuine") and not dialog.isVisible(), timeout=5000)
    assert page.verify_input.text() == recipient.statement
    page.verify_input.setText("")
    page.verify_result.setText("")
    page.show()
    page.resize(1366, 768)
    page.verify_input.setText(recipient.statement)
    page.verify()
    import os
    import tempfile

    # $SSC_SCREENSHOTS=docs refreshes the README's picture; otherwise it goes to /tmp.
    page.grab().save(str(Path(os.environ.get("SSC_SCREENSHOTS") or tempfile.gettempdir()) / "certificates-verify.png"))

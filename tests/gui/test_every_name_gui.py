"""Every name shows and prints, seen from the GUI: the bundled fonts are Qt's too (a laptop without
a Tamil or Khmer font still shows the name), and a character no bundled font can draw is told
with the name where badges and sign-in sheets are written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette, QRawFont
from PySide6.QtWidgets import QApplication, QLabel

from ssc_desktop.services.members import MemberDraft
from ssc_desktop.views import theme
from ssc_desktop.views.dialogs.badges_dialog import BadgesDialog
from ssc_desktop.views.task_runner import TaskRunner

SAMPLES = {
    "Noto Sans Tamil": "த",
    "Noto Sans Telugu": "తె",
    "Noto Sans Kannada": "ಕ",
    "Noto Sans Malayalam": "മ",
    "Noto Sans Gujarati": "ગ",
    "Noto Sans Gurmukhi": "ਗ",
    "Noto Sans Oriya": "ଓ",
    "Noto Sans Khmer": "ស",
    "Noto Sans Lao": "ສ",
    "Noto Sans Arabic": "م",
    "Noto Sans Hebrew": "ד",
    "HanaMinB": "\U00020bb7",
}
EMOJI = "Zara \U0001f9ff Khan"


def test_bundled_fonts_are_registered_with_qt(qtbot) -> None:
    theme.apply_theme(QApplication.instance())
    # HanaMinB (31 MB) comes a moment after start-up; the others at once.
    assert all(family in theme.bundled_families for family in SAMPLES if family != "HanaMinB")
    qtbot.waitUntil(lambda: "HanaMinB" in theme.bundled_families, timeout=5000)
    for family, sample in SAMPLES.items():
        assert family in theme.UI_FONT_FAMILIES
        assert QRawFont.fromFont(QFont(family)).supportsCharacter(ord(sample[0])), family
    label = QLabel("தமிழ்செல்வி · محمد عبد الله · דוד כהן · 𠮷田 花子 · សុខ ចាន់ថា")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    label.grab().save(str(Path("/tmp") / "every_name_label.png"))


@pytest.fixture
def zara(context):
    """Zara, registered (not waitlisted) for a demo event with places left."""
    from ssc_desktop.models import RegistrationStatus

    member = context.services.members.add_member(MemberDraft(latin_name=EMOJI, email="zara@example.org"))
    for event in context.services.events.list_events():
        registration = context.services.registrations.register(event.id, member.id)
        if registration.status == RegistrationStatus.REGISTERED:
            return event, registration.id
    raise AssertionError("no demo event has a place left")


def test_badges_dialog_tells_the_name_and_the_character(qtbot, context, zara, tmp_path: Path) -> None:
    reunion, registration_id = zara
    tasks = TaskRunner()
    dialog = BadgesDialog(context.services, reunion, tasks, selected_ids=[registration_id])
    qtbot.addWidget(dialog)
    dialog.output.setText(str(tmp_path / "zara.pdf"))
    with qtbot.waitSignal(dialog.written, timeout=30000):
        dialog.run_button.click()
    text = dialog.result_label.text()
    assert "Wrote 1 badges" in text
    # The name as a bidi isolate (FSI … PDI), so a right-to-left name leaves the sentence in order.
    assert (
        "\u201c\u2068Zara \U0001f9ff Khan\u2069\u201d has U+1F9FF \u2039\U0001f9ff\u203a, which no bundled font can draw"
        in text
    )
    tasks.wait_for_all(10000)


def test_exports_page_tells_it_beside_the_sign_in_sheet(qtbot, context, zara, tmp_path: Path) -> None:
    from ssc_desktop.views.pages.exports_page import ExportsPage
    from ssc_desktop.views.theme import AMBER

    reunion, _registration_id = zara
    tasks = TaskRunner()
    page = ExportsPage(tasks)
    qtbot.addWidget(page)
    page.set_services(context.services)
    page.set_event(reunion)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    page.export_signin(tmp_path / "signin.pdf")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    text = page.result_label.text()
    assert "Wrote the sign-in sheet" in text and "U+1F9FF" in text and EMOJI in text
    assert shown_colour(page.result_label) == AMBER.name()  # not the green of a plain success
    assert (tmp_path / "signin.pdf").read_bytes().startswith(b"%PDF")
    tasks.wait_for_all(10000)


def test_walk_in_badge_says_it_in_the_status_bar(main_window, demo_copy, qtbot, monkeypatch) -> None:
    from ssc_desktop.views import door

    opened = []
    monkeypatch.setattr(door.QDesktopServices, "openUrl", lambda url: opened.append(url))
    assert main_window.open_database(demo_copy)
    services = main_window.context.services
    event = main_window.current_event()
    member = services.members.add_member(MemberDraft(latin_name=EMOJI, email="zara@example.org"))
    registration = services.registrations.register(event.id, member.id)
    main_window.print_walk_in_badge(registration.id)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Badge ready to print:") and "U+1F9FF" in message and EMOJI in message


def test_certificates_page_tells_it_beside_the_certificates(qtbot, context, zara, tmp_path: Path) -> None:
    from ssc_desktop.models import CertificateKind
    from ssc_desktop.views.pages.certificates_page import CertificatesPage
    from ssc_desktop.views.theme import AMBER

    event, registration_id = zara
    context.services.certificates.set_contributor(registration_id, "for the posters")
    tasks = TaskRunner()
    page = CertificatesPage(tasks)
    qtbot.addWidget(page)
    page.set_services(context.services)
    page.set_event(event)
    page.kind.setCurrentIndex(page.kind.findData(CertificateKind.CONTRIBUTION.value))
    assert page.plan is not None and EMOJI in [r.latin_name for r in page.plan.recipients]
    page.write(tmp_path / "thanks.pdf")
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    text = page.result_label.text()
    assert "Wrote" in text and f"\u201c\u2068{EMOJI}\u2069\u201d has U+1F9FF" in text
    assert shown_colour(page.result_label) == AMBER.name()
    tasks.wait_for_all(10000)


def shown_colour(label: QLabel) -> str:
    """The colour the label's text is drawn in, as the app's stylesheet gives it."""
    return label.palette().color(QPalette.ColorRole.WindowText).name()

"""The badges-and-tickets dialog and the e-mail settings dialog, on the demo reunion."""

from __future__ import annotations

import email
import socket
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from ssc_desktop import app as app_module
from ssc_desktop.models import RegistrationRole
from ssc_desktop.services.mail import SmtpSettings
from ssc_desktop.views.dialogs.badges_dialog import EMAIL, TICKETS, BadgesDialog
from ssc_desktop.views.dialogs.smtp_settings_dialog import SmtpSettingsDialog


class _Inbox:
    def __init__(self) -> None:
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            (list(envelope.rcpt_tos), email.message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 OK"


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def demo(demo_copy):
    context = app_module.compose(demo_copy)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def reunion(demo):
    return max(demo.services.events.list_events(), key=lambda e: e.registered)


def _wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)


def test_badges_for_one_role_written_from_the_dialog(qtbot, demo, reunion, tasks, tmp_path) -> None:
    dialog = BadgesDialog(demo.services, reunion, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.everyone.isChecked() and not dialog.chosen.isEnabled()
    target = tmp_path / "speakers.pdf"
    dialog.output.setText(str(target))
    dialog.by_role.setChecked(True)
    dialog.role.setCurrentIndex(dialog.role.findData(RegistrationRole.SPEAKER))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("2x5"))
    dialog.cut_marks.setChecked(True)
    with qtbot.waitSignal(dialog.written, timeout=30000) as signal:
        dialog.run_button.click()
    assert signal.args == [str(target)]
    speakers = demo.services.badges.badges(reunion.id, roles={RegistrationRole.SPEAKER}).badges
    assert dialog.last_result.badges == len(speakers) > 0 and dialog.last_result.layout == "2x5"
    assert target.read_bytes().startswith(b"%PDF")
    assert str(len(speakers)) in dialog.result_label.text()
    dialog.grab().save(str(Path("/tmp") / "badges_dialog.png"))


def test_cancel_leaves_no_badges_file(qtbot, demo, reunion, tasks, tmp_path) -> None:
    dialog = BadgesDialog(demo.services, reunion, tasks)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.pdf"
    dialog.output.setText(str(target))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("1x1"))
    handle = dialog.start()
    assert handle is not None and not dialog.run_button.isEnabled()
    dialog.progress.dialog.canceled.emit()  # what the progress dialog's Cancel button does
    _wait_idle(qtbot, dialog)
    assert dialog.result_label.text() == "Cancelled."
    assert not target.exists() and list(out.iterdir()) == []
    assert dialog.run_button.isEnabled()


def test_tickets_for_the_selected_people(qtbot, demo, reunion, tasks, tmp_path) -> None:
    rows = demo.services.badges.badges(reunion.id).badges[:3]
    dialog = BadgesDialog(demo.services, reunion, tasks, selected_ids=[b.registration_id for b in rows])
    qtbot.addWidget(dialog)
    assert dialog.chosen.isChecked()
    dialog.what.setCurrentIndex(dialog.what.findData(TICKETS))
    assert not dialog.layout_choice.isVisibleTo(dialog)
    folder = tmp_path / "tickets"
    dialog.output.setText(str(folder))
    with qtbot.waitSignal(dialog.written, timeout=30000):
        dialog.run_button.click()
    assert len(list(folder.glob("*.pdf"))) == 3


def test_a_failure_is_shown_in_words(qtbot, demo, reunion, tasks, tmp_path) -> None:
    dialog = BadgesDialog(demo.services, reunion, tasks)
    qtbot.addWidget(dialog)
    dialog.output.setText(str(tmp_path / "no-such-folder" / "b.pdf"))
    dialog.run_button.click()
    _wait_idle(qtbot, dialog)
    assert "Could not write" in dialog.result_label.text()


def test_email_needs_a_server_then_sends(qtbot, demo, reunion, tasks, smtp_server) -> None:
    inbox, port = smtp_server
    rows = demo.services.badges.badges(reunion.id).badges
    with_mail = [b.registration_id for b in rows if b.email][:2]
    dialog = BadgesDialog(demo.services, reunion, tasks, selected_ids=with_mail)
    qtbot.addWidget(dialog)
    dialog.what.setCurrentIndex(dialog.what.findData(EMAIL))
    assert not dialog.run_button.isEnabled()
    assert "No e-mail server" in dialog.smtp_note.text()
    demo.services.mail.save_settings(
        SmtpSettings(host="127.0.0.1", port=port, security="none", from_address="reunion@ssc-india.example")
    )
    dialog.what.setCurrentIndex(0)
    dialog.what.setCurrentIndex(dialog.what.findData(EMAIL))
    assert dialog.run_button.isEnabled() and "127.0.0.1" in dialog.smtp_note.text()
    with qtbot.waitSignal(dialog.mailed, timeout=30000) as signal:
        dialog.run_button.click()
    assert signal.args == [2] and len(inbox.messages) == 2
    dialog.run_button.click()  # "only those without their ticket" is on by default
    _wait_idle(qtbot, dialog)
    assert "2 people had their ticket already" in dialog.result_label.text() and len(inbox.messages) == 2


def test_smtp_settings_dialog_validates_saves_and_tests(qtbot, demo, tasks, smtp_server) -> None:
    inbox, port = smtp_server
    dialog = SmtpSettingsDialog(demo.services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert dialog.port.value() == 25  # the usual port follows the security choice
    dialog.port.setValue(port)
    dialog.from_address.setText("not an address")
    dialog.grab().save("/tmp/smtp_settings_dialog.png")
    dialog.accept()
    assert dialog.isVisible() and "not an e-mail address" in dialog.status.text()
    assert not demo.services.mail.settings().configured
    dialog.from_address.setText("reunion@ssc-india.example")
    dialog.test_to.setText("coordinator@example.org")
    handle = dialog.send_test()
    assert handle is not None
    qtbot.waitUntil(lambda: dialog.test_handle is None, timeout=30000)
    assert "Sent a test message" in dialog.status.text()
    assert inbox.messages[0][0] == ["coordinator@example.org"]
    assert not demo.services.mail.settings().configured  # testing does not save
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    saved = demo.services.mail.settings()
    assert saved.host == "127.0.0.1" and saved.port == port and saved.security == "none"
    # A wrong test address is told in words, off the GUI thread.
    again = SmtpSettingsDialog(demo.services, tasks)
    qtbot.addWidget(again)
    assert again.host.text() == "127.0.0.1" and again.port.value() == port
    again.test_to.setText("nobody")
    again.send_test()
    qtbot.waitUntil(lambda: again.test_handle is None, timeout=30000)
    assert "not an e-mail address" in again.status.text()


def test_smtp_settings_dialog_says_where_the_password_is_kept(qtbot, demo, tasks, memory_keyring) -> None:
    import keyring
    from keyring.backends import fail

    dialog = SmtpSettingsDialog(demo.services, tasks)
    qtbot.addWidget(dialog)
    dialog.resize(560, dialog.sizeHint().height())
    assert "keyring" in dialog.password_note.text() and "not in the database" in dialog.password_note.text()
    dialog.host.setText("smtp.example.org")
    dialog.user.setText("desk")
    dialog.password.setText("s3cret")
    dialog.from_address.setText("reunion@ssc-india.example")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert list(memory_keyring.passwords.values()) == ["s3cret"]
    assert SmtpSettingsDialog(demo.services, tasks).password.text() == "s3cret"  # read back from the keyring

    keyring.set_keyring(fail.Keyring())  # a Linux without a Secret Service
    bare = SmtpSettingsDialog(demo.services, tasks)
    qtbot.addWidget(bare)
    bare.show()
    assert "no keyring" in bare.password_note.text() and "until SSC Desktop closes" in bare.password_note.text()
    bare.grab().save("/tmp/smtp_settings_no_keyring.png")

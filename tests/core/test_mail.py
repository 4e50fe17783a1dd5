"""E-mailing tickets through a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import socket
import threading
from email import policy
from typing import Any

import pytest
import zxingcpp
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from ssc_desktop.errors import DomainError
from ssc_desktop.messages import MESSAGES
from ssc_desktop.models import RegistrationRole, RegistrationStatus
from ssc_desktop.services.mail import SmtpSettings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self, refuse: set[str] | None = None) -> None:
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.refuse = refuse or set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"


def _authenticator(server, session, envelope, mechanism, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"desk" and auth_data.password == b"s3cret"
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server():
    inbox = Inbox(refuse={"nobody@example.org"})
    port = free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=_authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def event_with_people(services, make_event, make_member):
    event = make_event(capacity=None)
    ids = {}
    for name, native, mail in [
        ("Sita Shrestha", "सीता श्रेष्ठ", "sita@example.org"),
        ("Yamada Taro", "山田 太郎", "taro@example.org"),
        ("No Mail", "", ""),
        ("Wrong Box", "", "nobody@example.org"),
    ]:
        member = make_member(name, native_name=native, email=mail)
        ids[name] = services.registrations.register(event.id, member.id, RegistrationRole.PARTICIPANT).id
    waiting = make_member("Wai Ting", email="wait@example.org")
    ids["waiting"] = services.registrations.register(event.id, waiting.id, status=RegistrationStatus.WAITLISTED).id
    return event, ids


def settings_for(port: int = 25, **overrides) -> SmtpSettings:
    values = dict(
        host="127.0.0.1",
        port=port,
        security="none",
        user="desk",
        password="s3cret",
        from_address="reunion@ssc-india.example",
        from_name="SSC India",
    )
    values.update(overrides)
    return SmtpSettings(**values)


def test_settings_round_trip_and_validation(services) -> None:
    mail = services.mail
    assert mail.settings() == SmtpSettings() and not mail.settings().configured
    saved = mail.save_settings(settings_for(2525, host="  smtp.example.org ", security="STARTTLS"))
    assert saved.host == "smtp.example.org" and saved.security == "starttls"
    assert mail.settings() == saved and mail.settings().password == "s3cret"
    assert "s3cret" not in repr(saved)
    for bad, code in [
        (dict(host=""), "mail.bad_host"),
        (dict(port=0), "mail.bad_port"),
        (dict(port="smtp"), "mail.bad_port"),
        (dict(security="tls13"), "mail.bad_security"),
        (dict(from_address="reunion"), "mail.bad_address"),
        (dict(from_address="a b@example.org"), "mail.bad_address"),
    ]:
        with pytest.raises(DomainError) as error:
            mail.save_settings(settings_for(**{"port": 25, **bad}))
        assert error.value.code == code and code in MESSAGES
    assert mail.settings() == saved  # a refused change keeps the old settings


def test_send_tickets_over_real_smtp(services, smtp_server, event_with_people) -> None:
    inbox, port = smtp_server
    event, ids = event_with_people
    services.mail.save_settings(settings_for(port))
    seen = []
    report = services.mail.send_tickets(event.id, progress=lambda done, total, text: seen.append((done, total)))
    assert sorted(report.sent) == sorted([ids["Sita Shrestha"], ids["Yamada Taro"]])
    problems = {p.registration_id: p.code for p in report.problems}
    assert problems == {ids["No Mail"]: "mail.no_email", ids["Wrong Box"]: "mail.refused"}
    assert seen[-1] == (3, 3)
    assert len(inbox.messages) == 2
    by_rcpt = {rcpts[0]: message for rcpts, message in inbox.messages}
    message = by_rcpt["sita@example.org"]
    assert message["Subject"] == "Your ticket: 3rd SSC India Reunion"
    assert "reunion@ssc-india.example" in message["From"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    code = services.tickets.code_for(ids["Sita Shrestha"])
    assert code in body and "Asia/Kolkata" in body
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"Sita-Shrestha-ticket-{ids['Sita Shrestha']}.pdf"]
    pdf = attachments[0].get_content()
    assert pdf.startswith(b"%PDF")
    # The attached ticket's QR reads back as the person's code.
    import subprocess
    import tempfile
    from pathlib import Path

    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "t.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "100", f"{folder}/t.pdf", f"{folder}/p"], check=True)
        page = next(Path(folder).glob("p*.png"))
        assert [r.text for r in zxingcpp.read_barcodes(Image.open(page))] == [code]


def test_only_unsent_skips_people_who_have_their_current_ticket(services, smtp_server, event_with_people) -> None:
    inbox, port = smtp_server
    event, ids = event_with_people
    services.mail.save_settings(settings_for(port))
    services.mail.send_tickets(event.id, [ids["Sita Shrestha"], ids["Yamada Taro"]])
    assert len(inbox.messages) == 2
    again = services.mail.send_tickets(event.id, [ids["Sita Shrestha"], ids["Yamada Taro"]], only_unsent=True)
    assert again.sent == () and sorted(again.skipped_already_sent) == sorted([ids["Sita Shrestha"], ids["Yamada Taro"]])
    services.tickets.reissue(ids["Yamada Taro"])  # a new ticket is unsent again
    third = services.mail.send_tickets(event.id, [ids["Sita Shrestha"], ids["Yamada Taro"]], only_unsent=True)
    assert third.sent == (ids["Yamada Taro"],)
    assert (
        services.tickets.code_for(ids["Yamada Taro"])
        in inbox.messages[-1][1].get_body(preferencelist=("plain",)).get_content()
    )
    # Without --only-unsent everyone gets it again.
    assert len(services.mail.send_tickets(event.id, [ids["Sita Shrestha"]]).sent) == 1


def test_wrong_password_and_unreachable_server(services, smtp_server, event_with_people) -> None:
    inbox, port = smtp_server
    event, _ids = event_with_people
    services.mail.save_settings(settings_for(port, password="wrong"))
    with pytest.raises(DomainError) as error:
        services.mail.send_tickets(event.id)
    assert error.value.code == "mail.auth_failed" and "desk" in str(error.value)
    services.mail.save_settings(settings_for(free_port()))  # nobody listens there
    with pytest.raises(DomainError) as error:
        services.mail.send_tickets(event.id)
    assert error.value.code == "mail.connect_failed"
    # The server speaks plain SMTP only: STARTTLS is refused with a clear reason.
    services.mail.save_settings(settings_for(port, security="starttls"))
    with pytest.raises(DomainError) as error:
        services.mail.send_test("sita@example.org")
    assert error.value.code == "mail.tls_failed"
    assert inbox.messages == []


def test_not_configured_and_test_message(services, smtp_server) -> None:
    inbox, port = smtp_server
    with pytest.raises(DomainError) as error:
        services.mail.send_test("sita@example.org")
    assert error.value.code == "mail.not_configured"
    # The settings dialog tests unsaved settings.
    services.mail.send_test("sita@example.org", settings_for(port))
    assert inbox.messages[0][0] == ["sita@example.org"]
    assert inbox.messages[0][1]["Subject"] == "SSC Desktop: test message"
    with pytest.raises(DomainError) as error:
        services.mail.send_test("not-an-address", settings_for(port))
    assert error.value.code == "mail.bad_address"


def test_cancel_stops_between_messages(services, smtp_server, event_with_people) -> None:
    from ssc_desktop.long_work import WorkCancelled

    inbox, port = smtp_server
    event, ids = event_with_people
    services.mail.save_settings(settings_for(port))
    cancel = threading.Event()

    def progress(done: int, total: int, _text: str) -> None:
        if done == 1:
            cancel.set()

    with pytest.raises(WorkCancelled):
        services.mail.send_tickets(event.id, progress=progress, cancel=cancel)
    assert len(inbox.messages) == 1
    assert len(services.mail.sent_registrations(event.id)) == 1  # the one that went out is remembered


def test_cli_smtp_and_email_tickets(db_path, smtp_server, capsys) -> None:
    from ssc_desktop.app import compose
    from ssc_desktop.cli import main
    from ssc_desktop.services.members import MemberDraft

    inbox, port = smtp_server
    context = compose(db_path)
    chapter, _ = context.services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    from ssc_desktop.models import EventFormat
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    event = context.services.events.create_event(
        EventDraft(
            chapter_id=chapter.id,
            title="Reunion",
            format=EventFormat.FACE_TO_FACE,
            starts_at=parse_local_datetime("2026-12-12 09:30", "Asia/Kolkata"),
            ends_at=parse_local_datetime("2026-12-12 18:00", "Asia/Kolkata"),
            timezone="Asia/Kolkata",
            venue="IIT Delhi",
        )
    )
    member = context.services.members.add_member(MemberDraft("Ananya Iyer", email="ananya@example.org"))
    context.services.registrations.register(event.id, member.id)
    context.close()
    db = str(db_path)
    assert main(["--db", db, "tickets", "--event", str(event.id), "--email"]) == 1
    assert "No e-mail server is set up" in capsys.readouterr().err
    import os

    os.environ["SSC_TEST_SMTP_PASSWORD"] = "s3cret"
    try:
        assert (
            main(
                [
                    "--db",
                    db,
                    "smtp",
                    "set",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--security",
                    "none",
                    "--user",
                    "desk",
                    "--password-env",
                    "SSC_TEST_SMTP_PASSWORD",
                    "--from",
                    "r@example.org",
                ]
            )
            == 0
        )
    finally:
        del os.environ["SSC_TEST_SMTP_PASSWORD"]
    assert main(["--db", db, "smtp", "show"]) == 0
    shown = capsys.readouterr().out
    assert "password set" in shown and "s3cret" not in shown
    assert main(["--db", db, "tickets", "--event", str(event.id), "--email"]) == 0
    assert "Sent 1 tickets" in capsys.readouterr().out
    assert main(["--db", db, "tickets", "--event", str(event.id), "--email", "--only-unsent"]) == 0
    assert "Sent 0 tickets; 1 had theirs already" in capsys.readouterr().out
    assert len(inbox.messages) == 1

"""E-mailing personal tickets over SMTP, with the server settings kept in the database.

The settings live in AppSetting "smtp" as JSON: host, port, security ("starttls",
"ssl" or "none"), user, from_address, from_name. The password does not: it goes to the
operating system's keyring (services.password_store, which says where it went when there
is none). A password an older version kept in the database is moved to the keyring the
first time the settings are read, and taken out of the database.
Which tickets went out is noted per event in AppSetting "mail.sent.<event id>"
(registration id -> ticket version and time), so `--only-unsent` sends only to people
who have not had their current ticket yet (a re-issued ticket counts as unsent).

One connection serves a whole batch. A failure to connect or log in raises a
DomainError at once; a recipient the server refuses, or a person without an e-mail
address, is noted in the result and the batch goes on.
"""

from __future__ import annotations

import smtplib
import ssl
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.models import AppSetting, Registration, utc_now
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.services.badges import BadgeService, Ticket, ticket_file_name
from ssc_desktop.services.password_store import DATABASE, PasswordPlace, PasswordStore, smtp_account

SETTINGS_KEY = "smtp"
SECURITY_CHOICES = ("starttls", "ssl", "none")
TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    from_address: str = ""
    from_name: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.from_address.strip())


@dataclass(frozen=True)
class MailProblem:
    registration_id: int
    name: str
    code: str  # a DomainError code: mail.no_email, mail.refused, mail.send_failed
    detail: str = ""


@dataclass(frozen=True)
class MailReport:
    sent: tuple[int, ...]
    skipped_already_sent: tuple[int, ...]
    problems: tuple[MailProblem, ...]


def validate_settings(settings: SmtpSettings) -> SmtpSettings:
    """The settings trimmed, or DomainError for the first wrong field."""
    settings = replace(
        settings,
        host=settings.host.strip(),
        user=settings.user.strip(),
        from_address=settings.from_address.strip(),
        from_name=settings.from_name.strip(),
        security=settings.security.strip().lower(),
    )
    if not settings.host:
        raise DomainError("mail.bad_host")
    try:
        port = int(settings.port)
    except (TypeError, ValueError):
        raise DomainError("mail.bad_port", value=settings.port) from None
    if not 1 <= port <= 65535:
        raise DomainError("mail.bad_port", value=settings.port)
    if settings.security not in SECURITY_CHOICES:
        raise DomainError("mail.bad_security", value=settings.security, choices=", ".join(SECURITY_CHOICES))
    check_address(settings.from_address)
    return replace(settings, port=port)


def check_address(address: str) -> str:
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in address.strip()):
        raise DomainError("mail.bad_address", value=address)
    return address.strip()


class MailService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        badges: BadgeService,
        passwords: PasswordStore | None = None,
    ) -> None:
        self._sessions = session_factory
        self._badges = badges
        self._passwords = passwords or PasswordStore()

    # -- settings ----------------------------------------------------------------------------
    def settings(self) -> SmtpSettings:
        values = self._stored_values()
        known = {k: v for k, v in values.items() if k in SmtpSettings.__dataclass_fields__ and k != "password"}
        try:
            settings = SmtpSettings(**known)
        except TypeError:
            return SmtpSettings()
        if not settings.user:
            return settings
        account = smtp_account(settings.user, settings.host)
        stored = values.get("password")
        old_copy = stored if isinstance(stored, str) else ""
        if old_copy and self._passwords.has_keyring:
            self._move_out_of_database(account, old_copy)
        password = self._passwords.get(account) or old_copy
        return replace(settings, password=password)

    def password_place(self) -> PasswordPlace:
        """Where the password of the saved settings is kept (for the settings dialog and `ssc smtp show`)."""
        if self._stored_values().get("password") and not self._passwords.has_keyring:
            return PasswordPlace(DATABASE, detail=self._passwords.place().detail)
        return self._passwords.place()

    def use_password_for_this_run(self, password: str) -> None:
        """The saved account's password for this process only, kept nowhere (a headless `ssc` without a keyring)."""
        settings = self.settings()
        if settings.user:
            self._passwords.remember_for_this_run(smtp_account(settings.user, settings.host), password)

    def save_settings(self, settings: SmtpSettings) -> SmtpSettings:
        settings = validate_settings(settings)
        before = self.settings()
        values = asdict(settings)
        values.pop("password")
        with self._sessions.begin() as session:
            row = session.get(AppSetting, SETTINGS_KEY)
            if row is None:
                session.add(AppSetting(key=SETTINGS_KEY, value=values))
            else:
                row.value = values  # any password an older version kept here goes with it
        if before.user and smtp_account(before.user, before.host) != smtp_account(settings.user, settings.host):
            self._passwords.delete(smtp_account(before.user, before.host))
        if settings.user:
            self._passwords.set(smtp_account(settings.user, settings.host), settings.password)
        return settings

    def _stored_values(self) -> dict:
        with self._sessions() as session:
            row = session.get(AppSetting, SETTINGS_KEY)
            return dict(row.value) if row is not None and isinstance(row.value, dict) else {}

    def _move_out_of_database(self, account: str, password: str) -> None:
        place = self._passwords.set(account, password)
        if place.kind != "keyring":  # the keyring failed just now: keep the lasting copy
            return
        with self._sessions.begin() as session:
            row = session.get(AppSetting, SETTINGS_KEY)
            if row is not None and isinstance(row.value, dict) and "password" in row.value:
                row.value = {k: v for k, v in row.value.items() if k != "password"}

    # -- sending -----------------------------------------------------------------------------
    def send_test(self, to_address: str, settings: SmtpSettings | None = None) -> None:
        """Sends a short test message (with the given, possibly unsaved, settings)."""
        settings = validate_settings(settings or self._configured())
        to_address = check_address(to_address)
        message = EmailMessage()
        message["Subject"] = "SSC Desktop: test message"
        message["From"] = formataddr((settings.from_name, settings.from_address))
        message["To"] = to_address
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2])
        message.set_content("This is a test message from SSC Desktop. E-mailing tickets works.\n")
        with self._connect(settings) as smtp:
            self._send(smtp, message, to_address, settings)

    def sent_registrations(self, event_id: int) -> dict[int, int]:
        """Registration id -> ticket version last e-mailed, for an event."""
        with self._sessions() as session:
            row = session.get(AppSetting, _sent_key(event_id))
            values = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
        return {int(k): int(v.get("version", 0)) for k, v in values.items() if isinstance(v, dict)}

    def send_tickets(
        self,
        event_id: int,
        registration_ids: Sequence[int] | None = None,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        only_unsent: bool = False,
    ) -> MailReport:
        """E-mails each person's ticket PDF (everyone registered, or the chosen registrations)."""
        settings = self._configured()
        sheet = self._badges.badges(event_id, registration_ids=registration_ids)
        versions = self._ticket_versions([b.registration_id for b in sheet.badges])
        already = self.sent_registrations(event_id) if only_unsent else {}
        todo, skipped, problems = [], [], []
        for badge in sheet.badges:
            if only_unsent and already.get(badge.registration_id) == versions.get(badge.registration_id):
                skipped.append(badge.registration_id)
            elif not badge.email.strip():
                problems.append(MailProblem(badge.registration_id, badge.latin_name, "mail.no_email"))
            else:
                todo.append(badge)
        sent: list[int] = []
        total = len(todo)
        if todo:
            with self._connect(settings) as smtp:
                for number, badge in enumerate(todo):
                    check_cancel(cancel)
                    report(progress, number, total, badge.latin_name)
                    ticket = Ticket(sheet.event, badge)
                    message = self._ticket_message(settings, ticket)
                    try:
                        self._send(smtp, message, badge.email.strip(), settings)
                    except DomainError as error:
                        if error.code in ("mail.connect_failed", "mail.auth_failed"):
                            raise
                        problems.append(
                            MailProblem(
                                badge.registration_id, badge.latin_name, error.code, str(error.params.get("detail", ""))
                            )
                        )
                        continue
                    sent.append(badge.registration_id)
                    self._note_sent(event_id, badge.registration_id, versions.get(badge.registration_id, 1))
        report(progress, total, total, "")
        return MailReport(tuple(sent), tuple(skipped), tuple(problems))

    # -- internals ---------------------------------------------------------------------------
    def _configured(self) -> SmtpSettings:
        settings = self.settings()
        if not settings.configured:
            raise DomainError("mail.not_configured")
        return settings

    def _ticket_versions(self, registration_ids: list[int]) -> dict[int, int]:
        if not registration_ids:
            return {}
        with self._sessions() as session:
            rows = session.execute(
                select(Registration.id, Registration.ticket_version).where(Registration.id.in_(registration_ids))
            ).all()
        return {rid: version for rid, version in rows}

    def _note_sent(self, event_id: int, registration_id: int, version: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(AppSetting, _sent_key(event_id))
            values = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
            values[str(registration_id)] = {"version": version, "at": utc_now().isoformat(timespec="seconds")}
            if row is None:
                session.add(AppSetting(key=_sent_key(event_id), value=values))
            else:
                row.value = values  # a new dict, so the JSON column is seen as changed

    def _ticket_message(self, settings: SmtpSettings, ticket: Ticket) -> EmailMessage:
        event, badge = ticket.event, ticket.badge
        message = EmailMessage()
        message["Subject"] = f"Your ticket: {event.title}"
        message["From"] = formataddr((settings.from_name or event.chapter_name, settings.from_address))
        message["To"] = formataddr((badge.latin_name, badge.email.strip()))
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2])
        lines = [
            f"Dear {badge.latin_name},",
            "",
            f"Here is your ticket for {event.title}.",
            "",
            f"When: {event.when_text}",
        ]
        if event.venue:
            lines.append(f"Venue: {event.venue}")
        if event.online_link:
            lines.append(f"Online: {event.online_link}")
        lines += [
            "",
            "Please show the QR code in the attached PDF at the door, on your phone or printed.",
            f"Your ticket code: {badge.code}",
            "",
            event.chapter_name,
        ]
        message.set_content("\n".join(lines) + "\n")
        message.add_attachment(
            self._badges.ticket_bytes(ticket), maintype="application", subtype="pdf", filename=ticket_file_name(badge)
        )
        return message

    def _connect(self, settings: SmtpSettings) -> smtplib.SMTP:
        host, port = settings.host, settings.port
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        try:
            if settings.security == "ssl":
                smtp = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT_SECONDS, context=context)
            else:
                smtp = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
        except ssl.SSLError as error:
            raise DomainError("mail.tls_failed", host=host, port=port, detail=str(error)) from error
        except (OSError, smtplib.SMTPException) as error:
            raise DomainError("mail.connect_failed", host=host, port=port, detail=_detail(error)) from error
        try:
            smtp.ehlo_or_helo_if_needed()
            if settings.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, settings.password)
        except smtplib.SMTPAuthenticationError as error:
            smtp.close()
            raise DomainError("mail.auth_failed", user=settings.user) from error
        except (smtplib.SMTPNotSupportedError, ssl.SSLError) as error:
            smtp.close()
            raise DomainError("mail.tls_failed", host=host, port=port, detail=_detail(error)) from error
        except (OSError, smtplib.SMTPException) as error:
            smtp.close()
            raise DomainError("mail.connect_failed", host=host, port=port, detail=_detail(error)) from error
        return smtp

    @staticmethod
    def _send(smtp: smtplib.SMTP, message: EmailMessage, to_address: str, settings: SmtpSettings) -> None:
        try:
            smtp.send_message(message, to_addrs=[to_address])
        except smtplib.SMTPRecipientsRefused as error:
            code, text = next(iter(error.recipients.values()), (0, b""))
            raise DomainError("mail.refused", to=to_address, detail=_smtp_text(code, text)) from error
        except (TimeoutError, smtplib.SMTPServerDisconnected, ConnectionError) as error:
            raise DomainError(
                "mail.connect_failed", host=settings.host, port=settings.port, detail=_detail(error)
            ) from error
        except smtplib.SMTPResponseException as error:
            raise DomainError(
                "mail.send_failed", to=to_address, detail=_smtp_text(error.smtp_code, error.smtp_error)
            ) from error
        except (OSError, smtplib.SMTPException) as error:
            raise DomainError("mail.send_failed", to=to_address, detail=_detail(error)) from error


def _sent_key(event_id: int) -> str:
    return f"mail.sent.{event_id}"


def _smtp_text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def _detail(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return _smtp_text(error.smtp_code, error.smtp_error)
    return getattr(error, "strerror", None) or str(error) or type(error).__name__

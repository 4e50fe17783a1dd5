"""Certificates of Contribution, of Participation and contest awards: who gets one, who is
left out and why, the numbers issued, and looking a number up.

A certificate's number (SSC-<year>-<chapter>-<6 digits>-<check part>) is printed on it; its QR
holds a statement signed with the database's Ed25519 key (certificate_signing), which anyone
with the public key can check offline. The database keeps every certificate issued, so a
number can also be looked up; the check part refuses guessed and mistyped numbers first.
Issuing again for the same person, kind and event gives the same number.

Participation goes only to those who came: a door check-in, or (when the template sets a
minimum and the online minutes are known) at least that many minutes online.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Certificate,
    CertificateKind,
    CertificateTemplate,
    Chapter,
    CheckIn,
    Contributor,
    Event,
    Member,
    Registration,
    RegistrationStatus,
)
from ssc_desktop.services import certificate_signing as signing
from ssc_desktop.services.arrivals import door_check_in
from ssc_desktop.services.events import EventService, EventSummary

OnlineMinutes = Callable[[int], Mapping[int, float]]  # exact minutes: 29 min 30 s is 29.5

PLACEHOLDERS = ("name", "event", "date", "place", "reason", "chapter")
KIND_TITLES = {
    CertificateKind.CONTRIBUTION: "Certificate of Contribution",
    CertificateKind.PARTICIPATION: "Certificate of Participation",
    CertificateKind.AWARD: "Certificate of Award",
}
DEFAULT_WORDING = {
    CertificateKind.CONTRIBUTION: "is thanked {reason} at the {event}, held on {date} at {place}.",
    CertificateKind.PARTICIPATION: "took part in the {event}, held on {date} at {place}.",
    CertificateKind.AWARD: "is awarded {reason} at the {event}, held on {date} at {place}.",
}


@dataclass(frozen=True)
class TemplateDraft:
    name: str
    kind: CertificateKind
    title: str
    wording: str
    landscape: bool = True
    accent: str = "#b4235a"
    signatory_1_name: str = ""
    signatory_1_title: str = ""
    signatory_1_image: bytes | None = None
    signatory_2_name: str = ""
    signatory_2_title: str = ""
    signatory_2_image: bytes | None = None
    logo: bytes | None = None
    min_online_minutes: int = 0


@dataclass(frozen=True)
class TemplateInfo(TemplateDraft):
    id: int = 0


@dataclass(frozen=True)
class ContributorRow:
    id: int
    registration_id: int
    latin_name: str
    native_name: str
    role: str
    reason: str


@dataclass(frozen=True)
class Recipient:
    """One certificate to draw: whom, why; subject keeps it unique within the event and kind."""

    subject: str
    name: str  # in their own script (or the Latin name when there is none)
    latin_name: str
    reason: str
    registration_id: int | None = None
    number: str = ""  # filled once issued
    statement: str = ""  # the signed text its QR holds, filled once issued


@dataclass(frozen=True)
class LeftOut:
    name: str
    why: str


@dataclass(frozen=True)
class CertificatePlan:
    event: EventSummary
    kind: CertificateKind
    template: TemplateInfo
    recipients: tuple[Recipient, ...]
    left_out: tuple[LeftOut, ...]


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    event_id: int
    event_title: str
    kind: CertificateKind
    recipient_name: str
    recipient_latin_name: str
    reason: str
    issued_at: datetime


class CertificateService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventService,
        award_recipients: Callable[[int], Sequence] | None = None,
        online_minutes: OnlineMinutes | None = None,
    ) -> None:
        self._sessions = session_factory
        self._events = events
        self._award_recipients = award_recipients
        self._online_minutes = online_minutes
        self.signing = signing.SigningKey(session_factory)

    # -- templates -----------------------------------------------------------------------------
    def list_templates(self, kind: CertificateKind | None = None) -> list[TemplateInfo]:
        self.ensure_default_templates()
        query = select(CertificateTemplate).order_by(CertificateTemplate.kind, CertificateTemplate.name)
        if kind is not None:
            query = query.where(CertificateTemplate.kind == kind)
        with self._sessions() as session:
            return [_template_info(t) for t in session.scalars(query)]

    def get_template(self, template_id: int) -> TemplateInfo:
        with self._sessions() as session:
            template = session.get(CertificateTemplate, template_id)
            if template is None:
                raise NotFoundError(kind="certificate template", key="id", value=template_id)
            return _template_info(template)

    def default_template(self, kind: CertificateKind) -> TemplateInfo:
        return self.list_templates(kind)[0]

    def save_template(self, draft: TemplateDraft, template_id: int | None = None) -> TemplateInfo:
        draft = _checked(draft)
        try:
            with self._sessions.begin() as session:
                template = (
                    CertificateTemplate() if template_id is None else session.get(CertificateTemplate, template_id)
                )
                if template is None:
                    raise NotFoundError(kind="certificate template", key="id", value=template_id)
                for field in TemplateDraft.__dataclass_fields__:
                    setattr(template, field, getattr(draft, field))
                session.add(template)
                session.flush()
                saved_id = template.id
        except IntegrityError:
            raise DomainError("certificate.template_name_taken", name=draft.name) from None
        return self.get_template(saved_id)

    def ensure_default_templates(self) -> None:
        """One template of each kind, made the first time they are asked for."""
        with self._sessions.begin() as session:
            have = set(session.scalars(select(CertificateTemplate.kind).distinct()))
            for kind in CertificateKind:
                if kind not in have:
                    session.add(
                        CertificateTemplate(
                            name=KIND_TITLES[kind],
                            kind=kind,
                            title=KIND_TITLES[kind],
                            wording=DEFAULT_WORDING[kind],
                            landscape=True,
                            accent="#b4235a",
                            signatory_1_name="",
                            signatory_1_title="Chapter president",
                            signatory_2_name="",
                            signatory_2_title="Reunion coordinator",
                            min_online_minutes=30 if kind is CertificateKind.PARTICIPATION else 0,
                        )
                    )

    # -- contributors --------------------------------------------------------------------------
    def list_contributors(self, event_id: int) -> list[ContributorRow]:
        with self._sessions() as session:
            rows = session.execute(
                select(
                    Contributor.id,
                    Registration.id,
                    Member.latin_name,
                    Member.native_name,
                    Registration.role,
                    Contributor.reason,
                )
                .join(Registration, Contributor.registration_id == Registration.id)
                .join(Member, Registration.member_id == Member.id)
                .where(Registration.event_id == event_id)
                .order_by(Member.latin_name, Contributor.id)
            ).all()
        return [ContributorRow(i, r, latin, native, role.value, reason) for i, r, latin, native, role, reason in rows]

    def set_contributor(self, registration_id: int, reason: str) -> ContributorRow:
        """Marks the registration's person as a contributor (or changes the reason)."""
        reason = " ".join(reason.split())
        if not reason:
            raise DomainError("certificate.reason_required")
        with self._sessions.begin() as session:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise NotFoundError(kind="registration", key="id", value=registration_id)
            contributor = session.scalar(select(Contributor).where(Contributor.registration_id == registration_id))
            if contributor is None:
                contributor = Contributor(registration_id=registration_id)
                session.add(contributor)
            contributor.reason = reason
            event_id = registration.event_id
        return next(c for c in self.list_contributors(event_id) if c.registration_id == registration_id)

    def remove_contributor(self, registration_id: int) -> None:
        with self._sessions.begin() as session:
            contributor = session.scalar(select(Contributor).where(Contributor.registration_id == registration_id))
            if contributor is None:
                raise NotFoundError(kind="contributor", key="registration", value=registration_id)
            session.delete(contributor)

    # -- planning and issuing --------------------------------------------------------------------
    def plan(self, event_id: int, kind: CertificateKind, template_id: int | None = None) -> CertificatePlan:
        """Who would get a certificate of this kind, and who is left out and why. Writes nothing."""
        event = self._events.get_event(event_id)
        template = self.get_template(template_id) if template_id is not None else self.default_template(kind)
        if template.kind is not kind:
            raise DomainError("certificate.template_kind", template=template.name, kind=kind.value)
        if kind is CertificateKind.CONTRIBUTION:
            recipients, left_out = self._contributors(event_id)
        elif kind is CertificateKind.PARTICIPATION:
            recipients, left_out = self._participants(event_id, template.min_online_minutes)
        else:
            recipients, left_out = self._winners(event_id)
        return CertificatePlan(event, kind, template, tuple(recipients), tuple(left_out))

    def issue(self, plan: CertificatePlan) -> CertificatePlan:
        """Records the plan's certificates (reusing numbers already issued); gives them numbered."""
        if not plan.recipients:
            raise DomainError("certificate.nobody", kind=plan.kind.value, event=plan.event.title)
        private = self.signing.private()
        with self._sessions.begin() as session:
            prefix = _number_prefix(session, plan.event)
            existing = {
                c.subject: c
                for c in session.scalars(
                    select(Certificate).where(Certificate.event_id == plan.event.id, Certificate.kind == plan.kind)
                )
            }
            numbered = []
            for recipient in plan.recipients:
                certificate = existing.get(recipient.subject)
                if certificate is None:
                    certificate = Certificate(
                        number=f"pending-{uuid.uuid4().hex}",
                        event_id=plan.event.id,
                        kind=plan.kind,
                        subject=recipient.subject,
                        registration_id=recipient.registration_id,
                        recipient_name=recipient.name,
                    )
                    session.add(certificate)
                    session.flush()
                    base = f"{prefix}-{certificate.id:06d}"
                    certificate.number = f"{base}-{signing.check_part(private, base)}"
                certificate.recipient_name = recipient.name
                certificate.recipient_latin_name = recipient.latin_name
                certificate.reason = recipient.reason
                certificate.template_id = plan.template.id or None
                statement = signing.Statement(
                    certificate.number,
                    recipient.name,
                    plan.kind.value,
                    plan.event.title,
                    plan.event.local_start.date().isoformat(),
                )
                numbered.append(
                    replace(recipient, number=certificate.number, statement=signing.sign(private, statement))
                )
        return replace(plan, recipients=tuple(numbered))

    def public_key_pem(self) -> bytes:
        return signing.public_key_pem(self.signing.public())

    def verify(self, text: str) -> IssuedCertificate:
        """The certificate this number or scanned QR text stands for; DomainError when it is not genuine.

        A signed statement must be signed by this database's key, word for word; a number's
        check part must match before the database is asked.
        """
        if signing.looks_like_statement(text):
            text = signing.read_statement(text, self.signing.public()).number
        wanted = signing.normalized_number(text)
        parts = signing.split_number(wanted)
        if (
            parts is not None
            and parts[1] is not None
            and parts[1] != signing.check_part(self.signing.private(), parts[0])
        ):
            raise DomainError("certificate.bad_check", number=text.strip())
        with self._sessions() as session:
            row = session.execute(
                select(Certificate, Event.title)
                .join(Event, Certificate.event_id == Event.id)
                .where(func.upper(Certificate.number) == wanted)
            ).first()
        if row is None:
            raise DomainError("certificate.unknown_number", number=text.strip())
        return _issued(*row)

    def list_issued(self, event_id: int) -> list[IssuedCertificate]:
        with self._sessions() as session:
            rows = session.execute(
                select(Certificate, Event.title)
                .join(Event, Certificate.event_id == Event.id)
                .where(Certificate.event_id == event_id)
                .order_by(Certificate.id)
            ).all()
        return [_issued(*row) for row in rows]

    # -- who ---------------------------------------------------------------------------------------
    def _people(self, session: Session, event_id: int):
        return session.execute(
            select(Registration.id, Member.latin_name, Member.native_name, Registration.status)
            .join(Member, Registration.member_id == Member.id)
            .where(Registration.event_id == event_id)
            .order_by(Member.latin_name, Registration.id)
        ).all()

    def _contributors(self, event_id: int) -> tuple[list[Recipient], list[LeftOut]]:
        recipients = [
            Recipient(
                f"registration:{c.registration_id}",
                c.native_name or c.latin_name,
                c.latin_name,
                c.reason,
                c.registration_id,
            )
            for c in self.list_contributors(event_id)
        ]
        return recipients, []

    def _participants(self, event_id: int, min_online_minutes: int) -> tuple[list[Recipient], list[LeftOut]]:
        online = self._online_minutes(event_id) if self._online_minutes and min_online_minutes > 0 else {}
        with self._sessions() as session:
            came = set(
                session.scalars(
                    select(CheckIn.registration_id)
                    .join(Registration, CheckIn.registration_id == Registration.id)
                    .where(Registration.event_id == event_id, door_check_in())
                )
            )
            people = self._people(session, event_id)
        recipients, left_out = [], []
        for registration_id, latin, native, status in people:
            if status != RegistrationStatus.REGISTERED:
                continue
            minutes = online.get(registration_id, 0)
            if registration_id in came or (min_online_minutes > 0 and minutes >= min_online_minutes):
                recipients.append(
                    Recipient(f"registration:{registration_id}", native or latin, latin, "", registration_id)
                )
            elif minutes:
                left_out.append(
                    LeftOut(latin, f"online for {_time_online(minutes)}, fewer than {min_online_minutes} min")
                )
            else:
                left_out.append(LeftOut(latin, "did not check in" + (" or join online" if online else "")))
        return recipients, left_out

    def _winners(self, event_id: int) -> tuple[list[Recipient], list[LeftOut]]:
        if self._award_recipients is None:
            raise DomainError("certificate.no_awards")
        recipients = []
        for winner in self._award_recipients(event_id):
            reason = (
                f"the {winner.award} in the {winner.contest_title}"
                + (f" ({winner.category})" if winner.category else "")
                + f" for “{winner.entry_title}”"
            )
            subject = f"award:{winner.contest_id}:{winner.entry_code}:{winner.latin_name or winner.name}"[:300]
            recipients.append(
                Recipient(subject, winner.name or winner.latin_name, winner.latin_name or winner.name, reason)
            )
        return recipients, []


def fill_wording(wording: str, values: Mapping[str, str]) -> str:
    """The template's wording with its placeholders filled; unknown {words} are left as typed."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), wording)


def _checked(draft: TemplateDraft) -> TemplateDraft:
    name, title = " ".join(draft.name.split()), " ".join(draft.title.split())
    if not name:
        raise DomainError("certificate.template_name_required")
    if not title:
        raise DomainError("certificate.template_title_required")
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", draft.accent.strip()):
        raise DomainError("certificate.bad_colour", value=draft.accent)
    unknown = sorted(set(re.findall(r"\{(\w+)\}", draft.wording)) - set(PLACEHOLDERS))
    if unknown:
        raise DomainError(
            "certificate.unknown_placeholder",
            names=", ".join("{" + u + "}" for u in unknown),
            known=", ".join("{" + p + "}" for p in PLACEHOLDERS),
        )
    if draft.min_online_minutes < 0:
        raise DomainError("certificate.bad_minutes", value=draft.min_online_minutes)
    return replace(draft, name=name, title=title, accent=draft.accent.strip().lower(), wording=draft.wording.strip())


def _template_info(template: CertificateTemplate) -> TemplateInfo:
    values = {field: getattr(template, field) for field in TemplateDraft.__dataclass_fields__}
    return TemplateInfo(id=template.id, **values)


def _number_prefix(session: Session, event: EventSummary) -> str:
    short = session.scalar(select(Chapter.short_name).where(Chapter.id == event.chapter_id)) or ""
    code = re.sub(r"[^A-Z0-9]", "", short.upper())[:8] or "SSC"
    return f"SSC-{event.local_start:%Y}-{code}"


def _issued(certificate: Certificate, event_title: str) -> IssuedCertificate:
    return IssuedCertificate(
        certificate.number,
        certificate.event_id,
        event_title,
        certificate.kind,
        certificate.recipient_name,
        certificate.recipient_latin_name,
        certificate.reason,
        certificate.issued_at,
    )


def _time_online(minutes: float) -> str:
    """29.5 -> "29 min 30 s": the exact time, so that a near miss shows why it missed."""
    whole, seconds = divmod(round(minutes * 60), 60)
    return f"{whole} min {seconds} s" if seconds else f"{whole} min"

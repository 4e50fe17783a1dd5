"""Certificates: who gets one and who is left out (and why), numbers that stay the same when
issued again and can be verified, templates checked, PDFs whose names print in every script
and whose QR reads back as the number, one PDF per person, cancelling, and the CLI."""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from ssc_desktop.errors import DomainError
from ssc_desktop.models import CertificateKind, RegistrationStatus
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.output.certificate_pdf import person_file_names, write_certificates_pdf, write_certificates_per_person
from ssc_desktop.services.certificates import CertificateService, TemplateDraft, fill_wording

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")

C, P, A = CertificateKind.CONTRIBUTION, CertificateKind.PARTICIPATION, CertificateKind.AWARD


@dataclass(frozen=True)
class Winner:
    contest_id: int
    contest_title: str
    category: str
    award: str
    place: int
    entry_code: str
    entry_title: str
    member_id: int | None
    name: str
    latin_name: str


@pytest.fixture
def reunion(services, make_event, make_member):
    """Six registered: Kenji and Lan came; Mai, Nima, Oscar, Priya did not (Nima, Oscar and Priya
    joined online for 45, 10 and 0 minutes); Quan waits; one contributor."""
    event = make_event(capacity=6)
    names = [
        ("Tanaka Kenji", "田中 健二"),
        ("Nguyen Thi Lan", "Nguyễn Thị Lan"),
        ("Mai Thida", "မိုင်သီတာ"),
        ("Nima Sherpa", "निमा शेर्पा"),
        ("Oscar Perera", "ඔස්කාර් පෙරේරා"),
        ("Priya Das", "প্রিয়া দাস"),
        ("Quan Li", "李泉"),
    ]
    rows = {}
    for latin, native in names:
        member = make_member(latin, native_name=native, email=latin.split()[0].lower() + "@example.org")
        rows[latin.split()[0]] = services.registrations.register(event.id, member.id)
    assert rows["Quan"].status == RegistrationStatus.WAITLISTED
    services.checkin.check_in(rows["Tanaka"].id, "Door A")
    services.checkin.check_in(rows["Nguyen"].id, "Door A")
    services.certificates.set_contributor(rows["Mai"].id, "for designing the reunion poster")
    return event, rows


@pytest.fixture
def certificates(context, reunion):
    """The service with fake online minutes and a fake contest result, as the app wires the real ones."""
    event, rows = reunion
    online = {rows["Nima"].id: 45, rows["Oscar"].id: 10}
    winners = [
        Winner(
            1,
            "Poster contest",
            "High school",
            "1st prize",
            1,
            "P-03",
            "Clean water from algae",
            None,
            "ธนา ใจดี",
            "Thana Jaidee",
        )
    ]
    return CertificateService(
        context.database.session_factory,
        context.services.events,
        award_recipients=lambda event_id: winners if event_id == event.id else [],
        online_minutes=lambda event_id: online,
    )


def test_participation_goes_to_those_who_came_on_site_or_online_long_enough(certificates, reunion) -> None:
    event, _rows = reunion
    template = certificates.default_template(P)
    assert template.min_online_minutes == 30
    plan = certificates.plan(event.id, P)
    assert sorted(r.latin_name for r in plan.recipients) == ["Nguyen Thi Lan", "Nima Sherpa", "Tanaka Kenji"]
    why = {person.name: person.why for person in plan.left_out}
    assert why == {
        "Mai Thida": "did not check in or join online",
        "Oscar Perera": "online for 10 min, fewer than 30 min",
        "Priya Das": "did not check in or join online",
    }  # Quan waits: not a participant at all


def test_online_minutes_do_not_count_when_the_template_says_zero(certificates, reunion) -> None:
    event, _rows = reunion
    template = certificates.default_template(P)
    on_site_only = certificates.save_template(
        TemplateDraft(
            **{
                **{f: getattr(template, f) for f in TemplateDraft.__dataclass_fields__},
                "name": "On site only",
                "min_online_minutes": 0,
            }
        )
    )
    plan = certificates.plan(event.id, P, on_site_only.id)
    assert sorted(r.latin_name for r in plan.recipients) == ["Nguyen Thi Lan", "Tanaka Kenji"]


def test_contributors_and_award_winners(certificates, services, reunion) -> None:
    event, rows = reunion
    contribution = certificates.plan(event.id, C)
    assert [(r.name, r.latin_name, r.reason) for r in contribution.recipients] == [
        ("မိုင်သီတာ", "Mai Thida", "for designing the reunion poster")
    ]
    award = certificates.plan(event.id, A)
    assert award.recipients[0].name == "ธนา ใจดี"
    assert award.recipients[0].reason == (
        "the 1st prize in the Poster contest (High school) for “Clean water from algae”"
    )
    services.certificates.remove_contributor(rows["Mai"].id)
    assert certificates.plan(event.id, C).recipients == ()
    with pytest.raises(DomainError) as raised:
        certificates.issue(certificates.plan(event.id, C))
    assert raised.value.code == "certificate.nobody"


def test_awards_without_contest_results_are_refused(services, reunion) -> None:
    event, _rows = reunion
    bare = CertificateService(services.certificates._sessions, services.events)
    with pytest.raises(DomainError) as raised:
        bare.plan(event.id, A)
    assert raised.value.code == "certificate.no_awards"


def test_numbers_are_unique_stay_the_same_when_issued_again_and_verify(certificates, reunion) -> None:
    event, _rows = reunion
    first = certificates.issue(certificates.plan(event.id, P))
    numbers = [r.number for r in first.recipients]
    assert len(set(numbers)) == 3 and all(n.startswith("SSC-2026-") for n in numbers)
    again = certificates.issue(certificates.plan(event.id, P))
    assert [r.number for r in again.recipients] == numbers
    award = certificates.issue(certificates.plan(event.id, A))
    assert award.recipients[0].number not in numbers
    found = certificates.verify(numbers[0].lower())
    assert found.number == numbers[0] and found.kind is P and found.event_title == event.title
    assert len(certificates.list_issued(event.id)) == 4
    with pytest.raises(DomainError) as raised:
        certificates.verify("SSC-2026-ISCA-424242")
    assert raised.value.code == "certificate.unknown_number"


def test_templates_are_checked(certificates) -> None:
    base = TemplateDraft(name="Thanks", kind=C, title="Certificate of Thanks", wording="for {reason} at {event}")
    for change, code in (
        ({"wording": "for {reasons}"}, "certificate.unknown_placeholder"),
        ({"accent": "pink"}, "certificate.bad_colour"),
        ({"name": "  "}, "certificate.template_name_required"),
        ({"min_online_minutes": -5}, "certificate.bad_minutes"),
    ):
        with pytest.raises(DomainError) as raised:
            certificates.save_template(TemplateDraft(**{**base.__dict__, **change}))
        assert raised.value.code == code
    saved = certificates.save_template(base)
    with pytest.raises(DomainError) as raised:
        certificates.save_template(base)
    assert raised.value.code == "certificate.template_name_taken"
    assert saved.id in [t.id for t in certificates.list_templates(C)]
    assert fill_wording("{name} for {reason} {unknown}", {"name": "Lan", "reason": "help"}) == "Lan for help {unknown}"


def test_pdf_prints_every_script_embeds_fonts_and_its_qr_reads_back(certificates, reunion, tmp_path: Path) -> None:
    event, _rows = reunion
    plan = certificates.issue(certificates.plan(event.id, P))
    pdf = write_certificates_pdf(plan, tmp_path / "participation.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "Certificate of Participation",
        "田中 健二",
        "Nguyễn Thị Lan",
        "Tanaka Kenji",
        "took part in the 3rd SSC India Reunion",
        *(r.number for r in plan.recipients),
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
    assert "NotoSansDevanagari" in fonts and "DroidSansFallback" in fonts
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(pdf), str(tmp_path / "page")], check=True)
    decoded = []
    for page in sorted(tmp_path.glob("page-*.png")):
        decoded += [r.text for r in zxingcpp.read_barcodes(Image.open(page), formats=zxingcpp.BarcodeFormat.QRCode)]
    # Each QR holds its certificate's signed statement, which says the number and the name.
    assert decoded == [r.statement for r in plan.recipients]
    assert [text.splitlines()[1:3] for text in decoded] == [[r.number, r.name] for r in plan.recipients]
    assert [certificates.verify(text).number for text in decoded] == [r.number for r in plan.recipients]


def test_one_pdf_per_person_named_after_them(certificates, reunion, tmp_path: Path) -> None:
    event, _rows = reunion
    plan = certificates.issue(certificates.plan(event.id, A))
    written = write_certificates_per_person(plan, tmp_path / "awards")
    assert [p.name for p in written] == [f"Thana Jaidee - {plan.recipients[0].number}.pdf"]
    assert written[0].read_bytes().startswith(b"%PDF")
    odd = plan.recipients[0].__class__(subject="x", name="A/B", latin_name='Dr. "A/B": C?', reason="", number="N-1")
    assert person_file_names([odd]) == ["Dr. _A_B__ C_ - N-1.pdf"]


def test_cancel_leaves_nothing(certificates, reunion, tmp_path: Path) -> None:
    event, _rows = reunion
    plan = certificates.issue(certificates.plan(event.id, P))
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if done >= 2:
            cancel.set()

    with pytest.raises(WorkCancelled):
        write_certificates_pdf(plan, tmp_path / "all.pdf", progress, cancel)
    with pytest.raises(WorkCancelled):
        write_certificates_per_person(plan, tmp_path / "each", progress, cancel)
    assert not (tmp_path / "all.pdf").exists() and list((tmp_path / "each").iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []


def test_cli_contributors_certificates_and_verify(ssc, reunion, db_path: Path, tmp_path: Path) -> None:
    import json

    event, _rows = reunion
    code, out, err = ssc(
        "--db",
        db_path,
        "contributors",
        "add",
        "--event",
        event.id,
        "--member",
        "nguyen@example.org",
        "--reason",
        "for running the registration desk",
    )
    assert code == 0 and "Nguyen Thi Lan" in out, err
    code, out, err = ssc(
        "--db",
        db_path,
        "certificates",
        "--event",
        event.id,
        "--kind",
        "contribution",
        "-o",
        tmp_path / "thanks.pdf",
        "--json",
    )
    assert code == 0, err
    numbers = json.loads(out)["numbers"]
    assert len(numbers) == 2
    code, out, err = ssc("--db", db_path, "certificate", "verify", numbers[0])
    assert code == 0 and out.startswith("Genuine: ")
    code, out, err = ssc("--db", db_path, "certificate", "verify", "SSC-0000-X-000000")
    assert code == 1 and err.startswith("ssc: error: No certificate has the number")
    code, out, err = ssc(
        "--db", db_path, "certificate", "verify", numbers[0][:-1] + ("2" if numbers[0][-1] != "2" else "3")
    )
    assert code == 1 and "not a genuine certificate number" in err
    code, out, err = ssc("--db", db_path, "certificates", "--event", event.id, "--kind", "participation", "--dry-run")
    assert code == 0 and "left out: Mai Thida (did not check in)" in out

"""Badges and tickets tested as a person would: print to PDF, render the pages to PNG
with pdftoppm, read every QR back with zxing-cpp, check the fonts are embedded and
no text leaves its badge."""

from __future__ import annotations

import re
import subprocess
import threading
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm

from ssc_desktop.errors import DomainError
from ssc_desktop.models import RegistrationRole, RegistrationStatus
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.output.badges_pdf import LAYOUTS
from ssc_desktop.services.badges import safe_file_stem, ticket_file_name

LONG_NAME = "Chakravarthi Venkata Subrahmanya Lakshminarasimha Ramachandra Bhattacharya-Raghunathan"
PEOPLE = [
    # latin, native, role, affiliation
    ("Yamada Taro", "山田 太郎", RegistrationRole.SPEAKER, "RIKEN"),
    ("Lai Hung Wei", "黎雄伟 Lai Hung Wei", RegistrationRole.JUDGE, "Zhejiang University"),
    ("Somchai Jaidee", "สมชาย ใจดี", RegistrationRole.STAFF, "Chulalongkorn University"),
    ("Sita Shrestha", "सीता श्रेष्ठ", RegistrationRole.PARTICIPANT, "Tribhuvan University"),
    ("Rabindranath Thakur", "রবীন্দ্রনাথ ঠাকুর", RegistrationRole.PARTICIPANT, "University of Dhaka"),
    ("Nadeesha Perera", "නදීෂා පෙරේරා", RegistrationRole.GUEST, "University of Colombo"),
    ("Aung San Suu Kyi", "အောင်ဆန်းစုကြည်", RegistrationRole.PARTICIPANT, "Yangon University"),
    ("Nguyen Thi Minh Khai", "Nguyễn Thị Minh Khai", RegistrationRole.PARTICIPANT, "Vietnam National University"),
    (
        LONG_NAME,
        "",
        RegistrationRole.PARTICIPANT,
        "Indian Institute of Technology Madras, Department of Engineering Design and Applied Mechanics",
    ),
]


def pdftoppm(pdf: Path, folder: Path, resolution: int = 150) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"))


def decode_pages(pages: list[Path]) -> list[str]:
    codes = []
    for page in pages:
        codes += [r.text for r in zxingcpp.read_barcodes(Image.open(page), formats=zxingcpp.BarcodeFormat.QRCode)]
    return codes


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font pdffonts lists."""
    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    result = []
    for line in lines:
        # The "emb" column is the third from the right of "emb sub uni object ID".
        parts = line.split()
        result.append((parts[0], parts[-5]))
    return result


def word_boxes(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) in points from the top-left, from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    boxes, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            boxes.append((page, *(float(v) for v in match.groups()[:4]), match.group(5)))
    return boxes


@pytest.fixture
def reunion(services, make_event, make_member, india):
    event = make_event(capacity=None)
    ids = {}
    for number, (latin, native, role, affiliation) in enumerate(PEOPLE):
        member = make_member(
            latin,
            native_name=native,
            affiliation=affiliation,
            email=f"p{number}@example.org",
            country="India",
            chapter_id=india.id if number % 2 else None,
        )
        ids[latin] = services.registrations.register(event.id, member.id, role).id
    gone = make_member("Can Celled", email="gone@example.org")
    ids["cancelled"] = services.registrations.register(event.id, gone.id).id
    services.registrations.cancel(ids["cancelled"])  # before the waitlist, which a cancellation would promote
    waiting = make_member("Wai Ting", email="wait@example.org")
    ids["waiting"] = services.registrations.register(event.id, waiting.id, status=RegistrationStatus.WAITLISTED).id
    return event, ids


@pytest.mark.parametrize("layout", ["2x4", "2x5", "1x1"])
def test_every_badge_qr_reads_back_as_its_ticket_code(services, reunion, tmp_path, layout) -> None:
    event, ids = reunion
    pdf = tmp_path / "badges.pdf"
    result = services.badges.write_badges(event.id, pdf, layout=layout, cut_marks=True)
    per_page = LAYOUTS[layout].per_page
    assert result.badges == len(PEOPLE)
    assert result.pages == -(-len(PEOPLE) // per_page)
    decoded = decode_pages(pdftoppm(pdf, tmp_path))
    codes = services.tickets.codes_for_event(event.id)
    registered = {codes[ids[latin]] for latin, *_ in PEOPLE}
    assert sorted(decoded) == sorted(registered)  # each once; no waitlisted or cancelled badge
    assert codes[ids["waiting"]] not in decoded
    # Every font is embedded (Japanese, Chinese, Thai, Devanagari, Bengali, Sinhala, Myanmar, Latin).
    fonts = fonts_of(pdf)
    assert fonts and all(embedded == "yes" for _name, embedded in fonts), fonts
    names = " ".join(name for name, _ in fonts)
    for face in (
        "NotoSansThai",
        "NotoSansDevanagari",
        "NotoSansBengali",
        "NotoSansSinhala",
        "NotoSansMyanmar",
        "DroidSansFallback",
        "NotoSans-Bold",
    ):
        assert face in names
    assert "Helvetica" not in names


def test_no_text_leaves_its_badge(services, reunion, tmp_path) -> None:
    event, _ids = reunion
    pdf = tmp_path / "badges.pdf"
    layout = LAYOUTS["2x4"]
    services.badges.write_badges(event.id, pdf, layout="2x4")
    columns = [
        (
            layout.left + c * (layout.width + layout.gap_x),
            layout.left + c * (layout.width + layout.gap_x) + layout.width,
        )
        for c in range(layout.columns)
    ]
    boxes = word_boxes(pdf)
    assert any("Chakravarthi" in word for *_rest, word in boxes)
    for _page, x_min, _y_min, x_max, _y_max, word in boxes:
        assert any(left - 0.5 <= x_min and x_max <= right + 0.5 for left, right in columns), (word, x_min, x_max)


def test_long_name_shrinks_but_short_names_stay_large(services, reunion) -> None:
    from ssc_desktop.output import text_drawing as td

    _event, _ids = reunion
    width = LAYOUTS["2x4"].width - 7 * mm
    long = td.fit_to_width(LONG_NAME, width, 26, min_size=8, bold=True)
    short = td.fit_to_width("山田 太郎", width, 26, min_size=8, bold=True)
    assert long.width <= width and long.size < 26
    assert short.size == 26


def test_choose_who_gets_a_badge(services, reunion, tmp_path) -> None:
    event, ids = reunion
    speakers = services.badges.badges(event.id, roles={RegistrationRole.SPEAKER, RegistrationRole.JUDGE})
    assert [b.latin_name for b in speakers.badges] == ["Yamada Taro", "Lai Hung Wei"]  # speakers first, then judges
    chosen = services.badges.badges(event.id, registration_ids=[ids["Sita Shrestha"], ids["waiting"], ids["cancelled"]])
    assert {b.registration_id for b in chosen.badges} == {ids["Sita Shrestha"], ids["waiting"]}
    every = services.badges.badges(event.id)
    assert ids["waiting"] not in {b.registration_id for b in every.badges}
    mixed = next(b for b in every.badges if b.latin_name == "Lai Hung Wei")
    assert mixed.big_name == "黎雄伟 Lai Hung Wei" and mixed.second_name == "Lai Hung Wei"
    vietnamese = next(b for b in every.badges if b.latin_name == "Nguyen Thi Minh Khai")
    assert vietnamese.second_name == "Nguyen Thi Minh Khai"
    long = next(b for b in every.badges if b.latin_name == LONG_NAME)
    assert long.big_name == LONG_NAME and long.second_name == ""
    assert long.where_from == "India"  # no chapter: the country


def test_bad_requests_are_refused_and_write_nothing(services, reunion, make_event, tmp_path) -> None:
    event, _ids = reunion
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(DomainError) as error:
        services.badges.write_badges(event.id, tmp_path / "b.pdf", layout="3x3")
    assert error.value.code == "badges.bad_layout"
    with pytest.raises(DomainError) as error:
        services.badges.write_badges(event.id, tmp_path / "b.txt")
    assert error.value.code == "badges.not_pdf"
    with pytest.raises(DomainError) as error:
        services.badges.write_badges(event.id, tmp_path / "missing" / "b.pdf")
    assert error.value.code == "export.write_failed"
    empty = make_event(title="Empty webinar")
    with pytest.raises(DomainError) as error:
        services.badges.write_badges(empty.id, tmp_path / "b.pdf")
    assert error.value.code == "badges.nobody"
    with pytest.raises(DomainError) as error:
        services.badges.write_badges(999, tmp_path / "b.pdf")
    assert error.value.code == "not_found"
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(services, reunion, tmp_path) -> None:
    event, _ids = reunion
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int, _text: str) -> None:
        seen.append(done)
        cancel.set()

    with pytest.raises(WorkCancelled):
        services.badges.write_badges(event.id, tmp_path / "b.pdf", layout="1x1", progress=progress, cancel=cancel)
    assert seen and list(tmp_path.iterdir()) == []


def test_reissued_ticket_prints_the_new_code(services, reunion, tmp_path) -> None:
    event, ids = reunion
    rid = ids["Yamada Taro"]
    old = services.badges.ticket(rid).badge.code
    new = services.tickets.reissue(rid)
    assert new != old
    pdf = tmp_path / "one.pdf"
    services.badges.write_badges(event.id, pdf, layout="1x1", registration_ids=[rid])
    assert decode_pages(pdftoppm(pdf, tmp_path)) == [new]


def test_tickets_one_pdf_per_person_with_safe_names(services, reunion, tmp_path) -> None:
    event, ids = reunion
    folder = tmp_path / "tickets"
    result = services.badges.write_tickets(event.id, folder)
    names = sorted(p.name for p in result.paths)
    assert len(names) == len(PEOPLE) and len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Za-z0-9-]+-ticket-\d+\.pdf", name) for name in names), names
    assert f"Nguyen-Thi-Minh-Khai-ticket-{ids['Nguyen Thi Minh Khai']}.pdf" in names
    assert sorted(p.name for p in folder.iterdir()) == names  # no temporary files left
    ticket = folder / f"Sita-Shrestha-ticket-{ids['Sita Shrestha']}.pdf"
    text = subprocess.run(["pdftotext", str(ticket), "-"], check=True, capture_output=True, text=True).stdout
    assert "3rd SSC India Reunion" in text
    assert "09:30–18:00 (Asia/Kolkata)" in text  # the event's own time zone
    assert "IIT Delhi" in text and "PARTICIPANT" in text and "Sita Shrestha" in text
    pages = tmp_path / "pages"
    pages.mkdir()
    assert decode_pages(pdftoppm(ticket, pages)) == [services.tickets.code_for(ids["Sita Shrestha"])]
    assert all(embedded == "yes" for _name, embedded in fonts_of(ticket))
    # Writing over an existing file is refused only when the target is a file, not a folder.
    file_target = tmp_path / "a-file"
    file_target.write_text("x")
    with pytest.raises(DomainError) as error:
        services.badges.write_tickets(event.id, file_target)
    assert error.value.code == "badges.not_a_folder"


def test_online_event_ticket_shows_the_link_not_a_venue(services, make_event, make_member, tmp_path) -> None:
    from ssc_desktop.models import EventFormat

    event = make_event(
        title="Job hunting webinar",
        format=EventFormat.ONLINE,
        venue="",
        online_link="https://zoom.us/j/123456",
        timezone="Asia/Tokyo",
    )
    member = make_member("Ananya Iyer", email="a@example.org")
    rid = services.registrations.register(event.id, member.id).id
    (tmp_path / "t.pdf").write_bytes(services.badges.ticket_pdf(rid))
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "t.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "https://zoom.us/j/123456" in text and "Venue" not in text and "(Asia/Tokyo)" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Thị Đào", "Nguyen-Thi-Dao"),
        ("../../etc/passwd", "etc-passwd"),
        ("山田 太郎", ""),
        ("CON", "CON"),
        ("  Ananya  Iyer ", "Ananya-Iyer"),
    ],
)
def test_safe_file_stem(text: str, expected: str) -> None:
    assert safe_file_stem(text) == expected


def test_ticket_file_name_without_latin_letters() -> None:
    from ssc_desktop.services.badges import Badge

    badge = Badge(5, "山田", "山田", "", "", "", "", RegistrationRole.GUEST, RegistrationStatus.REGISTERED, "X")
    assert ticket_file_name(badge) == "ticket-ticket-5.pdf"


def test_demo_reunion_badges_read_back_every_code(demo_context, tmp_path) -> None:
    """The whole demo reunion (200 registered) through `ssc badges`: every QR on every page decodes
    to that person's ticket code, and nobody waitlisted or cancelled gets a badge."""
    from ssc_desktop.cli import main

    services = demo_context.services
    event = max(services.events.list_events(), key=lambda e: e.registered)
    pdf = tmp_path / "demo-badges.pdf"
    db = str(demo_context.database.url).removeprefix("sqlite:///")
    assert main(["--db", db, "badges", "--event", str(event.id), "--layout", "2x5", "-o", str(pdf)]) == 0
    decoded = decode_pages(pdftoppm(pdf, tmp_path))
    registered = {r.id for r in services.registrations.list_registrations(event.id, RegistrationStatus.REGISTERED)}
    codes = services.tickets.codes_for_event(event.id)
    assert len(decoded) == len(registered) == event.registered
    assert sorted(decoded) == sorted(codes[rid] for rid in registered)
    assert all(embedded == "yes" for _name, embedded in fonts_of(pdf))


def test_cli_tickets_into_a_folder(demo_context, tmp_path, capsys) -> None:
    from ssc_desktop.cli import main

    services = demo_context.services
    event = max(services.events.list_events(), key=lambda e: e.registered)
    some = [b.registration_id for b in services.badges.badges(event.id).badges[:2]]
    db = str(demo_context.database.url).removeprefix("sqlite:///")
    args = ["--db", db, "tickets", "--event", str(event.id), "-o", str(tmp_path / "t")]
    for rid in some:
        args += ["--registration", str(rid)]
    assert main(args) == 0
    assert "Wrote 2 tickets" in capsys.readouterr().out
    assert len(list((tmp_path / "t").glob("*-ticket-*.pdf"))) == 2
    with pytest.raises(SystemExit) as exit_status:
        main(["--db", db, "badges", "--event", str(event.id), "--layout", "3x9", "-o", "x.pdf"])
    assert exit_status.value.code == 2
    assert main(["--db", db, "badges", "--event", str(event.id), "--role", "chef", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Role must be one of" in capsys.readouterr().err

"""The PDFs the app prints speak the language the person chose: every writer's own words (headings,
columns, "Page 1 of 2", roles, days) in Japanese or Thai, read back from the page as a PDF reader
does, with every font embedded; English stays the default, and what people typed stays as typed.
`ssc` prints in the language of LANGUAGE/LANG/SSC_LANGUAGE, as its messages are."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop import languages
from ssc_desktop.output.agenda_pdf import write_agenda_pdf
from ssc_desktop.output.certificate_pdf import write_certificates_pdf, write_certificates_per_person
from ssc_desktop.output.contest_results_pdf import write_results_pdf
from ssc_desktop.output.judge_cards_pdf import write_judge_cards_pdf
from ssc_desktop.output.report_pdf import write_report_pdf
from ssc_desktop.output.signin_pdf import write_signin_pdf
from ssc_desktop.printed_words import ENGLISH, PRINTED_CONTEXT, PRINTED_TEXTS, PrintedWords, printed_words
from ssc_desktop.services.file_exports import FileExports
from ssc_desktop.vocabulary import CertificateKind

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
REUNION = "3rd SSC India Reunion"
TUESDAY = date(2026, 12, 1)


def page_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def fonts_embedded(path: Path) -> bool:
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    return bool(lines) and all(line.split()[-5] == "yes" for line in lines)


def flat(text: str) -> str:
    """Page text without its line breaks and spaces (pdftotext puts some between CJK glyphs) and
    without the marks above and below Thai letters (pdftotext gives shaped marks in drawing order)."""
    letters = unicodedata.normalize("NFKD", "".join(text.split()))
    return "".join(char for char in letters if unicodedata.category(char) != "Mn")


def title_of(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Title:"))


@pytest.fixture(scope="module")
def reunion(demo_context):
    services = demo_context.services
    return services, next(e for e in services.events.list_events() if e.title == REUNION)


# -- the words themselves ------------------------------------------------------------------------


def test_every_printed_text_is_translated_in_every_shipped_language() -> None:
    for language in languages.SHIPPED[1:]:
        translated = languages.translations_of(language.code, PRINTED_CONTEXT)
        missing = [text for text in PRINTED_TEXTS if text not in translated]
        assert not missing, f"{language.code}: {missing[:5]}"


def test_words_fill_their_fields_and_refuse_a_text_not_declared() -> None:
    assert ENGLISH.text("Page {page} of {total}", page=1, total=2) == "Page 1 of 2"
    assert printed_words("ja").text("Page {page} of {total}", page=1, total=2) == "1 / 2 ページ"
    assert printed_words("th").text("Sign-in sheet — {title}", title="{name} & <b>") == "ใบลงชื่อ — {name} & <b>"
    assert printed_words("ja").word(CertificateKind.PARTICIPATION) != "Participation"
    assert PrintedWords("xx").code == "en"  # a language not shipped prints English
    with pytest.raises(KeyError):
        ENGLISH.text("A heading nobody declared")


def _printed_literals(source: str) -> list[str]:
    """The texts a module hands to words.text(...): literal first arguments, and the literals of a
    tuple a comprehension or loop passes through words.text(name) one by one."""
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "text":
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.append(node.args[0].value)
            elif node.args and isinstance(node.args[0], ast.IfExp):
                found += [b.value for b in (node.args[0].body, node.args[0].orelse) if isinstance(b, ast.Constant)]
        if isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.For)):
            generators = node.generators if not isinstance(node, ast.For) else [node]
            for generator in generators:
                if isinstance(generator.iter, ast.Tuple) and any(
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "text"
                    and inner.args
                    and isinstance(inner.args[0], ast.Name)
                    for inner in ast.walk(node)
                ):
                    found += [e.value for e in generator.iter.elts if isinstance(e, ast.Constant)]
    return found


def test_every_text_a_writer_prints_is_declared_for_the_translators() -> None:
    """words.text refuses an undeclared text at run time; this finds one in a branch no test draws."""
    sources = [
        *(ROOT / "ssc_desktop" / "output").glob("*.py"),
        ROOT / "ssc_desktop" / "services" / "contest_explained.py",
    ]
    seen = {path.name: _printed_literals(path.read_text(encoding="utf-8")) for path in sources}
    undeclared = {name: [t for t in texts if t not in PRINTED_TEXTS] for name, texts in seen.items()}
    assert not any(undeclared.values()), undeclared
    assert len(seen["signin_pdf.py"]) >= 10 and len(seen["contest_explained.py"]) >= 15  # the checker sees them


@pytest.mark.parametrize(
    ("code", "plain", "long"),
    [
        ("en", "01 December 2026", "Tuesday 01 December 2026"),
        ("ja", "2026/12/01", "2026/12/01 (火)"),
        ("id", "1 Des 2026", "Sel, 1 Des 2026"),
        ("vi", "01/12/2026", "Th 3, 01/12/2026"),
        ("th", "1 ธันวาคม 2026", "อังคาร 1 ธันวาคม 2026"),
    ],
)
def test_days_follow_the_languages_pattern_with_the_full_year(code: str, plain: str, long: str) -> None:
    words = printed_words(code)
    assert words.date(TUESDAY) == plain and words.date(datetime(2026, 12, 1, 9, 30)) == plain
    assert words.long_date(TUESDAY) == long
    assert (
        words.day_month(TUESDAY) == {"en": "01 Dec", "ja": "12/1", "id": "1 Des", "vi": "01/12", "th": "1 ธันวาคม"}[code]
    )


# -- every PDF writer, in Japanese and in Thai -----------------------------------------------------

SIGNIN = {"ja": ("署名用紙 — ", "氏名", "署名"), "th": ("ใบลงชื่อ — ", "ลายมือชื่อ")}
PAGE = {"ja": "{page} / {total} ページ", "th": "หน้า {page} จาก {total}"}


@pytest.mark.parametrize("code", ["ja", "th"])
def test_the_signin_sheet_in_the_chosen_language(reunion, code: str, tmp_path: Path) -> None:
    services, event = reunion
    sheet = services.attendance.sheet(event.id)
    path = write_signin_pdf(sheet, tmp_path / "signin.pdf", words=printed_words(code))
    text = page_text(path)
    for expected in SIGNIN[code]:
        assert flat(expected) in flat(text), expected
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):  # the footer's words on every page
        assert flat(PAGE[code].format(page=number, total=len(pages))) in flat(page)
    assert REUNION in text and "Aditya Gupta" in text  # what people typed, as typed
    assert "Sign-in sheet" not in text and "Signature" not in text and "Page 1 of" not in text
    assert fonts_embedded(path)


def test_the_signin_sheet_is_english_by_default(reunion, tmp_path: Path) -> None:
    services, event = reunion
    text = page_text(write_signin_pdf(services.attendance.sheet(event.id), tmp_path / "signin.pdf"))
    assert f"Sign-in sheet — {REUNION}" in text and "Signature" in text and "署名" not in text


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ja", ("時刻", "部屋", "登壇者", "時刻はすべて開催地の現地時刻", "2026/12/01 (火)")),
        ("th", ("เวลา", "วิทยากร", "เวลาทั้งหมดเป็นเวลาท้องถิ่นของงาน", "สถานที่ IIT Delhi", "1 ธันวาคม 2026")),
    ],
)
def test_the_agenda_in_the_chosen_language(reunion, code: str, expected: tuple[str, ...], tmp_path: Path) -> None:
    services, event = reunion
    path = write_agenda_pdf(services.programme.programme(event.id), tmp_path / "agenda.pdf", words=printed_words(code))
    text = page_text(path)
    for words in expected:
        assert flat(words) in flat(text), words
    assert "All times are local" not in text and "Speakers" not in text
    assert title_of(path) == printed_words(code).text("Agenda — {title}", title=REUNION)
    assert fonts_embedded(path)
    english = page_text(write_agenda_pdf(services.programme.programme(event.id), tmp_path / "english.pdf"))
    assert "All times are local to the event" in english and "Speakers" in english


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ja", ("同窓会報告書 — ", "登録者", "出席率", "1時間ごとの到着数", "国別の登録者数と出席者数", "参加者")),
        ("th", ("รายงานงานพบปะศิษย์เก่า — ", "อัตราการเข้าร่วม", "ผู้ลงทะเบียนและผู้เข้าร่วมตามประเทศ", "ผู้เข้าร่วม")),
    ],
)
def test_the_reunion_report_in_the_chosen_language(
    reunion, code: str, expected: tuple[str, ...], tmp_path: Path
) -> None:
    services, event = reunion
    path = write_report_pdf(services.reports.report(event.id), tmp_path / "report.pdf", words=printed_words(code))
    text = page_text(path)
    for words in expected:  # the charts' titles and role names too: drawn in their script's font
        assert flat(words) in flat(text), words
    assert "Reunion report" not in text and "Registered and attended" not in text and "Participant" not in text
    assert "India" in text  # a country's name as stored
    assert fonts_embedded(path)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "ja",
            ("順位", "作者", "合計", "順位の算出方法", "結果の算出方法", "順位と同点。この結果は部門ごとに", "計算例"),
        ),
        ("th", ("อันดับ", "ผู้จัดทำ", "จัดอันดับโดย", "การประกวดโปสเตอร์", "การจัดอันดับและคะแนนเท่ากัน — ")),
    ],
)
def test_the_contest_results_in_the_chosen_language(
    reunion, code: str, expected: tuple[str, ...], tmp_path: Path
) -> None:
    services, event = reunion
    contest = services.contests.list_contests(event.id)[0]
    path = write_results_pdf(services.contests.results(contest.id), tmp_path / "results.pdf", words=printed_words(code))
    text = page_text(path)
    for words in expected:
        assert flat(words) in flat(text), words
    # How the results were computed, in words too: the criteria's names as typed.
    assert contest.title in text and "Ranked by" not in text and "Authors" not in text and "judge's total" not in text
    assert all(flat(c.name) in flat(text) for c in services.contests.results(contest.id).results.criteria)
    assert fonts_embedded(path)


@pytest.fixture(scope="module")
def participation(reunion):
    services, event = reunion
    return services.certificates.issue(services.certificates.plan(event.id, CertificateKind.PARTICIPATION))


@pytest.mark.parametrize(
    ("code", "presented", "day"),
    [("ja", "本証明書を次の方に授与します", "2026/"), ("th", "ใบประกาศนียบัตรนี้มอบให้แก่", " 2026 at ")],
)
def test_certificates_in_the_chosen_language_keep_the_templates_words(
    participation, code: str, presented: str, day: str, tmp_path: Path
) -> None:
    path = write_certificates_pdf(participation, tmp_path / "certificates.pdf", words=printed_words(code))
    first = page_text(path).split("\f")[0]
    assert flat(presented) in flat(first) and "This certificate is presented to" not in first
    assert participation.template.title in first  # the coordinator's title and wording, as typed
    assert "took part in" in first and day in first  # the wording's {date} in the language's pattern
    assert fonts_embedded(path)
    (folder := tmp_path / "each").mkdir()
    one = write_certificates_per_person(participation, folder, words=printed_words(code))[0]
    assert flat(presented) in flat(page_text(one))
    english = page_text(write_certificates_pdf(participation, tmp_path / "english.pdf")).split("\f")[0]
    assert "This certificate is presented to" in english


@pytest.mark.parametrize(
    ("code", "scan"), [("ja", "スマートフォンで読み取り、PINを入力してください。"), ("th", "สแกนด้วยโทรศัพท์ของท่าน")]
)
def test_judges_cards_in_the_chosen_language(code: str, scan: str, tmp_path: Path) -> None:
    links = [("山田花子", "http://192.168.1.20:8765/j/abc"), ("Ravi Kumar", "http://192.168.1.20:8765/j/def")]
    path = write_judge_cards_pdf("Poster contest", links, tmp_path / "cards.pdf", words=printed_words(code))
    text = page_text(path)
    assert flat(scan) in flat(text) and "山田花子" in text and "Scan with your phone" not in text
    assert fonts_embedded(path)
    assert "Scan with your phone" in page_text(write_judge_cards_pdf("Poster contest", links, tmp_path / "en.pdf"))


# -- the wiring: the exports service prints in the language it is given --------------------------


def _exports(services, language) -> FileExports:
    return FileExports(
        services.exports._renderer_factory,
        attendance=services.attendance,
        reports=services.reports,
        members=services.members,
        programme=services.programme,
        contests=services.contests,
        audit=services.audit,
        language=language,
    )


def test_the_exports_print_in_the_language_of_the_moment(reunion, participation, tmp_path: Path) -> None:
    services, event = reunion
    spoken = ["ja"]
    exports = _exports(services, lambda: spoken[0])  # the GUI's running language, read at each export
    assert "署名用紙" in flat(page_text(exports.signin_sheet(event.id, tmp_path / "signin.pdf").path))
    assert "登壇者" in flat(page_text(exports.agenda(event.id, tmp_path / "agenda.pdf").path))
    assert "同窓会報告書" in flat(page_text(exports.reunion_report(event.id, tmp_path / "report.pdf").path))
    contest = services.contests.list_contests(event.id)[0]
    assert "順位" in flat(page_text(exports.contest_results(contest.id, "mean", tmp_path / "r.pdf").path))
    assert "本証明書" in flat(page_text(exports.certificates(participation, tmp_path / "c.pdf").path))
    preview = tmp_path / "preview.pdf"
    preview.write_bytes(exports.certificate_preview(participation, tmp_path))
    assert "本証明書" in flat(page_text(preview))
    cards = exports.judge_cards(contest.title, [("A", "http://x/j/1")], tmp_path / "cards.pdf").path
    assert "スマートフォン" in flat(page_text(cards))
    spoken[0] = "th"
    assert "ใบลงชื่อ" in page_text(exports.signin_sheet(event.id, tmp_path / "signin-th.pdf").path)
    # The agenda workbook is not a PDF: the same call still writes it.
    assert exports.agenda(event.id, tmp_path / "agenda.xlsx").path.exists()
    assert "Sign-in sheet" in page_text(services.exports.signin_sheet(event.id, tmp_path / "en.pdf").path)


@pytest.mark.parametrize(
    ("environment", "heading"),
    [
        ({"LANG": "ja_JP.UTF-8", "LANGUAGE": "", "LC_ALL": ""}, "署名用紙"),
        ({"SSC_LANGUAGE": "th", "LANG": "C.UTF-8", "LC_ALL": ""}, "ใบลงชื่อ"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": ""}, "Sign-in sheet"),
    ],
)
def test_ssc_prints_in_the_language_it_speaks(
    demo_db: Path, environment: dict[str, str], heading: str, tmp_path: Path
) -> None:
    database = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_db, database)
    event_id = subprocess.run(
        [sys.executable, "-m", "ssc_desktop.cli", "--db", str(database), "event", "list", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"},
        timeout=120,
        check=True,
    ).stdout
    reunion_id = next(e["id"] for e in json.loads(event_id) if e["title"] == REUNION)
    base = {k: v for k, v in os.environ.items() if k not in ("SSC_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    result = subprocess.run(
        [sys.executable, "-m", "ssc_desktop.cli", "--db", str(database), "export", "signin"]
        + ["--event", str(reunion_id), "-o", str(tmp_path / "signin.pdf")],
        capture_output=True,
        text=True,
        env={**base, "PYTHONPATH": str(ROOT), **environment},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = page_text(tmp_path / "signin.pdf")
    assert heading in flat(text) or heading in text
    assert REUNION in text


# -- badges and tickets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "roles", "ticket"),
    [
        ("ja", ("参加者", "登壇者"), ("チケット · SSC India", "受付でこのコードを提示してください", "2026/12/01 (火)")),
        ("th", ("ผู้เข้าร่วม", "วิทยากร"), ("บัตร · SSC India", "แสดงรหัสนี้ที่ทางเข้า", "1 ธันวาคม 2026")),
    ],
)
def test_badges_and_tickets_in_the_chosen_language(
    demo_context, reunion, code: str, roles: tuple[str, ...], ticket: tuple[str, ...], tmp_path: Path
) -> None:
    from ssc_desktop.output.badges_pdf import badge_renderers
    from ssc_desktop.services.badges import BadgeService

    services, event = reunion
    badges = BadgeService(demo_context.database.session_factory, services.tickets, badge_renderers, language=code)
    written = badges.write_badges(event.id, tmp_path / "badges.pdf")
    text = page_text(written.path)
    for role in roles:
        assert flat(role) in flat(text), role
    assert "PARTICIPANT" not in text and "SPEAKER" not in text
    assert fonts_embedded(written.path)
    one = badges.write_tickets(event.id, tmp_path / "tickets").paths[0]
    text = page_text(one)
    for words in ticket:
        assert flat(words) in flat(text), words
    assert "Show this code" not in text and "Ticket" not in text
    assert fonts_embedded(one)
    registration = services.registrations.list_registrations(event.id)[0]
    emailed = tmp_path / "emailed.pdf"
    emailed.write_bytes(badges.ticket_pdf(registration.id))  # what an e-mail carries
    assert flat(ticket[1]) in flat(page_text(emailed))
    english = page_text(services.badges.write_badges(event.id, tmp_path / "english.pdf").path)
    assert "PARTICIPANT" in english

"""Every name prints: badges, certificates and sign-in sheets with names in Tamil, Telugu, Kannada,
Malayalam, Gujarati, Gurmukhi, Odia, Khmer, Lao, Arabic, Hebrew and CJK beyond the basic plane,
read back from the PDF as a person's PDF reader would: the fonts embedded, every character drawn
by a glyph of the font it is set in (no .notdef box), right-to-left names in their order on the
page; and a character no bundled font has is told, with the name, in the result and by `ssc`."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.certificate_pdf import write_certificates_pdf
from ssc_desktop.output.signin_pdf import write_signin_pdf
from ssc_desktop.paths import resource_path

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

# latin name, name in its own script, the font key and the embedded font (PostScript name) that must draw it
NAMES = [
    ("Tamilselvi Raman", "தமிழ்செல்வி ராமன்", "tamil", "NotoSansTamil-Bold"),
    ("Srinivas Reddy", "శ్రీనివాస్ రెడ్డి", "telugu", "NotoSansTelugu-Bold"),
    ("Shridhar Rao", "ಶ್ರೀಧರ್ ರಾವ್", "kannada", "NotoSansKannada-Bold"),
    ("Sreekumar Nair", "ശ്രീകുമാർ നായർ", "malayalam", "NotoSansMalayalam-Bold"),
    ("Priya Patel", "પ્રિયા પટેલ", "gujarati", "NotoSansGujarati-Bold"),
    ("Gurpreet Singh", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "gurmukhi", "NotoSansGurmukhi-Bold"),
    ("Priyanka Mohanty", "ପ୍ରିୟଙ୍କା ମହାନ୍ତି", "oriya", "NotoSansOriya-Bold"),
    ("Sok Chantha", "សុខ ចាន់ថា", "khmer", "NotoSansKhmer-Bold"),
    ("Somphone Keo", "ສົມພອນ ແກ້ວ", "lao", "NotoSansLao-Bold"),
    ("Mohammed Abdullah", "محمد عبد الله", "arabic", "NotoSansArabic-Bold"),
    ("David Cohen", "דוד כהן", "hebrew", "NotoSansHebrew-Bold"),
    ("Yoshida Hanako", "𠮷田 花子", "cjk_ext", "HanaMinB"),
]
MIXED = ("Mohammed Ali", "محمد Ali")
EMOJI = "Zara \U0001f9ff Khan"  # U+1F9FF NAZAR AMULET: an emoji, and no bundled font has emoji
PRIVATE = "Ravi \ue123 Kumar"  # a private-use character: no font can mean anything by it


# -- reading a PDF back -------------------------------------------------------------------------
def _objects(pdf: Path) -> dict[int, bytes]:
    data = pdf.read_bytes()
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}


def _stream(body: bytes) -> bytes:
    raw = re.search(rb"stream\r?\n(.*)endstream", body, re.S).group(1)
    if b"/ASCII85Decode" in body:  # reportlab's page contents
        raw = base64.a85decode(raw.strip().removesuffix(b"~>"))
    return zlib.decompress(raw) if b"/FlateDecode" in body else raw


_TOKENS = re.compile(rb"/([^\s/]+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\)", re.S)
_ESCAPED = re.compile(rb"\\([0-7]{1,3}|.)", re.S)


def _pdf_string(raw: bytes) -> bytes:
    simple = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
    return _ESCAPED.sub(
        lambda m: bytes([int(m.group(1), 8)]) if m.group(1)[:1].isdigit() else simple.get(m.group(1), m.group(1)), raw
    )


def drawn_characters(pdf: Path) -> dict[str, set[str]]:
    """{embedded font's PostScript name: the text of every code the pages draw with it}, read from
    the content streams (which codes each font draws) and the font's ToUnicode map (what each is)."""
    objects = _objects(pdf)
    fonts: dict[str, tuple[str, dict[int, str]]] = {}  # resource name -> (PostScript name, code -> text)
    for body in objects.values():
        base, cmap = re.search(rb"/BaseFont /(\S+)", body), re.search(rb"/ToUnicode (\d+) 0 R", body)
        resource = re.search(rb"/Name /(\S+)", body)
        if not (base and cmap and resource and b"/Type /Font" in body):
            continue
        text = _stream(objects[int(cmap.group(1))]).decode("latin-1")
        text = text[text.index("beginbfchar") : text.index("endbfchar")]
        codes = {
            int(code, 16): bytes.fromhex(value).decode("utf-16-be")
            for code, value in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", text)
        }
        fonts[resource.group(1).decode()] = (base.group(1).decode().split("+", 1)[-1], codes)
    result: dict[str, set[str]] = {}
    for body in objects.values():
        if b"stream" not in body or b"/FontFile2" in body or b"/Length1" in body:
            continue
        try:
            content = _stream(body)
        except (zlib.error, ValueError):
            continue
        current = None
        for match in _TOKENS.finditer(content):
            if match.group(1) is not None:
                current = fonts.get(match.group(1).decode())
            elif current is not None:
                name, codes = current
                for code in _pdf_string(match.group(2)):
                    result.setdefault(name, set()).add(codes.get(code, "\ufffd"))
    return result


@cache
def bundled_cmaps() -> dict[str, frozenset[int]]:
    """{PostScript name: the characters of that bundled font file}."""
    result = {}
    for path in resource_path("fonts").glob("*.ttf"):
        font = TTFont(path, lazy=True)
        result[font["name"].getDebugName(6)] = frozenset(font.getBestCmap())
    return result


def assert_no_missing_glyph(pdf: Path) -> dict[str, set[str]]:
    """Every single character a font is said to draw is one that bundled font has: none is a
    .notdef box. (Several letters behind one glyph, a conjunct or a joining form, came from HarfBuzz
    shaping in that very font.)"""
    drawn = drawn_characters(pdf)
    assert drawn
    for font, characters in drawn.items():
        cmap = bundled_cmaps()[font]
        for text in characters:
            # reportlab draws a character its font lacks with glyph 0 (.notdef) under code 0, said as U+0000.
            assert text not in ("\x00", "\ufffd"), f"{font} draws a .notdef box"
            if len(text) == 1 and not text.isspace():
                assert ord(text) in cmap, f"{font} draws U+{ord(text):04X} {text!r} with .notdef"
    return drawn


def page_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub("[\u202a-\u202e]", "", text)  # poppler marks right-to-left runs with embeddings


def left_to_right(pdf: Path, words: list[str]) -> list[str]:
    """The words as they stand from left to right on the first line of the PDF that has them all
    (pdftotext -bbox; it gives some right-to-left words letter by letter as drawn, so either way)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    lines: list[
        tuple[int, tuple[float, float], list[tuple[float, str]]]
    ] = []  # page, first word's top and bottom, words
    page = 0
    for line in html.splitlines():
        page += "<page " in line
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', line)
        if match:
            word = re.sub("[\u202a-\u202e]", "", match.group(4))
            word = word if word in words else word[::-1]
            top, bottom = float(match.group(2)), float(match.group(3))

            def shared(span: tuple[float, float], top: float = top, bottom: float = bottom) -> float:
                # How much two words overlap in height, as a share of the smaller (fonts differ in height).
                return (min(bottom, span[1]) - max(top, span[0])) / min(bottom - top, span[1] - span[0])

            same = sorted(
                (entry for entry in lines if entry[0] == page and shared(entry[1]) >= 0.6),
                key=lambda entry: shared(entry[1]),
            )
            if same:
                same[-1][2].append((float(match.group(1)), word))  # the line it overlaps most
            else:
                lines.append((page, (top, bottom), [(float(match.group(1)), word)]))
    for _page, _middle, found in lines:
        if all(word in [w for _x, w in found] for word in words):
            return [word for _x, word in sorted(found) if word in words]
    raise AssertionError(f"no line has all of {words}")


def assert_every_name(pdf: Path, bold_fonts: bool = True, one_name_a_line: bool = True) -> None:
    drawn = assert_no_missing_glyph(pdf)
    text = page_text(pdf)
    for _latin, native, _key, font in NAMES:
        face = font if bold_fonts else font.replace("-Bold", "-Regular")
        assert face in drawn, (face, sorted(drawn))
        if _key in ("arabic", "hebrew", "cjk_ext", "lao"):
            assert native in text, native  # copied back as typed (pre-base vowels come out in drawing order)
    assert "DroidSansFallback" in drawn  # 田 花子 beside 𠮷
    # Right to left on the page: the first word of a Hebrew or Arabic name stands right of the next.
    if not one_name_a_line:
        return
    assert left_to_right(pdf, ["דוד", "כהן"]) == ["כהן", "דוד"]
    assert left_to_right(pdf, ["محمد", "عبد", "الله"]) == ["الله", "عبد", "محمد"]
    assert left_to_right(pdf, ["محمد", "Ali"]) == ["Ali", "محمد"]  # "محمد Ali" is a right-to-left line


# -- the runs -------------------------------------------------------------------------------------
@pytest.mark.parametrize("native, key", [(native, key) for _l, native, key, _f in NAMES])
def test_each_script_has_its_bundled_font(native: str, key: str) -> None:
    keys = {run.font_key for run in td.script_runs(native)}
    assert key in keys and td.undrawable(native) == []
    assert "".join(run.text for run, _level in td.visual_runs(native)).__len__() == len(native)


def test_right_to_left_runs_come_in_visual_order_and_text_stays_as_written() -> None:
    assert [(r.text, level) for r, level in td.visual_runs("محمد Ali")] == [("Ali", 2), ("محمد ", 1)]
    assert [(r.text, level) for r, level in td.visual_runs("Ali محمد")] == [("Ali ", 0), ("محمد", 1)]
    assert [r.text for r, _level in td.visual_runs("דוד כהן")] == ["דוד כהן"]  # one run: HarfBuzz lays it out RTL
    # ZWNJ is a letter of Persian "می‌خواهم": kept, in the Arabic run.
    assert "".join(r.text for r, _l in td.visual_runs("می\u200cخواهم")) == "می\u200cخواهم"
    assert td.undrawable("می\u200cخواهم") == []


def test_levels_come_from_python_bidis_rust_core() -> None:
    """The levels are read from python-bidi's own report (pyproject pins the minor version): were
    that to change, its pure-Python fallback would be used, which knows no bracket pairs (rule N0)."""
    from ssc_desktop.output import bidi_text

    text = "محمد (Ali) 12"
    assert bidi_text.levels(text) == (1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 2, 2)  # ")" pairs with "(": right to left
    assert bidi_text._levels_by_python(text)[9] == 2
    assert bidi_text.levels("Ali") == (0, 0, 0)


def test_arabic_is_joined_and_hebrew_is_not_reversed_by_hand() -> None:
    from ssc_desktop.output import bidi_text

    td.register_fonts()
    shaped = bidi_text.shape_rtl("محمد", td.font_name("arabic"), 20)
    # Joining forms are other glyphs than the letters standing alone, in visual order (last letter first).
    assert len(shaped) == 4 and shaped != "محمد"[::-1]
    assert [d.cluster for d in shaped.__shapeData__] == [3, 2, 1, 0]
    # Initial meem, medial hah, medial meem, final dal: not one of them the letter standing alone.
    assert not set(shaped) & set("محمد")


def test_undrawable_characters_are_found() -> None:
    assert td.undrawable(EMOJI) == ["\U0001f9ff"]
    assert td.undrawable(PRIVATE) == ["\ue123"]
    assert td.undrawable("ප්\u200dරනාන්දු") == []  # ZWJ draws nothing and needs no glyph
    assert td.undrawable("山田\u200e太郎") == []  # a mark of direction: from a font that has it


# -- the documents --------------------------------------------------------------------------------
@pytest.fixture
def everyone(services, make_event, make_member):
    event = make_event(capacity=None)
    ids = {}
    for number, (latin, native) in enumerate([*(n[:2] for n in NAMES), MIXED]):
        member = make_member(latin, native_name=native, email=f"n{number}@example.org", country="India")
        ids[latin] = services.registrations.register(event.id, member.id).id
    return event, ids


def test_badges_print_every_name(services, everyone, tmp_path: Path) -> None:
    event, _ids = everyone
    for layout in ("2x4", "1x1"):
        pdf = tmp_path / f"badges-{layout}.pdf"
        result = services.badges.write_badges(event.id, pdf, layout=layout)
        assert result.warnings == ()
        assert_every_name(pdf, one_name_a_line=layout == "1x1")  # 2x4: two badges side by side
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(tmp_path / "badges-2x4.pdf"), str(tmp_path / "b")], check=True)
    assert (tmp_path / "b-1.png").stat().st_size > 10_000


def test_signin_sheet_prints_every_name(services, everyone, tmp_path: Path) -> None:
    event, _ids = everyone
    warnings: list = []
    pdf = write_signin_pdf(services.attendance.sheet(event.id), tmp_path / "signin.pdf", warnings=warnings)
    assert warnings == []
    assert_every_name(pdf, bold_fonts=False)  # the name in its own script is the regular line
    assert "Mohammed Abdullah" in page_text(pdf)


def test_certificates_print_every_name(services, everyone, tmp_path: Path) -> None:
    from ssc_desktop.models import CertificateKind

    event, ids = everyone
    for registration_id in ids.values():
        services.certificates.set_contributor(registration_id, "for helping at the door")
    plan = services.certificates.issue(services.certificates.plan(event.id, CertificateKind.CONTRIBUTION))
    warnings: list = []
    pdf = write_certificates_pdf(plan, tmp_path / "thanks.pdf", warnings=warnings)
    assert warnings == [] and len(plan.recipients) == len(NAMES) + 1
    assert_every_name(pdf)


# -- a character no font has: told, with the name -------------------------------------------------
@pytest.fixture
def undrawable_people(services, make_event, make_member):
    event = make_event(capacity=None, title="Reunion")
    for number, latin in enumerate([EMOJI, PRIVATE, "Asha Rao"]):
        member = make_member(latin, email=f"u{number}@example.org")
        services.registrations.register(event.id, member.id)
    return event


def test_badges_tell_which_name_has_which_character(services, undrawable_people, tmp_path: Path) -> None:
    from ssc_desktop.messages import describe

    result = services.badges.write_badges(undrawable_people.id, tmp_path / "b.pdf", layout="2x4")
    assert result.path.is_file()  # still printed: a box where the character is
    said = sorted(describe(w) for w in result.warnings)  # badges come A to Z by Latin name
    assert said == [
        "\u201cRavi \ue123 Kumar\u201d has U+E123 \u2039\ue123\u203a, which no bundled font can draw: "
        "it prints as an empty box.",
        "\u201cZara \U0001f9ff Khan\u201d has U+1F9FF \u2039\U0001f9ff\u203a, which no bundled font can draw: "
        "it prints as an empty box.",
    ]
    assert [w.code for w in result.warnings] == ["pdf.undrawable_character"] * 2
    # And the PDF check the other tests rely on sees the box too.
    with pytest.raises(AssertionError, match="NotoSans-Bold draws a .notdef box"):
        assert_no_missing_glyph(result.path)


def test_signin_and_certificates_tell_it_too(services, undrawable_people, tmp_path: Path) -> None:
    from ssc_desktop.models import CertificateKind

    warnings: list = []
    write_signin_pdf(services.attendance.sheet(undrawable_people.id), tmp_path / "s.pdf", warnings=warnings)
    assert sorted(w.params["name"] for w in warnings) == sorted([EMOJI, PRIVATE])
    for row in services.registrations.list_registrations(undrawable_people.id):
        services.certificates.set_contributor(row.id, "for the posters")
    plan = services.certificates.issue(services.certificates.plan(undrawable_people.id, CertificateKind.CONTRIBUTION))
    warnings = []
    write_certificates_pdf(plan, tmp_path / "c.pdf", warnings=warnings)
    # The name is told, not the wording that holds it.
    assert sorted((w.params["name"], w.params["code_point"]) for w in warnings) == sorted(
        [(EMOJI, "U+1F9FF"), (PRIVATE, "U+E123")]
    )


def test_ssc_prints_the_warning(ssc, services, undrawable_people, db_path: Path, tmp_path: Path) -> None:
    import json

    event = undrawable_people
    code, out, err = ssc("--db", db_path, "badges", "--event", event.id, "-o", tmp_path / "b.pdf")
    assert code == 0 and "Wrote 3 badges" in out
    assert "ssc: warning: \u201cZara \U0001f9ff Khan\u201d has U+1F9FF" in err
    assert "ssc: warning: \u201cRavi \ue123 Kumar\u201d has U+E123" in err
    code, out, err = ssc("--db", db_path, "export", "signin", "--event", event.id, "-o", tmp_path / "s.pdf", "--json")
    assert code == 0 and err == ""
    warnings = json.loads(out)["warnings"]
    assert {(w["code"], w["name"], w["char"]) for w in warnings} == {
        ("pdf.undrawable_character", EMOJI, "\U0001f9ff"),
        ("pdf.undrawable_character", PRIVATE, "\ue123"),
    }
    assert all("which no bundled font can draw" in w["message"] for w in warnings)


def test_text_without_such_characters_gets_no_warning(services, make_event, make_member, tmp_path: Path) -> None:
    event = make_event(capacity=None)
    member = make_member("Asha Rao", native_name="ஆஷா ராவ்", email="asha@example.org")
    services.registrations.register(event.id, member.id)
    assert services.badges.write_badges(event.id, tmp_path / "b.pdf").warnings == ()


def test_agenda_report_and_results_tell_it_too(ssc, services, undrawable_people, db_path: Path, tmp_path: Path) -> None:
    """The writers that take no warnings list are watched by services.file_exports."""
    import json
    from datetime import timedelta

    from ssc_desktop.services.programme import ItemDraft, SpeakerDraft

    event = undrawable_people
    start = event.starts_at + timedelta(hours=1)
    services.programme.add_item(
        event.id, ItemDraft(start, start + timedelta(hours=1), "Keynote", speakers=(SpeakerDraft(None, PRIVATE),))
    )
    agenda = services.exports.agenda(event.id, tmp_path / "agenda.pdf")
    assert [(w.code, w.params["name"]) for w in agenda.warnings] == [("pdf.undrawable_character", PRIVATE)]
    assert services.exports.agenda(event.id, tmp_path / "agenda.xlsx").warnings == ()  # a workbook draws nothing

    code, out, err = ssc("--db", db_path, "export", "report", "--event", event.id, "-o", tmp_path / "r.pdf", "--json")
    assert code == 0 and err == ""
    assert {w["name"] for w in json.loads(out)["warnings"]} == {PRIVATE}  # the report's programme names the speaker
    code, out, err = ssc("--db", db_path, "programme", "export", "--event", event.id, "-o", tmp_path / "a.pdf")
    assert code == 0 and f"ssc: warning: \u201c{PRIVATE}\u201d has U+E123" in err

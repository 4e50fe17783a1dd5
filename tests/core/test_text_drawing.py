"""The shared PDF text module: fonts per script, shaping, embedding, fitting."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from ssc_desktop.output import text_drawing as td
from ssc_desktop.paths import resource_path

NAMES = {
    "japanese": "山田 太郎",
    "chinese": "黎雄伟",
    "thai": "สมชาย ใจดี",
    "devanagari": "सीता श्रेष्ठ",
    "bengali": "মোহাম্মদ রহমান",
    "sinhala": "සුනිල් ප්‍රනාන්දු",
    "myanmar": "ကျော်ဇင်ဦး",
    "vietnamese": "Nguyễn Văn An",
    "mixed": "黎雄伟 Lai Hung Wei",
}
# Conjuncts copy out as their letters; Bengali and Myanmar vowels drawn before their consonant
# come out in drawing order (reportlab writes no /ActualText), so those two are not compared.
EXTRACTABLE = ["japanese", "chinese", "thai", "vietnamese", "mixed", "devanagari", "sinhala"]


def test_every_bundled_font_and_its_licence_is_there() -> None:
    folder = resource_path("fonts")
    for regular, bold in td.FONT_FILES.values():
        assert (folder / regular).is_file() and (folder / bold).is_file()
    for licence in ("OFL.txt", "LICENSE-Apache-2.0.txt", "LICENSE-Hanazono.txt"):
        assert (folder / licence).is_file()
        assert licence in (folder / "README").read_text(encoding="utf-8")
    readme = (folder / "README").read_text(encoding="utf-8")
    for path in folder.glob("*.ttf"):
        assert path.name in readme
    # 9.6 MB of Noto and Droid, 31 MB of HanaMinB (CJK beyond the basic plane): nothing more unnoticed.
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert total < 42_000_000


@pytest.mark.parametrize(
    "text, expected",
    [
        ("黎雄伟 Lai Hung Wei", [("黎雄伟 ", "cjk"), ("Lai Hung Wei", "latin")]),
        # Droid Sans Fallback has no ASCII parentheses: they stay Latin.
        ("Lai Hung Wei (黎雄伟)", [("Lai Hung Wei (", "latin"), ("黎雄伟", "cjk"), (")", "latin")]),
        ("(सीता)", [("(सीता)", "devanagari")]),
        ("सीता श्रेष्ठ", [("सीता श्रेष्ठ", "devanagari")]),
        ("ප්\u200dරනාන්දු", [("ප්\u200dරනාන්දු", "sinhala")]),
        ("Sita सीता 2026", [("Sita ", "latin"), ("सीता ", "devanagari"), ("2026", "latin")]),
        ("山田・太郎", [("山田・太郎", "cjk")]),
        ("", []),
        ("2026", [("2026", "latin")]),
    ],
)
def test_script_runs(text: str, expected: list) -> None:
    assert [(r.text, r.font_key) for r in td.script_runs(text)] == expected


def test_runs_rebuild_the_text_exactly() -> None:
    for text in [*NAMES.values(), "  a  b ", "Ünïcödé — “quotes” & <tags>", "한국어 이름", "mix黎Lai"]:
        assert "".join(r.text for r in td.script_runs(text)) == text


def test_markup_escapes_user_text() -> None:
    text = td.markup("<b>Rahul & Co</b>")
    assert "&lt;b&gt;Rahul &amp; Co&lt;/b&gt;" in text and text.startswith('<font name="SSC-latin-Regular">')
    assert "SSC-latin-Bold" in td.markup("x", bold=True)


def test_styles_shape_text() -> None:
    for style in td.styles().values():
        assert style.shaping == 1
        assert style.fontName.startswith("SSC-")


def test_fit_to_width_never_overflows() -> None:
    for text in [*NAMES.values(), "Siddharth Venkataraman Subramanian Iyer " * 3]:
        for width in (40, 90, 200):
            fitted = td.fit_to_width(text, width, 28, min_size=6)
            assert fitted.width <= width + 1e-6
            assert td.text_width(fitted.text, fitted.size) <= width + 1e-6
            assert 6 <= fitted.size <= 28
    short = td.fit_to_width("Ram", 200, 20)
    assert (short.size, short.shortened) == (20, False)
    long = td.fit_to_width("Siddharth Venkataraman " * 10, 60, 20, min_size=8)
    assert long.shortened and long.text.endswith("…") and long.size == 8
    with pytest.raises(ValueError):
        td.fit_to_width("x", 0, 10)


def test_shaping_joins_conjuncts() -> None:
    """Shaped Devanagari is narrower than its letters set one by one (the conjuncts join)."""
    from reportlab.pdfbase import pdfmetrics

    td.register_fonts()
    text = "श्रेष्ठ"
    unshaped = pdfmetrics.stringWidth(text, td.font_name("devanagari"), 20)
    assert td.text_width(text, 20) < unshaped


def test_registration_is_safe_from_threads() -> None:
    threads = [threading.Thread(target=td.register_fonts) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert td.font_name(td.CJK) in __import__("reportlab.pdfbase.pdfmetrics", fromlist=["x"]).getRegisteredFontNames()


def render_names(path: Path) -> None:
    styles = td.styles(14)
    story = []
    for text in NAMES.values():
        story.append(td.paragraph(text, styles["body"]))
        story.append(td.paragraph(text, styles["body"], bold=True))
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=td.font_name(td.LATIN)).build(story)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_font_is_embedded_and_text_extracts(tmp_path: Path) -> None:
    path = tmp_path / "names.pdf"
    render_names(path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert len(fonts) >= 12
    for line in fonts:
        columns = line.split()
        assert columns[-5] == "yes", line  # the "emb" column
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for key in EXTRACTABLE:
        assert NAMES[key] in text, key
    assert "\ue000" not in text  # no private-use codes for conjunct glyphs


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_fitted_text_draws_on_a_canvas(tmp_path: Path) -> None:
    path = tmp_path / "fitted.pdf"
    canvas = Canvas(str(path), pagesize=A4, initialFontName=td.font_name(td.LATIN))
    y = 800
    for text in NAMES.values():
        td.draw_fitted(canvas, td.fit_to_width(text, 120, 30), 50, y)
        td.draw_text(canvas, text, 300, y, 14, align="right")
        y -= 40
    canvas.save()
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts and "NotoSansMyanmar" in fonts and "DroidSansFallback" in fonts
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_word_in_two_fonts_keeps_both_in_a_shaped_paragraph(tmp_path: Path) -> None:
    """reportlab shapes a word in its first letter's font: the Thai font has no ':' '(' or '.', so
    "หัวข้อ:", "(ยังไม่ล็อก)" and "ธ.ค." drew boxes until each font's part is shaped on its own."""
    td.register_fonts()
    lines = ["หัวข้อ: วิทยาศาสตร์ (ยังไม่ล็อก) 1 ธ.ค. 2026", "สมชาย ใจดี (Somchai), ศรีสมร:ครู"]
    path = tmp_path / "mixed.pdf"
    document = SimpleDocTemplate(str(path), initialFontName=td.font_name(td.LATIN))
    document.build([td.paragraph(line, td.styles(11)["body"]) for line in lines])
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "\ufffd" not in text
    for line in lines:
        assert line in text

"""Every shipped language is complete, sound and current, and no visible string escapes translation.

The .ts files in resources/translations are the one source of every language (see
scripts/update_translations.py); these checks read them as text, without Qt.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop import languages
from ssc_desktop.translation_checks import problems

ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
TRANSLATED = [language for language in languages.SHIPPED if language.code != "en"]


def messages_of(code: str) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(languages.translation_source(code)).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_a_shipped_language_misses_no_message(language: languages.Language) -> None:
    missing = [
        f"[{context}] {source}"
        for context, source, translation in messages_of(language.code)
        if translation is None or translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert not missing, f"{len(missing)} message(s) not translated into {language.native_name}, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_every_translation_keeps_its_placeholders_markup_and_mnemonic(language: languages.Language) -> None:
    wrong = [
        f"[{context}] {source!r}: {problems(source, translation.text or '')}"
        for context, source, translation in messages_of(language.code)
        if translation is not None
        and translation.get("type") is None
        and translation.text
        and problems(source, translation.text)
    ]
    assert not wrong, "\n".join(wrong[:10])


def test_the_committed_translations_are_current() -> None:
    """A string added or changed in the code and not passed through update_translations.py fails here."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checks_catch_what_breaks_a_message() -> None:
    assert problems("Row %1: %2", "行 %2: %1") == []
    assert problems("Cannot read {path}: {detail}", "{path} を読めません")
    assert problems("<b>Kind:</b> %1", "種類: %1")
    assert problems("&File", "ファイル") and not problems("&File", "ファイル(&F)")
    assert problems("Save", " ") == ["empty"]


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["ja_JP.UTF-8"], "ja"),
        (["id-ID", "en-US"], "id"),
        (["in_ID"], "id"),
        (["C.UTF-8", "vi_VN"], "vi"),
        (["de_DE", "th-TH"], "th"),
        (["fr_FR"], "en"),
        ([], "en"),
        (["POSIX"], "en"),
    ],
)
def test_the_system_language_is_the_first_one_shipped(names: list[str], code: str) -> None:
    assert languages.best_match(names).code == code


def test_a_stored_choice_wins_over_the_system() -> None:
    assert languages.choose("id", ["ja_JP"]).code == "id"
    assert languages.choose("", ["ja_JP"]).code == "ja"
    assert languages.choose("xx", ["th_TH"]).code == "th"  # a language no longer shipped


def test_the_command_line_follows_the_environments_language() -> None:
    assert languages.environment_preferred({"LANGUAGE": "vi:en", "LANG": "ja_JP.UTF-8"}) == ["vi", "en", "ja_JP.UTF-8"]
    assert languages.environment_preferred({"SSC_LANGUAGE": "th", "LC_ALL": "C"})[0] == "th"


def test_ssc_prints_its_errors_in_the_language_asked_for(tmp_path: Path) -> None:
    import re

    from ssc_desktop.messages import MESSAGES

    english = MESSAGES["not_found"]
    japanese = languages.translations_of("ja", "DomainError").get(english)
    assert japanese, "the Japanese translation of not_found"

    def run(**variables: str) -> str:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), **variables}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "ssc_desktop.cli",
                "--db",
                str(tmp_path / "x.sqlite3"),
                "event",
                "edit",
                "4242",
                "--title",
                "x",
            ],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
        )
        assert result.returncode == 1
        return result.stderr

    def words(template: str) -> list[str]:
        return [chunk.strip() for chunk in re.split(r"\{[^}]*\}", template) if chunk.strip()]

    in_japanese = run(LANGUAGE="ja", LANG="ja_JP.UTF-8")
    assert all(chunk in in_japanese for chunk in words(japanese)), in_japanese
    in_english = run(LANGUAGE="", LANG="C.UTF-8", LC_ALL="")
    assert all(chunk in in_english for chunk in words(english)), in_english


# -- the views: every visible word goes through the translator ---------------------------------

# Qt calls whose string arguments a person reads.
TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setTitle",
    "setLabelText",
    "setWhatsThis",
    "showMessage",
    "addRow",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "addItems",
    "addAction",
    "addMenu",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "setAccessibleName",
    "setAccessibleDescription",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setButtonText",
    "setInformativeText",
    "setDetailedText",
    "setSubTitle",
    "information",
    "warning",
    "critical",
    "question",
    "getText",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "QMessageBox",
    "QProgressDialog",
    "Column",
    "card",
    "figure",
    "empty_state",
    "field_label",
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _is_words(text: str) -> bool:
    """Text a person reads: letters, not a key, a path, a file name, markup, a style or a log format."""
    import html
    import re

    stripped = html.unescape(text).strip()
    if "%s" in stripped or "@" in stripped and " " not in stripped or re.fullmatch(r"[\w.-]*\.[a-z0-9]{2,7}", stripped):
        return False
    if stripped.startswith("<") or text.startswith(("<", " ·", ".")):
        return False  # markup and separators around translated words
    if sum(ch.isalpha() for ch in stripped) < 2:
        return False
    if stripped.startswith(("#", "%", "*.", "QT_", "ssc-", "http", "<html")) or "{" in stripped and ":" in stripped:
        return False
    return (
        not (stripped.isidentifier() and (stripped.islower() or "_" in stripped)) and "/" not in stripped.split(" ")[0]
    )


def untranslated_literals(source: str, filename: str) -> list[str]:
    found: list[str] = []
    tree = ast.parse(source, filename)
    inside_tr: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in TRANSLATING:
            for sub in ast.walk(node):
                inside_tr.add(id(sub))
            text_arg = (
                node.args[-1] if node.args and _call_name(node) != "tr" else (node.args[0] if node.args else None)
            )
            if isinstance(text_arg, ast.JoinedStr):
                found.append(f"{filename}:{node.lineno}: an f-string inside tr() can never match a translation")
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _call_name(node) in TEXT_CALLS):
            continue
        for argument in [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title", "label"))]:
            for sub in ast.walk(argument):
                if id(sub) in inside_tr:
                    continue
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and _is_words(sub.value):
                    found.append(f"{filename}:{sub.lineno}: {sub.value!r} is shown without tr()")
    return found


def test_no_visible_string_in_the_views_escapes_translation() -> None:
    found = []
    for path in sorted((ROOT / "ssc_desktop" / "views").rglob("*.py")):
        found += untranslated_literals(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'label = QLabel("Welcome")',
        'button.setText("Save the roster")',
        'box.addItem("Face to face", 1)',
        'self.setWindowTitle(f"Edit {name}")',
        'self.tr(f"Hello {name}")',
        'QMessageBox.warning(self, "Cannot save", text)',
    ],
)
def test_the_lint_flags_an_untranslated_string(source: str) -> None:
    assert untranslated_literals(source, "x.py")


@pytest.mark.parametrize(
    "source",
    [
        'label = QLabel(self.tr("Welcome"))',
        "box.addItem(word(kind), kind)",
        'self.setObjectName("ErrorText")',
        'label.setText("")',
        'label.setText(" · ".join(parts))',
        'label.setText("✓ " + self.tr("Done"))',
        'QCoreApplication.translate("DomainError", template)',
        'self.setStyleSheet("font-weight: 600;")',
        'edit.setPlaceholderText("name@example.org")',
    ],
)
def test_the_lint_lets_translated_or_non_text_strings_pass(source: str) -> None:
    assert untranslated_literals(source, "x.py") == []

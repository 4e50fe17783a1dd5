"""The judges' phone page speaks the phone's language (its Accept-Language) when SSC Desktop
ships it, else the laptop's; with the app's own translations, read without Qt."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from ssc_desktop import languages
from ssc_desktop.messages.judge_phones import PHONE_TEXTS
from ssc_desktop.web.judge_server import JudgeServer
from ssc_desktop.web.phone_words import PhoneWords, accepted

from tests.core.test_judge_phones import make_contest


def ask(url: str, language: str | None, body: dict | None = None, session: str = "") -> tuple[int, dict, str]:
    request = urllib.request.Request(
        url, json.dumps(body).encode() if body is not None else None, method="POST" if body is not None else "GET"
    )
    request.add_header("Content-Type", "application/json")
    if language is not None:
        request.add_header("Accept-Language", language)
    if session:
        request.add_header("Authorization", f"Bearer {session}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, payload, said = response.status, response.read(), response.headers["Content-Language"]
    except urllib.error.HTTPError as error:
        status, payload, said = error.code, error.read(), error.headers["Content-Language"]
    try:
        return status, json.loads(payload), said
    except ValueError:
        return status, {"page": payload.decode()}, said


def test_the_accept_language_header_is_read_best_first() -> None:
    assert accepted("ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7") == ["ja-JP", "ja", "en-US", "en"]
    assert accepted("en;q=0.5, th-TH , fr;q=0, *;q=0.1, vi;q=0.6") == ["th-TH", "vi", "en"]
    assert accepted("") == [] and accepted("de;q=oops") == []


@pytest.mark.parametrize(
    ("header", "laptop", "expected"),
    [
        ("ja-JP,ja;q=0.9,en;q=0.8", "en", "ja"),
        ("fr-FR,de;q=0.9", "th", "th"),  # none shipped: the laptop's
        ("en-US,en;q=0.9", "ja", "en"),  # a phone that asks for English gets English
        ("in-ID", "en", "id"),  # Android's old code for Indonesian
        ("zh-CN,vi;q=0.5", "ja", "vi"),
        ("", "vi", "vi"),
        ("", "xx", "en"),
    ],
)
def test_the_phones_language_first_then_the_laptops(header: str, laptop: str, expected: str) -> None:
    assert PhoneWords(laptop).language_for(header) == expected


def test_refusals_in_the_phones_language_from_the_shipped_translations(services, make_event) -> None:
    contest = make_contest(services, make_event)
    server = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    try:
        url = next(link.url for link in server.links() if link.name == "Judge 1")
        japanese = languages.translations_of("ja", "DomainError")
        status, reply, said = ask(url + "/login", "ja-JP,ja;q=0.9", {"pin": "0000"})
        assert status == 401 and said == "ja"
        assert reply["error"] == japanese["That PIN is not right. Try again, or ask the coordinator."]
        status, reply, said = ask(url + "/login", "en-GB", {"pin": "0000"})
        assert said == "en" and reply["error"] == "That PIN is not right. Try again, or ask the coordinator."
        status, reply, _said = ask(url + "/login", "th", {"pin": "1001"})
        session = reply["session"]
        status, work, _said = ask(url + "/work", "th", session=session)
        entry, design = work["entries"][0]["id"], contest.criteria[1].id
        status, reply, said = ask(url + "/scores", "th-TH", {"entry": entry, "values": {str(design): 3.7}}, session)
        thai = languages.translations_of("th", "DomainError")["“{criterion}”: {value} is not on the scale {scale}."]
        assert status == 409 and said == "th"
        assert reply["error"] == thai.format(criterion="Design", value=3.7, scale="0, 0.5, … 5")
        status, page, said = ask(url, "vi-VN,vi;q=0.9")
        assert status == 200 and said == "vi" and '<html lang="vi">' in page["page"]
    finally:
        server.stop()


def test_the_page_texts_follow_the_phone_or_the_laptop(services, make_event, tmp_path: Path, monkeypatch) -> None:
    """Translations of the page's own texts (context JudgePhone) reach the page; English where none is made yet."""
    ts = tmp_path / "ssc_desktop_ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ja_JP">'
        "<context><name>JudgePhone</name>"
        "<message><source>Enter your PIN</source><translation>PINを入力してください</translation></message>"
        '<message><source>Save scores</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(languages, "translation_source", lambda code: ts if code == "ja" else tmp_path / "none.ts")
    contest = make_contest(services, make_event)
    server = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0, language="ja").start()
    try:
        url = next(link.url for link in server.links() if link.name == "Judge 1")

        def texts(header: str | None) -> dict:
            page = ask(url, header)[1]["page"]
            return json.loads(page.split('<script type="application/json" id="texts">', 1)[1].split("</script>", 1)[0])

        phone = texts("ja")
        assert phone["pin_prompt"] == "PINを入力してください"
        assert phone["save"] == PHONE_TEXTS["save"]  # not translated yet: English
        assert texts(None)["pin_prompt"] == "PINを入力してください"  # a phone that says nothing: the laptop's
        assert texts("fr-FR")["pin_prompt"] == "PINを入力してください"
        assert texts("en-US") == PHONE_TEXTS
    finally:
        server.stop()

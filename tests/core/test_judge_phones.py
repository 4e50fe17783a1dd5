"""Judges score from their phones: the real server (waitress) on loopback, driven over HTTP.

Only judges' pages are served; a wrong token or PIN gets nothing; PINs are rate limited;
the phone sees only its judge's entries (no authors when blind); scores land in the same
database with the audit trail "phone"; the window and the lock hold; 15 judges at once lose
no score; stopping the server closes the port.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from datetime import timedelta

import pytest

from ssc_desktop.models import ContestKind, utc_now
from ssc_desktop.services.contest_rubrics import CriterionDraft
from ssc_desktop.services.contests import AuthorDraft, ContestDraft, EntryDraft
from ssc_desktop.services.pin_attempts import PinThrottle
from ssc_desktop.web.judge_server import JudgeServer

RUBRIC = (
    CriterionDraft("Merit", 2, 1, 10, 1, (("1–3", "weak"), ("4–7", "fair"), ("8–10", "strong"))),
    CriterionDraft("Design", 1, 0, 5, 0.5),
)


class Phone:
    """What a judge's phone does, in plain HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.session = ""

    def request(
        self, path: str = "", body: dict | None = None, method: str | None = None, raw: bytes | None = None
    ) -> tuple[int, bytes]:
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.url + path, data=data, method=method or ("POST" if data else "GET"))
        request.add_header("Content-Type", "application/json")
        if self.session:
            request.add_header("Authorization", f"Bearer {self.session}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def json(self, path: str = "", body: dict | None = None) -> tuple[int, dict]:
        status, payload = self.request(path, body)
        return status, json.loads(payload)

    def login(self, pin: str) -> int:
        status, reply = self.json("/login", {"pin": pin})
        if status == 200:
            self.session = reply["session"]
        return status


def make_contest(services, make_event, judges: int = 3, entries: int = 6, blind: bool = False, k: int = 2):
    event = make_event()
    contest = services.contests.create_contest(
        event.id, ContestDraft("Posters", ContestKind.POSTER, blind=blind, judges_per_entry=k), RUBRIC
    )
    services.contests.add_entries(
        contest.id,
        [
            EntryDraft(
                f"P-{n:02d}",
                f"Poster {n}",
                affiliation=f"School {n}",
                authors=(AuthorDraft("Ananya Iyer"), AuthorDraft("Rohan Das")),
            )
            for n in range(1, entries + 1)
        ],
    )
    for n in range(1, judges + 1):
        services.contests.add_judge(contest.id, f"Judge {n}", f"{1000 + n}")
    services.contests.assign(contest.id, k)
    return services.contests.get_contest(contest.id)


@pytest.fixture
def serve(services):
    started: list[JudgeServer] = []

    def start(contest_id: int, throttle: PinThrottle | None = None) -> JudgeServer:
        server = JudgeServer(services.judge_phones, contest_id, "127.0.0.1", 0, throttle).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def phone_for(server: JudgeServer, name: str) -> Phone:
    return Phone(next(link.url for link in server.links() if link.name == name))


def test_links_are_unguessable_stable_and_per_judge(services, make_event) -> None:
    contest = make_contest(services, make_event)
    links = services.judge_phones.links(contest.id)
    assert len({link.token for link in links}) == 3 and all(len(link.token) == 22 for link in links)
    assert [link.token for link in services.judge_phones.links(contest.id)] == [link.token for link in links]
    services.judge_phones.new_links()
    assert not {link.token for link in links} & {link.token for link in services.judge_phones.links(contest.id)}


def test_nothing_but_judges_pages_and_wrong_token_or_pin_gets_nothing(services, make_event, serve) -> None:
    contest = make_contest(services, make_event)
    server = serve(contest.id)
    base = server.base_url()
    good = phone_for(server, "Judge 1")
    token = good.url.rsplit("/", 1)[1]
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    for path in (
        "/",
        "/j/",
        "/j",
        "/index.html",
        "/favicon.ico",
        "/static/judge.js",
        f"/j/{wrong}",
        f"/j/{wrong}/judge.js",
        f"/j/{wrong}/work",
        f"/j/{token}/../",
        f"/j/{token}/page.html",
        f"/j/{token}/x/y",
        "/j/../../etc/passwd",
        f"/J/{token}",
    ):
        status, body = Phone(base).request(path)
        assert (status, body) == (404, b"Not found"), path
    status, body = Phone(base + f"/j/{wrong}").request("/login", {"pin": "1001"})
    assert (status, body) == (404, b"Not found")
    assert Phone(base).request(f"/j/{token}", method="DELETE")[0] == 405
    status, reply = good.json("/work")
    assert status == 401 and "entries" not in reply
    assert good.login("9999") == 401 and not good.session
    status, reply = good.json("/work")
    assert status == 401 and set(reply) == {"error", "login"}
    # Another judge's PIN opens nothing either.
    assert good.login("1002") == 401
    # The page and its script for a real token; strict headers on all of it.
    request = urllib.request.urlopen(good.url, timeout=5)
    page = request.read().decode()
    assert "judge.js" in page and "Enter your PIN" in page
    assert request.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'none'" in request.headers["Content-Security-Policy"]
    assert good.request("/judge.js")[0] == 200


def test_wrong_pins_are_rate_limited(services, make_event, serve) -> None:
    contest = make_contest(services, make_event)
    now = [1000.0]
    server = serve(contest.id, PinThrottle(allowed=5, window=60, lockout=60, clock=lambda: now[0]))
    phone = phone_for(server, "Judge 1")
    for _ in range(5):
        assert phone.login("0000") == 401
    status, reply = phone.json("/login", {"pin": "1001"})
    assert status == 429 and reply["wait"] == 60 and "Wait 60 seconds" in reply["error"]
    assert "session" not in reply
    now[0] += 61
    assert phone.login("1001") == 200
    logged = services.audit.entries()
    assert [(r.kind, r.desk) for r in logged[:5]] == [("wrong-pin", "phone")] * 5
    assert "Judge 1 (5 in a row); next try in 60 s" in logged[0].what and "0000" not in logged[0].what


def test_phone_shows_own_entries_blind_and_saves_with_audit(services, make_event, serve) -> None:
    contest = make_contest(services, make_event, blind=True)
    server = serve(contest.id)
    phone = phone_for(server, "Judge 1")
    assert phone.login("1001") == 200
    status, body = phone.request("/work")
    work = json.loads(body)
    judge = next(j for j in services.contests.list_judges(contest.id) if j.name == "Judge 1")
    own = {i.code for i in services.contests.judge_work(judge.id).items}
    assert status == 200 and {e["code"] for e in work["entries"]} == own and len(own) == judge.assigned < 6
    assert b"Ananya" not in body and b"Rohan" not in body and b"School " not in body
    assert [c["guide"] for c in work["criteria"]][0] == [["1–3", "weak"], ["4–7", "fair"], ["8–10", "strong"]]
    merit, design = (c.id for c in contest.criteria)
    entry = work["entries"][0]["id"]
    status, reply = phone.json(
        "/scores", {"entry": entry, "values": {str(merit): 8, str(design): 3.5}, "comment": "Clear figures"}
    )
    assert status == 200 and reply == {"entry_id": entry, "changed": 2, "complete": True}
    item = next(i for i in services.contests.judge_work(judge.id).items if i.id == entry)
    assert item.scores == {merit: 8.0, design: 3.5} and item.comment == "Clear figures"
    changes = [c for c in services.contests.score_changes(contest.id) if c.entry_code == item.code]
    assert {c.source for c in changes} == {"phone"} and {c.changed_by for c in changes} == {"Judge 1"}
    assert {(c.criterion, c.old_value, c.new_value) for c in changes} >= {("Merit", "", "8"), ("Design", "", "3.5")}
    # Off the scale, not assigned, or nonsense: refused in words, nothing saved.
    status, reply = phone.json("/scores", {"entry": entry, "values": {str(design): 3.7}})
    assert status == 409 and "not on the scale" in reply["error"]
    others = {e.id for e in services.contests.list_entries(contest.id)} - {e["id"] for e in work["entries"]}
    status, reply = phone.json("/scores", {"entry": min(others), "values": {str(merit): 5}})
    assert status == 409 and "not assigned" in reply["error"]
    assert phone.request("/scores", raw=b"{not json")[0] == 400
    assert phone.request("/scores", {"entry": entry, "values": {str(merit): True}})[0] == 400
    assert next(i for i in services.contests.judge_work(judge.id).items if i.id == entry).scores[design] == 3.5


def test_window_and_lock_are_enforced(services, make_event, serve) -> None:
    contest = make_contest(services, make_event)
    server = serve(contest.id)
    phone = phone_for(server, "Judge 2")
    assert phone.login("1002") == 200
    entry = phone.json("/work")[1]["entries"][0]["id"]
    merit = contest.criteria[0].id
    services.contests.update_contest(
        contest.id,
        contest.draft().__class__(
            **{
                **contest.draft().__dict__,
                "judging_opens": utc_now() - timedelta(hours=2),
                "judging_closes": utc_now() - timedelta(hours=1),
            }
        ),
    )
    status, reply = phone.json("/scores", {"entry": entry, "values": {str(merit): 5}})
    assert status == 409 and "closed" in reply["error"]
    services.contests.update_contest(contest.id, contest.draft())
    services.contests.lock(contest.id)
    status, reply = phone.json("/scores", {"entry": entry, "values": {str(merit): 5}})
    assert status == 409 and "locked" in reply["error"]
    assert phone.json("/work")[1]["contest"]["locked"] is True
    assert not [c for c in services.contests.score_changes(contest.id) if c.source == "phone"]


def test_fifteen_judges_at_once_lose_no_score(services, make_event, serve) -> None:
    contest = make_contest(services, make_event, judges=15, entries=30, k=3)
    server = serve(contest.id)
    criteria = [c.id for c in contest.criteria]
    phones = [phone_for(server, f"Judge {n}") for n in range(1, 16)]
    for n, phone in enumerate(phones, 1):
        assert phone.login(f"{1000 + n}") == 200
    expected: dict[tuple[str, str], tuple[float, float]] = {}
    failures: list[str] = []
    start = threading.Barrier(15)

    def judge(n: int, phone: Phone) -> None:
        entries = phone.json("/work")[1]["entries"]
        start.wait()
        for m, entry in enumerate(entries):
            values = (float(1 + (n + m) % 10), (n * m % 11) / 2)
            expected[(f"Judge {n}", entry["code"])] = values
            status, _reply = phone.json(
                "/scores", {"entry": entry["id"], "values": dict(zip(map(str, criteria), values, strict=True))}
            )
            if status != 200:
                failures.append(f"Judge {n} {entry['code']}: {status}")

    threads = [threading.Thread(target=judge, args=(n, p)) for n, p in enumerate(phones, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert len(expected) == 90  # 30 entries x 3 judges
    saved = {}
    for row in services.contests.list_judges(contest.id):
        for item in services.contests.judge_work(row.id).items:
            saved[(row.name, item.code)] = (item.scores[criteria[0]], item.scores[criteria[1]])
    assert saved == expected
    assert all(p.done == p.assigned for p in services.contests.progress(contest.id))
    assert len([c for c in services.contests.score_changes(contest.id) if c.source == "phone"]) == 180


def test_stopping_closes_the_port(services, make_event) -> None:
    contest = make_contest(services, make_event)
    server = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    port = server.port
    assert Phone(server.base_url()).request("/")[0] == 404
    server.stop()
    assert not server.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_a_taken_port_is_said_in_words(services, make_event) -> None:
    from ssc_desktop.errors import DomainError

    contest = make_contest(services, make_event)
    first = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    try:
        with pytest.raises(DomainError) as raised:
            JudgeServer(services.judge_phones, contest.id, "127.0.0.1", first.port).start()
        assert raised.value.code == "phones.cannot_listen" and "in use" in str(raised.value)
    finally:
        first.stop()
    with pytest.raises(DomainError):
        JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 80)


def test_names_cannot_break_out_of_the_page(services, make_event, serve) -> None:
    contest = make_contest(services, make_event, judges=1)
    services.contests.add_judge(contest.id, "</script><img src=x onerror=alert(1)>", "4444")
    server = serve(contest.id)
    page = phone_for(server, "</script><img src=x onerror=alert(1)>").request()[1].decode()
    assert "<img" not in page and "\\u003c/script>\\u003cimg src=x onerror=alert(1)>" in page
    assert page.count("</script>") == 3  # the texts, the judge and the script tag: nothing of the name


def test_saves_queued_together_commit_together_and_a_refused_one_spoils_none(services, make_event) -> None:
    from ssc_desktop.services.contests import SheetScores
    from ssc_desktop.services.judge_phones import _QueuedSave

    contest = make_contest(services, make_event)
    merit = contest.criteria[0].id
    judges = services.contests.list_judges(contest.id)
    good = [
        _QueuedSave(SheetScores(j.id, services.contests.judge_work(j.id).items[0].id, {merit: 7.0})) for j in judges[:2]
    ]
    bad = _QueuedSave(SheetScores(judges[2].id, services.contests.judge_work(judges[2].id).items[0].id, {merit: 70.0}))
    services.judge_phones._save_batch([good[0], bad, good[1]])
    assert [q.done for q in (*good, bad)] == [True, True, True]
    assert [q.changed for q in good] == [1, 1] and bad.error is not None and "not on the scale" in str(bad.error)
    for queued in good:
        item = next(
            i for i in services.contests.judge_work(queued.sheet.judge_id).items if i.id == queued.sheet.entry_id
        )
        assert item.scores == {merit: 7.0}
    assert not services.contests.judge_work(judges[2].id).items[0].scores


def test_new_links_while_serving_shut_out_the_old_ones(services, make_event, serve) -> None:
    contest = make_contest(services, make_event)
    server = serve(contest.id)
    old = phone_for(server, "Judge 1")
    assert old.login("1001") == 200 and old.json("/work")[0] == 200
    services.judge_phones.new_links()
    server.app.forget_links()
    assert old.request()[0] == 404 and old.request("/work")[0] == 404
    new = phone_for(server, "Judge 1")
    assert new.url != old.url and new.login("1001") == 200


def test_one_batch_with_the_same_entry_twice_saves_the_last_word_and_logs_each(services, make_event) -> None:
    """A phone sending again while its first save is still queued: both in one batch."""
    from ssc_desktop.services.contests import SheetScores

    contest = make_contest(services, make_event)
    merit, design = (c.id for c in contest.criteria)
    judge = services.contests.list_judges(contest.id)[0]
    first, second = (i.id for i in services.contests.judge_work(judge.id).items[:2])
    saved = services.contests.save_sheets(
        [
            SheetScores(judge.id, first, {merit: 5.0}),
            SheetScores(judge.id, first, {merit: 6.0, design: 2.5}, "Good"),
            SheetScores(judge.id, second, {merit: 9.0, design: 1.0}),
            SheetScores(judge.id, second, {}, cleared=(design,)),  # taken back before it was ever written
        ],
        source="phone",
    )
    # complete: as the entry stands once the batch is saved
    assert [(s.changed, s.complete) for s in saved] == [(1, True), (2, True), (2, False), (1, False)]
    items = {i.id: i for i in services.contests.judge_work(judge.id).items}
    assert items[first].scores == {merit: 6.0, design: 2.5} and items[first].comment == "Good"
    assert items[second].scores == {merit: 9.0}
    changes = [
        (c.entry_code, c.criterion, c.old_value, c.new_value) for c in services.contests.score_changes(contest.id)
    ]
    code_1, code_2 = items[first].code, items[second].code
    assert changes == [
        (code_1, "Merit", "", "5"),
        (code_1, "Merit", "5", "6"),
        (code_1, "Design", "", "2.5"),
        (code_1, "comment", "", "Good"),
        (code_2, "Merit", "", "9"),
        (code_2, "Design", "", "1"),
        (code_2, "Design", "1", ""),
    ]
    logged = [r.what for r in services.audit.entries() if r.kind == "score"]
    assert len(logged) == 4 and all(r.desk == "phone" for r in services.audit.entries() if r.kind == "score")
    assert any(f"on {code_2}: Design 1 cleared" in what for what in logged)


def test_the_collector_leaves_the_app_alone_while_serving(services, make_event) -> None:
    """A full garbage collection would stop every save for as long as it looks at the whole app."""
    import gc

    contest = make_contest(services, make_event)
    assert gc.get_freeze_count() == 0
    first = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    second = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    try:
        assert gc.get_freeze_count() > 1000
        first.stop()
        assert gc.get_freeze_count() > 1000  # the other still serves
    finally:
        first.stop()
        second.stop()
    assert gc.get_freeze_count() == 0

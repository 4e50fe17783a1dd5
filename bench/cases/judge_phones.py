"""judge_phones: 15 judges saving scores from their phones at the same moment.

App side: the judges' server (waitress, on loopback) over a contest of 100 entries × 15
judges × 5 criteria, 3 judges an entry (20 entries each). The 15 phones are threads of a
separate process (phones are not on the laptop: they must not share its interpreter), each
with a keep-alive connection as a phone has; each logs in, then the 15 save at the same instant
(a barrier), one entry each (POST /j/<token>/scores), 20 rounds of that: 300 saves, every one
of them racing 14 others. Every save's time, from sending the request to reading the reply, is
a sample: p50 and p99 of the 300. (Saturating the server instead, each judge saving again the
moment its reply comes, would measure a queue 15 deep, not a save.)

Where the time went when p99 was 105-145 ms (2 cores): each sheet of a batch cost ~2.5 ms of
SQLAlchemy (a query or two and an autoflush per sheet; now ~1 ms, read once per batch), a full
garbage collection of the whole app stalled a burst's saves by 60-150 ms (the server now freezes
what exists when it starts), and with 8 server threads 7 of the 15 saves waited in waitress's
queue for a whole batch (now 16). fsync is not it: ~0.3 ms a commit here.

Raw side: the same 300 saves, 15 threads at once (the same rounds), straight into
ContestService.save_many in the laptop's process (no HTTP, no queue in front of SQLite's
write lock): what racing for the database costs without the server.
"""

from __future__ import annotations

import http.client
import json
import threading
from urllib.parse import urlsplit

from bench.core import Figure, Options, now, percentile

DESCRIPTION = "judges' phones: 15 judges saving at once over loopback (p99 of each save)"
TARGET_P99_MS = 100.0
ENTRIES, JUDGES, PER_ENTRY = 100, 15, 3


def _contest(options: Options, name: str):
    from ssc_desktop.app import compose
    from ssc_desktop.models import ContestKind, EventFormat
    from ssc_desktop.services.contests import ContestDraft, EntryDraft
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    path = options.workdir / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    context = compose(path)
    services = context.services
    chapter, _ = services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    event = services.events.create_event(
        EventDraft(
            chapter_id=chapter.id,
            title="Bench",
            format=EventFormat.FACE_TO_FACE,
            starts_at=parse_local_datetime("2026-12-12 09:30", "Asia/Kolkata"),
            ends_at=parse_local_datetime("2026-12-12 18:00", "Asia/Kolkata"),
            timezone="Asia/Kolkata",
        )
    )
    contest = services.contests.create_contest(event.id, ContestDraft("Bench", ContestKind.POSTER))
    services.contests.add_entries(contest.id, [EntryDraft(f"P-{n:03d}", f"Poster {n}") for n in range(1, ENTRIES + 1)])
    for n in range(1, JUDGES + 1):
        services.contests.add_judge(contest.id, f"Judge {n:02d}", f"{1000 + n}")
    services.contests.assign(contest.id, PER_ENTRY)
    return context, services.contests.get_contest(contest.id)


def _values(contest, judge: int, entry: int) -> dict[int, float]:
    return {c.id: float(1 + (judge + entry + n) % 10) for n, c in enumerate(contest.criteria)}


def phones_process(links: dict[str, str], criteria: list[int], replies) -> None:
    """In the phones' process: 15 threads, each a judge saving its entries; puts (samples, failures)."""
    samples: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(JUDGES)

    def judge(number: int, url: str) -> None:
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

        def call(method: str, path: str, body: dict | None, session: str = "") -> tuple[int, dict]:
            headers = {"Content-Type": "application/json", "Authorization": f"Bearer {session}"}
            connection.request(method, parts.path + path, json.dumps(body) if body is not None else None, headers)
            response = connection.getresponse()
            return response.status, json.loads(response.read())

        session = call("POST", "/login", {"pin": f"{1000 + number}"})[1]["session"]
        entries = call("GET", "/work", None, session)[1]["entries"]
        for entry in entries:
            values = {str(c): float(1 + (number + entry["id"] + n) % 10) for n, c in enumerate(criteria)}
            start.wait()
            began = now()
            status, _reply = call("POST", "/scores", {"entry": entry["id"], "values": values}, session)
            took = (now() - began) * 1000
            with lock:
                samples.append(took)
                if status != 200:
                    failures.append(status)
        connection.close()

    threads = [threading.Thread(target=judge, args=(n, links[f"Judge {n:02d}"])) for n in range(1, JUDGES + 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    replies.put((samples, failures))


def _phones(options: Options) -> tuple[list[float], int]:
    import multiprocessing

    from ssc_desktop.web.judge_server import JudgeServer

    context, contest = _contest(options, "judge_phones")
    server = JudgeServer(context.services.judge_phones, contest.id, "127.0.0.1", 0).start()
    try:
        links = {link.name: link.url for link in server.links()}
        spawn = multiprocessing.get_context("spawn")
        replies = spawn.Queue()
        phones = spawn.Process(target=phones_process, args=(links, [c.id for c in contest.criteria], replies))
        phones.start()
        samples, failures = replies.get(timeout=180)
        phones.join(30)
        saved = sum(
            len(item.scores)
            for j in context.services.contests.list_judges(contest.id)
            for item in context.services.contests.judge_work(j.id).items
        )
    finally:
        server.stop()
        context.close()
    assert not failures, f"{len(failures)} saves refused: {sorted(set(failures))}"
    assert saved == ENTRIES * PER_ENTRY * len(contest.criteria), f"only {saved} scores saved"  # none lost
    return samples, saved


def _direct(options: Options) -> list[float]:
    from ssc_desktop.services.contests import SheetScores

    context, contest = _contest(options, "judge_phones_direct")
    services = context.services
    works = {j.id: services.contests.judge_work(j.id) for j in services.contests.list_judges(contest.id)}
    samples: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(JUDGES)

    def judge(number: int, judge_id: int) -> None:
        for item in works[judge_id].items:
            start.wait()
            began = now()
            services.contests.save_many(
                [SheetScores(judge_id, item.id, _values(contest, number, item.id))], source="phone"
            )
            with lock:
                samples.append((now() - began) * 1000)

    try:
        threads = [
            threading.Thread(target=judge, args=(n, judge_id)) for n, judge_id in enumerate(sorted(works), start=1)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        context.close()
    return samples


def run(options: Options) -> list[Figure]:
    phones, saved = _phones(options)
    direct = _direct(options)
    label = "save_many, no HTTP"
    note = f"{len(phones)} saves, {saved} scores, none lost"
    return [
        Figure(
            "judge_phones",
            "save_p50_ms",
            "phone save, p50 (15 judges at once)",
            percentile(phones, 0.5),
            "ms",
            None,
            percentile(direct, 0.5),
            label,
            note,
        ),
        Figure(
            "judge_phones",
            "save_p99_ms",
            "phone save, p99 (15 judges at once)",
            percentile(phones, 0.99),
            "ms",
            TARGET_P99_MS,
            percentile(direct, 0.99),
            label,
            note,
        ),
    ]

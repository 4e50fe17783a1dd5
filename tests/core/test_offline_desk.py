"""Server lost mid-event: desks on a real PostgreSQL that is stopped mid-burst, then started again.

Each desk is an `ssc checkin --batch -` process of its own (as in test_checkin_desks), fed
codes one by one by the test, reading its verdicts as they come. The server is a private one
(tests/pg_cluster.py) that the test stops as a crash would (pg_ctl -m immediate). Whatever a
desk printed as ACCEPTED must end up on the server once: standing, or (the later of two desks
that both let the person in while apart) kept undone and reported as a conflict.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ssc_desktop.db import database_url

REPO_ROOT = Path(__file__).resolve().parents[2]


class Desk:
    """A desk process: feed(code) one at a time, verdicts arrive in self.verdicts."""

    def __init__(self, url: str, event_id: int, station: str, env: dict[str, str]) -> None:
        self.station = station
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ssc_desktop.cli",
                "--db",
                url,
                "checkin",
                "--event",
                str(event_id),
                "--station",
                station,
                "--batch",
                "-",
                "--json",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO_ROOT,
        )
        self.verdicts: list[dict] = []
        self.fed = 0
        self.stderr = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._errors = threading.Thread(target=self._read_errors, daemon=True)
        self._errors.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.verdicts.append(json.loads(line))

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        self.stderr = self.process.stderr.read()

    def feed(self, code: str, timeout: float = 30) -> dict:
        """Scans one code and waits for its verdict."""
        assert self.process.stdin is not None
        self.process.stdin.write(code + "\n")
        self.process.stdin.flush()
        self.fed += 1
        deadline = time.monotonic() + timeout
        while len(self.verdicts) < self.fed:
            assert self.process.poll() is None, f"desk {self.station} stopped"
            assert time.monotonic() < deadline, f"desk {self.station} gave no verdict in {timeout} s"
            time.sleep(0.005)
        return self.verdicts[-1]

    def finish(self, timeout: float = 120) -> int:
        assert self.process.stdin is not None
        self.process.stdin.close()
        status = self.process.wait(timeout=timeout)
        self._reader.join(timeout=30)
        self._errors.join(timeout=30)
        return status

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        self._errors.join(timeout=30)

    def accepted(self) -> list[int]:
        return [v["registration"]["id"] for v in self.verdicts if v["accepted"] and not v["repeat"]]


def desk_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH", "")]))
    # The desks' laptop: its own data folder, where the local copies live.
    env["XDG_DATA_HOME"] = str(tmp_path / "desk-laptop")
    return env


def door_rows(url: str) -> list[tuple[int, str, bool, bool]]:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            return [
                tuple(r)
                for r in connection.execute(
                    text(
                        "SELECT registration_id, station, undone, checked_out_at IS NOT NULL FROM check_ins "
                        "WHERE list_id IS NULL ORDER BY id"
                    )
                )
            ]
    finally:
        engine.dispose()


def come_back(desks: list[Desk], codes: list[str], timeout: float = 60) -> list[str]:
    """Feeds codes round the desks until each has given an online verdict again; the codes left."""
    deadline = time.monotonic() + timeout
    back = set()
    while len(back) < len(desks):
        assert time.monotonic() < deadline, "the desks did not come back to the server"
        for desk in desks:
            if desk.station in back:
                continue
            verdict = desk.feed(codes.pop(0))
            if not verdict["offline"]:
                back.add(desk.station)
        time.sleep(0.2)
    return codes


@pytest.fixture
def server_event(private_postgres, build_event):
    event_id, codes = build_event(private_postgres.url, 300)
    return private_postgres, event_id, codes


def test_server_stopped_mid_burst_desks_go_on_from_their_copies_and_nothing_is_lost_or_doubled(
    server_event, tmp_path: Path
) -> None:
    server, event_id, codes = server_event
    ids = sorted(codes)
    env = desk_env(tmp_path)
    a, b = Desk(server.url, event_id, "Door A", env), Desk(server.url, event_id, "Door B", env)
    try:
        for n in range(60):  # online: each desk its own people
            assert a.feed(codes[ids[n]])["accepted"] and b.feed(codes[ids[60 + n]])["accepted"]
        assert not any(v["offline"] for v in a.verdicts + b.verdicts)
        time.sleep(2.5)  # a desk takes in the others' check-ins every 2 s while the server answers
        a.feed(codes[ids[0]])  # (the pull runs beside a scan)
        time.sleep(0.5)

        server.stop()  # as a crash: every connection cut
        server.wait_until_down()
        started = time.monotonic()
        first = a.feed(codes[ids[120]])
        switch_seconds = time.monotonic() - started
        assert first["accepted"] and first["offline"]
        assert switch_seconds < 2.0, f"the first scan after the server went took {switch_seconds:.2f} s"
        # The copy knows who is in already: B's people, and A's own from a moment ago.
        again = a.feed(codes[ids[70]])
        assert again["kind"] == "already-checked-in" and again["offline"] and again["previous_station"] == "Door B"
        for n in range(121, 160):
            assert a.feed(codes[ids[n]])["accepted"]
        for n in range(140, 170):  # B, apart from A, lets 20 of A's offline people in too
            verdict = b.feed(codes[ids[n]])
            assert verdict["accepted"] and verdict["offline"]

        server.start()
        rest = come_back([a, b], [codes[i] for i in ids[170:300]])
        for code in rest[:20]:
            assert a.feed(code)["offline"] is False
        assert a.finish() in (0, 3) and b.finish() in (0, 3)
    finally:
        for desk in (a, b):
            if desk.process.poll() is None:
                desk.kill()

    rows = door_rows(server.url)
    accepted = a.accepted() + b.accepted()
    # Nothing confirmed is lost, nothing doubled: one row per green a desk showed.
    assert len(rows) == len(accepted)
    assert sorted(r[0] for r in rows) == sorted(accepted)
    standing = [r[0] for r in rows if not r[2] and not r[3]]
    assert len(standing) == len(set(standing)) == len(set(accepted))
    # The 20 people both desks let in while apart: reported, the earliest (A's) stands.
    reported = [line for line in (a.stderr + b.stderr).splitlines() if line.startswith("conflict:")]
    assert len(reported) == 20, a.stderr + b.stderr
    both = set(ids[140:160])
    assert {r[0] for r in rows if r[0] in both and not r[2]} == both
    assert all(r[1] == "Door A" for r in rows if r[0] in both and not r[2])
    assert "Traceback" not in a.stderr + b.stderr


def test_a_desk_killed_while_the_server_is_away_sends_its_check_ins_later(server_event, tmp_path: Path) -> None:
    server, event_id, codes = server_event
    ids = sorted(codes)
    env = desk_env(tmp_path)
    desk = Desk(server.url, event_id, "Door K", env)
    try:
        for n in range(20):
            assert desk.feed(codes[ids[n]])["accepted"]
        server.stop()
        server.wait_until_down()
        for n in range(20, 50):
            verdict = desk.feed(codes[ids[n]])
            assert verdict["accepted"] and verdict["offline"]
        desk.kill()  # SIGKILL: no goodbye, no sending
    finally:
        if desk.process.poll() is None:
            desk.kill()
    # Started again while the server is still away: it goes on from the copy the killed one left.
    again = Desk(server.url, event_id, "Door K", env)
    try:
        assert again.feed(codes[ids[30]])["kind"] == "already-checked-in"  # the killed session's, kept
        for n in range(50, 60):
            verdict = again.feed(codes[ids[n]])
            assert verdict["accepted"] and verdict["offline"]
        again.kill()
    finally:
        if again.process.poll() is None:
            again.kill()
    assert "goes on from its local copy" in again.stderr
    server.start()
    assert len(door_rows(server.url)) == 20
    sent = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            server.url,
            "--json",
            "desk",
            "send",
            "--event",
            str(event_id),
            "--station",
            "Door K",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["sent"] == 40 and json.loads(sent.stdout)["waiting"] == 0
    rows = door_rows(server.url)
    assert sorted(r[0] for r in rows) == sorted(ids[:60]) and not any(r[2] for r in rows)
    resent = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            server.url,
            "--json",
            "desk",
            "send",
            "--event",
            str(event_id),
            "--station",
            "Door K",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert json.loads(resent.stdout)["sent"] == 0 and door_rows(server.url) == rows


def test_without_a_local_copy_a_desk_cannot_start_while_the_server_is_away(server_event, tmp_path: Path) -> None:
    server, event_id, _codes = server_event
    server.stop()
    server.wait_until_down()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            server.url,
            "checkin",
            "--event",
            str(event_id),
            "--station",
            "Never here",
            "--batch",
            "-",
        ],
        input="",
        capture_output=True,
        text=True,
        env=desk_env(tmp_path),
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert done.returncode == 1 and "ssc: error:" in done.stderr and "Traceback" not in done.stderr


def _server_processes(server) -> list[int]:
    """The private cluster's postmaster and its children, by pid (this test's own server only)."""
    postmaster = int((server.cluster / "postmaster.pid").read_text().splitlines()[0])
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                children.append(int(entry.name))
    return [postmaster, *children]


def test_a_server_that_stops_answering_without_a_word_is_given_up_on_in_seconds(server_event, tmp_path: Path) -> None:
    """SIGSTOP on every server process: connections stay open and nothing ever answers, as when the
    Wi-Fi goes without a word. The desk gives the scan up and answers from its copy; after SIGCONT it
    sends what it kept, and the one scan it gave up on never doubles anyone."""
    server, event_id, codes = server_event
    ids = sorted(codes)
    desk = Desk(server.url, event_id, "Door F", desk_env(tmp_path))
    frozen: list[int] = []
    try:
        for n in range(20):
            assert desk.feed(codes[ids[n]])["accepted"]
        frozen = _server_processes(server)
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        started = time.monotonic()
        verdict = desk.feed(codes[ids[20]], timeout=20)
        waited = time.monotonic() - started
        assert verdict["accepted"] and verdict["offline"]
        assert waited < 3.0, f"the desk waited {waited:.1f} s for a server that never answered"
        for n in range(21, 40):
            verdict = desk.feed(codes[ids[n]])
            assert verdict["accepted"] and verdict["offline"]
            assert time.monotonic() - started < 20 + 3  # each answered from the copy, not after a wait
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        frozen = []
        come_back([desk], [codes[i] for i in ids[40:200]])
        assert desk.finish() in (0, 3)
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        if desk.process.poll() is None:
            desk.kill()
    rows = door_rows(server.url)
    standing = [r[0] for r in rows if not r[2] and not r[3]]
    accepted = desk.accepted()
    assert len(standing) == len(set(standing)) == len(set(accepted)) == len(accepted)
    assert set(standing) == set(accepted)
    # The scan given up on may have reached the server after all: then one more row, kept undone, reported.
    assert len(rows) - len(accepted) in (0, 1)
    assert "Traceback" not in desk.stderr


def test_the_local_copy_is_refreshed_while_the_server_answers(server_event, tmp_path: Path) -> None:
    """Registrations and tickets changed on the server after the desk made its copy reach the
    copy at its next refresh, so a desk that then loses the server still knows them."""
    from ssc_desktop.app import compose
    from ssc_desktop.services.checkin import VerdictKind
    from ssc_desktop.services.members import MemberDraft
    from ssc_desktop.services.offline_desk import OfflineDesk

    server, event_id, codes = server_event
    ids = sorted(codes)
    context = compose(server.url)
    try:
        s = context.services
        desk = OfflineDesk(context.database.engine, s.checkin, event_id, "Door A", folder=tmp_path)
        desk.start()
        assert desk.scan(event_id, codes[ids[1]], station="Door A").accepted  # on the server, and in the copy
        # Meanwhile, at the main desk: someone registered late, and someone's lost ticket reissued.
        late = s.members.add_member(MemberDraft(latin_name="Late Registrant"))
        late_code = s.tickets.code_for(s.registrations.register(event_id, late.id, allow_late=True).id)
        reissued = s.tickets.reissue(ids[0])
        assert desk.refresh()

        server.stop()
        server.wait_until_down()
        verdict = desk.scan(event_id, late_code, station="Door A")
        assert verdict.accepted and verdict.offline and verdict.registration.latin_name == "Late Registrant"
        assert desk.scan(event_id, codes[ids[0]], station="Door A").kind == VerdictKind.REVOKED  # the lost ticket
        assert desk.scan(event_id, reissued, station="Door A").accepted
        again = desk.scan(event_id, codes[ids[1]], station="Door A")
        assert again.kind == VerdictKind.ALREADY_CHECKED_IN and again.offline
        assert desk.waiting() == 2
        assert not desk.refresh()  # never while check-ins wait in the copy: they would be lost

        server.start()
        deadline = time.monotonic() + 30
        while not desk.try_to_come_back():
            assert time.monotonic() < deadline, "the desk never came back to the server"
            time.sleep(0.5)
        assert desk.waiting() == 0
        desk.close()
        assert s.registrations.counts(event_id).checked_in == 3
    finally:
        context.close()


def test_one_app_per_local_copy(server_event, tmp_path: Path) -> None:
    """Two apps on this laptop as the same desk of an event would share one local copy: the second
    is told, and the first keeps its copy (and what waits in it) to itself."""
    from ssc_desktop.app import compose
    from ssc_desktop.errors import DomainError
    from ssc_desktop.services.offline_desk import OfflineDesk

    server, event_id, codes = server_event
    context = compose(server.url)
    try:
        s = context.services
        first = OfflineDesk(context.database.engine, s.checkin, event_id, "Door A", folder=tmp_path)
        first.start()
        second = OfflineDesk(context.database.engine, s.checkin, event_id, "Door A", folder=tmp_path)
        with pytest.raises(DomainError) as caught:
            second.start()
        assert caught.value.code == "desk.copy_in_use" and "Door A" in str(caught.value)
        assert f"process {os.getpid()}" in str(caught.value)
        with pytest.raises(DomainError):
            second.resume_offline()
        other_name = OfflineDesk(context.database.engine, s.checkin, event_id, "Door B", folder=tmp_path)
        other_name.start()  # another desk name: a copy of its own
        other_name.close()
        first.close()
        second.start()  # free once the first desk closed
        assert second.scan(event_id, codes[sorted(codes)[0]], station="Door A").accepted
        second.close()
    finally:
        context.close()

"""Judges scoring from their phones: each judge's unguessable link, the PIN check (its
rate limit is services.pin_attempts, shared with judge mode at the desk), what the phone may show, and saving what it sends (audit trail "phone").

The links are derived, not stored: HMAC-SHA256 of the contest and judge under a secret
kept once per database (AppSetting "judge_phones.secret"), so every laptop sharing a
PostgreSQL database prints the same QR codes and no schema change was needed. Making a
new secret (new_links) invalidates every link printed before.

The web server itself lives in ssc_desktop.web; this module knows nothing of HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.models import AppSetting, ContestJudge
from ssc_desktop.services.contest_rubrics import pin_matches
from ssc_desktop.services.contests import ContestService, SheetScores

SECRET_KEY = "judge_phones.secret"
PHONE_SOURCE = "phone"
# 22 base64url characters carry 132 bits: far beyond guessing over a venue's Wi-Fi.
TOKEN_CHARACTERS = 22


@dataclass(frozen=True)
class JudgeLink:
    judge_id: int
    name: str
    token: str

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/j/{self.token}"


class JudgePhoneService:
    def __init__(self, sessions: sessionmaker[Session], contests: ContestService) -> None:
        self._sessions = sessions
        self._contests = contests
        # The database takes one writer at a time anyway. Fifteen phones saving at once would
        # otherwise wait for SQLite's write lock by polling it, and those polling threads take
        # the interpreter away from the one that holds the lock (p99 600 ms in the bench).
        # Here they queue; whoever gets the lock saves everything queued by then in one
        # transaction (one commit, one fsync, instead of one each: group commit).
        self._one_save_at_a_time = threading.Lock()
        self._queue_lock = threading.Lock()
        self._queued: list[_QueuedSave] = []

    # -- links -----------------------------------------------------------------------
    def links(self, contest_id: int) -> list[JudgeLink]:
        secret = self._secret()
        return [
            JudgeLink(j.id, j.name, _token(secret, contest_id, j.id)) for j in self._contests.list_judges(contest_id)
        ]

    def new_links(self) -> None:
        """A new secret: every judge link printed so far stops working."""
        with self._sessions.begin() as session:
            row = session.get(AppSetting, SECRET_KEY)
            value = {"secret": secrets.token_hex(32)}
            if row is None:
                session.add(AppSetting(key=SECRET_KEY, value=value))
            else:
                row.value = value

    def _secret(self) -> bytes:
        with self._sessions() as session:
            row = session.get(AppSetting, SECRET_KEY)
            if row is not None:
                return bytes.fromhex(row.value["secret"])
        try:
            with self._sessions.begin() as session:
                session.add(AppSetting(key=SECRET_KEY, value={"secret": secrets.token_hex(32)}))
        except IntegrityError:
            pass  # another laptop made it a moment ago: use theirs
        with self._sessions() as session:
            row = session.get(AppSetting, SECRET_KEY)
            assert row is not None, "made just above, or by another laptop"
            return bytes.fromhex(row.value["secret"])

    # -- a judge on a phone ------------------------------------------------------------
    def contest_title(self, contest_id: int) -> str:
        return self._contests.get_contest(contest_id).title

    def note_wrong_pin(self, judge_id: int, in_a_row: int, wait: int) -> None:
        """A wrong PIN from a phone, in the audit log (desk "phone"; the PIN is never written)."""
        self._contests.note_wrong_pin(judge_id, "", in_a_row, wait, desk="phone")

    def pin_matches(self, judge_id: int, pin: str) -> bool:
        with self._sessions() as session:
            judge = session.get(ContestJudge, judge_id)
            return judge is not None and pin_matches(pin, judge.pin_hash)

    def phone_work(self, judge_id: int) -> dict:
        """What the judge's phone shows, as JSON-ready data: the judge's own entries only, the
        rubric with each level's guide; authors and schools left out in a blind contest."""
        work = self._contests.judge_work(judge_id)
        contest = work.contest
        return {
            "contest": {
                "title": contest.title,
                "blind": contest.blind,
                "locked": contest.locked,
                "opens": _iso(contest.judging_opens),
                "closes": _iso(contest.judging_closes),
            },
            "judge": work.judge.name,
            "criteria": [
                {
                    "id": c.id,
                    "name": c.name,
                    "weight": c.weight,
                    "min": c.scale_min,
                    "max": c.scale_max,
                    "step": c.step,
                    "guide": [list(g) for g in c.guide],
                }
                for c in contest.criteria
            ],
            "entries": [
                {
                    "id": i.id,
                    "code": i.code,
                    "title": i.title,
                    "category": i.category,
                    "authors": "" if contest.blind else i.authors,
                    "affiliation": "" if contest.blind else i.affiliation,
                    "abstract": i.abstract,
                    "scores": {str(k): v for k, v in i.scores.items()},
                    "comment": i.comment,
                    "complete": i.complete,
                }
                for i in work.items
            ],
        }

    def save_from_phone(
        self, judge_id: int, entry_id: int, values: Mapping[int, float | None], comment: str | None
    ) -> dict:
        """Saves one entry's scores as the judge; the judging window and a lock are enforced."""
        mine = _QueuedSave(SheetScores(judge_id, entry_id, values, comment))
        with self._queue_lock:
            self._queued.append(mine)
        with self._one_save_at_a_time:
            if not mine.done:
                with self._queue_lock:
                    batch, self._queued = self._queued, []
                self._save_batch(batch)
        if mine.error is not None:
            raise mine.error
        return {"entry_id": entry_id, "changed": mine.changed, "complete": mine.complete}

    def _save_batch(self, batch: list[_QueuedSave]) -> None:
        try:
            saved = self._contests.save_sheets([q.sheet for q in batch], source=PHONE_SOURCE)
        except Exception as error:  # noqa: BLE001 - one phone's refused save must not refuse the others'
            if len(batch) == 1:
                batch[0].error, batch[0].done = error, True
                return
            for queued in batch:
                self._save_batch([queued])
            return
        for queued, result in zip(batch, saved, strict=True):
            queued.changed, queued.complete, queued.done = result.changed, result.complete, True


class _QueuedSave:
    __slots__ = ("changed", "complete", "done", "error", "sheet")

    def __init__(self, sheet: SheetScores) -> None:
        self.sheet = sheet
        self.changed = 0
        self.complete = False
        self.done = False
        self.error: BaseException | None = None


def _token(secret: bytes, contest_id: int, judge_id: int) -> str:
    digest = hmac.new(secret, f"contest {contest_id} judge {judge_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:TOKEN_CHARACTERS]


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def check_token_shape(token: str) -> bool:
    """A cheap first look before any database work: right length, base64url characters only."""
    return len(token) == TOKEN_CHARACTERS and all(c.isalnum() or c in "-_" for c in token)

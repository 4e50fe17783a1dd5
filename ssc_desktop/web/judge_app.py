"""The judges' phone pages as a WSGI application: nothing but /j/<token>… is served.

  GET  /j/<token>            the page (HTML), only for a token that is a judge's
  GET  /j/<token>/judge.js   its script, judge.css its style
  POST /j/<token>/login      {"pin": "…"} -> {"session": "…"}; wrong PINs are rate limited
  GET  /j/<token>/work       the judge's entries and rubric (needs the session)
  POST /j/<token>/scores     {"entry": id, "values": {criterion id: value}, "comment": "…"}

Anything else, and any unknown token, is a bare 404: no listing, no hint of what exists.
A refused score (locked, judging closed, off the scale) is a 409 with words for the judge;
a failure of the laptop is a 503/500 that the phone answers by keeping the scores and
sending them again.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from http import HTTPStatus

from ssc_desktop.errors import DatabaseUnavailableError, DomainError
from ssc_desktop.paths import resource_path
from ssc_desktop.services.judge_phones import JudgePhoneService, check_token_shape
from ssc_desktop.services.pin_attempts import PinThrottle
from ssc_desktop.web.phone_words import PhoneWords

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024
# A judge's links are re-read from the database at most this often when an unknown
# token comes in (a judge added while the server runs), so a stream of bad tokens
# cannot turn into a stream of queries.
LINK_REFRESH_S = 2.0
SESSION_LIFETIME_S = 12 * 3600

_SECURITY_HEADERS = [
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),  # the token is in the address: never pass it on
    ("X-Frame-Options", "DENY"),
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
]
_STATIC = {"judge.js": "application/javascript; charset=utf-8", "judge.css": "text/css; charset=utf-8"}

Response = tuple[int, list[tuple[str, str]], bytes]


class _Refused(Exception):  # noqa: N818 - a refusal answered to the phone (status and code), not an error
    def __init__(self, status: int, code: str, **params: object) -> None:
        super().__init__(code)
        self.status, self.code, self.params = status, code, params


class JudgeApp:
    def __init__(
        self,
        phones: JudgePhoneService,
        contest_id: int,
        throttle: PinThrottle | None = None,
        clock: Callable[[], float] = time.monotonic,
        language: str = "en",
    ) -> None:
        """language: the laptop's, for phones that ask for none SSC Desktop ships (phone_words)."""
        self.phones = phones
        self.contest_id = contest_id
        self.throttle = throttle or PinThrottle(clock=clock)
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: dict[str, int] = {}
        self._tokens_read_at = float("-inf")
        self._sessions: dict[str, tuple[int, float]] = {}  # session key -> (judge id, expires)
        self._files = {name: resource_path("judge_phone", name).read_bytes() for name in (*_STATIC, "page.html")}
        self.words = PhoneWords(language)
        self._pages: dict[str, bytes] = {}  # language code -> the page with its texts

    def _page(self, language: str) -> bytes:
        if language not in self._pages:
            texts = _script_json(self.words.texts(language))
            self._pages[language] = (
                self._files["page.html"].replace(b"{{texts}}", texts.encode()).replace(b"{{lang}}", language.encode())
            )
        return self._pages[language]

    # -- WSGI ------------------------------------------------------------------------
    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        language = self.words.language_for(environ.get("HTTP_ACCEPT_LANGUAGE", ""))
        try:
            status, headers, body = self._route(environ, language)
        except _Refused as refusal:
            status, headers, body = _json(
                refusal.status, {"error": self.words.message(language, refusal.code, refusal.params), **_extra(refusal)}
            )
        except DatabaseUnavailableError as error:
            status, headers, body = _json(
                503, {"error": self.words.message(language, error.code, error.params), "retry": True}
            )
        except DomainError as error:
            status, headers, body = _json(409, {"error": self.words.message(language, error.code, error.params)})
        except Exception:  # the phone keeps the scores; the log keeps the details
            log.exception("judges' phone server: a request failed")
            status, headers, body = _json(
                500, {"error": self.words.message(language, "phones.server_failed", {}), "retry": True}
            )
        phrase = HTTPStatus(status).phrase
        start_response(
            f"{status} {phrase}",
            [
                *headers,
                *_SECURITY_HEADERS,
                ("Content-Language", language),
                ("Vary", "Accept-Language"),
                ("Content-Length", str(len(body))),
            ],
        )
        return [body]

    def _route(self, environ: dict, language: str) -> Response:
        parts = environ.get("PATH_INFO", "").split("/")
        method = environ.get("REQUEST_METHOD", "GET")
        if len(parts) not in (3, 4) or parts[0] != "" or parts[1] != "j":
            return _not_found()
        token = parts[2]
        action = parts[3] if len(parts) == 4 else ""
        judge_id = self._judge_for(token)
        if judge_id is None:
            return _not_found()
        allowed = {"": "GET", "judge.js": "GET", "judge.css": "GET", "login": "POST", "work": "GET", "scores": "POST"}
        if action not in allowed:
            return _not_found()
        if method != allowed[action]:
            return 405, [("Allow", allowed[action]), ("Content-Type", "text/plain; charset=utf-8")], b"Not allowed"
        if action == "":
            # The token passed check_token_shape (base64url only), so it is safe inside the HTML.
            page = self._page(language).replace(b"{{token}}", token.encode()).replace(b"{{who}}", self._who(judge_id))
            return 200, [("Content-Type", "text/html; charset=utf-8")], page
        if action in _STATIC:
            return 200, [("Content-Type", _STATIC[action])], self._files[action]
        if action == "login":
            return self._login(judge_id, _body(environ), environ.get("REMOTE_ADDR", ""))
        self._check_session(judge_id, environ.get("HTTP_AUTHORIZATION", ""))
        if action == "work":
            return _json(200, self.phones.phone_work(judge_id))
        return self._save(judge_id, _body(environ))

    def forget_links(self) -> None:
        """After new links were made: the old tokens stop working at once, and so do their sessions."""
        with self._lock:
            self._tokens, self._tokens_read_at = {}, float("-inf")
            self._sessions = {}

    # -- judges and their sessions ---------------------------------------------------
    def _judge_for(self, token: str) -> int | None:
        if not check_token_shape(token):
            return None
        with self._lock:
            known = self._tokens.get(token)
            stale = self._clock() - self._tokens_read_at > LINK_REFRESH_S
        if known is not None or not stale:
            return known
        tokens = {link.token: link.judge_id for link in self.phones.links(self.contest_id)}
        with self._lock:
            self._tokens, self._tokens_read_at = tokens, self._clock()
        return tokens.get(token)

    def _who(self, judge_id: int) -> bytes:
        """The judge's name and the contest's title, so the PIN screen says whose it is."""
        contest = self.phones.contest_title(self.contest_id)
        judge = next((link.name for link in self.phones.links(self.contest_id) if link.judge_id == judge_id), "")
        return _script_json({"contest": contest, "judge": judge}).encode()

    def _login(self, judge_id: int, body: dict, address: str) -> Response:
        keys = (("judge", judge_id), ("address", address))
        wait = self.throttle.wait_seconds(*keys)
        if wait:
            raise _Refused(429, "phones.too_many_tries", seconds=wait)
        pin = body.get("pin")
        if not isinstance(pin, str) or not self.phones.pin_matches(judge_id, pin):
            in_a_row, wait = self.throttle.failed(*keys)
            self.phones.note_wrong_pin(judge_id, in_a_row, wait)
            raise _Refused(401, "phones.wrong_pin")
        self.throttle.succeeded(("judge", judge_id))
        session = secrets.token_urlsafe(32)
        with self._lock:
            now = self._clock()
            self._sessions = {k: v for k, v in self._sessions.items() if v[1] > now}
            self._sessions[session] = (judge_id, now + SESSION_LIFETIME_S)
        return _json(200, {"session": session})

    def _check_session(self, judge_id: int, header: str) -> None:
        scheme, _, key = header.partition(" ")
        with self._lock:
            found = self._sessions.get(key) if scheme == "Bearer" else None
        if found is None or found[0] != judge_id or found[1] < self._clock():
            raise _Refused(401, "phones.sign_in_again")

    def _save(self, judge_id: int, body: dict) -> Response:
        entry, values, comment = body.get("entry"), body.get("values"), body.get("comment")
        if (
            not isinstance(entry, int)
            or not isinstance(values, dict)
            or not (comment is None or isinstance(comment, str))
        ):
            raise _Refused(400, "phones.bad_request")
        parsed: dict[int, float | None] = {}
        for key, value in values.items():
            if (
                not str(key).isdigit()
                or not (value is None or isinstance(value, int | float))
                or isinstance(value, bool)
            ):
                raise _Refused(400, "phones.bad_request")
            parsed[int(key)] = None if value is None else float(value)
        return _json(200, self.phones.save_from_phone(judge_id, entry, parsed, comment))


def _body(environ: dict) -> dict:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = -1
    if not 0 < length <= MAX_BODY:
        raise _Refused(400, "phones.bad_request")
    try:
        data = json.loads(environ["wsgi.input"].read(length))
    except (ValueError, UnicodeDecodeError):
        raise _Refused(400, "phones.bad_request") from None
    if not isinstance(data, dict):
        raise _Refused(400, "phones.bad_request")
    return data


def _script_json(data: dict) -> str:
    """JSON to sit inside <script type="application/json">: no "<" can close the element."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _json(status: int, data: dict) -> Response:
    return status, [("Content-Type", "application/json; charset=utf-8")], json.dumps(data).encode()


def _not_found() -> Response:
    return 404, [("Content-Type", "text/plain; charset=utf-8")], b"Not found"


def _extra(refusal: _Refused) -> dict:
    if refusal.status == 401 and refusal.code == "phones.sign_in_again":
        return {"login": True}
    if refusal.status == 429:
        return {"wait": refusal.params.get("seconds", 0)}
    return {}

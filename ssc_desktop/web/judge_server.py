"""Runs the judges' phone pages on the laptop: waitress on a thread of its own.

Why waitress: pure Python with no dependencies of its own (nothing to compile for the
Windows and macOS builds), maintained by the Pylons project, a production HTTP parser
(the standard library's http.server says of itself that it is not for production),
and a thread pool that suits the synchronous SQLAlchemy services as they are — an
asyncio server (aiohttp, uvicorn) would have to hand every save to threads anyway.

The server never runs on the GUI thread: start() returns at once; stop() closes the
listening socket and every open connection and waits for the thread to end.
"""

from __future__ import annotations

import errno
import gc
import logging
import socket
import threading
from dataclasses import dataclass
from typing import Any

from ssc_desktop.errors import DomainError
from ssc_desktop.services.judge_phones import JudgeLink, JudgePhoneService
from ssc_desktop.services.pin_attempts import PinThrottle
from ssc_desktop.web.judge_app import JudgeApp

DEFAULT_PORT = 8765
# One thread for each of 15 judges saving at once: all their saves then reach judge_phones'
# queue together and go in one or two batches (group commit). With 8 threads the other 7 waited
# in waitress's queue for a whole batch before joining the next: bench p99 50-120 ms against
# 37-80 ms with 16, on 2 cores loaded by other work (batches now cost ~1 ms a sheet, so the
# threads no longer fight over the interpreter as they did at ~2.5 ms a sheet).
THREADS = 16


@dataclass(frozen=True)
class ServedLink:
    name: str
    url: str


class JudgeServer:
    def __init__(
        self,
        phones: JudgePhoneService,
        contest_id: int,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        throttle: PinThrottle | None = None,
        language: str = "en",
    ) -> None:
        """language: the laptop's (a shipped language's code), for phones that ask for none SSC Desktop ships."""
        if not (port == 0 or 1024 <= port <= 65535):
            raise DomainError("phones.bad_port", port=port)
        self.phones = phones
        self.contest_id = contest_id
        self.app = JudgeApp(phones, contest_id, throttle, language=language)
        self._host, self._port = host, port
        self._server: Any | None = None  # waitress's server (the library has no type information)
        self._thread: threading.Thread | None = None

    def start(self) -> JudgeServer:
        from waitress.server import create_server

        # waitress announces itself on its logger; the app shows its own address instead.
        logging.getLogger("waitress").setLevel(logging.WARNING)
        try:
            self._server = create_server(
                self.app,
                host=self._host,
                port=self._port,
                threads=THREADS,
                ident="SSC judges",
                clear_untrusted_proxy_headers=True,
                max_request_body_size=64 * 1024,
                channel_timeout=30,
            )
        except OSError as error:
            reason = (
                "the port is in use"
                if error.errno == errno.EADDRINUSE
                else (
                    "this computer has no such address"
                    if error.errno == errno.EADDRNOTAVAIL
                    else (error.strerror or "refused")
                )
            )
            raise DomainError("phones.cannot_listen", host=self._host, port=self._port, reason=reason) from None
        self._thread = threading.Thread(target=self._server.run, name="judges-phone-server", daemon=True)
        _freeze_what_exists(True)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def port(self) -> int:
        return int(self._server.effective_port) if self._server is not None else self._port

    @property
    def host(self) -> str:
        return self._host

    def base_url(self, host: str | None = None) -> str:
        """The address the phones use; for a server on every interface, name the one to show."""
        shown = host or (self._host if self._host not in ("0.0.0.0", "") else best_address())
        return f"http://{shown}:{self.port}"

    def links(self, host: str | None = None) -> list[ServedLink]:
        base = self.base_url(host)
        return [ServedLink(link.name, link.url(base)) for link in self.judge_links()]

    def judge_links(self) -> list[JudgeLink]:
        return self.phones.links(self.contest_id)

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        _freeze_what_exists(False)

        def close_everything() -> None:
            # Runs inside the server's loop: closing the listener and each connection
            # empties its map, and the loop then ends by itself.
            for channel in list(server._map.values()):
                try:
                    channel.close()
                except OSError:
                    pass

        try:
            server.trigger.pull_trigger(close_everything)
        except OSError:
            close_everything()
        if thread is not None:
            thread.join(timeout=5)
        server.task_dispatcher.shutdown(timeout=5)


_frozen_for = 0
_frozen_lock = threading.Lock()


def _freeze_what_exists(serving: bool) -> None:
    """While a server runs, the garbage collector leaves alone what existed when it started.

    A full collection stops every thread for as long as it takes to look at every object
    the process holds: 60 ms here with the app's libraries loaded, 150 ms on a loaded
    machine, and the judges whose saves it caught all wait for it (it was the worst save of
    the bench's bursts). What exists when the server starts is the app's furniture (modules,
    pages, the services); frozen (gc.freeze), a collection looks only at what came after.
    Reference counting still frees anything frozen that is let go; only a cycle among
    frozen objects (garbage already there included) waits for the last server to stop. No
    gc.collect() first: on the GUI thread it took 130 ms, for garbage the unfreeze hands back.
    """
    global _frozen_for
    with _frozen_lock:
        if serving:
            if _frozen_for == 0:
                gc.freeze()
            _frozen_for += 1
        elif _frozen_for > 0:
            _frozen_for -= 1
            if _frozen_for == 0:
                gc.unfreeze()


def local_addresses() -> list[str]:
    """This laptop's IPv4 addresses, the venue's network first, loopback last."""
    found: list[str] = []
    guess = best_address()
    if guess != "127.0.0.1":
        found.append(guess)
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])  # an AF_INET address: (host, port), the host a str
            if address not in found and not address.startswith("127."):
                found.append(address)
    except OSError:
        pass
    return [*found, "127.0.0.1"]


def best_address() -> str:
    """The address other machines most likely reach this laptop on (no packet is sent:
    connecting a UDP socket only asks the system which interface it would use)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 9))
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()

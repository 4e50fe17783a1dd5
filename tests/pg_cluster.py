"""A PostgreSQL server of a test's own, to stop and start while the app is using it.

The suite's shared server (SSC_TEST_PG_URL) must stay up for every other test, so a
test that pulls the plug starts its own cluster in a temporary folder, as
scripts/start-test-postgres.sh does: root, Debian's postgresql package, trust auth on
127.0.0.1 only. `PrivatePostgres.available()` says why not when it cannot be had.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USER = "postgres"


def _bindir() -> Path | None:
    candidates = []
    if shutil.which("pg_config"):
        done = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        if done.returncode == 0:
            candidates.append(done.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def _as_postgres(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", USER, "--", *command], capture_output=True, text=True, timeout=120)


class PrivatePostgres:
    def __init__(self) -> None:
        self.bindir = _bindir()
        self.folder = Path(tempfile.mkdtemp(prefix="ssc-test-pg."))
        self.cluster = self.folder / "cluster"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]

    @staticmethod
    def available() -> str | None:
        """None when a private server can be started here, else the reason it cannot."""
        if os.geteuid() != 0:
            return "a private PostgreSQL needs root (to run it as the postgres user)"
        if _bindir() is None:
            return "no PostgreSQL server installed (Debian package postgresql)"
        if shutil.which("runuser") is None:
            return "no runuser command"
        if subprocess.run(["id", USER], capture_output=True).returncode != 0:
            return "no postgres user"
        return None

    @property
    def url(self) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/ssc"

    def create(self) -> None:
        shutil.chown(self.folder, USER)
        self.folder.chmod(0o700)
        done = _as_postgres(
            str(self.bindir / "initdb"), "-D", str(self.cluster), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C"
        )
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr}")
        self.start()
        done = _as_postgres(str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, "ssc")
        if done.returncode != 0:
            raise RuntimeError(f"createdb failed: {done.stderr}")

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.folder} "
            "-c fsync=off -c max_connections=40"
        )
        done = _as_postgres(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.cluster),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        if done.returncode != 0:
            raise RuntimeError(f"the server did not start: {done.stderr}")

    def stop(self, mode: str = "immediate") -> None:
        """Stops the server as a crash or a pulled cable would look to a client (mode immediate)."""
        _as_postgres(str(self.bindir / "pg_ctl"), "-D", str(self.cluster), "-m", mode, "-w", "stop")

    def wait_until_down(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.05)

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

"""Documents SSC Desktop writes: PDFs (all through text_drawing) and spreadsheets.

Every writer follows the same contract: it writes to a temporary file beside the
target and renames it into place at the end, so a cancelled or failed export leaves
no file behind (and never a half-written one); long writers take progress(done,
total, text) and a threading.Event to cancel.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ProgressFn = Callable[[int, int, str], None]


def _process_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp makes its file readable by its owner only, and the rename keeps that; an export is
# given the permissions any new file of this process would get. Read once: os.umask is
# process-wide, and setting it back and forth later could race with another thread.
_NEW_FILE_MODE = 0o666 & ~_process_umask()


class ExportCancelled(Exception):
    """The person cancelled an export; nothing was written."""


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()


def report(progress: ProgressFn | None, done: int, total: int, text: str = "") -> None:
    if progress is not None:
        progress(done, total, text)


@contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed to path only if the block succeeds."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(descriptor)
    temporary_path = Path(temporary)
    os.chmod(temporary_path, _NEW_FILE_MODE)
    try:
        yield temporary_path
        os.replace(temporary_path, target)
    finally:
        temporary_path.unlink(missing_ok=True)


@contextmanager
def atomic_export(path: str | Path) -> Iterator[Path]:
    """atomic_output for the exports: a failure of the disk (full, read-only, gone) becomes the
    DomainError "export.write_failed" naming the file, and the old file stays as it was."""
    from ssc_desktop.errors import DomainError

    target = Path(path)
    try:
        with atomic_output(target) as temporary:
            yield temporary
    except OSError as error:
        raise DomainError("export.write_failed", path=str(target), detail=error.strerror or str(error)) from None

"""Files that appear whole or not at all: every file SSC Desktop writes goes through atomic_export.

Written into a temporary file beside the target and renamed into place at the end, so a
cancelled or failed write leaves no file behind, never a half-written one, and an older file
stays as it was. Here, below both services/ and output/, because services write files too
(a desk file) and output/ must not be imported by them.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import check_cancel


def _process_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp makes its file readable by its owner only, and the rename keeps that; an export is
# given the permissions any new file of this process would get. Read once: os.umask is
# process-wide, and setting it back and forth later could race with another thread.
_NEW_FILE_MODE = 0o666 & ~_process_umask()


# A database, its -wal and -shm (SQLite gives them the main file's mode) and its backups hold
# members' personal data and the ticket secret: readable and writable by their owner only.
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def create_private_file(path: str | Path) -> bool:
    """Creates path empty and owner-only (0600) when it does not exist yet; True if it made it.

    An existing file is left as it is: its owner chose its rights. On Windows the mode only
    sets the read-only bit, and files inherit the folder's access list instead.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(descriptor)
    # The umask can only take rights away, and 0600 has none for others to lose; chmod anyway in
    # case a filesystem applied a default ACL.
    os.chmod(path, PRIVATE_FILE_MODE)
    return True


@contextmanager
def _temporary_beside(path: str | Path, cancel: threading.Event | None) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed to path only if the block succeeds uncancelled."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(descriptor)
    temporary_path = Path(temporary)
    os.chmod(temporary_path, _NEW_FILE_MODE)
    try:
        yield temporary_path
        # A cancel that came while the last page was written still leaves no file.
        check_cancel(cancel)
        os.replace(temporary_path, target)
    finally:
        temporary_path.unlink(missing_ok=True)


@contextmanager
def atomic_export(path: str | Path, cancel: threading.Event | None = None) -> Iterator[Path]:
    """The one way a writer writes a file: into a temporary file beside path, renamed at the end.

    A cancel (checked once more just before the rename) raises WorkCancelled and leaves no
    file; a failure of the disk (full, read-only, gone, a path under a plain file) becomes the
    DomainError "export.write_failed" naming the file. Either way an old file stays as it was.
    """
    target = Path(path)
    try:
        with _temporary_beside(target, cancel) as temporary:
            yield temporary
    except OSError as error:
        raise write_failed(target, error) from None


def write_failed(path: str | Path, error: OSError) -> DomainError:
    return DomainError("export.write_failed", path=str(path), detail=error.strerror or str(error))


def ensure_folder(folder: str | Path) -> Path:
    """The folder a writer puts several files in, made when missing; export.write_failed when it cannot be."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # FileExistsError / NotADirectoryError too: a plain file stands in the way
        raise write_failed(target, error) from None
    return target

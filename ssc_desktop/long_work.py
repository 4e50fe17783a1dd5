"""Long work, the one way: how it reports progress and how it is cancelled.

Services, writers and the GUI's task runner all speak this: a long function takes
`progress(done, total, text)` and a `threading.Event` to cancel, calls `check_cancel`
between steps, and a cancel ends it with WorkCancelled, which callers report as
cancelled, not as a failure. Nothing here imports Qt or a database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]


class WorkCancelled(Exception):  # noqa: N818 - an outcome, not a failure; the one name every caller uses
    """The person cancelled; whatever the work writes was not left half done."""


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise WorkCancelled()


def report(progress: ProgressFn | None, done: int, total: int, text: str = "") -> None:
    if progress is not None:
        progress(done, total, text)

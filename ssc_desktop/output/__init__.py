"""Documents SSC Desktop writes: PDFs (all through text_drawing) and spreadsheets.

Every writer follows the same contract: it writes to a temporary file beside the
target and renames it into place at the end, so a cancelled or failed export leaves
no file behind (and never a half-written one): atomic_export. Long writers take
progress(done, total, text) and a threading.Event to cancel (ssc_desktop.long_work).
"""

from __future__ import annotations

# The contract lives in ssc_desktop/atomic_files.py (services write files too); writers import it from here.
from ssc_desktop.atomic_files import atomic_export, ensure_folder, write_failed

__all__ = ["atomic_export", "ensure_folder", "write_failed"]

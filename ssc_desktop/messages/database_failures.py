"""Wording of DatabaseUnavailableError's codes: what failed, and what the person can do about it.

Each one is said after a step that did not happen, so each ends by saying so: what was
confirmed before it is in the database.
"""

from __future__ import annotations

_NOT_SAVED = "This step was not saved; everything confirmed before it is."

MESSAGES: dict[str, str] = {
    "database.unavailable": "The database {location} cannot be used right now. " + _NOT_SAVED,
    "database.server_gone": (
        "The database server ({location}) cannot be reached: it stopped, or the network is down. "
        "Check the server and the Wi-Fi or cable, then try again. " + _NOT_SAVED
    ),
    "database.server_busy": (
        "The database server ({location}) is refusing new connections (too many open). "
        "Close SSC Desktop on a laptop that no longer needs it, then try again. " + _NOT_SAVED
    ),
    "database.locked": (
        "The database {location} is busy: another program or laptop is holding it. Wait a moment and try "
        "again; if it stays busy, close the other program that has the file open. " + _NOT_SAVED
    ),
    "database.disk_full": (
        "The disk holding the database {location} is full. Free some space on it, then try again. " + _NOT_SAVED
    ),
    "database.read_only": (
        "The database {location} cannot be written: the file, its folder or the server is read-only. "
        "Make it writable or open a copy of it you can write to (File > Open database). " + _NOT_SAVED
    ),
    "database.malformed": (
        "The database {location} is damaged, or is not an SSC Desktop database. Open your latest backup copy "
        "(File > Open database), or ask for help before using this file again."
    ),
    "database.permission": (
        "SSC Desktop is not allowed to use the database {location}: check the file's permissions, or the "
        "server's user name and password. " + _NOT_SAVED
    ),
    "database.cannot_open_file": (
        "The database file {location} cannot be opened: its folder is missing or cannot be read. "
        "Check that the drive is connected and the folder exists. " + _NOT_SAVED
    ),
    "database.storage_error": (
        "The disk holding the database {location} reported a read or write error. Check the drive (a USB "
        "stick pulled out?) and copy the database somewhere safe. " + _NOT_SAVED
    ),
    "database.out_of_memory": "The database ran out of memory. Close other programs, then try again. " + _NOT_SAVED,
    "unexpected": "Something unexpected went wrong ({detail}). Details were written to {log}.",
}

"""Wording of the codes of safe opening, automatic backups, restoring and one app per file."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "database.not_ssc": (
        "The file {location} is not an SSC Desktop database: it holds another program's tables ({tables}). "
        "It was left exactly as it was. Choose your SSC Desktop database, or a new file name to start one."
    ),
    "database.upgrade_needs_backup": (
        "The database {location} needs an upgrade for this version, and a backup copy is made first, "
        "but it could not be: {detail} The database was not changed. Free some space or make its folder "
        "writable, then open it again."
    ),
    "database.read_only_needs_upgrade": (
        "The database {location} (schema {found}) needs an upgrade for this version, which cannot be done "
        "read-only. Open it for writing once it is closed in the other app, or open it there."
    ),
    "backup.not_sqlite": (
        "Automatic backups and restoring are for database files; {location} is a shared server. "
        "Ask its administrator for the server's own backups."
    ),
    "backup.none": "There are no backups of {location} yet (they are kept in {folder}).",
    "backup.server_none": (
        "This laptop has no copy of the shared server {location} yet: one is taken here, in {folder}, "
        "before this app upgrades the server's schema. For anything else, ask the server's administrator "
        "for its own backups."
    ),
    "backup.server_copy": (
        "{name} is a copy of the shared server {location}, taken on this laptop before an upgrade. "
        "SSC Desktop does not write a copy back over a server other desks may be using. To see or export what "
        "it holds, put it in a database file of its own and open that: "
        "ssc --db SERVER backup restore {name} --to FILE. To restore the server, ask its administrator."
    ),
    "backup.destination_exists": "{path} already exists; choose a new file name for the restored copy.",
    "backup.not_found": "There is no backup {name} of {location}. See the list with: ssc backup list",
    "backup.damaged": (
        "The backup {path} is damaged, so it was not restored; your database was not changed. Choose an older backup."
    ),
    "backup.restore_failed": (
        "The backup {path} could not be restored ({detail}); your database was not changed. "
        "Close any other program using the database, then try again."
    ),
    "backup.read_only": (
        "This database was opened read-only, so it cannot be restored here. Close the other SSC Desktop "
        "that has it open, then open it again."
    ),
    "desk.copy_in_use": (
        "Another SSC Desktop on this laptop (process {pid}, since {since}) is already the desk {station} of this "
        "event on {location}. Two apps on one local copy could lose what it keeps while the server is away: "
        "give this desk another name, or close the other one first."
    ),
    "database.in_use": (
        "The database {location} is open in SSC Desktop on {host} (process {pid}) since {since}. "
        "Two apps writing one file can check a person in twice: close it there first, or open it read-only."
    ),
}

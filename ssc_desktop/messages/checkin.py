"""Wording of the check-in lists', desk notes' and `ssc checkin`'s codes."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "checkin_list.name_required": "A check-in list needs a name.",
    "checkin_list.name_too_long": "The list name is {length} characters long; at most {limit} fit.",
    "checkin_list.name_taken": "This event already has a check-in list named “{name}”.",
    "checkin_list.item_of_another_event": "Programme item {item_id} (“{item}”) belongs to another event.",
    "checkin_list.has_check_ins": ("“{name}” has {count} check-ins; delete it with them only on purpose (force)."),
    "desk_note.too_long": "The desk note is {length} characters long; at most {limit} fit.",
    "checkin.batch_unreadable": "Cannot read the codes from {path}: {detail}",
}

MESSAGES.update(
    {
        "desk.passphrase_too_short": "A desk file's passphrase needs at least {minimum} characters.",
        "desk.wrong_passphrase": (
            "Cannot open the desk file {path}: the passphrase is wrong, or the file is damaged. "
            "Type the passphrase given when the desk was prepared."
        ),
        "desk.not_a_desk_file": "{path} is not an SSC desk file (make one with Prepare desk… or `ssc desk prepare`).",
        "desk.unreadable": "Cannot read the desk file {path}: {detail}",
        "desk.prepare_from_desk": (
            "This database is itself a desk: prepare desks from the coordinator's main database."
        ),
        "desk.event_not_here": (
            "The desk file is for event {event_id}, which this database does not have: merge it into the "
            "database it was prepared from."
        ),
        "desk.passphrase_needed": (
            "{path} is a desk file protected by a passphrase: set SSC_DESK_PASSPHRASE, or run this in a terminal "
            "to be asked for it."
        ),
    }
)
MESSAGES["desk.passphrases_differ"] = "The two passphrases differ: nothing was written. Try again."
MESSAGES["desk.passphrase_not_given"] = "{path} is a desk file: it opens only with its passphrase."
MESSAGES.update(
    {
        "checkin.undo_overtaken": (
            "{member} was checked in again after this desk's check-in (at “{station}”): nothing was undone here. "
            "If that later check-in is the mistake, undo it at that desk."
        ),
        "checkin.undo_after_check_out": (
            "{member} has been checked out since this desk's check-in: nothing was undone, the visit stays on record."
        ),
    }
)

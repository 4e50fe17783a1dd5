"""Wording of the check-in lists', desk notes' and `ssc checkin`'s codes."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "checkin_list.name_required": "A check-in list needs a name.",
    "checkin_list.name_too_long": "The list name is {length} characters long; at most {limit} fit.",
    "checkin_list.name_taken": "This event already has a check-in list named “{name}”.",
    "checkin_list.item_of_another_event": "Programme item {item_id} (“{item}”) belongs to another event.",
    "checkin_list.has_check_ins": (
        "“{name}” has {count} check-ins; delete it with them only on purpose (force)."
    ),
    "desk_note.too_long": "The desk note is {length} characters long; at most {limit} fit.",
    "checkin.batch_unreadable": "Cannot read the codes from {path}: {detail}",
}

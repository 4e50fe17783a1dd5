"""Wording of the programme builder's codes: item errors, clash warnings, exports."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "programme.title_required": "A programme item needs a title.",
    "programme.ends_before_start": "“{title}” ends ({ends}) before it starts ({starts}).",
    "programme.naive_time": "A programme time must carry its time zone.",
    "programme.bad_time": "{field}: {value!r} is not a time (use HH:MM or YYYY-MM-DD HH:MM).",
    "programme.bad_kind": "Kind {value!r} is not known; use one of: {kinds}.",
    "programme.too_long": "{field} is {length} characters long; at most {limit} fit.",
    "programme.speaker_name_required": "Speaker {position} needs a name (or choose a member).",
    "programme.ambiguous_speaker": "{count} members match {text!r}; give the e-mail address instead.",
    "programme.export_format": "Cannot export to {path!r}: use a file name ending in .pdf or .xlsx.",
    "programme.warning.room_clash": "{detail}: “{item}” overlaps “{other}” in the same room.",
    "programme.warning.speaker_clash": "{detail} speaks in “{item}” and “{other}” at the same time.",
    "programme.warning.before_event": "“{item}” starts before the event begins.",
    "programme.warning.after_event": "“{item}” ends after the event is over.",
}

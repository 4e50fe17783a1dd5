"""Wording of the codes of editing, merging and searching members."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "member.unknown_field": "A member has no field {field!r}; the fields are: {fields}.",
    "member.bad_gender": "Gender {value!r} is not one of: {choices}.",
    "member.visit_year_not_number": "Visit year {value!r} is not a year (write it as 2019, or leave it empty).",
    "member.merge_same": "Member {id} cannot be merged with itself; choose two different members.",
    "member.merge_bad_choice": "For {field}, choose keep or remove, not {choice!r}.",
    "member.nothing_to_change": "Nothing to change: give at least one field to edit.",
}

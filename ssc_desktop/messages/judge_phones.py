"""Wording of the judges' phone server: its errors, and every text the phone page shows.

PHONE_TEXTS goes to the phone inside the page (the phone has no Qt translator), in the
phone's language or else the laptop's: ssc_desktop/web/phone_words.py reads their translations
(context "JudgePhone") and the messages' ("DomainError") from the .ts files, without Qt.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "phones.wrong_pin": "That PIN is not right. Try again, or ask the coordinator.",
    "phones.too_many_tries": "Too many wrong PINs. Wait {seconds} seconds, then try again.",
    "phones.sign_in_again": "Enter your PIN again.",
    "phones.bad_request": "The phone sent something the laptop does not understand; reload the page.",
    "phones.server_failed": "The laptop could not save this. Your scores are kept on this phone and sent again "
    "in a moment; if it keeps failing, tell the coordinator.",
    "phones.cannot_listen": "Cannot serve on {host} port {port}: {reason}. Choose another port or network.",
    "phones.bad_port": "A port is a number from 1024 to 65535 (or 0 for any free port); got {port}.",
    "phones.already_serving": "The judges' server is already running at {url}.",
}

PHONE_TEXTS: dict[str, str] = {
    "title": "Judging",
    "pin_prompt": "Enter your PIN",
    "pin_hint": "The PIN the coordinator gave you (4 to 12 digits).",
    "pin_button": "Open my entries",
    "offline": "No connection to the laptop. Check the Wi-Fi and try again.",
    "your_entries": "Your entries",
    "progress": "{done} of {total} scored",
    "scored": "Scored",
    "partly": "Partly scored",
    "not_yet": "Not scored yet",
    "waiting": "Waiting to send",
    "back": "Back to my entries",
    "comment": "Comment (optional)",
    "save": "Save scores",
    "weight": "weight {weight}",
    "choose_level": "Choose a level for {criterion}.",
    "saved": "Saved on the laptop.",
    "kept": "Kept on this phone: {count} entry(ies) will be sent when the Wi-Fi returns.",
    "refused": "Not saved: {reason}",
    "locked": "The results are locked: scores can no longer change.",
    "closed": "Judging is closed.",
    "not_open": "Judging has not opened yet.",
    "no_entries": "You have no entries to judge in this contest.",
    "authors": "Authors",
    "school": "School",
    "abstract": "Abstract",
    "blind": "Blind judging: authors are not shown.",
}

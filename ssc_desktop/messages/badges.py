"""Wording of the codes of badges, tickets and e-mailing tickets."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "badges.bad_layout": "Layout {value!r} is not known; use one of: {layouts}.",
    "badges.nobody": "Nobody to print for {event}: no registered person matches.",
    "badges.not_pdf": "Cannot write badges to {path!r}: use a file name ending in .pdf.",
    "badges.not_a_folder": "{path} is a file, not a folder; tickets are written into a folder.",
    "badges.no_ticket_cancelled": "Registration {registration} is cancelled and has no ticket.",
    "mail.not_configured": "No e-mail server is set up yet: enter it under File → E-mail settings (or `ssc smtp set`).",
    "mail.bad_host": "The e-mail server needs a host name.",
    "mail.bad_port": "Port {value!r} is not a port number (1–65535).",
    "mail.bad_security": "Security {value!r} is not known; use one of: {choices}.",
    "mail.bad_address": "{value!r} is not an e-mail address.",
    "mail.connect_failed": "Could not reach the e-mail server {host}:{port}: {detail}",
    "mail.tls_failed": "The e-mail server {host}:{port} refused a secure connection: {detail}",
    "mail.auth_failed": "The e-mail server did not accept the user name {user!r} and its password.",
    "mail.send_failed": "Sending to {to} failed: {detail}",
    "mail.no_email": "{name} has no e-mail address.",
    "mail.refused": "The e-mail server refused {to}: {detail}",
}

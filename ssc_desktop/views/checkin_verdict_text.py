"""What the check-in station's verdict panel says for a verdict: headline, names, reason, errand.

Kept apart from the station window so the wording can be read (and changed) in one
place. Strings are translated in the "CheckInStation" context, where they were first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from ssc_desktop.vocabulary import RegistrationRole
from ssc_desktop.services.checkin import ScanVerdict, VerdictKind
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.views.labels import fill, local_time_text, word


@dataclass(frozen=True)
class Display:
    """What the verdict panel shows."""

    colour: str  # a verdict_panel.COLOURS key
    headline: str
    native_name: str = ""
    latin_name: str = ""
    details: str = ""
    reason: str = ""
    notes: str = ""
    footer: str = ""


class VerdictWording:
    """Words for verdicts at one event (times in its time zone)."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz

    def for_verdict(self, verdict: ScanVerdict, where: str) -> Display:
        """where: the station and list the check-in was made at (see checked_in_at)."""
        row = verdict.registration
        kind = verdict.kind
        if kind is VerdictKind.ACCEPTED and row is not None:
            return self.person("green", QCoreApplication.translate("CheckInStation", "Welcome!"), row, footer=where)
        if kind is VerdictKind.ALREADY_CHECKED_IN and row is not None:
            reason = self.already_reason(verdict.previous_at, verdict.previous_station)
            return self.person(
                "amber", QCoreApplication.translate("CheckInStation", "Already checked in"), row, reason=reason
            )
        reasons = {
            VerdictKind.CANCELLED: QCoreApplication.translate("CheckInStation", "This registration was cancelled."),
            VerdictKind.WAITLISTED: QCoreApplication.translate(
                "CheckInStation", "On the waiting list, not registered. Ask the coordinator."
            ),
            VerdictKind.REVOKED: QCoreApplication.translate(
                "CheckInStation",
                "This ticket was re-issued; the old code no longer works. Ask for the new ticket or search the name.",
            ),
            VerdictKind.FORGED: QCoreApplication.translate(
                "CheckInStation", "Forged or damaged code. Search the name instead."
            ),
            VerdictKind.NOT_SSC: QCoreApplication.translate("CheckInStation", "Not an SSC ticket code."),
        }
        if kind is VerdictKind.OTHER_EVENT:
            reason = fill(
                QCoreApplication.translate("CheckInStation", "Ticket for another event: %1"), verdict.other_event_title
            )
            if verdict.other_event_same_chapter:
                reason += " " + QCoreApplication.translate("CheckInStation", "(same chapter)")
        else:
            reason = reasons.get(kind, QCoreApplication.translate("CheckInStation", "Not checked in."))
        if row is not None:
            return self.person(
                "red",
                QCoreApplication.translate("CheckInStation", "Not checked in"),
                row,
                reason=reason,
                with_notes=False,
            )
        return Display(
            "red",
            QCoreApplication.translate("CheckInStation", "Not checked in"),
            reason=reason,
            footer=self.code_footer(verdict.code),
        )

    def already_reason(self, at: datetime | str | None, station: str) -> str:
        """'Checked in at 10:02 at Door A': where and when the check-in that stands was made (at: or ISO text)."""
        if isinstance(at, str):
            try:
                at = datetime.fromisoformat(at)
            except ValueError:
                at = None
        when = self.time_text(at)
        return (
            fill(QCoreApplication.translate("CheckInStation", "Checked in at %1 at %2"), when, station)
            if station
            else fill(QCoreApplication.translate("CheckInStation", "Checked in at %1"), when)
        )

    def person(
        self,
        colour: str,
        headline: str,
        row: RegistrationRow,
        reason: str = "",
        footer: str = "",
        with_notes: bool = True,
    ) -> Display:
        details = " · ".join(part for part in (word(row.role), row.affiliation, row.chapter_name) if part)
        notes = "\n".join(self.desk_notes(row)) if with_notes else ""
        native = row.native_name if row.native_name and row.native_name != row.latin_name else ""
        return Display(
            colour, headline, native or row.latin_name, row.latin_name if native else "", details, reason, notes, footer
        )

    @staticmethod
    def desk_notes(row: RegistrationRow) -> list[str]:
        """What the desk must do for this person: their role's errand and the coordinator's note."""
        hints = {
            RegistrationRole.SPEAKER: QCoreApplication.translate(
                "CheckInStation", "Speaker: take them to the green room."
            ),
            RegistrationRole.JUDGE: QCoreApplication.translate("CheckInStation", "Judge: hand over the scoring kit."),
            RegistrationRole.STAFF: QCoreApplication.translate(
                "CheckInStation", "Staff: send them to the staff briefing."
            ),
        }
        notes = [hints[row.role]] if row.role in hints else []
        if row.walk_in:
            notes.append(QCoreApplication.translate("CheckInStation", "Walk-in: make sure they have a badge."))
        if row.desk_note.strip():
            notes.append(row.desk_note.strip())
        return notes

    def checked_in_at(self, station: str, list_name: str | None) -> str:
        """'Checked in at 10:42 · Door A · Banquet': the footer of a check-in made now."""
        where = station or QCoreApplication.translate("CheckInStation", "this station")
        if list_name:
            where = f"{where} · {list_name}"
        return fill(
            QCoreApplication.translate("CheckInStation", "Checked in at %1 · %2"),
            local_time_text(datetime.now(self.tz), self.tz),
            where,
        )

    @staticmethod
    def code_footer(code: str) -> str:
        code = "".join(char for char in code if char.isprintable())  # a scanner's STX/ETX shows as nothing
        shown = code if len(code) <= 40 else code[:37] + "…"
        return fill(QCoreApplication.translate("CheckInStation", "Code read: %1"), shown)

    def time_text(self, moment: datetime | None) -> str:
        if moment is None:
            return "?"
        same_day = moment.astimezone(self.tz).date() == datetime.now(self.tz).date()
        return local_time_text(moment, self.tz, with_date=not same_day)

"""An offline desk's undos and check-outs of check-ins it did not make there, carried to the server.

While the server is out of reach a desk works on its local copy (services.offline_desk), which
holds the check-ins made on the server too: this desk's own from before (kept with the same
uid) and the other desks' (pulled in). Undoing or checking out one of those on the copy changes
a row the desk's queue does not send (it sends the check-ins the copy made itself), so without
this the server would still have the person inside after the desk said "Check-in undone" or
"Checked out".

`carry_to_server` finds them by uid and applies, on the server, what moved forward, by the same
rule a desk merge applies to check-ins it knows (services.desk_merge): an undo; a check-out of a
check-in still not undone there. Nothing else changes, so carrying again changes nothing. It
works under the locks a scan takes (SQLite's write lock; the registrations' rows on PostgreSQL),
writes an audit entry for each change and returns how many there were.
"""

from __future__ import annotations

from sqlalchemy import Engine, or_, select, update

from ssc_desktop.db import write_locking
from ssc_desktop.models import CheckIn, Member, Registration
from ssc_desktop.services import audit

_CHUNK = 500


def carry_to_server(server: Engine, copy: Engine, event_id: int, desk_id: str, station: str) -> int:
    """Carries the copy's undos and check-outs of check-ins not made on it (origin other than desk_id)."""
    with copy.connect() as connection:
        changed = {
            row.uid: (bool(row.undone), row.checked_out_at)
            for row in connection.execute(
                select(CheckIn.uid, CheckIn.undone, CheckIn.checked_out_at)
                .join(Registration, Registration.id == CheckIn.registration_id)
                .where(
                    Registration.event_id == event_id,
                    CheckIn.origin != desk_id,
                    CheckIn.uid.is_not(None),
                    or_(CheckIn.undone.is_(True), CheckIn.checked_out_at.is_not(None)),
                )
            )
        }
    if not changed:
        return 0
    carried = 0
    uids = sorted(changed)
    locking = write_locking(server)
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        with locking.begin() as connection:
            people = sorted(
                set(connection.execute(select(CheckIn.registration_id).where(CheckIn.uid.in_(chunk))).scalars())
            )
            if connection.dialect.name != "sqlite" and people:
                # As a scan does: the people's rows first, in id order so two desks cannot deadlock.
                connection.execute(
                    select(Registration.id)
                    .where(Registration.id.in_(people))
                    .order_by(Registration.id)
                    .with_for_update()
                )
            for row in connection.execute(
                select(
                    CheckIn.id, CheckIn.uid, CheckIn.undone, CheckIn.checked_out_at, CheckIn.list_id, Member.latin_name
                )
                .join(Registration, Registration.id == CheckIn.registration_id)
                .join(Member, Member.id == Registration.member_id)
                .where(CheckIn.uid.in_(chunk), Registration.event_id == event_id)
            ).all():
                undone, checked_out_at = changed[row.uid]
                values: dict[str, object] = {}
                if undone and not row.undone:
                    values["undone"] = True
                elif checked_out_at is not None and row.checked_out_at is None and not row.undone:
                    values["checked_out_at"] = checked_out_at
                if not values:
                    continue
                connection.execute(update(CheckIn).where(CheckIn.id == row.id).values(**values))
                what = "check-in undone" if "undone" in values else "checked out"
                on_list = f" (check-in list {row.list_id})" if row.list_id is not None else ""
                audit.record(
                    connection,
                    audit.UNDO if "undone" in values else audit.CHECK_OUT,
                    f"{row.latin_name}: {what} while the server was out of reach{on_list}",
                    station or desk_id,
                    event_id,
                    checked_out_at if "checked_out_at" in values else None,
                )
                carried += 1
    return carried

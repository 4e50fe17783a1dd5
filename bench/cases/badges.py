"""badges: 1,000 name badges of generated members (names in their own scripts) to an A4 PDF.

App side: BadgeService.write_badges() on the 2x4 layout, as `ssc badges` and the Badges
dialog run it: gathering the badges and their signed codes from the database, a font per
script run, HarfBuzz shaping, every line fitted to its width, the QR of each code, the
temporary file renamed into place.
Raw side: reportlab's canvas drawing the same four strings per badge with drawString in
Helvetica (no fitting, no shaping, no per-script fonts) plus the same QR drawings
(output.qr.draw_qr, the codes already encoded), on the same number of pages. The app
side encodes its QR codes afresh each run (about 2.6 ms a code with qrcode's choice of
the best mask), which is most of the difference.
Target: under 10 s for the app side. Runs in this process (no Qt).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bench.core import Figure, Options, median, now

DESCRIPTION = "1,000 name badges to PDF (fonts per script, shaping, fitting, QR) against bare reportlab"
COUNT = 1000
TARGET_S = 10.0
RUNS = 3


def prepare(folder: Path) -> tuple[Any, int]:
    from ssc_desktop.app import compose
    from ssc_desktop.models import EventFormat, RegistrationRole, RegistrationStatus
    from ssc_desktop.services.demo import generate_members
    from ssc_desktop.services.events import EventDraft, parse_local_datetime

    context = compose(folder / "badges.sqlite3")
    services = context.services
    chapter, _ = services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    event = services.events.create_event(
        EventDraft(
            chapter_id=chapter.id,
            title="3rd SSC India Reunion",
            format=EventFormat.HYBRID,
            starts_at=parse_local_datetime("2026-12-12 09:30", "Asia/Kolkata"),
            ends_at=parse_local_datetime("2026-12-12 18:00", "Asia/Kolkata"),
            timezone="Asia/Kolkata",
            venue="IIT Delhi",
        )
    )
    services.members.add_members(generate_members(COUNT, seed=5))
    member_ids = [m.id for m in services.members.list_members()][:COUNT]
    services.registrations.register_many(
        event.id, [(mid, RegistrationRole.PARTICIPANT, RegistrationStatus.REGISTERED) for mid in member_ids]
    )
    return context, event.id


def raw_side(sheet, path: Path) -> float:
    from reportlab.pdfgen.canvas import Canvas

    from ssc_desktop.output.badges_pdf import LAYOUTS
    from ssc_desktop.output.qr import draw_qr

    layout = LAYOUTS["2x4"]
    started = now()
    canvas = Canvas(str(path))
    for number, badge in enumerate(sheet.badges):
        slot = number % layout.per_page
        if slot == 0 and number:
            canvas.showPage()
        x, y = layout.origin(slot)
        canvas.setFont("Helvetica-Bold", 26)
        canvas.drawString(x + 10, y + 150, badge.big_name)
        canvas.setFont("Helvetica", 14)
        canvas.drawString(x + 10, y + 130, badge.second_name)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(x + 10, y + 115, badge.where_from)
        canvas.drawString(x + 10, y + 104, badge.affiliation)
        draw_qr(canvas, badge.code, x + 180, y + 5, 96)
    canvas.showPage()
    canvas.save()
    return now() - started


def run(options: Options) -> list[Figure]:
    from ssc_desktop.output import text_drawing as td
    from ssc_desktop.output.qr import qr_matrix

    td.register_fonts()  # font loading is start-up work, not per export
    work = Path(tempfile.mkdtemp(prefix="badges-", dir=options.workdir))
    context, event_id = prepare(work)
    try:
        ours, raw = [], []
        for number in range(RUNS):
            target = work / f"badges-{number}.pdf"
            qr_matrix.cache_clear()  # every run encodes its 1,000 QR codes afresh, as a new export does
            started = now()
            result = context.services.badges.write_badges(event_id, target, layout="2x4")
            ours.append(now() - started)
            sheet = context.services.badges.badges(event_id)
            raw.append(raw_side(sheet, work / f"raw-{number}.pdf"))
            options.log(
                f"  badges: run {number + 1}: {result.badges} badges on {result.pages} pages in "
                f"{ours[-1]:.2f} s; bare reportlab {raw[-1]:.2f} s"
            )
        qr_matrix.cache_clear()
        started = now()
        for badge in sheet.badges:
            qr_matrix(badge.code)
        encode_s = now() - started
        if result.badges != COUNT:
            raise RuntimeError(f"wrote {result.badges} badges, expected {COUNT}")
    finally:
        context.close()
    ours_s, raw_s = median(ours), median(raw)
    options.log(
        f"  badges: {ours_s:.2f} s for {COUNT} badges (target < {TARGET_S:g} s), bare reportlab "
        f"{raw_s:.2f} s, ratio {ours_s / raw_s:.2f}x"
    )
    options.log(f"  badges: of which encoding the {COUNT} QR codes (qrcode, best of 8 masks) {encode_s:.2f} s")
    return [
        Figure(
            "badges",
            "write_s",
            f"{COUNT} badges to PDF (2x4), median of {RUNS}",
            ours_s,
            "s",
            TARGET_S,
            raw=raw_s,
            raw_label="reportlab drawString (Helvetica) + same QR drawings",
            note="names in their own scripts: per-script fonts, shaping, fitting",
        ),
        Figure(
            "badges",
            "qr_encode_s",
            f"  of which encoding {COUNT} QR codes",
            encode_s,
            "s",
            note="qrcode at error correction M, best of 8 masks; the raw side draws pre-encoded codes",
        ),
    ]

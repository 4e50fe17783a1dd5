"""certificates: 1,000 certificates in one PDF, names in many scripts.

App side: write_certificates_pdf for 1,000 recipients cycling through Latin, Devanagari,
Bengali, Sinhala, Thai, Myanmar, Chinese, Japanese and Vietnamese names (fonts embedded,
complex scripts shaped, QR per page, the template's border and signatories).

Raw side, in the same run: bare reportlab drawing the same strings on 1,000 pages with
Helvetica (no embedding, no shaping, no QR) — the floor any certificate writer stands on.

Targets: under 15 s, and peak resident memory under 300 MB (measured in a child process so
the figure is the writer's own).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.core import Figure, Options, now

DESCRIPTION = "1,000 certificates in one PDF (every script) vs bare reportlab with Helvetica"
COUNT = 1000
TIME_TARGET_S = 15.0
MEMORY_TARGET_MB = 300.0
NAMES = [
    ("Aditya Gupta", "आदित्य गुप्ता"),
    ("Rahim Uddin", "রহিম উদ্দিন"),
    ("Sunil Fernando", "සුනිල් ප්‍රනාන්දු"),
    ("Somchai Jaidee", "สมชาย ใจดี"),
    ("Kyaw Zin Oo", "ကျော်ဇင်ဦး"),
    ("Lai Hung Wei", "黎雄伟"),
    ("Tanaka Sakura", "田中 さくら"),
    ("Nguyen Thi Lan", "Nguyễn Thị Lan"),
    ("Ananya Iyer", ""),
]

_CHILD = r"""
import json, resource, sys, time
from datetime import datetime, timezone
from pathlib import Path
from ssc_desktop.models import CertificateKind, EventFormat
from ssc_desktop.output.certificate_pdf import write_certificates_pdf
from ssc_desktop.services.certificates import CertificatePlan, DEFAULT_WORDING, KIND_TITLES, Recipient, TemplateInfo
from ssc_desktop.services.events import EventSummary

names, count, target = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
event = EventSummary(id=1, chapter_id=1, chapter_name="SSC India", title="3rd SSC India Reunion",
                     format=EventFormat.HYBRID, venue="IIT Delhi", online_link="",
                     starts_at=datetime(2026, 11, 25, 4, 0, tzinfo=timezone.utc),
                     ends_at=datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc), timezone="Asia/Kolkata",
                     capacity=None, registered=0, waitlisted=0, cancelled=0, checked_in=0)
kind = CertificateKind.PARTICIPATION
template = TemplateInfo(name="x", kind=kind, title=KIND_TITLES[kind], wording=DEFAULT_WORDING[kind],
                        signatory_1_name="Dr. Meera Nair", signatory_1_title="Chapter president",
                        signatory_2_name="Arjun Rao", signatory_2_title="Reunion coordinator", id=1)
recipients = tuple(Recipient(f"r:{i}", names[i % len(names)][1] or names[i % len(names)][0],
                             names[i % len(names)][0], "", number=f"SSC-2026-ISCA-{i:06d}") for i in range(count))
plan = CertificatePlan(event, kind, template, recipients, ())
started = time.perf_counter()
write_certificates_pdf(plan, Path(target))
elapsed = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak_mb, "bytes": Path(target).stat().st_size}))
"""


def raw_reportlab(path: Path) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    started = now()
    canvas = Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    for index in range(COUNT):
        latin, native = NAMES[index % len(NAMES)]
        canvas.setFont("Helvetica-Bold", 34)
        canvas.drawCentredString(width / 2, height - 120, "Certificate of Participation")
        canvas.setFont("Helvetica-Bold", 40)
        canvas.drawCentredString(width / 2, height - 230, native or latin)
        canvas.setFont("Helvetica", 17)
        canvas.drawCentredString(width / 2, height - 260, latin)
        canvas.setFont("Helvetica", 13)
        canvas.drawCentredString(
            width / 2, height - 300, "took part in the 3rd SSC India Reunion, held on 25 November 2026 at IIT Delhi."
        )
        canvas.drawString(width - 150, 50, f"SSC-2026-ISCA-{index:06d}")
        canvas.showPage()
    canvas.save()
    return now() - started


def run(options: Options) -> list[Figure]:
    with tempfile.TemporaryDirectory(dir=options.workdir) as folder:
        target = Path(folder) / "certificates.pdf"
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, json.dumps(NAMES), str(COUNT), str(target)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        raw_s = raw_reportlab(Path(folder) / "raw.pdf")
    options.log(f"  certificates: {COUNT} pages, {result['bytes'] / 1e6:.1f} MB PDF")
    return [
        Figure(
            "certificates",
            "write_s",
            f"{COUNT:,} certificates to one PDF",
            result["seconds"],
            "s",
            TIME_TARGET_S,
            raw=raw_s,
            raw_label="bare reportlab, Helvetica, same strings",
            note="9 scripts, fonts embedded and shaped, a QR per page",
        ),
        Figure(
            "certificates",
            "peak_mb",
            "peak resident memory of the writer",
            result["peak_mb"],
            "MB",
            MEMORY_TARGET_MB,
            note="child process: Python, reportlab, fonts, the PDF in progress",
        ),
    ]

"""Example outputs for the README, made from the demo reunion (docs/example-*).

The attendance sheet, the sign-in sheet, the reunion report and certificates.

    python scripts/make_examples.py [--out docs]

Writes the attendance sheet (.xlsx), the sign-in sheet and the certificates (.pdf, with a PNG
of their first page when pdftoppm is installed), in a fresh demo database of its own.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ssc_desktop.app import create_demo
from ssc_desktop.models import CertificateKind
from ssc_desktop.output.attendance_xlsx import write_attendance_xlsx
from ssc_desktop.output.certificate_pdf import write_certificates_pdf
from ssc_desktop.output.report_pdf import write_report_pdf
from ssc_desktop.output.signin_pdf import write_signin_pdf


def first_page_png(pdf: Path) -> None:
    if shutil.which("pdftoppm") is None:
        return
    stem = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True
    )
    print(stem.with_suffix(".png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        context, summary = create_demo(Path(scratch) / "demo.sqlite3")
        try:
            services = context.services
            sheet = services.attendance.sheet(summary.reunion_event_id)
            print(write_attendance_xlsx(sheet, out / "example-attendance.xlsx"))
            signin = write_signin_pdf(sheet, out / "example-signin.pdf")
            print(signin)
            first_page_png(signin)
            report = write_report_pdf(services.reports.report(summary.reunion_event_id), out / "example-report.pdf")
            print(report)
            first_page_png(report)
            for kind in (CertificateKind.CONTRIBUTION, CertificateKind.PARTICIPATION, CertificateKind.AWARD):
                plan = services.certificates.issue(services.certificates.plan(summary.reunion_event_id, kind))
                plan = plan.__class__(plan.event, plan.kind, plan.template, plan.recipients[:3], plan.left_out)
                pdf = write_certificates_pdf(plan, out / f"example-certificate-{kind.value}.pdf")
                print(pdf)
                first_page_png(pdf)
        finally:
            context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

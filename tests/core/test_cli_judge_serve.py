"""`ssc contest serve`: prints each judge's link, serves their page, stops on Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from ssc_desktop.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_serve_prints_links_that_work_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    db = tmp_path / "ssc.sqlite3"
    assert (
        main(
            [
                "--db",
                str(db),
                "event",
                "create",
                "--title",
                "Reunion",
                "--chapter",
                "SSC India",
                "--start",
                "2030-03-01 09:30",
                "--timezone",
                "Asia/Kolkata",
                "--format",
                "face-to-face",
            ]
        )
        == 0
    )
    assert main(["--db", str(db), "contest", "create", "--event", "1", "--title", "Posters"]) == 0
    for name, pin in (("Dr. Nair", "4821"), ("Prof. Sato", "7302")):
        assert main(["--db", str(db), "contest", "judge", "add", "--contest", "1", "--name", name, "--pin", pin]) == 0
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            str(db),
            "contest",
            "serve",
            "--contest",
            "1",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--cards",
            str(tmp_path / "cards.pdf"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        lines = [process.stdout.readline() for _ in range(5)]
        assert lines[0].startswith("Judges of Posters can score on their phones at http://127.0.0.1:")
        links = dict(line.strip().split(": ", 1) for line in lines[2:4])
        assert set(links) == {"Dr. Nair", "Prof. Sato"} and links["Dr. Nair"] != links["Prof. Sato"]
        with urllib.request.urlopen(links["Dr. Nair"], timeout=5) as page:
            assert page.status == 200 and b"judge.js" in page.read()
        assert lines[4].strip() == f"Wrote the judges' QR cards to {tmp_path / 'cards.pdf'}"
        # Each card's QR is its judge's own link.
        import zxingcpp
        from PIL import Image

        subprocess.run(
            ["pdftoppm", "-png", "-r", "150", str(tmp_path / "cards.pdf"), str(tmp_path / "card")], check=True
        )
        read = [r.text for page in sorted(tmp_path.glob("card*.png")) for r in zxingcpp.read_barcodes(Image.open(page))]
        assert sorted(read) == sorted(links.values())
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
    assert process.returncode == 130, err
    assert "Stopped the judges' server." in out and "Traceback" not in err

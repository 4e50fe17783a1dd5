"""ssc-selfcheck: checks, from inside a frozen SSC Desktop bundle, what a source checkout takes for granted.

Built only when SSC_PYI_SELFCHECK=1 (see ssc-desktop.spec); a release bundle does not contain it.
Prints one JSON object and exits 0 when every check passed, 1 otherwise.

    ssc-selfcheck [--db PATH]      (QT_QPA_PLATFORM=offscreen works without a display)

Run it with PYTHONTZPATH="" to prove the bundled tzdata answers, not the system's time zone files.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    results: dict[str, object] = {}
    failures: list[str] = []

    def check(name: str, ok: bool, detail: object) -> None:
        results[name] = {"ok": bool(ok), "detail": detail}
        if not ok:
            failures.append(name)

    bundle = Path(getattr(sys, "_MEIPASS", "")).resolve() if getattr(sys, "frozen", False) else None
    check("frozen", bundle is not None, str(bundle))

    def inside(path: Path) -> bool:
        return bundle is not None and path.resolve().is_relative_to(bundle)

    from ssc_desktop import paths

    resources = paths.resources_dir()
    check("resources_dir", inside(resources) and (resources / "RESOURCES.txt").is_file(), str(resources))

    from ssc_desktop import db

    migrations = db.MIGRATIONS_DIR
    check(
        "migrations_dir",
        inside(migrations) and (migrations / "env.py").is_file() and any((migrations / "versions").glob("*.py")),
        str(migrations),
    )
    check("alembic_head", bool(db.known_head()), db.known_head())

    with tempfile.TemporaryDirectory() as tmp:
        target = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else str(Path(tmp) / "selfcheck.sqlite3")
        database = db.open_database(target)
        try:
            tables = sorted(database.table_names())
            check("migrate_sqlite", "alembic_version" in tables and len(tables) > 1, tables)
        finally:
            database.dispose()

    # ssc_desktop.messages gathers its feature modules with pkgutil.iter_modules at import
    # time: in a bundle that only sees modules PyInstaller put in the archive.
    from ssc_desktop import messages

    modules = sorted(name for name in sys.modules if name.startswith("ssc_desktop.messages."))
    check("messages", bool(messages.MESSAGES), {"codes": len(messages.MESSAGES), "modules": modules})

    import zoneinfo
    from datetime import datetime

    try:
        offset = datetime(2026, 1, 1, tzinfo=zoneinfo.ZoneInfo("Asia/Kolkata")).utcoffset()
        check(
            "zoneinfo_kolkata",
            offset is not None and offset.total_seconds() == 5.5 * 3600,
            {"utcoffset": str(offset), "tzpath": list(zoneinfo.TZPATH)},
        )
    except Exception as exc:  # noqa: BLE001 - report, don't crash
        check("zoneinfo_kolkata", False, repr(exc))

    try:
        import psycopg
        from sqlalchemy.dialects import postgresql  # noqa: F401

        check(
            "psycopg",
            psycopg.pq.__impl__ in ("binary", "c", "python"),
            {"impl": psycopg.pq.__impl__, "libpq": psycopg.pq.version()},
        )
    except Exception as exc:  # noqa: BLE001
        check("psycopg", False, repr(exc))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QSize
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    check("svg_imageformat", "svg" in formats, formats)
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    check("qt_plugins_in_bundle", inside(plugins), str(plugins))

    from ssc_desktop.views import theme

    icons = {}
    for svg in sorted((resources / "icons").glob("*.svg")):
        pixmap = theme.icon(svg.stem).pixmap(QSize(64, 64))
        icons[svg.stem] = None if pixmap.isNull() else [pixmap.width(), pixmap.height()]
    check("svg_icons_render", bool(icons) and all(icons.values()), icons)
    app.processEvents()

    # The check-in desk's native pieces: a QR drawn by the app read back by zxing-cpp from a
    # QImage, a shaped Devanagari name in a PDF (uharfbuzz + the bundled fonts), the camera and
    # chart modules of Qt.
    try:
        from PySide6.QtGui import QImage

        from ssc_desktop.output.qr import qr_png
        from ssc_desktop.views.camera_scanner import decode_frame

        code = "SSC1.2.5K.1.MFRWGZLTMVRGK"
        decoded = decode_frame(QImage.fromData(qr_png(code)))
        check("zxing_decodes_qr", decoded == [code], decoded)
    except Exception as exc:  # noqa: BLE001
        check("zxing_decodes_qr", False, repr(exc))

    try:
        from reportlab.pdfgen.canvas import Canvas

        from ssc_desktop.output import text_drawing

        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "shaped.pdf"
            canvas = Canvas(str(pdf))
            name = "आदित्य गुप्ता 黎雄伟 ශ්‍රී محمد"  # Arabic: python-bidi's compiled core is in the bundle too
            paragraph = text_drawing.paragraph(name, text_drawing.styles()["body"])
            paragraph.wrapOn(canvas, 400, 100)
            paragraph.drawOn(canvas, 50, 700)
            canvas.save()
            data = pdf.read_bytes()
        import uharfbuzz  # noqa: F401

        embedded = [
            font
            for font in (b"NotoSansDevanagari", b"DroidSansFallback", b"NotoSansSinhala", b"NotoSansArabic")
            if font in data
        ]
        check(
            "pdf_shaped_fonts",
            len(embedded) == 4 and text_drawing.needs_shaping(name),
            {"bytes": len(data), "embedded": [f.decode() for f in embedded]},
        )
    except Exception as exc:  # noqa: BLE001
        check("pdf_shaped_fonts", False, repr(exc))

    for module in ("PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtPdf"):
        try:
            __import__(module)
            check(module, True, "imported")
        except Exception as exc:  # noqa: BLE001
            check(module, False, repr(exc))

    print(json.dumps({"ok": not failures, "failures": failures, "checks": results}, indent=2, default=str))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

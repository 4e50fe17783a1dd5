"""The look of SSC Desktop: one stylesheet, icons from resources/, and fonts for every script."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ssc_desktop.views import settings
from ssc_desktop.views.language import running_language
from ssc_desktop.paths import resource_path

SAKURA = "#d94f84"
NAVY = "#1f2a44"
GREEN = QColor("#1b7f3b")
AMBER = QColor("#a86500")
MUTED = QColor("#6b7280")

STYLESHEET = f"""
QMainWindow {{ background: #f5f6fa; }}
#Sidebar {{ background: {NAVY}; border: none; }}
#Sidebar QListWidget {{ background: transparent; border: none; color: #dfe5f2; font-size: 14px; outline: 0; }}
#Sidebar QListWidget::item {{ padding: 10px 14px; margin: 2px 8px; border-radius: 8px; }}
#Sidebar QListWidget::item:selected {{ background: {SAKURA}; color: white; }}
#Sidebar QListWidget::item:hover:!selected {{ background: #2d3b5e; }}
#Sidebar QListWidget::item:disabled {{ color: #6c7893; }}
#AppTitle {{ color: white; font-size: 17px; font-weight: 600; }}
#AppSubtitle {{ color: #9aa6c2; font-size: 11px; }}
#EventBar {{ background: white; border-bottom: 1px solid #e3e6ee; }}
#PageTitle {{ font-size: 20px; font-weight: 600; color: {NAVY}; }}
#PageHint {{ color: #6b7280; }}
#ErrorText {{ color: #b91c1c; font-weight: 600; }}
#SavedText {{ color: #166534; font-weight: 600; }}
QLabel[tone="saved"] {{ color: {GREEN.name()}; font-weight: 600; }}
QLabel[tone="warning"] {{ color: {AMBER.name()}; font-weight: 600; }}
QLabel[tone="error"] {{ color: #b91c1c; font-weight: 600; }}
QLabel[tone="muted"] {{ color: {MUTED.name()}; font-weight: 600; }}
#Card {{ background: white; border: 1px solid #e3e6ee; border-radius: 10px; }}
#CardTitle {{ font-size: 15px; font-weight: 600; color: {NAVY}; }}
#FigureValue {{ font-size: 26px; font-weight: 600; color: {NAVY}; }}
#FigureLabel {{ color: #6b7280; font-size: 12px; }}
#EmptyState {{ color: #6b7280; font-size: 14px; padding: 40px; background: white;
               border: 1px dashed #cfd5e1; border-radius: 10px; }}
#DetailName {{ font-size: 18px; font-weight: 600; color: {NAVY}; }}
#DetailNative {{ font-size: 16px; color: #374151; }}
QTableView {{ background: white; alternate-background-color: #f8f9fc; gridline-color: #eceef4;
              selection-background-color: #fde2ec; selection-color: #111827; border: 1px solid #e3e6ee; }}
QHeaderView::section {{ background: #f1f3f8; padding: 6px; border: none; border-bottom: 1px solid #e3e6ee;
                        font-weight: 600; color: #374151; }}
QLineEdit, QComboBox, QDateTimeEdit, QSpinBox {{ padding: 5px 8px; border: 1px solid #cfd5e1; border-radius: 6px; background: white; }}
QLineEdit:focus, QComboBox:focus {{ border: 1px solid {SAKURA}; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #cfd5e1; border-radius: 6px; background: white; }}
QPushButton:hover {{ background: #f4f5f9; }}
QPushButton:disabled {{ color: #a0a6b3; }}
QPushButton#Primary {{ background: {SAKURA}; color: white; border: 1px solid {SAKURA}; font-weight: 600; }}
QPushButton#Primary:hover {{ background: #c8407a; }}
QPushButton#Primary:disabled {{ background: #e9a9c3; border-color: #e9a9c3; }}
QProgressBar {{ border: none; background: #eceef4; border-radius: 5px; height: 10px; text-align: center; }}
QProgressBar::chunk {{ background: {SAKURA}; border-radius: 5px; }}
QStatusBar {{ background: white; border-top: 1px solid #e3e6ee; color: #4b5563; }}
"""

# The full-screen check-in station: dark, large, readable from two metres. Sizes are for a
# 1080-pixel-high screen; station_stylesheet() scales them to smaller ones (a 1366x768 laptop).
STATION_STYLESHEET = """
#CheckInStation { background: #0f172a; }
#StationBar QLabel { color: #e2e8f0; font-size: 18px; }
#StationBar #StationTitle { color: white; font-size: 30px; font-weight: 700; }
#StationBar QLineEdit, #StationBar QComboBox { font-size: 18px; min-height: 32px; }
#StationBar QPushButton, #StationSide QPushButton { font-size: 18px; padding: 8px 16px; }
#VerdictHeadline { color: white; font-size: 64px; font-weight: 800; }
#VerdictNative { color: white; font-weight: 700; }
#VerdictLatin { color: white; font-weight: 600; }
#VerdictDetails { color: #f1f5f9; font-size: 36px; }
#VerdictReason { color: white; font-size: 52px; font-weight: 700; }
#VerdictNotes { background: #fffbeb; color: #111827; font-size: 34px; font-weight: 600;
                border-radius: 14px; padding: 14px 22px; }
#VerdictFooter { color: #f8fafc; font-size: 22px; }
#StationSide { background: #f8fafc; border-radius: 18px; }
#CounterBig { font-size: 64px; font-weight: 800; color: #0f172a; }
#CounterCaption { font-size: 20px; color: #475569; }
#CounterLine { font-size: 19px; color: #1f2937; }
#StationSide QLineEdit { font-size: 22px; min-height: 40px; }
#StationSide QTableView { font-size: 18px; }
#StationSide QHeaderView::section { font-size: 16px; padding: 4px; }
#CameraMessage { color: #475569; font-size: 18px; background: #e2e8f0; border-radius: 10px; padding: 12px; }
#LayoutHint { background: #fef3c7; border: 2px solid #f59e0b; border-radius: 14px; }
#LayoutHintText { color: #451a03; font-size: 20px; font-weight: 600; }
#LayoutHint QPushButton { font-size: 18px; padding: 8px 18px; }
"""


# High contrast, for the app: black on white, borders and focus that show, no pale greys.
HIGH_CONTRAST_STYLESHEET = f"""
QMainWindow, QDialog {{ background: white; color: black; }}
#Sidebar {{ background: black; }}
#Sidebar QListWidget {{ color: white; }}
#Sidebar QListWidget::item:selected {{ background: white; color: black; }}
#Sidebar QListWidget::item:disabled {{ color: #c0c0c0; }}
#AppSubtitle {{ color: #e5e7eb; }}
#PageHint, #FigureLabel, #EmptyState {{ color: #1f2937; }}
#PageTitle, #CardTitle, #FigureValue, #DetailName {{ color: black; }}
#Card {{ border: 2px solid black; }}
#ErrorText {{ color: #991b1b; }}
QLabel[tone="saved"] {{ color: #14532d; }}
QLabel[tone="warning"] {{ color: #78350f; }}
QLabel[tone="error"] {{ color: #991b1b; }}
QLabel[tone="muted"] {{ color: #1f2937; }}
QLineEdit, QComboBox, QDateTimeEdit, QSpinBox, QPushButton, QTableView, QTextEdit, QPlainTextEdit {{
    border: 2px solid black; color: black; background: white; }}
QLineEdit:focus, QComboBox:focus, QPushButton:focus, QTableView:focus, QSpinBox:focus, QDateTimeEdit:focus {{
    border: 3px solid #1d4ed8; }}
QPushButton:disabled {{ color: #4b5563; border-color: #4b5563; }}
QPushButton#Primary {{ background: {NAVY}; border: 2px solid black; color: white; }}
QTableView {{ selection-background-color: black; selection-color: white; gridline-color: #4b5563; }}
QHeaderView::section {{ color: black; border-bottom: 2px solid black; }}
QStatusBar {{ color: black; border-top: 2px solid black; }}
"""

# High contrast at the door: black behind everything, white and yellow text, thick outlines.
STATION_HIGH_CONTRAST = """
#CheckInStation { background: black; }
#StationBar QLabel, #StationBar #StationTitle { color: white; }
#StationBar QLineEdit, #StationBar QComboBox, #StationBar QPushButton { background: black; color: white;
    border: 2px solid white; }
#VerdictDetails, #VerdictFooter { color: white; }
#VerdictNotes { background: #ffff00; color: black; }
#StationSide { background: black; border: 3px solid white; }
#CounterBig, #CounterLine { color: white; }
#CounterCaption { color: #ffff00; }
#StationSide QLineEdit, #StationSide QTableView, #StationSide QPushButton { background: black; color: white;
    border: 2px solid white; }
#StationSide QLineEdit:focus, #StationSide QTableView:focus { border: 4px solid #ffff00; }
#StationSide QTableView { selection-background-color: #ffff00; selection-color: black; }
#StationSide QPushButton:disabled { color: #9ca3af; border-color: #6b7280; }
#CameraMessage { background: black; color: white; border: 2px solid white; }
#LayoutHint { background: black; border: 4px solid #ffff00; }
#LayoutHintText { color: #ffff00; }
"""


def high_contrast_wanted() -> bool:
    """The person's choice (View ▸ High contrast) if they made one, else what the OS prefers.

    Qt 6.10 and later tell the OS's contrast preference (Windows' contrast themes, macOS's
    Increase contrast, GNOME's high-contrast setting); before that, only the choice in the menu.
    Qt's colorScheme() (dark or light) is not asked: a dark desktop is not a high-contrast one.
    """
    chosen = settings.HIGH_CONTRAST.get()
    if chosen is not None:
        return str(chosen).lower() in ("true", "1")
    app = QGuiApplication.instance()
    hints = app.styleHints() if isinstance(app, QGuiApplication) else None
    if hints is None or not hasattr(hints, "accessibility"):
        return False
    preference = hints.accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def station_stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    """STATION_STYLESHEET (and the high-contrast rules, when asked) with every pixel size times scale."""
    sheet = STATION_STYLESHEET + (STATION_HIGH_CONTRAST if high_contrast else "")
    return re.sub(r"(\d+)px", lambda match: f"{max(1, round(int(match[1]) * scale))}px", sheet)


# Families tried in order so that a name in any script finds a glyph; Qt falls back
# through this list per character.
UI_FONT_FAMILIES = [
    "Noto Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Noto Sans CJK JP",
    "Yu Gothic UI",
    "Meiryo",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "Noto Sans Devanagari",
    "Nirmala UI",
    "Noto Sans Bengali",
    "Noto Sans Sinhala",
    "Noto Sans Thai",
    "Leelawadee UI",
    "Noto Sans Myanmar",
    "Myanmar Text",
    "Droid Sans Fallback",
    "Noto Sans Tamil",
    "Noto Sans Telugu",
    "Noto Sans Kannada",
    "Noto Sans Malayalam",
    "Noto Sans Gujarati",
    "Noto Sans Gurmukhi",
    "Noto Sans Oriya",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "HanaMinB",
]
# Bundled fonts larger than this (HanaMinB, 31 MB) are registered a little after the window
# shows: Windows reads a registered font file whole. The others take ~20 ms together.
_LATER_BYTES = 8_000_000
_LATER_MS = 2000
_fonts_registered = False
bundled_families: list[str] = []  # the families registered from resources/fonts so far


def _add_fonts(paths: list[str]) -> None:
    for path in paths:
        _add_font(path)


def register_bundled_fonts() -> None:
    """Adds the fonts of resources/fonts (the PDFs' fonts) to Qt's, once, so every name shows on a
    laptop that lacks, say, a Tamil or Khmer font; Qt falls back through UI_FONT_FAMILIES per character."""
    global _fonts_registered
    if _fonts_registered:
        return
    _fonts_registered = True
    later = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        if path.stat().st_size > _LATER_BYTES:
            later.append(str(path))
        else:
            _add_font(str(path))
    if later:
        QTimer.singleShot(_LATER_MS, lambda: _add_fonts(later))


def _add_font(path: str) -> None:
    font_id = QFontDatabase.addApplicationFont(path)
    if font_id >= 0:
        bundled_families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in bundled_families)


def apply_theme(app: QApplication, high_contrast: bool | None = None) -> None:
    """The look for the whole app; high_contrast None: as high_contrast_wanted() says."""
    app.setStyle("Fusion")
    register_bundled_fonts()
    font = QFont()
    font.setFamilies([*running_language().ui_fonts, *UI_FONT_FAMILIES])
    font.setPointSize(10)
    app.setFont(font)
    if high_contrast is None:
        high_contrast = high_contrast_wanted()
    app.setProperty("high_contrast", high_contrast)
    app.setStyleSheet(STYLESHEET + (HIGH_CONTRAST_STYLESHEET if high_contrast else ""))
    app.setWindowIcon(icon("app"))


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))

"""Help > About: what this is, which version, and where the data lives."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ssc_desktop import APP_NAME, __version__
from ssc_desktop.views.theme import icon


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            f"<h2>{APP_NAME} {__version__}</h2>"
            + self.tr(
                "<p>Run a Sakura Science Club chapter reunion from one laptop: members, events, "
                "check-in at the door, contests and the reports afterwards — offline.</p>"
            )
            + self.tr("<p><b>Database:</b> %1</p>").replace("%1", database_location)
            + f"<p style='color:#6b7280'>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}</p>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(380)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

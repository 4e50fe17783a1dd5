"""The sidebar: the app's name and the list of pages, one row per page in the main window's order."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ssc_desktop import APP_NAME
from ssc_desktop.views.theme import icon


class Sidebar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setFixedWidth(210)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 18, 0, 12)
        layout.setSpacing(4)
        brand = QHBoxLayout()
        brand.setContentsMargins(18, 0, 12, 12)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(34, 34))
        names = QVBoxLayout()
        names.setSpacing(0)
        title = QLabel(APP_NAME)
        title.setObjectName("AppTitle")
        subtitle = QLabel(self.tr("Sakura Science Club"))
        subtitle.setObjectName("AppSubtitle")
        names.addWidget(title)
        names.addWidget(subtitle)
        brand.addWidget(logo)
        brand.addLayout(names, 1)
        layout.addLayout(brand)

        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setAccessibleName(self.tr("Pages"))  # Tab or F6 reaches it; arrows move
        for key, text in (
            ("events", self.tr("Events")),
            ("programme", self.tr("Programme")),
            ("registrations", self.tr("Registrations")),
            ("members", self.tr("Members")),
            ("checkin", self.tr("Check-in")),
            ("dashboard", self.tr("Dashboard")),
            ("contests", self.tr("Contests")),
            ("exports", self.tr("Exports")),
            ("certificates", self.tr("Certificates")),
            ("audit", self.tr("Audit log")),
        ):
            item = QListWidgetItem(icon(key), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        layout.addWidget(self.navigation, 1)

    def row_of(self, key: str) -> int:
        """The row of a page by its key ("checkin"), -1 for none."""
        return next(
            (
                row
                for row in range(self.navigation.count())
                if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key
            ),
            -1,
        )

"""Questions put to the coordinator before a change that loses something."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """No is the default button, so a hasty Enter never destroys anything."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_keep_demo(parent: QWidget | None) -> bool | None:  # its words stay filed under the main window
    """There is a demo from before. True: open it as it was left; False: make it anew; None: cancelled."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Demo reunion"),
        QCoreApplication.translate(
            "MainWindow",
            "There is a demo reunion from before, with what you did in it. Open it as you left it, or start "
            "the demo anew (what you did in it is then forgotten)?",
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    keep = box.addButton(
        QCoreApplication.translate("MainWindow", "Open as I left it"), QMessageBox.ButtonRole.AcceptRole
    )
    anew = box.addButton(QCoreApplication.translate("MainWindow", "Start anew"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is keep else False if clicked is anew else None

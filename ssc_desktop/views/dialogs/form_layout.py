"""The layout the record dialogs share: the form, a line for what went wrong, Save and Cancel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def lay_out_form(dialog: QDialog, form: QFormLayout, extras: Sequence[QWidget] = ()) -> QLabel:
    """Puts form, any extras (notes, warnings) below it, a hidden error line and Save/Cancel (wired
    to dialog.save and dialog.reject) in the dialog; returns the error line, which the dialog fills
    and shows when saving fails."""
    error = QLabel()
    error.setObjectName("ErrorText")
    error.setWordWrap(True)
    error.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(cast(Any, dialog).save)  # every record dialog has save()
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for extra in extras:
        layout.addWidget(extra)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error

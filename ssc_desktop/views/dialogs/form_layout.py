"""The layout the record dialogs share: an optional intro, the form, notes below it, a line for what
went wrong, the main button and Cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class FormParts:
    error: QLabel  # hidden; the dialog fills and shows it when saving fails
    save_button: QPushButton
    buttons: QDialogButtonBox  # for a dialog's own extra button (e.g. "Clear note")


def lay_out_form(
    dialog: QDialog,
    form: QLayout,
    extras: Sequence[QWidget] = (),
    *,
    save_text: str | None = None,
    on_save: Callable[[], object] | None = None,
    intro: Sequence[QWidget] = (),
    stretch: int = 0,
) -> FormParts:
    """Puts any intro widgets, the form (a QFormLayout, or a body holding one beside a preview;
    stretch > 0 lets it take the dialog's spare height), any extras (notes, warnings), a hidden
    error line and Save/Cancel in the dialog. Save (or save_text, e.g. "Create event") runs on_save,
    dialog.save by default; Cancel rejects."""
    error = QLabel()
    error.setObjectName("ErrorText")
    error.setWordWrap(True)
    error.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    if save_text is not None:
        save_button.setText(save_text)
    buttons.accepted.connect(on_save if on_save is not None else dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in intro:
        layout.addWidget(widget)
    layout.addLayout(form, stretch)
    for extra in extras:
        layout.addWidget(extra)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return FormParts(error, save_button, buttons)

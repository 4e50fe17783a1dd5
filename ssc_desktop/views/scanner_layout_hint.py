"""A banner on the check-in station when a scanner types through the wrong keyboard layout.

The station reads such codes anyway (services.scanner_layouts); the banner tells the
desk, once per layout per station session, which setting puts it right. It takes no
focus and blocks nothing: scanning goes on while it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ssc_desktop.services.scanner_layouts import KeyboardLayout
from ssc_desktop.views.labels import fill


def layout_names(layouts: tuple[KeyboardLayout, ...], scanner_setting: bool = False) -> str:
    names = [
        QCoreApplication.translate("KeyboardLayout", layout.scanner_setting if scanner_setting else layout.name)
        for layout in layouts
    ]
    return (
        fill(QCoreApplication.translate("ScannerLayoutHint", "%1 or %2"), ", ".join(names[:-1]), names[-1])
        if len(names) > 1
        else names[0]
    )


def hint_text(layouts: tuple[KeyboardLayout, ...]) -> str:
    if any(layout.kana for layout in layouts):
        # Kana come from the input method's mode, not from a layout the scanner could match.
        return QCoreApplication.translate(
            "ScannerLayoutHint",
            "This scanner's keys are being typed as Japanese kana: the input method on this laptop is in "
            "kana mode. Switch it to direct input (英数 / alphanumeric) while scanning; "
            "codes are being corrected meanwhile.",
        )
    return fill(
        QCoreApplication.translate(
            "ScannerLayoutHint",
            "This scanner types as a US keyboard but this laptop uses %1. Set the scanner to the %2 "
            "layout (see its manual: keyboard country / language barcode) or switch the laptop to "
            "US English; codes are being corrected meanwhile.",
        ),
        layout_names(layouts),
        layout_names(layouts, scanner_setting=True),
    )


class LayoutHint(QFrame):
    """Hidden until tell(); then shows until the desk dismisses it or the station closes."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("LayoutHint")
        self.told: set[str] = set()  # layout keys the desk was told about this session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 12, 10)
        layout.setSpacing(14)
        self.message = QLabel()
        self.message.setObjectName("LayoutHintText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message, 1)
        self.dismiss = QPushButton(QCoreApplication.translate("ScannerLayoutHint", "Got it"))
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scan must not land on it
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def tell(self, layouts: tuple[KeyboardLayout, ...]) -> bool:
        """Shows the hint for layouts unless the desk heard about all of them already; True when shown."""
        keys = {layout.key for layout in layouts}
        if not keys or keys <= self.told:
            return False
        self.told |= keys
        self.message.setText(hint_text(layouts))
        self.show()
        return True

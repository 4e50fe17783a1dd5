"""The main window's View menu: Reload, every page from the keyboard, and high contrast.

Ctrl+1 … Ctrl+9 and Ctrl+0 open the sidebar's pages in order; F6 puts the keyboard in the
sidebar itself (arrow keys then move through it). High contrast follows the operating system
where Qt can tell (Qt 6.10's contrast preference) until the person chooses in this menu; the
choice is remembered (settings.HIGH_CONTRAST) and restyles the open check-in station too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ssc_desktop.views.labels import fill
from ssc_desktop.views import settings
from ssc_desktop.views.theme import apply_theme, high_contrast_wanted


class ViewMenu(QObject):
    high_contrast_changed = Signal(bool)

    def __init__(self, window) -> None:  # the MainWindow
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&View"))
        window._add_action(menu, self.tr("&Reload"), window.reload_all, QKeySequence.StandardKey.Refresh)
        menu.addSeparator()
        navigation = window.navigation
        self.page_actions: list[QAction] = []
        for row in range(navigation.count()):
            shortcut = QKeySequence(f"Ctrl+{(row + 1) % 10}") if row < 10 else None
            action = window._add_action(
                menu,
                fill(self.tr("Go to %1"), navigation.item(row).text()),
                lambda _checked=False, r=row: self.go_to(r),
                shortcut,
            )
            self.page_actions.append(action)
        window._add_action(menu, self.tr("&Page list"), self.focus_page_list, QKeySequence(Qt.Key.Key_F6))
        menu.addSeparator()
        self.high_contrast_action = QAction(self.tr("&High contrast"), window)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(high_contrast_wanted())
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast_action.toggled.connect(self.set_high_contrast)
        menu.addAction(self.high_contrast_action)

    def go_to(self, row: int) -> None:
        """Shows the page and puts the keyboard on its first control."""
        self.window.navigation.setCurrentRow(row)
        page = self.window.stack.currentWidget()
        widget = page.nextInFocusChain()
        while widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def focus_page_list(self) -> None:
        self.window.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_high_contrast(self, on: bool) -> None:
        settings.HIGH_CONTRAST.set(on)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a widgets app: this menu is in its window
        apply_theme(app, high_contrast=on)
        self.high_contrast_changed.emit(on)

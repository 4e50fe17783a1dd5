"""The main window's pages, each built the first time it is wanted.

A page costs its widgets (the Contests page alone tens of milliseconds under the stylesheet);
a start-up that built all ten would make the first window wait for pages nobody looks at yet.
Until it is built, a page's place in the stack holds an empty widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ssc_desktop.views.pages.base import Page


class PageStack(QStackedWidget):
    built = Signal(object)  # a page, just made

    def __init__(self, factories: Sequence[Callable[[], Page]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories = list(factories)
        self._pages: list[Page | None] = [None] * len(self._factories)
        for _factory in self._factories:
            self.addWidget(QWidget())

    def page(self, row: int) -> Page:
        """The page in this row, built now if it was not yet."""
        page = self._pages[row]
        if page is None:
            page = self._factories[row]()
            self._pages[row] = page
            placeholder, current = self.widget(row), self.currentIndex()
            assert placeholder is not None  # every row holds a placeholder until its page is built
            self.insertWidget(row, page)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            if current == row:
                self.setCurrentIndex(row)
            self.built.emit(page)
        return page

    def built_pages(self) -> list[Page]:
        return [page for page in self._pages if page is not None]

    def all_pages(self) -> list[Page]:
        return [self.page(row) for row in range(len(self._pages))]

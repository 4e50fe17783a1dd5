"""What every page of the main window shares: a title, a hint and the open services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import EventSummary
from ssc_desktop.views.changes import ChangeHub, Kind
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner


class Page(QWidget):
    # The kinds of data this page shows: it reads again when a change touches one of them.
    shows: frozenset[Kind] = frozenset()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.changes: ChangeHub | None = None  # given by the main window
        self.services: ServiceSet | None = None
        self.current_event: EventSummary | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(12)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = QLabel()
        self.title_label.setObjectName("PageTitle")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("PageHint")
        self.hint_label.setWordWrap(True)
        titles.addWidget(self.title_label)
        titles.addWidget(self.hint_label)
        header.addLayout(titles, 1)
        self.header_actions = QHBoxLayout()
        self.header_actions.setSpacing(8)
        header.addLayout(self.header_actions)
        self.layout_.addLayout(header)

    def announce(self, *kinds: Kind, event_id: int | None = None) -> None:
        """After a successful write, once this page shows it: say what changed, so every other
        page showing it follows."""
        if self.changes is not None:
            self.changes.announce(*kinds, event_id=event_id, source=self)

    def set_heading(self, title: str, hint: str = "") -> None:
        self.title_label.setText(title)
        self.hint_label.setText(hint)

    def set_services(self, services: ServiceSet) -> None:
        self.services = services
        self.reload()

    def set_event(self, event: EventSummary | None) -> None:
        self.current_event = event
        self.event_changed()

    def reload(self) -> TaskHandle | None:
        """Read this page's data again from the services (a page reading off the GUI thread may
        return the task's handle)."""

    def event_changed(self) -> None:
        """The event chosen in the event switcher changed."""


def scrolling_body(page: Page, stretch: int = 1) -> QVBoxLayout:
    """A layout under the page's heading that scrolls when the page is taller than the window
    (a 1280x720 laptop at 150 %), in the page's own background."""
    area = QScrollArea()
    area.setObjectName("PageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.viewport().setAutoFillBackground(False)
    body = QWidget()
    body.setObjectName("PageBody")
    body.setAutoFillBackground(False)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(page.layout_.spacing())
    area.setWidget(body)
    page.layout_.addWidget(area, stretch)
    return layout


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def figure(value: str, label: str) -> tuple[QWidget, QLabel]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    value_label = QLabel(value)
    value_label.setObjectName("FigureValue")
    caption = QLabel(label)
    caption.setObjectName("FigureLabel")
    layout.addWidget(value_label)
    layout.addWidget(caption)
    return box, value_label


def empty_state(text: str) -> QLabel:
    """A quiet message shown in place of an empty table, saying why it is empty and what to do."""
    label = QLabel(text)
    label.setObjectName("EmptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.hide()
    return label


def field_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label

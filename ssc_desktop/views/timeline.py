"""The day of an event drawn as a timeline: rooms as lanes, items as blocks, clashes in red."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ssc_desktop.vocabulary import ProgrammeKind
from ssc_desktop.services.events import zone
from ssc_desktop.services.programme import Programme, ProgrammeItemRow
from ssc_desktop.views.labels import word


KIND_COLOURS = {
    ProgrammeKind.KEYNOTE: "#f6d5e2", ProgrammeKind.ALUMNI_TALK: "#dce8f7", ProgrammeKind.PANEL: "#e4def5",
    ProgrammeKind.JOB_SEMINAR: "#dcefe3", ProgrammeKind.POSTER_SESSION: "#fbe9cf", ProgrammeKind.CONTEST: "#fde2d6",
    ProgrammeKind.BREAK: "#eeeeee", ProgrammeKind.NETWORKING: "#e6f2f2", ProgrammeKind.OTHER: "#f1ece4",
}
_CLASH = QColor("#c4321f")
_GUTTER = 52
_HEADER = 40
_MIN_LANE = 130


class TimelineView(QWidget):
    """Paints one event's programme; put it in a QScrollArea (it asks for the height it needs)."""

    item_clicked = Signal(int)
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumWidth(_GUTTER + _MIN_LANE)
        self._programme: Programme | None = None
        self._lanes: list[str] = []
        self._start: datetime | None = None
        self._end: datetime | None = None
        self._selected: int | None = None
        self._blocks: list[tuple[QRectF, ProgrammeItemRow]] = []
        self.pixels_per_minute = 1.3

    # -- data --------------------------------------------------------------------
    def set_programme(self, programme: Programme | None) -> None:
        self._programme = programme
        self._lanes = []
        self._start = self._end = None
        if programme is not None:
            tz = zone(programme.event.timezone)
            self._lanes = list(programme.rooms)
            if any(not i.room.strip() for i in programme.items) or not self._lanes:
                self._lanes.append(QCoreApplication.translate("TimelineView", "No room"))
            starts = [programme.event.starts_at, *(i.starts_at for i in programme.items)]
            ends = [programme.event.ends_at, *(i.ends_at for i in programme.items)]
            first = min(starts).astimezone(tz).replace(minute=0, second=0, microsecond=0)
            last = max(ends).astimezone(tz)
            if last.minute or last.second:
                last = last.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            # A programme spread over days would be metres tall; cap the drawn span at two days.
            self._start, self._end = first, min(last, first + timedelta(days=2))
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def set_selected(self, item_id: int | None) -> None:
        self._selected = item_id
        self.update()

    def lanes(self) -> list[str]:
        return list(self._lanes)

    def block_rect(self, item_id: int) -> QRectF | None:
        self._layout()
        return next((rect for rect, item in self._blocks if item.id == item_id), None)

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._start is None or self._end is None:
            return QSize(_GUTTER + _MIN_LANE * 2, 200)
        minutes = (self._end - self._start).total_seconds() / 60
        return QSize(_GUTTER + _MIN_LANE * max(1, len(self._lanes)), int(_HEADER + minutes * self.pixels_per_minute + 12))

    # -- geometry ------------------------------------------------------------------
    def _y(self, moment: datetime) -> float:
        assert self._start is not None
        return _HEADER + (moment - self._start).total_seconds() / 60 * self.pixels_per_minute

    def _lane_width(self) -> float:
        return max(60.0, (self.width() - _GUTTER - 8) / max(1, len(self._lanes)))

    def _layout(self) -> None:
        self._blocks = []
        if self._programme is None or self._start is None:
            return
        lane_width = self._lane_width()
        index = {lane.casefold(): number for number, lane in enumerate(self._lanes)}
        no_room = len(self._lanes) - 1
        # Items overlapping in one lane (a clash) share its width side by side.
        placed: dict[int, list[tuple[ProgrammeItemRow, int]]] = {}
        for item in self._programme.items:
            lane = index.get(item.room.strip().casefold(), no_room) if item.room.strip() else no_room
            column = 0
            taken = {c for other, c in placed.get(lane, []) if other.starts_at < item.ends_at and item.starts_at < other.ends_at}
            while column in taken:
                column += 1
            placed.setdefault(lane, []).append((item, column))
        for lane, entries in placed.items():
            for item, column in entries:
                width = max(c for other, c in entries if other.starts_at < item.ends_at and item.starts_at < other.ends_at) + 1
                left = _GUTTER + lane * lane_width + 3 + column * (lane_width - 6) / width
                top = self._y(item.starts_at)
                bottom = self._y(min(item.ends_at, self._end)) if self._end else top + 20
                rect = QRectF(left, top + 1, (lane_width - 6) / width - 2, max(14.0, bottom - top - 2))
                self._blocks.append((rect, item))

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self._programme is None or self._start is None or self._end is None:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("TimelineView", "No event chosen"))
            return
        self._layout()
        lane_width = self._lane_width()
        event = self._programme.event
        # Outside the event's hours: shaded.
        shade = QColor("#f3eff0")
        top_event, bottom_event = self._y(event.starts_at), self._y(min(event.ends_at, self._end))
        painter.fillRect(QRectF(_GUTTER, _HEADER, self.width() - _GUTTER, max(0.0, top_event - _HEADER)), shade)
        painter.fillRect(QRectF(_GUTTER, bottom_event, self.width() - _GUTTER, max(0.0, self.height() - bottom_event)), shade)
        # Hour lines and labels.
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        moment = self._start
        while moment <= self._end:
            y = self._y(moment)
            painter.setPen(QPen(QColor("#e2dadd"), 1))
            painter.drawLine(QPointF(_GUTTER, y), QPointF(self.width(), y))
            painter.setPen(QColor("#666666"))
            painter.drawText(QRectF(0, y - 8, _GUTTER - 8, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{moment:%H:%M}")
            moment += timedelta(hours=1)
        # Lane headers and separators.
        header_font = QFont(self.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        for number, lane in enumerate(self._lanes):
            left = _GUTTER + number * lane_width
            painter.setPen(QPen(QColor("#d9ced2"), 1))
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
            painter.setPen(QColor("#5b1631"))
            painter.drawText(QRectF(left + 4, 2, lane_width - 8, _HEADER - 4),
                             Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lane)
        # Items.
        flagged = self._programme.flagged_ids
        tz = zone(event.timezone)
        title_font = QFont(self.font())
        title_font.setBold(True)
        for rect, item in self._blocks:
            clash = item.id in flagged
            fill = QColor("#fde3df") if clash else QColor(KIND_COLOURS[item.kind])
            painter.setBrush(fill)
            if item.id == self._selected:
                painter.setPen(QPen(QColor("#1d4ed8"), 2.5))
            elif clash:
                painter.setPen(QPen(_CLASH, 2))
            else:
                painter.setPen(QPen(QColor("#b9aab0"), 1))
            painter.drawRoundedRect(rect, 4, 4)
            inner = rect.adjusted(5, 2, -4, -2)
            painter.setPen(_CLASH if clash else QColor("#222222"))
            painter.setFont(small)
            when = f"{item.starts_at.astimezone(tz):%H:%M}–{item.ends_at.astimezone(tz):%H:%M}"
            if clash:
                when = "⚠ " + when
            line_height = QFontMetrics(small).height()
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line_height), Qt.AlignmentFlag.AlignLeft, when)
            if inner.height() > line_height + 4:
                painter.setFont(title_font)
                painter.setPen(QColor("#222222"))
                remaining = QRectF(inner.left(), inner.top() + line_height, inner.width(), inner.height() - line_height)
                painter.drawText(remaining, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 item.title)
        painter.end()

    # -- mouse --------------------------------------------------------------------------
    def item_at(self, point: QPointF) -> ProgrammeItemRow | None:
        self._layout()
        for rect, item in reversed(self._blocks):
            if rect.contains(point):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.item_at(event.position())
        if item is not None:
            self.set_selected(item.id)
            self.item_clicked.emit(item.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.item_at(event.position())
        if item is not None:
            self.item_activated.emit(item.id)
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.item_at(event.position())
        if item is not None and self._programme is not None:
            tz = zone(self._programme.event.timezone)
            lines = [item.title, f"{item.starts_at.astimezone(tz):%H:%M}–{item.ends_at.astimezone(tz):%H:%M} · {word(item.kind)}"]
            if item.room:
                lines.append(item.room)
            if item.speakers:
                lines.append(item.speaker_names)
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

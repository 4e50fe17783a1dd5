"""The day of an event drawn as a timeline: rooms as lanes, items as blocks, clashes in red."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ssc_desktop.vocabulary import ProgrammeKind
from ssc_desktop.services.events import zone
from ssc_desktop.services.programme import Programme, ProgrammeItemRow
from ssc_desktop.views.labels import word


KIND_COLOURS = {
    ProgrammeKind.KEYNOTE: "#f6d5e2",
    ProgrammeKind.ALUMNI_TALK: "#dce8f7",
    ProgrammeKind.PANEL: "#e4def5",
    ProgrammeKind.JOB_SEMINAR: "#dcefe3",
    ProgrammeKind.POSTER_SESSION: "#fbe9cf",
    ProgrammeKind.CONTEST: "#fde2d6",
    ProgrammeKind.BREAK: "#eeeeee",
    ProgrammeKind.NETWORKING: "#e6f2f2",
    ProgrammeKind.OTHER: "#f1ece4",
}
_CLASH = QColor("#c4321f")
_PAD = 4  # between a text and the edge of the gutter, a lane header or a block
_HEADER_LINES = 3  # a room's name takes at most this many lines; the rest is elided (its tooltip has it all)
_SHORTEST = 15  # minutes: an item this short still shows its time on one line

TextBox = tuple[QRectF, str, QFont, Qt.AlignmentFlag]  # where a text is drawn, the text, its font, its flags


def fitted_lines(font: QFont, text: str, width: float, max_lines: int) -> list[str]:
    """text wrapped at words (inside a word too long for a line) into width, at most max_lines
    lines; the last line ends in "…" when the text goes on."""
    metrics = QFontMetricsF(font)
    if width < metrics.horizontalAdvance("…") or max_lines < 1 or not text.strip():
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    # Qt counts in UTF-16 units; a character beyond the BMP (an emoji) is two of them.
    at, unit = {0: 0}, 0
    for number, char in enumerate(text):
        unit += 2 if ord(char) > 0xFFFF else 1
        at[unit] = number + 1
    lines = [text[at[start] : at[start + length]].strip() for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        rest = text[at[spans[max_lines - 1][0]] :].strip()
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [line for line in lines if line]


class TimelineView(QWidget):
    """Paints one event's programme; put it in a QScrollArea (it asks for the size it needs).

    Every text it paints is laid out first by text_boxes() so that it fits where it is drawn
    (room names wrapped then elided, times shortened, titles cut at the block's end with "…");
    the full texts are in the tooltips.
    """

    item_clicked = Signal(int)
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self._programme: Programme | None = None
        self._lanes: list[str] = []
        self._start: datetime | None = None
        self._end: datetime | None = None
        self._selected: int | None = None
        self._blocks: list[tuple[QRectF, ProgrammeItemRow]] = []
        self._header_cache: tuple[object, float] = (None, 0.0)
        self._fonts()
        self.setMinimumWidth(self._gutter() + self._min_lane())

    def _fonts(self) -> None:
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.small.pointSizeF() - 1))
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        # An item of a quarter of an hour has room for its time.
        self.pixels_per_minute = max(1.3, (QFontMetricsF(self.small).height() + 8) / _SHORTEST)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts()
            self._resized()
        super().changeEvent(event)

    def _gutter(self) -> int:
        return int(QFontMetricsF(self.small).horizontalAdvance("00:00") + 3 * _PAD + 1)

    def _min_lane(self) -> int:
        """Wide enough for an item's times, and for a room's name of a few letters."""
        return int(
            max(
                QFontMetricsF(self.small).horizontalAdvance("00:00–00:00"),
                QFontMetricsF(self.bold).horizontalAdvance("Room 00"),
            )
            + 4 * _PAD
            + 4
        )

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
        self._resized()
        self.update()

    def _resized(self) -> None:
        self.setMinimumWidth(self._gutter() + self._min_lane() * max(1, len(self._lanes)))
        self.updateGeometry()
        self.setMinimumHeight(self._height_for(self.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        needed = self._height_for(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def set_selected(self, item_id: int | None) -> None:
        self._selected = item_id
        self.update()

    def lanes(self) -> list[str]:
        return list(self._lanes)

    def block_rect(self, item_id: int) -> QRectF | None:
        self._layout()
        return next((rect for rect, item in self._blocks if item.id == item_id), None)

    def sizeHint(self) -> QSize:
        width = self._gutter() + max(self._min_lane(), 130) * max(2 if self._start is None else 1, len(self._lanes))
        return QSize(width, self._height_for(width))

    def _height_for(self, width: int) -> int:
        if self._start is None or self._end is None:
            return 200
        minutes = (self._end - self._start).total_seconds() / 60
        # Room below the last hour for its label.
        return int(self._header(width) + minutes * self.pixels_per_minute + QFontMetricsF(self.small).height())

    # -- geometry ------------------------------------------------------------------
    def _header(self, width: int | None = None) -> float:
        """As high as the longest room name needs, wrapped in its lane (at most _HEADER_LINES lines)."""
        lane_width = self._lane_width(self.width() if width is None else width)
        key = (lane_width, tuple(self._lanes), self.bold.key())
        if self._header_cache[0] != key:  # asked for at every y of every paint: laid out once per width
            lines = max(
                [len(fitted_lines(self.bold, lane, lane_width - 2 * _PAD, _HEADER_LINES)) for lane in self._lanes]
                or [1]
            )
            self._header_cache = (key, max(1, lines) * QFontMetricsF(self.bold).height() + 2 * _PAD)
        return self._header_cache[1]

    def _y(self, moment: datetime) -> float:
        assert self._start is not None
        return self._header() + (moment - self._start).total_seconds() / 60 * self.pixels_per_minute

    def _lane_width(self, width: int | None = None) -> float:
        width = self.width() if width is None else width
        return max(float(self._min_lane()), (width - self._gutter() - 8) / max(1, len(self._lanes)))

    def _layout(self) -> None:
        self._blocks = []
        if self._programme is None or self._start is None:
            return
        lane_width = self._lane_width()
        gutter = self._gutter()
        index = {lane.casefold(): number for number, lane in enumerate(self._lanes)}
        no_room = len(self._lanes) - 1
        # Items overlapping in one lane (a clash) share its width side by side.
        placed: dict[int, list[tuple[ProgrammeItemRow, int]]] = {}
        for item in self._programme.items:
            lane = index.get(item.room.strip().casefold(), no_room) if item.room.strip() else no_room
            column = 0
            taken = {
                c
                for other, c in placed.get(lane, [])
                if other.starts_at < item.ends_at and item.starts_at < other.ends_at
            }
            while column in taken:
                column += 1
            placed.setdefault(lane, []).append((item, column))
        for lane, entries in placed.items():
            for item, column in entries:
                width = (
                    max(c for other, c in entries if other.starts_at < item.ends_at and item.starts_at < other.ends_at)
                    + 1
                )
                left = gutter + lane * lane_width + 3 + column * (lane_width - 6) / width
                top = self._y(item.starts_at)
                bottom = self._y(min(item.ends_at, self._end)) if self._end else top + 20
                rect = QRectF(left, top + 1, (lane_width - 6) / width - 2, max(14.0, bottom - top - 2))
                self._blocks.append((rect, item))

    def text_boxes(self) -> list[TextBox]:
        """Every text paintEvent draws: where, what, in which font and with which flags."""
        self._layout()
        if self._programme is None or self._start is None or self._end is None:
            return [
                (
                    QRectF(self.rect()),
                    QCoreApplication.translate("TimelineView", "No event chosen"),
                    QFont(self.font()),
                    Qt.AlignmentFlag.AlignCenter,
                )
            ]
        boxes: list[TextBox] = []
        gutter, lane_width = self._gutter(), self._lane_width()
        small_height = QFontMetricsF(self.small).height()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        moment = self._start
        while moment <= self._end:
            y = self._y(moment)
            boxes.append(
                (QRectF(0, y - small_height / 2, gutter - _PAD, small_height), f"{moment:%H:%M}", self.small, right)
            )
            moment += timedelta(hours=1)
        line = QFontMetricsF(self.bold).height()
        for number, lane in enumerate(self._lanes):
            lines = fitted_lines(self.bold, lane, lane_width - 2 * _PAD, _HEADER_LINES)
            for row, text in enumerate(lines):
                rect = QRectF(gutter + number * lane_width + _PAD, _PAD + row * line, lane_width - 2 * _PAD, line)
                boxes.append((rect, text, self.bold, left))
        tz = zone(self._programme.event.timezone)
        small = QFontMetricsF(self.small)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for rect, item in self._blocks:
            inner = rect.adjusted(5, 2, -4, -2)
            if inner.height() < small_height:
                continue  # too short for a line: its tooltip says what it is
            start, end = f"{item.starts_at.astimezone(tz):%H:%M}", f"{item.ends_at.astimezone(tz):%H:%M}"
            warn = "⚠ " if item.id in self._programme.flagged_ids else ""
            when = next(
                (
                    text
                    for text in (f"{warn}{start}–{end}", f"{warn}{start}", start)
                    if small.horizontalAdvance(text) <= inner.width()
                ),
                small.elidedText(start, Qt.TextElideMode.ElideRight, inner.width()),
            )
            if when:
                boxes.append(
                    (QRectF(inner.left(), inner.top(), inner.width(), small_height), when, self.small, top_left)
                )
            room = int((inner.height() - small_height) // line)
            for row, text in enumerate(fitted_lines(self.bold, item.title, inner.width(), room)):
                boxes.append(
                    (
                        QRectF(inner.left(), inner.top() + small_height + row * line, inner.width(), line),
                        text,
                        self.bold,
                        top_left,
                    )
                )
        return boxes

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        boxes = self.text_boxes()
        if self._programme is None or self._start is None or self._end is None:
            painter.setPen(QColor("#777777"))
            for rect, text, font, flags in boxes:
                painter.setFont(font)
                painter.drawText(rect, flags, text)
            return
        lane_width, gutter, header = self._lane_width(), self._gutter(), self._header()
        event = self._programme.event
        # Outside the event's hours: shaded.
        shade = QColor("#f3eff0")
        top_event, bottom_event = self._y(event.starts_at), self._y(min(event.ends_at, self._end))
        painter.fillRect(QRectF(gutter, header, self.width() - gutter, max(0.0, top_event - header)), shade)
        painter.fillRect(
            QRectF(gutter, bottom_event, self.width() - gutter, max(0.0, self.height() - bottom_event)), shade
        )
        # Hour lines, lane separators, then the items' blocks.
        painter.setPen(QPen(QColor("#e2dadd"), 1))
        moment = self._start
        while moment <= self._end:
            y = self._y(moment)
            painter.drawLine(QPointF(gutter, y), QPointF(self.width(), y))
            moment += timedelta(hours=1)
        painter.setPen(QPen(QColor("#d9ced2"), 1))
        for number in range(len(self._lanes)):
            left = gutter + number * lane_width
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
        flagged = self._programme.flagged_ids
        for rect, item in self._blocks:
            clash = item.id in flagged
            painter.setBrush(QColor("#fde3df") if clash else QColor(KIND_COLOURS[item.kind]))
            if item.id == self._selected:
                painter.setPen(QPen(QColor("#1d4ed8"), 2.5))
            elif clash:
                painter.setPen(QPen(_CLASH, 2))
            else:
                painter.setPen(QPen(QColor("#b9aab0"), 1))
            painter.drawRoundedRect(rect, 4, 4)
        # The texts, where text_boxes() laid them out.
        clashing = [rect for rect, item in self._blocks if item.id in flagged]
        for rect, text, font, flags in boxes:
            if rect.left() < gutter:
                painter.setPen(QColor("#666666"))
            elif rect.top() < header:
                painter.setPen(QColor("#5b1631"))
            elif font is self.small and any(block.contains(rect.topLeft()) for block in clashing):
                painter.setPen(_CLASH)
            else:
                painter.setPen(QColor("#222222"))
            painter.setFont(font)
            painter.drawText(rect, flags, text)
        painter.end()

    # -- mouse --------------------------------------------------------------------------
    def item_at(self, point: QPointF) -> ProgrammeItemRow | None:
        self._layout()
        for rect, item in reversed(self._blocks):
            if rect.contains(point):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.set_selected(item.id)
            self.item_clicked.emit(item.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.item_activated.emit(item.id)
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None and self._programme is not None:
            tz = zone(self._programme.event.timezone)
            lines = [
                item.title,
                f"{item.starts_at.astimezone(tz):%H:%M}–{item.ends_at.astimezone(tz):%H:%M} · {word(item.kind)}",
            ]
            if item.room:
                lines.append(item.room)
            if item.speakers:
                lines.append(item.speaker_names)
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
        elif self._lanes and event.position().y() < self._header() and event.position().x() >= self._gutter():
            lane = int((event.position().x() - self._gutter()) // self._lane_width())
            if 0 <= lane < len(self._lanes):  # a room's whole name, however it was cut in the header
                QToolTip.showText(event.globalPosition().toPoint(), self._lanes[lane], self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

"""A roadmap's items on a month timeline, coloured by stage, with dependency arrows.

An item whose dependency is broken is drawn in red, so the coach sees it where it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach_app.domain.roadmap import Stage

STAGE_COLOURS = {
    Stage.RND_PLANNING: "#5c6bc0",
    Stage.IP: "#8e24aa",
    Stage.PROTOTYPE: "#00897b",
    Stage.CERTIFICATION: "#f9a825",
    Stage.COMMERCIALISATION: "#43a047",
    Stage.EXPORT: "#1e88e5",
}
ROW = 26
LABEL_WIDTH = 230
HEADER = 34


@dataclass(frozen=True)
class Bar:
    key: str
    title: str
    stage: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    depends_on: tuple[str, ...]
    broken: bool


class GanttChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, HEADER + ROW * max(len(self.bars), 3) + 10)

    def span(self) -> tuple[dt.date, dt.date] | None:
        days = [d for b in self.bars for d in (b.starts_on, b.ends_on) if d is not None]
        if not days:
            return None
        first, last = min(days), max(days)
        return first.replace(day=1), (last.replace(day=1) + dt.timedelta(days=32)).replace(day=1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        span = self.span()
        text = self.palette().text().color()
        if span is None:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("날짜가 있는 과제가 없습니다. 과제에 시작일과 종료일을 넣으세요."),
            )
            return
        first, last = span
        total = max((last - first).days, 1)
        width = max(self.width() - LABEL_WIDTH - 10, 100)

        def x(day: dt.date) -> float:
            return LABEL_WIDTH + width * (day - first).days / total

        # Month grid with a year.month label where there is room.
        painter.setPen(QPen(self.palette().mid().color(), 1))
        month = first
        metrics = painter.fontMetrics()
        last_label = -1000.0
        while month <= last:
            left = x(month)
            painter.drawLine(QPointF(left, HEADER - 6), QPointF(left, self.height()))
            label = f"{month:%y.%m}"
            if left - last_label > metrics.horizontalAdvance(label) + 8 and month < last:
                painter.setPen(text)
                painter.drawText(QPointF(left + 3, HEADER - 12), label)
                painter.setPen(QPen(self.palette().mid().color(), 1))
                last_label = left
            month = (month + dt.timedelta(days=32)).replace(day=1)
        today = dt.date.today()
        if first <= today <= last:
            painter.setPen(QPen(QColor("#e53935"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x(today), HEADER - 6), QPointF(x(today), self.height()))

        where: dict[str, QRectF] = {}
        for row, bar in enumerate(self.bars):
            top = HEADER + row * ROW
            painter.setPen(text)
            painter.drawText(
                QRectF(4, top, LABEL_WIDTH - 8, ROW),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8),
            )
            if bar.starts_on is None:
                continue
            end = bar.ends_on or bar.starts_on
            rect = QRectF(x(bar.starts_on), top + 5, max(x(end) - x(bar.starts_on), 4), ROW - 10)
            stage = Stage.parse(bar.stage)
            colour = QColor(STAGE_COLOURS.get(stage, "#9e9e9e") if stage else "#9e9e9e")
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("#d32f2f"), 3) if bar.broken else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 3, 3)
            where[bar.key] = rect
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for bar in self.bars:
            for key in bar.depends_on:
                if key in where and bar.key in where:
                    start = where[key]
                    end_rect = where[bar.key]
                    colour = QColor("#d32f2f") if bar.broken else text
                    painter.setPen(QPen(colour, 1))
                    a = QPointF(start.right(), start.center().y())
                    b = QPointF(end_rect.left(), end_rect.center().y())
                    painter.drawLine(a, QPointF(a.x() + 6, a.y()))
                    painter.drawLine(QPointF(a.x() + 6, a.y()), QPointF(a.x() + 6, b.y()))
                    painter.drawLine(QPointF(a.x() + 6, b.y()), b)
                    painter.drawLine(b, QPointF(b.x() - 4, b.y() - 3))
                    painter.drawLine(b, QPointF(b.x() - 4, b.y() + 3))

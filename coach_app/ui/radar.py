"""A radar chart of area scores on the checklist's scale (1–5, or 1–9 for TRL): now, target
and the last diagnosis."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach_app.domain.scoring import HIGHEST

# An axis label wraps at this width rather than being cut.
LABEL_WIDTH = 150


@dataclass(frozen=True)
class Series:
    values: list[float | None]  # one per axis; None: nothing scored there
    colour: QColor
    filled: bool = False
    style: Qt.PenStyle = Qt.PenStyle.SolidLine


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: dict[str, Series] = {}
        self.top = HIGHEST  # the outer ring: the top level of the checklist's scale
        self.setMinimumSize(260, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def set_data(
        self,
        labels: list[str],
        current: list[float | None],
        target: list[float | None],
        previous: list[float | None] | None = None,
        top: int = HIGHEST,
    ) -> None:
        self.labels = labels
        self.top = top
        self.series = {
            "target": Series(target, QColor("#2e7d32"), style=Qt.PenStyle.DashLine),
            "current": Series(current, QColor("#1565c0"), filled=True),
        }
        if previous is not None:
            self.series["previous"] = Series(previous, QColor("#757575"), style=Qt.PenStyle.DotLine)
        self.update()

    def label_box(self, metrics: QFontMetrics, end: QPointF, label: str) -> QRectF:
        """Where an axis label goes: wrapped on up to two lines of at most ``LABEL_WIDTH``
        (English area names are long) and kept inside the widget, so none is cut off."""
        width = min(metrics.horizontalAdvance(label), LABEL_WIDTH)
        lines = metrics.boundingRect(
            QRect(0, 0, int(width), 1000), Qt.TextFlag.TextWordWrap, label
        ).height()
        height = max(lines, metrics.height())
        box = QRectF(end.x() - width / 2, end.y() - height / 2, width, height)
        box.moveLeft(max(0.0, min(box.left(), self.width() - box.width())))
        box.moveTop(max(0.0, min(box.top(), self.height() - box.height())))
        return box

    def _point(self, centre: QPointF, radius: float, axis: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / max(len(self.labels), 1)
        r = radius * value / self.top
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.labels)
        if count < 3:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("영역이 셋 이상일 때 그립니다")
            )
            return
        metrics = painter.fontMetrics()
        margin = metrics.height() * 2 + 10
        radius = max(min(self.width(), self.height()) / 2 - margin, 20)
        centre = QPointF(self.width() / 2, self.height() / 2)
        grid = QPen(self.palette().mid().color(), 1)
        painter.setPen(grid)
        for ring in range(1, self.top + 1):
            painter.drawPolygon(
                QPolygonF([self._point(centre, radius, a, ring) for a in range(count)])
            )
        for axis, label in enumerate(self.labels):
            painter.drawLine(centre, self._point(centre, radius, axis, self.top))
            end = self._point(centre, radius + metrics.height() * 0.9, axis, self.top)
            box = self.label_box(metrics, end, label)
            painter.setPen(self.palette().text().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, label)
            painter.setPen(grid)
        for series in self.series.values():
            points = [self._point(centre, radius, a, v or 0.0) for a, v in enumerate(series.values)]
            pen = QPen(series.colour, 2, series.style)
            painter.setPen(pen)
            fill = QColor(series.colour)
            fill.setAlpha(60 if series.filled else 0)
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF(points))
        painter.setBrush(Qt.BrushStyle.NoBrush)

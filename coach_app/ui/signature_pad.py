"""A pad to sign on with the mouse, a pen or a finger.

Points are kept in the pad's own coordinates (0..PAD_SCALE across and down a box
PAD_ASPECT times as wide as high, see coach_app.domain.signature), so the drawing keeps its
shape when the window is resized and prints the same in the report.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach_app.domain.signature import PAD_ASPECT, PAD_SCALE

Stroke = list[tuple[float, float]]
INK = QColor("#0d1b4c")
MARGIN = 8


class SignaturePad(QWidget):
    """Strokes drawn on a white box; ``undo`` takes the last one back, ``clear`` all."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 130)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("서명 칸"))
        self.hint = self.tr("여기에 서명하세요")

    # --- what was drawn ----------------------------------------------------------------

    def strokes(self) -> list[Stroke]:
        return [list(s) for s in self._strokes if s]

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self._strokes = [list(s) for s in strokes]
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self.update()
            self.changed.emit()

    # --- geometry ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def box(self) -> QRectF:
        """The signing box: the widest rectangle of the pad's shape that fits."""
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = min(area.width(), area.height() * PAD_ASPECT)
        height = width / PAD_ASPECT
        return QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )

    def to_pad(self, position: QPointF) -> tuple[float, float]:
        box = self.box()
        x = (position.x() - box.x()) / box.width() * PAD_SCALE
        y = (position.y() - box.y()) / box.height() * PAD_SCALE
        # A pen that leaves the box keeps drawing along its edge.
        return (min(max(x, 0.0), PAD_SCALE), min(max(y, 0.0), PAD_SCALE))

    def to_widget(self, point: tuple[float, float]) -> QPointF:
        box = self.box()
        return QPointF(
            box.x() + point[0] / PAD_SCALE * box.width(),
            box.y() + point[1] / PAD_SCALE * box.height(),
        )

    # --- input: mouse, pen, touch -----------------------------------------------------

    def _begin(self, position: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self.to_pad(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        if not self._drawing:
            return
        point = self.to_pad(position)
        if self._strokes[-1][-1] != point:
            self._strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the mouse events it would make of it.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        touch = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if kind in touch and isinstance(event, QTouchEvent):
            points = event.points()
            if points:  # one finger signs; the others are ignored
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._extend(position)
                    self._end()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            return True
        return super().event(event)

    # --- drawing -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.box()
        painter.fillRect(box, QColor("white"))
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.drawRect(box)
        # A line to sign on, a fifth of the way up.
        baseline = box.bottom() - box.height() / 5
        painter.setPen(QPen(QColor("#c7c7c7"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(box.left() + 16, baseline), QPointF(box.right() - 16, baseline))
        if self.is_empty():
            painter.setPen(QColor("#9e9e9e"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.hint)
        pen = QPen(INK, max(2.0, box.height() / 90))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(self.to_widget(stroke[0]))
                continue
            path = QPainterPath(self.to_widget(stroke[0]))
            for point in stroke[1:]:
                path.lineTo(self.to_widget(point))
            painter.drawPath(path)
        painter.end()

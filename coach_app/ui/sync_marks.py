"""Icons and words for where a record stands with the server (lists and visit screen)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from coach_app.domain.sync_marks import SyncMark
from coach_app.sync.errors import explain_refusal

SIZE = 16
_COLOURS = {
    SyncMark.REFUSED: "#c62828",
    SyncMark.CONFLICT: "#ef6c00",
    SyncMark.WAITING: "#f9a825",
    SyncMark.SENT: "#1e88e5",
    SyncMark.CONFIRMED: "#2e7d32",
}


def label(mark: SyncMark) -> str:
    return {
        SyncMark.REFUSED: QCoreApplication.translate("SyncMarks", "서버가 거부함"),
        SyncMark.CONFLICT: QCoreApplication.translate("SyncMarks", "충돌 — 결정 필요"),
        SyncMark.WAITING: QCoreApplication.translate("SyncMarks", "보낼 차례 (대기 중)"),
        SyncMark.SENT: QCoreApplication.translate("SyncMarks", "보냄 (서버 확인 전)"),
        SyncMark.CONFIRMED: QCoreApplication.translate("SyncMarks", "서버에서 확인됨"),
        SyncMark.LOCAL: QCoreApplication.translate("SyncMarks", "아직 동기화하지 않음"),
    }[mark]


def tooltip(mark: SyncMark, reasons: list[str] | None = None) -> str:
    """What the mark means and what the coach can do about it."""
    text = {
        SyncMark.REFUSED: QCoreApplication.translate(
            "SyncMarks",
            "서버가 이 변경을 받아들이지 않았습니다. 입력한 내용은 보관되어 있습니다. "
            "동기화 화면에서 고쳐서 다시 보내거나 버리세요.",
        ),
        SyncMark.CONFLICT: QCoreApplication.translate(
            "SyncMarks",
            "이 컴퓨터와 서버에서 서로 다르게 수정되었습니다. 동기화 화면에서 정하세요.",
        ),
        SyncMark.WAITING: QCoreApplication.translate(
            "SyncMarks", "이 컴퓨터에서 바뀐 내용이 다음 동기화에서 서버로 갑니다."
        ),
        SyncMark.SENT: QCoreApplication.translate(
            "SyncMarks",
            "서버가 변경을 받았습니다. 다음 동기화에서 서버의 사본을 받으면 확인됩니다.",
        ),
        SyncMark.CONFIRMED: QCoreApplication.translate(
            "SyncMarks", "이 컴퓨터의 내용이 서버와 같습니다."
        ),
        SyncMark.LOCAL: QCoreApplication.translate(
            "SyncMarks", "이 데이터베이스는 아직 서버와 동기화한 적이 없습니다."
        ),
    }[mark]
    lines = [f"{label(mark)}: {text}"]
    for reason in reasons or []:
        why = explain_refusal(reason) or reason
        lines.append(QCoreApplication.translate("SyncMarks", "사유: %1").replace("%1", why))
    return "\n".join(lines)


@cache
def icon(mark: SyncMark) -> QIcon:
    """A small disc in the mark's colour with a sign drawn on it (no font needed)."""
    if mark is SyncMark.LOCAL:
        return QIcon()
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[mark])
    box = QRectF(1, 1, SIZE - 2, SIZE - 2)
    if mark is SyncMark.WAITING:  # a ring with clock hands: not yet gone
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        painter.drawLine(QPointF(8, 8), QPointF(8, 4.5))
        painter.drawLine(QPointF(8, 8), QPointF(10.5, 9.5))
        painter.end()
        return QIcon(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(box)
    pen = QPen(QColor("white"), 2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if mark is SyncMark.CONFIRMED:
        painter.drawPolyline([QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)])
    elif mark is SyncMark.SENT:
        painter.drawLine(QPointF(8, 12), QPointF(8, 4.5))
        painter.drawPolyline([QPointF(5, 7.5), QPointF(8, 4.5), QPointF(11, 7.5)])
    else:  # refused "!", conflict "?"
        font = QFont()
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        sign = "!" if mark is SyncMark.REFUSED else "?"
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, sign)
    painter.end()
    return QIcon(pixmap)


class SyncMarkLabel(QWidget):
    """The icon and its words side by side, with the tooltip (the visit screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel(self)
        self.words = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.words)
        self.hide()

    def show_mark(self, mark: SyncMark, reasons: list[str] | None = None) -> None:
        self.picture.setPixmap(icon(mark).pixmap(SIZE, SIZE))
        self.words.setText(label(mark))
        self.setToolTip(tooltip(mark, reasons))
        self.show()

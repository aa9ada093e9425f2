"""Photos on their way in: turned upright and downscaled before they are stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

LONGEST_EDGE = 2048
JPEG_QUALITY = 85


def prepare(path: Path) -> tuple[str, bytes]:
    """The name and bytes to store: large photos become a JPEG of at most 2048 px."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour the camera's orientation
    if not reader.canRead():
        return path.name, path.read_bytes()
    image = reader.read()
    if image.isNull():
        return path.name, path.read_bytes()
    if max(image.width(), image.height()) <= LONGEST_EDGE and path.stat().st_size < 1_500_000:
        return path.name, path.read_bytes()
    scaled = image.scaled(
        LONGEST_EDGE,
        LONGEST_EDGE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs want bytes for the format, the binding itself wants str.
    scaled.convertToFormat(QImage.Format.Format_RGB888).save(
        buffer,
        "JPEG",
        JPEG_QUALITY,  # type: ignore[call-overload]
    )
    return f"{path.stem}.jpg", bytes(data.data())


def thumbnail(data: bytes, size: int = 128) -> QPixmap:
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return QPixmap()
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )

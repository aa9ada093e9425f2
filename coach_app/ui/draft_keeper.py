"""Keeping a screen's typed work on disk, never more than a second behind the screen.

A save that waits for a pause in typing never comes while the coach types on, so the
keeper writes on a steady beat while there are unwritten changes (the first change starts
the beat, later ones do not push it back), at once when the focus moves, and when the
screen closes with the work kept. Text still being typed into a table cell is read from
the open cell editor (``CellEditors``), so it is in the draft before the cell is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coach_app.services import drafts

# The draft on disk is at most this far behind the screen (plus the write itself).
BEAT_MS = 1000

META = "_draft"


def screen_name(screen: str) -> str:
    """What each screen is called in the offer to restore its draft."""
    names = {
        "visit": QCoreApplication.translate("DraftKeeper", "방문 기록"),
        "diagnosis": QCoreApplication.translate("DraftKeeper", "진단"),
        "roadmap_item": QCoreApplication.translate("DraftKeeper", "로드맵 과제"),
        "company": QCoreApplication.translate("DraftKeeper", "기업 정보"),
        "meeting": QCoreApplication.translate("DraftKeeper", "간담회"),
        "measure": QCoreApplication.translate("DraftKeeper", "지원 조치"),
    }
    return names.get(screen) or QCoreApplication.translate("DraftKeeper", "기록")


class DraftKeeper(QObject):
    def __init__(
        self,
        owner: QWidget,
        database: Path,
        key: str,
        payload: Callable[[], dict[str, Any]],
        screen: str,
        company_name: Callable[[], str],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.database = database
        self.key = key
        self.payload = payload
        self.screen = screen
        self.company_name = company_name
        self.unwritten = False
        self.active = True
        self.beat = QTimer(self)
        self.beat.setInterval(BEAT_MS)
        self.beat.timeout.connect(self._on_beat)
        app = QApplication.instance()
        self._app = app if isinstance(app, QApplication) else None
        if self._app is not None:
            self._app.focusChanged.connect(self._focus_moved)

    def changed(self, *_args: object) -> None:
        if not self.active:
            return
        self.unwritten = True
        if not self.beat.isActive():
            self.beat.start()

    def _on_beat(self) -> None:
        if self.unwritten:
            self.write()
        else:
            self.beat.stop()  # idle: nothing to write until the next change

    def _focus_moved(self, _old: object, _new: object) -> None:
        if self.unwritten:
            self.write()

    def write(self) -> None:
        """Write the draft now (also when nothing changed since the last write)."""
        if not self.active:
            return
        content = self.payload()
        content[META] = {
            "screen": self.screen,
            "company": self.company_name(),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        drafts.save(self.database, self.key, content)
        self.unwritten = False

    def discard(self) -> None:
        drafts.discard(self.database, self.key)
        self.unwritten = False

    def stop(self) -> None:
        """The screen closes: no more writes (the caller wrote or discarded first)."""
        self.active = False
        self.beat.stop()
        if self._app is not None:
            self._app.focusChanged.disconnect(self._focus_moved)
            self._app = None


def describe(payload: dict[str, Any]) -> str:
    """'(주)한빛정밀 — 방문 기록, 2026-11-29 14:02' for the offer to restore a draft."""
    meta = payload.get(META) or {}
    screen = screen_name(str(meta.get("screen", "")))
    company = str(meta.get("company") or payload.get("name") or "")
    when = str(meta.get("saved_at") or "").replace("T", " ")[:16]
    text = f"{company} — {screen}" if company else screen
    return f"{text}, {when}" if when else text


class CellEditors(QStyledItemDelegate):
    """The default delegate of an editable table, remembering the cell editors it opened so
    that a draft can include a cell still being typed into, and telling as it is typed."""

    typing = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: dict[int, tuple[QWidget, QPersistentModelIndex]] = {}

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        key = id(editor)
        self._open[key] = (editor, QPersistentModelIndex(index))
        editor.destroyed.connect(lambda *_a, key=key: self._open.pop(key, None))
        if isinstance(editor, (QLineEdit, QPlainTextEdit)):
            editor.textChanged.connect(self.typing)
        return editor

    def typed(self) -> list[tuple[int, int, str]]:
        """(row, column, text) of each cell being edited."""
        found = []
        for editor, index in list(self._open.values()):
            if not index.isValid():
                continue
            if isinstance(editor, QLineEdit):
                found.append((index.row(), index.column(), editor.text()))
            elif isinstance(editor, QPlainTextEdit):
                found.append((index.row(), index.column(), editor.toPlainText()))
        return found

    def commit_all(self) -> None:
        """Put what is typed in open editors into the model (before a save)."""
        for editor, index in list(self._open.values()):
            if index.isValid():
                self.commitData.emit(editor)

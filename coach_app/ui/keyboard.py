"""Keyboard paths a coach expects: Tab leaves a date field at once, Enter opens a row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QWidget


class _LeaveOnTab(QObject):
    """Qt's date edit moves Tab from year to month to day; here Tab leaves the field
    (the sections are still reached with the arrow keys)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            forward = event.key() == Qt.Key.Key_Tab
            backward = event.key() == Qt.Key.Key_Backtab
            if (forward or backward) and not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier
            ):
                leave(watched, forward)
                return True
        return False


def leave(field: QWidget, forward: bool) -> None:
    """Give the focus to the next (or previous) widget outside ``field`` that takes Tab."""
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    widget = field.nextInFocusChain() if forward else field.previousInFocusChain()
    while widget is not None and widget is not field:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        inside = field.isAncestorOf(widget)
        if takes_tab and not inside and widget.isVisible() and widget.isEnabled():
            widget.setFocus(reason)
            return
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()


def one_tab_leaves(*fields: QAbstractSpinBox) -> None:
    for field in fields:
        watcher = _LeaveOnTab(field)
        field.installEventFilter(watcher)


class _OpenOnEnter(QObject):
    def __init__(self, view: QAbstractItemView, open_current: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.open_current = open_current

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            editing = self.view.state() == QAbstractItemView.State.EditingState
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
                self.open_current()
                return True
        return False


def enter_opens(view: QAbstractItemView, open_current: Callable[[], None]) -> None:
    """Enter on a row opens it, as a double-click does."""
    view.installEventFilter(_OpenOnEnter(view, open_current))

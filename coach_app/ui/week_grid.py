"""The calendar's week: one column per day, a coach's visits and meetings in it; a plan is
dragged to another day's column to move it (the page asks the service, then reloads)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coach_app.services.planning import CalendarRow

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_PLAN = QColor("#e3f2fd")
_TODAY = QColor("#fff8e1")
_HELD = QColor("#757575")


class WeekGrid(QTableWidget):
    moved = Signal(object, object)  # the CalendarRow, the new day
    entry_selected = Signal(object)  # the CalendarRow, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.monday = dt.date.today()
        self.entries: list[CalendarRow] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows share the height; a busy day scrolls rather than squeezing its visits.
        self.verticalHeader().setMinimumSectionSize(48)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.currentItemChanged.connect(
            lambda item, _old: self.entry_selected.emit(self.entry(item))
        )

    def day_names(self) -> list[str]:
        return [
            self.tr("월"),
            self.tr("화"),
            self.tr("수"),
            self.tr("목"),
            self.tr("금"),
            self.tr("토"),
            self.tr("일"),
        ]

    def show_week(self, monday: dt.date, entries: list[CalendarRow], today: dt.date) -> None:
        """The week from ``monday``; ``entries`` may hold other days (they are left out)."""
        self.monday = monday
        days = [monday + dt.timedelta(days=i) for i in range(7)]
        by_day = {day: [e for e in entries if e.day == day] for day in days}
        self.entries = [e for day in days for e in by_day[day]]
        self.setHorizontalHeaderLabels(
            [
                f"{name} {day.month}/{day.day}"
                for name, day in zip(self.day_names(), days, strict=True)
            ]
        )
        self.clearContents()
        self.setRowCount(max(6, *(len(v) for v in by_day.values())))
        index = 0
        for column, day in enumerate(days):
            for row in range(self.rowCount()):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # an empty slot: a place to drop
                if day == today:
                    item.setBackground(QBrush(_TODAY))
                self.setItem(row, column, item)
            for row, entry in enumerate(by_day[day]):
                item = QTableWidgetItem()
                self.setItem(row, column, item)
                item.setText(self.label(entry))
                item.setToolTip(self.label(entry, long=True))
                item.setData(ENTRY_ROLE, index)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if entry.day > today and not entry.reviewed:
                    flags |= Qt.ItemFlag.ItemIsDragEnabled
                    item.setBackground(QBrush(_PLAN))
                else:
                    item.setForeground(QBrush(_HELD))
                item.setFlags(flags)
                index += 1

    def label(self, entry: CalendarRow, long: bool = False) -> str:
        if entry.is_meeting:
            text = self.tr("간담회: {title} ({count}곳)").format(
                title=entry.title, count=entry.companies
            )
        else:
            text = entry.title
        if long and entry.place:
            text += f"\n{entry.place}"
        if entry.purpose:
            text += f"\n{entry.purpose}"
        return text

    def entry(self, item: QTableWidgetItem | None) -> CalendarRow | None:
        index = item.data(ENTRY_ROLE) if item is not None else None
        return self.entries[index] if isinstance(index, int) else None

    def day_at(self, x: int) -> dt.date | None:
        column = self.columnAt(x)
        return self.monday + dt.timedelta(days=column) if column >= 0 else None

    def dropEvent(self, event: QDropEvent) -> None:
        entry = self.entry(self.currentItem())
        day = self.day_at(event.position().toPoint().x())
        # Copy, never move: Qt would otherwise clear the dragged cell; the page reloads.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if entry is not None and day is not None and day != entry.day:
            self.moved.emit(entry, day)

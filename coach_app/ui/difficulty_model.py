"""Difficulties as editable tables: the ones raised at a visit, and earlier ones followed up."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coach_app.domain.choices import Choice
from coach_app.domain.difficulty import (
    DifficultyCategory,
    DifficultyDraft,
    DifficultyStatus,
    Severity,
)
from coach_app.domain.follow_up import difficulty_due
from coach_app.services.records import DifficultyRecord
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


class RaisedDifficulties(TableModel):
    """The difficulties raised at this visit, one editable row each."""

    columns = 8
    DUE = 7  # the due date's column: the coach's date, or the rule's shown in grey

    def row_count(self) -> int:
        return len(self.stored) + len(self.rows)

    # 조치 결과 is asked for when a new difficulty is already 해결 or 종결, so it has a column.
    COLUMNS = (
        "category",
        "description",
        "severity",
        "requested_support",
        "agency",
        "status",
        "resolution",
        "due_on",
    )
    CHOICES: ClassVar[dict[str, type[Choice]]] = {
        "category": DifficultyCategory,
        "severity": Severity,
        "status": DifficultyStatus,
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Raised at this visit and saved already: shown first, read-only (a later visit
        # follows them up); ``rows`` are the new ones typed now, which a save adds.
        self.stored: list[DifficultyDraft] = []
        self.rows: list[DifficultyDraft] = []
        self.raised_on = dt.date.today()  # the visit's date, which the rule counts from

    def set_raised_on(self, day: dt.date) -> None:
        self.raised_on = day
        if self.row_count():
            self.dataChanged.emit(
                self.index(0, self.DUE), self.index(self.row_count() - 1, self.DUE)
            )

    def due(self, row: int) -> tuple[dt.date, bool]:
        """The row's due date, and whether the coach set it (else the rule gives it)."""
        draft = self._row(row)
        ruled = difficulty_due(self.raised_on, draft.severity)
        return (draft.due_on, True) if draft.due_on is not None else (ruled, False)

    def set_stored(self, stored: list[DifficultyDraft]) -> None:
        self.beginResetModel()
        self.stored = stored
        self.endResetModel()

    def _row(self, row: int) -> DifficultyDraft:
        k = len(self.stored)
        return self.stored[row] if row < k else self.rows[row - k]

    def headers(self) -> list[str]:
        return [
            self.tr("분야"),
            self.tr("애로 내용"),
            self.tr("심각도"),
            self.tr("요청 지원"),
            self.tr("담당 기관"),
            self.tr("상태"),
            self.tr("조치 결과"),
            self.tr("처리 기한"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() < len(self.stored):
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.row() < len(self.stored) and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "이 방문에서 저장된 애로사항입니다. 상태는 다음 방문의 후속 조치에서 바꿉니다."
            )
        if index.row() < len(self.stored) and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#555555"))
        if index.column() == self.DUE:
            return self._due_data(index.row(), role)
        if role not in (DISPLAY, EDIT):
            return None
        name = self.COLUMNS[index.column()]
        value = getattr(self._row(index.row()), name)
        choice = self.CHOICES.get(name)
        if choice is not None and role == DISPLAY:
            parsed = choice.parse(value) if value else None
            return parsed.label if parsed else value
        return value

    def _due_data(self, row: int, role: int) -> Any:
        day, chosen = self.due(row)
        if role == EDIT:
            return day
        if role == DISPLAY:
            return day.isoformat()
        if role == Qt.ItemDataRole.ForegroundRole and not chosen:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.ToolTipRole and row >= len(self.stored):
            if chosen:
                return self.tr("정한 처리 기한입니다. 심각도 기준 날짜로 돌리면 기준을 따릅니다.")
            return self.tr("심각도 기준 기한입니다. 날짜를 바꾸면 그 날짜가 기한이 됩니다.")
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.row() < len(self.stored):
            return False
        if index.column() == self.DUE:
            draft = self.rows[index.row() - len(self.stored)]
            day = value.toPython() if isinstance(value, QDate) else value
            assert day is None or isinstance(day, dt.date)
            # The rule's own date is no choice: it keeps following the severity.
            draft.due_on = None if day == difficulty_due(self.raised_on, draft.severity) else day
            self.dataChanged.emit(index, index, [DISPLAY, EDIT])
            return True
        setattr(self.rows[index.row() - len(self.stored)], self.COLUMNS[index.column()], str(value))
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        if self.COLUMNS[index.column()] == "severity":  # the rule's date follows it
            due = self.index(index.row(), self.DUE)
            self.dataChanged.emit(due, due, [DISPLAY, EDIT])
        return True

    def add(self, draft: DifficultyDraft | None = None) -> int:
        row = self.row_count()
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(draft or DifficultyDraft(DifficultyCategory.OTHER.value, ""))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Take off a new row (a stored one stays: it is part of the saved visit)."""
        if len(self.stored) <= row < self.row_count():
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row - len(self.stored)]
            self.endRemoveRows()


class FollowUps(TableModel):
    """Open difficulties from earlier visits: a new status, resolution and due date may be
    given (the due date is the difficulty's own, so only its writer may move it)."""

    columns = 5
    DUE = 4

    def row_count(self) -> int:
        return len(self.difficulties)

    def headers(self) -> list[str]:
        return [
            self.tr("분야"),
            self.tr("애로 내용"),
            self.tr("새 상태"),
            self.tr("조치 결과"),
            self.tr("처리 기한"),
        ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.difficulties: list[DifficultyRecord] = []
        self.status: list[str] = []
        self.resolution: list[str] = []
        self.due_on: list[dt.date | None] = []  # a new due date; None: as it is
        self.raised_on: dict[uuid.UUID, dt.date] = {}  # by the raising visit's id
        self.movable: set[uuid.UUID] = set()  # difficulties whose date may be moved here

    def set_difficulties(
        self,
        difficulties: list[DifficultyRecord],
        raised_on: dict[uuid.UUID, dt.date] | None = None,
        movable: set[uuid.UUID] | None = None,
    ) -> None:
        self.beginResetModel()
        self.difficulties = list(difficulties)
        self.status = [d.status for d in difficulties]
        self.resolution = [d.resolution for d in difficulties]
        self.due_on = [None for _ in difficulties]
        self.raised_on = dict(raised_on or {})
        self.movable = set(movable or ())
        self.endResetModel()

    def current_due(self, row: int) -> dt.date | None:
        """The date the difficulty is due by now: set, or by the rule (None: unknown)."""
        difficulty = self.difficulties[row]
        raised = self.raised_on.get(difficulty.visit_id)
        if raised is None:
            return difficulty.due_on
        return difficulty_due(raised, difficulty.severity, difficulty.due_on)

    def changed(self) -> list[tuple[DifficultyRecord, str, str, dt.date | None]]:
        return [
            (d, s, r, due)
            for d, s, r, due in zip(
                self.difficulties, self.status, self.resolution, self.due_on, strict=True
            )
            if s != d.status or r != d.resolution or due is not None
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = index.column() in (2, 3) or (
            index.column() == self.DUE and self.difficulties[index.row()].id in self.movable
        )
        extra = Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags
        return super().flags(index) | extra

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.column() == self.DUE:
            return self._due_data(index.row(), role)
        if role not in (DISPLAY, EDIT):
            return None
        difficulty = self.difficulties[index.row()]
        column = index.column()
        if column == 0:
            return DifficultyCategory(difficulty.category).label
        if column == 1:
            return difficulty.description
        if column == 2:
            status = self.status[index.row()]
            return DifficultyStatus(status).label if role == DISPLAY else status
        return self.resolution[index.row()]

    def _due_data(self, row: int, role: int) -> Any:
        moved = self.due_on[row]
        day = moved or self.current_due(row)
        if role == EDIT:
            return day
        if role == DISPLAY:
            return day.isoformat() if day else ""
        if role == Qt.ItemDataRole.ForegroundRole and moved is None:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and moved is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.difficulties[row].id not in self.movable:
                return self.tr(
                    "이 애로사항을 제기한 방문의 담당자만 기한을 바꿀 수 있습니다 "
                    "(검토를 마친 방문의 애로사항은 바꿀 수 없습니다)."
                )
            if moved is not None:
                return self.tr("이 방문에서 정한 새 처리 기한입니다. 저장하면 바뀝니다.")
            return self.tr("지금의 처리 기한입니다. 날짜를 바꾸면 저장할 때 새 기한이 됩니다.")
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.column() < 2:
            return False
        row = index.row()
        if index.column() == self.DUE:
            day = value.toPython() if isinstance(value, QDate) else value
            assert day is None or isinstance(day, dt.date)
            # The date it has already is no move.
            self.due_on[row] = None if day == self.current_due(row) else day
        elif index.column() == 2:
            self.status[row] = str(value)
        else:
            self.resolution[row] = str(value)
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a stored code with a combo box of its labels."""

    def __init__(self, choice: type[Choice], parent: Any = None) -> None:
        super().__init__(parent)
        self.choice = choice

    def createEditor(
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: Index,
    ) -> QWidget:
        combo = QComboBox(parent)
        for member in self.choice:
            combo.addItem(member.label, member.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(EDIT)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class DueDateDelegate(QStyledItemDelegate):
    """Edits a due date with a calendar, starting from the date shown."""

    def createEditor(
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: Index,
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = index.data(EDIT)
        if isinstance(day, dt.date):
            editor.setDate(QDate(day.year, day.month, day.day))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toPython(), EDIT)

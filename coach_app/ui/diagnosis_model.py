"""A checklist as an editable table: one row per item, scored on the checklist's scale
(1–5, or 1–9 for TRL) or N/A."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coach_app.domain.checklist import Checklist, ChecklistItem
from coach_app.domain.datafile import shown
from coach_app.domain.scoring import Evidence, default_target
from coach_app.services.diagnoses import ItemEntry
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
AREA, ITEM, CURRENT, TARGET, EVIDENCE, FILE, COMMENT = range(7)
# Combo values: a level of the scale, or one of these.
UNSCORED = -1  # the coach has not got to it yet
NOT_APPLICABLE = 0


class DiagnosisItems(TableModel):
    columns = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.checklist: Checklist | None = None
        self.items: list[ChecklistItem] = []
        self.entries: dict[str, ItemEntry] = {}
        self.file_names: dict[str, str] = {}  # attachment id → file name

    def set_checklist(self, checklist: Checklist, entries: dict[str, ItemEntry]) -> None:
        self.beginResetModel()
        self.checklist = checklist
        self.items = list(checklist.items)
        self.entries = {code: e for code, e in entries.items() if checklist.item(code)}
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def headers(self) -> list[str]:
        return [
            self.tr("영역"),
            self.tr("진단 항목"),
            self.tr("현재"),
            self.tr("목표"),
            self.tr("근거"),
            self.tr("증빙"),
            self.tr("의견"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = index.column() in (CURRENT, TARGET, EVIDENCE, COMMENT)
        return super().flags(index) | (
            Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        entry = self.entries.get(item.code)
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (ITEM, CURRENT, TARGET):
            return self.level_help(item)
        if role == Qt.ItemDataRole.ForegroundRole and column == TARGET:
            if entry is not None and entry.target is None:
                return QColor("#757575")  # the default, not chosen
            return None
        if role == Qt.ItemDataRole.FontRole and column == CURRENT and entry is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == EDIT:
            return self._edit_value(item, entry, column)
        if role != DISPLAY:
            return None
        if column == AREA:
            return self.checklist.area_name(item.area) if self.checklist else item.area
        if column == ITEM:
            return shown(item.text)
        if entry is None:
            return self.tr("미입력") if column == CURRENT else ""
        if column == CURRENT:
            return self.tr("해당 없음") if entry.current is None else str(entry.current)
        if column == TARGET:
            target = (
                entry.target
                if entry.target is not None
                else default_target(entry.current, len(item.levels))
            )
            return "" if target is None else str(target)
        if column == EVIDENCE:
            return Evidence(entry.evidence).label
        if column == FILE:
            return self.file_names.get(str(entry.attachment_id), "") if entry.attachment_id else ""
        return entry.comment

    def _edit_value(self, item: ChecklistItem, entry: ItemEntry | None, column: int) -> Any:
        if column == CURRENT:
            if entry is None:
                return UNSCORED
            return NOT_APPLICABLE if entry.current is None else entry.current
        if column == TARGET:
            return UNSCORED if entry is None or entry.target is None else entry.target
        if column == EVIDENCE:
            return entry.evidence if entry else Evidence.SELF_REPORTED.value
        if column == COMMENT:
            return entry.comment if entry else ""
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        item = self.items[index.row()]
        column = index.column()
        entry = self.entries.get(item.code)
        if column == CURRENT:
            level = int(value)
            if level == UNSCORED:
                self.entries.pop(item.code, None)
            elif level == NOT_APPLICABLE and not item.na_allowed:
                return False
            else:
                entry = entry or ItemEntry()
                entry.current = None if level == NOT_APPLICABLE else level
                if entry.target is not None and entry.current is not None:
                    entry.target = max(entry.target, entry.current)
                self.entries[item.code] = entry
        else:
            entry = self.entries.setdefault(item.code, ItemEntry())
            if column == TARGET:
                level = int(value)
                entry.target = None if level == UNSCORED else level
            elif column == EVIDENCE:
                entry.evidence = str(value)
            elif column == COMMENT:
                entry.comment = str(value)
            else:
                return False
        self.dataChanged.emit(
            self.index(index.row(), CURRENT), self.index(index.row(), COMMENT), [DISPLAY, EDIT]
        )
        return True

    def attach(self, row: int, attachment_id: Any, file_name: str) -> None:
        item = self.items[row]
        entry = self.entries.setdefault(item.code, ItemEntry())
        entry.attachment_id = attachment_id
        entry.evidence = Evidence.COACH_VERIFIED.value
        self.file_names[str(attachment_id)] = file_name
        self.dataChanged.emit(self.index(row, CURRENT), self.index(row, COMMENT), [DISPLAY, EDIT])

    def level_help(self, item: ChecklistItem) -> str:
        return "\n".join(f"{n}: {shown(text)}" for n, text in enumerate(item.levels, start=1))

    def item_at(self, row: int) -> ChecklistItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None


class LevelDelegate(QStyledItemDelegate):
    """Picks a level with what it means written beside it."""

    def __init__(self, model: DiagnosisItems, target: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.target = target

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        item = self.model.item_at(index.row())
        if self.target:
            combo.addItem(self.tr("자동 (현재 + 1)"), UNSCORED)
        else:
            combo.addItem(self.tr("미입력"), UNSCORED)
            if item is not None and item.na_allowed:
                combo.addItem(self.tr("해당 없음"), NOT_APPLICABLE)
        if item is not None:
            for level, text in enumerate(item.levels, start=1):
                combo.addItem(f"{level} — {shown(text)}", level)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(EDIT)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)

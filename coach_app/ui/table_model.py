"""The shape every flat table model here shares: rows, labelled columns, no children."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """Subclasses say how many ``columns`` there are, give ``headers()``, ``row_count()``
    and ``data()``; row and column counts and the header row come from here."""

    columns: ClassVar[int]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None


def fitting(view: QAbstractItemView, texts: list[str], least: int = 40) -> int:
    """A column width that shows the longest of ``texts`` whole, in the view's font."""
    metrics = view.fontMetrics()
    # Cell padding and the header's sort arrow.
    return max([least, *(metrics.horizontalAdvance(t) + 24 for t in texts)])

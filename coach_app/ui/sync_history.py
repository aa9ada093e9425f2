"""The sync history on the 동기화 page: one row per sync, newest first, and its details."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from coach_app.services.records import SyncRunRecord
from coach_app.sync.errors import explain_refusal
from coach_app.ui.conflicts import table_label
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex


class SyncHistoryModel(TableModel):
    columns = 7
    WHEN, OUTCOME, SENT, RECEIVED, REFUSED, CONFLICTS, SECONDS = range(7)

    def row_count(self) -> int:
        return len(self.runs)

    def headers(self) -> list[str]:
        return [
            self.tr("시각"),
            self.tr("결과"),
            self.tr("보냄"),
            self.tr("받음"),
            self.tr("거부"),
            self.tr("충돌"),
            self.tr("걸린 시간"),
        ]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[SyncRunRecord] = []

    def set_runs(self, runs: list[SyncRunRecord]) -> None:
        self.beginResetModel()
        self.runs = list(runs)
        self.endResetModel()

    def outcome_label(self, outcome: str) -> str:
        return {
            "ok": self.tr("완료"),
            "failed": self.tr("실패"),
            "cancelled": self.tr("취소"),
        }.get(outcome, outcome)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self.runs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.OUTCOME and run.outcome == "failed":
                return QColor("#c62828")
            if column == self.REFUSED and run.refused:
                return QColor("#c62828")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.SENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.WHEN:
            return run.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == self.OUTCOME:
            return self.outcome_label(run.outcome)
        if column == self.SECONDS:
            return self.tr("%1초").replace("%1", f"{run.seconds:.1f}")
        return f"{(run.sent, run.received, len(run.refused), run.conflicts)[column - 2]:,}"

    def details(self, row: int, named: list[str] | None = None) -> str:
        """Everything kept of one sync, as plain text the coach can read and copy;
        ``named``: each refused change named as the coach knows the record (kind, company,
        day and the reason), in the order kept."""
        run = self.runs[row]
        lines = [
            self.tr("시각: %1").replace(
                "%1", run.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            ),
            self.tr("결과: %1").replace("%1", self.outcome_label(run.outcome)),
            self.tr("걸린 시간: %1초").replace("%1", f"{run.seconds:.1f}"),
            self.tr("보낸 변경 %1건, 받은 변경 %2건")
            .replace("%1", f"{run.sent:,}")
            .replace("%2", f"{run.received:,}"),
            self.tr("사진·파일: 보냄 %1개, 받음 %2개")
            .replace("%1", str(run.uploaded))
            .replace("%2", str(run.downloaded)),
            self.tr("새 충돌 %1건").replace("%1", str(run.conflicts)),
        ]
        if run.error:
            lines += ["", self.tr("오류:"), run.error]
        if run.refused:
            lines += ["", self.tr("서버가 거부한 변경 %1건:").replace("%1", str(len(run.refused)))]
            if named is None or len(named) != len(run.refused):
                named = [_unnamed(refusal) for refusal in run.refused]
            lines += [f"- {line}" for line in named]
        if run.messages:
            lines += ["", *run.messages]
        lines.append("")
        if run.backup:
            lines.append(self.tr("동기화 전 백업: %1").replace("%1", run.backup))
        else:
            lines.append(self.tr("바뀐 내용이 없어 백업하지 않았습니다."))
        return "\n".join(lines)


def _unnamed(refusal: dict[str, Any]) -> str:
    """A refused change by its kind of record and id, and the reason."""
    reason = str(refusal.get("reason", ""))
    what = table_label(str(refusal.get("table", "")))
    return f"{what} ({_short(refusal.get('row_id'))}): {explain_refusal(reason) or reason}"


def _short(row_id: object) -> str:
    try:
        return str(uuid.UUID(str(row_id)))[:8]
    except ValueError:
        return str(row_id)

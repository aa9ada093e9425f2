"""Sync conflicts: a list model, and a dialog that puts mine and theirs side by side."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.messages import field_label
from coach_app.services.records import SyncConflictRecord
from coach_app.sync.errors import explain_refusal
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex


def table_label(name: str) -> str:
    labels = {
        "companies": QCoreApplication.translate("Conflicts", "기업"),
        "contacts": QCoreApplication.translate("Conflicts", "담당자"),
        "visits": QCoreApplication.translate("Conflicts", "방문"),
        "difficulties": QCoreApplication.translate("Conflicts", "애로사항"),
        "attachments": QCoreApplication.translate("Conflicts", "첨부 파일"),
        "diagnoses": QCoreApplication.translate("Conflicts", "진단"),
        "diagnosis_scores": QCoreApplication.translate("Conflicts", "진단 항목"),
        "roadmaps": QCoreApplication.translate("Conflicts", "로드맵"),
        "roadmap_items": QCoreApplication.translate("Conflicts", "로드맵 과제"),
        "reviews": QCoreApplication.translate("Conflicts", "검토 의견"),
        "assignments": QCoreApplication.translate("Conflicts", "배정"),
        "programmes": QCoreApplication.translate("Conflicts", "사업"),
        "users": QCoreApplication.translate("Conflicts", "사용자"),
        "support_programmes": QCoreApplication.translate("Conflicts", "지원사업"),
    }
    return labels.get(name, name)


def kind_label(kind: str) -> str:
    labels = {
        "field": QCoreApplication.translate("Conflicts", "같은 항목을 양쪽에서 수정"),
        "delete": QCoreApplication.translate("Conflicts", "여기서 삭제, 서버에서 수정"),
        "deleted": QCoreApplication.translate("Conflicts", "여기서 수정, 서버에서 삭제"),
        "rejected": QCoreApplication.translate("Conflicts", "서버가 거부"),
    }
    return labels.get(kind, kind)


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


class ConflictModel(TableModel):
    columns = 4

    def row_count(self) -> int:
        return len(self.conflicts)

    def headers(self) -> list[str]:
        return [self.tr("종류"), self.tr("대상"), self.tr("내 값"), self.tr("서버 값")]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[SyncConflictRecord] = []

    def set_conflicts(self, conflicts: list[SyncConflictRecord]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        if column == 0:
            return kind_label(conflict.kind)
        if column == 1:
            what = table_label(conflict.table_name)
            return f"{what} · {field_label(conflict.field)}" if conflict.field else what
        if column == 3 and conflict.kind == "rejected":  # the server's reason, not a value
            return explain_refusal(conflict.message) or conflict.message
        value = conflict.mine if column == 2 else conflict.theirs
        return shown(value).replace("\n", " ")[:80]


class ConflictDialog(QDialog):
    """Shows one conflict; ``choice`` is ``mine``, ``theirs`` or ``value`` after accept
    (for a refused change: ``retry`` or ``theirs``, which discards it)."""

    def __init__(self, conflict: SyncConflictRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.value: Any = None
        self.setWindowTitle(self.tr("동기화 충돌 해결"))
        self.resize(760, 420)

        what = table_label(conflict.table_name)
        if conflict.field:
            what += f" · {field_label(conflict.field)}"
        heading = QLabel(f"<b>{what}</b> — {kind_label(conflict.kind)}")
        explanation = QLabel(self._explanation())
        explanation.setWordWrap(True)

        self.mine = QPlainTextEdit(shown(conflict.mine))
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit(shown(conflict.theirs))
        self.theirs.setReadOnly(True)
        self.edited = QPlainTextEdit(shown(conflict.mine))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("이 컴퓨터의 값 (내 값)")), 0, 0)
        grid.addWidget(QLabel(self.tr("서버의 값")), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)

        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("내 값 유지"))
        self.keep_theirs = QPushButton(self.tr("서버 값 유지"))
        self.keep_edited = QPushButton(self.tr("고친 값 저장"))
        self.retry = QPushButton(self.tr("내 값을 다시 넣기 (고쳐서 다시 보내기)"))
        for button in (self.keep_mine, self.retry, self.keep_theirs, self.keep_edited):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine.clicked.connect(lambda: self._choose("mine"))
        self.keep_theirs.clicked.connect(lambda: self._choose("theirs"))
        self.keep_edited.clicked.connect(lambda: self._choose("value"))
        self.retry.clicked.connect(lambda: self._choose("retry"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(grid)
        if conflict.kind == "field":
            layout.addWidget(QLabel(self.tr("직접 고치기:")))
            layout.addWidget(self.edited)
        else:
            self.edited.hide()
            self.keep_edited.hide()
        if conflict.kind == "rejected":
            self.keep_mine.hide()
            self.keep_theirs.setText(self.tr("버리기 (서버 값으로 되돌림)"))
        else:
            self.retry.hide()
        layout.addWidget(buttons)

    def _explanation(self) -> str:
        if self.conflict.kind == "rejected":
            return self.tr(
                "서버가 이 변경을 받아들이지 않았습니다. 입력한 내용은 아래 '내 값'에 "
                "보관되어 있습니다. 사유: %1"
            ).replace("%1", explain_refusal(self.conflict.message) or "—")
        if self.conflict.kind == "delete":
            return self.tr(
                "이 컴퓨터에서 삭제했지만 그 사이 서버에서 다른 사람이 수정했습니다. "
                "'내 값 유지'를 누르면 다시 삭제합니다."
            )
        if self.conflict.kind == "deleted":
            return self.tr(
                "이 컴퓨터에서 수정했지만 그 사이 서버에서 삭제되었습니다. "
                "'내 값 유지'를 누르면 내 값으로 되살립니다."
            )
        return self.tr(
            "같은 항목이 이 컴퓨터와 서버에서 서로 다르게 수정되었습니다. "
            "지금은 서버 값이 적용되어 있습니다."
        )

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == "value":
            text = self.edited.toPlainText()
            if text == "—":
                self.value = None
            elif isinstance(self.conflict.mine, str) or self.conflict.mine is None:
                self.value = text
            else:
                try:  # numbers and lists are edited as they are shown
                    self.value = json.loads(text)
                except ValueError:
                    QMessageBox.warning(
                        self,
                        self.windowTitle(),
                        self.tr("값의 형식이 맞지 않습니다: %1").replace("%1", text),
                    )
                    return
        self.accept()

"""The 검토 page: roadmaps waiting for review, what changed since the last approved
revision field by field, and the decision with a comment.

A supervisor decides; a coach sees the same page as the state of their own submissions
and the supervisors' comments.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import field_label, pick
from coach_app.domain.money import format_won
from coach_app.domain.permissions import Action, ever
from coach_app.domain.review import ReviewDecision
from coach_app.domain.revision import ChangeKind, ItemChange
from coach_app.domain.roadmap import ItemStatus, Stage
from coach_app.domain.roles import Role
from coach_app.services import roadmaps as rm
from coach_app.services.people import current_user, users
from coach_app.services.permissions import may
from coach_app.store.database import Database
from coach_app.ui.generated.ui_review_page import Ui_ReviewPageForm
from coach_app.ui.roadmap_list import RoadmapList, fit_columns

KIND_COLOURS = {
    ChangeKind.ADDED: "#c8e6c9",
    ChangeKind.REMOVED: "#ffcdd2",
    ChangeKind.CHANGED: "#fff9c4",
}
_FIELD_NAMES = {
    "title": ("과제명", "Title"),
    "stage": ("단계", "Stage"),
    "item_type": ("과제 유형", "Type"),
    "budget_national": ("국비", "National"),
    "budget_local": ("시비·도비", "City / province"),
    "budget_company": ("자부담", "Company share"),
    "owner_agency": ("주관 기관", "Agency"),
    "kpi_name": ("KPI", "KPI"),
    "kpi_unit": ("KPI 단위", "KPI unit"),
    "description": ("내용", "Description"),
}


class ReviewPage(QWidget):
    roadmap_opened = Signal(object)  # roadmap id
    reviewed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.roadmap_id: uuid.UUID | None = None
        form = QWidget(self)
        ui = Ui_ReviewPageForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.heading = ui.heading
        self.queue = ui.queue
        self.selected = ui.selected
        self.changes = ui.changes
        self.history = ui.history
        self.comment = ui.comment
        self.message = ui.message
        self.message.hide()
        self.approve_button = ui.approve_button
        self.changes_button = ui.changes_button
        self.comment_button = ui.comment_button
        self.open_button = ui.open_button
        self.approve_button.clicked.connect(lambda: self.decide(ReviewDecision.APPROVE))
        self.changes_button.clicked.connect(lambda: self.decide(ReviewDecision.REQUEST_CHANGES))
        self.comment_button.clicked.connect(lambda: self.decide(ReviewDecision.COMMENT))
        self.open_button.clicked.connect(
            lambda: self.roadmap_id and self.roadmap_opened.emit(self.roadmap_id)
        )
        ui.body.setSizes([520, 680])
        self.model = RoadmapList(self)
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.queue)
        self.queue.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_roadmap(self.model.roadmap_id(current.row()))
        )
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changes.setColumnWidth(1, 170)
        self.changes.setColumnWidth(2, 170)

    def _role(self) -> Role:
        me = current_user(self.db)
        return Role(me.role) if me else Role.COACH

    def _offers(self) -> list[tuple[QWidget, Action]]:
        return [
            (self.approve_button, Action.REVIEW_ROADMAP),
            (self.changes_button, Action.REVIEW_ROADMAP),
            (self.comment_button, Action.COMMENT_ROADMAP),
            (self.comment, Action.COMMENT_ROADMAP),
        ]

    def reload(self) -> None:
        role = self._role()
        reviewer = role is not Role.COACH
        if reviewer:
            rows = rm.review_queue(self.db)
            self.heading.setText(self.tr("검토 대기 로드맵 %1건").replace("%1", str(len(rows))))
        else:
            rows = rm.my_submissions(self.db)
            self.heading.setText(
                self.tr("내 로드맵의 검토 상황 (검토 중·보완 요청 %1건)").replace(
                    "%1", str(len(rows))
                )
            )
        # Offered only to whom the permission table ever allows it (no comment button for
        # a coach: the server takes reviews from supervisors only).
        for widget, action in self._offers():
            widget.setVisible(ever(role, action))
        keep = self.roadmap_id
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        if keep in ids:
            self.queue.selectRow(ids.index(keep))
        elif rows:
            self.queue.selectRow(0)
        else:
            self.show_roadmap(None)

    def show_roadmap(self, roadmap_id: uuid.UUID | None) -> None:
        self.roadmap_id = roadmap_id
        self.changes.clear()
        self.history.clear()
        self.message.hide()
        for widget, action in self._offers():
            widget.setEnabled(
                roadmap_id is not None and may(self.db, action, roadmap_id=roadmap_id)
            )
        self.open_button.setEnabled(roadmap_id is not None)
        if roadmap_id is None:
            self.selected.setText(self.tr("검토할 로드맵이 없습니다."))
            return
        roadmap = rm.get_roadmap(self.db, roadmap_id)
        row = next(r for r in self.model.rows if r.id == roadmap_id)
        self.selected.setText(
            f"<b>{row.company}</b> — {roadmap.title} "
            + self.tr("(%1차, %2)").replace("%1", str(roadmap.revision)).replace("%2", row.coach)
        )
        self.show_changes(rm.changes_since_approved(self.db, roadmap_id), roadmap.previous_id)
        self.history.addItems(review_history(self.db, roadmap_id))
        if not self.history.count():
            self.history.addItem(self.tr("첫 검토입니다."))

    def show_changes(self, changes: list[ItemChange], previous: uuid.UUID | None) -> None:
        if not changes:
            self.changes.addTopLevelItem(
                QTreeWidgetItem([self.tr("지난 승인 차수와 같습니다."), "", ""])
            )
            return
        titles = (
            {str(i.id): i.title for i in rm.items_of(self.db, self.roadmap_id)}
            if self.roadmap_id
            else {}
        )
        for change in changes:
            label = f"[{change.kind.label}] {change.title}"
            if previous is None and change.kind is ChangeKind.ADDED:
                label = self.tr("[신규] %1").replace("%1", change.title)
            node = QTreeWidgetItem([label, "", ""])
            node.setBackground(0, QBrush(QColor(KIND_COLOURS[change.kind])))
            for field in change.fields:
                node.addChild(
                    QTreeWidgetItem(
                        [
                            _field_name(field.field),
                            _describe(field.field, field.before, titles),
                            _describe(field.field, field.after, titles),
                        ]
                    )
                )
            self.changes.addTopLevelItem(node)
            node.setExpanded(True)

    def decide(self, decision: ReviewDecision) -> bool:
        if self.roadmap_id is None:
            return False
        try:
            rm.review(self.db, self.roadmap_id, decision, self.comment.toPlainText())
        except CoachError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        self.comment.clear()
        self.reload()
        self.reviewed.emit()
        return True


def review_history(db: Database, roadmap_id: uuid.UUID) -> list[str]:
    """The reviews of a roadmap and its earlier revisions: when, who, what, and the comment."""
    names = {u.id: u.name for u in users(db)}
    lines = []
    for review in rm.reviews_of(db, roadmap_id):
        local = review.created_at.astimezone()
        line = (
            f"{local:%Y-%m-%d %H:%M}  {names.get(review.reviewer_id, '')} — "
            f"{ReviewDecision(review.decision).label}"
        )
        lines.append(line + (f"\n{review.comment}" if review.comment else ""))
    return lines


def _field_name(field: str) -> str:
    names = _FIELD_NAMES.get(field)
    return pick(*names) if names else field_label(field)


def _describe(field: str, value: Any, titles: dict[str, str]) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if field.startswith("budget_"):
        return format_won(int(value))
    if field == "stage":
        stage = Stage.parse(str(value))
        return stage.label if stage else str(value)
    if field == "status":
        status = ItemStatus.parse(str(value))
        return status.label if status else str(value)
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    if field == "depends_on":
        return ", ".join(titles.get(v, pick("(삭제된 과제)", "(removed item)")) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)

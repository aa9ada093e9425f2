"""A company's roadmap: items and timeline, suggestions, the review moves and comments.

What the buttons allow follows the domain's rules for the signed-in user: a coach edits
while the pen is theirs, submits, and after approval edits a new revision; a supervisor
sees the same screen read-only and reviews from the 검토 page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.catalogue import Proposal
from coach_app.domain.datafile import shown
from coach_app.domain.errors import CoachError
from coach_app.domain.money import format_short
from coach_app.domain.permissions import Action
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.roadmap import Budget, ItemStatus, Stage
from coach_app.services import roadmaps as rm
from coach_app.services.companies import get_company
from coach_app.services.permissions import may
from coach_app.services.records import RoadmapItemRecord, RoadmapRecord
from coach_app.store.database import Database
from coach_app.ui.difficulty_model import ChoiceDelegate
from coach_app.ui.gantt import Bar, GanttChart
from coach_app.ui.generated.ui_roadmap_editor import Ui_RoadmapForm
from coach_app.ui.review_page import review_history
from coach_app.ui.roadmap_item import ItemEditor
from coach_app.ui.roadmap_list import STATUS_COLOURS
from coach_app.ui.roadmap_model import STAGE, STATUS, RoadmapItems
from coach_app.ui.table_model import fitting

# The buttons shown only to whom the domain's permission table allows the step.
BUTTON_ACTIONS = {
    "submit": Action.SUBMIT_ROADMAP,
    "withdraw": Action.WITHDRAW_ROADMAP,
    "start": Action.START_ROADMAP,
    "complete": Action.COMPLETE_ROADMAP,
    "revise": Action.REVISE_ROADMAP,
}


class RoadmapEditor(QDialog):
    report_requested = Signal(str, object)  # report kind, roadmap id

    def __init__(self, db: Database, roadmap_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.roadmap_id = roadmap_id
        # Named in the title: with several roadmaps open, the coach tells them apart by company.
        self.company_name = get_company(db, rm.get_roadmap(db, roadmap_id).company_id).name
        self.proposals: list[Proposal] = []
        self._status_seen = ""  # the review state the side panel was last turned for
        self.resize(1300, 740)

        form = QWidget(self)
        ui = Ui_RoadmapForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.title = ui.title
        self.state = ui.state
        self.table = ui.items
        self.suggestion_list = ui.suggestions
        self.why = ui.why
        self.reviews = ui.reviews
        self.totals = ui.totals
        self.message = ui.message
        self.side = ui.side
        self.message.hide()
        self.buttons = {
            "add": ui.add_button,
            "edit": ui.edit_button,
            "remove": ui.remove_button,
            "revise": ui.revise_button,
            "withdraw": ui.withdraw_button,
            "submit": ui.submit_button,
            "start": ui.start_button,
            "complete": ui.complete_button,
            "accept": ui.accept_button,
        }
        ui.pdf_button.clicked.connect(
            lambda: self.report_requested.emit("roadmap", self.roadmap_id)
        )
        self.buttons["add"].clicked.connect(lambda: self.edit_item(None))
        self.buttons["edit"].clicked.connect(lambda: self.edit_item(self._selected()))
        self.buttons["remove"].clicked.connect(self._remove)
        self.buttons["revise"].clicked.connect(self.revise)
        self.buttons["withdraw"].clicked.connect(lambda: self.change_status(RoadmapStatus.DRAFT))
        self.buttons["submit"].clicked.connect(lambda: self.change_status(RoadmapStatus.SUBMITTED))
        self.buttons["start"].clicked.connect(lambda: self.change_status(RoadmapStatus.IN_PROGRESS))
        self.buttons["complete"].clicked.connect(
            lambda: self.change_status(RoadmapStatus.COMPLETED)
        )
        self.buttons["accept"].clicked.connect(self._accept_selected)
        ui.buttons.rejected.connect(self.reject)
        self.title.editingFinished.connect(self._rename)

        self.model = RoadmapItems(self)
        self.model.followed_up.connect(self._follow_up, Qt.ConnectionType.QueuedConnection)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATUS, ChoiceDelegate(ItemStatus, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_item(self._selected()))
        for column, width in enumerate((44, 80, 0, 86, 86, 80, 70, 130, 70, 120)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The stage column fits every stage's name in the current language; long titles
        # lose their middle rather than their end.
        self.table.setColumnWidth(STAGE, fitting(self.table, [s.label for s in Stage]))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.gantt = GanttChart()
        timeline = ui.timeline
        contents = timeline.widget()
        layout = contents.layout() if contents is not None else None
        assert layout is not None
        layout.addWidget(self.gantt)
        ui.left.setSizes([330, 300])
        ui.body.setSizes([900, 380])
        self.suggestion_list.currentRowChanged.connect(self._explain)
        self.reload()

    # --- showing ------------------------------------------------------------------------

    def reload(self) -> None:
        self.roadmap: RoadmapRecord = rm.get_roadmap(self.db, self.roadmap_id)
        self.items: list[RoadmapItemRecord] = rm.items_of(self.db, self.roadmap_id)
        problems = rm.schedule_problems(self.items)
        status = RoadmapStatus(self.roadmap.status)
        self.editable = self._may(Action.EDIT_ROADMAP)
        self.model.set_items(self.items, problems, self._may(Action.FOLLOW_UP_ITEM))
        self.gantt.set_bars(
            [
                Bar(
                    str(i.id),
                    i.title,
                    i.stage,
                    i.starts_on,
                    i.ends_on,
                    tuple(i.depends_on or ()),
                    str(i.id) in problems,
                )
                for i in self.items
            ]
        )
        self.setWindowTitle(
            self.tr("로드맵 — %1 · %2")
            .replace("%1", self.company_name)
            .replace("%2", self.roadmap.title or self.tr("(제목 없음)"))
        )
        self.title.setText(self.roadmap.title)
        self.title.setReadOnly(not self.editable)
        self.state.setText(
            self.tr("%1차 · %2")
            .replace("%1", str(self.roadmap.revision))
            .replace("%2", status.label)
        )
        self.state.setStyleSheet(
            f"font-weight: bold; padding: 2px 8px; background: {STATUS_COLOURS[status]};"
        )
        for name in ("add", "edit", "remove", "accept"):
            self.buttons[name].setEnabled(self.editable)
        for name, action in BUTTON_ACTIONS.items():
            self.buttons[name].setVisible(self._may(action))
        self._show_totals(problems)
        self._show_reviews()
        self._show_suggestions()

    def _may(self, action: Action) -> bool:
        return may(self.db, action, roadmap_id=self.roadmap_id)

    def _show_totals(self, problems: dict[str, list[str]]) -> None:
        total = Budget()
        for item in self.items:
            total += Budget(item.budget_national, item.budget_local, item.budget_company)
        parts = [
            self.tr("과제 %1개").replace("%1", str(len(self.items))),
            self.tr("총 예산 %1").replace("%1", format_short(total.total)),
        ]
        parts += [
            f"{source.label} {format_short(amount)}" for source, amount in total.by_source().items()
        ]
        text = "   ·   ".join(parts)
        if problems:
            text += "   ·   " + self.tr("선행 관계 문제 %1건 (빨간 줄)").replace(
                "%1", str(len(problems))
            )
        self.totals.setText(text)

    def _show_reviews(self) -> None:
        history = review_history(self.db, self.roadmap_id)
        self.reviews.clear()
        self.reviews.addItems(history or [self.tr("아직 검토 의견이 없습니다.")])
        status = self.roadmap.status
        # The coach sees what to change first, once: not again at every reload, which
        # would pull the panel away from 추천 과제 after each 로드맵에 추가.
        if status == RoadmapStatus.CHANGES_REQUESTED and history and status != self._status_seen:
            self.side.setCurrentIndex(1)
        self._status_seen = status

    def _show_suggestions(self) -> None:
        self.suggestion_list.clear()
        self.why.clear()
        if not self.editable:
            self.proposals = []
            self.suggestion_list.addItem(self.tr("고칠 수 있는 차수에서만 과제를 추천합니다."))
            return
        self.proposals = rm.suggestions(self.db, self.roadmap_id)
        for proposal in self.proposals:
            mark = "✔" if proposal.eligible else "✖"
            cap = proposal.entry.budget_cap
            text = f"{mark} {shown(proposal.entry.name)}  ({proposal.entry.agency}"
            # tr outside the f-string: lupdate does not read calls inside one.
            text += ", " + self.tr("한도 %1").replace("%1", format_short(cap)) + ")" if cap else ")"
            entry = QListWidgetItem(text)
            entry.setToolTip(proposal.explanation())
            if not proposal.eligible:
                entry.setForeground(Qt.GlobalColor.gray)
            self.suggestion_list.addItem(entry)
        if not self.proposals:
            self.suggestion_list.addItem(
                self.tr("추천할 지원사업이 없습니다. 먼저 진단을 하거나 애로사항을 기록하세요.")
            )

    def _explain(self, row: int) -> None:
        if 0 <= row < len(self.proposals):
            proposal = self.proposals[row]
            self.why.setText(f"{shown(proposal.entry.funds)}\n{proposal.explanation()}")
            self.buttons["accept"].setEnabled(self.editable and proposal.eligible)

    # --- acting -------------------------------------------------------------------------

    def _selected(self) -> RoadmapItemRecord | None:
        row = self.table.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def edit_item(
        self, item: RoadmapItemRecord | None, restored: dict[str, Any] | None = None
    ) -> ItemEditor | None:
        if not self.editable:
            return None
        editor = ItemEditor(self.db, self.roadmap_id, self.items, item, self, restored)
        editor.finished.connect(lambda _result: self.reload())
        editor.open()
        return editor

    def _remove(self) -> None:
        item = self._selected()
        if item is not None:
            self._act(lambda: rm.remove_item(self.db, item.id))

    def _accept_selected(self) -> None:
        row = self.suggestion_list.currentRow()
        if 0 <= row < len(self.proposals):
            self.accept_proposal(self.proposals[row])

    def accept_proposal(self, proposal: Proposal) -> None:
        self._act(lambda: rm.accept(self.db, self.roadmap_id, proposal))

    def change_status(self, target: RoadmapStatus) -> None:
        self._act(lambda: rm.move(self.db, self.roadmap_id, target))

    def revise(self) -> None:
        """Editing an approved revision: open the draft that follows it (made if need be)."""
        try:
            self.roadmap_id = rm.editable_revision(self.db, self.roadmap_id)
        except CoachError as error:
            self._say(str(error))
            return
        self.reload()

    def _rename(self) -> None:
        title = self.title.text().strip()
        if self.editable and title != self.roadmap.title:
            self._act(lambda: rm.rename(self.db, self.roadmap_id, title))

    def _follow_up(self, item_id: uuid.UUID, status: str, actual: float | None) -> None:
        self._act(lambda: rm.follow_up_item(self.db, item_id, status, actual))

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except CoachError as error:
            self._say(str(error))
            self.reload()
            return False
        self.message.hide()
        self.reload()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

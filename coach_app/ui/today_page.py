"""The 오늘 (Today) page, shown first: the next seven days' visits, follow-ups overdue and
due in those days, roadmaps sent back with changes, drafts left unsaved and conflicts to resolve.

Everything is read off the GUI thread (``services.today``); each line opens its screen on
a double-click or Enter. ``reminded`` carries a one-line reminder after each load, for the
status bar and the system tray.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMenu,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.follow_up import FollowUp, FollowUpKind
from coach_app.services.permissions import may_edit_difficulty
from coach_app.services.today import LIMIT as LINES
from coach_app.services.today import Today, today_overview
from coach_app.store.database import Database
from coach_app.ui.conflicts import table_label
from coach_app.ui.draft_keeper import describe
from coach_app.ui.generated.ui_today_page import Ui_TodayPageForm
from coach_app.ui.keyboard import enter_opens
from coach_app.ui.reschedule import RescheduleDialog
from coach_app.ui.tasks import TaskControl, TaskRunner

# What a line opens: (kind, values) kept in the item's user role.
TARGET = Qt.ItemDataRole.UserRole
FOLLOW_UP = Qt.ItemDataRole.UserRole + 1  # a follow-up line's FollowUp
LATE = QColor("#b71c1c")


class TodayPage(QWidget):
    company_opened = Signal(object)  # company id
    visit_opened = Signal(object, object)  # company id, visit id
    roadmap_opened = Signal(object)  # roadmap id
    company_roadmap_opened = Signal(object)  # company id: its current roadmap
    measure_opened = Signal(object)  # measure id
    draft_opened = Signal(str, object)  # draft key, payload
    conflicts_opened = Signal()
    reminded = Signal(str)
    loaded = Signal()

    def __init__(
        self, db: Database, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.today: Today | None = None
        self._generation = 0
        form = QWidget(self)
        ui = Ui_TodayPageForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.heading = ui.heading
        self.summary = ui.summary
        self.loading = ui.loading
        self.agenda = ui.agenda
        ui.refresh_button.clicked.connect(lambda: self.reload())
        header = self.agenda.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 200), (3, 110), (4, 170)):
            self.agenda.setColumnWidth(column, width)
        self.agenda.itemDoubleClicked.connect(lambda item, _column: self.open_item(item))
        enter_opens(self.agenda, lambda: self.open_item(self.agenda.currentItem()))
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.customContextMenuRequested.connect(self._menu)

    def reload(self, day: dt.date | None = None) -> None:
        """Read the day again, in the background when a runner is given."""
        self._generation += 1
        generation, db = self._generation, self.db
        self.loading.show()
        if self.runner is None:
            self.show_today(today_overview(db, day))
            return

        def work(_control: TaskControl) -> Today:
            return today_overview(db, day)

        def arrived(today: Today) -> None:
            if generation == self._generation:
                self.show_today(today)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.loading.hide()
                self.summary.setText(
                    self.tr("오늘 할 일을 읽지 못했습니다: %1").replace("%1", str(error))
                )

        self.runner.run(work, on_success=arrived, on_error=failed)

    # --- showing ---------------------------------------------------------------------

    def show_today(self, today: Today) -> None:
        self.today = today
        self.loading.hide()
        first, last = today.days
        self.heading.setText(
            self.tr("<b>오늘 %1</b> · 앞으로 7일 %2 – %3")
            .replace("%1", f"{today.today:%Y-%m-%d}")
            .replace("%2", f"{first:%m-%d}")
            .replace("%3", f"{last:%m-%d}")
        )
        self.summary.setText(self.reminder(today))
        self.agenda.setUpdatesEnabled(False)
        self.agenda.clear()
        # The short lists first, the overdue one (which can be long) last, so nothing
        # waiting for an answer hides below hundreds of old follow-ups.
        self._visits(today)
        self._follow_ups(
            self.tr("7일 안 기한 (%1건)"), today.coming, today.coming_counts, today.today
        )
        self._returned(today)
        self._drafts(today)
        self._conflicts(today)
        self._follow_ups(
            self.tr("기한 지난 후속 조치 (%1건)"), today.overdue, today.overdue_counts, today.today
        )
        self.agenda.expandAll()
        self.agenda.setUpdatesEnabled(True)
        self.reminded.emit(self.reminder(today))
        self.loaded.emit()

    def reminder(self, today: Today) -> str:
        if not today.attention and not today.coming_count:
            return self.tr("기한이 지난 일이 없습니다.")
        return (
            self.tr("기한 지난 후속 조치 %1건, 7일 안 기한 %2건, 보완 요청 로드맵 %3건, "
                    "저장하지 않은 기록 %4건, 해결할 충돌 %5건")
            .replace("%1", f"{today.overdue_count:,}")
            .replace("%2", f"{today.coming_count:,}")
            .replace("%3", str(len(today.returned)))
            .replace("%4", str(len(today.drafts)))
            .replace("%5", str(len(today.conflicts)))
        )  # fmt: skip

    def _section(self, title: str) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.agenda, [title])
        section.setFirstColumnSpanned(True)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        return section

    def _line(
        self, section: QTreeWidgetItem, texts: list[str], target: tuple[str, Any]
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(section, texts)
        item.setData(0, TARGET, target)
        return item

    def _visits(self, today: Today) -> None:
        section = self._section(
            self.tr("앞으로 7일 방문 (%1건)").replace("%1", str(len(today.visits)))
        )
        for visit in today.visits:
            if visit.visit_date == today.today:
                when = self.tr("오늘")
            elif visit.visit_date > today.today:
                when = self.tr("예정")
            else:
                when = self.tr("완료")
            kind = self.tr("방문") + (f" · {visit.coach}" if visit.coach else "")
            item = self._line(
                section,
                [kind, visit.company, visit.purpose, f"{visit.visit_date:%m-%d (%a)}", when],
                ("visit", (visit.company_id, visit.id)),
            )
            if visit.visit_date == today.today:
                font = item.font(1)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)

    def _follow_ups(
        self, title: str, rows: list[FollowUp], counts: dict[FollowUpKind, int], day: dt.date
    ) -> None:
        """A section with one group per kind (difficulties, measures, roadmap items)."""
        section = self._section(title.replace("%1", f"{sum(counts.values()):,}"))
        late = QBrush(LATE)
        for kind in FollowUpKind:
            count = counts.get(kind, 0)
            if not count:
                continue
            group = QTreeWidgetItem(section, [f"{kind.label} ({count:,})"])
            group.setFirstColumnSpanned(True)
            shown = [r for r in rows if r.kind is kind]
            for row in shown:
                if row.overdue(day):
                    passed = self.tr("%1일 지남").replace("%1", str(row.days_late(day)))
                elif row.due_on == day:
                    passed = self.tr("오늘까지")
                else:
                    passed = self.tr("%1일 남음").replace("%1", str(-row.days_late(day)))
                age = self.tr("제기 후 %1일").replace("%1", str(row.age(day)))
                item = self._line(
                    group,
                    [
                        row.kind.label,
                        row.company or self.tr("(여러 기업)"),
                        row.title,
                        f"{row.due_on:%Y-%m-%d}",
                        f"{passed} · {age}",
                    ],
                    (row.kind.value, (row.company_id, row.id)),
                )
                item.setData(0, FOLLOW_UP, row)
                if row.overdue(day):
                    item.setForeground(4, late)
            if count > len(shown):
                more = self.tr("… 외 %1건").replace("%1", f"{count - len(shown):,}")
                QTreeWidgetItem(group, ["", "", more])

    def _returned(self, today: Today) -> None:
        section = self._section(
            self.tr("보완 요청된 로드맵 (%1건)").replace("%1", str(len(today.returned)))
        )
        for roadmap in today.returned[:LINES]:
            self._line(
                section,
                [
                    self.tr("로드맵 %1판").replace("%1", str(roadmap.revision)),
                    roadmap.company,
                    roadmap.title,
                    f"{roadmap.returned_at:%Y-%m-%d}",
                    self.tr("%1일 전").replace(
                        "%1", str((today.today - roadmap.returned_at.date()).days)
                    ),
                ],
                ("roadmap", roadmap.id),
            )
        if len(today.returned) > LINES:
            more = self.tr("… 외 %1건").replace("%1", f"{len(today.returned) - LINES:,}")
            QTreeWidgetItem(section, ["", "", more])

    def _drafts(self, today: Today) -> None:
        section = self._section(
            self.tr("저장하지 않은 기록 (%1건)").replace("%1", str(len(today.drafts)))
        )
        for draft in today.drafts:
            self._line(
                section,
                [self.tr("작성 중"), "", describe(draft.payload), "", ""],
                ("draft", (draft.key, draft.payload)),
            )

    def _conflicts(self, today: Today) -> None:
        section = self._section(
            self.tr("해결할 충돌 (%1건)").replace("%1", str(len(today.conflicts)))
        )
        for conflict in today.conflicts:
            local = conflict.created_at.replace(tzinfo=dt.UTC).astimezone()
            self._line(
                section,
                [
                    self.tr("충돌"),
                    table_label(conflict.table_name),
                    conflict.message or conflict.kind,
                    f"{local:%Y-%m-%d}",
                    "",
                ],
                ("conflict", conflict.id),
            )

    # --- moving a due date -------------------------------------------------------------

    def _menu(self, at: QPoint) -> None:
        item = self.agenda.itemAt(at)
        menu = self.menu_for(item) if item is not None else None
        if menu is not None:
            menu.exec(self.agenda.viewport().mapToGlobal(at))

    def menu_for(self, item: QTreeWidgetItem) -> QMenu | None:
        """A line's context menu: open it, and for a difficulty move its due date."""
        if item.data(0, TARGET) is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("열기"), lambda: self.open_item(item))
        follow_up = item.data(0, FOLLOW_UP)
        if isinstance(follow_up, FollowUp) and follow_up.kind is FollowUpKind.DIFFICULTY:
            move = menu.addAction(self.tr("기한 변경…"), lambda: self.reschedule(item))
            # Asked of the domain's rules: only who may write the difficulty moves its date.
            if not may_edit_difficulty(self.db, follow_up.id):
                move.setEnabled(False)
                move.setToolTip(
                    self.tr("이 애로사항을 제기한 방문의 담당자만 기한을 바꿀 수 있습니다.")
                )
                menu.setToolTipsVisible(True)
        return menu

    def reschedule_dialog(self, item: QTreeWidgetItem) -> RescheduleDialog | None:
        """The date dialog for a difficulty's line (None for any other line)."""
        follow_up = item.data(0, FOLLOW_UP)
        if not isinstance(follow_up, FollowUp) or follow_up.kind is not FollowUpKind.DIFFICULTY:
            return None
        what = f"{follow_up.company} · {follow_up.title}"
        return RescheduleDialog(self.db, follow_up.id, what, follow_up.due_on, self)

    def reschedule(self, item: QTreeWidgetItem) -> None:
        dialog = self.reschedule_dialog(item)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    # --- opening ---------------------------------------------------------------------

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        target = item.data(0, TARGET) if item is not None else None
        if not target:
            return
        kind, value = target
        if kind == "visit":
            self.visit_opened.emit(*value)
        elif kind == "difficulty":
            self.company_opened.emit(value[0])
        elif kind == "measure":
            self.measure_opened.emit(value[1])
        elif kind == "roadmap_item":
            self.company_roadmap_opened.emit(value[0])
        elif kind == "roadmap":
            self.roadmap_opened.emit(value)
        elif kind == "draft":
            self.draft_opened.emit(*value)
        elif kind == "conflict":
            self.conflicts_opened.emit()

    def line_of(self, kind: str, entity_id: uuid.UUID) -> QTreeWidgetItem | None:
        """The line that opens ``entity_id`` (for tests and the reminder's click)."""
        lines = QTreeWidgetItemIterator(self.agenda)
        while (item := lines.value()) is not None:
            target = item.data(0, TARGET)
            if target and target[0] == kind:
                value = target[1]
                if entity_id in (value if isinstance(value, tuple) else (value,)):
                    return item
            lines += 1
        return None

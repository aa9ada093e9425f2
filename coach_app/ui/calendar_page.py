"""The 일정 page: a coach's visits and meetings in a week grid or a month calendar, the
plan (what is dated after today) dragged to another day, the company's open follow-ups
beside the chosen plan, the programme's targets against what is planned and done, and
the plan exported as an iCalendar file.

What is shown is read off the GUI thread (the task runner); moving one plan is one small
transaction on it, as every save."""

from __future__ import annotations

import calendar as month_days
import datetime as dt
import html
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError
from coach_app.domain.planning import TargetProgress
from coach_app.domain.roles import Role
from coach_app.services.people import current_user
from coach_app.services.planning import (
    CalendarRow,
    ProgrammeTargets,
    calendar,
    coaches,
    export_calendar,
    follow_ups,
    move_plan,
    programmes,
    targets,
)
from coach_app.store.database import Database
from coach_app.ui.generated.ui_calendar_page import Ui_CalendarPageForm
from coach_app.ui.tasks import TaskControl, TaskRunner

log = logging.getLogger("coach_app.ui.calendar_page")

WEEK, MONTH = 0, 1
_MARK_PLAN = QColor("#bbdefb")
_MARK_HELD = QColor("#eeeeee")
_ITEM_DRAG = "application/x-qabstractitemmodeldatalist"  # what an item view drags


@dataclass(frozen=True)
class _Loaded:
    entries: list[CalendarRow]
    targets: ProgrammeTargets | None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def shown_range(anchor: dt.date) -> tuple[dt.date, dt.date]:
    """Days both views may show around ``anchor``: its week and its month's whole grid."""
    first = anchor.replace(day=1)
    last = anchor.replace(day=month_days.monthrange(anchor.year, anchor.month)[1])
    return min(monday_of(first), monday_of(anchor)), max(
        monday_of(last) + dt.timedelta(days=6), monday_of(anchor) + dt.timedelta(days=6)
    )


class CalendarPage(QWidget):
    plan_moved = Signal(object)  # the company's id (None for a meeting)
    loaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.today = dt.date.today()
        self.anchor = self.today
        self.entries: list[CalendarRow] = []
        self.selected: CalendarRow | None = None
        self._day_entries: list[CalendarRow] = []
        self._generation = 0
        self._filling = False
        form = QWidget(self)
        ui = Ui_CalendarPageForm()
        ui.setupUi(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.ui = ui
        self.coach = ui.coach
        self.view = ui.view
        self.week = ui.week
        self.month = ui.month
        self.day_list = ui.day_list
        self.detail = ui.detail
        self.message = ui.message
        self.programme = ui.programme
        self.period = ui.period
        self.export_button = ui.export_button
        self.message.hide()
        ui.body.setSizes([800, 400])
        self.bars: list[tuple[QProgressBar, QLabel]] = [
            (ui.visits_bar, ui.visits_text),
            (ui.companies_bar, ui.companies_text),
            (ui.measures_bar, ui.measures_text),
        ]
        self.coach.currentIndexChanged.connect(self._choice_changed)
        self.programme.currentIndexChanged.connect(self._choice_changed)
        self.view.currentIndexChanged.connect(self._view_changed)
        ui.previous_button.clicked.connect(lambda: self.step(-1))
        ui.next_button.clicked.connect(lambda: self.step(1))
        ui.today_button.clicked.connect(lambda: self.go_to(dt.date.today()))
        self.export_button.clicked.connect(self.export)
        self.week.moved.connect(self.move_entry)
        self.week.entry_selected.connect(self.show_entry)
        self.month.clicked.connect(lambda date: self._month_day(date.toPython()))
        self.month.currentPageChanged.connect(self._month_page)
        self.day_list.currentRowChanged.connect(self._day_entry)
        # In the month, a plan is dragged from the day's list onto another date. The
        # calendar does not say which date is under a point; its own table view does.
        self.day_list.setDragEnabled(True)
        self.day_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        grid = self.month.findChild(QTableView)
        assert grid is not None  # QCalendarWidget draws its days in one
        self.month_grid: QTableView = grid
        self.month_grid.setAcceptDrops(True)
        self.month_grid.viewport().setAcceptDrops(True)
        self.month_grid.viewport().installEventFilter(self)
        self.show_entry(None)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """The coach and programme lists here (a few rows), the calendar in the background."""
        self.today = dt.date.today()
        self._fill_choices()
        self._load()

    def _fill_choices(self) -> None:
        self._filling = True
        try:
            chosen_coach = self.coach.currentData()
            chosen_programme = self.programme.currentData()
            me = current_user(self.db)
            self.coach.clear()
            for person in coaches(self.db):
                self.coach.addItem(person.name, str(person.id))
            preferred = chosen_coach or (str(me.id) if me and me.role == Role.COACH else None)
            index = self.coach.findData(preferred) if preferred else -1
            self.coach.setCurrentIndex(max(index, 0) if self.coach.count() else -1)
            self.programme.clear()
            for choice in programmes(self.db):
                self.programme.addItem(f"{choice.name} ({choice.year})", str(choice.id))
            index = self.programme.findData(chosen_programme) if chosen_programme else -1
            self.programme.setCurrentIndex(max(index, 0) if self.programme.count() else -1)
        finally:
            self._filling = False

    def coach_id(self) -> uuid.UUID | None:
        value = self.coach.currentData()
        return uuid.UUID(value) if value else None

    def programme_id(self) -> uuid.UUID | None:
        value = self.programme.currentData()
        return uuid.UUID(value) if value else None

    def _load(self) -> None:
        self._generation += 1
        generation = self._generation
        db, coach_id, programme_id, today = (
            self.db,
            self.coach_id(),
            self.programme_id(),
            self.today,
        )
        start, end = shown_range(self.anchor)
        self._show_period()

        def work(_control: TaskControl) -> _Loaded:
            entries = calendar(db, coach_id, start, end) if coach_id else []
            progress = targets(db, programme_id, today) if programme_id else None
            return _Loaded(entries, progress)

        def arrived(result: _Loaded) -> None:
            if generation == self._generation:
                self._show(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                log.error("calendar not loaded", exc_info=error)
                self._say(self.tr("일정을 읽지 못했습니다: {error}").format(error=error))
                self.loaded.emit()

        self.runner.run(work, on_success=arrived, on_error=failed)

    def _show(self, result: _Loaded) -> None:
        self.entries = result.entries
        self.week.show_week(monday_of(self.anchor), self.entries, self.today)
        self._mark_month()
        self._fill_day_list()
        self._show_targets(result.targets)
        self.show_entry(None)
        self.loaded.emit()

    # --- the two views -----------------------------------------------------------------

    def _view_changed(self, index: int) -> None:
        self.ui.views.setCurrentIndex(index)
        self._show_period()

    def _show_period(self) -> None:
        if self.view.currentIndex() == WEEK:
            monday = monday_of(self.anchor)
            sunday = monday + dt.timedelta(days=6)
            self.period.setText(f"{monday.isoformat()} – {sunday.isoformat()}")
        else:
            self.period.setText(
                self.tr("{year}년 {month}월").format(year=self.anchor.year, month=self.anchor.month)
            )

    def step(self, direction: int) -> None:
        """The next or previous week or month."""
        if self.view.currentIndex() == WEEK:
            self.go_to(self.anchor + dt.timedelta(weeks=direction))
        else:
            month = self.anchor.month - 1 + direction
            year = self.anchor.year + month // 12
            self.go_to(dt.date(year, month % 12 + 1, 1))

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.month.blockSignals(True)
        self.month.setSelectedDate(_qdate(day))
        self.month.blockSignals(False)
        self._load()

    def _month_page(self, year: int, month: int) -> None:
        if (year, month) != (self.anchor.year, self.anchor.month):
            self.go_to(dt.date(year, month, 1))

    def _month_day(self, day: dt.date) -> None:
        start, end = shown_range(self.anchor)
        if start <= day <= end and day.month == self.anchor.month:
            self.anchor = day
            self.week.show_week(monday_of(day), self.entries, self.today)
            self._fill_day_list()
        else:
            self.go_to(day)

    def _mark_month(self) -> None:
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        for day in {e.day for e in self.entries}:
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            planned = any(e.day == day and e.day > self.today for e in self.entries)
            mark.setBackground(QBrush(_MARK_PLAN if planned else _MARK_HELD))
            self.month.setDateTextFormat(_qdate(day), mark)

    def _fill_day_list(self) -> None:
        self.day_list.clear()
        self._day_entries = [e for e in self.entries if e.day == self.anchor]
        for entry in self._day_entries:
            item = QListWidgetItem(self.week.label(entry).replace("\n", " — "))
            if entry.day <= self.today or entry.reviewed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.day_list.addItem(item)
        if not self._day_entries:
            empty = QListWidgetItem(self.tr("이 날에는 일정이 없습니다."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(empty)

    def month_day_at(self, point: QPoint) -> dt.date | None:
        """The date of the month's cell under ``point`` (in its view's viewport)."""
        index = self.month_grid.indexAt(point)
        text = str(index.data()) if index.isValid() else ""
        if not text.isdigit():
            return None  # the weekday heading, or outside the cells
        year, month = self.month.yearShown(), self.month.monthShown()
        # The grid starts with the end of the month before and ends with the next one's start.
        if index.row() <= 2 and int(text) > 20:
            month -= 1
        elif index.row() >= 4 and int(text) < 15:
            month += 1
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return dt.date(year, month, int(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if watched is self.month_grid.viewport() and event.type() in kinds:
            assert isinstance(event, QDropEvent)  # enter and move events are drop events
            # Only an entry of the day's list (an item view's drag), never a file or text.
            if not event.mimeData().hasFormat(_ITEM_DRAG):
                event.ignore()
                return True
            if event.type() != QEvent.Type.Drop:
                event.acceptProposedAction()
                return True
            row = self.day_list.currentRow()
            day = self.month_day_at(event.position().toPoint())
            # Copy, never move: the list is refilled after the service call.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if 0 <= row < len(self._day_entries) and day is not None:
                entry = self._day_entries[row]
                if day != entry.day:
                    self.move_entry(entry, day)
            return True
        return super().eventFilter(watched, event)

    def _day_entry(self, row: int) -> None:
        entries = self._day_entries
        self.show_entry(entries[row] if 0 <= row < len(entries) else None)

    # --- the chosen plan ---------------------------------------------------------------

    def show_entry(self, entry: CalendarRow | None) -> None:
        """The entry and, for a company's visit, what is still open at the company."""
        self.selected = entry
        if entry is None:
            self.detail.setHtml(
                self.tr(
                    "일정을 고르면 그 기업의 미결 애로사항과 지원 조치가 보입니다. "
                    "예정된 방문은 다른 날로 끌어 옮길 수 있습니다."
                )
            )
            return
        e = html.escape
        planned = entry.day > self.today
        state = self.tr("예정") if planned else self.tr("지난 일정")
        parts = [
            f"<h3>{e(self.week.label(entry).splitlines()[0])}</h3>",
            f"<p>{e(entry.day.isoformat())} · {e(state)}"
            + (f" · {e(entry.place)}" if entry.place else "")
            + "</p>",
        ]
        if entry.purpose:
            purpose = self.tr("목적: {purpose}").format(purpose=entry.purpose)
            parts.append(f"<p>{e(purpose)}</p>")
        if entry.company_id is not None:
            found = follow_ups(self.db, entry.company_id)
            none = self.tr("없음")
            heading = self.tr("미결 애로사항 ({count})").format(count=len(found.difficulties))
            parts.append(f"<h4>{e(heading)}</h4>")
            if found.difficulties:
                parts.append(
                    "<ul>"
                    + "".join(f"<li>{e(d.description)}</li>" for d in found.difficulties)
                    + "</ul>"
                )
            else:
                parts.append(f"<p>{e(none)}</p>")
            heading = self.tr("진행 중인 지원 조치 ({count})").format(count=len(found.measures))
            parts.append(f"<h4>{e(heading)}</h4>")
            if found.measures:
                items = []
                for m in found.measures:
                    due = (
                        self.tr(" (기한 {day})").format(day=m.due_on.isoformat())
                        if m.due_on
                        else ""
                    )
                    items.append(f"<li>{e(m.title)} — {e(m.status)}{e(due)}</li>")
                parts.append("<ul>" + "".join(items) + "</ul>")
            else:
                parts.append(f"<p>{e(none)}</p>")
        self.detail.setHtml("".join(parts))

    def move_entry(self, entry: CalendarRow, day: dt.date) -> bool:
        """Move a plan (dropped on another day); a refusal is told, nothing changes."""
        try:
            move_plan(self.db, entry, day, dt.date.today())
        except CoachError as error:
            self._say(str(error))
            return False
        self.message.hide()
        self.plan_moved.emit(entry.company_id)
        self._load()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- targets -----------------------------------------------------------------------

    def _show_targets(self, progress: ProgrammeTargets | None) -> None:
        if progress is None:
            for bar, text in self.bars:
                bar.setRange(0, 1)
                bar.setValue(0)
                text.setText("")
            self.ui.targets_note.setText(self.tr("사업이 없습니다."))
            return
        for (bar, text), target in zip(
            self.bars, (progress.visits, progress.companies, progress.measures), strict=True
        ):
            self._show_target(bar, text, target)
        due = (
            self.tr("{year}년 말({end})까지의 목표 — 사업 종료일이 없어 사업 연도 말로 봅니다.")
            if progress.ends_with_year
            else self.tr("사업 종료일({end})까지의 목표.")
        )
        self.ui.targets_note.setText(
            due.format(year=progress.year, end=progress.ends_on.isoformat())
            + " "
            + self.tr("실적은 사업 전체(모든 코치)이며, 종료일 뒤의 계획은 세지 않습니다.")
        )

    def _show_target(self, bar: QProgressBar, text: QLabel, target: TargetProgress) -> None:
        bar.setRange(0, max(target.target or 0, target.done + target.planned, 1))
        bar.setValue(target.done)
        if target.target is None:
            text.setText(
                self.tr("완료 {done} · 예정 {planned} (목표 없음)").format(
                    done=target.done, planned=target.planned
                )
            )
            return
        if target.target and target.done >= target.target:  # met: say by how much
            text.setText(
                self.tr("완료 {done} · 예정 {planned} / 목표 {target} (달성, {share}%)").format(
                    done=target.done,
                    planned=target.planned,
                    target=target.target,
                    share=round(100 * target.done / target.target),
                )
            )
            return
        text.setText(
            self.tr("완료 {done} · 예정 {planned} / 목표 {target} (남음 {left})").format(
                done=target.done,
                planned=target.planned,
                target=target.target,
                left=target.remaining,
            )
        )

    def _choice_changed(self, _index: int) -> None:
        if not self._filling:
            self._load()

    # --- export ------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """Where to write the .ics file (tests replace this)."""
        name = f"{self.coach.currentText() or 'plan'}.ics"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("일정 내보내기"), name, self.tr("iCalendar (*.ics)")
        )
        return Path(chosen) if chosen else None

    def export(self) -> None:
        coach_id = self.coach_id()
        if coach_id is None:
            self._say(self.tr("코치를 고르세요."))
            return
        path = self.ask_path()
        if path is None:
            return
        db, today = self.db, dt.date.today()

        def work(_control: TaskControl) -> int:
            return export_calendar(db, coach_id, path, today=today)

        def done(count: int) -> None:
            self.message.hide()
            self.period.setText(
                self.tr("일정 {count}건을 내보냈습니다: {path}").format(count=count, path=path)
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, (CoachError, OSError)):
                log.error("calendar export failed", exc_info=error)
            self._say(self.tr("내보내지 못했습니다: {error}").format(error=error))

        self.runner.run(work, on_success=done, on_error=failed)

"""The 현황판 page: the supervisor's dashboard.

Each figure is a button that opens the list behind it on the right; the chart draws each
coach's visits done and planned and overdue follow-ups (Qt Charts). The figures are read
off the GUI thread, so the page stays responsive on a large agency's data.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QVBoxLayout, QWidget

from coach_app.domain.follow_up import FollowUpKind
from coach_app.domain.impact import Metric
from coach_app.services.dashboard import Dashboard, Overdue, coach_overdue, dashboard
from coach_app.services.today import LIMIT
from coach_app.store.database import Database
from coach_app.ui.generated.ui_dashboard_page import Ui_DashboardPageForm
from coach_app.ui.satisfaction_results import SatisfactionResultsView
from coach_app.ui.table_model import TableModel
from coach_app.ui.tasks import TaskControl, TaskRunner

Index = QModelIndex | QPersistentModelIndex
# A row of the impact totals: what it opens is "impact:<metric>" and the programme's id.
IMPACT = "impact:"
# More coaches than this and the bars grow too thin to read: the busiest are drawn.
CHART_COACHES = 12


@dataclass
class Listing:
    """The rows behind one figure: cells as text, and what a double click opens."""

    title: str
    headers: list[str]
    cells: list[list[str]] = field(default_factory=list)
    # ("company" | "roadmap", id) per row
    targets: list[tuple[str, uuid.UUID | None]] = field(default_factory=list)


class ListingModel(TableModel):
    columns = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing = Listing("", [])

    def show(self, listing: Listing) -> None:
        self.beginResetModel()
        self.listing = listing
        self.endResetModel()

    def headers(self) -> list[str]:
        return self.listing.headers

    def row_count(self) -> int:
        return len(self.listing.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.listing.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.listing.cells[index.row()][index.column()]
        return None


class DashboardPage(QWidget):
    company_opened = Signal(object)  # company id
    roadmap_opened = Signal(object)  # roadmap id
    loaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.board: Dashboard | None = None
        self._generation = 0
        self._showing: Callable[[Dashboard], Listing] = self._workload
        form = QWidget(self)
        ui = Ui_DashboardPageForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.as_of = ui.as_of
        self.list_title = ui.list_title
        self.rows = ui.rows
        ui.body.setSizes([520, 680])
        ui.refresh_button.clicked.connect(self.reload)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        ui.chart_layout.addWidget(self.chart_view)
        self.buttons: dict[str, tuple[QPushButton, Callable[[Dashboard], Listing]]] = {
            "workload": (ui.workload_button, self._workload),
            "overdue": (ui.overdue_button, self._overdue),
            "waiting": (ui.waiting_button, self._waiting),
            "impact": (ui.impact_button, self._impact),
            "never": (ui.never_button, self._never_visited),
            "notes": (ui.notes_button, self._without_notes),
            "incomplete": (ui.incomplete_button, self._incomplete),
            "duplicates": (ui.duplicates_button, self._duplicates),
        }
        for button, listing in self.buttons.values():
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _checked=False, f=listing: self.show_listing(f))
        self.model = ListingModel(self)
        self.rows.setModel(self.model)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first rows only: measuring thousands would stall the page.
        self.rows.horizontalHeader().setResizeContentsPrecision(50)
        self.rows.doubleClicked.connect(self._open)
        # Satisfaction results: figures of their own at the foot of the page, whose rows
        # open in the list like every other figure's.
        self.satisfaction = SatisfactionResultsView(db, runner, self)
        self.satisfaction.opened.connect(
            lambda title, heads, cells, ids: self.show_listing(
                lambda _board: Listing(title, heads, cells, [("company", i) for i in ids])
            )
        )
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.satisfaction)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the figures off the GUI thread; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self.as_of.setText(self.tr("읽는 중…"))
        db = self.db

        def work(_control: TaskControl) -> Dashboard:
            return dashboard(db)

        def arrived(board: Dashboard) -> None:
            if generation == self._generation:
                self.show_board(board)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.as_of.setText(self.tr("현황을 읽지 못했습니다: %1").replace("%1", str(error)))

        self.runner.run(work, on_success=arrived, on_error=failed)
        self.satisfaction.reload()

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        self.as_of.setText(self.tr("%1 기준").replace("%1", f"{board.day:%Y-%m-%d}"))
        ages = [w.days_waiting for w in board.waiting if w.days_waiting is not None]
        texts = {
            "workload": self.tr("코치 %1명의 업무량").replace("%1", str(len(board.workload))),
            "overdue": self.tr("기한 지난 후속 조치 %1건").replace(
                "%1", f"{board.overdue_count:,}"
            ),
            "waiting": self.tr("검토 대기 %1건 (가장 오래된 것 %2일)")
            .replace("%1", str(len(board.waiting)))
            .replace("%2", str(max(ages, default=0))),
            "never": self.tr("방문 기록 없는 기업 %1곳").replace(
                "%1", str(len(board.never_visited))
            ),
            "notes": self.tr("메모 없는 방문 %1건").replace("%1", str(len(board.without_notes))),
            "incomplete": self.tr("채점 안 된 항목이 있는 진단 %1건").replace(
                "%1", str(len(board.incomplete))
            ),
            "duplicates": self.tr("중복 의심 기업 %1곳").replace(
                "%1", str(len({d.company_id for d in board.duplicates}))
            ),
            "impact": self.tr("성과 합계: 사업 %1개, 지표 %2개, 기업 %3곳")
            .replace("%1", str(len({t.programme_id for t in board.impact})))
            .replace("%2", str(len(board.impact)))
            .replace("%3", str(len({c.company_id for t in board.impact for c in t.companies}))),
        }
        for key, (button, _listing) in self.buttons.items():
            button.setText(texts[key])
        self._draw_chart(board)
        self.show_listing(self._showing)
        self.loaded.emit()

    def _draw_chart(self, board: Dashboard) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        busiest = sorted(
            board.workload, key=lambda w: (-(w.visits_done + w.visits_planned + w.overdue), w.coach)
        )[:CHART_COACHES]
        title = self.tr("코치별 방문과 기한 지난 후속 조치")
        if len(board.workload) > CHART_COACHES:
            title += self.tr(" (상위 %1명)").replace("%1", str(CHART_COACHES))
        self.chart.setTitle(title)
        series = QBarSeries()
        sets = (
            (self.tr("완료 방문"), "#1976d2", [w.visits_done for w in busiest]),
            (self.tr("예정 방문"), "#90caf9", [w.visits_planned for w in busiest]),
            (self.tr("기한 지남"), "#e53935", [w.overdue for w in busiest]),
        )
        for label, colour, values in sets:
            bars = QBarSet(label)
            bars.setColor(colour)
            bars.append([float(v) for v in values])
            series.append(bars)
        # A bar opens the list behind it, for that coach.
        series.clicked.connect(lambda index, bars: self._bar_clicked(busiest[index].coach, bars))
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([w.coach for w in busiest])
        categories.setTruncateLabels(False)
        if len(busiest) > 6:
            categories.setLabelsAngle(-90)  # names side by side would be cut short
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top = max((max(v, default=0) for _l, _c, v in sets), default=0)
        counts.setRange(0, max(top, 1))
        counts.applyNiceNumbers()
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)

    def _bar_clicked(self, coach: str, bars: QBarSet) -> None:
        if bars.label() == self.tr("기한 지남"):
            self.show_coach_overdue(coach)
        else:
            self.show_listing(self._workload)

    # --- the lists behind the figures -------------------------------------------------

    def show_listing(self, listing: Callable[[Dashboard], Listing]) -> None:
        self._showing = listing
        if self.board is None:
            return
        shown = listing(self.board)
        self.list_title.setText(shown.title)
        self.model.show(shown)
        self.rows.resizeColumnsToContents()

    def _open(self, index: QModelIndex) -> None:
        targets = self.model.listing.targets
        if not 0 <= index.row() < len(targets):
            return
        kind, target = targets[index.row()]
        if target is None:  # a measure shared by several companies has no page of one
            return
        if kind.startswith(IMPACT):  # a total opens the companies it adds up
            metric = Metric(kind.removeprefix(IMPACT))
            self.show_listing(lambda board: self._impact_companies(board, target, metric))
            return
        (self.roadmap_opened if kind == "roadmap" else self.company_opened).emit(target)

    def _workload(self, board: Dashboard) -> Listing:
        return Listing(
            self.tr("코치별 업무량: 배정 기업, 완료·예정 방문, 기한 지난 후속 조치"),
            [
                self.tr("코치"),
                self.tr("배정 기업"),
                self.tr("완료 방문"),
                self.tr("예정 방문"),
                self.tr("기한 지남"),
            ],
            [
                [
                    w.coach,
                    str(w.companies),
                    str(w.visits_done),
                    str(w.visits_planned),
                    str(w.overdue),
                ]
                for w in board.workload
            ],
        )

    def show_coach_overdue(self, coach: str) -> None:
        """A coach's bar opens the lines of that coach's 오늘 page, read off the GUI thread."""
        load = next(
            (w for w in (self.board.workload if self.board else []) if w.coach == coach), None
        )
        if load is None:
            return
        db = self.db

        def work(_control: TaskControl) -> list[Overdue]:
            return coach_overdue(db, load.coach_id, self.board.day if self.board else None)

        def arrived(rows: list[Overdue]) -> None:
            self.show_listing(lambda _board: self._overdue_lines(rows, load.overdue, coach))

        self.runner.run(work, on_success=arrived)

    def _overdue(self, board: Dashboard) -> Listing:
        return self._overdue_lines(board.overdue, board.overdue_count)

    def _overdue_lines(self, rows: list[Overdue], count: int, coach: str | None = None) -> Listing:
        nobody = self.tr("(배정 없음)")
        kinds = {
            FollowUpKind.DIFFICULTY: self.tr("애로사항"),
            FollowUpKind.MEASURE: self.tr("지원 조치"),
            FollowUpKind.ROADMAP_ITEM: self.tr("로드맵 과제"),
        }
        # The same follow-ups the 오늘 page lists, cut as it cuts them.
        title = self.tr(
            "기한 지난 후속 조치 %1건 (애로사항·지원 조치·로드맵 과제, 오늘 화면과 같은 기준)"
        ).replace("%1", f"{count:,}")
        if len(rows) < count:
            title += self.tr(" — 종류마다 기한이 가장 오래된 %1건").replace("%1", str(LIMIT))
        if coach is not None:
            title = f"{coach} — {title}"
        return Listing(
            title,
            [
                self.tr("지난 날수"),
                self.tr("기한"),
                self.tr("종류"),
                self.tr("내용"),
                self.tr("기업"),
                self.tr("코치"),
            ],
            [
                [
                    str(o.days_late),
                    o.due_on.isoformat(),
                    kinds[o.kind],
                    o.title,
                    o.company,
                    o.coach or nobody,
                ]
                for o in rows
            ],
            [("company", o.company_id) for o in rows],
        )

    def _waiting(self, board: Dashboard) -> Listing:
        # Translated once, not once a row: tr() is slow enough to stall a long list.
        revision = self.tr("%1 (%2차)")
        # The local offset once; strftime and astimezone() look the time module up on
        # every call, which adds up over thousands of rows.
        zone = dt.datetime.now().astimezone().tzinfo
        return Listing(
            self.tr("검토 대기 로드맵 (오래 기다린 순)"),
            [
                self.tr("기다린 날수"),
                self.tr("제출"),
                self.tr("기업"),
                self.tr("로드맵"),
                self.tr("코치"),
            ],
            [
                [
                    "" if w.days_waiting is None else str(w.days_waiting),
                    w.submitted_at.astimezone(zone).replace(tzinfo=None).isoformat(" ", "minutes")
                    if w.submitted_at
                    else "",
                    w.company,
                    revision.replace("%1", w.title).replace("%2", str(w.revision)),
                    w.coach,
                ]
                for w in board.waiting
            ],
            [("roadmap", w.roadmap_id) for w in board.waiting],
        )

    def _impact(self, board: Dashboard) -> Listing:
        return Listing(
            self.tr(
                "사업별 성과 합계: 기업마다 지원 후 최근 연도의 수치, 기준 연도가 있는 기업의 "
                "증감 (두 번 누르면 합계에 든 기업)"
            ),
            [
                self.tr("사업"),
                self.tr("지표"),
                self.tr("합계"),
                self.tr("기준 대비 증감"),
                self.tr("기업 수"),
            ],
            [
                [
                    t.programme,
                    t.metric.label,
                    f"{t.total.total:,}",
                    self.tr("%1 (%2곳 비교)")
                    .replace("%1", f"{t.total.change:+,}")
                    .replace("%2", str(t.total.compared))
                    if t.total.compared
                    else self.tr("기준 없음"),
                    str(t.total.companies),
                ]
                for t in board.impact
            ],
            [(f"{IMPACT}{t.metric.value}", t.programme_id) for t in board.impact],
        )

    def _impact_companies(
        self, board: Dashboard, programme_id: uuid.UUID, metric: Metric
    ) -> Listing:
        found = [t for t in board.impact if t.programme_id == programme_id and t.metric == metric]
        companies = found[0].companies if found else ()
        title = self.tr("%1 — %2: 합계에 든 기업").replace(
            "%1", found[0].programme if found else ""
        )
        return Listing(
            title.replace("%2", metric.label),
            [
                self.tr("기업"),
                self.tr("연도"),
                self.tr("수치"),
                self.tr("기준"),
                self.tr("증감"),
            ],
            [
                [
                    c.company,
                    str(c.year),
                    f"{c.value:,}",
                    "" if c.baseline is None else f"{c.baseline:,}",
                    "" if c.baseline is None else f"{c.value - c.baseline:+,}",
                ]
                for c in companies
            ],
            [("company", c.company_id) for c in companies],
        )

    def _never_visited(self, board: Dashboard) -> Listing:
        return Listing(
            self.tr("방문 기록이 한 번도 없는 기업 (예정된 방문은 세지 않음)"),
            [self.tr("기업"), self.tr("지역 · 업종")],
            [[c.company, c.detail] for c in board.never_visited],
            [("company", c.company_id) for c in board.never_visited],
        )

    def _without_notes(self, board: Dashboard) -> Listing:
        return Listing(
            self.tr("메모 없이 저장된 방문"),
            [self.tr("방문일"), self.tr("기업"), self.tr("코치")],
            [[v.visit_date.isoformat(), v.company, v.coach] for v in board.without_notes],
            [("company", v.company_id) for v in board.without_notes],
        )

    def _incomplete(self, board: Dashboard) -> Listing:
        return Listing(
            self.tr("채점하지도 해당 없음으로 표시하지도 않은 항목이 남은 진단"),
            [self.tr("진단일"), self.tr("점검표"), self.tr("기업")],
            [[d.diagnosed_on.isoformat(), d.template_id, d.company] for d in board.incomplete],
            [("company", d.company_id) for d in board.incomplete],
        )

    def _duplicates(self, board: Dashboard) -> Listing:
        shared = {
            "name": self.tr("같은 이름"),
            "phone": self.tr("같은 전화번호"),
            "address": self.tr("같은 주소"),
        }
        return Listing(
            self.tr("중복 의심 기업 (묶음마다 이름·전화번호·주소 중 하나가 같음)"),
            [self.tr("묶음"), self.tr("기업"), self.tr("같은 것")],
            [
                [str(d.group), d.company, f"{shared.get(d.detail, d.detail)}: {d.shared}"]
                for d in board.duplicates
            ],
            [("company", d.company_id) for d in board.duplicates],
        )

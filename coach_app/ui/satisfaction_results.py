"""Satisfaction results (만족도 결과) on the 현황판: how companies rated the visits, per coach
and per programme, and what they wrote.

One line of figures; each figure is a button that opens the rows behind it below, and
closes them when pressed again. A coach sees the ratings of their own visits, a
supervisor everyone's (``services.satisfaction.satisfaction_results``). Read off the GUI
thread, like the rest of the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.satisfaction import HIGHEST, Question, SatisfactionSummary, shown_mean
from coach_app.services.satisfaction import SatisfactionResults, satisfaction_results
from coach_app.store.database import Database
from coach_app.ui.table_model import TableModel
from coach_app.ui.tasks import TaskControl, TaskRunner

Index = QModelIndex | QPersistentModelIndex


class ResultRows(TableModel):
    """Rows of text; a comment's row also names the company it opens."""

    columns = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heads: list[str] = []
        self.cells: list[list[str]] = []
        self.companies: list[Any] = []

    def show(self, heads: list[str], cells: list[list[str]], companies: list[Any]) -> None:
        self.beginResetModel()
        self.heads, self.cells, self.companies = heads, cells, companies
        self.endResetModel()

    def headers(self) -> list[str]:
        return self.heads

    def row_count(self) -> int:
        return len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.heads)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0 and not self.companies:
            return Qt.AlignmentFlag.AlignCenter
        return None


class SatisfactionResultsView(QGroupBox):
    company_opened = Signal(object)  # company id
    loaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("만족도 결과"), parent)
        self.db = db
        self.runner = runner
        self.results: SatisfactionResults | None = None
        self._generation = 0
        self._showing = ""
        self.summary = QLabel(self.tr("읽는 중…"))
        self.buttons = {
            "coaches": QPushButton(self.tr("코치별")),
            "programmes": QPushButton(self.tr("사업별")),
            "comments": QPushButton(self.tr("의견")),
        }
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for key, button in self.buttons.items():
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, k=key: self.toggle(k))
            top.addWidget(button)
        self.model = ResultRows(self)
        self.rows = QTableView()
        self.rows.setModel(self.model)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().setVisible(False)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.setMaximumHeight(200)  # the dashboard above keeps the room
        self.rows.doubleClicked.connect(self._open)
        self.rows.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rows)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the results off the GUI thread; the newest request wins."""
        self._generation += 1
        generation = self._generation
        db = self.db

        def work(_control: TaskControl) -> SatisfactionResults:
            return satisfaction_results(db)

        def arrived(results: SatisfactionResults) -> None:
            if generation == self._generation:
                self.show_results(results)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(
                    self.tr("만족도 결과를 읽지 못했습니다: %1").replace("%1", str(error))
                )

        self.runner.run(work, on_success=arrived, on_error=failed)

    def show_results(self, results: SatisfactionResults) -> None:
        self.results = results
        overall = results.overall
        whose = self.tr("전체 코치") if results.everyone else self.tr("내 방문")
        self.summary.setText(
            self.tr("%1: 평가 %2건 · 평균 %3 / %4점")
            .replace("%1", whose)
            .replace("%2", str(overall.ratings))
            .replace("%3", shown_mean(overall.mean))
            .replace("%4", str(HIGHEST))
        )
        self.buttons["coaches"].setText(
            self.tr("코치별 (%1명)").replace("%1", str(len(results.by_coach)))
        )
        self.buttons["programmes"].setText(
            self.tr("사업별 (%1개)").replace("%1", str(len(results.by_programme)))
        )
        self.buttons["comments"].setText(
            self.tr("의견 %1건").replace("%1", str(len(results.comments)))
        )
        if self._showing:
            self._fill(self._showing)
        self.loaded.emit()

    # --- the rows behind the figures ----------------------------------------------------

    def toggle(self, key: str) -> None:
        """Open the rows behind a figure; the same figure again closes them."""
        self._showing = "" if self._showing == key else key
        for name, button in self.buttons.items():
            button.setChecked(name == self._showing)
        self.rows.setVisible(bool(self._showing))
        if self._showing:
            self._fill(self._showing)

    def _fill(self, key: str) -> None:
        if self.results is None:
            return
        if key == "comments":
            comments = self.results.comments
            self.model.show(
                [
                    self.tr("평가일"),
                    self.tr("기업"),
                    self.tr("방문일"),
                    self.tr("코치"),
                    self.tr("의견"),
                ],
                [
                    [
                        c.rated_on.isoformat(),
                        c.company,
                        c.visit_date.isoformat(),
                        c.coach,
                        " ".join(c.comment.split()),
                    ]
                    for c in comments
                ],
                [c.company_id for c in comments],
            )
        else:
            groups = self.results.by_coach if key == "coaches" else self.results.by_programme
            first = self.tr("코치") if key == "coaches" else self.tr("사업")
            self.model.show(
                [first, self.tr("평가 수"), *(q.short for q in Question), self.tr("평균")],
                [_figures(group) for group in groups],
                [],
            )
        self.rows.resizeColumnsToContents()

    def _open(self, index: QModelIndex) -> None:
        companies = self.model.companies
        if 0 <= index.row() < len(companies):
            self.company_opened.emit(companies[index.row()])


def _figures(group: SatisfactionSummary) -> list[str]:
    """A name, the number of ratings, the mean of each question and the overall mean;
    "—" where nothing was rated."""
    return [
        group.name,
        str(group.ratings),
        *(shown_mean(group.means.get(q)) for q in Question),
        shown_mean(group.mean),
    ]

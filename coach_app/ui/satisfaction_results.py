"""Satisfaction results (만족도 결과) on the 현황판: how companies rated the visits, per coach
and per programme, and what they wrote.

One line of figures at the foot of the page; like every figure of the dashboard, each
is a button that opens the rows behind it in the page's list (``opened``). A coach sees
the ratings of their own visits, a supervisor everyone's
(``services.satisfaction.satisfaction_results``). Read off the GUI thread, like the rest
of the page.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from coach_app.domain.satisfaction import HIGHEST, Question, SatisfactionSummary, shown_mean
from coach_app.services.satisfaction import SatisfactionResults, satisfaction_results
from coach_app.store.database import Database
from coach_app.ui.tasks import TaskControl, TaskRunner


class SatisfactionResultsView(QGroupBox):
    # The rows behind a figure: title, headers, cells, and the company each row opens
    # (an empty list: rows that open nothing).
    opened = Signal(str, list, list, list)
    loaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("만족도 결과"), parent)
        self.db = db
        self.runner = runner
        self.results: SatisfactionResults | None = None
        self._generation = 0
        self.summary = QLabel(self.tr("읽는 중…"))
        self.buttons = {
            "coaches": QPushButton(self.tr("코치별")),
            "programmes": QPushButton(self.tr("사업별")),
            "comments": QPushButton(self.tr("의견")),
        }
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 1)
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.open(k))
            layout.addWidget(button)

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
        self.loaded.emit()

    # --- the rows behind the figures ----------------------------------------------------

    def open(self, key: str) -> None:
        """Send out the rows behind a figure."""
        if self.results is None:
            return
        companies: list[uuid.UUID] = []
        if key == "comments":
            comments = self.results.comments
            title = self.tr("만족도 평가 의견 (최근 순)")
            heads = [
                self.tr("평가일"),
                self.tr("기업"),
                self.tr("방문일"),
                self.tr("코치"),
                self.tr("의견 내용"),
            ]
            cells = [
                [
                    c.rated_on.isoformat(),
                    c.company,
                    c.visit_date.isoformat(),
                    c.coach,
                    " ".join(c.comment.split()),
                ]
                for c in comments
            ]
            companies = [c.company_id for c in comments]
        else:
            coaches = key == "coaches"
            groups = self.results.by_coach if coaches else self.results.by_programme
            title = (
                self.tr("코치별 만족도 (1~5점 평균, 평가가 없으면 —)")
                if coaches
                else self.tr("사업별 만족도 (1~5점 평균, 평가가 없으면 —)")
            )
            heads = [
                self.tr("코치") if coaches else self.tr("사업"),
                self.tr("평가 수"),
                *(q.short for q in Question),
                self.tr("평균"),
            ]
            cells = [_figures(group) for group in groups]
        self.opened.emit(title, heads, cells, companies)


def _figures(group: SatisfactionSummary) -> list[str]:
    """A name, the number of ratings, the mean of each question and the overall mean;
    "—" where nothing was rated."""
    return [
        group.name,
        str(group.ratings),
        *(shown_mean(group.means.get(q)) for q in Question),
        shown_mean(group.mean),
    ]

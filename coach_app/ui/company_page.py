"""The 기업 page: every company, searched as you type and sorted by any column."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.company import REGIONS, region_label
from coach_app.domain.roles import Role
from coach_app.services import syncing
from coach_app.services.companies import CompanyRow, list_companies
from coach_app.services.people import programmes, users
from coach_app.store.database import Database
from coach_app.ui.company_model import CompanyListModel
from coach_app.ui.data_events import Change, DataEvents
from coach_app.ui.table_model import fitting
from coach_app.ui.tasks import TaskControl, TaskRunner


class CompanyListPage(QWidget):
    # The list holds what is in the database (after a load in the background, too).
    filled = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.companies = CompanyListModel(self)
        # Bumped by every load: a background load finishing after a newer one is dropped.
        self._generation = 0
        self.loading = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.companies.set_query)

        self.table = QTableView()
        self.table.setModel(self.companies)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CompanyListModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 120, 80, 60, 110, 130, 70)):
            self.table.setColumnWidth(column, width)
        # Long names lose their middle, not their end ("Gyeon…" made 경기 and 경남 alike),
        # and the region column fits every region's name in the current language.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setColumnWidth(
            CompanyListModel.REGION, fitting(self.table, [region_label(r) for r in REGIONS])
        )
        header.setSectionResizeMode(CompanyListModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.programme = QComboBox()
        self.region = QComboBox()
        self.coach = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("사업"), self.programme),
            (self.tr("지역"), self.region),
            (self.tr("담당 코치"), self.coach),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_changed)
        self._filling = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.loading_hint = QLabel(self.tr("기업 목록을 불러오는 중…"))
        self.loading_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_hint.hide()
        layout.addLayout(filters)
        layout.addWidget(self.loading_hint)
        layout.addWidget(self.table)

    def follow(self, events: DataEvents) -> None:
        """The list reloads when companies were added, edited or imported."""
        events.changed.connect(self._data_changed)

    def _data_changed(self, change: Change) -> None:
        if change.companies:
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._fill_filters()
        self._show(self._filters().rows(self.db))

    def load_in_background(self, runner: TaskRunner) -> None:
        """At start: the window shows at once with a hint, the rows are read off the GUI
        thread and arrive in one reset (a reload meanwhile wins over this load)."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.loading_hint.show()
        self._fill_filters()
        db, filters = self.db, self._filters()

        def work(_control: TaskControl) -> list[CompanyRow]:
            return filters.rows(db)

        def arrived(rows: list[CompanyRow]) -> None:
            if generation == self._generation:
                self._show(rows)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.reload()  # the error, if it lasts, is told as any other on this thread

        runner.run(work, on_success=arrived, on_error=failed)

    def _filters(self) -> _Filters:
        return _Filters(
            self.region.currentData() or None,
            _id(self.coach.currentData()),
            _id(self.programme.currentData()),
        )

    def _show(self, rows: Sequence[CompanyRow]) -> None:
        self.loading = False
        self.loading_hint.hide()
        self.companies.set_companies(rows)
        self.companies.set_sync_marks(*syncing.company_marks(self.db))
        self.filled.emit()

    def _filter_changed(self, _index: int) -> None:
        if not self._filling:
            self.reload()

    def _fill_filters(self) -> None:
        """Choices from what is in the database; the current choice survives a reload."""
        everything = self.tr("전체")
        choices = (
            # Ids as text: a combo box finds its data by value only for plain types.
            (self.programme, [(f"{p.name} ({p.year})", str(p.id)) for p in programmes(self.db)]),
            (self.region, [(region_label(r), r) for r in REGIONS]),
            (self.coach, [(u.name, str(u.id)) for u in users(self.db, Role.COACH)]),
        )
        self._filling = True
        for combo, items in choices:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._filling = False

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


@dataclass(frozen=True)
class _Filters:
    """The combo boxes' choices, as plain values a worker thread may read."""

    region: str | None
    coach_id: uuid.UUID | None
    programme_id: uuid.UUID | None

    def rows(self, db: Database) -> list[CompanyRow]:
        return list_companies(
            db, region=self.region, coach_id=self.coach_id, programme_id=self.programme_id
        )


def _id(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None

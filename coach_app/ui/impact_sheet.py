"""A company's impact sheet (성과 수치): its baseline and yearly figures after support,
typed by the coach or imported from the company's .xlsx, confirmed by its representative
at the coach's laptop. Rows rolled up from the roadmap's KPIs are shown in italics."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.impact import (
    RECORDED_SOURCES,
    FigureDraft,
    Metric,
    format_value,
    parse_figure,
)
from coach_app.domain.permissions import Action
from coach_app.services import impact
from coach_app.services.permissions import may
from coach_app.store.database import Database
from coach_app.ui.generated.ui_impact_sheet import Ui_ImpactSheetForm

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ImpactSheet(QDialog):
    def __init__(self, db: Database, company_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.company_id = company_id
        self.resize(960, 620)
        form = QWidget(self)
        ui = Ui_ImpactSheetForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.ui = ui
        ui.figures.setHorizontalHeaderLabels(
            [
                self.tr("연도"),
                self.tr("구분"),
                self.tr("지표"),
                self.tr("값"),
                self.tr("출처"),
                self.tr("기업 확인"),
            ]
        )
        ui.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.figures.verticalHeader().setVisible(False)
        ui.year.setValue(dt.date.today().year - 1)
        for metric in Metric:
            ui.metric.addItem(metric.label, metric.value)
        for source in RECORDED_SOURCES:
            ui.source.addItem(source.label, source.value)
        ui.save_button.clicked.connect(self._save)
        ui.import_button.clicked.connect(self._import)
        ui.confirm_button.clicked.connect(self._confirm)
        ui.delete_button.clicked.connect(self._delete)
        ui.buttons.rejected.connect(self.reject)
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:  # in the app's words, whichever Qt translation is loaded
            close.setText(self.tr("닫기"))
        ui.error.setStyleSheet("color: #b00020")
        writable = may(db, Action.RECORD_IMPACT, company_id=company_id)
        for widget in (ui.entry_box, ui.import_button, ui.delete_button):
            widget.setEnabled(writable)
        ui.confirm_button.setEnabled(may(db, Action.CONFIRM_IMPACT, company_id=company_id))
        self.refresh()

    def refresh(self) -> None:
        sheet = impact.company_sheet(self.db, self.company_id)
        self.setWindowTitle(self.tr("성과 수치 — %1").replace("%1", sheet.company_name))
        table = self.ui.figures
        table.setRowCount(len(sheet.figures))
        for row, record in enumerate(sheet.figures):
            f = record.figure
            confirmed = ""
            if f.confirmed_at is not None:
                confirmed = f"{f.confirmed_name} · {f.confirmed_at.astimezone():%Y-%m-%d %H:%M}"
            cells = [
                str(f.year),
                self.tr("기준") if f.baseline else self.tr("성과"),
                f.metric.label,
                format_value(f.metric, f.value, exact=True),
                f.source.label,
                confirmed,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, str(record.id) if record.id else "")
                if record.id is None:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)

    def _selected_ids(self) -> list[uuid.UUID]:
        rows = {i.row() for i in self.ui.figures.selectedItems()}
        found = []
        for row in sorted(rows):
            item = self.ui.figures.item(row, 0)
            if item is not None and item.data(ID_ROLE):
                found.append(uuid.UUID(item.data(ID_ROLE)))
        return found

    def _value(self, metric: Metric) -> int:
        return parse_figure(metric, self.ui.value.text())

    def _save(self) -> None:
        metric = Metric(self.ui.metric.currentData())
        try:
            value = self._value(metric)
        except ValueError:
            if metric in (Metric.SALES, Metric.INVESTMENT):
                self.ui.error.setText(
                    self.tr("값을 숫자로 입력하세요 (금액은 5억, 1.5억, 1500만원처럼).")
                )
            else:
                self.ui.error.setText(self.tr("값을 숫자로 입력하세요 (예: 12, 1,200, 120만)."))
            return
        draft = FigureDraft(
            self.ui.year.value(),
            metric,
            value,
            RECORDED_SOURCES[self.ui.source.currentIndex()],
            self.ui.baseline.isChecked(),
        )
        if self._run(lambda: impact.record_figures(self.db, self.company_id, [draft])):
            self.ui.value.clear()

    def _run(self, work: Callable[[], None]) -> bool:
        try:
            work()
        except ValidationError as error:
            self.ui.error.setText("\n".join(str(p) for p in error.problems))
            return False
        except CoachError as error:
            self.ui.error.setText(str(error))
            return False
        self.ui.error.clear()
        self.refresh()
        return True

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("기업 성과 파일"), "", self.tr("Excel 파일 (*.xlsx)")
        )
        if not path:
            return
        self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            result = impact.import_figures(self.db, self.company_id, path)
            if result.problems and self.ask_accept(len(result.problems)):
                result = impact.import_figures(self.db, self.company_id, path, accept_valid=True)
        except CoachError as error:
            self.ui.error.setText(str(error))
            return
        row = self.tr("%1행")
        lines = [f"{row.replace('%1', str(n))}: {p}" for n, p in result.problems]
        summary = self.tr("%1건을 가져왔습니다.").replace("%1", str(result.imported))
        self.ui.error.setText("\n".join([summary, *lines[:8]]))
        self.refresh()

    def ask_accept(self, problems: int) -> bool:
        """Import the valid rows when some have problems? (Tests patch this.)"""
        answer = QMessageBox.question(
            self,
            self.tr("가져오기"),
            self.tr("%1개 항목에 문제가 있습니다. 문제없는 항목만 가져올까요?").replace(
                "%1", str(problems)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm(self) -> None:
        ids = self._selected_ids()
        if not ids:
            self.ui.error.setText(self.tr("확인할 수치를 표에서 고르세요 (KPI 집계 행은 제외)."))
            return
        name = self.ask_confirmer()
        if name is None:
            return
        self._run(lambda: impact.confirm_figures(self.db, self.company_id, ids, name))

    def ask_confirmer(self) -> str | None:
        """The representative who confirms, typed at the laptop. (Tests patch this.)"""
        name, accepted = QInputDialog.getText(
            self,
            self.tr("기업 확인"),
            self.tr("기업 대표(또는 담당자)께서 선택한 수치를 확인하고 성함을 입력해 주세요."),
        )
        return name if accepted else None

    def _delete(self) -> None:
        ids = self._selected_ids()

        def delete_all() -> None:
            for figure_id in ids:
                impact.delete_figure(self.db, figure_id)

        self._run(delete_all)

"""The Excel summary from the window: filters in a small dialog, written off the GUI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QSettings
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from coach_app.domain.company import REGIONS, region_label
from coach_app.domain.roles import Role
from coach_app.services.exports import export_summary
from coach_app.services.people import programmes, users
from coach_app.store.database import Database
from coach_app.ui.generated.ui_summary_export import Ui_SummaryExportForm
from coach_app.ui.long_work import cancel_with, progress_dialog
from coach_app.ui.operations import Operation
from coach_app.ui.report_jobs import LAST_FOLDER
from coach_app.ui.tasks import Task, TaskControl, TaskRunner


@dataclass(frozen=True)
class SummaryChoice:
    start: dt.date | None
    end: dt.date | None
    programme: str | None
    region: str | None
    coach: str | None


class SummaryExport(QObject):
    def __init__(self, db: Database, runner: TaskRunner, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = parent
        self.written: Path | None = None
        self.box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None

    def ask_filters(self) -> SummaryChoice | None:
        dialog = QDialog(self.window)
        ui = Ui_SummaryExportForm()
        ui.setupUi(dialog)
        use_period = ui.use_period
        start = ui.start
        end = ui.end
        today = QDate.currentDate()
        start.setDate(QDate(today.year(), 1, 1))
        end.setDate(today)
        for edit in (start, end):
            edit.setEnabled(False)
            use_period.toggled.connect(edit.setEnabled)
        programme = ui.programme
        programme.addItem(self.tr("전체"), None)
        for name in sorted({p.name for p in programmes(self.db)}):
            programme.addItem(name, name)
        region = ui.region
        region.addItem(self.tr("전체"), None)
        for code in REGIONS:
            region.addItem(region_label(code), code)
        coach = ui.coach
        coach.addItem(self.tr("전체"), None)
        for user in users(self.db, Role.COACH):
            coach.addItem(f"{user.name} ({user.login})", user.login)
        message = ui.message
        message.hide()
        buttons = ui.buttons

        def check() -> None:
            if use_period.isChecked() and start.date() > end.date():
                message.setText(self.tr("기간의 끝이 시작보다 빠릅니다."))
                message.show()
                return
            dialog.accept()

        buttons.accepted.connect(check)
        buttons.rejected.connect(dialog.reject)
        if not dialog.exec():
            return None
        period = use_period.isChecked()
        return SummaryChoice(
            _date(start) if period else None,
            _date(end) if period else None,
            programme.currentData(),
            region.currentData(),
            coach.currentData(),
        )

    def ask_file(self) -> Path | None:
        folder = str(QSettings().value(LAST_FOLDER, str(Path.home())))
        suggested = str(Path(folder) / f"코칭요약_{dt.date.today():%Y%m%d}.xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Excel 요약 저장"), suggested, "Excel (*.xlsx)"
        )
        return Path(name) if name else None

    def run(self) -> Task | None:
        choice = self.ask_filters()
        if choice is None:
            return None
        target = self.ask_file()
        if target is None:
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        QSettings().setValue(LAST_FOLDER, str(target.parent))

        def work(control: TaskControl) -> object:
            return export_summary(
                self.db,
                target,
                choice.start,
                choice.end,
                choice.programme,
                choice.region,
                choice.coach,
                progress=lambda text: control.progress(text),
                cancelled=lambda: control.cancelled,
            )

        dialog = progress_dialog(
            self.window, self.tr("Excel 요약"), self.tr("Excel 요약을 만드는 중…")
        )
        self.progress = dialog

        def done(_counts: object) -> None:
            self.written = target
            self._status(self.tr("Excel 요약을 저장했습니다: %1").replace("%1", str(target)))

        def told(text: str | None) -> None:
            if text is None:
                self._status(self.tr("Excel 요약을 취소했습니다. 파일은 만들지 않았습니다."))
                return
            self.box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Excel 요약"), text, parent=self.window
            )
            self.box.open()

        def step(text: str, _done: int, _total: int) -> None:
            if text and not dialog.wasCanceled():
                dialog.setLabelText(self.tr("Excel 요약을 만드는 중: %1").replace("%1", text))

        task = (
            Operation(self.window, self.runner, work, self.tr("요약을 만들지 못했습니다."))
            .progress(step)
            .finally_(dialog.reset)
            .success(done)
            .failure(told)
            .run()
        )
        cancel_with(dialog, task)
        return task

    def _status(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, 10_000)


def _date(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())

"""The programme's impact report from the menu: a PDF and, beside it, the same tables as an
Excel workbook, written off the GUI thread (coach_app.services.impact)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from coach_app.services.impact import write_programme_pdf, write_programme_workbook
from coach_app.services.people import programmes
from coach_app.store.database import Database
from coach_app.ui.operations import Operation
from coach_app.ui.report_jobs import LAST_FOLDER
from coach_app.ui.settings import report_font
from coach_app.ui.tasks import Task, TaskControl, TaskRunner


class ImpactReport(QObject):
    def __init__(self, db: Database, runner: TaskRunner, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = parent
        self.written: tuple[Path, Path] | None = None

    def ask_programme(self) -> uuid.UUID | None:
        """Which programme. (Tests patch this.)"""
        found = programmes(self.db)
        if not found:
            QMessageBox.information(
                self.window, self.tr("사업 성과 보고서"), self.tr("등록된 사업이 없습니다.")
            )
            return None
        names = [f"{p.name} ({p.year})" for p in found]
        chosen, accepted = QInputDialog.getItem(
            self.window, self.tr("사업 성과 보고서"), self.tr("사업:"), names, 0, False
        )
        return found[names.index(chosen)].id if accepted else None

    def ask_file(self) -> Path | None:
        """Where the PDF goes; the workbook goes beside it. (Tests patch this.)"""
        folder = str(QSettings().value(LAST_FOLDER, str(Path.home())))
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("사업 성과 보고서 저장"),
            str(Path(folder) / "사업성과.pdf"),
            "PDF (*.pdf)",
        )
        return Path(name) if name else None

    def run(self) -> Task | None:
        programme = self.ask_programme()
        if programme is None:
            return None
        target = self.ask_file()
        if target is None:
            return None
        pdf = target.with_suffix(".pdf")
        workbook = target.with_suffix(".xlsx")
        QSettings().setValue(LAST_FOLDER, str(pdf.parent))
        font = report_font()

        def work(_control: TaskControl) -> object:
            write_programme_pdf(self.db, programme, pdf, font)
            write_programme_workbook(self.db, programme, workbook)
            return None

        def done(_result: object) -> None:
            self.written = (pdf, workbook)
            self.window.statusBar().showMessage(
                self.tr("사업 성과 보고서를 저장했습니다: %1, %2")
                .replace("%1", str(pdf))
                .replace("%2", workbook.name),
                10_000,
            )

        return (
            Operation(self.window, self.runner, work, self.tr("성과 보고서를 만들지 못했습니다."))
            .success(done)
            .run()
        )

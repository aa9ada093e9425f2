"""PDF reports and batches from the window: ask where, write off the GUI thread, report."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from coach_app.domain.errors import CoachError
from coach_app.services.people import programmes
from coach_app.services.reports import (
    BatchResult,
    ReportKind,
    batch_companies,
    write_batch,
    write_report,
)
from coach_app.store.database import Database
from coach_app.ui.operations import Operation, failure_text
from coach_app.ui.settings import report_font
from coach_app.ui.tasks import Task, TaskControl, TaskRunner

LAST_FOLDER = "reports/folder"


class ReportJobs(QObject):
    def __init__(self, db: Database, runner: TaskRunner, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = parent
        self.task: Task | None = None
        self.last_written: Path | None = None
        self.progress: QProgressDialog | None = None
        self.batch_result: BatchResult | None = None

    # Tests replace these two questions.
    def ask_file(self, suggested: str) -> Path | None:
        folder = str(QSettings().value(LAST_FOLDER, str(Path.home())))
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("PDF 보고서 저장"), str(Path(folder) / suggested), "PDF (*.pdf)"
        )
        return Path(name) if name else None

    def ask_folder(self) -> Path | None:
        folder = str(QSettings().value(LAST_FOLDER, str(Path.home())))
        name = QFileDialog.getExistingDirectory(
            self.window, self.tr("보고서를 저장할 폴더"), folder
        )
        return Path(name) if name else None

    def save(self, kind: ReportKind, entity_id: uuid.UUID, suggested: str) -> Task | None:
        target = self.ask_file(suggested)
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        QSettings().setValue(LAST_FOLDER, str(target.parent))
        font = report_font()

        def work(_control: TaskControl) -> int:
            return write_report(self.db, kind, entity_id, target, font)

        def done(pages: object) -> None:
            self.last_written = target
            self._status(
                self.tr("보고서를 저장했습니다: %1 (%2쪽)")
                .replace("%1", str(target))
                .replace("%2", str(pages))
            )

        # No time-out: the notice stays until the report is written or fails.
        self._status(self.tr("보고서를 만드는 중…"), lasting=True)
        self.task = (
            Operation(self.window, self.runner, work, self.tr("보고서를 만들지 못했습니다."))
            .success(done)
            .failure(self._tell)
            .run()
        )
        return self.task

    def batch(self) -> Task | None:
        """Every dossier of one programme's companies, with progress and cancel."""
        names = sorted({p.name for p in programmes(self.db)})
        if not names:
            self._failed(CoachError(self.tr("사업이 없습니다.")))
            return None
        name, ok = self.ask_programme(names)
        if not ok:
            return None
        folder = self.ask_folder()
        if folder is None:
            return None
        QSettings().setValue(LAST_FOLDER, str(folder))
        companies = batch_companies(self.db, programme=name)
        font = report_font()
        dialog = QProgressDialog(
            self.tr("보고서를 만드는 중…"), self.tr("취소"), 0, len(companies), self.window
        )
        dialog.setWindowTitle(self.tr("일괄 보고서"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self.progress = dialog

        def work(control: TaskControl) -> BatchResult:
            return write_batch(
                self.db,
                companies,
                folder,
                font=font,
                progress=lambda done, total: control.progress("", done, total),
                cancelled=lambda: control.cancelled,
            )

        def step(_text: str, done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(
                self.tr("보고서 %1 / %2").replace("%1", str(done)).replace("%2", str(total))
            )

        def finished(result: object) -> None:
            assert isinstance(result, BatchResult)
            dialog.reset()
            text = (
                self.tr("보고서 %1개를 %2에 저장했습니다.")
                .replace("%1", str(len(result.written)))
                .replace("%2", str(folder))
            )
            if result.cancelled:
                text += "\n" + self.tr("중간에 취소했습니다.")
            if result.failed:
                text += "\n" + self.tr("만들지 못한 보고서 %1개:").replace(
                    "%1", str(len(result.failed))
                )
                text += "\n" + "\n".join(f"{c}: {m}" for c, m in result.failed[:10])
            self.batch_result = result
            self._status(text.splitlines()[0])
            self.summary = QMessageBox(
                QMessageBox.Icon.Information, self.tr("일괄 보고서"), text, parent=self.window
            )
            self.summary.open()

        self.task = self.runner.run(
            work, on_success=finished, on_error=self._failed, on_progress=step
        )
        dialog.canceled.connect(self.task.cancel)
        return self.task

    def ask_programme(self, names: list[str]) -> tuple[str, bool]:
        return QInputDialog.getItem(
            self.window, self.tr("일괄 보고서"), self.tr("사업"), names, 0, False
        )

    def _status(self, text: str, lasting: bool = False) -> None:
        if text:
            self.window.statusBar().showMessage(text, 0 if lasting else 10_000)

    def _failed(self, error: BaseException) -> None:
        self._tell(failure_text(error, self.tr("보고서를 만들지 못했습니다.")))

    def _tell(self, text: str | None) -> None:
        if self.progress is not None:
            self.progress.reset()
        if text is None:
            self._status(self.tr("보고서 만들기를 취소했습니다."))
            return
        self._status(text.splitlines()[0])
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("보고서"), text, parent=self.window
        )
        self.error_box.open()

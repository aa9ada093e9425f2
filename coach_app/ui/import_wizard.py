"""The company-list import wizard: file → column mapping → row-by-row check → accept.

Reading and checking run on the task runner; nothing is written until 가져오기 (Finish),
and then every valid row goes in at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from coach_app.domain.company_import import FIELDS, missing_required
from coach_app.domain.errors import CoachError
from coach_app.domain.messages import field_label
from coach_app.services import imports
from coach_app.store.database import Database
from coach_app.ui.generated.ui_import_wizard import Ui_ImportWizardForm
from coach_app.ui.long_work import cancel_with, progress_dialog
from coach_app.ui.operations import failure_text
from coach_app.ui.table_model import TableModel
from coach_app.ui.tasks import Task, TaskControl, TaskRunner

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class ImportRows(TableModel):
    """The checked rows: where they are in the file, what happens to them, and why not."""

    columns = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[imports.RowResult] = []

    def set_rows(self, rows: list[imports.RowResult]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> list[str]:
        return [
            self.tr("행"),
            self.tr("기업명"),
            self.tr("사업자등록번호"),
            self.tr("결과"),
            self.tr("문제"),
        ]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and not row.valid:
            return QColor("#fff59d")
        if role == Qt.ItemDataRole.UserRole:
            return row.valid
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(row.problems)
        if role != DISPLAY:
            return None
        action = {
            imports.Action.INSERT: self.tr("새로 등록"),
            imports.Action.UPDATE: self.tr("기존 기업 갱신"),
            imports.Action.SKIP: self.tr("고칠 것"),
        }[row.action]
        return (
            str(row.number),
            row.draft.name,
            row.draft.brn,
            action,
            "\n".join(row.problems),
        )[index.column()]


class _ProblemsOnly(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only = False

    def set_only(self, only: bool) -> None:
        self.beginFilterChange()
        self.only = only
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.only:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return not index.data(Qt.ItemDataRole.UserRole)


class ImportWizard(QObject):
    """Owns the Designer wizard; ``imported`` holds (inserted, updated) once accepted."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        wizard = QWizard(parent)
        ui = Ui_ImportWizardForm()
        ui.setupUi(wizard)
        self.wizard = wizard
        self.sheet: imports.Sheet | None = None
        self.plan: imports.ImportPlan | None = None
        self.imported: tuple[int, int] | None = None
        self.busy = False
        self.progress: QProgressDialog | None = None
        self.file = ui.file
        self.file_message = ui.file_message
        self.mapping = ui.mapping
        self.mapping_message = ui.mapping_message
        self.summary = ui.summary
        self.check_message = ui.check_message
        self.table = ui.rows
        ui.browse_button.clicked.connect(self._browse)
        ui.save_result_button.clicked.connect(self._save_result)
        self.model = ImportRows(wizard)
        self.proxy = _ProblemsOnly(wizard)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Every problem of a row stays readable, however many there are.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 120)
        ui.problems_only.toggled.connect(self.proxy.set_only)
        wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("가져오기"))
        wizard.currentIdChanged.connect(self._entered)
        # QWizard asks each page before moving on; the pages ask us.
        for page in (ui.file_page, ui.mapping_page, ui.check_page):
            page.leave = partial(self._leave, page)

    def exec(self) -> int:
        return int(self.wizard.exec())

    # --- page 1: the file ---------------------------------------------------------------

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.wizard, self.tr("기업 목록"), "", "Excel (*.xlsx);;* (*)"
        )
        if name:
            self.file.setText(name)

    def _leave(self, page: QWizardPage) -> bool:
        """Page changes wait for the reading or checking job to finish."""
        if self.busy:
            return False
        name = page.objectName()
        if name == "file_page":
            return self._read()
        if name == "mapping_page":
            return self._check()
        return self._accept()

    def _read(self) -> bool:
        if self.sheet is not None and str(self.sheet.path) == self.file.text().strip():
            return True
        path = Path(self.file.text().strip())
        if not self.file.text().strip():
            self.file_message.setText(self.tr("파일을 고르세요."))
            return False
        self.file_message.setText(self.tr("파일을 읽는 중…"))

        def read(_control: TaskControl) -> imports.Sheet:
            return imports.read_sheet(path)

        def done(sheet: object) -> None:
            assert isinstance(sheet, imports.Sheet)
            self.sheet = sheet
            self.file_message.clear()
            self._fill_mapping()
            self.wizard.next()

        self._run(read, done, self.file_message)
        return False

    # --- page 2: the mapping ------------------------------------------------------------

    def _fill_mapping(self) -> None:
        assert self.sheet is not None
        chosen = imports.remembered_mapping(self.db, self.sheet.headers)
        samples = self.sheet.rows[:3]
        self.mapping.clear()
        self.mapping.setColumnCount(3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("항목"), self.tr("파일의 열"), self.tr("첫 행의 값")]
        )
        self.mapping.setRowCount(len(FIELDS))
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(FIELDS):
            label = field_label("company_name" if field.key == "name" else field.key)
            self.mapping.setItem(row, 0, QTableWidgetItem(label + (" *" if field.required else "")))
            combo = QComboBox()
            combo.addItem(self.tr("(가져오지 않음)"), -1)
            for index, header in enumerate(self.sheet.headers):
                combo.addItem(header or f"({index + 1})", index)
            combo.setCurrentIndex(max(combo.findData(chosen.get(field.key, -1)), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._sample(r))
            self.mapping.setCellWidget(row, 1, combo)
            self.combos[field.key] = combo
            self._sample(row, samples)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.setColumnWidth(0, 160)
        self.mapping.setColumnWidth(1, 220)

    def _sample(self, row: int, samples: list[tuple[int, list[Any]]] | None = None) -> None:
        assert self.sheet is not None
        samples = samples if samples is not None else self.sheet.rows[:3]
        combo = self.combos.get(FIELDS[row].key)
        column = combo.currentData() if combo else -1
        text = ""
        if column is not None and column >= 0:
            text = " · ".join(
                str(cells[column]) for _n, cells in samples if cells[column] is not None
            )
        self.mapping.setItem(row, 2, QTableWidgetItem(text))

    def chosen_mapping(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() >= 0
        }

    def _check(self) -> bool:
        if self.plan is not None and self.plan.mapping == self.chosen_mapping():
            return True
        assert self.sheet is not None
        sheet, mapping = self.sheet, self.chosen_mapping()
        if missing_required(mapping):
            try:
                imports.check_rows(self.db, sheet, mapping)  # says which, in the user's words
            except CoachError as error:
                self.mapping_message.setText(str(error))
            return False
        self.mapping_message.setText(self.tr("모든 행을 확인하는 중…"))

        def check(control: TaskControl) -> imports.ImportPlan:
            return imports.check_rows(
                self.db,
                sheet,
                mapping,
                lambda d, t: control.progress("", d, t),
                cancelled=lambda: control.cancelled,
            )

        rows = len(sheet.rows)
        dialog = progress_dialog(
            self.wizard, self.tr("기업 목록 가져오기"), self.tr("모든 행을 확인하는 중…"), rows
        )
        self.progress = dialog

        def step(_text: str, done: int, total: int) -> None:
            if not dialog.wasCanceled():
                dialog.setValue(done)
                dialog.setLabelText(
                    self.tr("행 확인 %1 / %2")
                    .replace("%1", f"{done:,}")
                    .replace("%2", f"{total:,}")
                )

        def done(plan: object) -> None:
            assert isinstance(plan, imports.ImportPlan)
            self.plan = plan
            self.mapping_message.clear()
            self._show_plan()
            self.wizard.next()

        task = self._run(check, done, self.mapping_message, step, dialog)
        cancel_with(dialog, task)
        return False

    # --- page 3: the check and the acceptance -------------------------------------------

    def _show_plan(self) -> None:
        assert self.plan is not None and self.sheet is not None
        self.model.set_rows(self.plan.rows)
        inserted = self.plan.count(imports.Action.INSERT)
        updated = self.plan.count(imports.Action.UPDATE)
        self.summary.setText(
            self.tr("새로 등록 %1곳 · 기존 기업 갱신 %2곳 · 고칠 행 %3개 · 빈 행 %4개 건너뜀")
            .replace("%1", f"{inserted:,}")
            .replace("%2", f"{updated:,}")
            .replace("%3", f"{self.plan.invalid:,}")
            .replace("%4", f"{self.sheet.empty_rows:,}")
        )

    def _save_result(self) -> None:
        if self.plan is None:
            return
        suggested = str(self.plan.sheet.path.with_name(self.plan.sheet.path.stem + "_결과.xlsx"))
        name, _filter = QFileDialog.getSaveFileName(
            self.wizard, self.tr("결과 저장"), suggested, "Excel (*.xlsx)"
        )
        if name:
            self.save_result(Path(name))

    def save_result(self, target: Path) -> None:
        assert self.plan is not None
        try:
            imports.write_result(self.plan, target)
        except OSError as error:
            self.check_message.setText(str(error))
            return
        self.check_message.setText(self.tr("저장했습니다: %1").replace("%1", str(target)))

    def _accept(self) -> bool:
        if self.imported is not None:
            return True
        assert self.plan is not None
        plan = self.plan
        if not (plan.count(imports.Action.INSERT) or plan.count(imports.Action.UPDATE)):
            self.check_message.setText(self.tr("가져올 올바른 행이 없습니다."))
            return False
        self.check_message.setText(self.tr("가져오는 중…"))

        def write(_control: TaskControl) -> tuple[int, int]:
            return imports.apply(self.db, plan)

        def done(counts: object) -> None:
            assert isinstance(counts, tuple)
            self.imported = counts
            self.wizard.accept()

        self._run(write, done, self.check_message)
        return False

    # --- jobs ---------------------------------------------------------------------------

    def _run(
        self,
        work: Any,
        done: Callable[[object], None],
        message: QLabel,
        on_progress: Callable[[str, int, int], None] | None = None,
        dialog: QProgressDialog | None = None,
    ) -> Task:
        self.busy = True
        # A progress dialog blocks the wizard itself (disabling the wizard would disable
        # the dialog's 취소 with it).
        self.wizard.setEnabled(dialog is not None)

        def finished() -> None:
            self.busy = False
            self.wizard.setEnabled(True)
            if dialog is not None:
                dialog.reset()

        def succeeded(result: object) -> None:
            finished()  # before ``done`` moves the wizard on, which asks the page again
            done(result)

        def failed(error: BaseException) -> None:
            text = failure_text(error, self.tr("가져오기를 마치지 못했습니다."))
            message.setText(text or self.tr("확인을 취소했습니다. 아무것도 가져오지 않았습니다."))

        return self.runner.run(
            work,
            on_success=succeeded,
            on_error=failed,
            on_finished=finished,
            on_progress=on_progress,
        )

    def _entered(self, _page_id: int) -> None:
        self.check_message.clear()

"""The 동기화 page: where the server is, a sync button, the last result, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import Cancelled, CoachError
from coach_app.services import syncing
from coach_app.services.refusals import refused_in_run
from coach_app.sync.errors import NotAuthorised
from coach_app.ui.conflicts import ConflictDialog, ConflictModel
from coach_app.ui.generated.ui_sync_page import Ui_SyncPageForm
from coach_app.ui.operations import failure_text
from coach_app.ui.sync_controller import SyncController
from coach_app.ui.sync_history import SyncHistoryModel


class SyncPage(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        url, login = syncing.server_settings(controller.db)

        form = QWidget(self)
        ui = Ui_SyncPageForm()
        ui.setupUi(form)
        if not syncing.passwords_kept():  # the form's hint says the keyring keeps it
            ui.hint.setText(
                self.tr(
                    "이 컴퓨터에는 비밀번호를 보관할 키링이 없어 동기화할 때마다 비밀번호를 "
                    "묻습니다. 설정 파일에는 저장되지 않습니다."
                )
            )
        QVBoxLayout(self).addWidget(form)
        self.server = ui.server
        self.server.setText(url or "")
        self.login = ui.login
        self.login.setText(login or "")
        self.sync_button = ui.sync_button
        self.sync_button.clicked.connect(self.sync_now)
        self.busy = ui.busy  # moving, without a known end
        self.busy.hide()
        self.cancel_button = ui.cancel_button
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        self.stage = ui.stage
        self.result = ui.result

        self.conflicts = ConflictModel(self)
        self.conflict_view = ui.conflict_view
        self.conflict_view.setModel(self.conflicts)
        self.conflict_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_view.verticalHeader().setVisible(False)
        self.conflict_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflict_view.doubleClicked.connect(lambda _index: self.resolve_selected())
        self.resolve_button = ui.resolve_button
        self.resolve_button.clicked.connect(self.resolve_selected)

        self.history = SyncHistoryModel(self)
        self.history_view = ui.history_view
        self.history_view.setModel(self.history)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.verticalHeader().setVisible(False)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.selectionModel().currentRowChanged.connect(self._show_run)
        self.history_detail = ui.history_detail

        self.sync_action = QAction(self.tr("지금 동기화(&S)"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.sync_now)

        controller.started.connect(self._started)
        controller.progressed.connect(self.stage.setText)
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)
        self.refresh_conflicts()
        self.refresh_history()

    def sync_now(self, password: str | None = None) -> None:
        url, login = self.server.text().strip(), self.login.text().strip()
        if not url or not login:
            self.result.setText(self.tr("서버 주소와 로그인 ID를 입력하세요."))
            (self.server if not url else self.login).setFocus()
            return
        self.controller.sync_now(url, login, password or None)

    def refresh_conflicts(self) -> None:
        self.conflicts.set_conflicts(syncing.conflicts(self.controller.db))
        self.resolve_button.setEnabled(bool(self.conflicts.conflicts))

    def refresh_history(self) -> None:
        """The syncs kept, newest first; the newest is selected with its details."""
        self.history.set_runs(syncing.history(self.controller.db))
        if self.history.runs:
            self.history_view.selectRow(0)
        else:
            self.history_detail.clear()

    def _show_run(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            run = self.history.runs[current.row()]
            named = [r.line() for r in refused_in_run(self.controller.db, run.refused)]
            self.history_detail.setPlainText(self.history.details(current.row(), named))

    def resolve_selected(self) -> None:
        rows = self.conflict_view.selectionModel().selectedRows()
        if not rows and self.conflicts.conflicts:
            rows = [self.conflicts.index(0, 0)]
        if not rows:
            return
        conflict = self.conflicts.conflicts[rows[0].row()]
        dialog = ConflictDialog(conflict, self)
        if dialog.exec() and dialog.choice:
            try:
                if dialog.choice == "retry":
                    syncing.retry_refused(self.controller.db, conflict.id)
                    self.result.setText(
                        self.tr("입력한 내용을 다시 넣었습니다. 필요하면 고친 뒤 동기화하세요.")
                    )
                else:
                    syncing.resolve(self.controller.db, conflict.id, dialog.choice, dialog.value)
            except CoachError as error:
                self.result.setText(str(error))
            self.refresh_conflicts()
            self.controller.status_changed.emit()

    def _cancel(self) -> None:
        self.controller.cancel()
        self.cancel_button.setEnabled(False)
        self.stage.setText(self.tr("멈추는 중… (지금 단계를 마치고 멈춥니다)"))

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.busy.show()
        self.stage.setText(self.tr("연결하는 중…"))

    def _finished(self) -> None:
        self.sync_button.setEnabled(True)
        self.busy.hide()
        self.cancel_button.hide()
        self.stage.clear()

    def _succeeded(self, report: Any) -> None:  # a SyncReport
        self._finished()
        lines = [
            self.tr("보냄 %1건, 받음 %2건 (%3초)")
            .replace("%1", f"{report.pushed:,}")
            .replace("%2", f"{report.pulled:,}")
            .replace("%3", f"{report.seconds:.1f}"),
            self.tr("사진·파일: 보냄 %1개, 받음 %2개")
            .replace("%1", str(report.uploaded))
            .replace("%2", str(report.downloaded)),
        ]
        if report.companies_added or report.companies_removed:
            lines.append(
                self.tr("담당 기업: %1곳 추가, %2곳 제외")
                .replace("%1", str(report.companies_added))
                .replace("%2", str(report.companies_removed))
            )
        if report.rejected:
            lines.append(
                self.tr("서버가 거부한 변경 %1건이 아래 목록에 있습니다.").replace(
                    "%1", str(report.rejected)
                )
            )
        if report.open_conflicts:
            lines.append(self.tr("해결할 충돌 %1건").replace("%1", str(report.open_conflicts)))
        lines.extend(report.messages)
        self.result.setText("\n".join(lines))
        self.refresh_conflicts()
        self.refresh_history()

    def _failed(self, error: object) -> None:
        self._finished()
        self.refresh_history()
        if isinstance(error, Cancelled):
            self.result.setText(
                self.tr("동기화를 취소했습니다. 이미 보내거나 받은 내용은 그대로 있습니다.")
            )
            return
        if isinstance(error, NotAuthorised):
            password, ok = QInputDialog.getText(
                self,
                self.tr("서버 비밀번호"),
                self.tr("%1의 서버 비밀번호:").replace("%1", self.login.text()),
                QLineEdit.EchoMode.Password,
            )
            if ok and password:
                self.sync_now(password)
                return
        assert isinstance(error, BaseException)
        self.result.setText(
            failure_text(error, self.tr("동기화하지 못했습니다. 작업 내용은 안전합니다.")) or ""
        )

"""The status bar's sync part: online or offline, changes waiting, the last sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from coach_app.services import syncing
from coach_app.ui.sync_controller import SyncController


class SyncStatus(QLabel):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.status_changed.connect(self.refresh)
        controller.started.connect(lambda: self.setText(self.tr("동기화 중…")))
        self.refresh()

    def refresh(self) -> None:
        pending, conflicts, last = syncing.status(self.controller.db)
        if not self.controller.configured():
            where = self.tr("서버 미설정")
        elif self.controller.online is None:
            where = self.tr("연결 확인 중")
        elif self.controller.online:
            where = self.tr("● 온라인")
        else:
            where = self.tr("○ 오프라인")
        parts = [where, self.tr("보낼 변경 %1건").replace("%1", f"{pending:,}")]
        if conflicts:
            parts.append(self.tr("충돌 %1건").replace("%1", str(conflicts)))
        if last is not None:
            local = last.astimezone()
            shown = (
                local.strftime("%H:%M")
                if local.date() == dt.date.today()
                else (local.strftime("%Y-%m-%d %H:%M"))
            )
            parts.append(self.tr("마지막 동기화 %1").replace("%1", shown))
        else:
            parts.append(self.tr("동기화 기록 없음"))
        self.setText(" · ".join(parts))

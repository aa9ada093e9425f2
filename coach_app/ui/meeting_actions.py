"""Opening the meeting, measure and organisation screens from the main window, each only
for whom the permission table lets do it, and telling the pages what a save changed."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from coach_app.domain.errors import CoachError
from coach_app.domain.permissions import Action
from coach_app.services.meetings import delete_measure, stored_measure
from coach_app.services.permissions import may
from coach_app.store.database import Database
from coach_app.ui.data_events import Change, DataEvents
from coach_app.ui.measure_form import MeasureEditor
from coach_app.ui.meeting_form import MeetingEditor
from coach_app.ui.organisations import OrganisationsDialog


class MeetingActions(QObject):
    meeting_saved = Signal(object)  # meeting id

    def __init__(self, db: Database, window: QMainWindow, events: DataEvents) -> None:
        super().__init__(window)
        self.db = db
        self.window = window
        self.events = events

    def _refused(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)

    def new_meeting(self, restored: dict[str, Any] | None = None) -> MeetingEditor | None:
        if not may(self.db, Action.RECORD_MEETING):
            self._refused(self.tr("간담회 기록은 관리자(감독)가 합니다."))
            return None
        editor = MeetingEditor(self.db, self.window, restored)
        editor.finished.connect(lambda _result: self._meeting_closed(editor))
        editor.open()
        return editor

    def edit(self, kind: str, key: uuid.UUID) -> None:
        """Correct a meeting or a measure, or delete a measure (the meeting page's links)."""
        if kind == "meeting":
            self.edit_meeting(key)
        elif kind == "measure":
            self.edit_measure(key)
        elif kind == "delete-measure":
            self.delete_measure(key)

    def edit_meeting(
        self, meeting_id: uuid.UUID, restored: dict[str, Any] | None = None
    ) -> MeetingEditor | None:
        if not may(self.db, Action.EDIT_MEETING):
            self._refused(self.tr("간담회 수정은 관리자(감독)가 합니다."))
            return None
        try:
            editor = MeetingEditor(self.db, self.window, restored, meeting_id=meeting_id)
        except CoachError as error:  # deleted meanwhile (a sync)
            self._refused(str(error))
            return None
        editor.finished.connect(lambda _result: self._meeting_closed(editor))
        editor.open()
        return editor

    def _may_edit_measure(self, measure_id: uuid.UUID) -> bool:
        company_id = stored_measure(self.db, measure_id).company_id
        if company_id is None:
            return may(self.db, Action.EDIT_MEETING)
        return may(self.db, Action.EDIT_MEASURE, company_id=company_id)

    def edit_measure(
        self, measure_id: uuid.UUID, restored: dict[str, Any] | None = None
    ) -> MeasureEditor | None:
        try:
            allowed = self._may_edit_measure(measure_id)
        except CoachError as error:
            self._refused(str(error))
            return None
        if not allowed:
            self._refused(self.tr("이 지원 조치를 고칠 권한이 없습니다."))
            return None
        editor = MeasureEditor(
            self.db, parent=self.window, restored=restored, measure_id=measure_id
        )
        editor.finished.connect(lambda _result: self._measure_closed(editor, editor.company_id))
        editor.open()
        return editor

    def delete_measure(self, measure_id: uuid.UUID) -> bool:
        try:
            stored = stored_measure(self.db, measure_id)
            allowed = self._may_edit_measure(measure_id)
        except CoachError as error:
            self._refused(str(error))
            return False
        if not allowed:
            self._refused(self.tr("이 지원 조치를 고칠 권한이 없습니다."))
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("지원 조치 삭제"),
            self.tr("지원 조치 '%1'을(를) 삭제할까요?").replace("%1", stored.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_measure(self.db, measure_id)
        except CoachError as error:
            QMessageBox.warning(self.window, self.tr("지원 조치 삭제"), str(error))
            return False
        self.events.announce(Change(stored.company_id))
        return True

    def _meeting_closed(self, editor: MeetingEditor) -> None:
        if editor.saved_id is not None:
            self.events.announce(Change())  # every company that took part
            self.meeting_saved.emit(editor.saved_id)

    def open_measure(
        self,
        company_id: uuid.UUID | None = None,
        meeting_id: uuid.UUID | None = None,
        restored: dict[str, Any] | None = None,
    ) -> MeasureEditor | None:
        # A company's measure is its coach's (or a supervisor's); a meeting's is the agency's.
        if company_id is not None:
            allowed = may(self.db, Action.RECORD_MEASURE, company_id=company_id)
        else:
            allowed = may(self.db, Action.RECORD_MEETING)
        if not allowed:
            self._refused(self.tr("지원 조치를 기록할 권한이 없습니다."))
            return None
        editor = MeasureEditor(self.db, company_id, meeting_id, self.window, restored)
        editor.finished.connect(lambda _result: self._measure_closed(editor, company_id))
        editor.open()
        return editor

    def _measure_closed(self, editor: MeasureEditor, company_id: uuid.UUID | None) -> None:
        self._announce(editor.saved_id is not None, Change(company_id))

    def _announce(self, saved: bool, change: Change) -> None:
        if saved:
            self.events.announce(change)

    def organisations(self) -> OrganisationsDialog:
        dialog = OrganisationsDialog(self.db, self.window)
        dialog.finished.connect(lambda _result: self._announce(dialog.changed, Change()))
        dialog.open()
        return dialog

    def reopen(self, key: str, payload: dict[str, Any]) -> bool:
        """Reopen a meeting's or a measure's draft; False for other screens' drafts."""
        if key.startswith("meeting-"):
            if payload.get("meeting_id"):
                self.edit_meeting(uuid.UUID(payload["meeting_id"]), restored=payload)
            else:
                self.new_meeting(restored=payload)
            return True
        if key.startswith("measure-") and payload.get("measure_id"):
            self.edit_measure(uuid.UUID(payload["measure_id"]), restored=payload)
            return True
        if key.startswith("measure-"):
            company, meeting = payload.get("company_id"), payload.get("meeting_id")
            self.open_measure(
                uuid.UUID(company) if company else None,
                uuid.UUID(meeting) if meeting else None,
                restored=payload,
            )
            return True
        return False

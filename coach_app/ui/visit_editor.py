"""Recording a visit: what happened, the difficulties raised and followed up, photos.

Everything typed is kept in a draft at most a second behind the screen, also while the
coach types on, and whenever the focus moves (see ``draft_keeper``), so a crash or a kill
loses nothing; the next start offers the draft back. Closing with unsaved work asks first.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.difficulty import DifficultyDraft, DifficultyStatus, draft_of
from coach_app.domain.errors import CoachError, FieldProblem, RuleViolation, ValidationError
from coach_app.domain.messages import field_label
from coach_app.domain.permissions import Action
from coach_app.domain.visit import PLANNING_HORIZON, VisitDraft, is_planned, visit_programme
from coach_app.services import syncing
from coach_app.services.attachments import attachments_of, content
from coach_app.services.companies import get_company
from coach_app.services.permissions import may, may_edit_difficulty, may_edit_visit
from coach_app.services.signatures import SignatureView, describe, signature_of
from coach_app.services.visits import (
    FollowUpDraft,
    PhotoDraft,
    difficulties_of,
    get_visit,
    programmes_for_visit,
    review_visit,
    save_visit,
    visits_of,
)
from coach_app.store.database import Database
from coach_app.ui.difficulty_model import (
    ChoiceDelegate,
    DueDateDelegate,
    FollowUps,
    RaisedDifficulties,
)
from coach_app.ui.draft_keeper import CellEditors, DraftKeeper
from coach_app.ui.generated.ui_visit_editor import Ui_VisitEditorForm
from coach_app.ui.keyboard import one_tab_leaves
from coach_app.ui.photos import prepare, thumbnail
from coach_app.ui.sign_visit import SignVisitDialog
from coach_app.ui.sync_marks import SyncMarkLabel
from coach_app.ui.unsaved import GuardedDialog

# A photo list item holds the path of a photo added here, or "stored:<id>" for one saved.
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitEditor(GuardedDialog):
    def __init__(
        self,
        db: Database,
        company_id: uuid.UUID,
        visit_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        restored: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.company_id = company_id
        self.visit_id = visit_id
        self.saved = False
        self.dirty = False
        self.photos: list[Path] = []  # added here, stored on save
        self.draft_key = f"visit-{visit_id}" if visit_id else f"visit-new-{company_id}"
        company = get_company(db, company_id)
        self.company_name = company.name
        self.company_ceo = company.ceo
        self.setWindowTitle(self.tr("방문 기록 — %1").replace("%1", company.name))
        self.resize(1100, 700)

        form = QWidget(self)
        ui = Ui_VisitEditorForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.visit_date = ui.visit_date
        self.visit_date.setDate(QDate.currentDate())
        self.planned_note = self._beside_date(form, ui.visit_form)
        self.visit_date.dateChanged.connect(self._show_planned)
        self.stored_programme: uuid.UUID | None = None  # of a visit opened for editing
        self.programme = ui.programme
        self.programme.setPlaceholderText(self.tr("방문이 속한 사업을 고르세요"))
        self.visit_date.dateChanged.connect(self._fill_programmes)
        self.place = ui.place
        self.attendees = ui.attendees
        self.purpose = ui.purpose
        self.notes = ui.notes
        self.notes.setTabChangesFocus(True)  # Tab moves on; notes rarely need a tab stop
        one_tab_leaves(self.visit_date)
        self.message = ui.message
        self.message.hide()
        self.save_button = ui.save_button
        self.save_button.clicked.connect(self.save)
        self.review_button = self._review_button(form, ui.bottom)
        self.sync_mark = SyncMarkLabel(form)  # where this visit stands with the server
        ui.bottom.insertWidget(0, self.sync_mark)
        self.sign_button = self._sign_button(form, ui.bottom)
        self.signature_note = QLabel(form)
        self.signature_note.setWordWrap(True)
        self.signature_note.hide()
        ui.outer.insertWidget(ui.outer.indexOf(ui.visit_box) + 1, self.signature_note)
        ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        self.raised = RaisedDifficulties(self)
        self.raised_view = self._table(ui.raised_view, self.raised)
        self.raised_cells = CellEditors(self.raised_view)
        self.raised_view.setItemDelegate(self.raised_cells)
        for column, choice in ((0, "category"), (2, "severity"), (5, "status")):
            self.raised_view.setItemDelegateForColumn(
                column, ChoiceDelegate(RaisedDifficulties.CHOICES[choice], self.raised_view)
            )
        self.raised_view.setItemDelegateForColumn(
            RaisedDifficulties.DUE, DueDateDelegate(self.raised_view)
        )
        self._widths(self.raised_view, (140, 0, 70, 150, 150, 80, 170, 95), stretch=1)
        self.visit_date.dateChanged.connect(lambda day: self.raised.set_raised_on(day.toPython()))
        ui.add_difficulty.clicked.connect(self._add_difficulty)
        ui.remove_difficulty.clicked.connect(self._remove_difficulty)

        self.follow_ups = FollowUps(self)
        self.follow_view = self._table(ui.follow_view, self.follow_ups)
        self.follow_cells = CellEditors(self.follow_view)
        self.follow_view.setItemDelegate(self.follow_cells)
        self.follow_view.setItemDelegateForColumn(
            2, ChoiceDelegate(DifficultyStatus, self.follow_view)
        )
        self.follow_view.setItemDelegateForColumn(FollowUps.DUE, DueDateDelegate(self.follow_view))
        self._widths(self.follow_view, (150, 0, 110, 300, 95), stretch=1)
        self._load_follow_ups(visit_id)
        tabs = ui.tabs
        tabs.setTabText(
            1,
            self.tr("이전 애로사항 후속 조치 (%1)").replace("%1", str(self.follow_ups.rowCount())),
        )

        self.photo_list = ui.photo_list
        self.photo_list.viewport().setAcceptDrops(True)
        self.photo_list.viewport().installEventFilter(self)
        ui.add_photo.clicked.connect(self._choose_photos)
        ui.remove_photo.clicked.connect(self.remove_selected_photos)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.photo_list,
            context=Qt.ShortcutContext.WidgetShortcut,
        ).activated.connect(self.remove_selected_photos)
        self.removed_photos: list[uuid.UUID] = []  # stored ones taken off, removed on save

        if visit_id is not None:
            self._show_visit(visit_id)
        self._fill_programmes()
        if restored is not None:
            self.restore(restored)
        self._watch_changes()

    # --- the draft ---------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        """Everything on the screen, including a cell still being typed into."""
        rows: list[dict[str, Any]] = [
            {**d.__dict__, "due_on": d.due_on.isoformat() if d.due_on else None}
            for d in self.raised.rows
        ]
        for row, column, text in self.raised_cells.typed():
            if 0 <= row < len(rows):
                rows[row][RaisedDifficulties.COLUMNS[column]] = text
        resolutions = list(self.follow_ups.resolution)
        for row, column, text in self.follow_cells.typed():
            if column == 3 and 0 <= row < len(resolutions):
                resolutions[row] = text
        follow_ups = {
            str(d.id): [s, r, due.isoformat() if due else None]
            for d, s, r, due in zip(
                self.follow_ups.difficulties,
                self.follow_ups.status,
                resolutions,
                self.follow_ups.due_on,
                strict=True,
            )
            if s != d.status or r != d.resolution or due is not None
        }
        return {
            "company_id": str(self.company_id),
            "visit_id": str(self.visit_id) if self.visit_id else None,
            "visit_date": self.visit_date.date().toString("yyyy-MM-dd"),
            "programme_id": self.programme.currentData() or None,
            "place": self.place.text(),
            "attendees": self.attendees.text(),
            "purpose": self.purpose.text(),
            "notes": self.notes.toPlainText(),
            "difficulties": rows,
            "follow_ups": follow_ups,
            "photos": [str(p) for p in self.photos],
            "removed_photos": [str(i) for i in self.removed_photos],
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.visit_date.setDate(QDate.fromString(payload["visit_date"], "yyyy-MM-dd"))
        self._fill_programmes()
        self._choose_programme(payload.get("programme_id"))
        self.place.setText(payload["place"])
        self.attendees.setText(payload["attendees"])
        self.purpose.setText(payload["purpose"])
        self.notes.setPlainText(payload["notes"])
        for values in payload["difficulties"]:
            due_on = values.get("due_on")
            draft = DifficultyDraft(
                **{**values, "due_on": dt.date.fromisoformat(due_on) if due_on else None}
            )
            if _typed(draft):  # an empty row would only be in the way
                self.raised.add(draft)
        for row, difficulty in enumerate(self.follow_ups.difficulties):
            kept = payload["follow_ups"].get(str(difficulty.id))
            if kept is None:
                continue
            # A draft written before due dates were followed up holds two values.
            status, resolution, due_on = (*kept, None)[:3]
            self.follow_ups.status[row], self.follow_ups.resolution[row] = status, resolution
            self.follow_ups.due_on[row] = dt.date.fromisoformat(due_on) if due_on else None
        for name in payload["photos"]:
            if Path(name).exists():
                self._add_photo(Path(name))
        removed = set(payload.get("removed_photos", []))
        for row in reversed(range(self.photo_list.count())):
            value = str(self.photo_list.item(row).data(PHOTO_ROLE) or "")
            if value.removeprefix("stored:") in removed:
                self.removed_photos.append(uuid.UUID(value.removeprefix("stored:")))
                self.photo_list.takeItem(row)
        self.dirty = True

    def _watch_changes(self) -> None:
        self.keeper = DraftKeeper(
            self, self.db.path, self.draft_key, self.payload, "visit", lambda: self.company_name
        )
        for signal in (
            self.place.textChanged,
            self.attendees.textChanged,
            self.purpose.textChanged,
            self.notes.textChanged,
            self.visit_date.dateChanged,
            self.programme.currentIndexChanged,
            self.raised.dataChanged,
            self.raised.rowsInserted,
            self.raised.rowsRemoved,
            self.follow_ups.dataChanged,
            self.raised_cells.typing,
            self.follow_cells.typing,
        ):
            signal.connect(self._changed)
        if self.dirty:  # restored: the draft stays on disk as it is until the next change
            self.keeper.unwritten = False

    def _changed(self, *_args: object) -> None:
        self.dirty = True
        if self.keeper is not None:
            self.keeper.changed()

    # --- saving ------------------------------------------------------------------------

    def draft(self) -> VisitDraft:
        date = self.visit_date.date()
        return VisitDraft(
            visit_date=dt.date(date.year(), date.month(), date.day()),
            place=self.place.text(),
            attendees=self.attendees.text(),
            purpose=self.purpose.text(),
            notes=self.notes.toPlainText(),
            # A row added but never typed into (or restored empty) is not a difficulty.
            difficulties=[d for d in self.raised.rows if _typed(d)],
        )

    def save(self) -> bool:
        """Store everything on the screen and close."""
        if not self.store():
            return False
        self.accept()
        return True

    def store(self) -> bool:
        """Store everything on the screen in one service call: all of it or nothing, so a
        failed save can be fixed and saved again without doubling anything."""
        self.raised_cells.commit_all()
        self.follow_cells.commit_all()
        photos, unreadable = self._read_photos()
        if unreadable:
            self._say("\n".join(unreadable))
            return False
        follow_ups = [
            FollowUpDraft(earlier.id, status, resolution, due_on)
            for earlier, status, resolution, due_on in self.follow_ups.changed()
        ]
        try:
            self.visit_id = save_visit(
                self.db,
                self.company_id,
                self.draft(),
                self.visit_id,
                follow_ups,
                photos,
                programme_id=self.chosen_programme(),
                removed_photos=self.removed_photos,
            )
        except CoachError as error:
            self._refused(error)
            return False
        self.saved, self.dirty = True, False
        self.stored_programme = self.chosen_programme()
        self.forget_draft()
        return True

    def chosen_programme(self) -> uuid.UUID | None:
        data = self.programme.currentData()
        return uuid.UUID(data) if data else None

    # --- the programme -----------------------------------------------------------------

    def _fill_programmes(self, *_args: object) -> None:
        """The programmes open for the company on the visit date. Which one is preselected
        is the service's rule (one open: that one); several open leave the choice to the
        coach, and "(사업 없음)" is offered only when none is open."""
        date = self.visit_date.date()
        day = dt.date(date.year(), date.month(), date.day())
        kept = self.programme.currentData() or (
            str(self.stored_programme) if self.stored_programme else None
        )
        options = programmes_for_visit(self.db, self.company_id, day, self.stored_programme)
        self.programme.blockSignals(True)
        self.programme.clear()
        for option in options:
            self.programme.addItem(f"{option.name} ({option.year})", str(option.id))
        if not options:
            self.programme.addItem(self.tr("(사업 없음)"), "")
        default, _several = visit_programme(options, None)
        index = self.programme.findData(kept) if kept else -1
        if index < 0 and default is not None:
            index = self.programme.findData(str(default))
        if not options:
            index = 0
        self.programme.setCurrentIndex(index)
        self.programme.blockSignals(False)

    def _choose_programme(self, programme_id: str | None) -> None:
        index = self.programme.findData(programme_id) if programme_id else -1
        if index >= 0:
            self.programme.setCurrentIndex(index)

    def _read_photos(self) -> tuple[list[PhotoDraft], list[str]]:
        photos: list[PhotoDraft] = []
        unreadable: list[str] = []
        for path in self.photos:
            try:
                name, data = prepare(path)
            except OSError:
                unreadable.append(
                    self.tr("사진을 읽을 수 없습니다: %1 (목록에서 빼고 다시 저장하세요)").replace(
                        "%1", path.name
                    )
                )
                continue
            photos.append(PhotoDraft(name, data))
        return photos, unreadable

    def _refused(self, error: CoachError) -> None:
        """Say why the service refused, field by field where it named fields."""
        if isinstance(error, ValidationError):
            self._say("\n".join(self._explain(p) for p in error.problems))
        elif isinstance(error, RuleViolation):
            self._say(self._explain(error.problem))
        else:
            self._say(str(error))

    def _explain(self, problem: FieldProblem) -> str:
        """Name the row the coach sees (its description), not an index into a list."""
        match = re.match(r"^(difficulties|follow_ups|photos)\[(\d+)\]\.(\w+)$", problem.field)
        if match is None:
            return str(problem)
        kind, index, inner = match.group(1), int(match.group(2)), match.group(3)
        if kind == "follow_ups":
            changed = self.follow_ups.changed()
            what = changed[index][0].description if index < len(changed) else ""
            where = self.tr("후속 조치")
        elif kind == "difficulties":
            rows = self.draft().difficulties
            what = rows[index].description if index < len(rows) else ""
            where = self.tr("새 애로사항 %1").replace("%1", str(index + 1))
        else:
            what = self.photos[index].name if index < len(self.photos) else ""
            where = self.tr("사진")
        label = f"{where} '{_short(what)}'" if what.strip() else where
        return f"{label} · {field_label(inner)}: {problem.message}"

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- photos ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        if event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            for url in event.mimeData().urls():
                if url.isLocalFile():
                    self._add_photo(Path(url.toLocalFile()))
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def _choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("사진·파일 추가"),
            "",
            self.tr("사진 (*.jpg *.jpeg *.png *.heic *.bmp);;모든 파일 (*)"),
        )
        for name in names:
            self._add_photo(Path(name))

    def _add_photo(self, path: Path) -> None:
        if not path.is_file():
            return
        self.photos.append(path)
        data = path.read_bytes() if path.stat().st_size < 30_000_000 else b""
        icon = thumbnail(data)
        item = QListWidgetItem(QIcon(icon) if not icon.isNull() else QIcon(), path.name)
        item.setData(PHOTO_ROLE, str(path))
        self.photo_list.addItem(item)
        self._changed()

    def remove_selected_photos(self) -> None:
        """Take the selected photos off the visit (stored ones go when the visit is saved)."""
        for item in self.photo_list.selectedItems():
            value = str(item.data(PHOTO_ROLE) or "")
            if value.startswith("stored:"):
                self.removed_photos.append(uuid.UUID(value.removeprefix("stored:")))
            else:
                self.photos = [p for p in self.photos if str(p) != value]
            self.photo_list.takeItem(self.photo_list.row(item))
        self._changed()

    # --- planned visits -----------------------------------------------------------------

    def _beside_date(self, form: QWidget, layout: QFormLayout) -> QLabel:
        """A line beside the date that says when the visit is a planned one."""
        row = QWidget(form)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        layout.replaceWidget(self.visit_date, row)
        line.addWidget(self.visit_date)
        note = QLabel(row)
        note.setObjectName("planned_note")
        note.setStyleSheet("color: #1565c0;")
        line.addWidget(note, 1)
        return note

    def _show_planned(self, *_args: object) -> None:
        date = self.visit_date.date()
        day = dt.date(date.year(), date.month(), date.day())
        text = ""
        if day > dt.date.today() + PLANNING_HORIZON:
            text = self.tr("1년 넘게 앞선 날짜는 받지 않습니다. 날짜를 확인하세요.")
        elif is_planned(day):
            text = self.tr(
                "예정된 방문으로 저장됩니다: 방문 이력에 '예정'으로 표시되고 "
                "최근 방문으로 치지 않습니다."
            )
        self.planned_note.setText(text)

    # --- helpers -----------------------------------------------------------------------

    def _table(self, view: QTableView, model: Any) -> QTableView:
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(True)
        return view

    @staticmethod
    def _widths(view: QTableView, widths: tuple[int, ...], stretch: int) -> None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(widths):
            if column == stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                view.setColumnWidth(column, width)

    def _add_difficulty(self) -> None:
        row = self.raised.add()
        self.raised_view.setCurrentIndex(self.raised.index(row, 1))
        self.raised_view.edit(self.raised.index(row, 1))

    def _remove_difficulty(self) -> None:
        for index in sorted(
            self.raised_view.selectionModel().selectedRows(), key=lambda i: -i.row()
        ):
            self.raised.remove(index.row())

    def _show_visit(self, visit_id: uuid.UUID) -> None:
        visit = get_visit(self.db, visit_id)
        self.stored_programme = visit.programme_id  # before the date, which refills the list
        self.raised.set_stored(
            [
                draft_of(d)
                for d in difficulties_of(self.db, self.company_id)
                if d.visit_id == visit_id
            ]
        )
        self.visit_date.setDate(
            QDate(visit.visit_date.year, visit.visit_date.month, visit.visit_date.day)
        )
        self.place.setText(visit.place)
        self.attendees.setText(visit.attendees)
        self.purpose.setText(visit.purpose)
        self.notes.setPlainText(visit.notes)
        for attachment in attachments_of(self.db, self.company_id, visit_id):
            data = content(self.db, attachment) or b""
            icon = thumbnail(data)
            item = QListWidgetItem(QIcon(icon), attachment.filename)
            item.setData(PHOTO_ROLE, f"stored:{attachment.id}")
            self.photo_list.addItem(item)
        self.review_button.setVisible(
            visit.reviewed_at is None and may(self.db, Action.REVIEW_VISIT, visit_id=visit_id)
        )
        self.review_button.setEnabled(not is_planned(visit.visit_date, dt.date.today()))
        if not self.review_button.isEnabled():
            self.review_button.setToolTip(self.tr("예정된 방문은 열린 뒤에 검토합니다."))
        if not may_edit_visit(self.db, visit_id):
            self._show_locked(reviewed=visit.reviewed_at is not None)
        self.sync_mark.show_mark(*syncing.mark(self.db, "visits", visit_id))
        self.sign_button.setVisible(
            visit.reviewed_at is None and may(self.db, Action.SIGN_VISIT, visit_id=visit_id)
        )
        if is_planned(visit.visit_date, dt.date.today()):
            self.sign_button.setEnabled(False)
            self.sign_button.setToolTip(self.tr("예정된 방문은 열린 뒤에 서명을 받습니다."))
        self._show_signature(signature_of(self.db, visit_id))

    def _show_locked(self, reviewed: bool) -> None:
        for widget in (self.place, self.attendees, self.purpose):
            widget.setReadOnly(True)
        self.programme.setEnabled(False)
        self.notes.setReadOnly(True)
        self.save_button.setEnabled(False)
        if reviewed:
            self._say(self.tr("관리자가 검토를 마친 방문이라 수정할 수 없습니다."))
        else:
            self._say(self.tr("이 방문은 담당 코치만 수정할 수 있습니다."))

    def _review_button(self, form: QWidget, bottom: QHBoxLayout) -> QPushButton:
        """검토 완료, for a supervisor reading a held visit (hidden for everyone else)."""
        button = QPushButton(self.tr("검토 완료"), form)
        button.setToolTip(self.tr("검토를 마친 방문은 누구도 더 고칠 수 없습니다."))
        button.clicked.connect(self.mark_reviewed)
        button.hide()
        bottom.insertWidget(bottom.indexOf(self.save_button), button)
        return button

    def mark_reviewed(self) -> bool:
        """Mark the visit reviewed after the supervisor confirms; it is then locked."""
        if self.visit_id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("검토 완료"),
            self.tr(
                "이 방문을 검토 완료로 표시할까요? 그 뒤에는 담당 코치를 포함해 누구도 방문 "
                "기록과 애로사항, 사진을 고칠 수 없습니다 (다음 동기화 때 서버에도 적용됩니다)."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            review_visit(self.db, self.visit_id)
        except CoachError as error:
            self._refused(error)
            return False
        self.review_button.hide()
        self._show_locked(reviewed=True)
        return True

    # --- the representative's signature ---------------------------------------------------

    def _sign_button(self, form: QWidget, bottom: QHBoxLayout) -> QPushButton:
        """서명 받기: the company's representative signs the visit as saved."""
        button = QPushButton(self.tr("서명 받기…"), form)
        button.setToolTip(
            self.tr("기업 대표가 이 방문 기록을 확인하고 노트북에 서명합니다 (먼저 저장합니다).")
        )
        button.clicked.connect(self.ask_signature)
        bottom.insertWidget(bottom.indexOf(self.save_button), button)
        return button

    def ask_signature(self) -> bool:
        """Save what is on the screen, then let the representative sign it."""
        if is_planned(self.draft().visit_date or dt.date.today(), dt.date.today()):
            self._say(self.tr("예정된 방문은 열린 뒤에 서명을 받습니다."))
            return False
        if self.visit_id is None or self.dirty:
            if not self.store():
                return False
            self._reload_saved()
        assert self.visit_id is not None
        dialog = SignVisitDialog(
            self.db, self.visit_id, self.company_name, self.company_ceo, parent=self
        )
        signed = dialog.exec() == SignVisitDialog.DialogCode.Accepted
        self._show_signature(signature_of(self.db, self.visit_id))
        return signed

    def _reload_saved(self) -> None:
        """After a save that keeps the editor open: the visit as stored, so a later save
        adds nothing twice (the new difficulties, photos and follow-ups are stored now)."""
        assert self.visit_id is not None
        self.draft_key = f"visit-{self.visit_id}"
        if self.keeper is not None:
            self.keeper.discard()  # the draft of the new visit, under its old key
            self.keeper.key = self.draft_key
        self.raised.rows = []
        self.photos.clear()
        self.removed_photos.clear()
        self.photo_list.clear()
        self._load_follow_ups(self.visit_id)
        self._show_visit(self.visit_id)
        self.saved, self.dirty = True, False
        self.forget_draft()

    def _load_follow_ups(self, visit_id: uuid.UUID | None) -> None:
        """Earlier visits' open difficulties (this visit's own are in its first tab), with
        the day each was raised, which the severity rule counts from, and whether its date
        may be moved here (asked, not decided: the writer of the raising visit may)."""
        earlier = [
            d
            for d in difficulties_of(self.db, self.company_id, open_only=True)
            if visit_id is None or d.visit_id != visit_id
        ]
        raised_on = {v.id: v.visit_date for v in visits_of(self.db, self.company_id)}
        movable = {d.id for d in earlier if may_edit_difficulty(self.db, d.id)}
        self.follow_ups.set_difficulties(earlier, raised_on, movable)

    def _show_signature(self, signature: SignatureView | None) -> None:
        """Who signed and when; in red, and with what changed, when edited since."""
        if signature is None:
            self.signature_note.hide()
            return
        who = signature.signer_name + (
            f" ({signature.signer_title})" if signature.signer_title else ""
        )
        when = f"{signature.signed_at.astimezone():%Y-%m-%d %H:%M}"
        if signature.edited:
            text = (
                self.tr(
                    "서명 후 수정됨 — %1 님이 %2에 서명한 뒤 바뀐 것: %3. "
                    "다시 서명을 받을 수 있습니다."
                )
                .replace("%1", who)
                .replace("%2", when)
                .replace("%3", ", ".join(describe(c) for c in signature.changes))
            )
            self.signature_note.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            text = (
                self.tr("✔ %1 님이 %2에 서명했습니다 (내용 해시 %3).")
                .replace("%1", who)
                .replace("%2", when)
                .replace("%3", signature.content_hash[:12])
            )
            self.signature_note.setStyleSheet("color: #1b5e20;")
        self.signature_note.setText(text)
        self.signature_note.show()


def _short(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _typed(row: DifficultyDraft) -> bool:
    return any(
        text.strip()
        for text in (row.description, row.requested_support, row.agency, row.resolution)
    )

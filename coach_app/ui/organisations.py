"""기관: the agencies, offices and banks the programmes and meetings name. Supervisors
and administrators keep the list; others see it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.organisation import OrganisationDraft, OrganisationKind
from coach_app.domain.permissions import Action
from coach_app.services.permissions import may
from coach_app.services.programmes import (
    OrganisationView,
    create_organisation,
    organisations,
    update_organisation,
)
from coach_app.store.database import Database
from coach_app.ui import field_errors
from coach_app.ui.generated.ui_organisations import Ui_OrganisationsForm


class OrganisationsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[OrganisationView] = []
        self.editing: uuid.UUID | None = None
        self.changed = False  # something was saved: the caller announces it
        self.setWindowTitle(self.tr("기관"))
        self.resize(820, 600)
        form = QWidget(self)
        ui = Ui_OrganisationsForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.table = ui.table
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("기관명"), self.tr("구분"), self.tr("전화"), self.tr("이메일")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 120), (2, 130), (3, 180)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._pick)
        self.name = ui.name
        self.kind = ui.kind
        for choice in OrganisationKind:
            self.kind.addItem(choice.label, choice.value)
        self.phone = ui.phone
        self.email = ui.email
        self.errors = {"name": ui.name_error, "phone": ui.phone_error, "email": ui.email_error}
        field_errors.prepare(self.errors.values())
        self.new_button = ui.new_button
        self.new_button.clicked.connect(self.start_new)
        self.save_button = ui.save_button
        self.save_button.clicked.connect(self.save)
        self.note = ui.note
        buttons = ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        self.allowed = may(db, Action.EDIT_ORGANISATION)
        for widget in (self.name, self.kind, self.phone, self.email):
            widget.setEnabled(self.allowed)
        self.new_button.setEnabled(self.allowed)
        self.save_button.setEnabled(self.allowed)
        self.note.setText("" if self.allowed else self.tr("기관 목록은 관리자(감독)가 고칩니다."))
        self.reload()
        self.start_new()

    def reload(self) -> None:
        self.rows = organisations(self.db)
        self.table.setRowCount(len(self.rows))
        for row, organisation in enumerate(self.rows):
            values = (organisation.name, organisation.kind_label, organisation.phone)
            for column, value in enumerate((*values, organisation.email)):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        for line in (self.name, self.phone, self.email):
            line.clear()
        self.kind.setCurrentIndex(0)
        field_errors.show(self.errors, [], rest="name")
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick(self) -> None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.rows):
            return
        chosen = self.rows[row]
        self.editing = chosen.id
        self.name.setText(chosen.name)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen.kind), 0))
        self.phone.setText(chosen.phone)
        self.email.setText(chosen.email)
        field_errors.show(self.errors, [], rest="name")

    def draft(self) -> OrganisationDraft:
        return OrganisationDraft(
            self.name.text(), self.kind.currentData(), self.phone.text(), self.email.text()
        )

    def save(self) -> bool:
        draft = self.draft()
        problems = draft.problems()
        field_errors.show(self.errors, field_errors.messages(problems), rest="name")
        if problems:
            return False
        try:
            if self.editing is None:
                self.editing = create_organisation(self.db, draft)
            else:
                update_organisation(self.db, self.editing, draft)
        except ValidationError as error:
            field_errors.show(self.errors, field_errors.messages(error.problems), rest="name")
            return False
        except CoachError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.changed = True
        saved = self.editing
        self.reload()
        rows = [r for r, o in enumerate(self.rows) if o.id == saved]
        if rows:
            self.table.selectRow(rows[0])
        return True

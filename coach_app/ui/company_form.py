"""Creating and editing a company, with each problem shown at its field as you type."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from coach_app.domain.company import (
    INDUSTRIES,
    REGIONS,
    CompanyDraft,
    Designation,
    SupplierTier,
    industry_label,
    region_label,
)
from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.money import format_won, parse_krw
from coach_app.domain.permissions import Action
from coach_app.services.companies import (
    create_company,
    draft_of,
    duplicate_of,
    get_company,
    update_company,
)
from coach_app.services.permissions import may
from coach_app.store.database import Database
from coach_app.ui.draft_keeper import DraftKeeper
from coach_app.ui.generated.ui_company_form import Ui_CompanyForm
from coach_app.ui.unsaved import GuardedDialog

# Form field → the names the domain uses for its problems.
_PROBLEM_FIELDS = {"company_name": "name"}


class CompanyEditor(QObject):
    """The company form; ``saved_id`` holds the company after a successful save."""

    def __init__(
        self,
        db: Database,
        company_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        restored: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.draft_key = f"company-{company_id or 'new'}"
        self.company_id = company_id
        self.saved_id: uuid.UUID | None = None
        dialog = QDialog(parent)
        ui = Ui_CompanyForm()
        ui.setupUi(dialog)
        self.dialog: QDialog = dialog
        self.setParent(dialog)  # lives and dies with its form
        if company_id is not None:
            self.dialog.setWindowTitle(
                QCoreApplication.translate("CompanyEditor", "기업 정보 수정")
            )
        else:
            self.dialog.setWindowTitle(QCoreApplication.translate("CompanyEditor", "새 기업 등록"))
        # In the form's order: the error labels are placed from the bottom up.
        self.fields: dict[str, QLineEdit | QComboBox] = {
            "name": ui.name,
            "brn": ui.brn,
            "ceo": ui.ceo,
            "address": ui.address,
            "employees": ui.employees,
            "revenue": ui.revenue,
            "founded_on": ui.founded_on,
            "phone": ui.phone,
            "email": ui.email,
            "region": ui.region,
            "industry": ui.industry,
            "designation": ui.designation,
            "supplier_tier": ui.supplier_tier,
        }
        self._fill_choices()
        self.errors = self._error_labels(ui.form)
        self.buttons = ui.buttons
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("CompanyEditor", "저장"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CompanyEditor", "취소")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        if company_id is not None:
            self._show(draft_of(get_company(db, company_id)))
            # Only supervisors and administrators change a registered company's number.
            brn = self.fields["brn"]
            assert isinstance(brn, QLineEdit)
            brn.setReadOnly(not may(db, Action.EDIT_BRN, company_id=company_id))
        self.dirty = False
        self._closing = False
        # A field's problem shows once the coach has typed in it (or tried to save): an
        # empty form does not open with "필수 항목" everywhere.
        self.touched: set[str] = set()
        if restored is not None:
            self._restore(restored)
            self.dirty = True
            self.touched = {name for name, value in restored.items() if value}
        # What is typed is kept as a draft, as on every screen that takes typing.
        self.keeper = DraftKeeper(
            self.dialog, db.path, self.draft_key, self.payload, "company", lambda: self.text("name")
        )
        for name, widget in self.fields.items():
            touch = lambda *_a, name=name: self.touched.add(name)  # noqa: E731
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(touch)
                widget.textChanged.connect(self.validate)
                widget.textChanged.connect(self._changed)
            else:
                widget.currentTextChanged.connect(touch)
                widget.currentTextChanged.connect(self.validate)
                widget.currentTextChanged.connect(self._changed)
        self.dialog.installEventFilter(self)
        self.dialog.finished.connect(self._finished)
        self.validate()

    def payload(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.text(name) for name in self.fields}
        for name in ("region", "designation", "supplier_tier"):
            combo = self.fields[name]
            assert isinstance(combo, QComboBox)
            values[name] = combo.currentData() or ""
        values["company_id"] = str(self.company_id) if self.company_id else ""
        return values

    def keep_draft(self) -> None:
        if self.saved_id is None:
            self.keeper.write()

    def _changed(self, *_args: object) -> None:
        self.dirty = True
        self.keeper.changed()

    def _finished(self, _result: int) -> None:
        # Kept or discarded was decided on the way out (``may_close``) or by the save.
        self.keeper.stop()

    # --- closing --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape and the window's close button ask first, like every screen with typing."""
        if watched is getattr(self, "dialog", None) and not self._closing:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() == Qt.Key.Key_Escape:
                    self.cancel()
                    return True
            if event.type() == QEvent.Type.Close and not self.may_close():
                event.ignore()
                return True
        return False

    def cancel(self) -> None:
        if self.may_close():
            self._closing = True
            self.dialog.reject()

    def may_close(self) -> bool:
        if self.saved_id is not None:
            return True
        if not self.dirty:
            self.keeper.discard()
            return True
        answer = GuardedDialog.ask_unsaved(self.dialog)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.save()  # closes the form once saved; stays open on a problem
            return False
        if answer == QMessageBox.StandardButton.Close:
            self.keeper.write()
        else:
            self.keeper.discard()
        return True

    def _restore(self, values: dict[str, str]) -> None:
        for name, widget in self.fields.items():
            value = values.get(name, "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif name in ("region", "designation", "supplier_tier"):
                widget.setCurrentIndex(max(widget.findData(value or None), 0) if value else 0)
            else:
                widget.setCurrentText(value)

    def exec(self) -> int:
        return int(self.dialog.exec())

    # --- reading and checking the form ----------------------------------------------------

    def text(self, name: str) -> str:
        widget = self.fields[name]
        return widget.text() if isinstance(widget, QLineEdit) else widget.currentText()

    def _industry(self) -> str:
        combo = self.fields["industry"]
        assert isinstance(combo, QComboBox)
        offered = combo.findText(combo.currentText())
        return str(combo.itemData(offered)) if offered > 0 else combo.currentText()

    def draft(self) -> tuple[CompanyDraft, list[FieldProblem]]:
        """The company as typed, with the problems of fields that did not even parse."""
        problems: list[FieldProblem] = []
        employees = revenue = None
        founded: dt.date | None = None
        if self.text("employees").strip():
            try:
                employees = int(self.text("employees").replace(",", "").strip())
            except ValueError:
                problems.append(FieldProblem("employees", "not_integer"))
        if self.text("revenue").strip():
            try:
                revenue = parse_krw(self.text("revenue"))
            except ValueError:
                problems.append(FieldProblem("revenue", "money_format"))
        if self.text("founded_on").strip():
            try:
                founded = dt.date.fromisoformat(self.text("founded_on").strip())
            except ValueError:
                problems.append(FieldProblem("founded_on", "date_format"))
        combo = self.fields["designation"]
        tier = self.fields["supplier_tier"]
        region = self.fields["region"]
        assert isinstance(combo, QComboBox) and isinstance(tier, QComboBox)
        assert isinstance(region, QComboBox)
        draft = CompanyDraft(
            name=self.text("name"),
            brn=self.text("brn"),
            ceo=self.text("ceo"),
            address=self.text("address"),
            region=region.currentData() or "",
            industry=self._industry(),
            employees=employees,
            revenue=revenue,
            designation=combo.currentData(),
            supplier_tier=tier.currentData(),
            founded_on=founded,
            phone=self.text("phone"),
            email=self.text("email"),
        )
        return draft, problems

    def validate(self) -> list[FieldProblem]:
        draft, problems = self.draft()
        parsed_away = {p.field for p in problems}
        problems += [p for p in draft.problems() if p.field not in parsed_away]
        if not any(p.field == "brn" for p in problems):
            other = duplicate_of(self.db, draft.brn, self.company_id)
            if other is not None:
                problems.append(FieldProblem("brn", "brn_duplicate", {"name": other}))
        self._show_problems([p for p in problems if self._shown_name(p) in self.touched])
        return problems

    def save(self) -> None:
        """Save, or show every problem of the form at once at its field."""
        self.touched |= set(self.fields)
        problems = self.validate()
        if problems:
            first = self.fields.get(self._shown_name(problems[0]))
            if first is not None:
                first.setFocus()
            return
        draft, _ = self.draft()
        try:
            if self.company_id is None:
                self.saved_id = create_company(self.db, draft)
            else:
                update_company(self.db, self.company_id, draft)
                self.saved_id = self.company_id
        except ValidationError as error:  # e.g. registered elsewhere meanwhile
            self._show_problems(error.problems)
            return
        except CoachError as error:  # disk full, database locked…: say so, keep the form
            QMessageBox.warning(self.dialog, self.dialog.windowTitle(), str(error))
            return
        self.keeper.discard()
        self._closing = True
        self.dialog.accept()

    # --- building the form ----------------------------------------------------------------

    def _fill_choices(self) -> None:
        region = self.fields["region"]
        industry = self.fields["industry"]
        designation = self.fields["designation"]
        tier = self.fields["supplier_tier"]
        assert isinstance(region, QComboBox) and isinstance(industry, QComboBox)
        assert isinstance(designation, QComboBox) and isinstance(tier, QComboBox)
        region.addItem(QCoreApplication.translate("CompanyEditor", "(선택)"), "")
        for name in REGIONS:
            region.addItem(region_label(name), name)
        # Offered industries in the user's language, kept by their Korean name; one typed
        # freely is kept as typed.
        industry.addItem("", "")
        for name in INDUSTRIES:
            industry.addItem(industry_label(name), name)
        designation.addItem(QCoreApplication.translate("CompanyEditor", "(없음)"), None)
        for kind in Designation:
            designation.addItem(kind.label, kind.value)
        tier.addItem(QCoreApplication.translate("CompanyEditor", "(선택)"), None)
        for level in SupplierTier:
            tier.addItem(level.label, level.value)

    def _error_labels(self, layout: QFormLayout) -> dict[str, QLabel]:
        labels: dict[str, QLabel] = {}
        # From the bottom up, so inserting a row does not move the rows still to come.
        for name in reversed(list(self.fields)):
            # PySide6's stub says ``object``; the binding returns (row, role).
            position = layout.getWidgetPosition(self.fields[name])
            row = int(position[0])  # type: ignore[index]
            label = QLabel()
            label.setObjectName(f"{name}_error")
            label.setStyleSheet("color: #b00020;")
            # One line, always there: the fields below never move as messages come and go
            # (a wrapped label would be squeezed by the form layout and cut off).
            label.setMinimumHeight(label.fontMetrics().lineSpacing())
            layout.insertRow(row + 1, "", label)
            labels[name] = label
        return labels

    def _show(self, draft: CompanyDraft) -> None:
        for name in ("name", "brn", "ceo", "address", "phone", "email"):
            widget = self.fields[name]
            assert isinstance(widget, QLineEdit)
            widget.setText(str(getattr(draft, name) or ""))
        employees = self.fields["employees"]
        revenue = self.fields["revenue"]
        founded = self.fields["founded_on"]
        assert isinstance(employees, QLineEdit) and isinstance(revenue, QLineEdit)
        assert isinstance(founded, QLineEdit)
        employees.setText("" if draft.employees is None else str(draft.employees))
        revenue.setText("" if draft.revenue is None else format_won(draft.revenue))
        founded.setText(draft.founded_on.isoformat() if draft.founded_on else "")
        for name, value in (
            ("region", draft.region),
            ("designation", draft.designation),
            ("supplier_tier", draft.supplier_tier),
        ):
            combo = self.fields[name]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        industry = self.fields["industry"]
        assert isinstance(industry, QComboBox)
        offered = industry.findData(draft.industry)
        if offered > 0:
            industry.setCurrentIndex(offered)
        else:
            industry.setCurrentText(draft.industry)

    @staticmethod
    def _shown_name(problem: FieldProblem) -> str:
        return _PROBLEM_FIELDS.get(problem.field, problem.field)

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(self._shown_name(problem), []).append(problem.message)
        for name, label in self.errors.items():
            messages = by_field.get(name)
            # The line keeps its place when empty, so the fields below do not jump.
            label.setText("\n".join(messages or []))

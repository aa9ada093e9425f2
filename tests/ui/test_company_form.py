"""Creating a company through the form, as a coach would type it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from coach_app.services.companies import get_company, list_companies
from coach_app.store.database import Database
from coach_app.ui import generated
from coach_app.ui.company_form import CompanyEditor
from tests.present import narrowed


def test_every_form_file_loads(qtbot: QtBot) -> None:
    # Every compiled form builds (a promoted widget is imported by its compiled form) on
    # the kind of widget its setupUi is annotated with (QWidget, QDialog, QWizard).
    names = [m.name for m in pkgutil.iter_modules(generated.__path__) if m.name.startswith("ui_")]
    assert "ui_company_form" in names
    for name in names:
        module = importlib.import_module(f"{generated.__name__}.{name}")
        (form_class,) = (v for k, v in vars(module).items() if k.startswith("Ui_"))
        drawn_on = list(inspect.signature(form_class.setupUi).parameters.values())[1]
        widget = drawn_on.annotation()
        qtbot.addWidget(widget)
        form_class().setupUi(widget)
        assert widget.objectName()


def type_into(qtbot: QtBot, editor: CompanyEditor, name: str, text: str) -> None:
    widget = editor.fields[name]
    widget.clear()
    # Korean text comes through the input method; insert() is what it commits.
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        narrowed(QLineEdit, widget).insert(text)


def test_a_company_is_created_and_a_bad_number_is_shown_at_its_field(
    qtbot: QtBot, db: Database
) -> None:
    editor = CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    # Nothing typed yet: no problem is shown, and every line keeps its place.
    assert all(
        label.text() == "" and label.isVisibleTo(editor.dialog) for label in editor.errors.values()
    )
    editor.save_button.click()  # saving shows every problem at once
    assert editor.errors["name"].text() == "필수 항목입니다."
    assert editor.errors["brn"].text() == "필수 항목입니다."
    assert editor.saved_id is None
    type_into(qtbot, editor, "name", "(주)한빛정밀")
    type_into(qtbot, editor, "brn", "124-81-00997")
    assert editor.errors["brn"].text() == (
        "검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요."
    )
    type_into(qtbot, editor, "brn", "1248100998")
    assert editor.errors["brn"].text() == ""
    type_into(qtbot, editor, "employees", "4x")
    assert editor.errors["employees"].text() == "정수로 입력하세요."
    type_into(qtbot, editor, "employees", "45")
    type_into(qtbot, editor, "revenue", "35억")
    region = editor.fields["region"]
    assert isinstance(region, QComboBox)
    region.setCurrentIndex(region.findData("광주"))
    editor.save_button.click()
    assert editor.saved_id is not None
    stored = get_company(db, editor.saved_id)
    assert (stored.brn, stored.employees, stored.revenue, stored.region) == (
        "124-81-00998",
        45,
        3_500_000_000,
        "광주",
    )


def test_a_duplicate_number_is_caught_before_saving(qtbot: QtBot, db: Database) -> None:
    first = CompanyEditor(db)
    qtbot.addWidget(first.dialog)
    type_into(qtbot, first, "name", "(주)한빛정밀")
    type_into(qtbot, first, "brn", "124-81-00998")
    first.save_button.click()
    second = CompanyEditor(db)
    qtbot.addWidget(second.dialog)
    type_into(qtbot, second, "name", "(주)다른이름")
    type_into(qtbot, second, "brn", "124 81 00998")
    assert second.errors["brn"].text() == "이미 등록된 번호입니다 ((주)한빛정밀)."
    second.save_button.click()
    assert len(list_companies(db)) == 1


def test_editing_keeps_what_is_stored(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    creator = CompanyEditor(db)
    qtbot.addWidget(creator.dialog)
    type_into(qtbot, creator, "name", "(주)새한전자")
    type_into(qtbot, creator, "brn", "220-81-62517")
    type_into(qtbot, creator, "revenue", "12억 5,000만원")
    creator.save_button.click()
    assert creator.saved_id is not None
    editor = CompanyEditor(db, creator.saved_id)
    qtbot.addWidget(editor.dialog)
    assert editor.text("revenue") == "1,250,000,000원"
    assert editor.validate() == []  # its own number is no duplicate
    type_into(qtbot, editor, "ceo", "이서연")
    editor.save_button.click()
    assert get_company(db, creator.saved_id).ceo == "이서연"
    assert get_company(db, creator.saved_id).revenue == 1_250_000_000


@pytest.mark.parametrize("language", ["en"])
def test_field_messages_follow_the_language(qtbot: QtBot, db: Database, language: str) -> None:
    from coach_app.domain.messages import set_language

    set_language(language)
    editor = CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    type_into(qtbot, editor, "brn", "12")
    assert editor.errors["brn"].text() == "must be 10 digits, e.g. 123-45-67891."


def test_a_company_being_typed_survives_a_crash(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coach_app.services import drafts
    from coach_app.ui.main_window import MainWindow

    editor = CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    type_into(qtbot, editor, "name", "(주)정전직전")
    type_into(qtbot, editor, "brn", "124-81-00998")
    region = editor.fields["region"]
    assert isinstance(region, QComboBox)
    region.setCurrentIndex(region.findData("경남"))
    qtbot.waitUntil(lambda: bool(drafts.pending(db.path)), timeout=3_000)
    # The process dies here; the next start offers the form back.
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.Yes),
    )
    seen: dict[str, str] = {}

    def finish(restored: CompanyEditor) -> int:
        seen["name"], seen["region"] = restored.text("name"), restored.text("region")
        restored.save_button.click()
        return 1

    monkeypatch.setattr(CompanyEditor, "exec", finish)
    window.offer_drafts()
    assert seen == {"name": "(주)정전직전", "region": "경남"}
    assert [c.name for c in list_companies(db)] == ["(주)정전직전"]
    assert drafts.pending(db.path) == []


def test_seen_5_form_problems_are_said_in_words_and_the_fields_stay_put(
    qtbot: QtBot, db: Database
) -> None:
    from coach_app.domain import brn

    editor = CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    editor.dialog.show()
    brn_field = editor.fields["brn"]
    assert isinstance(brn_field, QLineEdit)
    example = brn_field.placeholderText().split()[-1]
    assert brn.is_valid(example)  # the example passes its own check digit
    below = editor.fields["ceo"].geometry().top()
    type_into(qtbot, editor, "brn", "12")
    assert editor.errors["brn"].text()
    assert editor.fields["ceo"].geometry().top() == below  # no jump as the line appears
    type_into(qtbot, editor, "founded_on", "abc@")
    assert editor.errors["founded_on"].text() == "날짜로 읽을 수 없습니다 (예: 2015-03-02)."
    assert editor.errors["name"].text() == ""  # untouched, not yet a problem

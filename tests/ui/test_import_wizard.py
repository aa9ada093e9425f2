"""The import wizard driven page by page: nothing goes in before 가져오기."""

from pathlib import Path

from openpyxl import Workbook, load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coach_app.domain import brn
from coach_app.services.companies import list_companies
from coach_app.store.database import Database
from coach_app.ui.import_wizard import ImportRows
from coach_app.ui.main_window import MainWindow
from tests.present import narrowed, present


def _list(path: Path) -> Path:
    good = [brn.complete(f"12081{n:04d}") for n in range(1, 4)]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["회사", "등록번호", "대표자", "지역"])
    sheet.append(["(주)하나", good[0], "김하나", "광주광역시"])
    sheet.append(["(주)둘", good[1][:-1] + str((int(good[1][-1]) + 1) % 10), "이둘", "광주"])
    sheet.append([None, None, None, None])
    sheet.append(["(주)셋", good[2], "박셋", "대전"])
    book.save(path)
    return path


def test_map_check_and_accept(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    wizard = window.import_companies()
    page = wizard.wizard
    wizard.file.setText(str(_list(tmp_path / "목록.xlsx")))
    page.next()
    qtbot.waitUntil(lambda: page.currentPage().objectName() == "mapping_page", timeout=10_000)
    # "회사" is not a name the guess knows (등록번호 is): the user picks it.
    page.next()
    assert wizard.mapping_message.text() == "꼭 필요한 열을 고르세요: 기업명"
    assert page.currentPage().objectName() == "mapping_page"
    wizard.combos["name"].setCurrentIndex(wizard.combos["name"].findData(0))
    assert wizard.combos["brn"].currentData() == 1
    assert wizard.combos["ceo"].currentData() == 2  # guessed from 대표자
    assert "(주)하나" in present(wizard.mapping.item(0, 2)).text()
    page.next()
    qtbot.waitUntil(lambda: page.currentPage().objectName() == "check_page", timeout=10_000)
    assert "새로 등록 2곳" in wizard.summary.text() and "고칠 행 1개" in wizard.summary.text()
    assert "빈 행 1개" in wizard.summary.text()
    assert list_companies(db) == []  # nothing yet

    result = tmp_path / "결과.xlsx"
    wizard.save_result(result)
    note = present(load_workbook(result).active).cell(3, 6).value
    assert narrowed(str, note).startswith("사업자등록번호")
    wizard.proxy.set_only(True)
    assert wizard.proxy.rowCount() == 1

    page.next()  # 가져오기 (Finish)
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=10_000)
    assert wizard.imported == (2, 0)
    assert {c.name for c in list_companies(db)} == {"(주)하나", "(주)셋"}
    assert "새 기업 2곳" in window.statusBar().currentMessage()


def test_not_a_workbook_is_explained_on_the_first_page(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    wizard = window.import_companies()
    bad = tmp_path / "list.xlsx"
    bad.write_text("회사,등록번호\n", "utf-8")
    wizard.file.setText(str(bad))
    wizard.wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert "xlsx)가 아닙니다" in wizard.file_message.text()
    assert wizard.wizard.currentPage().objectName() == "file_page"


def test_the_rows_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, tmp_path: Path
) -> None:
    from coach_app.services import imports

    sheet = imports.read_sheet(_list(tmp_path / "m.xlsx"))
    plan = imports.check_rows(db, sheet, {"name": 0, "brn": 1})
    model = ImportRows()
    model.set_rows(plan.rows)
    qtmodeltester.check(model, force_py=True)

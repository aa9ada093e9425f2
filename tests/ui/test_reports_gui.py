"""Reports from the window: one dossier, a batch with progress, and the font setting."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach_app.demo import DemoSize, build
from coach_app.services.companies import list_companies
from coach_app.store.database import Database
from coach_app.ui.language import user_settings
from coach_app.ui.main_window import MainWindow
from coach_app.ui.settings import REPORT_FONT, SettingsEditor, report_font


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "coach.sqlite3")
    build(db, DemoSize(companies=12, visits_per_company=3))
    return db


def test_dossier_from_the_company_page(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    company = list_companies(demo)[0]
    window.open_company(company.id)
    asked: list[str] = []
    target = tmp_path / "보고서" / "종합"
    target.parent.mkdir()

    def ask(suggested: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(window.reports, "ask_file", ask)
    window.company_detail.report_actions["dossier"].trigger()
    qtbot.waitUntil(lambda: window.reports.last_written is not None, timeout=20_000)
    assert asked[0].endswith(".pdf") and company.name.replace("(주)", "") in asked[0]
    written = target.with_suffix(".pdf")
    assert written.stat().st_size > 10_000
    assert "보고서를 저장했습니다" in window.statusBar().currentMessage()


def test_batch_with_progress(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    programme = sorted(
        {r.name for r in __import__("coach_app.services.people", fromlist=["x"]).programmes(demo)}
    )[0]
    monkeypatch.setattr(window.reports, "ask_programme", lambda names: (programme, True))
    monkeypatch.setattr(window.reports, "ask_folder", lambda: tmp_path / "batch")
    task = window.reports.batch()
    assert task is not None
    qtbot.waitUntil(lambda: window.reports.batch_result is not None, timeout=60_000)
    result = window.reports.batch_result
    assert result is not None and not result.failed
    assert len(list((tmp_path / "batch").glob("*.pdf"))) == len(result.written) > 0
    assert "일괄 보고서" in window.reports.summary.windowTitle()


def test_the_report_font_is_checked_in_settings(qtbot: QtBot, tmp_path: Path) -> None:
    editor = SettingsEditor()
    qtbot.addWidget(editor.dialog)
    editor.report_font.setText(str(tmp_path / "없는글꼴.ttf"))
    editor.save()
    assert "없습니다" in editor.message.text() and report_font() is None
    editor.report_font.setText("/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf")
    editor.save()
    assert report_font() == "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"
    user_settings().remove(REPORT_FONT)


def test_excel_summary_from_the_menu(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from coach_app.ui.summary_export import SummaryChoice

    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    export = window.summary_export
    monkeypatch.setattr(
        export, "ask_filters", lambda: SummaryChoice(None, None, None, "광주", None)
    )
    monkeypatch.setattr(export, "ask_file", lambda: tmp_path / "요약")
    assert export.run() is not None
    qtbot.waitUntil(lambda: export.written is not None, timeout=30_000)
    book = load_workbook(tmp_path / "요약.xlsx", read_only=True)
    assert "대시보드" in book.sheetnames
    regions = {row[2] for row in book["기업"].iter_rows(min_row=2, values_only=True)}
    assert regions <= {"광주"}


def test_seen_3_ctrl_p_from_the_list_names_and_writes_the_selected_company(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from coach_app.services.reports import ReportKind

    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    first, *_ = list_companies(demo)
    window.open_company(first.id)  # the last opened company…
    window._show_list()
    row = next(
        r for r in range(window.companies.rowCount()) if window.companies.company_id(r) != first.id
    )
    selected = window.companies.company_id(row)
    window.table.setCurrentIndex(window.companies.index(row, 0))  # …then another chosen
    asked: list[tuple[ReportKind, object, str]] = []
    monkeypatch.setattr(
        window.reports,
        "save",
        lambda kind, entity, suggested: asked.append((kind, entity, suggested)),
    )
    print_key = QKeySequence(QKeySequence.StandardKey.Print)
    (ctrl_p,) = [a for a in window.findChildren(QAction) if a.shortcut() == print_key]
    ctrl_p.trigger()
    ((kind, entity, suggested),) = asked
    name = next(c.name for c in list_companies(demo) if c.id == selected)
    assert kind is ReportKind.DOSSIER and entity == selected
    assert name.replace("(주)", "").strip() in suggested
    assert first.name.replace("(주)", "").strip() not in suggested

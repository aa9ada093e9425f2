from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coach_app.demo import DemoSize, build
from coach_app.services.companies import list_companies
from coach_app.store.database import Database
from coach_app.ui.company_model import CompanyListModel
from coach_app.ui.main_window import MainWindow
from tests.present import narrowed


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "coach.sqlite3")
    build(db, DemoSize(companies=120, visits_per_company=1))
    return db


def _menu(entry: QAction) -> QMenu:
    """The menu a menu-bar entry opens (Qt's stubs type it as any QObject)."""
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    return menu


def test_the_window_lists_companies_and_searches_as_you_type(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    assert window.companies.rowCount() == 120
    assert "120 / 120" in window.count.text()

    target = list_companies(demo)[37]
    qtbot.keyClicks(window.search, target.brn.replace("-", ""))
    assert window.companies.rowCount() == 1
    assert window.companies.index(0, CompanyListModel.NAME).data() == target.name
    assert "1 / 120" in window.count.text()

    window.search.clear()
    # Korean arrives through the input method, which QTest cannot drive; insert() emits
    # the same textChanged as committed IME text.
    window.search.insert("광주")
    shown = window.companies.rowCount()
    assert 0 < shown < 120
    regions = {window.companies.index(r, CompanyListModel.REGION).data() for r in range(shown)}
    assert regions == {"광주"}
    demo.close()


def test_sorting_by_a_column(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.table.sortByColumn(CompanyListModel.EMPLOYEES, Qt.SortOrder.DescendingOrder)
    counts = [window.companies._shown[r].employees or 0 for r in range(10)]
    assert counts == sorted(counts, reverse=True)
    demo.close()


def test_the_company_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo: Database
) -> None:
    model = CompanyListModel()
    model.set_companies(list_companies(demo))
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every change the model announces.
    model.set_query("전자")
    model.sort(CompanyListModel.CEO, Qt.SortOrder.DescendingOrder)
    model.set_query("")
    assert model.rowCount() == 120
    demo.close()


def test_the_selection_follows_its_company_when_sorting(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.table.selectRow(5)
    chosen = window.companies.company_id(5)
    window.table.sortByColumn(CompanyListModel.BRN, Qt.SortOrder.DescendingOrder)
    (selected,) = window.table.selectionModel().selectedRows()
    assert window.companies.company_id(selected.row()) == chosen
    demo.close()


def test_english_is_selectable(qtbot: QtBot, demo: Database) -> None:
    from PySide6.QtWidgets import QApplication

    from coach_app.ui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "en")
    try:
        assert len(installed) == 2, "coach_en.qm is missing: run `make translations`"
        window = MainWindow(demo)
        qtbot.addWidget(window)
        assert window.companies.headerData(0, Qt.Orientation.Horizontal) == "Company"
        assert "companies" in window.count.text()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        install_translators(app, "ko")
    demo.close()


def test_filters_by_programme_region_and_coach(qtbot: QtBot, demo: Database) -> None:
    from coach_app.domain.roles import Role
    from coach_app.services.people import programmes, users

    window = MainWindow(demo)
    qtbot.addWidget(window)
    page = window.company_page
    page.region.setCurrentIndex(page.region.findData("전북"))
    in_jeonbuk = window.companies.rowCount()
    assert 0 < in_jeonbuk < 120
    assert {
        window.companies.index(r, CompanyListModel.REGION).data() for r in range(in_jeonbuk)
    } == {"전북"}
    coach = users(demo, Role.COACH)[0]
    page.coach.setCurrentIndex(page.coach.findData(str(coach.id)))
    both = window.companies.rowCount()
    assert both <= in_jeonbuk
    assert set(list_companies(demo, region="전북", coach_id=coach.id)) == {
        window.companies._shown[r] for r in range(both)
    }
    page.region.setCurrentIndex(0)
    page.coach.setCurrentIndex(0)
    programme = programmes(demo)[0]
    page.programme.setCurrentIndex(page.programme.findData(str(programme.id)))
    assert 0 < window.companies.rowCount() < 120
    window.search.insert("전자")  # search works within the filter
    assert window.companies.rowCount() <= len(list_companies(demo, programme_id=programme.id))
    demo.close()


def test_english_is_chosen_in_the_settings(qtbot: QtBot, demo: Database) -> None:
    from PySide6.QtWidgets import QApplication

    from coach_app.ui import settings
    from coach_app.ui.app import install_translators
    from coach_app.ui.language import user_settings

    editor = settings.SettingsEditor()
    qtbot.addWidget(editor.dialog)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    editor.save()
    try:
        assert settings.language() == "en"
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        installed = install_translators(app, settings.language())  # what the next start does
        window = MainWindow(demo)
        qtbot.addWidget(window)
        assert window.navigation.item(1).text() == "Companies"
        assert window.menuBar().actions()[0].text() == "&File"
        for translator in installed:
            app.removeTranslator(translator)
    finally:
        user_settings().setValue(settings.LANGUAGE, "ko")
        install_translators(narrowed(QApplication, QApplication.instance()), "ko")
    demo.close()


def test_about_names_the_version(qtbot: QtBot, demo: Database) -> None:
    from coach_app import __version__

    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    assert __version__ in window.about_text() and str(demo.path) in window.about_text()


def test_start_and_quit_for_smoke_tests(
    qtbot: QtBot,
    demo: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from coach_app.cli import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app installs its own
    path = str(demo.path)
    demo.close()
    assert main(["--db", path, "--start-and-quit"]) == 0
    out = capsys.readouterr().out
    assert "main window shown in" in out and "company list filled in" in out


def test_the_window_shows_before_the_list_is_filled(qtbot: QtBot, demo: Database) -> None:
    """As at start: the window is on screen with a hint while the rows are read in the
    background; then the list is whole and behaves as a list filled at once."""
    window = MainWindow(demo, auto_sync=False, list_later=True)
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    window.navigation.setCurrentRow(1)  # the company list, under 오늘
    assert window.company_page.loading
    assert window.companies.rowCount() == 0
    assert window.company_page.loading_hint.isVisibleTo(window)

    with qtbot.waitSignal(window.company_page.filled, timeout=10_000):
        pass
    assert not window.company_page.loading
    assert not window.company_page.loading_hint.isVisibleTo(window)
    assert window.companies.rowCount() == 120
    assert "120 / 120" in window.count.text()
    names = [window.companies.index(r, CompanyListModel.NAME).data() for r in range(120)]
    assert names == sorted(names)

    window.table.selectRow(7)
    chosen = window.companies.company_id(7)
    window.table.sortByColumn(CompanyListModel.BRN, Qt.SortOrder.DescendingOrder)
    (selected,) = window.table.selectionModel().selectedRows()
    assert window.companies.company_id(selected.row()) == chosen

    target = list_companies(demo)[37]
    qtbot.keyClicks(window.search, target.brn.replace("-", ""))
    assert window.companies.rowCount() == 1
    assert window.companies.index(0, CompanyListModel.NAME).data() == target.name
    demo.close()


def test_a_reload_during_the_background_load_wins(qtbot: QtBot, demo: Database) -> None:
    """A company saved while the start-up load runs is not lost when the older rows land."""
    from coach_app.services.companies import delete_company

    window = MainWindow(demo, auto_sync=False, list_later=True)
    qtbot.addWidget(window)
    gone = list_companies(demo)[0]
    delete_company(demo, gone.id)
    window.company_page.reload()  # as after a save: synchronous, newer than the load
    assert window.companies.rowCount() == 119
    window.runner.pool.waitForDone(10_000)
    qtbot.wait(50)  # the late rows' signal is delivered, and dropped
    assert window.companies.rowCount() == 119
    assert gone.id not in {window.companies.company_id(r) for r in range(119)}
    demo.close()


def test_the_frame_shows_before_the_pages_are_built(qtbot: QtBot, demo: Database) -> None:
    """At start the window is on screen before the database is open; ``attach`` then
    builds the pages, and a frame closed before that closes cleanly."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible() and not window.attached
    assert window.statusBar().currentMessage() == "불러오는 중…"

    window.attach(demo, auto_sync=False, list_later=True)
    assert window.statusBar().currentMessage() == ""
    with qtbot.waitSignal(window.company_page.filled, timeout=10_000):
        pass
    assert window.companies.rowCount() == 120
    demo.close()

    unused = MainWindow()
    qtbot.addWidget(unused)
    unused.show()
    assert unused.close()


def test_the_frame_needs_no_database_code() -> None:
    """What shows the window imports neither SQLAlchemy nor the models: they load after."""
    import subprocess
    import sys

    code = (
        "import sys, coach_app.ui.app; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'coach_app.store'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_menus_hold_their_actions_in_order_with_their_shortcuts(
    qtbot: QtBot, demo: Database
) -> None:
    from PySide6.QtGui import QKeySequence

    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)

    def standard(key: QKeySequence.StandardKey) -> str:
        return QKeySequence(key).toString()  # the platform's own

    menus = {
        entry.text(): [
            "-" if action.isSeparator() else (action.text(), action.shortcut().toString())
            for action in _menu(entry).actions()
        ]
        for entry in window.menuBar().actions()
    }
    assert menus == {
        "파일(&F)": [
            ("새 기업(&N)…", standard(QKeySequence.StandardKey.New)),
            ("기업 목록 가져오기(&I)…", ""),
            ("검색(&F)", standard(QKeySequence.StandardKey.Find)),
            ("설정(&T)…", standard(QKeySequence.StandardKey.Preferences)),
            "-",
            ("다른 데이터베이스 열기(&D)…", standard(QKeySequence.StandardKey.Open)),
            ("끝내기(&Q)", standard(QKeySequence.StandardKey.Quit)),
        ],
        "동기화(&S)": [
            (
                window.sync_page.sync_action.text(),
                window.sync_page.sync_action.shortcut().toString(),
            ),
            ("동기화 화면(&Y)", "Ctrl+5"),
        ],
        "보기(&V)": [
            ("기업 화면(&C)", "Ctrl+1"),
            ("방문 화면(&I)", "Ctrl+2"),
            ("로드맵 화면(&R)", "Ctrl+3"),
            ("검토 화면(&E)", "Ctrl+4"),
            ("동기화 화면(&Y)", "Ctrl+5"),
            ("간담회 화면(&M)", "Ctrl+6"),
            ("현황판(&B)", "Ctrl+7"),
            ("일정 화면(&L)", "Ctrl+8"),
            ("오늘 화면(&T)", "Ctrl+0"),
        ],
        "보고서(&P)": [
            ("기업 종합 보고서(&D)…", standard(QKeySequence.StandardKey.Print)),
            ("사업별 일괄 보고서(&B)…", ""),
            "-",
            ("Excel 요약 내보내기(&X)…", ""),
            ("사업 성과 보고서(&I)…", ""),
        ],
        "도움말(&H)": [("Coach 정보(&A)…", "")],
        "코칭(&W)": [
            ("새 방문 기록(&V)…", "Ctrl+Shift+V"),
            ("새 진단(&D)…", "Ctrl+Shift+D"),
            ("로드맵 열기(&R)…", "Ctrl+Shift+R"),
            ("새 간담회(&M)…", "Ctrl+Shift+M"),
            ("기관(&O)…", "Ctrl+Shift+O"),
        ],
    }
    assert list(menus) == [
        "파일(&F)",
        "동기화(&S)",
        "보기(&V)",
        "보고서(&P)",
        "도움말(&H)",
        "코칭(&W)",
    ]
    assert window.sync_page.sync_action in window.actions()  # its shortcut works on any page
    # Each 보기 entry shows its page; the sync menu's is the same action as the view menu's.
    view = _menu(window.menuBar().actions()[2]).actions()
    for row in (2, 5, 0):
        view[row].trigger()
        assert window.navigation.currentRow() == row + 1  # 오늘 comes first
    assert _menu(window.menuBar().actions()[1]).actions()[1] is view[4]
    demo.close()

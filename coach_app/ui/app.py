"""Starting the GUI: one QApplication, one translator, one error handler."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coach_app import logs, paths
from coach_app.domain.errors import CoachError
from coach_app.domain.messages import set_language
from coach_app.store.database import Database
from coach_app.ui import crashlog
from coach_app.ui.collector import MainThreadCollector
from coach_app.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setWindowIcon(QIcon(str(paths.resources() / "icons" / "coach.png")))
    MainThreadCollector(app)  # collection only on this thread: see collector.py
    return app


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Korean is the source language of our strings; English comes from coach_en.qm.

    Qt's own strings (Cancel, Yes, …) come from Qt's translation for either language.
    """
    set_language(language)
    # The desktop's own file dialog speaks the desktop's language, not the one chosen
    # here; Qt's dialog speaks the one chosen (from qtbase_ko / qtbase_en below).
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"qtbase_{'en' if language == 'en' else 'ko'}", qt_folder)]
    if language == "en":
        wanted.append(("coach_en", str(paths.resources() / "translations")))
    installed: list[QTranslator] = []
    for name, where in wanted:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def install_error_handler(log_path: Path) -> None:
    """Unexpected errors are logged with their traceback and reported, not fatal."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logs.log.error("unexpected error", exc_info=(kind, error, tb))
        if isinstance(error, CoachError):
            text = str(error)
        else:
            text = QApplication.translate(
                "app",
                "예기치 못한 오류가 발생했습니다. 작업 내용은 저장되어 있습니다.\n"
                "문제가 계속되면 이 로그 파일을 관리자에게 보내 주세요:\n%1",
            ).replace("%1", str(log_path))
        QMessageBox.critical(None, QApplication.translate("app", "오류"), text)

    sys.excepthook = handle


def run(database: Path, language: str | None = None, quit_after_start: bool = False) -> int:
    """Open the window; the language is the one given, else the one chosen in settings."""
    started = time.perf_counter()
    from coach_app.ui.settings import language as chosen_language

    log_path = logs.setup()
    crashlog.install(log_path.parent)
    app = make_application()
    install_translators(app, language or chosen_language())
    try:
        # The integrity check and the daily backup run once the window shows (below).
        db = Database.open(database, take_backup=False, check=False)
    except CoachError as error:
        QMessageBox.critical(
            None, QApplication.translate("app", "데이터베이스를 열 수 없음"), str(error)
        )
        return 1
    install_error_handler(log_path)
    # The window first; the company list is read in the background and fills it after.
    window = MainWindow(db, list_later=True)
    window.show()
    if quit_after_start:
        app.processEvents()
        print(f"main window shown in {time.perf_counter() - started:.2f} s")
        waiting = QEventLoop()
        window.company_page.filled.connect(waiting.quit)
        if window.company_page.loading:
            waiting.exec()
        print(f"company list filled in {time.perf_counter() - started:.2f} s")
        window.close()
        db.close()
        return 0
    window.look_after_database()
    window.offer_drafts()
    try:
        return app.exec()
    finally:
        db.close()

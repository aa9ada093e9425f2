"""Starting the GUI: one QApplication, one translator, one error handler."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coach_app import paths
from coach_app.domain.messages import set_language
from coach_app.ui.collector import MainThreadCollector, settle
from coach_app.ui.language import language as chosen_language
from coach_app.ui.main_window import MainWindow

# Little is imported here: the window's frame shows first, the rest of Coach (the logs,
# the database code, the pages) loads after it (see ``run``).


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
    installed = load_translators(app, language)
    use_qt_dialogs(app)
    return installed


def use_qt_dialogs(app: QApplication) -> None:
    from PySide6.QtCore import Qt  # the first use of Qt's namespace loads all its enums

    # The desktop's own file dialog speaks the desktop's language, not the one chosen
    # here; Qt's dialog speaks the one chosen (from qtbase_ko / qtbase_en).
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    # Month and day names (the date fields' calendar) follow the chosen language, not the
    # system's locale.
    from PySide6.QtCore import QLocale

    from coach_app.domain.messages import current_language

    english = current_language() == "en"
    chosen = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if english
        else QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    )
    QLocale.setDefault(chosen)
    # The window's frame was built before (it shows first): it and the pages built into
    # it later take the chosen locale too, not the system's (the month view's day names).
    for widget in app.topLevelWidgets():
        widget.setLocale(chosen)


# The translators in use: a switch of language takes them out first (Qt asks the newest
# translator first and falls back to older ones, so a Korean qtbase left behind would
# answer for Qt's own buttons, which English leaves untranslated).
_installed: list[QTranslator] = []


def load_translators(app: QApplication, language: str) -> list[QTranslator]:
    set_language(language)
    while _installed:
        app.removeTranslator(_installed.pop())
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
    _installed.extend(installed)
    return installed


def install_error_handler(log_path: Path) -> None:
    """Unexpected errors are logged with their traceback and reported, not fatal."""
    from coach_app import logs
    from coach_app.domain.errors import CoachError

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


def open_window(language: str) -> tuple[QApplication, MainWindow]:
    """What a start does first: the window's frame on screen and painted once, before the
    rest of Coach is even imported (``attach`` then builds the pages on the database)."""
    app = make_application()
    load_translators(app, language)  # the frame's title is in the chosen language
    window = MainWindow()
    window.show()
    app.processEvents()
    return app, window


def run(database: Path, language: str | None = None, quit_after_start: bool = False) -> int:
    """Open the window; the language is the one given, else the one chosen in settings."""
    started = time.perf_counter()
    # The window first; then the log, the database, the pages, and the company list read
    # in the background.
    app, window = open_window(language or chosen_language())
    shown = time.perf_counter() - started
    use_qt_dialogs(app)  # after the paint: Qt's enums are slow to load the first time
    from coach_app import logs
    from coach_app.domain.errors import CoachError
    from coach_app.store.database import Database
    from coach_app.ui import crashlog, unlock_dialog

    log_path = logs.setup()
    crashlog.install(log_path.parent)
    unlock_dialog.install()  # where there is no keyring, the data passphrase is asked

    try:
        # The integrity check and the daily backup run once the window shows (below).
        db = Database.open(database, take_backup=False, check=False)
    except CoachError as error:
        window.hide()
        QMessageBox.critical(
            None, QApplication.translate("app", "데이터베이스를 열 수 없음"), str(error)
        )
        return 1
    install_error_handler(log_path)
    window.attach(db, list_later=True)
    window.company_page.filled.connect(settle)  # start-up is over: see collector.py
    if quit_after_start:
        app.processEvents()
        print(f"main window shown in {shown:.2f} s")
        from PySide6.QtCore import QEventLoop

        waiting = QEventLoop()
        window.company_page.filled.connect(waiting.quit)
        if window.company_page.loading:
            waiting.exec()
        print(f"company list filled in {time.perf_counter() - started:.2f} s")
        window.close()
        db.close()
        return 0
    unlock_dialog.RecoveryKeyDialog.show_once(db, window)  # after the first encryption
    window.look_after_database()
    window.offer_drafts()
    try:
        return app.exec()
    finally:
        db.close()

"""Opening another database from the File menu (say, the coach's own after the demo): the
window is built anew on it, as at start, and the old one closes with its database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from coach_app.ui.main_window import MainWindow

# The window opened last: a window without a parent lives only while Python holds it.
_current: list[MainWindow] = []


def ask_path(parent: QWidget, current: Path) -> Path | None:
    """The database file the coach picks, or None when cancelled (tests patch this)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DatabaseSwitch", "다른 데이터베이스 열기"),
        str(current.parent),
        QCoreApplication.translate(
            "DatabaseSwitch", "Coach 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)"
        ),
    )
    return Path(name) if name else None


def open_other(window: MainWindow) -> MainWindow | None:
    """Ask for a database file and move to it; the new window, or None when nothing moved
    (cancelled, the same file, typed work kept open, or a file that does not open)."""
    from coach_app.domain.errors import CoachError
    from coach_app.store.database import Database
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.unlock_dialog import RecoveryKeyDialog
    from coach_app.ui.unsaved import GuardedDialog

    path = ask_path(window, window.db.path)
    if path is None:
        return None
    if path.expanduser().absolute() == window.db.path:
        QMessageBox.information(
            window,
            QCoreApplication.translate("DatabaseSwitch", "다른 데이터베이스 열기"),
            QCoreApplication.translate("DatabaseSwitch", "이미 열려 있는 데이터베이스입니다."),
        )
        return None
    # Typed work first: each open editor asks to save or discard, and may keep the move off.
    for editor in window.findChildren(GuardedDialog):
        if editor.isVisible() and not editor.close():
            return None
    try:
        # As at start: the passphrase is asked where no keyring holds the folder's key.
        db = Database.open(path, take_backup=False, check=False)
    except CoachError as error:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("DatabaseSwitch", "데이터베이스를 열 수 없음"),
            str(error),
        )
        return None
    old_db = window.db
    fresh = MainWindow(db, window.auto_sync, list_later=True)
    fresh.show()
    window.close()
    window.deleteLater()
    old_db.close()
    _current[:] = [fresh]
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(db.close)
    RecoveryKeyDialog.show_once(db, fresh)  # after the first encryption of that folder
    fresh.look_after_database()
    fresh.offer_drafts()
    return fresh

"""File ▸ 다른 데이터베이스 열기: the window moves to the database picked, asking for its
passphrase as the start does; a file that does not open leaves the window as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.store import crypto, keys
from coach_app.store.database import Database
from coach_app.ui import database_switch
from coach_app.ui.main_window import MainWindow
from coach_app.ui.unlock_dialog import RecoveryKeyDialog


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(database_switch, "ask_path", lambda parent, current: path)


def _said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def say(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", say)
    monkeypatch.setattr(QMessageBox, "information", say)
    return said


def test_the_window_moves_to_the_database_picked_asking_its_passphrase(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed_passphrases: list[keys.Ask],
) -> None:
    # The coach's own database, in another folder, on a laptop without a keyring.
    monkeypatch.setattr(
        RecoveryKeyDialog, "exec", lambda self: RecoveryKeyDialog.DialogCode.Accepted
    )
    own = tmp_path / "own" / "coach.sqlite3"
    with Database.open(own) as other:
        create_user(other, UserDraft("kimcoach", "김코치", "coach", "rnd"))
        sign_in(other, "kimcoach")
        create_company(other, CompanyDraft("(주)한빛정밀", brn.complete("410800001")))
    crypto.forget(own.parent)  # as after a restart: the key is asked again

    window = MainWindow(db, auto_sync=False)
    window.show()
    _choose(monkeypatch, own)
    moved = window.open_other_database()
    assert moved is not None
    qtbot.addWidget(moved)
    assert [a.creating for a in typed_passphrases] == [True, False]
    assert moved.db.path == own and not moved.auto_sync
    assert moved.isVisible() and not window.isVisible()
    qtbot.waitUntil(lambda: moved.companies.rowCount() == 1)
    assert "1 / 1" in moved.count.text()
    moved.close()
    moved.db.close()


def test_a_file_that_does_not_open_leaves_the_window_as_it_was(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    said = _said(monkeypatch)
    notes = tmp_path / "notes" / "memo.db"
    notes.parent.mkdir()
    notes.write_bytes(b"not a database, a coach's memo" * 200)
    for chosen in (None, db.path, notes):
        _choose(monkeypatch, chosen)
        assert window.open_other_database() is None
    assert said[0] == "이미 열려 있는 데이터베이스입니다."
    assert len(said) == 2 and said[1]  # the store's own reason, in the coach's words
    assert window.isVisible() and window.db is db
    assert window.companies.rowCount() == 0  # and the window still reads its database


def test_a_file_that_is_no_database_is_named_so_and_the_window_stays(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"Coach — 현장코칭 — {db.path.name}"
    ics = tmp_path / "elsewhere" / "방문일정.ics"
    ics.parent.mkdir()
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    _choose(monkeypatch, ics)
    said = _said(monkeypatch)
    assert window.open_other_database() is None
    assert said == [
        f"데이터베이스 파일이 아닙니다: {ics}\nCoach 데이터베이스(.sqlite3) 파일을 고르세요."
    ]
    assert not (ics.parent / keys.KEY_FILE).exists()
    assert window.db is db

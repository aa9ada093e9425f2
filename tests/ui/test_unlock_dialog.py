"""The window asks for the data passphrase where there is no keyring, and shows the
recovery key once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coach_app.services import encryption
from coach_app.store import crypto, keys
from coach_app.store.database import Database
from coach_app.ui.unlock_dialog import PassphraseDialog, RecoveryKeyDialog
from tests.present import present


def test_a_new_passphrase_must_be_typed_twice_alike(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(keys.Ask(tmp_path, creating=True))
    qtbot.addWidget(dialog)
    assert dialog.again.isVisibleTo(dialog)
    dialog.secret.setText("first passphrase")
    dialog.again.setText("other passphrase")
    dialog._accept()
    assert not dialog.result() and "다릅니다" in dialog.problem.text()
    dialog.again.setText("first passphrase")
    dialog._accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_unlocking_asks_once_with_the_reason_of_a_retry(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(keys.Ask(tmp_path, creating=False, problem="틀렸습니다"))
    qtbot.addWidget(dialog)
    assert not dialog.again.isVisibleTo(dialog)
    assert dialog.problem.text() == "틀렸습니다" and dialog.problem.isVisibleTo(dialog)


def test_the_window_asks_where_there_is_no_keyring(
    tmp_path: Path, typed_passphrases: list[keys.Ask]
) -> None:
    Database.open(tmp_path / "coach.sqlite3").close()
    crypto.forget(tmp_path)
    Database.open(tmp_path / "coach.sqlite3").close()
    assert [a.creating for a in typed_passphrases] == [True, False]


def test_the_recovery_key_is_shown_until_written_down(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    recovery = encryption.recovery_to_show(db)
    assert recovery is not None
    dialog = RecoveryKeyDialog(recovery)
    qtbot.addWidget(dialog)
    ok = present(dialog.findChild(QDialogButtonBox)).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.findChild(type(dialog.written), "written") is dialog.written
    assert not ok.isEnabled()
    dialog.reject()  # Escape: stays
    assert dialog.result() == 0
    dialog.written.setChecked(True)
    assert ok.isEnabled()

    monkeypatch.setattr(
        RecoveryKeyDialog, "exec", lambda self: RecoveryKeyDialog.DialogCode.Accepted
    )
    RecoveryKeyDialog.show_once(db)
    assert encryption.recovery_to_show(db) is None

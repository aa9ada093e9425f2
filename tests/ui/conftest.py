"""GUI test set-up: the real-PostgreSQL fixtures, and no modal question left waiting."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from coach_app.ui.collector import MainThreadCollector
from tests.sync.certificates import tls_server  # noqa: F401
from tests.sync.conftest import agency, laptop, postgres, server  # noqa: F401


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the application does: a collection on a worker thread would delete Qt objects
    left by earlier tests on the wrong thread."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed at teardown must not block on a question nobody will answer."""
    from coach_app.ui.diagnosis_editor import DiagnosisEditor
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.unsaved import GuardedDialog

    monkeypatch.setattr(
        GuardedDialog,
        "ask_unsaved",
        classmethod(lambda cls, parent: QMessageBox.StandardButton.Discard),
    )
    monkeypatch.setattr(
        DiagnosisEditor, "ask_incomplete", classmethod(lambda cls, parent, unscored: True)
    )
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.No),
    )


@pytest.fixture
def typed_passphrases(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """A laptop without a keyring: the window asks for the data passphrase, and is given
    this one; the list holds each question (a ``keys.Ask``) as it was asked."""
    from coach_app.services import encryption
    from coach_app.store import keys
    from coach_app.ui import unlock_dialog
    from coach_app.ui.unlock_dialog import PassphraseDialog
    from tests.answering import answering

    monkeypatch.setenv(keys.ENV_KEYRING, "keyring.backends.null.Keyring")
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    asked: list[Any] = []
    monkeypatch.setattr(
        PassphraseDialog,
        "ask",
        classmethod(lambda cls, ask: answering(asked, "창에서 정한 암호")(ask)),
    )
    unlock_dialog.install()
    yield asked
    encryption.set_prompt(None)

"""GUI test set-up: the real-PostgreSQL fixtures, and no modal question left waiting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.sync.conftest import agency, laptop, postgres, server  # noqa: F401


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed at teardown must not block on a question nobody will answer."""
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.unsaved import GuardedDialog

    monkeypatch.setattr(
        GuardedDialog,
        "ask_unsaved",
        classmethod(lambda cls, parent: QMessageBox.StandardButton.Discard),
    )
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.No),
    )

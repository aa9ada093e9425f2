"""The CA certificate and "verify the server" in the settings dialog, then a sync from the
sync page over TLS to a cluster that accepts nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.services.syncing import tls_settings
from coach_app.store.database import Database
from coach_app.sync.tls import ServerTls
from coach_app.ui import settings
from coach_app.ui.main_window import MainWindow
from coach_app.ui.settings import SettingsEditor
from tests.sync.certificates import TlsCluster


def test_the_ca_is_set_in_the_settings_and_the_sync_verifies_the_server(
    qtbot: QtBot,
    db: Database,
    tls_server: TlsCluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    editor = SettingsEditor(window, db)
    qtbot.addWidget(editor.dialog)
    dialog = editor.dialog
    dialog.show()
    # Nothing to verify against yet.
    assert not editor.verify_server.isEnabled() and not editor.verify_server.isChecked()
    assert not editor.tls_warning.isVisibleTo(dialog)

    # A missing file, then a file that is no PEM certificate: said plainly, nothing saved
    # (not even the language chosen in the same dialog).
    editor.language.setCurrentIndex(editor.language.findData("en"))
    editor.ca_file.setText(str(tmp_path / "없는파일.crt"))
    editor.save()
    assert "CA 인증서 파일이 없습니다" in editor.message.text()
    not_pem = tmp_path / "agency.pem"
    not_pem.write_text("관리자 메모: 인증서는 나중에\n", encoding="utf-8")
    editor.ca_file.setText(str(not_pem))
    editor.save()
    assert "PEM 형식의 CA 인증서가 아닙니다" in editor.message.text()
    assert editor.message.isVisibleTo(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert tls_settings(db) == ServerTls() and settings.language() == "ko"
    editor.language.setCurrentIndex(editor.language.findData("ko"))

    # The file chooser fills the field; turning verification off shows the warning.
    ca = tls_server.certificates.ca
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(ca), ""))
    button = dialog.findChild(QPushButton, "ca_button")
    assert button is not None
    button.click()
    assert editor.ca_file.text() == str(ca)
    assert editor.verify_server.isEnabled() and editor.verify_server.isChecked()
    editor.verify_server.setChecked(False)
    assert editor.tls_warning.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height())  # not cut off
    editor.verify_server.setChecked(True)
    assert not editor.tls_warning.isVisibleTo(dialog)
    editor.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tls_settings(db) == ServerTls(str(ca.resolve()), verify=True)
    assert SettingsEditor(window, db).ca_file.text() == str(ca.resolve())  # shown again

    # The sync from the sync page connects with them, and only a verified server answers.
    seen: list[dict[str, Any]] = []
    real_connect = psycopg.connect

    def spy(conninfo: str, **kwargs: Any) -> Any:
        seen.append(conninfo_to_dict(conninfo))
        return real_connect(conninfo, **kwargs)

    monkeypatch.setattr("coach_app.sync.connection.psycopg.connect", spy)
    page = window.sync_page
    page.server.setText(tls_server.url(database="coach"))
    page.login.setText("kim_coach")
    with qtbot.waitSignal(window.sync.succeeded, timeout=30_000):
        page.sync_button.click()
    assert seen and {(p["sslmode"], p["sslrootcert"]) for p in seen} == {
        ("verify-full", str(ca.resolve()))
    }
    assert "받음" in page.result.text()

    # The same server by its IP address is not the host its certificate names.
    qtbot.waitUntil(page.sync_button.isEnabled)
    page.server.setText(tls_server.url(host="127.0.0.1", database="coach"))
    with qtbot.waitSignal(window.sync.failed, timeout=30_000):
        page.sync_button.click()
    qtbot.waitUntil(lambda: "보안(TLS) 연결을 맺지 못했습니다" in page.result.text())
    assert "does not match host name" in page.result.text()

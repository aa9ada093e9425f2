"""The window's side of encryption: the passphrase asked at start where there is no
keyring, and the recovery key shown once after the data was first encrypted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app.services import encryption
from coach_app.store.database import Database


class PassphraseDialog(QDialog):
    """Asks for the passphrase (or the recovery key), or has a new passphrase chosen."""

    def __init__(self, ask: encryption.Ask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creating = ask.creating
        self.setWindowTitle(self.tr("데이터 암호"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if ask.creating:
            text = self.tr(
                "이 컴퓨터에는 암호화 키를 보관할 키링이 없습니다. 노트북을 잃어버려도 자료가 "
                "새지 않도록, 데이터를 암호화할 암호를 정하세요(8자 이상). Coach를 시작할 때마다 "
                "묻습니다."
            )
        else:
            text = self.tr(
                "데이터가 암호화되어 있습니다. 암호를 입력하세요. 다른 컴퓨터에서 처음 여는 "
                "경우에는 복구 키를 입력하세요."
            )
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        folder = QLabel(str(ask.folder))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("secret")
        self.secret.setPlaceholderText(
            self.tr("새 암호") if ask.creating else self.tr("암호 또는 복구 키")
        )
        layout.addWidget(self.secret)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setObjectName("again")
        self.again.setPlaceholderText(self.tr("새 암호 확인"))
        layout.addWidget(self.again)
        self.again.setVisible(ask.creating)
        self.problem = QLabel(ask.problem)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(ask.problem))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.creating and self.secret.text() != self.again.text():
            self.problem.setText(self.tr("두 암호가 다릅니다."))
            self.problem.show()
            return
        self.accept()

    @classmethod
    def ask(cls, ask: encryption.Ask) -> str | None:
        """The passphrase typed, or None when the user cancelled (tests patch this)."""
        dialog = cls(ask)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.secret.text()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown until the user says it is written down."""

    def __init__(self, recovery: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("복구 키"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "이 노트북의 자료(데이터베이스, 사진, 임시 저장, 백업)를 암호화했습니다. 아래 "
                "복구 키를 종이에 적어 안전한 곳에 보관하세요. 다른 컴퓨터나 새 사용자 계정에서 "
                "자료를 열 때 필요하며, 다시 표시되지 않습니다."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        key = QLabel(recovery)
        key.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(key)
        self.written = QCheckBox(self.tr("복구 키를 적어 두었습니다"))
        self.written.setObjectName("written")
        layout.addWidget(self.written)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.written.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Escape does not close it: the key must be written down first."""

    @classmethod
    def show_once(cls, db: Database, parent: QWidget | None = None) -> None:
        recovery = encryption.recovery_to_show(db)
        if recovery is None:
            return
        if cls(recovery, parent).exec() == QDialog.DialogCode.Accepted:
            encryption.recovery_shown(db)


def install() -> None:
    """Ask in a dialog when the data key is needed and the keyring does not have it."""
    encryption.set_prompt(PassphraseDialog.ask)

"""Qt Designer forms from ``forms/``: loaded at run time, one way, for every dialog.

``load()`` builds the widgets of ``forms/NAME.ui`` into a fresh widget; the Python class
that owns the dialog finds its children by object name with ``child()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coach_app import paths

W = TypeVar("W", bound=QWidget)


class FormMissing(RuntimeError):
    pass


def available() -> list[str]:
    return sorted(p.stem for p in paths.forms().glob("*.ui"))


# Python classes that forms name as promoted widgets; their modules register them.
_PROMOTED: list[type[QWidget]] = []


def promote(kind: type[QWidget]) -> None:
    """Let forms build ``kind`` (a promoted widget in Designer) as the Python class."""
    if kind not in _PROMOTED:
        _PROMOTED.append(kind)


def load(name: str, parent: QWidget | None = None) -> QWidget:
    path = paths.forms() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormMissing(f"cannot open form {path}")
    try:
        loader = QUiLoader()
        for kind in _PROMOTED:
            loader.registerCustomWidget(kind)
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormMissing(f"cannot build form {path}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    found = form.findChild(kind, name)
    if found is None:
        raise FormMissing(f"form {form.objectName()} has no {kind.__name__} '{name}'")
    return found


def save_and_cancel(form: QWidget, dialog: QDialog, save: Callable[[], object]) -> None:
    """A form's 저장 / 취소 button box (in the app's words, not Qt's) and Ctrl+S, wired to
    ``save`` and to closing the dialog."""
    buttons = child(form, QDialogButtonBox, "buttons")
    translate = QCoreApplication.translate
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Forms", "저장"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Forms", "취소"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog).activated.connect(save)

"""Designer forms, compiled by ``make forms`` into ``coach_app/ui/generated/``.

Screens build their form with its class (``Ui_X().setupUi(widget)``) and reach its widgets
as typed attributes. ``load()`` and ``child()`` are the older way, by name, still used by
the screens not yet moved to their classes.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coach_app.ui import generated

W = TypeVar("W", bound=QWidget)


class FormMissing(RuntimeError):
    pass


def available() -> list[str]:
    return sorted(
        module.name.removeprefix("ui_")
        for module in pkgutil.iter_modules(generated.__path__)
        if module.name.startswith("ui_")
    )


def load(name: str, parent: QWidget | None = None) -> QWidget:
    """A fresh widget holding the form ``forms/NAME.ui``, built by its compiled class."""
    try:
        module = importlib.import_module(f"{generated.__name__}.ui_{name}")
    except ModuleNotFoundError as error:
        raise FormMissing(f"no compiled form {name}: make forms") from error
    (form_class,) = (value for key, value in vars(module).items() if key.startswith("Ui_"))
    # The kind of widget the form is drawn on (QWidget, QDialog, QWizard) is what its
    # setupUi is annotated with.
    drawn_on = list(inspect.signature(form_class.setupUi).parameters.values())[1].annotation
    widget: QWidget = drawn_on(parent)
    form_class().setupUi(widget)
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

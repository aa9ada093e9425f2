"""The import wizard's page, promoted in forms/import_wizard.ui (its own module, so the
compiled form can import it without importing the wizard that imports the form)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizardPage


class ImportPage(QWizardPage):
    """A wizard page that asks its owner before the wizard moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leave: Callable[[], bool] = lambda: True

    def validatePage(self) -> bool:
        return self.leave()

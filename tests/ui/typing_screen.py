"""A coach typing without a pause into one screen, in a process of its own, so a test can
kill it (SIGKILL) mid-typing and look at the draft left on disk.

    python -m tests.ui.typing_screen SCREEN DATABASE LOG ID [STOP_AFTER]

SCREEN is visit, visit_cell, diagnosis, roadmap_item or company; ID the company (or, for
roadmap_item, the roadmap). One character is typed every 20 ms as real key events; after
each, "count time" is appended to LOG. With STOP_AFTER the typing stops after that many
characters and the process waits, idle, to be killed.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

# What is typed: Korean and Latin, so the draft's encoding is tried too.
TEXT = "현장코칭 notes 공정 병목 42. "
KEYSTROKE_MS = 20


def typed(count: int) -> str:
    return "".join(TEXT[i % len(TEXT)] for i in range(count))


def open_screen(screen: str, database: object, target_id: uuid.UUID) -> tuple[QWidget, QWidget]:
    """The screen and the widget typed into."""
    from coach_app.store.database import Database

    assert isinstance(database, Database)
    if screen in ("visit", "visit_cell"):
        from coach_app.ui.visit_editor import VisitEditor

        visit = VisitEditor(database, target_id)
        visit.show()
        if screen == "visit":
            return visit, visit.notes
        visit._add_difficulty()  # opens the description cell's editor
        QApplication.processEvents()
        cell = visit.raised_view.viewport().findChild(QLineEdit)
        assert cell is not None
        return visit, cell
    if screen == "diagnosis":
        from coach_app.ui.diagnosis_editor import DiagnosisEditor

        diagnosis = DiagnosisEditor(database, target_id)
        diagnosis.show()
        return diagnosis, diagnosis.comment
    if screen == "roadmap_item":
        from coach_app.ui.roadmap_item import ItemEditor

        item = ItemEditor(database, target_id, [])
        item.show()
        return item, item.description
    from coach_app.ui.company_form import CompanyEditor

    company = CompanyEditor(database)
    company.dialog.show()
    return company.dialog, company.fields["address"]


def press(widget: QWidget, character: str) -> None:
    """A key press and release carrying ``character``, as a keyboard (or an input method
    committing a Hangul syllable) delivers it."""
    key = ord(character.upper()) if character.isascii() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(widget, event)


def main() -> None:
    screen, database_path, log_path, target = sys.argv[1:5]
    stop_after = int(sys.argv[5]) if len(sys.argv) > 5 else None
    app = QApplication(sys.argv[:1])
    from coach_app.store.database import Database

    database = Database.open(Path(database_path), take_backup=False, check=False)
    window, target_widget = open_screen(screen, database, uuid.UUID(target))
    target_widget.setFocus()
    log = Path(log_path).open("a", encoding="utf-8")  # noqa: SIM115 (open until killed)
    count = 0

    def keystroke() -> None:
        nonlocal count
        if stop_after is not None and count >= stop_after:
            return
        press(target_widget, TEXT[count % len(TEXT)])
        count += 1
        log.write(f"{count} {time.time():.3f}\n")
        log.flush()

    timer = QTimer()
    timer.setInterval(KEYSTROKE_MS)
    timer.timeout.connect(keystroke)
    timer.start()
    app.exec()
    window.close()


if __name__ == "__main__":
    main()

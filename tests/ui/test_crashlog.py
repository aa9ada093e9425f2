"""A crash that never reaches Python's error handler still leaves its stack in the log folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

_CHILD = textwrap.dedent(
    """
    import faulthandler, sys
    from pathlib import Path
    from PySide6.QtCore import qWarning
    from PySide6.QtWidgets import QApplication
    from coach_app import logs
    from coach_app.ui import crashlog

    folder = Path(sys.argv[1])
    logs.setup(folder)
    crashlog.install(folder)
    app = QApplication([])
    qWarning("a warning from Qt itself")
    for handler in logs.log.handlers:
        handler.flush()
    faulthandler._sigsegv()
    """
)


def test_a_segfault_and_qt_warnings_end_up_in_the_log_folder(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0  # it did crash
    crash = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "Current thread" in crash
    log = (tmp_path / "coach.log").read_text(encoding="utf-8")
    assert "WARNING coach_app.qt: a warning from Qt itself" in log

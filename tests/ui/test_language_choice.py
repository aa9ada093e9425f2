"""The language chosen in the settings is the one the next start opens in."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHOOSE = textwrap.dedent(
    """
    from PySide6.QtCore import QSettings
    from coach_app.ui.app import make_application
    from coach_app.ui.language import LANGUAGE
    make_application([])
    QSettings().setValue(LANGUAGE, "en")  # as the settings dialog saves it
    QSettings().sync()
    """
)

# What a start reads first, before any QApplication exists.
READ = "from coach_app.ui.language import language; print(language())"


def test_the_chosen_language_is_read_back_at_the_next_start(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
    }
    for code in (CHOOSE, READ):
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "en"

"""One log file in the user's data folder, for the tracebacks users should never see."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from coach_app import paths

log = logging.getLogger("coach_app")


class _WithoutPasswords(logging.Formatter):
    """A server address in a message or a traceback never brings its password along."""

    def format(self, record: logging.LogRecord) -> str:
        from coach_app.sync.credentials import without_password

        return without_password(super().format(record))


def setup(folder: Path | None = None) -> Path:
    """Send coach_app's log records to a rotating file; returns its path."""
    folder = folder or paths.log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "coach.log"
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(_WithoutPasswords("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path

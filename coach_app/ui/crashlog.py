"""What a crash leaves behind: Python's and Qt's last words in the log folder.

A segfault in Qt or a deadlock never reaches ``sys.excepthook``; ``faulthandler`` writes
every thread's stack to ``crash.log`` instead. Qt's own warnings go to the log file, where
an administrator finds them next to our tracebacks, instead of a console nobody sees.
"""

from __future__ import annotations

import faulthandler
import logging
from pathlib import Path
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from coach_app import logs

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# Kept open for the life of the process: faulthandler writes to the descriptor at the crash.
_crash_file: IO[str] | None = None


def install(log_folder: Path) -> Path:
    """Route crashes and Qt's messages to the log folder; returns the crash file's path."""
    global _crash_file
    path = log_folder / "crash.log"
    if _crash_file is None:
        log_folder.mkdir(parents=True, exist_ok=True)
        _crash_file = path.open("a", encoding="utf-8")
        faulthandler.enable(_crash_file, all_threads=True)
    qInstallMessageHandler(_qt_message)
    return path


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    logs.log.getChild("qt").log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

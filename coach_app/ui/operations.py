"""What the window says when background work ends badly: one rule for every operation.

The task runner has already logged an unexpected error with its traceback (on the worker
thread, where it happened); here it only becomes words. A ``CoachError`` says what to do
in its own message; a cancel is no failure at all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach_app.domain.errors import Cancelled, CoachError


def failure_text(error: BaseException, unexpected: str) -> str | None:
    """The message for ``error``: None after a cancel, the error's own words when it is
    expected, else ``unexpected`` (what could not be done) and where the details are."""
    if isinstance(error, Cancelled):
        return None
    if isinstance(error, CoachError):
        return str(error)
    return QCoreApplication.translate(
        "Operations", "%1 자세한 내용은 로그 파일에 있습니다."
    ).replace("%1", unexpected)

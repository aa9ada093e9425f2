"""One log file in the user's data folder, for the tracebacks users should never see."""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path

from coach_app import paths

log = logging.getLogger("coach_app")


# What an error's message may carry of the company's data: SQL parameters, PostgreSQL's
# DETAIL line with the values of a key, quoted values, Korean text (names, notes), e-mail
# addresses and numbers such as 사업자등록번호 or phones. Tracebacks keep where it happened.
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(Background|$))", re.DOTALL | re.MULTILINE)
_DETAIL = re.compile(r"^\s*DETAIL:.*$", re.MULTILINE)
_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBERS = re.compile(r"\d[\d-]{5,}\d")


def without_company_data(message: str) -> str:
    """An error message with the values it quoted taken out (the kind of error stays)."""
    message = _PARAMETERS.sub("[parameters hidden]", message)
    message = _DETAIL.sub("DETAIL: (hidden)", message)
    message = _QUOTED.sub("'…'", message)
    message = _EMAIL.sub("…@…", message)
    message = _HANGUL.sub("…", message)
    return _NUMBERS.sub("…", message)


class _WithoutPasswords(logging.Formatter):
    """A server address in a message or a traceback never brings its password along, and
    an error's message never brings the company data it quoted (a lost laptop's log file
    is as readable as any other file)."""

    def format(self, record: logging.LogRecord) -> str:
        from coach_app.sync.credentials import without_password

        return without_password(super().format(record))

    def formatException(self, ei: object) -> str:  # noqa: N802 (logging's name)
        error = ei[1] if isinstance(ei, tuple) else None
        if not isinstance(error, BaseException):
            return super().formatException(ei)  # type: ignore[arg-type]
        return _traceback(error)


def _traceback(error: BaseException) -> str:
    """Python's traceback (every chained error, innermost first), each message cleaned."""
    chain: list[BaseException] = []
    found: BaseException | None = error
    while found is not None and found not in chain:
        chain.append(found)
        found = found.__cause__ or (None if found.__suppress_context__ else found.__context__)
    parts = []
    for link in reversed(chain):
        lines = ["Traceback (most recent call last):\n", *traceback.format_tb(link.__traceback__)]
        kind = type(link)
        lines.append(f"{kind.__module__}.{kind.__qualname__}: {without_company_data(str(link))}")
        parts.append("".join(lines))
    return "\n\nwhich led to:\n".join(parts)


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

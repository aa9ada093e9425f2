"""The red line under a field that says what is wrong with it, in the user's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtWidgets import QLabel

from coach_app.domain.errors import FieldProblem


def prepare(labels: Iterable[QLabel]) -> None:
    for label in labels:
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.clear()


def show(labels: dict[str, QLabel], problems: list[tuple[str, str]], rest: str) -> None:
    """``problems``: (field, message) pairs; a field without a label of its own is shown
    at the ``rest`` field's label, so no message is ever dropped."""
    by_field: dict[str, list[str]] = {}
    for field, message in problems:
        key = field if field in labels else rest
        by_field.setdefault(key, []).append(message)
    for field, label in labels.items():
        label.setText("\n".join(dict.fromkeys(by_field.get(field, []))))


def messages(problems: Iterable[FieldProblem]) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in problems]


def parse_date(field: str, text: str, found: list[FieldProblem]) -> dt.date | None:
    """A typed ISO date; empty is None (the domain says if it is required)."""
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        found.append(FieldProblem(field, "date_format"))
        return None

"""Small field checks shared by the drafts of every entity."""

from __future__ import annotations

import datetime as dt
import re

from coach_app.domain.errors import FieldProblem

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9\-\s]{6,18}[0-9]$")


def required_text(field: str, value: str, max_length: int) -> FieldProblem | None:
    if not value.strip():
        return FieldProblem(field, "required")
    return text_length(field, value, max_length)


def text_length(field: str, value: str, max_length: int) -> FieldProblem | None:
    if len(value) > max_length:
        return FieldProblem(field, "too_long", {"max": max_length})
    return None


def not_negative(field: str, value: int | None) -> FieldProblem | None:
    if value is not None and value < 0:
        return FieldProblem(field, "not_negative")
    return None


def email(field: str, value: str) -> FieldProblem | None:
    if value and not _EMAIL.match(value):
        return FieldProblem(field, "email_format")
    return None


def phone(field: str, value: str) -> FieldProblem | None:
    if value and not _PHONE.match(value):
        return FieldProblem(field, "phone_format")
    return None


def not_future(field: str, value: dt.date | None, today: dt.date) -> FieldProblem | None:
    if value is not None and value > today:
        return FieldProblem(field, "future_date")
    return None


def date_order(field: str, start: dt.date | None, end: dt.date | None) -> FieldProblem | None:
    if start is not None and end is not None and end < start:
        return FieldProblem(field, "date_order")
    return None


def collect(*problems: FieldProblem | None) -> list[FieldProblem]:
    return [p for p in problems if p is not None]

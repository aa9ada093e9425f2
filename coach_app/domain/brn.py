"""사업자등록번호 (business registration number): format and check digit.

Ten digits written ``XXX-XX-XXXXX``. The last digit is a check digit: multiply the first
nine by 1,3,7,1,3,7,1,3,5, add the tens digit of the ninth product, and the check digit
makes the total a multiple of ten.
"""

from __future__ import annotations

import re

from coach_app.domain.errors import FieldProblem

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_ACCEPTED = re.compile(r"^\s*(\d{3})[-\s]?(\d{2})[-\s]?(\d{5})\s*$")


def check_digit(first_nine: str) -> int:
    """The check digit for the first nine digits of a number."""
    digits = [int(c) for c in first_nine]
    if len(digits) != 9:
        raise ValueError("need exactly nine digits")
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def normalize(text: str) -> str | None:
    """``'1234567890'`` or ``'123 45 67890'`` → ``'123-45-67890'``; None if not ten digits."""
    match = _ACCEPTED.match(text)
    if match is None:
        return None
    return "-".join(match.groups())


def problem(text: str, field: str = "brn") -> FieldProblem | None:
    """What is wrong with ``text`` as a number, or None if it is valid."""
    if not text.strip():
        return FieldProblem(field, "required")
    normalized = normalize(text)
    if normalized is None:
        return FieldProblem(field, "brn_format")
    digits = normalized.replace("-", "")
    if check_digit(digits[:9]) != int(digits[9]):
        return FieldProblem(field, "brn_check_digit")
    return None


def is_valid(text: str) -> bool:
    return problem(text) is None


def complete(first_nine: str) -> str:
    """A valid, formatted number from nine digits (used for demo and test data)."""
    digits = first_nine + str(check_digit(first_nine))
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"

"""Money: integer KRW (원), shown with separators and in 만원/억원."""

from __future__ import annotations

import re

from coach_app.domain.messages import pick

MAN = 10_000
EOK = 100_000_000
JO = 1_000_000_000_000

_UNITS = {
    "원": 1,
    "천원": 1_000,
    "만원": MAN,
    "만": MAN,
    "백만원": 1_000_000,
    "억원": EOK,
    "억": EOK,
    "조원": JO,
    "조": JO,
}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(조원|조|억원|억|백만원|천원|만원|만|원)?")


def format_won(amount: int) -> str:
    """12345678 → '12,345,678원' (English: '12,345,678 won')."""
    return pick(f"{amount:,}원", f"{amount:,} won")


def _english_short(amount: int) -> str:
    """English readers count in millions and billions: 3_000_000_000 → '3.0 billion won'."""
    if abs(amount) >= 1_000_000_000:
        return f"{amount / 1_000_000_000:,.1f} billion won"
    if abs(amount) >= 1_000_000:
        return f"{amount / 1_000_000:,.1f} million won"
    return f"{amount:,} won"


def format_korean(amount: int) -> str:
    """Split into 조/억/만: 123456789 → '1억 2,345만 6,789원'; 0 → '0원'."""
    if pick("ko", "en") == "en":
        return f"{amount:,} won"
    if amount == 0:
        return "0원"
    sign = "-" if amount < 0 else ""
    rest = abs(amount)
    parts: list[str] = []
    for unit, name in ((JO, "조"), (EOK, "억"), (MAN, "만")):
        count, rest = divmod(rest, unit)
        if count:
            parts.append(f"{count:,}{name}")
    if rest:
        parts.append(f"{rest:,}")
    return sign + " ".join(parts) + "원"


def format_manwon(amount: int) -> str:
    """Rounded to 만원, as budgets are usually read: 15_004_000 → '1,500만원'."""
    if pick("ko", "en") == "en":
        return _english_short(amount)
    man = _round_half_away(amount, MAN)
    return f"{man:,}만원"


def format_eok(amount: int, decimals: int = 1) -> str:
    """In 억원 with ``decimals`` places: 1_234_000_000 → '12.3억원'."""
    if pick("ko", "en") == "en":
        return _english_short(amount)
    value = amount / EOK
    return f"{value:,.{decimals}f}억원"


def format_short(amount: int) -> str:
    """The form people read at a glance: 억원 from 1억 up, 만원 from 1만 up, else 원."""
    if abs(amount) >= EOK:
        return format_eok(amount, 1 if abs(amount) < 10 * EOK else 0)
    if abs(amount) >= MAN:
        return format_manwon(amount)
    return format_won(amount)


def parse_krw(text: str) -> int:
    """Read an amount the way people type it.

    Accepts '15000000', '15,000,000', '15,000,000원', '1500만원', '1.5억', '1억 2,000만원'.
    Raises ValueError for anything else, including fractions of a 원.
    """
    cleaned = text.replace(",", "").replace(" ", "").strip()
    negative = cleaned.startswith("-")
    if negative:
        cleaned = cleaned[1:]
    if not cleaned:
        raise ValueError("empty amount")
    total = 0
    position = 0
    for match in _PART.finditer(cleaned):
        if match.start() != position or not match.group(0):
            break
        number, unit = match.group(1), match.group(2) or "원"
        whole, _, fraction = number.partition(".")
        scale = _UNITS[unit]
        value = int(whole) * scale
        if fraction:
            numerator = int(fraction) * scale
            denominator = 10 ** len(fraction)
            if numerator % denominator:
                raise ValueError(f"not a whole number of 원: {text!r}")
            value += numerator // denominator
        total += value
        position = match.end()
    if position != len(cleaned):
        raise ValueError(f"not an amount: {text!r}")
    return -total if negative else total


def _round_half_away(amount: int, unit: int) -> int:
    quotient, remainder = divmod(abs(amount), unit)
    if remainder * 2 >= unit:
        quotient += 1
    return -quotient if amount < 0 else quotient

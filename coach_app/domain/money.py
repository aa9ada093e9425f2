"""Money: integer KRW (원), shown with separators and in 만원/억원."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from coach_app.domain.messages import pick

MAN = 10_000
EOK = 100_000_000
JO = 1_000_000_000_000

# Korean numerals as amounts are typed: 천/백/십 count within a group of four digits,
# 만/억/조 close the group ("5억 2천만" = 5억 + 2천 × 만).
_SMALL = {"십": 10, "백": 100, "천": 1_000}
_BIG = {"만": MAN, "억": EOK, "조": JO}
_TOKEN = re.compile(r"(\d+(?:\.\d+)?)?([십백천만억조])?")


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

    Accepts '15000000', '15,000,000원', '1500만원', '1,500만 원', '5억', '5 억', '1.5억',
    '1억 2,000만원', '5억 2천만', '3천원', '5백만원'. Raises ValueError for anything else,
    including fractions of a 원.
    """
    cleaned = _cleaned(text).removeprefix("₩")
    return _korean_number(cleaned.removesuffix("원"), text)


def parse_count(text: str) -> int:
    """A whole count or dollar figure typed the same way: '1,200', '5만', '120만 달러', '12명'."""
    cleaned = _cleaned(text).removeprefix("$")
    for unit in ("달러", "USD", "usd", "명", "건", "$"):
        if cleaned.endswith(unit):
            cleaned = cleaned.removesuffix(unit)
            break
    return _korean_number(cleaned, text)


def _cleaned(text: str) -> str:
    # NFKC folds full-width digits and commas typed with a Korean input method.
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.replace(",", "").split()).replace("−", "-")


def _korean_number(cleaned: str, text: str) -> int:
    negative = cleaned.startswith("-")
    cleaned = cleaned.removeprefix("-")
    if not cleaned or not (cleaned[0].isdigit() or cleaned[0] in _SMALL):
        raise ValueError(f"not an amount: {text!r}")
    total = Decimal(0)
    group = Decimal(0)
    last_big = last_small = None
    position = 0
    while position < len(cleaned):
        match = _TOKEN.match(cleaned, position)
        if match is None or not match.group(0):
            raise ValueError(f"not an amount: {text!r}")
        number, unit = match.group(1), match.group(2)
        position = match.end()
        if unit in _SMALL:
            if last_small is not None and _SMALL[unit] >= last_small:
                raise ValueError(f"units out of order: {text!r}")
            last_small = _SMALL[unit]
            group += Decimal(number or 1) * _SMALL[unit]
        elif unit in _BIG:
            if last_big is not None and _BIG[unit] >= last_big:
                raise ValueError(f"units out of order: {text!r}")
            group += Decimal(number or 0)
            total += group * _BIG[unit]
            last_big, last_small, group = _BIG[unit], None, Decimal(0)
        else:  # a plain number: the ones, only at the end
            if position != len(cleaned):
                raise ValueError(f"not an amount: {text!r}")
            group += Decimal(number)
    total += group
    if total != total.to_integral_value():
        raise ValueError(f"not a whole number: {text!r}")
    return -int(total) if negative else int(total)


def _round_half_away(amount: int, unit: int) -> int:
    quotient, remainder = divmod(abs(amount), unit)
    if remainder * 2 >= unit:
        quotient += 1
    return -quotient if amount < 0 else quotient

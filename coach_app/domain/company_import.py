"""Reading companies from a spreadsheet row: which column is which field, and what each
cell means (numbers typed as text, dates in the ways people write them, amounts in 만원)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coach_app.domain.company import REGIONS, CompanyDraft, SupplierTier
from coach_app.domain.errors import FieldProblem
from coach_app.domain.money import parse_krw


@dataclass(frozen=True)
class ImportField:
    key: str  # the CompanyDraft attribute
    required: bool
    # Header texts that mean this field, folded (lower case, no spaces or punctuation).
    synonyms: tuple[str, ...]


FIELDS: tuple[ImportField, ...] = (
    ImportField("name", True, ("기업명", "업체명", "회사명", "상호", "기업", "name", "company")),
    ImportField(
        "brn",
        True,
        ("사업자등록번호", "사업자번호", "등록번호", "brn", "businessno", "businessnumber"),
    ),
    ImportField("ceo", False, ("대표자", "대표", "대표자명", "대표이사", "ceo")),
    ImportField("region", False, ("지역", "시도", "소재지", "region")),
    ImportField("industry", False, ("업종", "업태", "산업", "industry")),
    ImportField("address", False, ("주소", "사업장주소", "address")),
    ImportField(
        "employees",
        False,
        ("종업원", "종업원수", "직원수", "근로자수", "상시근로자수", "인원", "employees"),
    ),
    ImportField(
        "revenue", False, ("매출액", "매출", "연매출", "연매출액", "최근매출액", "revenue", "sales")
    ),
    ImportField("designation", False, ("지정", "지정인증", "인증", "designation")),
    ImportField("supplier_tier", False, ("협력사구분", "협력사", "tier", "suppliertier")),
    ImportField("founded_on", False, ("설립일", "설립일자", "창업일", "founded", "foundedon")),
    ImportField("phone", False, ("전화", "전화번호", "연락처", "phone", "tel")),
    ImportField("email", False, ("이메일", "전자우편", "email", "mail")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
REQUIRED = tuple(f.key for f in FIELDS if f.required)


# A unit written after a header, in brackets: 매출액(원), 종업원 수(명), 매출 [백만원].
_UNIT = re.compile(r"[(\[（［]\s*([^)\]）］]*?)\s*[)\]）］]\s*$")
# What one written amount is worth in 원, by the unit the header gives.
MONEY_UNITS = {"원": 1, "천원": 1_000, "만원": 10_000, "백만원": 1_000_000, "억원": 100_000_000}


def split_unit(header: object) -> tuple[str, str]:
    """'매출액(백만원)' → ('매출액', '백만원'); a header without a unit → (header, '')."""
    text = str(header or "").strip()
    match = _UNIT.search(text)
    if not match:
        return text, ""
    return text[: match.start()].strip(), match.group(1).replace(" ", "")


def fold(header: object) -> str:
    """A header as compared with the synonyms: no unit, spaces or punctuation, lower case."""
    name, _unit = split_unit(header)
    return re.sub(r"[\s·_\-()./:]+", "", name).casefold()


def money_unit(header: object) -> int:
    """How many 원 a plain number in this column stands for (1 when the header gives none,
    or a unit that is not money)."""
    _name, unit = split_unit(header)
    return MONEY_UNITS.get(unit, 1)


def guess_mapping(headers: Sequence[object]) -> dict[str, int]:
    """Field → column index, for the headers that clearly name a field."""
    folded = [fold(h) for h in headers]
    mapping: dict[str, int] = {}
    for field in FIELDS:
        for synonym in field.synonyms:
            if synonym in folded and folded.index(synonym) not in mapping.values():
                mapping[field.key] = folded.index(synonym)
                break
    return mapping


def missing_required(mapping: Mapping[str, int]) -> list[str]:
    return [key for key in REQUIRED if key not in mapping]


def is_empty(values: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


# Dates people type: 2015-03-02, 2015.3.2, 2015/03/02, 20150302, 2015년 3월 2일.
_DATE = re.compile(r"^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?\.?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def read_date(value: Any) -> dt.date | None:
    """A date from a date cell or from text; ValueError if it cannot be one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def _whole_number(value: Any, from_text: Callable[[str], int]) -> int | None:
    """A whole number from a number cell, or from text read by ``from_text``."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    return from_text(str(value))


def _count_text(text: str) -> int:
    text = text.replace(",", "").replace("명", "").strip()
    if not text.lstrip("-").isdigit():
        raise ValueError(text)
    return int(text)


def read_count(value: Any) -> int | None:
    """'1,200', '45명', 45.0 → a head count."""
    return _whole_number(value, _count_text)


def read_money(value: Any, unit: int = 1) -> int | None:
    """'12억', '1,500만원', 3500000000 → KRW; a bare number counts in ``unit`` 원 (the
    column's unit, e.g. 10,000 for a header 매출액(만원))."""

    def from_text(text: str) -> int:
        bare = text.replace(",", "").strip()
        if re.fullmatch(r"-?\d+(\.\d+)?", bare):
            return round(float(bare) * unit)
        return parse_krw(text)

    if isinstance(value, int | float) and not isinstance(value, bool) and unit != 1:
        return round(value * unit)
    return _whole_number(value, from_text)


# 1차 협력사, 2차, 1차벤더, 3차 이하, Tier 2, T1 …
_TIER = re.compile(r"^(?:tier|t)?\s*-?\s*([1-9])\s*(?:차|st|nd|rd|th)?", re.IGNORECASE)
_INDEPENDENT = ("완성품", "독립", "자체", "비협력", "해당없음", "independent", "own")


def read_tier(text: str) -> str:
    """A supplier tier as people write it → its stored value; anything else is left for
    validation to name."""
    if not text:
        return text
    known = SupplierTier.parse(text)
    if known is not None:
        return known.value
    folded = re.sub(r"\s+", "", text).casefold()
    if folded.startswith(_INDEPENDENT):
        return SupplierTier.INDEPENDENT.value
    match = _TIER.match(folded)
    if match and ("차" in folded or "tier" in folded or folded.startswith("t") or folded.isdigit()):
        level = int(match.group(1))
        return (SupplierTier.TIER1, SupplierTier.TIER2, SupplierTier.TIER3)[min(level, 3) - 1].value
    return text


# The 시·도 an address starts with: 서울특별시, 경기도, 광주광역시, 세종특별자치시, 전북특별자치도 …
_PROVINCE = re.compile(r"^(\S+?(?:특별자치시|특별자치도|특별시|광역시|도))(?:\s|$)")


def address_region(address: str) -> str:
    """The region an address names in its first word, when that word is a 시·도
    ('경기도 광주시 …' → 경기); '' when it does not say (e.g. it starts with a city)."""
    first = address.strip().split(maxsplit=1)[0] if address.strip() else ""
    if first in REGIONS:
        return first
    match = _PROVINCE.match(address.strip())
    if not match:
        return ""
    found = read_region(match.group(1))
    return found if found in REGIONS else ""


def read_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed in a text column (e.g. a phone without 0)
    return str(value).strip()


def read_region(text: str) -> str:
    """'광주광역시' or 'Gwangju' → '광주'; anything else is left for validation to name."""
    if not text or text in REGIONS:
        return text
    for short, english in REGIONS.items():
        if text.startswith(short) or text.casefold() == english.casefold():
            return short
    # 충청북도 → 충북, 경상남도 → 경남 … : first and third syllables.
    if len(text) >= 3 and text[0] + text[2] in REGIONS:
        return text[0] + text[2]
    return text


def draft_from(
    values: Mapping[str, Any], units: Mapping[str, int] | None = None
) -> tuple[CompanyDraft, list[FieldProblem]]:
    """A company draft from one row's mapped cells, and what could not be read.
    ``units``: for money fields, how many 원 a bare number stands for (from the header)."""
    problems: list[FieldProblem] = []
    units = units or {}

    def number(key: str, reader: Any, code: str) -> Any:
        try:
            if key in units:
                return reader(values.get(key), units[key])
            return reader(values.get(key))
        except ValueError:
            problems.append(FieldProblem(key, code))
            return None

    founded = number("founded_on", read_date, "date_format")
    draft = CompanyDraft(
        name=read_text(values.get("name")),
        brn=read_text(values.get("brn")),
        ceo=read_text(values.get("ceo")),
        address=read_text(values.get("address")),
        region=read_region(read_text(values.get("region")))
        or address_region(read_text(values.get("address"))),
        industry=read_text(values.get("industry")),
        employees=number("employees", read_count, "not_integer"),
        revenue=number("revenue", read_money, "money_format"),
        designation=read_text(values.get("designation")) or None,
        supplier_tier=read_tier(read_text(values.get("supplier_tier"))) or None,
        founded_on=founded,
        phone=read_text(values.get("phone")),
        email=read_text(values.get("email")),
    )
    return draft, problems + draft.problems()

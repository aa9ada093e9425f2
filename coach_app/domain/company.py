"""Companies (기업) and their contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coach_app.domain import brn
from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem
from coach_app.domain.messages import pick
from coach_app.domain.validate import (
    collect,
    email,
    not_future,
    not_negative,
    phone,
    required_text,
    text_length,
)

# The 17 시·도, stored by their usual short Korean name.
REGIONS: dict[str, str] = {
    "서울": "Seoul",
    "부산": "Busan",
    "대구": "Daegu",
    "인천": "Incheon",
    "광주": "Gwangju",
    "대전": "Daejeon",
    "울산": "Ulsan",
    "세종": "Sejong",
    "경기": "Gyeonggi",
    "강원": "Gangwon",
    "충북": "Chungbuk",
    "충남": "Chungnam",
    "전북": "Jeonbuk",
    "전남": "Jeonnam",
    "경북": "Gyeongbuk",
    "경남": "Gyeongnam",
    "제주": "Jeju",
}

# Industries coaches meet most; the field is free text, these are offered first.
INDUSTRIES: dict[str, str] = {
    "자동차부품": "Automotive parts",
    "뿌리산업": "Root industries (casting, moulding…)",
    "섬유": "Textiles",
    "전자": "Electronics",
    "기계": "Machinery",
    "화학": "Chemicals",
    "식품": "Food",
    "금속가공": "Metal processing",
    "에너지": "Energy",
    "바이오·헬스": "Bio and health",
    "광융합": "Photonics",
    "조선기자재": "Shipbuilding equipment",
}


class Designation(Choice):
    PREMIUM = "명품강소기업"
    PRE_PREMIUM = "PRE-명품강소기업"
    STAR = "스타기업"
    GLOBAL = "글로벌강소기업"
    WORLD_CLASS = "월드클래스300"
    INNOBIZ = "이노비즈"
    MAINBIZ = "메인비즈"


class SupplierTier(Choice):
    INDEPENDENT = "independent"
    TIER1 = "tier1"
    TIER2 = "tier2"
    TIER3 = "tier3"


label_choices(
    {
        Designation.PREMIUM: ("명품강소기업", "Premium SME"),
        Designation.PRE_PREMIUM: ("PRE-명품강소기업", "Pre-premium SME"),
        Designation.STAR: ("스타기업", "Star company"),
        Designation.GLOBAL: ("글로벌강소기업", "Global SME"),
        Designation.WORLD_CLASS: ("월드클래스300", "World Class 300"),
        Designation.INNOBIZ: ("이노비즈", "Inno-Biz"),
        Designation.MAINBIZ: ("메인비즈", "Main-Biz"),
        SupplierTier.INDEPENDENT: ("완성품·독립", "Own products"),
        SupplierTier.TIER1: ("1차 협력사", "Tier-1 supplier"),
        SupplierTier.TIER2: ("2차 협력사", "Tier-2 supplier"),
        SupplierTier.TIER3: ("3차 이하 협력사", "Tier-3+ supplier"),
    }
)


def region_label(region: str) -> str:
    return pick(region, REGIONS.get(region, region))


def industry_label(industry: str) -> str:
    """An offered industry in the user's language; one typed freely stays as typed."""
    return pick(industry, INDUSTRIES.get(industry, industry))


@dataclass
class CompanyDraft:
    """What a user fills in for a company; ``problems()`` says what cannot be saved."""

    name: str
    brn: str
    ceo: str = ""
    address: str = ""
    region: str = ""
    industry: str = ""
    employees: int | None = None
    revenue: int | None = None  # KRW per year
    designation: str | None = None
    supplier_tier: str | None = None
    founded_on: dt.date | None = None
    phone: str = ""
    email: str = ""

    def problems(self, today: dt.date | None = None) -> list[FieldProblem]:
        today = today or dt.date.today()
        found = collect(
            required_text("company_name", self.name, 100),
            brn.problem(self.brn),
            text_length("ceo", self.ceo, 50),
            text_length("address", self.address, 200),
            text_length("industry", self.industry, 50),
            not_negative("employees", self.employees),
            not_negative("revenue", self.revenue),
            not_future("founded_on", self.founded_on, today),
            phone("phone", self.phone),
            email("email", self.email),
        )
        if self.region and self.region not in REGIONS:
            found.append(FieldProblem("region", "unknown_choice", {"value": self.region}))
        if self.designation and Designation.parse(self.designation) is None:
            found.append(FieldProblem("designation", "unknown_choice", {"value": self.designation}))
        if self.supplier_tier and SupplierTier.parse(self.supplier_tier) is None:
            found.append(
                FieldProblem("supplier_tier", "unknown_choice", {"value": self.supplier_tier})
            )
        return found

    def normalized(self) -> CompanyDraft:
        """The same company with canonical spellings (call after ``problems()`` is empty)."""
        designation = Designation.parse(self.designation) if self.designation else None
        tier = SupplierTier.parse(self.supplier_tier) if self.supplier_tier else None
        return CompanyDraft(
            name=self.name.strip(),
            brn=brn.normalize(self.brn) or self.brn,
            ceo=self.ceo.strip(),
            address=self.address.strip(),
            region=self.region,
            industry=self.industry.strip(),
            employees=self.employees,
            revenue=self.revenue,
            designation=designation.value if designation else None,
            supplier_tier=tier.value if tier else None,
            founded_on=self.founded_on,
            phone=self.phone.strip(),
            email=self.email.strip(),
        )


@dataclass
class ContactDraft:
    name: str
    position: str = ""
    phone: str = ""
    email: str = ""

    def problems(self) -> list[FieldProblem]:
        return collect(
            required_text("name", self.name, 50),
            text_length("position", self.position, 50),
            phone("phone", self.phone),
            email("email", self.email),
        )


def search_text(
    name: str, brn_text: str, ceo: str, region: str, industry: str, designation: str | None
) -> str:
    """What search-as-you-type matches a company by: every searchable field, folded."""
    parts = [name, brn_text, ceo, region, industry, designation or "", brn_text.replace("-", "")]
    return " ".join(parts).casefold()


def search_text_of(company: Mapping[str, Any]) -> str:
    """``search_text`` of a company given as a mapping of its stored fields."""
    return search_text(
        company["name"],
        company["brn"],
        company["ceo"] or "",
        company["region"] or "",
        company["industry"] or "",
        company["designation"],
    )


def matches(text: str, query: str) -> bool:
    """Whether every word of ``query`` occurs in a company's ``search_text``."""
    return all(word in text for word in query.casefold().split())

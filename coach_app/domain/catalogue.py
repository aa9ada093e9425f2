"""The support-programme catalogue and the roadmap items it suggests.

Each catalogue entry says what it funds, which diagnosis areas and difficulty categories it
answers, and its eligibility rules. ``suggest`` matches a company's gaps and open
difficulties against the catalogue and explains every proposal: why it fits and, when it
cannot be used, why not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from coach_app.domain.datafile import DataReader, Text, shown
from coach_app.domain.difficulty import DifficultyCategory
from coach_app.domain.messages import pick
from coach_app.domain.money import format_won
from coach_app.domain.roadmap import Budget, Stage
from coach_app.domain.scoring import HIGHEST, LOWEST


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name: Text
    agency: str
    funds: Text
    stage: Stage
    item_type: str
    gap_areas: tuple[str, ...]
    categories: tuple[str, ...]
    budget_cap: int  # the programme's share at most, in KRW (0: no money, e.g. consulting)
    company_share: float  # the part of the total the company pays itself (자부담)
    local_share: float  # the part paid by the city or province (시비·도비)
    reentry_wait_years: int
    max_employees: int | None
    months: int

    def budget(self) -> Budget:
        """The largest funding the programme allows, split by source.

        The cap is on public money; the company's share comes on top of it.
        """
        if not self.budget_cap:
            return Budget()
        public_share = 1.0 - self.company_share
        total = round(self.budget_cap / public_share) if public_share > 0 else self.budget_cap
        local = round(total * self.local_share)
        return Budget(
            national=self.budget_cap - local, local=local, company=total - self.budget_cap
        )


def parse_catalogue(data: Mapping[str, Any], source: str) -> list[CatalogueEntry]:
    reader = DataReader(source)
    raw = data.get("programmes")
    if not isinstance(raw, list) or not raw:
        reader.fail("programmes", pick("사업이 하나도 없습니다", "there are no programmes"))
    entries: list[CatalogueEntry] = []
    seen: set[str] = set()
    for n, row in enumerate(raw):
        where = f"programmes[{n}]"
        if not isinstance(row, Mapping):
            reader.fail(where, pick("표 형식이어야 합니다", "must be a table"))
        code = reader.code(row, "code", where)
        reader.unique(code, seen, where)
        stage = Stage.parse(reader.text(row, "stage", where))
        if stage is None:
            reader.fail(
                f"{where}.stage",
                pick("알 수 없는 단계입니다", "unknown stage")
                + f" ({', '.join(s.value for s in Stage)})",
            )
        categories = reader.codes(row, "categories", where)
        for category in categories:
            if category not in {c.value for c in DifficultyCategory}:
                reader.fail(
                    f"{where}.categories",
                    pick(f"알 수 없는 애로 분야 '{category}'", f"unknown category '{category}'"),
                )
        company_share = reader.number(row, "company_share", where)
        local_share = reader.number(row, "local_share", where)
        if company_share + local_share >= 1:
            reader.fail(
                where,
                pick(
                    "자부담과 지방비 비율의 합은 1보다 작아야 합니다",
                    "company and local shares must add up to less than 1",
                ),
            )
        max_employees = row.get("max_employees")
        entries.append(
            CatalogueEntry(
                code=code,
                name=reader.bilingual(row, "name", where),
                agency=reader.text(row, "agency", where),
                funds=reader.bilingual(row, "funds", where),
                stage=stage,
                item_type=reader.text(row, "item_type", where),
                gap_areas=reader.codes(row, "gap_areas", where),
                categories=categories,
                budget_cap=int(reader.number(row, "budget_cap", where)),
                company_share=company_share,
                local_share=local_share,
                reentry_wait_years=int(reader.number(row, "reentry_wait_years", where)),
                max_employees=(
                    None
                    if max_employees is None
                    else int(reader.number(row, "max_employees", where))
                ),
                months=int(reader.number(row, "months", where, default=12)) or 12,
            )
        )
    return entries


@dataclass(frozen=True)
class Gap:
    """A diagnosis area below its target, on its checklist's scale (1 to ``top``)."""

    area: str
    area_name: str
    score: float
    target: float
    top: int = HIGHEST

    @property
    def size(self) -> float:
        return max(self.target - self.score, 0.0)

    @property
    def weight(self) -> float:
        """The gap as levels of a five-level scale: two TRL levels climb no further than
        one level of the others, so a nine-level checklist does not outrank them."""
        return self.size * (HIGHEST - LOWEST) / (self.top - LOWEST)


@dataclass(frozen=True)
class CompanyFacts:
    """What eligibility depends on."""

    employees: int | None
    # Programme code → the last date the company started an item funded by it.
    taken: Mapping[str, dt.date] = field(default_factory=dict)
    # Programme codes already in the roadmap being built.
    in_roadmap: frozenset[str] = frozenset()


@dataclass
class Proposal:
    entry: CatalogueEntry
    reasons: list[str]
    blockers: list[str]
    relevance: float
    gap_area: str | None = None  # the area code the item answers, kept on the item

    @property
    def eligible(self) -> bool:
        return not self.blockers

    def explanation(self) -> str:
        lines = [pick("추천 이유: ", "Why: ") + "; ".join(self.reasons)]
        if self.blockers:
            lines.append(pick("신청 불가: ", "Not eligible: ") + "; ".join(self.blockers))
        return "\n".join(lines)


def suggest(
    catalogue: Iterable[CatalogueEntry],
    gaps: Iterable[Gap],
    open_categories: Mapping[str, int],
    facts: CompanyFacts,
    today: dt.date,
) -> list[Proposal]:
    """Entries answering a gap or an open difficulty, eligible and most relevant first."""
    gap_list = [g for g in gaps if g.size > 0]
    proposals = []
    for entry in catalogue:
        reasons: list[str] = []
        relevance = 0.0
        matched = sorted(
            (g for g in gap_list if g.area in entry.gap_areas), key=lambda g: -g.weight
        )
        for gap in matched:
            reasons.append(
                pick(
                    f"진단 '{gap.area_name}' {gap.score:.1f}점 → 목표 {gap.target:.1f}점"
                    + _out_of(gap),
                    f"diagnosis '{gap.area_name}' {gap.score:.1f} → target {gap.target:.1f}"
                    + _out_of(gap),
                )
            )
            relevance += gap.weight
        for category in entry.categories:
            count = open_categories.get(category, 0)
            if count:
                label = DifficultyCategory(category).label
                reasons.append(
                    pick(
                        f"미해결 애로 '{label}' {count}건",
                        f"{count} open difficulties in '{label}'",
                    )
                )
                relevance += 0.5 * count
        if not reasons:
            continue
        proposals.append(
            Proposal(
                entry,
                reasons,
                _blockers(entry, facts, today),
                relevance,
                matched[0].area if matched else None,
            )
        )
    proposals.sort(key=lambda p: (not p.eligible, -p.relevance, p.entry.code))
    return proposals


def _out_of(gap: Gap) -> str:
    """The scale, said only when it is not the usual 1–5 (a TRL gap reads "(of 9)")."""
    return "" if gap.top == HIGHEST else pick(f" ({gap.top}단계 중)", f" (of {gap.top})")


def _blockers(entry: CatalogueEntry, facts: CompanyFacts, today: dt.date) -> list[str]:
    blockers = []
    if entry.code in facts.in_roadmap:
        blockers.append(pick("이미 이 로드맵에 있습니다", "already in this roadmap"))
    taken = facts.taken.get(entry.code)
    if taken is not None and entry.reentry_wait_years:
        again = _add_years(taken, entry.reentry_wait_years)
        if today < again:
            blockers.append(
                pick(
                    f"재참여 제한: {taken:%Y-%m-%d} 참여, {again:%Y-%m-%d}부터 다시 신청 가능",
                    f"re-entry wait: took part on {taken:%Y-%m-%d}, "
                    f"may apply again from {again:%Y-%m-%d}",
                )
            )
    if entry.max_employees is not None and (facts.employees or 0) > entry.max_employees:
        blockers.append(
            pick(
                f"종업원 {entry.max_employees:,}명 이하 기업만 신청 가능 "
                f"(현재 {facts.employees:,}명)",
                f"only for companies with at most {entry.max_employees:,} employees "
                f"(this one has {facts.employees:,})",
            )
        )
    return blockers


def cap_problem(entry: CatalogueEntry, budget: Budget) -> str | None:
    """A message when an item asks more public money than the programme's cap."""
    public = budget.national + budget.local
    if entry.budget_cap and public > entry.budget_cap:
        return pick(
            f"'{shown(entry.name)}' 지원 한도({format_won(entry.budget_cap)})를 넘습니다: "
            f"{format_won(public)}",
            f"more than the cap of '{shown(entry.name)}' ({format_won(entry.budget_cap)}): "
            f"{format_won(public)}",
        )
    return None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)

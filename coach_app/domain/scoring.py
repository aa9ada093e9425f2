"""Diagnosis scoring: levels 1 to the top of the checklist's scale per item, weighted area
scores, bands.

A checklist's scale sets its top level (five for most, nine for TRL). An item scored N/A
(``current`` is None) is left out of its area entirely, weight and all, so marking an
irrelevant item N/A never drags a company down. The target defaults to one level above the
current score.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach_app.domain.choices import Choice, label_choices

LOWEST = 1
HIGHEST = 5  # the top of the usual five-level scale
# Band edges on the 1–5 scale: below AMBER_FROM is red, from GREEN_FROM up is green. A longer
# scale keeps them at the same share of its span (TRL 1–9: amber from 4, green from 6).
AMBER_FROM = 2.5
GREEN_FROM = 3.5


class Band(Choice):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


class Evidence(Choice):
    SELF_REPORTED = "self_reported"
    COACH_VERIFIED = "coach_verified"


label_choices(
    {
        Band.RED: ("미흡", "Weak"),
        Band.AMBER: ("보통", "Fair"),
        Band.GREEN: ("우수", "Strong"),
        Evidence.SELF_REPORTED: ("기업 자가 응답", "Self-reported"),
        Evidence.COACH_VERIFIED: ("코치 확인", "Coach-verified"),
    }
)


def default_target(current: int | None, top: int = HIGHEST) -> int | None:
    """One level up from the current score, capped at the top level; N/A stays N/A."""
    if current is None:
        return None
    return min(current + 1, top)


def _on_scale(edge: float, top: int) -> float:
    """A band edge of the 1–5 scale at the same share of a 1–``top`` scale."""
    return LOWEST + (edge - LOWEST) * (top - LOWEST) / (HIGHEST - LOWEST)


def band(score: float, top: int = HIGHEST) -> Band:
    if score < _on_scale(AMBER_FROM, top):
        return Band.RED
    if score < _on_scale(GREEN_FROM, top):
        return Band.AMBER
    return Band.GREEN


@dataclass(frozen=True)
class ItemScore:
    """One checklist item as scored on site."""

    item: str
    area: str
    weight: float
    current: int | None  # None: not applicable
    target: int | None = None
    top: int = HIGHEST  # the top level of the checklist's scale

    def __post_init__(self) -> None:
        if self.weight <= 0:
            raise ValueError(f"weight must be positive: {self.item}")
        for level in (self.current, self.target):
            if level is not None and not LOWEST <= level <= self.top:
                raise ValueError(f"level out of {LOWEST}–{self.top}: {self.item}")

    @property
    def effective_target(self) -> int | None:
        if self.target is not None:
            return self.target
        return default_target(self.current, self.top)

    @property
    def gap(self) -> int:
        """Levels to climb to the target (0 for N/A or a target at or below current)."""
        if self.current is None or self.effective_target is None:
            return 0
        return max(self.effective_target - self.current, 0)


@dataclass(frozen=True)
class AreaScore:
    area: str
    score: float | None  # None when every item of the area is N/A
    target: float | None
    scored_items: int
    top: int = HIGHEST  # the top level of the checklist's scale

    @property
    def band(self) -> Band | None:
        return band(self.score, self.top) if self.score is not None else None

    @property
    def gap(self) -> float:
        if self.score is None or self.target is None:
            return 0.0
        return max(self.target - self.score, 0.0)


def area_scores(
    items: Iterable[ItemScore], area_order: Sequence[str] = (), top: int = HIGHEST
) -> list[AreaScore]:
    """Weighted mean per area over the applicable items, in ``area_order`` then first seen."""
    grouped: dict[str, list[ItemScore]] = {area: [] for area in area_order}
    for item in items:
        grouped.setdefault(item.area, []).append(item)
    return [_area(area, members, top) for area, members in grouped.items()]


def overall(areas: Iterable[AreaScore], weights: dict[str, float] | None = None) -> float | None:
    """Weighted mean of the area scores that have one (areas weigh 1 unless given)."""
    total = 0.0
    weight_sum = 0.0
    for area in areas:
        if area.score is None:
            continue
        weight = (weights or {}).get(area.area, 1.0)
        total += area.score * weight
        weight_sum += weight
    return total / weight_sum if weight_sum else None


def level(score: float, top: int = HIGHEST) -> int:
    """The whole level a score stands at (2.5 → 2: a level is reached, not rounded to)."""
    return max(LOWEST, min(top, int(score + 1e-9)))


def _area(area: str, items: list[ItemScore], top: int) -> AreaScore:
    applicable = [i for i in items if i.current is not None]
    if not applicable:
        return AreaScore(area, None, None, 0, top)
    weight_sum = sum(i.weight for i in applicable)
    score = sum(i.weight * (i.current or 0) for i in applicable) / weight_sum
    target = sum(i.weight * (i.effective_target or 0) for i in applicable) / weight_sum
    return AreaScore(area, score, target, len(applicable), top)

"""Diagnosis checklists: areas and items scored on the template's scale (1–5, or 1–9 for
TRL), read from versioned template files.

A template is plain data (see ``resources/checklists/``). Each names the public standard its
scale follows, so a coach can say where a level comes from. ``parse_checklist`` checks its
shape and says, naming the file and the place, what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coach_app.domain.datafile import DataReader, Text, shown
from coach_app.domain.messages import pick
from coach_app.domain.scoring import AreaScore, ItemScore, area_scores


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    area: str
    text: Text
    weight: float
    na_allowed: bool
    # What each level looks like for this item (falls back to the template's scale).
    levels: tuple[Text, ...]


@dataclass(frozen=True)
class ChecklistArea:
    code: str
    name: Text
    weight: float


@dataclass(frozen=True)
class Standard:
    """The public standard a checklist follows: its name, who issues it, which edition, and
    where the checklist's scale comes from."""

    name: Text
    issuer: Text
    version: str
    scale_from: Text

    def text(self) -> str:
        """The standard and its edition, then where the scale comes from, in the user's
        language (for the report, beside its own heading)."""
        return pick(
            f"{self.name[0]} ({self.issuer[0]}, {self.version}) · 척도: {self.scale_from[0]}",
            f"{self.name[1]} ({self.issuer[1]}, {self.version}) · scale: {self.scale_from[1]}",
        )

    def line(self) -> str:
        """One line for the screen, under the checklist's name."""
        return pick("기준: ", "Standard: ") + self.text()


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    name: Text
    areas: tuple[ChecklistArea, ...]
    items: tuple[ChecklistItem, ...]
    standard: Standard
    scale: tuple[Text, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    @property
    def top(self) -> int:
        """The highest level: the scale's length (5, or 9 for TRL)."""
        return len(self.scale)

    def item(self, code: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.code == code), None)

    def area(self, code: str) -> ChecklistArea | None:
        return next((a for a in self.areas if a.code == code), None)

    def area_name(self, code: str) -> str:
        area = self.area(code)
        return shown(area.name) if area else code

    def score(self, levels: Mapping[str, tuple[int | None, int | None]]) -> list[AreaScore]:
        """Area scores from ``{item code: (current, target)}``; unscored items are left out."""
        scored = [
            ItemScore(item.code, item.area, item.weight, *levels[item.code], top=self.top)
            for item in self.items
            if item.code in levels
        ]
        return area_scores(scored, [a.code for a in self.areas], self.top)

    def area_weights(self) -> dict[str, float]:
        return {a.code: a.weight for a in self.areas}


def parse_checklist(data: Mapping[str, Any], source: str) -> Checklist:
    """A checked ``Checklist`` from a template's raw data, or a ``DataFileProblem``."""
    reader = DataReader(source)
    template_id = reader.code(data, "id")
    version = reader.text(data, "version")
    name = reader.bilingual(data, "name")
    standard = _standard(reader, data.get("standard"))
    scale = reader.scale(data.get("scale"), "")
    raw_areas = data.get("areas")
    if not isinstance(raw_areas, list) or not raw_areas:
        reader.fail("areas", pick("영역이 하나도 없습니다", "there are no areas"))
    areas: list[ChecklistArea] = []
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for a, raw_area in enumerate(raw_areas):
        where = f"areas[{a}]"
        if not isinstance(raw_area, Mapping):
            reader.fail(where, pick("표 형식이어야 합니다", "must be a table"))
        area_code = reader.code(raw_area, "code", where)
        reader.unique(area_code, seen, where)
        areas.append(
            ChecklistArea(
                area_code,
                reader.bilingual(raw_area, "name", where),
                reader.weight(raw_area, where),
            )
        )
        raw_items = raw_area.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            reader.fail(where, pick("항목이 하나도 없습니다", "the area has no items"))
        for i, raw_item in enumerate(raw_items):
            item_where = f"{where}.items[{i}]"
            if not isinstance(raw_item, Mapping):
                reader.fail(item_where, pick("표 형식이어야 합니다", "must be a table"))
            code = reader.code(raw_item, "code", item_where)
            reader.unique(code, seen, item_where)
            levels = raw_item.get("levels")
            items.append(
                ChecklistItem(
                    code=code,
                    area=area_code,
                    text=reader.bilingual(raw_item, "text", item_where),
                    weight=reader.weight(raw_item, item_where),
                    na_allowed=reader.flag(raw_item, "na_allowed", item_where),
                    levels=(
                        scale
                        if levels is None
                        else reader.scale(levels, item_where, size=len(scale))
                    ),
                )
            )
    return Checklist(template_id, version, name, tuple(areas), tuple(items), standard, scale)


def _standard(reader: DataReader, data: Any) -> Standard:
    if not isinstance(data, Mapping):
        reader.fail(
            "standard",
            pick(
                "따르는 표준을 [standard] 표로 적어야 합니다 (name, issuer, version, scale_from)",
                "must name the standard followed in a [standard] table "
                "(name, issuer, version, scale_from)",
            ),
        )
    return Standard(
        name=reader.bilingual(data, "name", "standard"),
        issuer=reader.bilingual(data, "issuer", "standard"),
        version=reader.text(data, "version", "standard"),
        scale_from=reader.bilingual(data, "scale_from", "standard"),
    )


def latest(checklists: Iterable[Checklist], template_id: str) -> Checklist | None:
    """The highest version of a template (versions compare as dotted numbers)."""
    candidates = [c for c in checklists if c.id == template_id]
    return max(candidates, key=lambda c: _version_key(c.version), default=None)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))

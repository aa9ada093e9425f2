import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from coach_app.domain.checklist import latest, parse_checklist
from coach_app.domain.datafile import DataFileProblem
from coach_app.domain.messages import set_language
from coach_app.domain.scoring import Band

SHIPPED = Path(__file__).parents[2] / "resources" / "checklists"


def _raw(name: str = "rnd_capability") -> dict[str, Any]:
    return tomllib.loads((SHIPPED / f"{name}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_templates_are_valid(path: Path) -> None:
    checklist = parse_checklist(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
    assert checklist.areas and checklist.items
    assert all(len(item.levels) == 5 for item in checklist.items)
    assert {item.area for item in checklist.items} == {a.code for a in checklist.areas}


def test_all_three_checklists_are_shipped() -> None:
    ids = {parse_checklist(_raw(p.stem), p.name).id for p in SHIPPED.glob("*.toml")}
    assert ids == {"rnd", "export", "smart_factory"}


def test_rnd_areas_are_the_ones_coaches_expect() -> None:
    names = [a.name[1] for a in parse_checklist(_raw(), "rnd").areas]
    assert names == [
        "R&D strategy and planning",
        "Organisation and people",
        "IP management",
        "Technology level (TRL)",
        "Prototyping and testing",
        "Commercialisation and market",
    ]


def _broken(change: Any) -> str:
    raw = copy.deepcopy(_raw())
    change(raw)
    with pytest.raises(DataFileProblem) as caught:
        parse_checklist(raw, "broken.toml")
    return str(caught.value)


def test_malformed_templates_name_the_file_and_the_place() -> None:
    def no_english(raw: dict[str, Any]) -> None:
        del raw["areas"][1]["items"][0]["text"]["en"]

    message = _broken(no_english)
    assert "broken.toml" in message and "areas[1].items[0].text.en" in message

    def zero_weight(raw: dict[str, Any]) -> None:
        raw["areas"][0]["weight"] = 0

    assert "areas[0].weight" in _broken(zero_weight)

    def four_levels(raw: dict[str, Any]) -> None:
        del raw["scale"]["5"]

    assert "1부터 5까지" in _broken(four_levels)

    def duplicate_code(raw: dict[str, Any]) -> None:
        raw["areas"][0]["items"][1]["code"] = raw["areas"][0]["items"][0]["code"]

    assert "겹칩니다" in _broken(duplicate_code)

    def no_areas(raw: dict[str, Any]) -> None:
        raw["areas"] = []

    assert "영역이 하나도 없습니다" in _broken(no_areas)

    def bad_na(raw: dict[str, Any]) -> None:
        raw["areas"][0]["items"][0]["na_allowed"] = "yes"

    assert "true 또는 false" in _broken(bad_na)


def test_messages_follow_the_language() -> None:
    set_language("en")

    def no_version(raw: dict[str, Any]) -> None:
        del raw["version"]

    assert "cannot be used: version: must be non-empty text" in _broken(no_version)


def test_scores_weights_na_and_bands() -> None:
    checklist = parse_checklist(_raw(), "rnd")
    levels = {
        "rnd.strategy.roadmap": (2, None),  # weight 1.5
        "rnd.strategy.budget": (4, 5),  # weight 1
        "rnd.strategy.funding": (None, None),  # N/A: left out, weight and all
        "rnd.ip.portfolio": (4, None),
    }
    areas = {a.area: a for a in checklist.score(levels)}
    strategy = areas["rnd.strategy"]
    assert strategy.score == pytest.approx((2 * 1.5 + 4) / 2.5)
    assert strategy.target == pytest.approx((3 * 1.5 + 5) / 2.5)
    assert strategy.scored_items == 2
    assert strategy.band is Band.AMBER
    assert areas["rnd.ip"].band is Band.GREEN
    assert areas["rnd.people"].score is None  # nothing scored yet


def test_latest_version_wins() -> None:
    old = parse_checklist(_raw(), "a")
    raw = _raw()
    raw["version"] = "1.10"
    newer = parse_checklist(raw, "b")
    raw["version"] = "1.9"
    middle = parse_checklist(raw, "c")
    assert latest([old, newer, middle], "rnd") is newer
    assert latest([old], "export") is None

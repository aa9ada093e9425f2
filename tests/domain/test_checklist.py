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
    assert all(len(item.levels) == checklist.top for item in checklist.items)
    assert {item.area for item in checklist.items} == {a.code for a in checklist.areas}
    assert checklist.standard.version and checklist.standard.line().startswith("기준: ")


def test_the_four_checklists_are_shipped() -> None:
    ids = {parse_checklist(_raw(p.stem), p.name).id for p in SHIPPED.glob("*.toml")}
    assert ids == {"rnd", "export", "smart_factory", "trl"}


def test_trl_scores_nine_levels_after_iso_16290() -> None:
    trl = parse_checklist(_raw("technology_readiness"), "technology_readiness.toml")
    assert trl.top == 9 and len(trl.scale) == 9
    assert trl.scale[0][0].startswith("TRL 1") and trl.scale[8][1].startswith("TRL 9")
    assert "ISO 16290" in trl.standard.name[1] and trl.standard.version == "2013"
    assert [a.code for a in trl.areas] == [
        "trl.core",
        "trl.prototype",
        "trl.testing",
        "trl.production",
    ]


def test_smart_factory_follows_the_national_level_scheme_and_keeps_its_first_version() -> None:
    now = parse_checklist(_raw("smart_factory"), "smart_factory.toml")
    before = parse_checklist(_raw("smart_factory_v1"), "smart_factory_v1.toml")
    assert (now.version, before.version) == ("2.0", "1.0")
    assert latest([before, now], "smart_factory") is now
    assert "수준확인제도" in now.standard.name[0]
    assert [text[1].split(":")[0] for text in now.scale] == [
        f"Level {n} {name}"
        for n, name in enumerate(
            ["Checking", "Monitoring", "Analysis", "Optimisation", "Autonomy"], start=1
        )
    ]
    # Same items, so a 1.0 diagnosis still finds every one of them in its own version.
    assert [i.code for i in now.items] == [i.code for i in before.items]
    assert before.scale[0][0].startswith("ICT 미적용")


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

    def gap_in_levels(raw: dict[str, Any]) -> None:
        del raw["scale"]["3"]

    assert "scale: 1부터 차례로" in _broken(gap_in_levels)

    def item_off_the_scale(raw: dict[str, Any]) -> None:
        item = raw["areas"][0]["items"][0]
        item["levels"] = {str(n): {"ko": "가", "en": "a"} for n in range(1, 10)}

    assert "areas[0].items[0].levels: 양식의 척도처럼 1부터 5까지" in _broken(item_off_the_scale)

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


def test_every_file_names_its_standard() -> None:
    def no_standard(raw: dict[str, Any]) -> None:
        del raw["standard"]

    message = _broken(no_standard)
    assert "broken.toml" in message and "standard: 따르는 표준을 [standard] 표로" in message

    def no_issuer(raw: dict[str, Any]) -> None:
        del raw["standard"]["issuer"]["en"]

    assert "standard.issuer.en" in _broken(no_issuer)

    def year_as_number(raw: dict[str, Any]) -> None:
        raw["standard"]["version"] = 2013

    assert "standard.version: 글자로 채워야 합니다" in _broken(year_as_number)

    def text_not_table(raw: dict[str, Any]) -> None:
        raw["standard"] = "ISO 16290"

    assert "[standard]" in _broken(text_not_table)


def test_the_standard_reads_in_the_users_language() -> None:
    trl = parse_checklist(_raw("technology_readiness"), "technology_readiness.toml")
    assert trl.standard.line().startswith("기준: ISO 16290:2013 기술성숙도(TRL) 정의·평가 기준")
    assert "우주" not in trl.standard.line()
    set_language("en")
    line = trl.standard.line()
    assert line.startswith("Standard: ISO 16290:2013, Technology Readiness Levels")
    assert "Space" not in line


def test_a_nine_level_checklist_scores_and_bands_on_its_own_scale() -> None:
    trl = parse_checklist(_raw("technology_readiness"), "technology_readiness.toml")
    areas = {
        a.area: a
        for a in trl.score(
            {
                "trl.core.function": (9, None),  # weight 1.5; the target cannot pass 9
                "trl.core.software": (6, None),
                "trl.prototype.build": (4, 7),
                "trl.prototype.scale": (3, None),
                "trl.testing.environment": (2, None),
            }
        )
    }
    core = areas["trl.core"]
    assert core.score == pytest.approx((9 * 1.5 + 6) / 2.5)
    assert core.target == pytest.approx((9 * 1.5 + 7) / 2.5)
    assert core.band is Band.GREEN and core.top == 9
    # 3.5 is green on a 1–5 scale, but still red on TRL (amber from 4, green from 6).
    assert areas["trl.prototype"].score == pytest.approx(3.5)
    assert areas["trl.prototype"].band is Band.RED
    assert areas["trl.testing"].band is Band.RED
    assert areas["trl.production"].score is None

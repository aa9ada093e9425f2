import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from coach_app.domain.catalogue import (
    CompanyFacts,
    Gap,
    cap_problem,
    parse_catalogue,
    suggest,
)
from coach_app.domain.datafile import DataFileProblem
from coach_app.domain.roadmap import Budget

CATALOGUE = parse_catalogue(
    tomllib.loads(
        (Path(__file__).parents[2] / "resources" / "support_programmes.toml").read_text("utf-8")
    ),
    "support_programmes.toml",
)
TODAY = dt.date(2026, 11, 22)
IP_GAP = Gap("rnd.ip", "지식재산 관리", 1.5, 2.5)
EXPORT_GAP = Gap("export.marketing", "해외 마케팅·채널", 2.0, 3.5)


def _codes(proposals: list[Any]) -> list[str]:
    return [p.entry.code for p in proposals]


def test_gaps_and_difficulties_propose_matching_programmes_with_reasons() -> None:
    found = suggest(CATALOGUE, [IP_GAP], {"certification": 1}, CompanyFacts(40), TODAY)
    codes = _codes(found)
    assert codes[0] == "ip-bridge"  # a whole level of gap outweighs one difficulty
    assert {"ip-bridge", "overseas-patent", "certification"} <= set(codes)
    ip = found[0]
    assert ip.eligible and ip.gap_area == "rnd.ip"
    assert "지식재산 관리" in ip.explanation() and "1.5" in ip.explanation()
    certification = found[codes.index("certification")]
    assert "미해결 애로 '인증·시험' 1건" in certification.explanation()


def test_nothing_is_proposed_without_a_need() -> None:
    closed = Gap("rnd.ip", "지식재산 관리", 3.0, 3.0)
    assert suggest(CATALOGUE, [closed], {}, CompanyFacts(40), TODAY) == []


def test_reentry_waiting_period_blocks_and_says_until_when() -> None:
    facts = CompanyFacts(40, taken={"ip-bridge": dt.date(2025, 3, 1)})
    found = suggest(CATALOGUE, [IP_GAP], {}, facts, TODAY)
    ip = next(p for p in found if p.entry.code == "ip-bridge")
    assert not ip.eligible
    assert "2028-03-01부터 다시 신청 가능" in ip.explanation()
    assert found[-1] is ip  # eligible proposals come first
    # Three years later the company may apply again.
    later = suggest(CATALOGUE, [IP_GAP], {}, facts, dt.date(2028, 3, 1))
    assert next(p for p in later if p.entry.code == "ip-bridge").eligible


def test_size_limit_and_already_in_roadmap() -> None:
    gap = Gap("rnd.tech", "기술 수준", 2.0, 3.0)
    big = suggest(CATALOGUE, [gap], {}, CompanyFacts(450), TODAY)
    tech = next(p for p in big if p.entry.code == "tech-dev")
    assert "종업원 300명 이하" in tech.explanation() and "450명" in tech.explanation()
    again = suggest(
        CATALOGUE, [gap], {}, CompanyFacts(40, in_roadmap=frozenset({"tech-dev"})), TODAY
    )
    assert (
        "이미 이 로드맵에 있습니다"
        in next(p for p in again if p.entry.code == "tech-dev").explanation()
    )


def test_budget_split_and_cap() -> None:
    voucher = next(e for e in CATALOGUE if e.code == "export-voucher")
    budget = voucher.budget()
    assert budget.national + budget.local == voucher.budget_cap == 70_000_000
    assert budget.company == 30_000_000  # 30 % of the total is the company's share
    assert cap_problem(voucher, budget) is None
    over = Budget(national=80_000_000)
    assert "7,000만원" in (cap_problem(voucher, over) or "") or "70,000,000" in (
        cap_problem(voucher, over) or ""
    )
    fair = next(e for e in CATALOGUE if e.code == "trade-fair")
    split = fair.budget()
    assert split.local > split.national > 0  # mostly city money


def test_export_gap_prefers_the_bigger_need() -> None:
    found = suggest(CATALOGUE, [EXPORT_GAP, IP_GAP], {}, CompanyFacts(40), TODAY)
    assert _codes(found)[0] == "export-voucher"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"stage": "moon"}, r"programmes\[0\]\.stage"),
        ({"categories": ["weather"]}, "weather"),
        ({"company_share": 0.6, "local_share": 0.5}, "1보다 작아야"),
        ({"budget_cap": -1}, "budget_cap"),
    ],
)
def test_malformed_catalogue_entries_are_named(change: dict[str, Any], message: str) -> None:
    raw = {
        "programmes": [
            {
                "code": "x",
                "name": {"ko": "가", "en": "A"},
                "agency": "기관",
                "funds": {"ko": "나", "en": "B"},
                "stage": "ip",
                "item_type": "t",
                **change,
            }
        ]
    }
    with pytest.raises(DataFileProblem, match=message):
        parse_catalogue(raw, "catalogue.toml")


def test_a_trl_gap_weighs_as_much_as_the_same_share_of_a_five_level_scale() -> None:
    # Two TRL levels out of eight climb as far as one level out of four.
    trl = Gap("trl.prototype", "시작품·시제품", 3.0, 5.0, top=9)
    rnd = Gap("rnd.prototype", "시제품·시험", 2.0, 3.0)
    assert trl.size == 2 and trl.weight == pytest.approx(rnd.weight) == pytest.approx(1.0)
    found = suggest(CATALOGUE, [trl], {}, CompanyFacts(40), TODAY)
    prototype = next(p for p in found if p.entry.code == "prototype-center")
    assert prototype.relevance == pytest.approx(1.0) and prototype.gap_area == "trl.prototype"
    assert "3.0점 → 목표 5.0점 (9단계 중)" in prototype.explanation()
    # Each TRL area leads to the programmes that move a technology on from there.
    answers = {
        area: {e.code for e in CATALOGUE if area in e.gap_areas}
        for area in ("trl.core", "trl.prototype", "trl.testing", "trl.production")
    }
    assert answers == {
        "trl.core": {"tech-dev"},
        "trl.prototype": {"prototype-center"},
        "trl.testing": {"certification"},
        "trl.production": {"commercialisation"},
    }

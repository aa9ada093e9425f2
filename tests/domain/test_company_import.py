import datetime as dt

import pytest

from coach_app.domain.company_import import (
    address_region,
    guess_mapping,
    money_unit,
    read_count,
    read_date,
    read_money,
    read_region,
    read_tier,
    split_unit,
)


@pytest.mark.parametrize(
    "text", ["2015-03-02", "2015.3.2", "2015/03/02", "20150302", "2015년 3월 2일", "2015. 3. 2."]
)
def test_dates_as_people_type_them(text: str) -> None:
    assert read_date(text) == dt.date(2015, 3, 2)


def test_cells_that_are_not_what_they_claim() -> None:
    for bad in ("작년 봄", "2015-13-01", "3/2/2015"):
        with pytest.raises(ValueError):
            read_date(bad)
    assert read_count("1,200명") == 1200 and read_count(45.0) == 45 and read_count("") is None
    for wrong in ("마흔", 4.5, True):
        with pytest.raises(ValueError):
            read_count(wrong)
    assert read_money("12억") == 1_200_000_000 and read_money("1,500만원") == 15_000_000
    with pytest.raises(ValueError):
        read_money("많음")


def test_regions_and_headers() -> None:
    assert [read_region(r) for r in ("광주광역시", "충청북도", "경상남도", "Busan", "화성")] == [
        "광주",
        "충북",
        "경남",
        "부산",
        "화성",  # left for validation to name
    ]
    assert guess_mapping(["업체명", "사업자 번호", "대표이사", "E-mail", "비고"]) == {
        "name": 0,
        "brn": 1,
        "ceo": 2,
        "email": 3,
    }


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("3차 협력사", "tier3"),
        ("2차", "tier2"),
        ("1차벤더", "tier1"),
        ("1차 벤더", "tier1"),
        ("Tier 2", "tier2"),
        ("4차", "tier3"),
        ("3차 이하 협력사", "tier3"),
        ("완성품", "independent"),
        ("tier1", "tier1"),
    ],
)
def test_tiers_as_people_write_them(text: str, tier: str) -> None:
    assert read_tier(text) == tier


def test_an_unknown_tier_is_left_for_validation() -> None:
    assert read_tier("대기업") == "대기업"


@pytest.mark.parametrize(
    ("address", "region"),
    [
        ("경기도 광주시 오포읍 123", "경기"),
        ("광주광역시 북구 첨단과기로 1", "광주"),
        ("전라북도 전주시 덕진구", "전북"),
        ("전북특별자치도 전주시", "전북"),
        ("서울 강남구", "서울"),
        ("광주시 오포읍", ""),  # a city alone does not say which 광주
        ("", ""),
    ],
)
def test_the_region_an_address_names(address: str, region: str) -> None:
    assert address_region(address) == region


def test_units_after_headers() -> None:
    assert split_unit("매출액(백만원)") == ("매출액", "백만원")
    assert split_unit("종업원 수 (명)") == ("종업원 수", "명")
    assert split_unit("매출 [만원]") == ("매출", "만원")
    assert money_unit("매출액(천원)") == 1_000 and money_unit("매출액") == 1
    assert guess_mapping(["기업명", "사업자등록번호", "종업원 수(명)", "매출액(원)"]) == {
        "name": 0,
        "brn": 1,
        "employees": 2,
        "revenue": 3,
    }
    assert read_money(3500, 1_000_000) == 3_500_000_000
    assert read_money("3,500", 1_000_000) == 3_500_000_000
    assert read_money("12억", 1_000_000) == 1_200_000_000  # a written unit wins

import datetime as dt

import pytest

from coach_app.domain.company_import import (
    guess_mapping,
    read_count,
    read_date,
    read_money,
    read_region,
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
    for bad in ("마흔", 4.5, True):
        with pytest.raises(ValueError):
            read_count(bad)
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

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach_app.domain import money


def test_formats() -> None:
    assert money.format_won(12_345_678) == "12,345,678원"
    assert money.format_korean(123_456_789) == "1억 2,345만 6,789원"
    assert money.format_korean(1_000_000_000_000) == "1조원"
    assert money.format_korean(0) == "0원"
    assert money.format_korean(-50_000) == "-5만원"
    assert money.format_manwon(15_004_000) == "1,500만원"
    assert money.format_manwon(15_005_000) == "1,501만원"
    assert money.format_eok(1_234_000_000) == "12.3억원"
    assert money.format_short(350_000_000) == "3.5억원"
    assert money.format_short(2_500_000_000) == "25억원"
    assert money.format_short(45_000_000) == "4,500만원"
    assert money.format_short(9_000) == "9,000원"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("15000000", 15_000_000),
        ("15,000,000", 15_000_000),
        ("15,000,000원", 15_000_000),
        ("1500만원", 15_000_000),
        ("1500만", 15_000_000),
        ("1.5억", 150_000_000),
        ("1억 2,000만원", 120_000_000),
        ("3천원", 3_000),
        ("-200만원", -2_000_000),
        # As the refusal message suggests them, with and without spaces and 원.
        ("5억", 500_000_000),
        ("5 억", 500_000_000),
        ("5억원", 500_000_000),
        ("1,500만 원", 15_000_000),
        ("5억 2천만", 520_000_000),
        ("5억 2천만원", 520_000_000),
        ("2천500만원", 25_000_000),
        ("천만원", 10_000_000),
        ("5백만원", 5_000_000),
        ("1억 2,345만 6,789원", 123_456_789),
        ("１５００만원", 15_000_000),  # full-width digits from an input method
        ("₩5,000", 5_000),
    ],
)
def test_parse(text: str, amount: int) -> None:
    assert money.parse_krw(text) == amount


@pytest.mark.parametrize(
    "text", ["", "원", "abc", "1.23456원", "1만 2억x", "만원1", "억", "5억 3억", "5만 2억", "1.5"]
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        money.parse_krw(text)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_formats_read_back(amount: int) -> None:
    assert money.parse_krw(money.format_won(amount)) == amount
    assert money.parse_krw(money.format_korean(amount)) == amount


@pytest.mark.parametrize(
    ("text", "count"),
    [("1,200", 1_200), ("12명", 12), ("5만", 50_000), ("120만 달러", 1_200_000), ("3건", 3)],
)
def test_counts_read_the_same_way(text: str, count: int) -> None:
    assert money.parse_count(text) == count

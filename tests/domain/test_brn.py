from hypothesis import given
from hypothesis import strategies as st

from coach_app.domain import brn

nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


def test_a_real_number_is_valid() -> None:
    assert brn.is_valid("124-81-00998")
    assert brn.is_valid("1248100998")
    assert brn.is_valid(" 124 81 00998 ")


def test_a_wrong_check_digit_is_named() -> None:
    problem = brn.problem("124-81-00997")
    assert problem is not None
    assert problem.field == "brn"
    assert problem.code == "brn_check_digit"
    assert str(problem).startswith("사업자등록번호:")


def test_wrong_formats() -> None:
    for text in ("12-81-00998", "124-81-0099", "124-81-00998-1", "abc-de-fghij", "124/81/00998"):
        problem = brn.problem(text)
        assert problem is not None and problem.code == "brn_format", text
    empty = brn.problem("   ")
    assert empty is not None and empty.code == "required"


def test_normalize() -> None:
    assert brn.normalize("1248100998") == "124-81-00998"
    assert brn.normalize("124 81 00998") == "124-81-00998"
    assert brn.normalize("124-8100998") == "124-81-00998"
    assert brn.normalize("12481009989") is None


@given(nine_digits)
def test_completed_numbers_are_valid(first_nine: str) -> None:
    number = brn.complete(first_nine)
    assert brn.is_valid(number)
    assert brn.normalize(number.replace("-", "")) == number


@given(nine_digits, st.integers(min_value=1, max_value=9))
def test_any_other_last_digit_is_rejected(first_nine: str, shift: int) -> None:
    wrong = (brn.check_digit(first_nine) + shift) % 10
    problem = brn.problem(first_nine + str(wrong))
    assert problem is not None and problem.code == "brn_check_digit"


@given(nine_digits, st.integers(min_value=0, max_value=7), st.integers(1, 9))
def test_a_single_changed_digit_in_the_first_eight_is_caught(
    first_nine: str, position: int, shift: int
) -> None:
    # Weights 1,3,7 are prime to 10, so changing any one of the first eight digits
    # always changes the check digit.
    valid = brn.complete(first_nine).replace("-", "")
    changed = list(valid)
    changed[position] = str((int(changed[position]) + shift) % 10)
    assert not brn.is_valid("".join(changed))

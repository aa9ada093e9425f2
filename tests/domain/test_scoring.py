import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach_app.domain.scoring import (
    AreaScore,
    Band,
    ItemScore,
    area_scores,
    band,
    default_target,
    level,
    overall,
)


def test_weighted_area_score_and_default_target() -> None:
    items = [
        ItemScore("a1", "rnd", weight=2, current=4),
        ItemScore("a2", "rnd", weight=1, current=1),
        ItemScore("b1", "ip", weight=1, current=3, target=5),
    ]
    rnd, ip = area_scores(items)
    assert rnd.area == "rnd" and rnd.score == pytest.approx(3.0)
    assert rnd.target == pytest.approx((2 * 5 + 1 * 2) / 3)  # one level up, capped at 5
    assert ip.score == 3 and ip.target == 5 and ip.gap == 2
    assert overall([rnd, ip]) == pytest.approx(3.0)
    assert overall([rnd, ip], {"rnd": 3, "ip": 1}) == pytest.approx(3.0)


def test_not_applicable_items_are_left_out() -> None:
    with_na = area_scores([ItemScore("a", "x", 1, 2), ItemScore("b", "x", 5, None)])
    assert with_na[0].score == 2
    assert with_na[0].scored_items == 1
    only_na = area_scores([ItemScore("a", "y", 1, None)])
    assert only_na[0].score is None and only_na[0].band is None
    assert overall(only_na) is None


def test_default_target() -> None:
    assert default_target(1) == 2
    assert default_target(5) == 5
    assert default_target(None) is None
    assert ItemScore("a", "x", 1, 3).gap == 1
    assert ItemScore("a", "x", 1, 3, target=2).gap == 0
    assert ItemScore("a", "x", 1, None).gap == 0


def test_bands_and_levels() -> None:
    assert band(1.0) is Band.RED
    assert band(2.49) is Band.RED
    assert band(2.5) is Band.AMBER
    assert band(3.49) is Band.AMBER
    assert band(3.5) is Band.GREEN
    assert band(5.0) is Band.GREEN
    assert level(2.99) == 2 and level(3.0) == 3 and level(5.0) == 5


def test_area_order_is_kept_even_for_unscored_areas() -> None:
    areas = area_scores([ItemScore("b", "second", 1, 2)], area_order=["first", "second"])
    assert [a.area for a in areas] == ["first", "second"]
    assert areas[0] == AreaScore("first", None, None, 0)


def test_bad_items_are_refused() -> None:
    with pytest.raises(ValueError):
        ItemScore("a", "x", 0, 3)
    with pytest.raises(ValueError):
        ItemScore("a", "x", 1, 6)


items_strategy = st.lists(
    st.builds(
        ItemScore,
        item=st.text(min_size=1, max_size=3),
        area=st.sampled_from(["rnd", "ip", "export"]),
        weight=st.floats(min_value=0.1, max_value=10),
        current=st.one_of(st.none(), st.integers(1, 5)),
        target=st.one_of(st.none(), st.integers(1, 5)),
    ),
    max_size=25,
)


@given(items_strategy)
def test_scores_stay_on_the_scale(items: list[ItemScore]) -> None:
    for area in area_scores(items):
        if area.score is not None:
            assert 1 - 1e-9 <= area.score <= 5 + 1e-9
            assert area.band in set(Band)
    total = overall(area_scores(items))
    assert total is None or 1 - 1e-9 <= total <= 5 + 1e-9


@given(items_strategy, st.floats(min_value=0.1, max_value=10), st.randoms())
def test_na_items_order_and_weight_scale_do_not_matter(
    items: list[ItemScore], extra_weight: float, rng: random.Random
) -> None:
    base = {a.area: a.score for a in area_scores(items)}
    shuffled = list(items)
    rng.shuffle(shuffled)
    with_na = [*shuffled, ItemScore("na", "rnd", extra_weight, None)]
    scaled = [ItemScore(i.item, i.area, i.weight * 3, i.current, i.target) for i in with_na]
    for variant in (with_na, scaled):
        for area in area_scores(variant):
            expected = base.get(area.area)
            if expected is None:
                assert area.score is None
            else:
                assert area.score is not None and math.isclose(area.score, expected)


def test_a_nine_level_scale_is_not_read_as_five() -> None:
    assert default_target(5, top=9) == 6 and default_target(9, top=9) == 9
    assert ItemScore("t", "trl", 1, 9, top=9).effective_target == 9
    with pytest.raises(ValueError):
        ItemScore("t", "trl", 1, 10, top=9)
    with pytest.raises(ValueError):
        ItemScore("t", "trl", 1, 8, target=10, top=9)
    # The band edges keep their share of the span: amber from 4, green from 6 on TRL.
    assert band(3.99, 9) is Band.RED and band(4.0, 9) is Band.AMBER
    assert band(5.99, 9) is Band.AMBER and band(6.0, 9) is Band.GREEN
    assert band(3.5, 9) is Band.RED and band(3.5) is Band.GREEN
    assert level(8.7, 9) == 8 and level(8.7) == 5
    (area,) = area_scores([ItemScore("t", "trl", 1, 7, top=9)], top=9)
    assert area.target == 8 and area.top == 9 and area.band is Band.GREEN

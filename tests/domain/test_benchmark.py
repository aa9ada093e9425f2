"""Percentile rules of the peer benchmark."""

import pytest

from coach_app.domain.benchmark import MIN_PEERS, benchmark, percentile_rank, standing


def test_percentile_counts_ties_half() -> None:
    peers = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert percentile_rank(3.0, peers) == 50
    assert percentile_rank(5.5, peers) == 100
    assert percentile_rank(0.5, peers) == 0
    assert percentile_rank(2.0, [2.0] * 5) == 50
    with pytest.raises(ValueError):
        percentile_rank(1.0, [])


def test_fewer_than_five_peers_give_no_percentile_nor_median() -> None:
    few = standing(3.0, [1.0, 2.0, 4.0, 5.0])
    assert (few.peers, few.percentile, few.median, few.enough) == (4, None, None, False)
    enough = standing(3.0, [1.0, 2.0, 4.0, 5.0, 5.0])
    assert (enough.peers, enough.percentile, enough.median) == (5, 40, 4.0)
    assert MIN_PEERS == 5


def test_same_industry_when_it_holds_five_companies_else_everyone() -> None:
    metal = [{"ip": float(s)} for s in (1, 2, 3, 4, 5)]
    food = [{"ip": 5.0}, {"ip": 5.0}]
    result = benchmark({"ip": 3.0}, "금속", {"금속": metal, "식품": food})
    assert (result.industry, result.peers, result.areas["ip"].percentile) == ("금속", 5, 50)
    # 식품 has only two: the whole agency (seven companies) instead.
    result = benchmark({"ip": 3.0}, "식품", {"금속": metal, "식품": food})
    assert (result.industry, result.peers, result.areas["ip"].median) == ("", 7, 4.0)


def test_an_area_counts_only_the_peers_that_scored_it() -> None:
    peers = [{"ip": 2.0, "team": 3.0}] * 5 + [{"ip": 4.0}]
    result = benchmark({"ip": 3.0, "team": 3.0}, "", {"": peers})
    assert result.areas["ip"].peers == 6
    assert result.areas["team"].peers == 5
    assert result.areas["team"].percentile == 50

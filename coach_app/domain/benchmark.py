"""Peer benchmark: where a company's area score stands among the agency's other companies.

Pure rules, no names: the peers arrive as bare scores, one per company (each company's
latest diagnosis with the same checklist), so nothing here can say whose score is whose.
Below ``MIN_PEERS`` companies a percentile would all but name them, and none is given.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coach_app.domain.messages import pick

# Fewer companies than this and a distribution says too much about each of them.
MIN_PEERS = 5


@dataclass(frozen=True)
class Standing:
    """One score against its peers' scores. ``percentile`` and ``median`` are None when
    there are fewer than ``MIN_PEERS`` peers."""

    score: float
    peers: int
    percentile: int | None
    median: float | None

    @property
    def enough(self) -> bool:
        return self.percentile is not None


def percentile_rank(score: float, peers: Sequence[float]) -> int:
    """The share of peers below ``score``, peers with the same score counted half (the usual
    percentile rank, so that a score equal to every peer's stands at 50, not 0 or 100)."""
    if not peers:
        raise ValueError("no peers")
    below = sum(1 for p in peers if p < score)
    equal = sum(1 for p in peers if p == score)
    return round(100 * (below + equal / 2) / len(peers))


def standing(score: float, peers: Sequence[float]) -> Standing:
    if len(peers) < MIN_PEERS:
        return Standing(score, len(peers), None, None)
    return Standing(
        score, len(peers), percentile_rank(score, peers), float(statistics.median(peers))
    )


@dataclass(frozen=True)
class Benchmark:
    """A diagnosis's area scores against the peers. ``industry`` is the industry the peers
    were taken from, or "" when they are every company diagnosed with the checklist (the
    industry had fewer than ``MIN_PEERS``)."""

    industry: str
    peers: int
    areas: dict[str, Standing]


def peer_group(
    industry: str,
    by_industry: Mapping[str, Sequence[Mapping[str, float]]],
) -> tuple[str, list[Mapping[str, float]]]:
    """The peers to compare with: the same industry when it holds at least ``MIN_PEERS``
    companies, else every company. ``by_industry``: each peer company's area scores,
    grouped by industry."""
    same = list(by_industry.get(industry, ())) if industry else []
    if len(same) >= MIN_PEERS:
        return industry, same
    return "", [scores for group in by_industry.values() for scores in group]


def benchmark(
    own: Mapping[str, float],
    industry: str,
    by_industry: Mapping[str, Sequence[Mapping[str, float]]],
) -> Benchmark:
    """``own`` area scores against the peer group's (see ``peer_group``); an area counts
    only the peers that scored it."""
    chosen, group = peer_group(industry, by_industry)
    areas = {
        area: standing(score, [p[area] for p in group if area in p]) for area, score in own.items()
    }
    return Benchmark(chosen, len(group), areas)


def standing_text(found: Standing) -> str:
    """One area's standing in words, for the screen and the report."""
    if found.percentile is None or found.median is None:
        return pick(f"비교 기업 {found.peers}곳 (5곳 미만)", f"{found.peers} peers (fewer than 5)")
    return pick(
        f"백분위 {found.percentile} · 중앙값 {found.median:.1f}",
        f"percentile {found.percentile} · median {found.median:.1f}",
    )


def group_text(found: Benchmark) -> str:
    """Whom the scores were compared with, never naming a company."""
    if found.peers < MIN_PEERS:
        return pick(
            f"비교할 기업이 5곳 미만입니다 ({found.peers}곳)",
            f"Fewer than 5 companies to compare with ({found.peers})",
        )
    if found.industry:
        return pick(
            f"같은 업종({found.industry}) {found.peers}곳과 비교",
            f"Compared with {found.peers} companies of the same industry ({found.industry})",
        )
    return pick(
        f"기관 전체 {found.peers}곳과 비교", f"Compared with all {found.peers} companies on record"
    )

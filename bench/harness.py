"""Measuring and printing: every benchmark compares our code with a raw baseline."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    ours: float
    baseline: float
    baseline_name: str
    unit: str = "s"  # "" for a count
    aim: float | None = None  # the ratio we aim to stay under

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def table(figures: list[Figure]) -> str:
    header = f"{'benchmark':<38} {'ours':>10} {'baseline':>10} {'ratio':>7} {'aim':>6}  baseline"
    lines = [header, "-" * len(header)]
    for f in figures:
        aim = f"≤{f.aim:g}" if f.aim is not None else ""
        lines.append(
            f"{f.name:<38} {_amount(f.ours, f.unit)} {_amount(f.baseline, f.unit)} "
            f"{f.ratio:>6.2f}× {aim:>6}  {f.baseline_name}"
        )
    return "\n".join(lines)


def _amount(value: float, unit: str) -> str:
    return f"{value:>10.0f}" if not unit else f"{value:>{10 - len(unit)}.3f}{unit}"

"""The sync and GUI-stall benchmarks at a tiny size, so that they keep working between
real runs (the server's rules change under them: a new guard once broke their fill)."""

from __future__ import annotations

import pytest

from bench import stalls, sync


@pytest.mark.postgres
def test_the_sync_benchmark_runs_on_a_tiny_server() -> None:
    figures = sync.run(companies=4, visits=2, changed=10)
    assert figures and all(f.ours > 0 for f in figures)


@pytest.mark.postgres
def test_the_stall_benchmark_runs_on_a_tiny_server() -> None:
    figures = stalls.run(companies=6, visits=2)
    assert [f.name for f in figures if "stall" in f.name.lower()]

"""The capacity benchmark at a tiny size, so that it keeps working between real runs."""

from __future__ import annotations

import psycopg
import pytest

from bench import capacity


@pytest.mark.postgres
def test_four_laptops_sync_and_the_overflow_is_told_apart() -> None:
    found = capacity.measure(laptops=4, in_flight=4)

    assert 1 <= found.in_flight <= 4  # fewer when the shared cluster is short of connections
    for round_ in (found.bare, found.noop, found.pushing):
        assert len(round_.done) == 4, [t.error for t in round_.refused]
        assert round_.peak_connections <= found.in_flight
        assert 0 < round_.latency(50) <= round_.latency(95)
        assert round_.per_second > 0
    assert found.noop.peak_connections >= 1 and found.pushing.peak_connections >= 1
    # Every laptop's visits reached the server: those of the set-up and the pushing round.
    assert found.visits_on_server == 4 * (capacity.VISITS_EACH + capacity.CHANGES)
    # Past the database's limit a laptop is told the server is busy, not that it is away.
    assert found.allowed == max(1, found.in_flight // 2)
    if found.in_flight > 1:
        assert found.overloaded.refused
    assert all("takes no more connections" in (t.error or "") for t in found.overloaded.refused)
    names = [f.name for f in found.figures()]
    assert "no-op sync ×4, p95" in names and "sync of 10 visits ×4, per second" in names


@pytest.mark.postgres
def test_a_failed_run_leaves_nothing_on_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []

    def assign_then_fail(url: str, login: str, *_args: object) -> None:
        made.append(login)
        if len(made) > 4:
            raise RuntimeError("the set-up failed half-way")

    monkeypatch.setattr(capacity, "assign", assign_then_fail)
    with psycopg.connect(capacity.ADMIN_URL, autocommit=True) as owner:
        before = _leftovers(owner)
        with pytest.raises(RuntimeError, match="half-way"):
            capacity.measure(laptops=3, in_flight=3)
        assert _leftovers(owner) == before
    assert len(set(made)) == 2  # logins were made before the failure


def _leftovers(owner: psycopg.Connection) -> tuple[int, int]:
    databases = owner.execute(
        "SELECT count(*) FROM pg_database WHERE datname LIKE 'coach_capacity_%'"
    ).fetchone()
    roles = owner.execute(
        "SELECT count(*) FROM pg_roles WHERE rolname ~ '^c[0-9a-f]{8}_'"
    ).fetchone()
    return (databases[0] if databases else 0, roles[0] if roles else 0)

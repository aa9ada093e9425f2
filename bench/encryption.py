"""What encryption at rest costs: the same work on an encrypted and an unencrypted folder,
in the same run (demo build, dump, start-up to the company list, first pull).

The unencrypted side runs with ``COACH_UNENCRYPTED_FOR_BENCHMARK=1``, which makes new
databases and files plain; everything else is the same code.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.gui import OURS as START_UP
from bench.gui import _seconds
from bench.harness import Figure, timed
from bench.sync import filled_server
from coach_app.demo import DemoSize, build
from coach_app.store import crypto
from coach_app.store.database import Database
from coach_app.store.dump import dump
from coach_app.sync import pull
from coach_app.sync.connection import ServerAddress, connect

AIM = 1.15
MODES = ("plain", "encrypted")


@contextmanager
def mode(name: str) -> Iterator[None]:
    """Run the block unencrypted ("plain") or encrypted, for this process and its children."""
    before = os.environ.get(crypto.PLAIN_FOR_BENCHMARK)
    if name == "plain":
        os.environ[crypto.PLAIN_FOR_BENCHMARK] = "1"
    else:
        os.environ.pop(crypto.PLAIN_FOR_BENCHMARK, None)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(crypto.PLAIN_FOR_BENCHMARK, None)
        else:
            os.environ[crypto.PLAIN_FOR_BENCHMARK] = before


def run(companies: int = 2_000, visits: int = 10, pulled: int = 1_000) -> list[Figure]:
    size = DemoSize(companies, visits)
    times: dict[str, dict[str, float]] = {m: {} for m in MODES}
    with tempfile.TemporaryDirectory() as folder:
        # Interleaved and repeated: the machine's other work falls on both sides alike.
        for round_ in range(2):
            for name in MODES:
                path = Path(folder) / f"{name}-{round_}" / "demo.sqlite3"
                with mode(name), Database.open(path) as db:
                    _best(times[name], "demo", timed(lambda db=db: build(db, size)))  # type: ignore[misc]
        paths = {m: Path(folder) / f"{m}-0" / "demo.sqlite3" for m in MODES}
        for _ in range(3):
            for name in MODES:
                with mode(name), Database.open(paths[name], take_backup=False) as db:
                    _best(times[name], "dump", timed(lambda db=db: dump(db, io.StringIO())))  # type: ignore[misc]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
        for _ in range(5):
            for name in MODES:
                with mode(name):
                    child = {**env, **_mode_env()}
                    _best(times[name], "start", _seconds(START_UP, [str(paths[name])], child)[1])
        with filled_server("e", pulled, visits) as (url, login, rows):
            for round_ in range(3):
                for name in MODES:
                    laptop = Path(folder) / f"{name}-pull-{round_}" / "laptop.sqlite3"
                    _best(times[name], "pull", _first_pull(name, laptop, url, login))
    plain, encrypted = times["plain"], times["encrypted"]
    same = "the same, unencrypted"
    label = f"{companies:,}×{visits}"
    return [
        Figure(f"encrypted demo build {label}", encrypted["demo"], plain["demo"], same, aim=AIM),
        Figure("encrypted dump to JSON", encrypted["dump"], plain["dump"], same, aim=AIM),
        Figure(
            "encrypted start-up to company list", encrypted["start"], plain["start"], same, aim=AIM
        ),
        Figure(
            f"encrypted first pull, {rows:,} rows", encrypted["pull"], plain["pull"], same, aim=AIM
        ),
    ]


def _mode_env() -> dict[str, str]:
    value = os.environ.get(crypto.PLAIN_FOR_BENCHMARK)
    return {crypto.PLAIN_FOR_BENCHMARK: value} if value else {crypto.PLAIN_FOR_BENCHMARK: "0"}


def _first_pull(name: str, laptop: Path, url: str, login: str) -> float:
    with (
        mode(name),
        Database.open(laptop) as db,
        connect(ServerAddress(url, login), autocommit=True) as server,
    ):
        return timed(lambda: pull.pull(server, db))


def _best(found: dict[str, float], key: str, seconds: float) -> None:
    found[key] = min(found.get(key, seconds), seconds)

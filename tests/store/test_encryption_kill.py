"""Encrypting an older, unencrypted folder survives a kill at any point: the next start
finishes the work and finds every row, photo, draft and backup."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach_app.store import encrypt_migration, keys
from tests.store.test_encryption import check_migrated, make_plain_folder

# Started, it says so, then opens the database (which encrypts the folder) and says done.
SCRIPT = """
import sys, time
from pathlib import Path
from coach_app.store.database import Database
print("ready", flush=True)
started = time.perf_counter()
Database.open(Path(sys.argv[1])).close()
print(f"done {time.perf_counter() - started:.3f}", flush=True)
"""
KILLS = 8


def start(folder: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(folder / "coach.sqlite3")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


@pytest.mark.slow
def test_encrypting_in_place_survives_kills_at_random_points(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "original"
    original.mkdir()
    expected = make_plain_folder(original, monkeypatch, photos=40)

    timing = tmp_path / "timing"
    shutil.copytree(original, timing)
    process = start(timing)
    out, _ = process.communicate(timeout=120)
    duration = float(out.split()[-1])
    check_migrated(timing, expected)

    chance = random.Random(20261129)
    interrupted = 0
    for attempt in range(KILLS):
        folder = tmp_path / f"killed-{attempt}"
        shutil.copytree(original, folder)
        with start(folder) as process:  # closes its output pipe after the kill
            # One kill in each eighth of the work, at a random point inside it.
            time.sleep(duration * (attempt + chance.random()) / KILLS)
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        half_done = encrypt_migration.journal(folder).exists() or (
            encrypt_migration.is_plain_database(folder / "coach.sqlite3")
            and keys.key_file(folder).exists()
        )
        interrupted += half_done
        check_migrated(folder, expected)  # finishes the work, then checks everything
    assert interrupted >= KILLS // 2, f"only {interrupted} kills landed mid-way"


def test_two_starts_at_once_make_one_key_and_encrypt_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = make_plain_folder(tmp_path, monkeypatch, photos=10)
    gated = SCRIPT.replace('print("ready", flush=True)', 'print("ready", flush=True); input()')
    both = [
        subprocess.Popen(
            [sys.executable, "-c", gated, str(tmp_path / "coach.sqlite3")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in both:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in both:  # off they go, together
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in both:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0 and out.startswith("done"), out
    check_migrated(tmp_path, expected)

"""Drafts against a real crash: a process typing without a pause into each screen is
killed with SIGKILL, and the draft on disk must hold everything typed up to 2 s before the
kill; killed 1 s after the last keystroke, it must hold all of it (seen point 2)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.services import drafts
from coach_app.services.companies import create_company
from coach_app.services.roadmaps import create_roadmap
from coach_app.store.database import Database
from tests.ui.typing_screen import typed

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ["visit", "visit_cell", "diagnosis", "roadmap_item", "company"]
# Where each screen's typing lands in its draft.
TYPED_AT = {
    "visit": lambda p: p["notes"],
    "visit_cell": lambda p: p["difficulties"][0]["description"],
    "diagnosis": lambda p: p["comment"],
    "roadmap_item": lambda p: p["description"],
    "company": lambda p: p["address"],
}


def start_typing(db: Database, screen: str, log: Path, stop_after: int | None) -> Any:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    target = create_roadmap(db, company, "2027 로드맵") if screen == "roadmap_item" else company
    db.close()
    command = [sys.executable, "-m", "tests.ui.typing_screen", screen, str(db.path), str(log)]
    command += [str(target)] + ([str(stop_after)] if stop_after else [])
    return subprocess.Popen(command, cwd=ROOT, env=dict(os.environ))


def keystrokes(log: Path) -> list[tuple[int, float]]:
    if not log.exists():
        return []
    found = []
    for line in log.read_text().splitlines():
        count, at = line.split()
        found.append((int(count), float(at)))
    return found


def wait_for(condition: Any, process: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, "the typing process ended by itself"
        assert time.monotonic() < deadline, "the typing process did not get going"
        time.sleep(0.05)


def kill(process: Any) -> float:
    at = time.time()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    return at


def draft_text(db: Database, screen: str) -> str:
    (draft,) = drafts.pending(db.path)
    text = TYPED_AT[screen](draft.payload)
    assert isinstance(text, str)
    return text


@pytest.mark.parametrize("screen", SCREENS)
def test_killed_while_typing_on_keeps_all_but_the_last_two_seconds(
    db: Database, tmp_path: Path, screen: str
) -> None:
    log = tmp_path / "typed.log"
    process = start_typing(db, screen, log, None)
    try:
        # Typing on, without a pause, for over three seconds.
        wait_for(lambda: (k := keystrokes(log)) and k[-1][1] - k[0][1] >= 3.5, process)
        killed_at = kill(process)
    finally:
        if process.poll() is None:
            process.kill()
    required = max((n for n, at in keystrokes(log) if at <= killed_at - 2.0), default=0)
    assert required > 20  # the test means something: typing went on well before
    text = draft_text(db, screen)
    assert text == typed(len(text)), "the draft holds what was typed, in order"
    assert len(text) >= required, f"{len(text)} characters in the draft, {required} typed"


@pytest.mark.parametrize("screen", SCREENS)
def test_killed_a_second_after_the_last_keystroke_keeps_everything(
    db: Database, tmp_path: Path, screen: str
) -> None:
    log = tmp_path / "typed.log"
    total = 40
    process = start_typing(db, screen, log, total)
    try:
        wait_for(lambda: (k := keystrokes(log)) and k[-1][0] == total, process)
        last = keystrokes(log)[-1][1]
        while time.time() < last + 1.0:
            time.sleep(0.02)
        kill(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert draft_text(db, screen) == typed(total)


def test_the_draft_names_the_company_and_the_screen(db: Database, tmp_path: Path) -> None:
    log = tmp_path / "typed.log"
    process = start_typing(db, "visit", log, 5)
    try:
        wait_for(lambda: bool(drafts.pending(db.path)), process)
    finally:
        kill(process)
    from coach_app.ui.draft_keeper import describe

    (draft,) = drafts.pending(db.path)
    text = describe(draft.payload)
    assert text.startswith("(주)한빛정밀 — 방문 기록, ")
    assert len(text) == len("(주)한빛정밀 — 방문 기록, 2026-11-29 14:02")
    assert uuid.UUID(draft.payload["company_id"])

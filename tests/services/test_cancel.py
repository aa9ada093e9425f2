"""Long work stops when asked: the Excel summary between sheets, the import check every
few rows; a cancelled summary leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.demo import DemoSize, build
from coach_app.domain import brn
from coach_app.domain.errors import Cancelled
from coach_app.services import imports
from coach_app.services.exports import export_summary
from coach_app.store.database import Database


# The abandoned write-only sheets complain when collected; openpyxl removes their temporary
# files at exit.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_cancelled_summary_stops_and_writes_no_file(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "coach.sqlite3")
    build(db, DemoSize(companies=10, visits_per_company=2))
    target = tmp_path / "summary.xlsx"
    stages: list[str] = []
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return len(stages) >= 2  # stop once two sheets were under way

    with pytest.raises(Cancelled):
        export_summary(db, target, progress=stages.append, cancelled=cancelled)
    assert len(stages) == 2 and asked == 3
    assert not target.exists()
    assert list(tmp_path.glob("*.xlsx")) == []
    # Not cancelled: the whole file.
    export_summary(db, target, cancelled=lambda: False)
    assert target.stat().st_size > 0
    db.close()


def test_a_cancelled_import_check_stops_within_a_hundred_rows(db: Database) -> None:
    rows = [
        (n + 2, [f"Company {n}", brn.complete(f"12081{n:04d}"), "Kim", "광주"])
        for n in range(1, 1001)
    ]
    sheet = imports.Sheet(Path("list.xlsx"), ["name", "brn", "ceo", "region"], 1, rows, 0)
    mapping = {"name": 0, "brn": 1, "ceo": 2, "region": 3}
    checked = 0

    def cancelled() -> bool:
        nonlocal checked
        checked += 1
        return checked >= 3

    with pytest.raises(Cancelled):
        imports.check_rows(db, sheet, mapping, cancelled=cancelled)
    assert checked == 3  # asked at rows 100, 200 and 300, then stopped
    plan = imports.check_rows(db, sheet, mapping, cancelled=lambda: False)
    assert len(plan.rows) == 1000

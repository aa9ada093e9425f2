"""A batch's worker processes: what fails is logged with its traceback and comes back as a
failure naming the company, while the other dossiers are written."""

import logging
from pathlib import Path

import pytest

from coach_app import paths
from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.services.reports import BatchFailure, file_name, write_batch
from coach_app.store.database import Database


def test_a_failing_dossier_is_logged_and_reported(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = create_company(db, CompanyDraft(name="(주)잘됨정밀", brn="220-81-62517", region="광주"))
    bad = create_company(db, CompanyDraft(name="(주)막힘산업", brn="120-81-47521", region="광주"))
    folder = tmp_path / "out"
    # A folder where the dossier should go: the worker cannot put its file there.
    blocked = folder / file_name("(주)막힘산업", "120-81-47521")
    blocked.mkdir(parents=True)

    with caplog.at_level(logging.INFO, logger="coach_app"):
        result = write_batch(db, [good, bad], folder, workers=2)

    assert result.written == [folder / file_name("(주)잘됨정밀", "220-81-62517")]
    assert result.written[0].read_bytes().startswith(b"%PDF")
    assert len(result.failed) == 1
    failure = result.failed[0]
    assert isinstance(failure, BatchFailure)
    assert failure.company == blocked.stem
    assert "Is a directory" in failure.message and "Traceback" not in failure.message
    company, message = failure  # still reads as (company, message)
    assert (company, message) == (failure.company, failure.message)

    # The worker wrote the traceback to the app's log file, not the parent.
    logged = (paths.log_folder() / "coach.log").read_text(encoding="utf-8")
    entry = logged[logged.index(f"batch: the dossier of {blocked.stem}") :]
    assert "Traceback (most recent call last)" in entry
    assert "IsADirectoryError" in entry
    # The parent logs what the batch did.
    assert f"batch: 1 of 2 dossiers written to {folder}, 1 failed" in caplog.text

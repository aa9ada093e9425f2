"""Smoke test of the built bundle (`make installer-smoke`): runs dist/coach/coach, not the
source tree, on fresh data folders, the way an administrator's first start would.

Checks: --version; demo data; a dossier PDF (Korean font embedded); a visit report with a
JPEG and a PNG photo (the image codecs the trimmed bundle keeps); a batch of dossiers
(worker processes inside the bundle); the Excel summary; the
main window opening offscreen; and an upgrade — a database at the first migration, made by
the source tree, opened by the bundle and migrated at first start. Prints the bundle's size
and its start-up time next to the same start from source.

PDFs are read as bytes (reportlab writes font and image dictionaries uncompressed), so the
test needs no PDF tools and runs the same on Windows, macOS and Linux.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from PIL import Image
from sqlalchemy import create_engine, text

from coach_app.services.attachments import add_attachment
from coach_app.store import crypto, migrate
from coach_app.store.database import Database

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "coach"
BINARY = BUNDLE / ("coach.exe" if sys.platform == "win32" else "coach")


def run(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(BINARY), *args], capture_output=True, text=True, env=env, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"FAILED: coach {' '.join(args)}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def korean_font_in(pdf: Path) -> bool:
    data = pdf.read_bytes()
    return any(name in data for name in (b"Nanum", b"Malgun", b"AppleGothic"))


def images_in(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Subtype /Image")


def photo(kind: str) -> bytes:
    """A small picture as a phone's photo reaches a report (JPEG) or a screenshot (PNG)."""
    made = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 60, 30)).save(made, kind)
    return made.getvalue()


def bundle_size() -> tuple[float, int]:
    """MB and files, each file once: the bundle links some libraries by symlink, and a
    symlink is not a second copy."""
    files = [f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1_048_576, len(files)


def started_in(command: list[str], env: dict[str, str]) -> float:
    """Wall time of a --start-and-quit run, best of three."""
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    if not BINARY.exists():
        raise SystemExit(f"no bundle at {BINARY}: run `make installer` first")
    home = Path(tempfile.mkdtemp(prefix="coach-smoke-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    # The data is encrypted: where the machine has no keyring, by this passphrase.
    env.setdefault("COACH_PASSPHRASE", "installer smoke test")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(home / variable.lower())
    database = home / "coach.sqlite3"

    print(run("--version", env=env).strip())
    made = run("--db", str(database), "demo", "--companies", "50", env=env)
    print(next(line for line in made.splitlines() if str(database) in line))
    report = home / "dossier.pdf"
    dumped = json.loads(run("--db", str(database), "dump", env=env))
    brn = dumped["tables"]["companies"][0]["brn"]
    print(run("--db", str(database), "report", "dossier", brn, "-o", str(report), env=env).strip())
    if not korean_font_in(report):
        raise SystemExit("FAILED: no Korean font embedded in the dossier")
    # Photos go through Pillow inside the bundle: one JPEG and one PNG on a visit.
    visit = dumped["tables"]["visits"][0]
    # Opened here too (not in the bundle): the same passphrase the bundle was given.
    os.environ["COACH_PASSPHRASE"] = env["COACH_PASSPHRASE"]
    db = Database.open(database)
    for name, kind in (("현장.jpg", "JPEG"), ("화면.png", "PNG")):
        add_attachment(
            db,
            uuid.UUID(visit["company_id"]),
            Path(name),
            uuid.UUID(visit["id"]),
            data=photo(kind),
        )
    db.close()
    visit_report = home / "visit.pdf"
    print(
        run(
            "--db", str(database), "report", "visit", visit["id"], "-o", str(visit_report), env=env
        ).strip()
    )
    if images_in(visit_report) != 2:
        raise SystemExit(f"FAILED: {images_in(visit_report)} photos in the visit report, not 2")
    # A batch starts worker processes: inside a bundle each one re-runs the entry point,
    # which only works with freeze_support() there.
    batch = home / "batch"
    programme = dumped["tables"]["programmes"][0]["name"]
    print(
        run(
            "--db",
            str(database),
            "report",
            "batch",
            "--programme",
            programme,
            "-o",
            str(batch),
            env=env,
        )
        .strip()
        .splitlines()[-1]
    )
    written = sorted(batch.glob("*.pdf"))
    if not written:
        raise SystemExit("FAILED: the batch wrote no report")
    print(f"batch: {len(written)} dossiers")
    summary = home / "summary.xlsx"
    print(run("--db", str(database), "export", "summary", "-o", str(summary), env=env).strip())
    print(run("--db", str(database), "--start-and-quit", env=env).strip())

    # An old database, as an earlier version left it, opens and is migrated.
    old = home / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.execute(
            text(
                "INSERT INTO companies (id, name, brn, ceo, address, region, industry, phone,"
                " email, created_at, updated_at) VALUES (:id, '(주)업그레이드', '124-81-00998',"
                " '', '', '광주', '', '', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            ),
            {"id": uuid.UUID(int=7).hex},
        )
    engine.dispose()
    checked = run("--db", str(old), "check", env=env)
    if crypto.is_plain_database(old):
        raise SystemExit("FAILED: the old database was not encrypted at its first start")
    upgraded = Database.open(old, take_backup=False, check=False)  # with the same passphrase
    with upgraded.engine.connect() as connection:
        if migrate.current(connection) != migrate.head():
            raise SystemExit("FAILED: the old database was not migrated")
        names = connection.execute(text("SELECT name FROM companies")).scalars().all()
    upgraded.close()
    if names != ["(주)업그레이드"]:
        raise SystemExit(f"FAILED: the upgraded database lost its data: {names}")
    print(checked.splitlines()[0] if checked else "check: ok")

    size, files = bundle_size()
    bundle_start = started_in([str(BINARY), "--db", str(database), "--start-and-quit"], env)
    source_start = started_in(
        [sys.executable, "-m", "coach_app", "--db", str(database), "--start-and-quit"], env
    )
    print(f"bundle size: {size:.0f} MB in {files} files")
    print(
        f"start-up to the main window: bundle {bundle_start:.2f} s, "
        f"from source {source_start:.2f} s ({bundle_start / source_start:.2f}×)"
    )
    print("smoke test passed")


if __name__ == "__main__":
    main()

"""The Excel summary of 100,000 visits vs a raw openpyxl write-only dump of the same cells
(the large sheets: companies, visits, difficulties, diagnosis scores, roadmap items)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import Figure
from coach_app.demo import DemoSize, build
from coach_app.store.database import Database

# ru_maxrss would carry the parent's peak across fork and exec; VmHWM is this process's own.
PEAK = """
def peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""

OURS = (
    PEAK
    + """
import sys, time
from pathlib import Path
from coach_app.exports.summary import write_summary
from coach_app.store.database import Database
started = time.perf_counter()
with Database.open(Path(sys.argv[1]), take_backup=False) as db:
    write_summary(db, Path(sys.argv[2]))
print(time.perf_counter() - started, peak_kb())
"""
)

# The same rows of the three large sheets, fetched with sqlite3 and appended as they come.
RAW = (
    PEAK
    + """
import json, sys, time
from pathlib import Path
from openpyxl import Workbook
from coach_app.store import crypto, keys
started = time.perf_counter()
# The same encrypted file, read with the driver alone.
source = crypto.connect(sys.argv[1], keys.unlock(Path(sys.argv[1]).parent, create=False))
book = Workbook(write_only=True)
queries = {
    "companies": "SELECT c.name, c.brn, c.region, c.industry, c.designation, c.employees,"
                 " c.revenue, (SELECT count(*) FROM visits v WHERE v.company_id = c.id)"
                 " FROM companies c ORDER BY c.name",
    "visits": "SELECT v.visit_date, c.name, u.name, p.name, v.purpose,"
              " (SELECT count(*) FROM difficulties d WHERE d.visit_id = v.id)"
              " FROM visits v JOIN companies c ON c.id = v.company_id"
              " LEFT JOIN users u ON u.id = v.coach_id LEFT JOIN programmes p"
              " ON p.id = v.programme_id ORDER BY v.visit_date, c.name",
    "difficulties": "SELECT v.visit_date, c.name, d.category, d.severity, d.status,"
                    " d.description, d.agency, d.resolved_on FROM difficulties d"
                    " JOIN visits v ON v.id = d.visit_id JOIN companies c"
                    " ON c.id = d.company_id ORDER BY v.visit_date",
    "roadmap items": "SELECT c.name, i.stage, i.title, i.status, i.starts_on, i.ends_on,"
                     " i.budget_national, i.budget_local, i.budget_company, i.owner_agency"
                     " FROM roadmap_items i JOIN roadmaps r ON r.id = i.roadmap_id"
                     " JOIN companies c ON c.id = r.company_id ORDER BY c.name, i.position",
}
for name, query in queries.items():
    sheet = book.create_sheet(name)
    for row in source.execute(query):
        sheet.append(row)
# Diagnosis scores: one row per area of each diagnosis, as the summary writes them.
sheet = book.create_sheet("diagnosis scores")
for day, name, template, areas, total in source.execute(
    "SELECT d.diagnosed_on, c.name, d.template_id, d.area_scores, d.overall_score"
    " FROM diagnoses d JOIN companies c ON c.id = d.company_id ORDER BY d.diagnosed_on"
):
    for area, values in json.loads(areas).items():
        sheet.append([day, name, template, area, values["score"], values["target"], total])
book.save(sys.argv[2])
print(time.perf_counter() - started, peak_kb())
"""
)


def run(companies: int = 10_000, visits: int = 10) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite3"
        with Database.open(database) as db:
            build(db, DemoSize(companies, visits))
        ours_time, ours_kb = _measure(OURS, database, Path(folder) / "ours.xlsx")
        raw_time, raw_kb = _measure(RAW, database, Path(folder) / "raw.xlsx")
    rows = f"{companies * visits:,} visits"
    return [
        Figure(
            f"Excel summary, {rows}",
            ours_time,
            raw_time,
            "openpyxl write-only dump of the same cells",
            aim=1,
        ),
        Figure(
            "  its peak memory (MB)",
            ours_kb / 1024,
            raw_kb / 1024,
            "the dump's peak memory",
            unit="M",
        ),
    ]


def _measure(code: str, database: Path, target: Path) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, str(database), str(target)],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    seconds, kilobytes = done.stdout.split()
    return float(seconds), float(kilobytes)

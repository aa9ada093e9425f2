"""PDF reports: the facts gathered from the database (``facts``), one report of each kind
(``documents``) and many dossiers at once in worker processes (``batch``); laid out by
``coach_app.reports``."""

from coach_app.services.reports.batch import (
    BatchFailure,
    BatchResult,
    batch_companies,
    file_name,
    write_batch,
)
from coach_app.services.reports.documents import ReportKind, find_entity, write_report
from coach_app.services.reports.facts import PHOTOS_PER_VISIT, gather, meeting_facts

__all__ = [
    "PHOTOS_PER_VISIT",
    "BatchFailure",
    "BatchResult",
    "ReportKind",
    "batch_companies",
    "file_name",
    "find_entity",
    "gather",
    "meeting_facts",
    "write_batch",
    "write_report",
]

"""Peer benchmark of a diagnosis: each area score against the other companies' latest
diagnoses with the same checklist on this laptop (the same industry when it holds enough
companies). Only bare scores leave the query; no company is ever named."""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from typing import Any

from coach_app.domain.benchmark import Benchmark, benchmark
from coach_app.services.lookup import live
from coach_app.store.database import Database
from coach_app.store.models import Company, Diagnosis
from coach_app.store.queries import diagnoses as queries

# The peers of each checklist as last read, by database file and checklist, with the stamp
# they were read under: a batch of reports reads them once, not once a company.
_read: dict[
    tuple[str, str], tuple[tuple[object, ...], list[tuple[uuid.UUID, str, dict[str, float]]]]
] = {}
_reading = threading.Lock()


def _all_peers(db: Database, template_id: str) -> list[tuple[uuid.UUID, str, dict[str, float]]]:
    key = (str(db.path), template_id)
    with db.read() as session:
        stamp = queries.peers_stamp(session, template_id)
        with _reading:
            kept = _read.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        rows = [
            (company_id, industry or "", _scores(areas))
            for company_id, industry, areas in queries.latest_area_scores(session, template_id)
        ]
    with _reading:
        _read[key] = (stamp, rows)
    return rows


def _scores(areas: dict[str, Any]) -> dict[str, float]:
    return {
        area: float(values["score"])
        for area, values in areas.items()
        if isinstance(values, dict) and values.get("score") is not None
    }


def peer_scores(
    db: Database, template_id: str, exclude: uuid.UUID | None
) -> dict[str, list[dict[str, float]]]:
    """Area scores of each other company's latest diagnosis with the checklist, by industry."""
    by_industry: dict[str, list[dict[str, float]]] = defaultdict(list)
    for company_id, industry, scores in _all_peers(db, template_id):
        if company_id != exclude and scores:
            by_industry[industry].append(scores)
    return by_industry


def benchmark_of(db: Database, diagnosis_id: uuid.UUID) -> Benchmark:
    """A stored diagnosis's area scores against its peers."""
    with db.read() as session:
        diagnosis = live(session, Diagnosis, diagnosis_id, "diagnosis")
        company = live(session, Company, diagnosis.company_id, "company")
        own = {
            area: float(values["score"])
            for area, values in (diagnosis.area_scores or {}).items()
            if values.get("score") is not None
        }
        template_id, company_id, industry = diagnosis.template_id, company.id, company.industry
    return benchmark(own, industry, peer_scores(db, template_id, company_id))


def benchmark_scores(
    db: Database, company_id: uuid.UUID, template_id: str, own: dict[str, float]
) -> Benchmark:
    """Scores on screen (not saved yet) against the peers of the company."""
    with db.read() as session:
        industry = live(session, Company, company_id, "company").industry
    return benchmark(own, industry, peer_scores(db, template_id, company_id))

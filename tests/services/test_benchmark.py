"""The peer benchmark read from the laptop's diagnoses: each company once, never itself."""

import datetime as dt
import uuid

from coach_app.services.benchmark import benchmark_of, benchmark_scores
from coach_app.store.database import Database
from coach_app.store.models import Company, Diagnosis

DAY = dt.date(2026, 11, 20)


def _diagnosed(
    db: Database, industry: str, scores: list[float], template: str = "rnd"
) -> list[uuid.UUID]:
    """One company per score, each with one diagnosis; returns the diagnoses' ids."""
    assert db.actor is not None
    ids = []
    with db.transaction() as s:
        for n, score in enumerate(scores):
            company = Company(
                name=f"기업{industry}{n}", brn=uuid.uuid4().hex[:10], industry=industry
            )
            s.add(company)
            s.flush()
            diagnosis = Diagnosis(
                company_id=company.id,
                coach_id=db.actor,
                template_id=template,
                template_version="1.0",
                diagnosed_on=DAY,
                area_scores={"ip": {"score": score, "target": 4.0}},
            )
            s.add(diagnosis)
            s.flush()
            ids.append(diagnosis.id)
    return ids


def test_fewer_than_five_peers(db: Database) -> None:
    own, *_ = _diagnosed(db, "금속", [3.0, 1.0, 2.0, 4.0, 5.0])
    result = benchmark_of(db, own)
    # Four others: the company itself is not its own peer.
    assert (result.peers, result.areas["ip"].percentile, result.areas["ip"].median) == (
        4,
        None,
        None,
    )


def test_latest_diagnosis_of_each_company_with_the_same_checklist(db: Database) -> None:
    own, first, *_ = _diagnosed(db, "금속", [3.0, 1.0, 2.0, 4.0, 5.0, 5.0])
    _diagnosed(db, "금속", [1.0] * 5, template="export")
    with db.transaction() as s:
        earlier = s.get(Diagnosis, first)
        assert earlier is not None
        # A later diagnosis of the company scored 1.0 before: only the newest counts.
        s.add(
            Diagnosis(
                company_id=earlier.company_id,
                coach_id=db.actor,
                template_id="rnd",
                template_version="1.0",
                diagnosed_on=DAY + dt.timedelta(days=30),
                area_scores={"ip": {"score": 4.5}},
            )
        )
    result = benchmark_of(db, own)
    standing = result.areas["ip"]
    assert (result.industry, standing.peers, standing.median, standing.percentile) == (
        "금속",
        5,
        4.5,
        20,
    )


def test_scores_on_screen_against_the_agency_when_the_industry_is_small(db: Database) -> None:
    _diagnosed(db, "금속", [1.0, 2.0, 3.0, 4.0, 5.0])
    (food,) = _diagnosed(db, "식품", [2.0])
    with db.read() as s:
        diagnosis = s.get(Diagnosis, food)
        assert diagnosis is not None
        company_id = diagnosis.company_id
    result = benchmark_scores(db, company_id, "rnd", {"ip": 4.0})
    assert (result.industry, result.peers, result.areas["ip"].percentile) == ("", 5, 70)


def test_a_new_diagnosis_of_a_peer_is_seen_at_once(db: Database) -> None:
    own, *_ = _diagnosed(db, "금속", [3.0, 1.0, 2.0, 4.0, 5.0])
    assert benchmark_of(db, own).areas["ip"].percentile is None  # four peers
    _diagnosed(db, "금속", [5.0])
    # The peers read a moment ago are read again: the fifth counts.
    assert benchmark_of(db, own).areas["ip"].percentile == 40

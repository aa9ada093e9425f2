"""A TRL diagnosis: scored 1–9 on site, checked against its own scale, banded, compared
with peers and turned into gaps on that scale, never read as if it were 1–5."""

import datetime as dt
import uuid

import pytest

from coach_app.domain.brn import complete
from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import ValidationError
from coach_app.domain.scoring import Band
from coach_app.services.benchmark import benchmark_of
from coach_app.services.catalogues import shipped_checklists
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import (
    DiagnosisDraft,
    ItemEntry,
    diagnoses_of,
    gaps_of,
    save_diagnosis,
)
from coach_app.store.database import Database

DAY = dt.date(2026, 11, 20)
TRL = shipped_checklists().find("trl", "1.0")


def _company(db: Database, name: str, brn: str) -> uuid.UUID:
    return create_company(db, CompanyDraft(name=name, brn=brn, industry="금속"))


def _full(level: int) -> dict[str, ItemEntry]:
    assert TRL is not None
    return {item.code: ItemEntry(level) for item in TRL.items}


def test_every_level_from_one_to_nine_is_kept(db: Database) -> None:
    assert TRL is not None and TRL.top == 9
    company = _company(db, "(주)한빛정밀", "124-81-00998")
    codes = [item.code for item in TRL.items]
    entries = {code: ItemEntry(n + 1) for n, code in enumerate(codes)}  # 1 … 8
    entries[codes[0]] = ItemEntry(9)
    save_diagnosis(db, company, DiagnosisDraft("trl", "1.0", DAY, entries))
    (saved,) = diagnoses_of(db, company)
    assert saved.template_id == "trl"
    core = saved.area_scores["trl.core"]
    assert core["score"] == pytest.approx((9 * 1.5 + 2) / 2.5)
    assert core["target"] == pytest.approx((9 * 1.5 + 3) / 2.5)  # 9 is already the top
    assert saved.overall_score is not None and saved.overall_score > 5


def test_a_tenth_level_is_refused_with_the_scale_named(db: Database) -> None:
    company = _company(db, "(주)한빛정밀", "124-81-00998")
    entries = _full(9)
    entries["trl.prototype.build"] = ItemEntry(10)
    entries["trl.testing.environment"] = ItemEntry(4, target=10)
    with pytest.raises(ValidationError) as caught:
        save_diagnosis(db, company, DiagnosisDraft("trl", "1.0", DAY, entries))
    fields = {p.field for p in caught.value.problems if p.code == "level_range"}
    assert fields == {"trl.prototype.build", "trl.testing.environment"}
    assert "1–9 사이여야 합니다" in str(caught.value)
    assert diagnoses_of(db, company) == []  # nothing half-saved
    # On a five-level checklist 6 is still too high, and says so.
    with pytest.raises(ValidationError) as five:
        save_diagnosis(
            db,
            company,
            DiagnosisDraft("rnd", "1.0", DAY, {"rnd.ip.portfolio": ItemEntry(6)}),
        )
    assert "1–5 사이여야 합니다" in str(five.value)


def test_gaps_are_on_the_nine_level_scale(db: Database) -> None:
    company = _company(db, "(주)한빛정밀", "124-81-00998")
    entries = _full(7)
    entries["trl.prototype.build"] = ItemEntry(3, target=5)
    entries["trl.prototype.scale"] = ItemEntry(3, target=5)
    save_diagnosis(db, company, DiagnosisDraft("trl", "1.0", DAY, entries))
    gaps = {g.area: g for g in gaps_of(db, company)}
    prototype = gaps["trl.prototype"]
    assert (prototype.score, prototype.target, prototype.top) == (3.0, 5.0, 9)
    assert prototype.weight == pytest.approx(1.0)  # two TRL levels: one level of 1–5
    assert gaps["trl.core"].weight == pytest.approx(0.5)


def test_peers_are_compared_on_the_same_nine_level_scale(db: Database) -> None:
    own = _company(db, "(주)한빛정밀", "124-81-00998")
    for n, level in enumerate([2, 4, 6, 8, 9]):
        peer = _company(db, f"비교기업{n}", complete(f"22081640{n}"))
        save_diagnosis(db, peer, DiagnosisDraft("trl", "1.0", DAY, _full(level)))
    saved = save_diagnosis(db, own, DiagnosisDraft("trl", "1.0", DAY, _full(7)))
    found = benchmark_of(db, saved)
    core = found.areas["trl.core"]
    assert found.peers == 5 and core.percentile == 60 and core.median == 6.0
    (record,) = diagnoses_of(db, own)
    assert record.area_scores["trl.core"]["score"] == 7.0
    assert TRL is not None
    assert {a.band for a in TRL.score({c: (7, None) for c in _full(7)})} == {Band.GREEN}

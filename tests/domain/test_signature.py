"""What a signature covers, and how the changes since signing are told."""

from __future__ import annotations

import hashlib

from coach_app.domain.signature import (
    Change,
    SignatureDraft,
    canonical,
    changes,
    content_hash,
    signed_content,
)

VISIT = {
    "visit_date": "2026-11-28",
    "place": "광주 공장",
    "attendees": "대표 김민준",
    "purpose": "",
    "notes": "메모",
}
MONEY = {"id": "d1", "category": "funding", "description": "운전자금 부족", "severity": "high",
         "requested_support": "", "agency": ""}  # fmt: skip
PEOPLE = {**MONEY, "id": "d2", "category": "manpower", "description": "인력 부족"}
PHOTO = {"id": "f1", "filename": "line.jpg", "content_hash": "ab" * 32}


def test_the_canonical_text_and_its_hash_do_not_depend_on_order() -> None:
    one = signed_content(VISIT, [MONEY, PEOPLE], [PHOTO])
    two = signed_content(dict(reversed(VISIT.items())), [PEOPLE, MONEY], [PHOTO])
    assert canonical(one) == canonical(two)
    text = canonical(one)
    assert "운전자금 부족" in text  # UTF-8, not escaped: the server hashes the same bytes
    assert content_hash(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_every_kind_of_change_is_told() -> None:
    signed = signed_content(VISIT, [MONEY, PEOPLE], [PHOTO])
    now = signed_content(
        {**VISIT, "place": "본사", "notes": "메모 추가"},
        [{**MONEY, "severity": "low", "agency": "광주신보"},
         {**MONEY, "id": "d3", "description": "수출 판로"}],
        [{**PHOTO, "id": "f2", "filename": "mould.jpg"}],
    )  # fmt: skip
    assert changes(signed, now) == [
        Change("place"),
        Change("notes"),
        Change("difficulty_removed", "인력 부족"),
        Change("difficulty_added", "수출 판로"),
        Change("difficulty_changed", "운전자금 부족", ("severity", "agency")),
        Change("file_removed", "line.jpg"),
        Change("file_added", "mould.jpg"),
    ]
    assert changes(signed, signed) == []


def test_a_signature_needs_a_name_and_a_drawing_inside_the_pad() -> None:
    stroke = [(10.0, 10.0), (20.0, 30.0), (40.0, 10.0), (60.0, 30.0), (80.0, 10.0)]
    assert SignatureDraft("김민준", "", [stroke]).problems() == []
    codes = {p.code for p in SignatureDraft("", "", [stroke[:2]]).problems()}
    assert codes == {"required", "signature_empty"}
    outside = SignatureDraft("김민준", "", [[*stroke, (1200.0, 10.0)]]).problems()
    assert [p.code for p in outside] == ["signature_outside"]

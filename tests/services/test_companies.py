import dataclasses
from typing import Any

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import ValidationError
from coach_app.services.companies import (
    create_company,
    delete_company,
    draft_of,
    duplicate_of,
    get_company,
    list_companies,
    update_company,
)
from coach_app.store.database import Database

NUMBER = "124-81-00998"
OTHER = "220-81-62517"


def draft(**changes: Any) -> CompanyDraft:
    base = CompanyDraft(
        name="(주)한빛정밀", brn=NUMBER, ceo="김민준", region="광주", industry="자동차부품"
    )
    return dataclasses.replace(base, **changes)


def test_an_invalid_number_is_rejected_naming_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_company(db, draft(brn="124-81-00997"))
    (problem,) = caught.value.problems
    assert problem.field == "brn"
    assert str(caught.value) == (
        "사업자등록번호: 검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요."
    )
    assert list_companies(db) == []


def test_a_duplicate_number_is_refused_in_any_spelling(db: Database) -> None:
    create_company(db, draft())
    assert duplicate_of(db, "1248100998") == "(주)한빛정밀"
    with pytest.raises(ValidationError) as caught:
        create_company(db, draft(name="(주)다른회사", brn="1248100998"))
    assert caught.value.problems[0].field == "brn"
    assert "이미 등록된 번호입니다 ((주)한빛정밀)" in str(caught.value)
    assert len(list_companies(db)) == 1


def test_editing_to_another_companys_number_is_refused(db: Database) -> None:
    create_company(db, draft())
    second = create_company(db, draft(name="(주)새한전자", brn=OTHER))
    with pytest.raises(ValidationError, match="이미 등록된 번호"):
        update_company(db, second, draft(name="(주)새한전자", brn=NUMBER))
    update_company(db, second, draft(name="(주)새한전자", brn=OTHER, employees=30))
    assert get_company(db, second).employees == 30


def test_a_deleted_company_frees_its_number(db: Database) -> None:
    first = create_company(db, draft())
    delete_company(db, first)
    assert duplicate_of(db, NUMBER) is None
    create_company(db, draft(name="(주)한빛정밀(재등록)"))
    assert [c.name for c in list_companies(db)] == ["(주)한빛정밀(재등록)"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 90 + "🏭🚗💡 한글 テキスト",
        "Robert'); DROP TABLE companies;--",
        "' OR 1=1 --",
        "줄바꿈\n\t탭과\r\n캐리지리턴 \\ 백슬래시 % _ 와일드카드",
    ],
)
def test_awkward_text_round_trips_exactly(db: Database, text: str) -> None:
    company_id = create_company(db, draft(name=text[:100], ceo=text[:50], address=text[:200]))
    stored = get_company(db, company_id)
    assert (stored.name, stored.ceo, stored.address) == (text[:100], text[:50], text[:200])
    assert draft_of(stored).name == text[:100]


def test_search_by_any_field_and_filters(db: Database) -> None:
    create_company(db, draft())
    create_company(
        db,
        draft(
            name="(주)새한전자",
            brn=OTHER,
            ceo="이서연",
            region="경기",
            industry="전자",
            designation="명품강소기업",
        ),
    )
    assert [c.name for c in list_companies(db, "새한")] == ["(주)새한전자"]
    assert [c.name for c in list_companies(db, "2208162517")] == ["(주)새한전자"]
    assert [c.name for c in list_companies(db, "명품강소")] == ["(주)새한전자"]
    assert [c.name for c in list_companies(db, "김민준")] == ["(주)한빛정밀"]
    assert [c.name for c in list_companies(db, region="광주")] == ["(주)한빛정밀"]
    assert list_companies(db, "없는회사") == []

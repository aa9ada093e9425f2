import datetime as dt

from coach_app.domain.company import CompanyDraft, matches, search_text
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.messages import set_language
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.roadmap import Budget
from coach_app.domain.visit import VisitDraft


def good() -> CompanyDraft:
    return CompanyDraft(
        name="(주)한빛정밀",
        brn="124-81-00998",
        region="광주",
        designation="명품강소기업",
        supplier_tier="1차 협력사",
    )


def test_a_good_company_has_no_problems_and_normalizes() -> None:
    draft = good()
    assert draft.problems() == []
    clean = CompanyDraft(**{**draft.__dict__, "brn": "1248100998"}).normalized()
    assert clean.brn == "124-81-00998"
    assert clean.supplier_tier == "tier1"


def test_each_problem_names_its_field_in_korean_then_english() -> None:
    draft = CompanyDraft(
        name="",
        brn="124-81-00997",
        region="평양",
        employees=-1,
        email="nobody",
        founded_on=dt.date(2999, 1, 1),
    )
    messages = {p.field: str(p) for p in draft.problems()}
    assert messages["brn"] == (
        "사업자등록번호: 검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요."
    )
    assert set(messages) == {"company_name", "brn", "region", "employees", "email", "founded_on"}
    set_language("en")
    english = {p.field: str(p) for p in draft.problems()}
    assert english["company_name"] == "Company name: is required."


def test_search_text_matches_any_field_and_number_without_hyphens() -> None:
    text = search_text(
        "(주)한빛정밀", "124-81-00998", "김민준", "광주", "자동차부품", "명품강소기업"
    )
    assert matches(text, "한빛")
    assert matches(text, "1248100998")
    assert matches(text, "124-81")
    assert matches(text, "광주 김민준")
    assert not matches(text, "광주 이서연")


def test_programme_funding_must_add_up() -> None:
    draft = ProgrammeDraft("R&D 현장코칭", 2026, 100, Budget(50, 30, 10))
    assert [p.code for p in draft.problems()] == ["funding_sum"]
    assert ProgrammeDraft("R&D 현장코칭", 2026, 90, Budget(50, 30, 10)).problems() == []
    assert [p.field for p in ProgrammeDraft("", 1900).problems()] == ["name", "year"]


def test_visit_problems_include_its_difficulties() -> None:
    draft = VisitDraft(None, difficulties=[DifficultyDraft("funding", "")])
    fields = [p.field for p in draft.problems(dt.date(2026, 1, 1))]
    assert fields == ["visit_date", "difficulties[0].description"]
    far = VisitDraft(dt.date(2030, 1, 1))
    assert [p.code for p in far.problems(dt.date(2026, 1, 1))] == ["beyond_planning_horizon"]

"""Company import from .xlsx with the malformed files people really send."""

import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from coach_app.cli import main
from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.exports import company_list
from coach_app.services import imports
from coach_app.services.companies import create_company, list_companies
from coach_app.store.database import Database
from coach_app.store.models import Company
from tests.present import present

HEADERS = ["업체명", "사업자번호", "대표자", "지역", "업종", "종업원수", "매출액", "설립일"]


def valid_brns(count: int) -> list[str]:
    found: list[str] = []
    n = 0
    while len(found) < count:
        found.append(brn.complete(f"1{n // 10000 % 100:02d}81{n % 10000:04d}"))
        n += 1
    return found


def xlsx(path: Path, rows: Sequence[list[Any]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def companies(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Company)) or 0)


def test_a_clean_list_goes_in_after_acceptance(db: Database, tmp_path: Path) -> None:
    a, b = valid_brns(2)
    path = xlsx(
        tmp_path / "list.xlsx",
        [
            ["(주)가나정밀", a, "김가나", "광주광역시", "기계", "45", "12억", "2015.03.02"],
            [
                "(주)다라전자",
                b,
                "이다라",
                "충청북도",
                "전자",
                120,
                3_500_000_000,
                dt.datetime(2001, 5, 1),
            ],
        ],
    )
    sheet = imports.read_sheet(path)
    mapping = imports.remembered_mapping(db, sheet.headers)
    assert mapping["name"] == 0 and mapping["brn"] == 1 and mapping["founded_on"] == 7
    plan = imports.check_rows(db, sheet, mapping)
    assert [r.problems for r in plan.rows] == [[], []]
    assert companies(db) == 0  # nothing before acceptance
    assert imports.apply(db, plan) == (2, 0)
    made = {c.name: c for c in list_companies(db)}
    assert made["(주)가나정밀"].region == "광주" and made["(주)다라전자"].region == "충북"
    assert made["(주)가나정밀"].employees == 45


def test_existing_companies_are_updated_not_duplicated(db: Database, tmp_path: Path) -> None:
    number = valid_brns(1)[0]
    create_company(db, CompanyDraft(name="(주)가나정밀", brn=number, ceo="옛대표", region="광주"))
    path = xlsx(
        tmp_path / "l.xlsx",
        [["(주)가나정밀", number.replace("-", ""), "새대표", None, None, None, None, None]],
    )
    plan = imports.check_rows(
        db, imports.read_sheet(path), {"name": 0, "brn": 1, "ceo": 2, "region": 3}
    )
    assert plan.count(imports.Action.UPDATE) == 1
    assert imports.apply(db, plan) == (0, 1)
    (company,) = list_companies(db)
    assert company.ceo == "새대표" and company.region == "광주"  # empty cell keeps the region


def test_every_bad_row_is_named_and_nothing_is_half_imported(db: Database, tmp_path: Path) -> None:
    good, twice = valid_brns(2)
    wrong_digit = good[:-1] + str((int(good[-1]) + 1) % 10)
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            ["(주)정상", good, "", "광주", "", "", "", ""],
            ["(주)검증번호", wrong_digit, "", "", "", "", "", ""],
            [None, None, None, None, None, None, None, None],  # empty row: skipped, not an error
            ["", twice, "", "", "", "", "", ""],  # no name
            ["(주)중복", good, "", "", "", "", "", ""],
            ["(주)날짜", twice, "", "", "", "마흔", "많음", "작년 봄"],
            ["(주)지역", valid_brns(3)[2], "", "화성", "", "", "", "2099-01-01"],
        ],
    )
    sheet = imports.read_sheet(path)
    assert sheet.empty_rows == 1
    plan = imports.check_rows(db, sheet, imports.remembered_mapping(db, sheet.headers))
    problems = {r.number: " / ".join(r.problems) for r in plan.rows}
    assert problems[2] == ""
    assert "검증번호" in problems[3]
    assert "기업명: 필수 항목입니다." in problems[5]
    assert "파일의 2행과 사업자등록번호가 같습니다" in problems[6]
    assert "종업원 수: 정수로" in problems[7] and "매출액: 금액을" in problems[7]
    assert "설립일: 날짜로 읽을 수 없습니다" in problems[7]
    assert "지역: 목록에 없는 값입니다: 화성" in problems[8] and "미래 날짜" in problems[8]
    assert plan.count(imports.Action.INSERT) == 1 and plan.invalid == 5

    result = tmp_path / "result.xlsx"
    imports.write_result(plan, result)
    book = load_workbook(result)
    sheet_out = book.active
    assert sheet_out is not None
    assert [c.value for c in sheet_out[1]][-2:] == ["결과", "문제"]
    problem = sheet_out.cell(3, len(HEADERS) + 2).value
    assert isinstance(problem, str) and problem.startswith("사업자등록번호")
    assert sheet_out.cell(3, 1).fill.fgColor.rgb.endswith("FFF59D")

    # A failure while writing rolls everything back.
    plan.rows.append(plan.rows[0])  # the same company twice breaks the unique number
    with pytest.raises(imports.ImportRefused, match="아무것도 가져오지 않았습니다"):
        imports.apply(db, plan)
    assert companies(db) == 0


def test_the_result_file_can_be_fixed_and_imported_again(db: Database, tmp_path: Path) -> None:
    good = valid_brns(1)[0]
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            [
                "(주)고칠회사",
                good[:-1] + "0" if good[-1] != "0" else good[:-1] + "1",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        ],
    )
    sheet = imports.read_sheet(path)
    plan = imports.check_rows(db, sheet, imports.remembered_mapping(db, sheet.headers))
    assert plan.invalid == 1
    fixed = tmp_path / "fixed.xlsx"
    imports.write_result(plan, fixed)
    book = load_workbook(fixed)
    present(book.active).cell(2, 2).value = good
    book.save(fixed)
    again = imports.read_sheet(fixed)
    plan = imports.check_rows(db, again, imports.remembered_mapping(db, again.headers))
    assert plan.invalid == 0 and imports.apply(db, plan) == (1, 0)


def test_formulas_use_saved_results_or_say_they_have_none(db: Database, tmp_path: Path) -> None:
    number = valid_brns(1)[0]
    path = xlsx(tmp_path / "f.xlsx", [["(주)수식", number, "", "", "", "=10*4", "", ""]])
    sheet = imports.read_sheet(path)  # openpyxl saves formulas without results
    plan = imports.check_rows(db, sheet, imports.remembered_mapping(db, sheet.headers))
    assert "수식의 계산 결과가 저장되어 있지 않습니다" in plan.rows[0].problems[0]


def test_wrong_headers_ask_for_the_mapping(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "h.xlsx", [["a", "b"]], headers=["회사 이름", "번호"])
    sheet = imports.read_sheet(path)
    mapping = imports.remembered_mapping(db, sheet.headers)
    assert mapping == {}
    with pytest.raises(
        imports.ImportRefused, match="꼭 필요한 열을 고르세요: 기업명, 사업자등록번호"
    ):
        imports.check_rows(db, sheet, mapping)
    chosen = imports.parse_mapping("name=회사 이름,brn=번호", sheet.headers)
    assert chosen == {"name": 0, "brn": 1}
    with pytest.raises(imports.ImportRefused, match="'없는열' 열이 없습니다"):
        imports.parse_mapping("name=없는열", sheet.headers)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda p: p.write_text("업체명,사업자번호\n(주)가,124-81-00998\n", "utf-8"),
            r"xlsx\)가 아닙니다",
        ),
        (lambda p: p.write_bytes(b""), r"xlsx\)가 아닙니다"),
        (lambda p: p.write_bytes(b"PK\x03\x04 broken zip"), r"xlsx\)가 아닙니다"),
    ],
    ids=["renamed-csv", "empty", "broken"],
)
def test_files_that_are_not_workbooks(
    db: Database, tmp_path: Path, make: Callable[[Path], object], message: str
) -> None:
    path = tmp_path / "list.xlsx"
    make(path)
    with pytest.raises(imports.ImportRefused, match=message):
        imports.read_sheet(path)


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    plain = xlsx(tmp_path / "plain.xlsx", [["(주)가", "124-81-00998"]])
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    with pytest.raises(imports.ImportRefused, match="암호가 걸린 파일"):
        imports.read_sheet(locked)


def test_a_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = xlsx(tmp_path / "big.xlsx", [["(주)가", "124-81-00998"]])
    monkeypatch.setattr(company_list, "MAX_BYTES", 100)
    with pytest.raises(imports.ImportRefused, match="파일이 너무 큽니다"):
        imports.read_sheet(path)


def test_ten_thousand_rows(db: Database, tmp_path: Path) -> None:
    rows = [
        [f"(주)대량{n:05d}", number, "대표", "경기", "기계", n % 300, None, None]
        for n, number in enumerate(valid_brns(10_000))
    ]
    path = xlsx(tmp_path / "10k.xlsx", rows)
    started = time.perf_counter()
    sheet = imports.read_sheet(path)
    plan = imports.check_rows(db, sheet, imports.remembered_mapping(db, sheet.headers))
    assert plan.invalid == 0 and imports.apply(db, plan) == (10_000, 0)
    assert companies(db) == 10_000
    assert time.perf_counter() - started < 60  # generous: a safety net, not a benchmark


def test_cli_import(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = valid_brns(2)
    path = xlsx(
        tmp_path / "c.xlsx",
        [["(주)가", a], ["(주)나", b[:-1] + ("0" if b[-1] != "0" else "1")]],
        headers=["상호", "번호"],
    )
    database = str(db.path)
    db.close()
    args = ["import", "companies", str(path), "--db", database, "--mapping", "name=상호,brn=번호"]
    assert main([*args, "--dry-run", "--report", str(tmp_path / "r.xlsx")]) == 2
    out = capsys.readouterr()
    assert "새 기업 1 · 갱신 0 · 고칠 행 1" in out.out and "3: 사업자등록번호" in out.err
    assert (tmp_path / "r.xlsx").exists()
    assert main(args) == 2  # not a terminal and no --yes: nothing imported
    assert main([*args, "--yes"]) == 0
    assert "가져왔습니다: 새 기업 1, 갱신 0" in capsys.readouterr().out
    assert main(["import", "companies", str(tmp_path / "none.xlsx"), "--db", database]) == 1


def test_headers_with_units_and_spaces_are_read(db: Database, tmp_path: Path) -> None:
    a, b = valid_brns(2)
    headers = ["업체명", "사업자번호", "종업원 수(명)", "매출액(원)", "매출액 (백만원)", "비고"]
    path = xlsx(
        tmp_path / "units.xlsx",
        [["(주)가", a, "45명", 3_500_000_000, 3500, ""], ["(주)나", b, 12, "12억", "", "메모"]],
        headers=headers,
    )
    sheet = imports.read_sheet(path)
    mapping = imports.remembered_mapping(db, sheet.headers)
    assert mapping["employees"] == 2 and mapping["revenue"] == 3  # the first revenue column
    plan = imports.check_rows(db, sheet, mapping)
    assert [r.draft.revenue for r in plan.rows] == [3_500_000_000, 1_200_000_000]
    assert [r.draft.employees for r in plan.rows] == [45, 12]
    shown = {(c.field, c.header) for c in plan.columns}
    assert ("매출액", "매출액(원)") in shown and ("종업원 수", "종업원 수(명)") in shown
    assert imports.ignored_headers(sheet.headers, mapping) == ["매출액 (백만원)", "비고"]
    # A unit of money in the header scales bare numbers.
    chosen = "name=업체명,brn=사업자번호,revenue=매출액 (백만원)"
    only_millions = imports.parse_mapping(chosen, headers)
    plan = imports.check_rows(db, sheet, only_millions)
    assert plan.rows[0].draft.revenue == 3_500_000_000
    assert plan.columns[-1].unit == "×1,000,000원"


def test_tier_variants_are_accepted(db: Database, tmp_path: Path) -> None:
    numbers = valid_brns(6)
    tiers = ["3차 협력사", "2차", "1차벤더", "1차 협력사", "4차", "완성품"]
    path = xlsx(
        tmp_path / "tiers.xlsx",
        [
            [f"(주)협력{n}", number, tier]
            for n, (number, tier) in enumerate(zip(numbers, tiers, strict=True))
        ],
        headers=["업체명", "사업자번호", "협력사 구분"],
    )
    sheet = imports.read_sheet(path)
    plan = imports.check_rows(db, sheet, imports.remembered_mapping(db, sheet.headers))
    assert all(r.valid for r in plan.rows), [r.problems for r in plan.rows]
    assert [r.draft.normalized().supplier_tier for r in plan.rows] == [
        "tier3",
        "tier2",
        "tier1",
        "tier1",
        "tier3",
        "independent",
    ]


def test_an_address_in_another_region_is_a_warning(db: Database, tmp_path: Path) -> None:
    a, b, c = valid_brns(3)
    path = xlsx(
        tmp_path / "regions.xlsx",
        [
            ["(주)가", a, "광주", "경기도 광주시 오포읍 123"],
            ["(주)나", b, "광주", "광주광역시 북구 첨단과기로 1"],
            ["(주)다", c, "", "경기도 광주시 곤지암읍 5"],
        ],
        headers=["업체명", "사업자번호", "지역", "주소"],
    )
    sheet = imports.read_sheet(path)
    plan = imports.check_rows(db, sheet, imports.remembered_mapping(db, sheet.headers))
    first, second, third = plan.rows
    assert first.valid and first.warnings and "경기" in first.warnings[0]
    assert second.valid and not second.warnings
    assert third.valid and not third.warnings and third.draft.region == "경기"
    assert plan.warned == 1
    imports.write_result(plan, tmp_path / "result.xlsx")
    result = load_workbook(tmp_path / "result.xlsx").active
    assert result is not None and "경기" in str(result.cell(2, 6).value)


def test_the_cli_prints_the_mapping_every_time(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (a,) = valid_brns(1)
    path = xlsx(
        tmp_path / "cli.xlsx",
        [["(주)가", a, "광주", "경기도 광주시 오포읍 1", 1_000_000]],
        headers=["업체명", "사업자번호", "지역", "주소", "매출액(원)"],
    )
    db_path = str(db.path)
    db.close()
    for _ in range(2):  # the second run uses the remembered mapping: printed all the same
        assert main(["import", "companies", str(path), "--db", db_path, "--dry-run"]) == 0
        captured = capsys.readouterr()
        assert "매출액 ← 매출액(원)" in captured.out and "기업명 ← 업체명" in captured.out
        assert "주의" in captured.err and "경기" in captured.err
    bad = xlsx(tmp_path / "bad.xlsx", [["x", "y"]], headers=["회사 이름", "번호"])
    assert main(["import", "companies", str(bad), "--db", db_path, "--dry-run"]) != 0
    said = capsys.readouterr().err
    assert "꼭 필요한 열을 찾지 못했습니다: 기업명, 사업자등록번호" in said
    assert "--mapping" in said and "회사 이름, 번호" in said

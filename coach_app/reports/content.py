"""The four reports: a visit, a diagnosis, a roadmap, and the company dossier of all three."""

from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer, Table

from coach_app.domain.messages import pick
from coach_app.domain.money import format_korean, format_short, format_won
from coach_app.domain.signature import PAD_ASPECT, PAD_SCALE
from coach_app.reports.document import (
    GRID,
    HEADER_FILL,
    TEXT_WIDTH,
    Meta,
    build,
    cover,
    key_values,
    note,
    section,
    signature_parts,
    signatures,
    styles,
    table,
    text,
)
from coach_app.reports.facts import (
    CompanyFacts,
    DiagnosisFacts,
    DifficultyFacts,
    Dossier,
    MeasureFacts,
    MeetingFacts,
    NextStepFacts,
    PlannedVisit,
    RoadmapFacts,
    RoadmapItemFacts,
    SignatureFacts,
    VisitFacts,
)
from coach_app.reports.fonts import REGULAR, register

BAND_FILLS = {
    "red": colors.HexColor("#ef9a9a"),
    "amber": colors.HexColor("#ffe082"),
    "green": colors.HexColor("#a5d6a7"),
}
STAGE_FILLS = {
    "rnd_planning": "#5c6bc0",
    "ip": "#8e24aa",
    "prototype": "#00897b",
    "certification": "#f9a825",
    "commercialisation": "#43a047",
    "export": "#1e88e5",
}


def _manwon(amount: int) -> str:
    """Amounts in 만원 in narrow columns; the exact sums are written above the table."""
    return f"{round(amount / 10_000):,}"


def _month(day: dt.date | None) -> str:
    return f"{day:%Y.%m}" if day else ""


def _date(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        return f"{day.astimezone():%Y-%m-%d}"
    return f"{day:%Y-%m-%d}"


def NOT_ENTERED() -> str:  # noqa: N802 (reads as the constant it is, in the language of the day)
    return pick("미입력", "not entered")


def _employees(count: int | None) -> str:
    """An unknown head count is not zero people."""
    if count is None:
        return NOT_ENTERED()
    return f"{count:,}{pick('명', ' employees')}"


# --- building blocks ----------------------------------------------------------------------


def company_block(company: CompanyFacts) -> list[Flowable]:
    return [
        section(pick("기업 개요", "Company profile")),
        key_values(
            [
                (pick("기업명", "Company"), company.name),
                (pick("사업자등록번호", "Business no."), company.brn),
                (pick("대표자", "CEO"), company.ceo),
                (
                    pick("지역 · 업종", "Region · industry"),
                    " · ".join(x for x in (company.region, company.industry) if x),
                ),
                (pick("주소", "Address"), company.address),
                (
                    pick("종업원 · 매출액", "Employees · revenue"),
                    f"{_employees(company.employees)} · "
                    f"{format_short(company.revenue) if company.revenue else NOT_ENTERED()}",
                ),
                (pick("지정·인증", "Designation"), company.designation),
                *(
                    [
                        (
                            pick("담당 코치 · 연락처", "Coach · contact"),
                            " · ".join(x for x in (company.coach, company.coach_contact) if x),
                        )
                    ]
                    if company.coach
                    else []
                ),
            ]
        ),
    ]


def _amount(amount: int | None) -> str:
    # Exact, in the units people say: 20억원, 5억원, 20억 3,000만원.
    return format_korean(amount) if amount else "—"


def measure_table(measures: list[MeasureFacts], with_answers: bool = True) -> Flowable:
    """지원 조치: what, by whom, how much from where, its state, and what it answers."""
    if not measures:
        return note(pick("기록된 지원 조치가 없습니다.", "No measures recorded."))
    header = [
        pick("지원 조치", "Measure"),
        pick("기관 · 사업", "Organisation · programme"),
        pick("금액 · 재원", "Amount · source"),
        pick("상태 (결정일) · 기한", "Status (decided) · due"),
    ]
    widths = [0.36, 0.24, 0.2, 0.2]
    if with_answers:
        header.append(pick("답한 애로사항", "Answers"))
        widths = [0.26, 0.18, 0.16, 0.14, 0.26]
    rows = []
    for m in measures:
        row = [
            m.title + (f"\n{m.description}" if m.description else ""),
            "\n".join(x for x in (m.organisation, m.programme) if x),
            "\n".join(x for x in (_amount(m.amount), m.source) if x),
            m.status
            + (f"\n({_date(m.decided_on)})" if m.decided_on else "")
            + (f"\n{pick('기한', 'due')} {_date(m.due_on)}" if m.due_on else ""),
        ]
        if with_answers:
            row.append("\n".join(m.answers))
        rows.append(row)
    return table(header, rows, widths)


def _status(d: DifficultyFacts) -> str:
    shown = d.status + (f" ({_date(d.changed_on)})" if d.changed_on else "")
    return shown + (f"\n{d.resolution}" if d.resolution else "")


def difficulty_table(difficulties: list[DifficultyFacts], with_date: bool = False) -> Flowable:
    if not difficulties:
        return note(pick("기록된 애로사항이 없습니다.", "No difficulties recorded."))
    header = [
        pick("분야", "Category"),
        pick("애로 내용", "Difficulty"),
        pick("심각도", "Severity"),
        pick("요청 지원 · 담당 기관", "Support asked · agency"),
        pick("상태 (변경일) · 조치", "Status (since) · resolution"),
    ]
    widths = [0.13, 0.35, 0.09, 0.22, 0.21]
    rows = [
        [
            d.category + (f"\n{_date(d.raised_on)}" if with_date and d.raised_on else ""),
            d.description,
            d.severity,
            " · ".join(x for x in (d.requested_support, d.agency) if x),
            _status(d),
        ]
        for d in difficulties
    ]
    return table(header, rows, widths)


def follow_up_table(follow_ups: list[DifficultyFacts]) -> Flowable:
    """The earlier difficulties whose status was recorded at this visit."""
    header = [
        pick("제기일", "Raised"),
        pick("분야", "Category"),
        pick("애로 내용", "Difficulty"),
        pick("상태 (변경일) · 조치", "Status (since) · resolution"),
    ]
    rows = [[_date(d.raised_on), d.category, d.description, _status(d)] for d in follow_ups]
    return table(header, rows, [0.12, 0.15, 0.43, 0.3])


def visit_block(visit: VisitFacts, number: int | None = None) -> list[Flowable]:
    title = pick("방문 기록", "Visit") + f" {_date(visit.visit_date)}"
    if number is not None:
        title = f"{number}. {title}"
    story: list[Flowable] = [
        section(title),
        key_values(
            [
                (pick("장소", "Place"), visit.place),
                (pick("참석자", "Attendees"), visit.attendees),
                (pick("방문 목적", "Purpose"), visit.purpose),
                (pick("코칭 내용", "Notes"), visit.notes),
                (pick("담당 코치", "Coach"), visit.coach),
                *([(pick("간담회", "Meeting"), visit.meeting)] if visit.meeting else []),
            ]
        ),
        Spacer(1, 3 * mm),
    ]
    if visit.difficulties or not visit.follow_ups:
        story.append(difficulty_table(visit.difficulties))
    if visit.follow_ups:
        story.append(Spacer(1, 3 * mm))
        story.append(
            text(
                pick("후속 조치 (이 방문에서 확인)", "Follow-ups recorded at this visit"),
                styles().cell_bold,
            )
        )
        story.append(follow_up_table(visit.follow_ups))
    shown = [
        (photo, caption)
        for photo, caption in zip(
            map(_photo, visit.photos[:4]),
            [*visit.captions, *[""] * len(visit.photos)],
            strict=False,
        )
        if photo is not None
    ]
    if shown:
        story.append(Spacer(1, 3 * mm))
        small = ParagraphStyle("caption", parent=styles().small, alignment=TA_CENTER)
        story.append(
            Table(
                [[photo for photo, _ in shown], [text(caption, small) for _, caption in shown]],
                colWidths=[TEXT_WIDTH / 4] * len(shown),
                style=[
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ],
            )
        )
    return story


def _photo(data: bytes) -> Image | None:
    """The photo fitted in a quarter of the width, or None for a damaged file (the report
    goes on without it rather than fail at the last page)."""
    try:
        ImageReader(io.BytesIO(data)).getRGBData()  # type: ignore[no-untyped-call]
    except Exception:  # Pillow raises many kinds for a broken image
        return None
    # "proportional": fit inside the box and keep the photo's shape.
    return Image(io.BytesIO(data), width=TEXT_WIDTH / 4 - 4, height=40 * mm, kind="proportional")


RING_COLOUR = colors.HexColor("#c7c7c7")


def radar(diagnosis: DiagnosisFacts) -> Drawing:
    """Every area on its own spoke, rings at each level of the checklist's scale (1–5, or
    1–9 for TRL) with their numbers, names outside the rings (where no spoke runs); an area
    not scored sits at the centre, marked."""
    areas = diagnosis.areas
    top = diagnosis.top
    drawing = _drawing(TEXT_WIDTH, 80 * mm)
    if len(areas) < 3:
        return drawing
    cx, cy, radius = TEXT_WIDTH / 2 - 20 * mm, 40 * mm, 29 * mm
    angles = [math.pi / 2 - 2 * math.pi * n / len(areas) for n in range(len(areas))]

    def point(angle: float, value: float) -> tuple[float, float]:
        r = radius * max(0.0, min(value, top)) / top
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for level in range(1, top + 1):
        ring = [c for a in angles for c in point(a, level)]
        drawing.add(Polygon(ring, strokeColor=RING_COLOUR, strokeWidth=0.4, fillColor=None))
        drawing.add(
            String(
                cx + 2,
                cy + radius * level / top + 1,
                str(level),
                fontName=REGULAR,
                fontSize=6,
                fillColor=colors.HexColor("#888888"),
            )
        )
    for angle in angles:
        x, y = point(angle, top)
        drawing.add(Line(cx, cy, x, y, strokeColor=RING_COLOUR, strokeWidth=0.4))
    unscored = pick("미진단", "not scored")
    for area, angle in zip(areas, angles, strict=True):
        # As far out on a nine-level scale as on a five-level one.
        x, y = point(angle, top * 1.12)
        name = area.name + ("" if area.score is not None else f" ({unscored})")
        width = stringWidth(name, REGULAR, 7)
        cos = math.cos(angle)
        # Left of the centre the name ends at the spoke's end, right of it starts there.
        anchor_x = x - width / 2 if abs(cos) < 0.2 else (x if cos > 0 else x - width)
        anchor_y = y - 2.5 if abs(math.sin(angle)) < 0.2 else (y if math.sin(angle) > 0 else y - 6)
        drawing.add(
            String(
                anchor_x,
                anchor_y,
                name,
                fontName=REGULAR,
                fontSize=7,
                fillColor=colors.black if area.score is not None else colors.HexColor("#888888"),
            )
        )
    series = [
        ("#1565c0", [a.score for a in areas], colors.Color(0.08, 0.4, 0.75, alpha=0.25), None),
        ("#2e7d32", [a.target for a in areas], None, (3, 2)),
    ]
    if any(a.previous is not None for a in areas):
        series.append(("#757575", [a.previous for a in areas], None, (1, 2)))
    for colour, values, fill, dash in series:
        outline = [c for a, v in zip(angles, values, strict=True) for c in point(a, v or 0)]
        shape = Polygon(outline, strokeColor=colors.HexColor(colour), strokeWidth=1, fillColor=fill)
        if dash:
            shape.strokeDashArray = dash
        drawing.add(shape)
    legend = [
        ("#1565c0", pick("현재", "Now")),
        ("#2e7d32", pick("목표", "Target")),
        ("#757575", pick("지난 진단", "Last diagnosis")),
    ][: len(series)]
    for n, (colour, label) in enumerate(legend):
        y = 65 * mm - n * 5 * mm
        drawing.add(_box(TEXT_WIDTH - 38 * mm, y, 4 * mm, 2.5 * mm, colour))
        drawing.add(String(TEXT_WIDTH - 32 * mm, y, label, fontName=REGULAR, fontSize=8))
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Else Helvetica is set first and listed unembedded (the stubs lack this attribute).
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]
    return drawing


def _box(x: float, y: float, width: float, height: float, colour: str) -> Rect:
    box = Rect(x, y, width, height)
    box.fillColor = colors.HexColor(colour)
    box.strokeColor = None
    return box


def diagnosis_block(diagnosis: DiagnosisFacts) -> list[Flowable]:
    top = diagnosis.top
    overall = (
        f"{diagnosis.overall:.1f} ({diagnosis.overall_label})"
        if diagnosis.overall is not None
        else "—"
    )
    story: list[Flowable] = [
        section(
            f"{pick('진단', 'Diagnosis')}: {diagnosis.checklist} ({_date(diagnosis.diagnosed_on)})"
        ),
        key_values(
            [
                (pick("진단 양식", "Checklist"), f"{diagnosis.checklist} v{diagnosis.version}"),
                (pick("따른 표준", "Standard"), diagnosis.standard),
                (pick("척도", "Scale"), pick(f"1–{top}단계", f"levels 1–{top}")),
                (pick("종합 점수", "Overall"), overall),
                (pick("비교 대상", "Compared with"), _date(diagnosis.previous_on)),
                (pick("동료 비교", "Peer benchmark"), diagnosis.peer_group),
                (pick("진단 코치", "Coach"), diagnosis.coach),
                (pick("종합 의견", "Comment"), diagnosis.comment),
            ]
        ),
        radar(diagnosis),
    ]
    fills = {}
    rows = []
    for n, area in enumerate(diagnosis.areas):
        if area.band in BAND_FILLS:
            fills[(3, n)] = BAND_FILLS[area.band]
        change = ""
        if area.previous is not None and area.score is not None:
            change = f"{area.previous:.1f} ({area.score - area.previous:+.1f})"
        rows.append(
            [
                area.name,
                "—" if area.score is None else f"{area.score:.1f}",
                "—" if area.target is None else f"{area.target:.1f}",
                area.band_label,
                change,
                area.peer,
            ]
        )
    story.append(
        table(
            [
                pick("영역", "Area"),
                pick("현재", "Now"),
                pick("목표", "Target"),
                pick("등급", "Band"),
                pick("지난 진단", "Last"),
                pick("동료 비교", "Among peers"),
            ],
            rows,
            [0.26, 0.09, 0.09, 0.12, 0.16, 0.28],
            numeric=(1, 2),
            fills=fills,
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(
        table(
            [
                pick("영역", "Area"),
                pick("진단 항목", "Item"),
                pick("현재", "Now"),
                pick("목표", "Target"),
                pick("근거", "Evidence"),
                pick("의견", "Comment"),
            ],
            [[i.area, i.text, i.current, i.target, i.evidence, i.comment] for i in diagnosis.items],
            [0.14, 0.37, 0.07, 0.07, 0.15, 0.2],
        )
    )
    return story


def gantt(roadmap: RoadmapFacts) -> Drawing:
    dated = [i for i in roadmap.items if i.starts_on and i.ends_on]
    row = 6 * mm
    drawing = _drawing(TEXT_WIDTH, row * (len(dated) + 1) + 4 * mm)
    if not dated:
        return drawing
    first = min(i.starts_on for i in dated if i.starts_on).replace(day=1)
    last = max(i.ends_on for i in dated if i.ends_on)
    span = max((last - first).days, 1)
    label_width = 55 * mm
    width = TEXT_WIDTH - label_width - 3 * mm  # bars end inside the tables' right edge

    def x(day: dt.date) -> float:
        return label_width + width * (day - first).days / span

    top = drawing.height - 4 * mm
    month = first
    # The first month is always named (a plan of a few months showed one label in its
    # middle); then half-years, or quarters for a plan within about a year, as room allows.
    named = (1, 4, 7, 10) if span <= 400 else (1, 7)
    labelled = -1e9
    while month <= last:
        drawing.add(
            Line(
                x(month), 0, x(month), top, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.3
            )
        )
        if (month == first or month.month in named) and x(month) - labelled >= 22:
            drawing.add(String(x(month) + 1, top, f"{month:%y.%m}", fontName=REGULAR, fontSize=6))
            labelled = x(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for n, item in enumerate(dated):
        y = top - (n + 1) * row
        title = item.title if len(item.title) <= 22 else item.title[:21] + "…"
        drawing.add(String(0, y + 1.5 * mm, title, fontName=REGULAR, fontSize=7))
        assert item.starts_on and item.ends_on
        drawing.add(
            _box(
                x(item.starts_on),
                y + 0.8 * mm,
                max(x(item.ends_on) - x(item.starts_on), 1),
                row - 2 * mm,
                STAGE_FILLS.get(item.stage_code, "#9e9e9e"),
            )
        )
    return drawing


def roadmap_block(roadmap: RoadmapFacts) -> list[Flowable]:
    national = sum(i.national for i in roadmap.items)
    local = sum(i.local for i in roadmap.items)
    company = sum(i.company for i in roadmap.items)
    total = national + local + company

    def share(amount: int) -> str:
        return f" {amount * 100 / total:.0f}%" if total else ""

    state = f"{roadmap.revision}{pick('차', '')} · {roadmap.status}"
    if not roadmap.approved:
        state += pick(" (미승인 초안: 확정된 계획이 아닙니다)", " (draft, not an approved plan)")
    story: list[Flowable] = [
        section(f"{pick('로드맵', 'Roadmap')}: {roadmap.title}"),
        key_values(
            [
                (pick("차수 · 상태", "Revision · status"), state),
                (pick("작성 코치", "Coach"), roadmap.coach),
                (pick("검토 요청일", "Submitted"), _date(roadmap.submitted_at)),
                (
                    pick("승인", "Approved"),
                    f"{_date(roadmap.approved_at)} {roadmap.approver}".strip(),
                ),
                (
                    pick("예산 합계", "Budget total"),
                    f"{format_won(total)} "
                    f"({pick('국비', 'national')} {format_won(national)}{share(national)}, "
                    f"{pick('시비·도비', 'city/province')} {format_won(local)}{share(local)}, "
                    f"{pick('자부담', 'company')} {format_won(company)}{share(company)})",
                ),
            ]
        ),
        Spacer(1, 3 * mm),
        gantt(roadmap),
        Spacer(1, 3 * mm),
    ]

    def amount(item: RoadmapItemFacts, value: int) -> str:
        return f"{_manwon(value)}\n({item.share(value)})" if item.total else _manwon(value)

    rows = [
        [
            f"{i.phase} · {i.stage}",
            i.title
            + (f"\n{i.description}" if i.description else "")
            + (f"\n← {i.depends_on}" if i.depends_on else ""),
            f"{_month(i.starts_on)} ~ {_month(i.ends_on)}",
            i.agency,
            amount(i, i.national),
            amount(i, i.local),
            amount(i, i.company),
            i.kpi,
            i.status,
        ]
        for i in roadmap.items
    ]
    rows.append(
        [
            "",
            pick("합계", "Total"),
            "",
            "",
            _manwon(national),
            _manwon(local),
            _manwon(company),
            "",
            "",
        ]
    )
    story.append(
        table(
            [
                pick("차례 · 단계", "Phase · stage"),
                pick("과제 · 내용", "Item · description"),
                pick("기간", "Period"),
                pick("담당 기관", "Agency"),
                pick("국비 (만원)", "National (10k₩)"),
                pick("시비·도비 (만원)", "City/prov. (10k₩)"),
                pick("자부담 (만원)", "Company (10k₩)"),
                "KPI",
                pick("상태", "Status"),
            ],
            rows,
            [0.1, 0.26, 0.12, 0.1, 0.09, 0.09, 0.09, 0.09, 0.06],
            numeric=(4, 5, 6),
        )
    )
    if roadmap.reviews:
        # Decisions only: reviewers' comments are internal to the agency.
        story.append(section(pick("검토 이력", "Reviews")))
        story.append(
            table(
                [pick("일시", "When"), pick("검토자", "Reviewer"), pick("결정", "Decision")],
                [
                    [f"{r.when.astimezone():%Y-%m-%d %H:%M}", r.reviewer, r.decision]
                    for r in roadmap.reviews
                ],
                [0.3, 0.35, 0.35],
            )
        )
    return story


# --- the reports --------------------------------------------------------------------------


def _meta(
    title: str, dossier: Dossier, programme: str = "", author: str = "", contact: str = ""
) -> Meta:
    return Meta(
        title=title,
        subject=dossier.company.name,
        author=author or dossier.company.coach,
        agency=dossier.agency,
        programme=programme or dossier.company.programme,
        as_of=dossier.as_of,
        author_contact=contact if author else dossier.company.coach_contact,
        agency_contact=dossier.agency_contact,
    )


def planned_visit(visit: PlannedVisit | None) -> str:
    """The next visit on the calendar, or 미입력 when none is dated after the report."""
    if visit is None:
        return NOT_ENTERED()
    return " · ".join(x for x in (_date(visit.visit_date), visit.purpose, visit.coach) if x)


def _when(step: NextStepFacts, as_of: dt.date | None) -> str:
    """The step's dates; past its end on the report's date it is said to be late."""
    if step.starts_on and step.due_on and step.starts_on != step.due_on:
        shown = f"{_date(step.starts_on)} ~ {_date(step.due_on)}"
    else:
        day = step.due_on or step.starts_on
        shown = _date(day) if day else NOT_ENTERED()
    if step.due_on and as_of and step.due_on < as_of:
        shown += pick(" (기한 경과)", " (overdue)")
    return shown


def next_step_lines(steps: list[NextStepFacts], as_of: dt.date | None, limit: int = 3) -> str:
    """The cover's 다음 단계: each with who carries it and when."""
    lines = [
        f"· {_first_line(s.what)} — {pick('담당', 'by')} {s.owner or NOT_ENTERED()}, "
        f"{_when(s, as_of)}"
        for s in steps[:limit]
    ]
    if len(steps) > limit:
        more = len(steps) - limit
        lines.append(pick(f"외 {more}건", f"and {more} more"))
    return "\n".join(lines)


def _steps(dossier: Dossier) -> str:
    return next_step_lines(dossier.next_steps, dossier.as_of) or "—"


def next_steps_block(
    steps: list[NextStepFacts], next_visit: PlannedVisit | None, as_of: dt.date | None
) -> list[Flowable]:
    """권고 사항: what comes next, who carries it and by when; and the next visit."""
    story: list[Flowable] = [section(pick("권고 사항 · 다음 단계", "Recommendations · next steps"))]
    if steps:
        story.append(
            table(
                [
                    pick("권고 사항", "Recommendation"),
                    pick("담당", "Owner"),
                    pick("일정", "When"),
                    pick("근거", "From"),
                ],
                [[s.what, s.owner or NOT_ENTERED(), _when(s, as_of), s.source] for s in steps],
                [0.46, 0.2, 0.22, 0.12],
            )
        )
    else:
        story.append(note(pick("정해진 다음 단계가 없습니다.", "No next steps decided.")))
    story.append(Spacer(1, 2 * mm))
    story.append(key_values([(pick("다음 방문", "Next visit"), planned_visit(next_visit))]))
    return story


def _closing(dossier: Dossier, coach: str) -> list[Flowable]:
    """권고 사항, then the signatures kept with the next visit above them: a page holding
    only the signature lines would look as if nothing was signed for."""
    steps = next_steps_block(dossier.next_steps, dossier.next_visit, dossier.as_of)
    parts = signature_parts(_parties(dossier, coach), dossier.as_of)
    return [*steps[:-1], KeepTogether([steps[-1], Spacer(1, 4 * mm), *parts])]


def _parties(dossier: Dossier, coach: str = "") -> list[tuple[str, str]]:
    return [
        (pick("코치", "Coach"), coach or dossier.company.coach),
        (pick("기업 대표", "Company CEO"), dossier.company.ceo),
    ]


def _company_signatures(dossier: Dossier, coach: str = "") -> Flowable:
    return signatures(_parties(dossier, coach), dossier.as_of)


EDITED_COLOUR = colors.HexColor("#b00020")


def signature_drawing(strokes: list[list[tuple[float, float]]], width: float) -> Drawing:
    """The drawn signature as vector lines, in a box of the pad's shape."""
    height = width / PAD_ASPECT
    drawing = _drawing(width, height)
    frame = Rect(0, 0, width, height)
    frame.strokeColor, frame.fillColor, frame.strokeWidth = RING_COLOUR, None, 0.4
    drawing.add(frame)
    for stroke in strokes:
        points = [
            value
            for x, y in stroke
            for value in (x * width / PAD_SCALE, height - y * height / PAD_SCALE)
        ]
        if len(points) == 2:  # a dot
            points += [points[0] + 0.6, points[1]]
        drawing.add(
            PolyLine(points, strokeColor=colors.black, strokeWidth=1.1, strokeLineJoin=1,
                     strokeLineCap=1)
        )  # fmt: skip
    return drawing


def signed_on_site(signature: SignatureFacts) -> list[Flowable]:
    """현장 서명: the representative's signature with name, title, time and the short hash
    of the content signed; a visit edited since says so, and what changed."""
    s = styles()
    pairs = [
        (pick("서명자", "Signed by"), signature.signer_name),
        (pick("직함", "Title"), signature.signer_title or "—"),
        (pick("서명 일시", "Signed at"), signature.signed_at),
        (pick("내용 해시", "Content hash"), f"SHA-256 {signature.short_hash}…"),
    ]
    details = Table(
        [[text(k, s.cell_bold), text(v, s.cell)] for k, v in pairs],
        colWidths=[0.17 * TEXT_WIDTH, 0.36 * TEXT_WIDTH],
        style=[
            ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )
    block = Table(
        [[signature_drawing(signature.strokes, 0.42 * TEXT_WIDTH), details]],
        colWidths=[0.45 * TEXT_WIDTH, 0.55 * TEXT_WIDTH],
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
    )
    parts: list[Flowable] = [section(pick("현장 서명", "Signed on site")), block]
    if signature.edited:
        edited = ParagraphStyle("edited", parent=s.body, textColor=EDITED_COLOUR)
        parts.append(Spacer(1, 2 * mm))
        parts.append(
            text(
                pick("서명 후 수정됨: ", "Edited after signing: ") + ", ".join(signature.changes),
                edited,
            )
        )
    else:
        parts.append(
            text(
                pick(
                    "서명한 뒤로 방문 기록이 바뀌지 않았습니다.",
                    "The visit record has not changed since it was signed.",
                ),
                s.small,
            )
        )
    return [KeepTogether(parts)]


def _signature_line(signature: SignatureFacts | None) -> str:
    if signature is None:
        return pick("서명 없음", "Not signed")
    line = f"{signature.signer_name} {signature.signer_title} · {signature.signed_at}"
    return line + (
        f" · {pick('서명 후 수정됨', 'edited after signing')}" if signature.edited else ""
    )


def write_visit(target: Path, dossier: Dossier, visit: VisitFacts, font: str | None = None) -> int:
    register(font)  # before any paragraph is made in the font
    meta = _meta(
        pick("방문 코칭 결과 보고서", "Coaching visit report"),
        dossier,
        programme=visit.programme,
        author=visit.coach,
        contact=visit.coach_contact,
    )
    story = cover(
        meta,
        [
            (pick("방문일", "Visit date"), _date(visit.visit_date)),
            (pick("다음 방문", "Next visit"), planned_visit(dossier.next_visit)),
            (pick("다음 단계", "Next steps"), _steps(dossier)),
            *([(pick("현장 서명", "Signed on site"), _signature_line(visit.signature))]
              if visit.signature else []),
        ],
    )  # fmt: skip
    story += company_block(dossier.company) + visit_block(visit)
    if visit.signature is not None:
        story += signed_on_site(visit.signature)
    story += _closing(dossier, visit.coach)
    return build(target, meta, story, font)


def write_diagnosis(
    target: Path, dossier: Dossier, diagnosis: DiagnosisFacts, font: str | None = None
) -> int:
    register(font)  # before any paragraph is made in the font
    meta = _meta(pick("기업 진단 보고서", "Diagnosis report"), dossier)
    story = cover(
        meta,
        [
            (pick("진단 양식", "Checklist"), diagnosis.checklist),
            (pick("다음 방문", "Next visit"), planned_visit(dossier.next_visit)),
        ],
    )
    story += company_block(dossier.company) + diagnosis_block(diagnosis)
    return build(target, meta, story, font)


def write_roadmap(target: Path, dossier: Dossier, font: str | None = None) -> int:
    register(font)  # before any paragraph is made in the font
    assert dossier.roadmap is not None
    meta = _meta(pick("기업 성장 로드맵", "Company roadmap"), dossier)
    roadmap = dossier.roadmap
    story = cover(
        meta,
        [
            (pick("로드맵", "Roadmap"), roadmap.title),
            (
                pick("차수 · 상태", "Revision · status"),
                f"{roadmap.revision}{pick('차', '')} · {roadmap.status}"
                + ("" if roadmap.approved else pick(" (미승인)", " (not approved)")),
            ),
            (pick("다음 방문", "Next visit"), planned_visit(dossier.next_visit)),
            (pick("다음 단계", "Next steps"), _steps(dossier)),
        ],
    )
    story += company_block(dossier.company) + roadmap_block(roadmap)
    story += _closing(dossier, roadmap.coach)
    return build(target, meta, story, font)


def summary_lines(dossier: Dossier) -> list[tuple[str, str]]:
    """What a CEO reads first: the scores, what is still open, and what comes next."""
    lines: list[tuple[str, str]] = []
    if dossier.diagnoses:
        diagnosis = dossier.diagnoses[0]
        overall = (
            f"{diagnosis.overall:.1f} ({diagnosis.overall_label})"
            if diagnosis.overall is not None
            else "—"
        )
        areas = ", ".join(f"{a.name} {a.score:.1f}" for a in diagnosis.areas if a.score is not None)
        lines.append(
            (
                pick("진단 점수", "Diagnosis scores"),
                f"{pick('종합', 'overall')} {overall} · {_date(diagnosis.diagnosed_on)}\n{areas}",
            )
        )
    still_open = dossier.open_difficulties
    shown = "\n".join(f"· {d.category}: {_first_line(d.description)}" for d in still_open[:3])
    more = len(still_open) - 3
    lines.append(
        (
            pick("미해결 애로", "Open difficulties"),
            f"{len(still_open)}{pick('건', '')}"
            + (f"\n{shown}" if shown else "")
            + (f"\n{pick(f'외 {more}건', f'and {more} more')}" if more > 0 else ""),
        )
    )
    if dossier.next_steps:
        lines.append((pick("다음 단계", "Next steps"), _steps(dossier)))
    elif dossier.roadmap is not None:
        lines.append(
            (
                pick("다음 단계", "Next steps"),
                pick("로드맵 과제를 모두 마쳤습니다.", "Every roadmap item is done."),
            )
        )
    elif dossier.plan_note:
        lines.append((pick("다음 단계", "Next steps"), dossier.plan_note))
    lines.append((pick("다음 방문", "Next visit"), planned_visit(dossier.next_visit)))
    return lines


def _first_line(value: str, limit: int = 40) -> str:
    line = value.strip().splitlines()[0] if value.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def write_dossier(target: Path, dossier: Dossier, font: str | None = None) -> int:
    register(font)  # before any paragraph is made in the font
    meta = _meta(pick("기업 지원 종합 보고서", "Company dossier"), dossier)
    story = cover(
        meta,
        [(pick("방문", "Visits"), f"{len(dossier.visits)}"), *summary_lines(dossier)],
    )
    story += company_block(dossier.company)
    story.append(section(pick("미해결 애로사항", "Open difficulties")))
    story.append(difficulty_table(dossier.open_difficulties, with_date=True))
    if dossier.measures:
        story.append(KeepTogether([section(pick("지원 조치", "Measures")), Spacer(1, 1 * mm)]))
        story.append(measure_table(dossier.measures))
    story += next_steps_block(dossier.next_steps, dossier.next_visit, dossier.as_of)
    if dossier.diagnoses:
        story.append(PageBreak())
        story += diagnosis_block(dossier.diagnoses[0])
    if dossier.roadmap is not None:
        story.append(PageBreak())
        story += roadmap_block(dossier.roadmap)
    elif dossier.plan_note:
        story.append(section(pick("로드맵", "Roadmap")))
        story.append(note(dossier.plan_note))
    if dossier.visits:
        # No page break: the visits follow the plan's last page (the heading still moves
        # to a new page rather than end one).
        heading: list[Flowable] = [section(pick("방문 기록", "Visits"))]
        for n, visit in enumerate(dossier.visits, 1):
            blocks = visit_block(visit, n)
            # A visit's heading, record and difficulties stay on one page together, and
            # the section's heading with the first visit (it was left at a page's foot).
            story.append(KeepTogether(heading + blocks[:4]))
            story += blocks[4:]
            heading = []
    story.append(_company_signatures(dossier))
    return build(target, meta, story, font)


def write_meeting(target: Path, meeting: MeetingFacts, font: str | None = None) -> int:
    """The meeting report: who came, each company's difficulties, the measures taken."""
    register(font)  # before any paragraph is made in the font
    meta = Meta(
        title=pick("현장 간담회 결과 보고서", "Meeting report"),
        subject=meeting.title,
        author=meeting.recorded_by,
        agency=meeting.agency,
        programme=meeting.programme,
        as_of=meeting.as_of,
        author_contact=meeting.recorder_contact,
        agency_contact=meeting.agency_contact,
        author_labels=(pick("작성자", "Recorded by"), pick("작성자 연락처", "Recorder's contact")),
    )
    # A measure still under way is the meeting's next step: its organisation carries it.
    steps = [
        NextStepFacts(m.title, m.organisation, m.decided_on, m.due_on, pick("지원 조치", "measure"))
        for m in meeting.measures
        if not m.finished
    ]
    total = sum(m.amount or 0 for m in meeting.measures)
    story = cover(
        meta,
        [
            (pick("간담회", "Meeting"), meeting.title),
            (pick("개최일 · 장소", "Date · place"), f"{_date(meeting.held_on)} · {meeting.place}"),
            (
                pick("참여 기업 · 애로 · 조치", "Companies · difficulties · measures"),
                f"{len(meeting.companies)}{pick('개사', ' companies')} · "
                f"{sum(len(c.difficulties) for c in meeting.companies)}{pick('건', '')} · "
                f"{len(meeting.measures)}{pick('건', '')} ({_amount(total)})",
            ),
            (pick("다음 단계", "Next steps"), next_step_lines(steps, meeting.as_of) or "—"),
        ],
    )
    story.append(section(pick("간담회 개요", "Meeting")))
    story.append(
        key_values(
            [
                (pick("제목", "Title"), meeting.title),
                (pick("개최일", "Date"), _date(meeting.held_on)),
                (pick("장소", "Place"), meeting.place),
                (pick("주관 기관", "Organiser"), meeting.organiser),
                (pick("사업", "Programme"), meeting.programme),
                (pick("참석자", "Attendees"), "\n".join(meeting.attendees)),
                (
                    pick("참여 기업", "Companies"),
                    ", ".join(c.name for c in meeting.companies),
                ),
                (pick("내용", "Notes"), meeting.notes),
                (pick("문의", "Contact"), meeting.contact),
            ]
        )
    )
    story.append(section(pick("지원 조치", "Measures")))
    story.append(measure_table(meeting.measures))
    by_company = pick("기업별 애로사항 · 다음 방문", "Companies: difficulties, next visit")
    story.append(section(by_company))
    # Companies that came to listen, with no visit planned yet, are named together: a
    # heading each with nothing under it read as if their part had been lost.
    listening = [c for c in meeting.companies if not c.difficulties and c.next_visit is None]
    quiet = {id(c) for c in listening}
    for company in meeting.companies:
        if id(company) in quiet:
            continue
        upcoming = planned_visit(company.next_visit)
        heading = f"{company.name}  ·  {pick('다음 방문', 'next visit')} {upcoming}"
        # The company's name stays with its table (a long table still splits after it).
        block: list[Flowable] = [text(heading, styles().cell_bold), Spacer(1, 1 * mm)]
        if company.difficulties:
            block.append(difficulty_table(company.difficulties))
        story += [KeepTogether(block), Spacer(1, 2 * mm)]
    if listening:
        names = ", ".join(c.name for c in listening)
        story.append(
            note(
                pick(
                    f"애로사항 없이 참석한 기업 ({len(listening)}개사, 다음 방문 미정): {names}",
                    f"Took part without raising difficulties ({len(listening)} companies,"
                    f" no visit planned yet): {names}",
                )
            )
        )
        story.append(Spacer(1, 2 * mm))
    story.append(
        signatures(
            [
                (pick("작성자", "Recorded by"), meeting.recorded_by),
                (pick("주관 기관", "Organiser"), meeting.organiser),
            ],
            meeting.as_of,
        )
    )
    return build(target, meta, story, font)

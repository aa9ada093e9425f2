"""The page frame every report shares: cover, header and footer with "n / N", styles, tables.

Page numbers out of a total need the total first; ``_NumberedCanvas`` keeps each page's
drawing until the document is finished and then writes "n / N" on all of them (the usual
reportlab recipe).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coach_app.domain.messages import pick
from coach_app.reports.fonts import BOLD, REGULAR, register

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_FILL = colors.HexColor("#e8eef7")
GRID = colors.HexColor("#9e9e9e")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    number: ParagraphStyle


def styles() -> Styles:
    def style(name: str, size: float, font: str = REGULAR, **extra: Any) -> ParagraphStyle:
        # CJK wrapping breaks Korean lines anywhere a line would overflow.
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.45, wordWrap="CJK", **extra
        )

    return Styles(
        title=style("title", 24, BOLD, alignment=TA_CENTER, spaceAfter=8 * mm),
        subtitle=style("subtitle", 13, alignment=TA_CENTER, spaceAfter=4 * mm),
        heading=style("heading", 13, BOLD, spaceBefore=5 * mm, spaceAfter=2.5 * mm),
        body=style("body", 9.5, spaceAfter=2 * mm),
        small=style("small", 8, textColor=colors.HexColor("#555555")),
        cell=style("cell", 8.5),
        cell_bold=style("cell_bold", 8.5, BOLD),
        number=style("number", 8.5, alignment=TA_RIGHT),
    )


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    shown = "" if value is None else str(value)
    return Paragraph(escape(shown).replace("\n", "<br/>"), style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    fills: dict[tuple[int, int], colors.Color] | None = None,
) -> Table:
    """A table that breaks across pages with its header repeated; every cell wraps.

    ``widths`` are fractions of the text width; ``numeric`` columns are right-aligned.
    """
    s = styles()
    body = [[text(h, s.cell_bold) for h in header]]
    for row in rows:
        body.append([text(v, s.number if i in numeric else s.cell) for i, v in enumerate(row)])
    # splitInRow: a row taller than a page (a very long description) continues overleaf.
    result = Table(body, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # tables set a font per cell, Helvetica else
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for (column, line), fill in (fills or {}).items():
        commands.append(("BACKGROUND", (column, line + 1), (column, line + 1), fill))
    result.setStyle(TableStyle(commands))
    return result


def key_values(pairs: Sequence[tuple[str, object]]) -> Table:
    s = styles()
    rows = [
        [text(k, s.cell_bold), text(v if v not in (None, "") else "—", s.cell)] for k, v in pairs
    ]
    result = Table(rows, colWidths=[0.22 * TEXT_WIDTH, 0.78 * TEXT_WIDTH], splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return result


@dataclass(frozen=True)
class Meta:
    """What a report says about itself: on the cover, in the header and in the PDF."""

    title: str
    subject: str  # usually the company
    author: str  # the coach
    agency: str
    programme: str = ""


def cover(meta: Meta, lines: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        Spacer(1, 55 * mm),
        text(meta.title, s.title),
        text(meta.subject, s.subtitle),
    ]
    if meta.programme:
        story.append(text(meta.programme, s.subtitle))
    story.append(Spacer(1, 30 * mm))
    pairs = [
        (pick("기관", "Agency"), meta.agency),
        (pick("담당 코치", "Coach"), meta.author),
        (pick("작성일", "Date"), f"{dt.date.today():%Y-%m-%d}"),
        *lines,
    ]
    story.append(key_values(pairs))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def build(target: Path, meta: Meta, story: list[Flowable], font: str | None = None) -> int:
    """Write the PDF; returns its page count. Writes to a temporary file first so a failed
    build never leaves half a report behind."""
    register(font)
    partial = target.with_name(f".{target.name}.part")
    document = BaseDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN + 4 * mm,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="Coach",
        initialFontName=REGULAR,  # else an unembedded Helvetica is listed in the PDF
    )
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height, id="text"
    )
    document.addPageTemplates(
        [
            PageTemplate("cover", [frame], onPage=_footer(meta, header=False)),
            PageTemplate("body", [frame], onPage=_footer(meta, header=True)),
        ]
    )
    pages: list[int] = []
    try:
        document.build(story, canvasmaker=_canvas_counting(pages))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return pages[0] if pages else 0


def _footer(meta: Meta, header: bool) -> Any:
    def draw(pdf: canvas.Canvas, _document: Any) -> None:
        pdf.saveState()
        pdf.setFont(REGULAR, 8)
        pdf.setFillColor(colors.HexColor("#555555"))
        if header:
            top = PAGE_HEIGHT - MARGIN
            pdf.drawString(MARGIN, top, f"{meta.agency}  ·  {meta.subject}")
            pdf.drawRightString(PAGE_WIDTH - MARGIN, top, meta.title)
            pdf.setStrokeColor(GRID)
            pdf.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        pdf.drawString(MARGIN, MARGIN - 2 * mm, f"Coach  ·  {dt.date.today():%Y-%m-%d}")
        pdf.restoreState()

    return draw


def _canvas_counting(pages: list[int]) -> type[canvas.Canvas]:
    class _NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

        def save(self) -> None:
            total = len(self._pages)
            pages.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN, MARGIN - 2 * mm, f"{self.getPageNumber()} / {total}"
                )
                super().showPage()
            super().save()

    return _NumberedCanvas


def section(title: str) -> Paragraph:
    return text(title, styles().heading)


def note(value: str) -> Paragraph:
    return text(value, styles().body)

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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coach_app.domain.messages import pick
from coach_app.reports.fonts import BOLD, REGULAR, SYMBOLS, coverage, register

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_FILL = colors.HexColor("#e8eef7")
GRID = colors.HexColor("#9e9e9e")
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 10 * mm
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell
# Room a heading needs below it on the page: itself, a table header and two rows.
HEADING_ROOM = 40 * mm


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
        # Lines break between words (Korean is written with spaces between words too); a
        # word wider than the line (a link) is split, reportlab's splitLongWords.
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45, **extra)

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


def _marked(shown: str) -> str:
    """Escaped text with the characters the Korean font lacks set in the symbol font."""
    fonts = coverage()
    missing = set(shown) - fonts.korean if fonts.korean else set()
    escaped = escape(shown)
    if not missing & fonts.symbols:
        return escaped
    parts = []
    for character in escaped:
        if character in fonts.symbols and character in missing:
            parts.append(f'<font name="{SYMBOLS}">{character}</font>')
        else:
            parts.append(character)
    return "".join(parts)


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept; symbols in the symbol font)."""
    shown = "" if value is None else str(value)
    return Paragraph(_marked(shown).replace("\n", "<br/>"), style)


# A Korean word this long (a compound such as 한국자동차부품산업진흥재단) may break between
# syllables when a table is short of room; shorter ones, figures, dates and words in
# Latin letters never do.
_LONG_KOREAN = 7


def _hangul(word: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in word)


def _words_width(value: str, style: ParagraphStyle) -> tuple[float, float, float]:
    """The widest unbreakable word, the widest word and the widest line of ``value`` in
    ``style``, in points."""
    font = style.fontName
    size = style.fontSize
    widest_whole = widest_word = widest_line = 0.0
    for line in value.split("\n"):
        widest_line = max(widest_line, stringWidth(line, font, size))
        for word in line.split():
            width = stringWidth(word, font, size)
            widest_word = max(widest_word, width)
            if not (_hangul(word) and len(word) >= _LONG_KOREAN):
                widest_whole = max(widest_whole, width)
    return widest_whole, widest_word, widest_line


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    hints: Sequence[float],
    bold: ParagraphStyle,
    plain: ParagraphStyle,
) -> list[float]:
    """Column widths from the content: every column at least as wide as its widest
    header word (so headers never break inside a word) and widest short word; the room
    left goes to columns whose lines are long, then by ``hints``. Short of room, long
    Korean compounds break between syllables first, so that figures, dates, statuses
    and Latin words stay whole; only when even those do not fit does every column shrink."""
    cap = 0.35 * TEXT_WIDTH  # longer words (addresses, links) may wrap inside
    whole, least, natural = [], [], []
    for index, title in enumerate(header):
        kept, word, line = _words_width(title, bold)
        firm, smallest, wanted = word, word, line  # a header word never breaks
        for row in rows:
            cell = "" if row[index] is None else str(row[index])
            kept, word, line = _words_width(cell, plain)
            firm = max(firm, min(kept, cap))
            smallest = max(smallest, min(word, cap))
            wanted = max(wanted, line)
        whole.append(firm + 2 * CELL_PADDING + 1)
        least.append(smallest + 2 * CELL_PADDING + 1)
        natural.append(min(wanted, TEXT_WIDTH) + 2 * CELL_PADDING + 1)
    room = TEXT_WIDTH - sum(least)
    if room <= 0:
        # What is left over the unbreakable words goes where the lines are long.
        want = [max(n - f, 0.0) for n, f in zip(natural, whole, strict=True)]
        short = TEXT_WIDTH - sum(whole)
        if short <= 0 or not sum(want):  # too many wide words: every column shrinks
            return [w * TEXT_WIDTH / sum(whole) for w in whole]
        return [f + g * short / sum(want) for f, g in zip(whole, want, strict=True)]
    need = [max(n - w, 0.0) for n, w in zip(natural, least, strict=True)]
    if sum(need) > room:
        return [w + n * room / sum(need) for w, n in zip(least, need, strict=True)]
    spare = room - sum(need)
    total_hint = sum(hints) or 1.0
    return [n + spare * h / total_hint for n, h in zip(natural, hints, strict=True)]


class _Table(Table):
    """A table that never leaves a single row alone at the foot or the head of a page:
    it moves whole to the next page rather than leave one row behind, and gives the next
    page at least two rows."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        fresh_page = availHeight > 0.85 * FRAME_HEIGHT
        if len(parts) != 2 or fresh_page:
            return parts
        first, rest = parts
        here = len(first._cellvalues) - header  # type: ignore[attr-defined]
        there = len(rest._cellvalues) - header  # type: ignore[attr-defined]
        if here < 2:
            return []  # start on the next page
        if there < 2 and here >= 3:
            last_row = first._rowHeights[-1]  # type: ignore[attr-defined]
            return super().split(availWidth, availHeight - last_row - 1)
        return parts


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    fills: dict[tuple[int, int], colors.Color] | None = None,
) -> Table:
    """A table that breaks across pages with its header repeated; every cell wraps.

    Column widths follow the content (``widths`` share out what is left), measured in
    the report font: call ``register`` first. ``numeric`` columns are right-aligned.
    """
    s = styles()
    shown = [["" if v is None else str(v) for v in row] for row in rows]
    columns = column_widths(header, shown, widths, s.cell_bold, s.cell)
    body = [[text(h, s.cell_bold) for h in header]]
    for row in shown:
        body.append([text(v, s.number if i in numeric else s.cell) for i, v in enumerate(row)])
    # splitInRow: a row taller than a page (a very long description) continues overleaf.
    result = _Table(body, colWidths=columns, repeatRows=1, splitInRow=1)
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
    result = _Table(rows, colWidths=[0.22 * TEXT_WIDTH, 0.78 * TEXT_WIDTH], splitInRow=1)
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
    as_of: dt.date | None = None  # the date the report's facts are as of
    author_contact: str = ""  # the coach's phone · e-mail
    agency_contact: str = ""  # the agency's phone · e-mail
    # The cover's words for the author and their contact (default: the coach's).
    author_labels: tuple[str, str] | None = None


def not_entered() -> str:
    return pick("미입력", "not entered")


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
    # Whom to call sits on the cover: the coach and the agency, each with phone and e-mail.
    author, contact = meta.author_labels or (
        pick("담당 코치", "Coach"),
        pick("코치 연락처", "Coach contact"),
    )
    pairs = [
        (pick("기관", "Agency"), meta.agency),
        (pick("기관 연락처", "Agency contact"), meta.agency_contact or not_entered()),
        (author, meta.author or not_entered()),
        (contact, meta.author_contact or not_entered()),
        (pick("작성일", "Date"), f"{dt.date.today():%Y-%m-%d}"),
        (pick("기준일", "Facts as of"), f"{meta.as_of or dt.date.today():%Y-%m-%d}"),
        *lines,
    ]
    story.append(key_values(pairs))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def signatures(parties: Sequence[tuple[str, str]], day: dt.date | None) -> Flowable:
    """확인 및 서명: one column per party (role, name, date, a line to sign on), kept
    whole on one page with its heading."""
    return KeepTogether(signature_parts(parties, day))


def signature_parts(parties: Sequence[tuple[str, str]], day: dt.date | None) -> list[Flowable]:
    """The heading and the block of ``signatures``, for a caller keeping more with them
    (a KeepTogether inside another always looks too tall to fit, and moves on a page)."""
    s = styles()
    shown = f"{day:%Y-%m-%d}" if day else "20    .    .    ."
    width = TEXT_WIDTH / len(parties)
    rows = [
        [text(role, s.cell_bold) for role, _ in parties],
        [text(f"{pick('성명', 'Name')}  {name or not_entered()}", s.cell) for _, name in parties],
        [text(f"{pick('일자', 'Date')}  {shown}", s.cell) for _ in parties],
        [
            text(f"{pick('서명', 'Signature')}  ______________________  {pick('(인)', '')}", s.cell)
            for _ in parties
        ],
    ]
    block = Table(rows, colWidths=[width] * len(parties))
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                ("TOPPADDING", (0, 3), (-1, 3), 14),
            ]
        )
    )
    return [section(pick("확인 및 서명", "Signatures")), block]


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
    kept: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Heading):
            kept.append(CondPageBreak(HEADING_ROOM))
        kept.append(flowable)
    try:
        document.build(kept, canvasmaker=_canvas_counting(pages))
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
            heading = f"{meta.programme}  ·  {meta.title}" if meta.programme else meta.title
            pdf.drawRightString(PAGE_WIDTH - MARGIN, top, heading)
            pdf.setStrokeColor(GRID)
            pdf.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        as_of = meta.as_of or dt.date.today()
        pdf.drawString(
            MARGIN,
            MARGIN - 2 * mm,
            f"{meta.agency}  ·  {pick('작성', 'written')} {dt.date.today():%Y-%m-%d}  ·  "
            f"{pick('기준일', 'as of')} {as_of:%Y-%m-%d}",
        )
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


class Heading(Paragraph):
    """A section title; ``build`` starts a new page rather than leave it at a page's foot."""


def section(title: str) -> Paragraph:
    return Heading(_marked(title), styles().heading)


def note(value: str) -> Paragraph:
    return text(value, styles().body)

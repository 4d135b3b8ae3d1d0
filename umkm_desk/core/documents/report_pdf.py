"""A periodic report as PDF: A4 landscape on the office letterhead, tables that break across pages with their
header repeated, a totals row, notes, and the signature block; "Halaman n dari m" on every page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from umkm_desk.core.documents._layout import (
    HEADER_FILL,
    RULE_GREY,
    Kop,
    doc_info,
    esc,
    markup,
    para,
    signature_block,
    styles,
)
from umkm_desk.core.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from umkm_desk.core.documents.report_content import CellValue, ReportColumn, ReportContent, ReportTable
from umkm_desk.core.documents.report_grid import GridRow, GridStyle, ReportGrid
from umkm_desk.core.rules.dates import format_tanggal, format_tempat_tanggal
from umkm_desk.core.rules.money import format_rupiah

__all__ = ["format_cell", "render_report_pdf"]

PAGE = landscape(A4)
MARGIN_SIDE = 1.5 * cm
MARGIN_TOP = 1.6 * cm
MARGIN_BOTTOM = 1.5 * cm
KOP_TOP = 1.0 * cm
FONT_SIZE = 8.5
LEADING = 10.2
CELL_PAD = 3
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)
_GRID_STYLE = GridStyle(font_size=FONT_SIZE, leading=LEADING, pad_x=CELL_PAD, pad_top=1.5, pad_bottom=2.5,
                        rule=RULE_GREY, rule_width=0.4, header_fill=HEADER_FILL)


def _number(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_cell(value: CellValue, kind: str) -> str:
    """A cell as printed: counts "1.234", rupiah "Rp1.500.000", hours "12,5", shares "85,0%", dates in words."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return format_tanggal(value)
    if isinstance(value, str):
        return value
    if kind == "money":
        return format_rupiah(int(round(value)))
    if kind == "percent":
        return _number(100 * value, 1) + "%"
    if kind == "hours":
        return _number(value, 0 if float(value).is_integer() else 1)
    if kind == "count":
        return _number(value, 0)
    return _number(value, 0 if float(value).is_integer() else 2)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds every page until the end so that each can say how many pages there are."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(RULE_GREY)
            self.drawRightString(PAGE[0] - MARGIN_SIDE, MARGIN_BOTTOM - 0.8 * cm,
                                 f"Halaman {self._pageNumber} dari {count}")
            self.restoreState()
            super().showPage()
        super().save()


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, content: ReportContent) -> None:
        register_fonts()
        self.content = content
        title = f"{content.title} {content.period_label}"
        super().__init__(buffer, pagesize=PAGE, leftMargin=MARGIN_SIDE, rightMargin=MARGIN_SIDE,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         **doc_info(content.letterhead, title, content.title))
        self.kop = Kop(content.letterhead, PAGE[0] - 2 * MARGIN_SIDE)
        kop_bottom = PAGE[1] - KOP_TOP - self.kop.height
        first = Frame(self.leftMargin, self.bottomMargin, self.width, kop_bottom - 0.4 * cm - self.bottomMargin,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="first", frames=[first], onPage=self._first, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=self._later),
        ])  # fmt: skip
        self.footer = f"{content.title} — {content.period_label}. Dibuat {format_tanggal(content.signed_on)} " \
                      "melalui UMKM Desk."

    def _first(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.kop.draw(canv, MARGIN_SIDE, PAGE[1] - KOP_TOP)
        self._footer(canv)

    def _later(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(ITALIC, 8.5)
        canv.setFillColor(RULE_GREY)
        canv.drawString(MARGIN_SIDE, PAGE[1] - 1.0 * cm, f"{self.content.title} — {self.content.period_label}")
        canv.restoreState()
        self._footer(canv)

    def _footer(self, canv: Canvas) -> None:
        canv.saveState()
        canv.setFont(ITALIC, 8)
        canv.setFillColor(RULE_GREY)
        canv.drawString(MARGIN_SIDE, MARGIN_BOTTOM - 0.8 * cm, self.footer)
        canv.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["cell"]
    return {
        "L": ParagraphStyle("report_cell", parent=base, fontSize=FONT_SIZE, leading=LEADING),
        "R": ParagraphStyle("report_cell_r", parent=base, fontSize=FONT_SIZE, leading=LEADING, alignment=2),
        "H": ParagraphStyle("report_head", parent=styles()["cell_head"], fontSize=FONT_SIZE, leading=LEADING),
        "B": ParagraphStyle("report_bold", parent=base, fontName=BOLD, fontSize=FONT_SIZE, leading=LEADING),
    }


def _widths(columns: Sequence[ReportColumn], width: float) -> list[float]:
    weight = sum(c.width for c in columns)
    return [width * c.width / weight for c in columns]


def _cell(text: str, width: float, bold: bool, numeric: bool, done: dict[tuple[str, float, bool], str]) -> str:
    """The text, broken between words into the lines that fit the column. A plain string (lines split at "\n")
    rather than a Paragraph: a year's loan list has some 20,000 cells that wrap, and a Paragraph for each took a
    fifth of the rendering. ``done`` keeps what each distinct text became at a width (names, places and states
    repeat on every page)."""
    if numeric:
        return text
    key = (text, width, bold)
    found = done.get(key)
    if found is None:
        font = BOLD if bold else REGULAR
        found = text if stringWidth(text, font, FONT_SIZE) <= width - 2 * CELL_PAD else \
            "\n".join(simpleSplit(" ".join(text.split()), font, FONT_SIZE, width - 2 * CELL_PAD))
        done[key] = found
    return found


def _fit_numbers(widths: list[float], texts: list[list[str]], titles: list[str],
                 numeric: list[bool]) -> list[float]:
    """Widen number columns whose longest figure (bold, as in the totals row) would not fit, taking the room from
    the slack of the text columns (what they hold beyond their longest word, so that they still wrap between
    words): a figure is never cut or wrapped."""
    pad = 2 * CELL_PAD + 1
    measured: dict[str, float] = {}

    def longest_word(column: list[str], title: str) -> float:
        words = {word for text in column for word in text.split()}
        for word in words - measured.keys():
            measured[word] = stringWidth(word, REGULAR, FONT_SIZE)
        heading = max((stringWidth(w, BOLD, FONT_SIZE) for w in title.split()), default=0)
        return max([heading, *(measured[w] for w in words)]) + pad

    needed = [max((stringWidth(t, BOLD, FONT_SIZE) for t in column), default=0) + pad if is_number else 0
              for column, is_number in zip(texts, numeric, strict=True)]
    deficit = sum(max(0.0, n - w) for n, w, is_number in zip(needed, widths, numeric, strict=True) if is_number)
    if deficit <= 0:
        return widths
    slack = [0.0 if is_number else max(0.0, w - longest_word(column, title))
             for w, column, title, is_number in zip(widths, texts, titles, numeric, strict=True)]
    share = min(1.0, sum(slack) and deficit / sum(slack))
    given = sum(s * share for s in slack)
    scale = given / deficit if deficit else 0
    return [w + max(0.0, n - w) * scale if is_number else w - s * share
            for w, n, s, is_number in zip(widths, needed, slack, numeric, strict=True)]


def _table_flowables(table: ReportTable, width: float) -> list[Flowable]:
    st = _styles()
    numeric = [c.kind not in ("text", "date") for c in table.columns]
    formatted = [[format_cell(v, c.kind) for v, c in zip(row.cells, table.columns, strict=True)]
                 for row in table.rows]
    totals_text = ([format_cell(v, c.kind) for v, c in zip(table.totals(), table.columns, strict=True)]
                   if table.has_totals else [])
    columns_text = [[row[i] for row in [*formatted, totals_text] if row] for i in range(len(table.columns))]
    widths = _fit_numbers(_widths(table.columns, width), columns_text, [c.title for c in table.columns], numeric)
    header = [Paragraph(esc(c.title), st["H"]) for c in table.columns]
    body: list[tuple[list[str], bool]] = []
    done: dict[tuple[str, float, bool], str] = {}
    for row, texts in zip(table.rows, formatted, strict=True):
        cells = [_cell(text, w, row.subtotal, n, done) for text, w, n in zip(texts, widths, numeric, strict=True)]
        body.append((cells, row.subtotal))
    totals = None
    if table.has_totals:
        totals = [_cell(text, w, True, n, done) for text, w, n in zip(totals_text, widths, numeric, strict=True)]
    rows = [GridRow(tuple(cells), bold=subtotal) for cells, subtotal in body]
    if totals is not None:
        rows.append(GridRow(tuple(totals), bold=True, fill=TOTAL_FILL))
    return [ReportGrid(header, rows, widths, numeric, _GRID_STYLE)]


def _story(content: ReportContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [para(content.title.upper(), "title")]
    if content.subtitle:
        story.append(para(content.subtitle, "body_center"))
    story.append(para(f"Periode: {content.period_label}", "body_center"))
    if content.filters:
        story.append(para("; ".join(content.filters), "body_center"))
    story.append(Spacer(1, 0.35 * cm))
    for number, table in enumerate(content.tables, start=1):
        heading = markup(f"<b>{number}. {esc(table.title)}</b>", "cell")
        if not table.rows:
            story += [KeepTogether([heading, Spacer(1, 2), para(table.empty_text, "small")]), Spacer(1, 0.3 * cm)]
            continue
        grids = _table_flowables(table, width)
        story += [KeepTogether([heading, Spacer(1, 3), grids[0]]) if len(table.rows) <= 20 else heading]
        story += grids[1:] if len(table.rows) <= 20 else [Spacer(1, 3), *grids]
        if table.note:
            story.append(para(table.note, "small"))
        story.append(Spacer(1, 0.35 * cm))
    if content.notes:
        lines = [markup("<u>Keterangan:</u>", "small")]
        lines += [para(f"{i}. {note}", "small") for i, note in enumerate(content.notes, start=1)]
        story += [KeepTogether(lines), Spacer(1, 0.3 * cm)]
    place_date = format_tempat_tanggal(content.place, content.signed_on) if content.place.strip() \
        else format_tanggal(content.signed_on)
    story.append(KeepTogether([Spacer(1, 0.2 * cm),
                               signature_block(content.signatory, width, place_date=place_date)]))
    return story


def render_report_pdf(content: ReportContent) -> bytes:
    buffer = io.BytesIO()
    doc = _ReportDoc(buffer, content)
    doc.build(_story(content, doc.width), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()

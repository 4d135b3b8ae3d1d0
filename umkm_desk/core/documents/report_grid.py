"""A long report table as one flowable that draws its rows straight onto the canvas.

ReportLab's ``Table`` draws every cell through its own text object with its own style lookups: a year's loan list
(7,000 rows, 70,000 cells) took five seconds. This grid measures each row once (its cells are plain strings,
already broken into lines), splits between rows at a page's end with the header repeated, and draws a page's
text in one text object and its rules in one call. It looks like the platypus tables of the other reports: the
same font, paddings, grey rules, shaded header and totals row, figures right-aligned, text at the top of a cell.

The text is written as PDF operators made once per distinct string (:class:`_Lines`): ReportLab's text object
maps every string it draws to the embedded font's subsets character by character, and the same names, places,
dates and states come back on every page (a year's loan list draws 80,000 strings, a few thousand distinct).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph

from umkm_desk.core.documents.fonts import BOLD, REGULAR

__all__ = ["GridRow", "GridStyle", "ReportGrid"]


@dataclass(frozen=True)
class GridRow:
    cells: tuple[str, ...]  # each cell's lines joined by "\n"
    bold: bool = False
    fill: colors.Color | None = None


@dataclass(frozen=True)
class GridStyle:
    font_size: float
    leading: float
    pad_x: float
    pad_top: float
    pad_bottom: float
    rule: colors.Color
    rule_width: float
    header_fill: colors.Color


class _Lines:
    """The PDF text operators of each distinct string in a TrueType font of one document, and its width.

    A string's subset codes are assigned the first time its characters are drawn in the document and never
    change afterwards, so what ReportLab's ``splitString`` answers for a string once holds for the rest of the
    document (the mapping the ttfonts module documents for writing text operators by hand)."""

    def __init__(self, doc: Any, size: float) -> None:
        self.doc = doc
        self.size = size
        self._text: dict[tuple[str, str], tuple[tuple[int, str], ...]] = {}
        self._width: dict[tuple[str, str], float] = {}
        self._font_ops: dict[tuple[str, int], str] = {}

    def width(self, font: str, line: str) -> float:
        key = (font, line)
        found = self._width.get(key)
        if found is None:
            found = self._width[key] = stringWidth(line, font, self.size)
        return found

    def chunks(self, font: str, line: str) -> tuple[tuple[int, str], ...]:
        """(subset, its "(...) Tj" operator) for each run of ``line`` within one subset of ``font``."""
        key = (font, line)
        found = self._text.get(key)
        if found is None:
            face = getFont(font)
            found = self._text[key] = tuple((subset, f"({escapePDF(chunk)}) Tj")
                                            for subset, chunk in face.splitString(line, self.doc))
        return found

    def select(self, font: str, subset: int, leading: float) -> str:
        """The operator that makes ``subset`` of ``font`` the current font."""
        key = (font, subset)
        found = self._font_ops.get(key)
        if found is None:
            name = getFont(font).getSubsetInternalName(subset, self.doc)
            found = self._font_ops[key] = f"{name} {fp_str(self.size)} Tf {fp_str(leading)} TL"
        return found


class ReportGrid(Flowable):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    """``header``: one Paragraph per column; ``rows``: the body (and totals) rows; ``numeric``: the right-aligned
    columns."""

    def __init__(self, header: Sequence[Paragraph], rows: Sequence[GridRow], widths: Sequence[float],
                 numeric: Sequence[bool], style: GridStyle, heights: Sequence[float] | None = None,
                 lines: dict[int, _Lines] | None = None) -> None:
        super().__init__()
        #: per document (by id: a grid is drawn into one document, its parts share what was encoded)
        self.lines: dict[int, _Lines] = {} if lines is None else lines
        self.header = list(header)
        self.rows = list(rows)
        self.widths = list(widths)
        self.numeric = list(numeric)
        self.style = style
        self.heights = list(heights) if heights is not None else [self._row_height(r) for r in self.rows]
        self.header_height = 0.0
        #: each header cell's height at its column's width: the header paragraphs are wrapped once, not on every
        #: page (the wrapped lines stay in each Paragraph; every part of the grid has the same widths)
        self.header_heights: list[float] = []
        self.width = sum(self.widths)
        self.height = 0.0

    def _row_height(self, row: GridRow) -> float:
        lines = max((cell.count("\n") + 1 for cell in row.cells), default=1)
        return lines * self.style.leading + self.style.pad_top + self.style.pad_bottom

    def _wrap_header(self) -> float:
        if not self.header_height:
            self.header_heights = [p.wrap(w - 2 * self.style.pad_x, 10_000)[1]
                                   for p, w in zip(self.header, self.widths, strict=True)]
            self.header_height = max(self.header_heights) + self.style.pad_top + self.style.pad_bottom
        return self.header_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self._wrap_header() + sum(self.heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._wrap_header()
        used, count = 0.0, 0
        for height in self.heights:
            if used + height > room:
                break
            used += height
            count += 1
        if count == 0 or count == len(self.rows):
            return [] if count == 0 else [self]
        return [self._part(0, count), self._part(count, len(self.rows))]

    def _part(self, start: int, stop: int) -> ReportGrid:
        part = ReportGrid(self.header, self.rows[start:stop], self.widths, self.numeric, self.style,
                          self.heights[start:stop], self.lines)
        part.header_height = self.header_height
        part.header_heights = self.header_heights
        return part

    def draw(self) -> None:
        canv = self.canv
        st = self.style
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        tops = [self.height]
        for height in [self.header_height, *self.heights]:
            tops.append(tops[-1] - height)
        # fills first, the rules over them
        canv.saveState()
        canv.setFillColor(st.header_fill)
        canv.rect(0, tops[1], self.width, self.header_height, stroke=0, fill=1)
        for index, row in enumerate(self.rows, start=1):
            if row.fill is not None:
                canv.setFillColor(row.fill)
                canv.rect(0, tops[index + 1], self.width, tops[index] - tops[index + 1], stroke=0, fill=1)
        canv.setStrokeColor(st.rule)
        canv.setLineWidth(st.rule_width)
        canv.lines([(0, y, self.width, y) for y in tops]
                   + [(x, 0, x, self.height) for x in [*lefts, self.width]])
        canv.restoreState()
        self._wrap_header()
        for paragraph, left, height in zip(self.header, lefts, self.header_heights, strict=True):
            # vertically centred, as the platypus header cells are
            middle = tops[1] + (self.header_height + st.pad_bottom - st.pad_top + height) / 2
            paragraph.drawOn(canv, left + st.pad_x, middle - height)
        doc = canv._doc
        lines = self.lines.get(id(doc))
        if lines is None or lines.doc is not doc:
            lines = self.lines[id(doc)] = _Lines(doc, st.font_size)
        code = ["BT"]
        current: tuple[str, int] | None = None
        for index, row in enumerate(self.rows, start=1):
            font = BOLD if row.bold else REGULAR
            baseline = tops[index] - st.pad_top - st.font_size
            for cell, left, width, right in zip(row.cells, lefts, self.widths, self.numeric, strict=True):
                for number, line in enumerate(cell.split("\n")):
                    if not line:
                        continue
                    x = left + width - st.pad_x - lines.width(font, line) if right else left + st.pad_x
                    code.append(f"1 0 0 1 {fp_str(x, baseline - number * st.leading)} Tm")
                    for subset, operator in lines.chunks(font, line):
                        if current != (font, subset):
                            current = (font, subset)
                            code.append(lines.select(font, subset, st.leading))
                        code.append(operator)
        code.append("ET")
        canv.addLiteral("\n".join(code))

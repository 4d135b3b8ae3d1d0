"""A paragraph of plain text (no markup, not justified) that lays itself out without ReportLab's Paragraph.

Most of an official letter is short plain text in table cells: labels, colons, values, grid cells, the
signature block. A ``Paragraph`` parses its text as XML-like markup with an HTML parser, builds fragments, and
breaks lines word by word each time the table measures it (two or three times per cell): two thirds of a
letter's render time. ``PlainText`` measures each word once, breaks greedily the way Paragraph does for
left, centred and right alignment (spaces are the only break points; a cell with a word longer than the line
is handed to a Paragraph, which splits such words its own way), and draws each line with one text operator, so a cell looks the same for a fraction
of the cost. Anything else (markup, justified text, text that must split across pages) stays a Paragraph.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

__all__ = ["PlainText", "plain_ok"]

# Paragraph breaks on ASCII whitespace only: a no-break space (U+00A0) keeps two words together.
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def plain_ok(text: str, style: ParagraphStyle) -> bool:
    """Whether PlainText draws ``text`` in ``style`` as a Paragraph would: not justified, one paragraph of text
    without markup to interpret, and a style without the Paragraph features PlainText leaves out."""
    return (
        style.alignment != TA_JUSTIFY
        and "\n" not in text
        and not style.firstLineIndent
        and not style.leftIndent
        and not style.rightIndent
        and not style.backColor
        and not style.borderWidth
    )


class PlainText(Flowable):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    """Plain ``text`` in a ParagraphStyle (font, size, leading, colour, left/centre/right alignment)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._words = [w for w in _SPACES.split(text.strip()) if w]
        self._laid_for: float | None = None
        self._lines: list[tuple[str, float]] = []  # (line, its width)
        self._paragraph: Paragraph | None = None  # a word wider than the cell: Paragraph splits it its own way

    def _layout(self, width: float) -> list[tuple[str, float]] | None:
        """The lines for ``width``, or None when a word is wider than that (then a Paragraph lays it out)."""
        if self._laid_for == width:
            return None if self._paragraph is not None else self._lines
        font, size = self.style.fontName, self.style.fontSize
        space = stringWidth(" ", font, size)
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        current_w = 0.0
        self._laid_for, self._paragraph = width, None
        for word in self._words:
            word_w = stringWidth(word, font, size)
            if word_w > width:
                self._paragraph = Paragraph(escape(self.text), self.style)
                return None
            if current and current_w + space + word_w <= width:
                current.append(word)
                current_w += space + word_w
                continue
            if current:
                lines.append((" ".join(current), current_w))
            current, current_w = [word], word_w
        if current:
            lines.append((" ".join(current), current_w))
        self._lines = lines
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        if lines is None:
            assert self._paragraph is not None
            self.width, self.height = self._paragraph.wrap(avail_width, avail_height)
        else:
            self.width, self.height = avail_width, len(lines) * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        lines = self._layout(self.width)
        if lines is None:
            assert self._paragraph is not None
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        if not lines:
            return
        canv = self.canv
        canv.saveState()
        canv.setFillColor(style.textColor)
        canv.setFont(style.fontName, style.fontSize, style.leading)
        # Paragraph's first baseline: one font size below the top; then one leading per line.
        y = self.height - style.fontSize
        for line, line_w in lines:
            extra = self.width - line_w
            if style.alignment == TA_CENTER:
                x = extra / 2
            elif style.alignment == TA_RIGHT:
                x = extra
            else:
                x = 0.0
            canv.drawString(x, y, line)
            y -= style.leading
        canv.restoreState()

    def __repr__(self) -> str:
        return f"PlainText({self.text!r})"

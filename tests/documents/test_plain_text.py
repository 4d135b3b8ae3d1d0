"""PlainText (a table cell of plain text laid out without Paragraph) breaks lines and places them exactly as a
Paragraph with the same style would, so swapping one for the other never changes a page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from umkm_desk.core.documents._layout import cell, esc, styles
from umkm_desk.core.documents.fonts import BOLD, REGULAR, register_fonts
from umkm_desk.core.documents.plain_text import PlainText, plain_ok

register_fonts()

WORDS = st.sampled_from(["Jl.", "KH.", "Abdul", "Hadi", "No.", "243,", "RT", "003/RW", "009", "Kasemen", "&", "<b>",
                         "Rp3.500.000,00", "Pendampingan", "Universitas", "Sultan", "Ageng", "Tirtayasa",
                         "360423******0056", "Wali", "Kota", "Serang", "(sebagai", "laporan)", "é", "ü", "a"])


def _paragraph_lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    para = Paragraph(esc(text), style)
    para.wrap(width, 10_000)
    lines = para.blPara.lines
    return [" ".join(words) for _extra, words in lines] if para.blPara.kind == 0 else [
        "".join(w.text for w in line.words) for line in lines]


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14), st.floats(min_value=25, max_value=420),
       st.sampled_from([TA_LEFT, TA_CENTER, TA_RIGHT]), st.sampled_from([REGULAR, BOLD]),
       st.sampled_from([9.5, 10.5, 12.0]))
def test_lines_and_height_match_paragraph(words: list[str], width: float, align: int, font: str,
                                          size: float) -> None:
    style = ParagraphStyle("t", parent=styles()["body"], fontName=font, fontSize=size, leading=size * 1.2,
                           alignment=align)
    text = " ".join(words)
    plain = PlainText(text, style)
    para = Paragraph(esc(text), style)
    assert plain.wrap(width, 10_000) == para.wrap(width, 10_000)
    lines = plain._layout(width)
    if lines is None:  # a word wider than the cell: the Paragraph itself lays it out
        assert plain._paragraph is not None
        assert any(stringWidth(w, font, size) > width for w in words)
    else:
        assert [line for line, _w in lines] == _paragraph_lines(text, style, width)


def test_cell_keeps_paragraph_for_justified_or_multiline_text() -> None:
    assert isinstance(cell("Nama Usaha"), PlainText)
    assert isinstance(cell("a\nb"), Paragraph)
    justified = styles()["body"]
    assert justified.alignment == TA_JUSTIFY and not plain_ok("x", justified)
    assert isinstance(cell("Dengan hormat,", "body"), Paragraph)

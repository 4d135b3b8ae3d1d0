"""Font subsets are made and deflated once per process: the PDFs stay byte for byte what ReportLab makes."""

from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from umkm_desk.core.documents.font_subsets import remember_subsets
from umkm_desk.paths import resource_path

_TTF = str(resource_path("fonts", "LiberationSerif-Regular.ttf"))


def _page(font: str, text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=1)
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_remembered_subsets_give_the_same_bytes_and_are_made_once() -> None:
    texts = ["Sertifikat Pendampingan", "Siti Rahmawati", "Kopi Rempah Bu Ani", "Ĉiĝ ŝaŭmo — Çağlayan"]
    pdfmetrics.registerFont(TTFont("SubsetProbe", _TTF))
    plain = [_page("SubsetProbe", text) for text in texts]

    font = remember_subsets(TTFont("SubsetProbe", _TTF))
    made: list[tuple[int, ...]] = []
    make = font.face.makeSubset.__self__._make  # the face's own subsetter, counted
    font.face.makeSubset.__self__._make = lambda subset: made.append(tuple(subset)) or make(subset)
    pdfmetrics.registerFont(font)
    try:
        again = [_page("SubsetProbe", text) for text in texts + texts]
    finally:
        pdfmetrics.registerFont(TTFont("SubsetProbe", _TTF))
    assert again == plain + plain
    # the ASCII texts share subset 0; the accented one adds its own: each made once across both rounds
    assert len(made) == len(set(made)) < len(texts) * 2

"""Shared building blocks for the renderers: text helpers, paragraph styles, the kop surat, page templates
and the flowables every official letter has (Nomor block, Yth., identity table, signature, Tembusan)."""

from __future__ import annotations

import copy
import io
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, _digester, simpleSplit
from reportlab.pdfbase import pdfdoc
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
    Table,
    TableStyle,
)

from umkm_desk.core.documents.content import BusinessIdentity, Letterhead, Recipient, Signatory, StageRow
from umkm_desk.core.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from umkm_desk.core.documents.plain_text import PlainText, plain_ok
from umkm_desk.core.rules.dates import format_tanggal, format_tempat_tanggal
from umkm_desk.core.rules.money import format_rupiah, terbilang
from umkm_desk.paths import resource_path

CREATOR = "UMKM Desk"
INK = colors.black
RULE_GREY = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)

# A4 portrait letter: 2.5 cm left/right like the office's Word template, kop starting 1.5 cm from the top.
LETTER_MARGIN_LEFT = 2.5 * cm
LETTER_MARGIN_RIGHT = 2.5 * cm
LETTER_MARGIN_TOP = 2.0 * cm
LETTER_MARGIN_BOTTOM = 2.0 * cm
KOP_TOP = 1.3 * cm
# The kop and its double rule run a little wider than the text, as on printed letterheads.
KOP_MARGIN = 2.0 * cm

_MISSING = {"", "-", "--", "\u2013", "\u2014", "none", "null", "n/a"}


# --------------------------------------------------------------------------------------------- text helpers


def present(value: object) -> str | None:
    """The text to print, or None when the value is missing (None, blank, "-", "None")."""
    if value is None:
        return None
    text = str(value).strip()
    if text.lower() in _MISSING:
        return None
    return text


def esc(text: str) -> str:
    """Escape user text for Paragraph markup (&, <, >); apostrophes and non-ASCII pass through unchanged."""
    return escape(text)


def tanggal(value: date | None) -> str | None:
    return format_tanggal(value) if value is not None else None


def period(start: date | None, end: date | None) -> str | None:
    if start and end:
        return f"{format_tanggal(start)} s.d. {format_tanggal(end)}"
    if start:
        return f"sejak {format_tanggal(start)}"
    if end:
        return f"s.d. {format_tanggal(end)}"
    return None


def rupiah_terbilang(amount: int) -> str:
    """ "Rp5.000.000,00 (lima juta rupiah)" """
    return f"{format_rupiah(amount, with_cents=True)} ({terbilang(amount)})"


def hours(value: float | None) -> str | None:
    if value is None:
        return None
    if float(value).is_integer():
        return f"{int(value)} jam"
    return f"{value:.1f}".replace(".", ",") + " jam"


# --------------------------------------------------------------------------------------------- styles


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=12,
        leading=15,
        alignment=TA_JUSTIFY,
        allowWidows=0,  # never leave the last line of a paragraph alone at the top of a page
        textColor=INK,
        # ReportLab lets a line overrun by 5 % of its spaces ("space shrinkage") even when the text is not
        # justified, so a long name could poke past the margin; never shrink.
        spaceShrinkage=0,
    )
    return {
        "body": body,
        "body_left": ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        "body_right": ParagraphStyle("body_right", parent=body, alignment=TA_RIGHT),
        "body_center": ParagraphStyle("body_center", parent=body, alignment=TA_CENTER),
        "section": ParagraphStyle(
            "section", parent=body, fontName=BOLD, alignment=TA_LEFT, spaceBefore=6, keepWithNext=1
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10.5, leading=12.5, alignment=TA_LEFT),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=10.5, leading=12.5, alignment=TA_RIGHT
        ),
        "cell_center": ParagraphStyle(
            "cell_center", parent=body, fontSize=10.5, leading=12.5, alignment=TA_CENTER
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=BOLD, fontSize=10.5, leading=12.5, alignment=TA_CENTER
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=9.5, leading=11.5, alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_CENTER, leading=15),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=2
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A Paragraph from plain (unescaped) text."""
    return Paragraph(esc(text), styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A Paragraph from markup the caller has already escaped."""
    return Paragraph(text, styles()[style])


def cell(text: str, style: str | ParagraphStyle = "body_left") -> Flowable:
    """Plain (unescaped) text inside a table cell: a PlainText where it looks the same as a Paragraph (it
    never splits across pages, a table row does), else a Paragraph."""
    st = styles()[style] if isinstance(style, str) else style
    if plain_ok(text, st):
        return PlainText(text, st)
    return Paragraph(esc(text), st)


# --------------------------------------------------------------------------------------------- kop surat


@cache
def default_logo_png() -> bytes:
    return resource_path("images", "logo_default.png").read_bytes()


LOGO_MAX_PX = 320  # ~330 dpi at the kop's 2.45 cm: sharp in print, cheap to embed


@lru_cache(maxsize=8)
def _logo_reader(png: bytes) -> ImageReader:
    """Decode a logo once per process, scaled down to LOGO_MAX_PX high.

    Every PDF embeds (zlib-compresses) the logo again, so a 3000-pixel logo from Pengaturan would cost
    hundreds of milliseconds per letter; the scaled copy costs a few.
    """
    image: PILImage.Image = PILImage.open(io.BytesIO(png))
    image.load()
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA")
    if image.height > LOGO_MAX_PX:
        width = max(1, round(image.width * LOGO_MAX_PX / image.height))
        image = image.resize((width, LOGO_MAX_PX), PILImage.Resampling.LANCZOS)
    return ImageReader(image)


def logo_reader(letterhead: Letterhead) -> ImageReader:
    return _logo_reader(letterhead.logo_png or default_logo_png())


@lru_cache(maxsize=8)
def _logo_xobject(logo: ImageReader) -> tuple[str, pdfdoc.PDFImageXObject]:
    """The logo as a PDF image object, compressed once per process (``canv.drawImage`` would zlib-compress
    the pixels and hash them again for every PDF: ~5 ms a document)."""
    rgb = logo.getRGBData()  # sets _dataA, the alpha channel, as in drawImage
    smask = logo._dataA
    name = _digester(rgb + (smask.getRGBData() if smask else b"auto"))
    image = pdfdoc.PDFImageXObject(name, logo, mask="auto")
    image.name = name
    return name, image


def draw_logo(canv: Canvas, logo: ImageReader, x: float, y: float, width: float, height: float,
              *, preserve_aspect_ratio: bool = False) -> None:
    """What ``canv.drawImage(logo, x, y, width, height, mask="auto", preserveAspectRatio=...)`` draws, byte for
    byte, but with the image object compressed once per process. Each PDF gets its own copies of the image
    objects (a document binds the soft mask reference to itself)."""
    name, template = _logo_xobject(logo)
    canv._currentPageHasImages = 1
    reg_name = canv._doc.getXObjectName(name)
    image = canv._doc.idToObject.get(reg_name)
    if not image:
        image = copy.copy(template)
        canv._setXObjects(image)
        canv._doc.Reference(image, reg_name)
        canv._doc.addForm(name, image)
        smask = getattr(template, "_smask", None)
        if smask:
            del image._smask
            mask_name = canv._doc.getXObjectName(smask.name)
            if canv._doc.idToObject.get(mask_name) is None:
                mask = copy.copy(smask)
                canv._setXObjects(mask)
                image.smask = canv._doc.Reference(mask, mask_name)
            else:
                image.smask = pdfdoc.PDFObjectReference(mask_name)
    x, y, width, height, _scaled = aspectRatioFix(
        preserve_aspect_ratio, "c", x, y, width, height, image.width, image.height, False
    )
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(name)


def _fit_lines(text: str, font: str, size: float, min_size: float, width: float) -> tuple[list[str], float]:
    """Shrink ``text`` down to ``min_size`` to keep it on one line; wrap what still does not fit."""
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.25
    return simpleSplit(text, font, size, width), size


class Kop:
    """The kop surat, measured for a given width: logo on the left, centred lines, a thick-over-thin rule."""

    LOGO_H = 2.45 * cm

    def __init__(self, letterhead: Letterhead, width: float) -> None:
        register_fonts()
        self.letterhead = letterhead
        self.width = width
        self.logo = logo_reader(letterhead)
        iw, ih = self.logo.getSize()
        self.logo_w = self.LOGO_H * iw / ih
        # The lines are centred in the space right of the logo, so the long dinas name keeps one line.
        self.gap = 0.35 * cm
        text_w = width - self.logo_w - self.gap
        self.text_w = text_w
        self.lines: list[tuple[str, str, float]] = []  # (text, font, size)
        pemerintah = present(letterhead.pemerintah)
        if pemerintah:
            lines, size = _fit_lines(pemerintah.upper(), BOLD, 14, 11, text_w)
            self.lines += [(line, BOLD, size) for line in lines]
        dinas = present(letterhead.dinas)
        if dinas:
            lines, size = _fit_lines(dinas.upper(), BOLD, 16, 12.5, text_w)
            self.lines += [(line, BOLD, size) for line in lines]
        small: list[str] = []
        if address := present(letterhead.address):
            small.append(address)
        contact = []
        if phone := present(letterhead.phone):
            contact.append(f"Telepon {phone}")
        if email := present(letterhead.email):
            contact.append(f"Pos-el {email}")
        if website := present(letterhead.website):
            contact.append(f"Laman {website}")
        if contact:
            small.append(", ".join(contact))
        for text in small:
            lines, size = _fit_lines(text, REGULAR, 10, 8.5, text_w)
            self.lines += [(line, REGULAR, size) for line in lines]
        text_h = sum(size * 1.22 for _, _, size in self.lines)
        self.body_h = max(self.LOGO_H, text_h)
        self.height = self.body_h + 0.35 * cm  # text block + gap + double rule

    def draw(self, canv: Canvas, x: float, top: float) -> None:
        canv.saveState()
        body_mid = top - self.body_h / 2
        draw_logo(canv, self.logo, x, body_mid - self.LOGO_H / 2, self.logo_w, self.LOGO_H,
                  preserve_aspect_ratio=True)
        text_h = sum(size * 1.22 for _, _, size in self.lines)
        y = body_mid + text_h / 2
        cx = x + self.logo_w + self.gap + self.text_w / 2
        canv.setFillColor(INK)
        for text, font, size in self.lines:
            y -= size * 1.22
            canv.setFont(font, size)
            canv.drawCentredString(cx, y + size * 0.22, text)
        rule_y = top - self.body_h - 0.2 * cm
        canv.setStrokeColor(INK)
        canv.setLineWidth(2.6)
        canv.line(x, rule_y, x + self.width, rule_y)
        canv.setLineWidth(0.8)
        canv.line(x, rule_y - 3.6, x + self.width, rule_y - 3.6)
        canv.restoreState()


# --------------------------------------------------------------------------------------------- documents


def doc_info(letterhead: Letterhead, title: str, subject: str) -> dict[str, object]:
    """Fixed metadata and the invariant flag: the same content always gives the same bytes."""
    author = " ".join(p for p in (present(letterhead.dinas), present(letterhead.pemerintah)) if p)
    return {
        "title": title,
        "author": author or CREATOR,
        "subject": subject,
        "creator": CREATOR,
        "keywords": [],
        "invariant": 1,
        "pageCompression": 1,
        "initialFontName": REGULAR,
        "lang": "id-ID",
    }


class LetterDoc(BaseDocTemplate):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    """A4 portrait: the kop on the first page; pages 2+ carry "- n -" centred at the top (tata naskah dinas)."""

    def __init__(
        self,
        buffer: io.BytesIO,
        letterhead: Letterhead,
        title: str,
        subject: str,
        *,
        footer: str | None = None,
    ) -> None:
        register_fonts()
        self.footer = footer
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=LETTER_MARGIN_LEFT,
            rightMargin=LETTER_MARGIN_RIGHT,
            topMargin=LETTER_MARGIN_TOP,
            bottomMargin=LETTER_MARGIN_BOTTOM,
            **doc_info(letterhead, title, subject),
        )
        page_w, page_h = A4
        self.kop = Kop(letterhead, page_w - 2 * KOP_MARGIN)
        kop_bottom = page_h - KOP_TOP - self.kop.height
        first = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            kop_bottom - 0.45 * cm - self.bottomMargin,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.first_frame_height: float = first.height
        later = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="first", frames=[first], onPage=self._first_page, autoNextPageTemplate="later"
                ),
                PageTemplate(id="later", frames=[later], onPage=self._later_page),
            ]
        )

    def _first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.kop.draw(canv, KOP_MARGIN, A4[1] - KOP_TOP)
        self._draw_footer(canv)

    def _draw_footer(self, canv: Canvas) -> None:
        if not self.footer:
            return
        canv.saveState()
        canv.setFont(ITALIC, 8.5)
        canv.setFillColor(RULE_GREY)
        canv.drawString(self.leftMargin, self.bottomMargin - 0.9 * cm, self.footer)
        canv.restoreState()

    def _later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(REGULAR, 11)
        canv.drawCentredString(A4[0] / 2, A4[1] - 1.25 * cm, f"- {canv.getPageNumber()} -")
        canv.restoreState()
        self._draw_footer(canv)


def build(doc: BaseDocTemplate, buffer: io.BytesIO, story: list[Flowable]) -> bytes:
    doc.build(story)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------- flowables

_PLAIN = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), REGULAR),  # empty cells too: never the standard Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


def colon_table(
    rows: Iterable[tuple[str, str | None]],
    width: float,
    label_width: float,
    *,
    style: str = "body_left",
    indent: float = 0,
    value_markup: bool = False,
) -> Table | None:
    """Label : value rows with aligned colons; rows whose value is missing are left out (None if none remain)."""
    data = []
    for label, value in rows:
        text = present(value)
        if text is None:
            continue
        value_cell = markup(text, style) if value_markup else cell(text, style)
        data.append(["", cell(label, style), cell(":", style), value_cell])
    if not data:
        return None
    colon_w = 0.45 * cm
    table = Table(
        data, colWidths=[indent, label_width, colon_w, width - indent - label_width - colon_w], hAlign="LEFT"
    )
    table.setStyle(_PLAIN)
    return table


def identity_rows(business: BusinessIdentity) -> list[tuple[str, str | None]]:
    return [
        ("Nama Usaha", business.business_name),
        ("Nama Pemilik", business.owner_name),
        ("NIK", business.nik_masked),
        ("Alamat Usaha", business.address),
        ("Kelurahan", business.kelurahan),
        ("Kecamatan", business.kecamatan),
        ("Sektor Usaha", business.sector),
        ("NIB", business.nib),
    ]


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | None]],
    col_widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    font_size: float | None = None,
) -> Table:
    """A ruled table with a shaded bold header; None cells stay blank. ``align`` per column: "L", "C" or "R"."""
    st = styles()
    cell_styles = {"L": st["cell"], "C": st["cell_center"], "R": st["cell_right"]}
    head_style = st["cell_head"]
    if font_size is not None:
        cell_styles = {
            k: ParagraphStyle(f"{v.name}_{font_size}", parent=v, fontSize=font_size, leading=font_size * 1.2)
            for k, v in cell_styles.items()
        }
        head_style = ParagraphStyle(
            f"cell_head_{font_size}", parent=head_style, fontSize=font_size, leading=font_size * 1.2
        )
    align = align or ["L"] * len(header)
    data: list[list[Flowable | str]] = [[cell(h, head_style) for h in header]]
    for row in rows:
        data.append(
            [
                cell(text, cell_styles[a]) if (text := present(value)) is not None else ""
                for value, a in zip(row, align, strict=True)
            ]
        )
    table = Table(data, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),  # empty cells too: never the standard Helvetica
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def stage_table(stages: Sequence[StageRow], width: float, *, font_size: float | None = None) -> Table:
    widths = [0.9 * cm, 2.7 * cm, 0, 2.2 * cm, 5.7 * cm]
    widths[2] = width - sum(widths)
    rows = [
        (f"{i}.", s.stage, s.partner, s.status, period(s.start, s.end)) for i, s in enumerate(stages, start=1)
    ]
    return grid_table(
        ["No.", "Tahap", "Mitra", "Status", "Periode"],
        rows,
        widths,
        align=["C", "L", "L", "L", "L"],
        font_size=font_size,
    )


def number_block(
    *,
    number: str,
    sifat: str | None,
    lampiran: str | None,
    hal: str,
    place: str,
    issued_on: date,
    width: float,
) -> Table:
    """Nomor / Sifat / Lampiran / Hal on the left with aligned colons, "Serang, 28 November 2026" top right."""
    left_w = width * 0.66
    rows = colon_table(
        [("Nomor", number), ("Sifat", sifat), ("Lampiran", lampiran), ("Hal", hal)],
        left_w,
        2.1 * cm,
    )
    where = present(place)
    place_date = format_tempat_tanggal(where, issued_on) if where else format_tanggal(issued_on)
    table = Table([[rows, cell(place_date, "body_right")]], colWidths=[left_w, width - left_w], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def recipient_block(recipient: Recipient, width: float) -> Table:
    """Yth. <first line> / <further lines, hanging> / di / <place, indented>."""
    lines = [t for line in recipient.lines if (t := present(line))]
    if not lines:
        raise ValueError("Penerima surat (Yth.) belum diisi.")
    yth_w = 1.0 * cm
    data: list[list[Flowable | str]] = [[cell("Yth."), cell(lines[0])]]
    data += [["", cell(line)] for line in lines[1:]]
    if place := present(recipient.place):
        data.append([cell("di"), ""])
        data.append(["", cell(place)])
    table = Table(data, colWidths=[yth_w, min(width * 0.62, width - yth_w)], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def signature_block(signatory: Signatory, width: float, *, place_date: str | None = None) -> Table:
    """Right-hand signature block: [place, date] [a.n.] jabatan, room to sign, NAME underlined, pangkat, NIP."""
    block_w = min(8.2 * cm, width * 0.55)
    cells: list[Flowable] = []
    if place_date:
        cells.append(cell(place_date, "sign"))
    if atas_nama := present(signatory.atas_nama):
        cells.append(cell(f"a.n. {atas_nama}", "sign"))
    cells.append(cell(f"{present(signatory.jabatan) or ''},", "sign"))
    cells.append(Spacer(1, 2.3 * cm))
    cells.append(markup(f"<b><u>{esc(signatory.name.strip())}</u></b>", "sign"))
    if pangkat := present(signatory.pangkat_golongan):
        cells.append(cell(pangkat, "sign"))
    if nip := present(signatory.nip):
        cells.append(cell(f"NIP. {nip}", "sign"))
    table = Table([["", cells]], colWidths=[width - block_w, block_w], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def tembusan_block(tembusan: Sequence[str], width: float) -> list[Flowable]:
    items = [t for item in tembusan if (t := present(item))]
    if not items:
        return []
    data = [[cell(f"{i}.", "small"), cell(text, "small")] for i, text in enumerate(items, start=1)]
    table = Table(data, colWidths=[0.6 * cm, width * 0.7], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return [Spacer(1, 0.5 * cm), KeepTogether([markup("<u>Tembusan:</u>", "small"), table])]


def numbered_lines(
    lines: Iterable[str], width: float, *, indent: float = 0, style: str = "body_left"
) -> Table | None:
    items = [t for line in lines if (t := present(line))]
    if not items:
        return None
    data = [["", cell(f"{i}.", style), cell(text, style)] for i, text in enumerate(items, start=1)]
    table = Table(data, colWidths=[indent, 0.7 * cm, width - indent - 0.7 * cm], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def section(n: int, title: str) -> Paragraph:
    return markup(f"{n}. {esc(title)}", "section")


class Counter:
    """Numbers only the sections that are present, so a missing section leaves no gap."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


__all__ = [
    "CREATOR",
    "ITALIC",
    "Counter",
    "Kop",
    "LetterDoc",
    "build",
    "cell",
    "colon_table",
    "doc_info",
    "esc",
    "grid_table",
    "hours",
    "identity_rows",
    "draw_logo",
    "logo_reader",
    "markup",
    "number_block",
    "numbered_lines",
    "para",
    "present",
    "recipient_block",
    "rupiah_terbilang",
    "section",
    "signature_block",
    "stage_table",
    "styles",
    "tanggal",
    "tembusan_block",
]

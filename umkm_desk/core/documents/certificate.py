"""Sertifikat Pendampingan: A4 landscape, framed, with a QR code carrying the register number and the
verification code."""

from __future__ import annotations

import io
from itertools import groupby
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from umkm_desk.core.documents._layout import (
    cell,
    doc_info,
    draw_logo,
    esc,
    logo_reader,
    period,
    present,
    styles,
)
from umkm_desk.core.documents.content import Certificate, Letterhead
from umkm_desk.core.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from umkm_desk.core.documents.qr_codewords import create_data
from umkm_desk.core.rules.dates import format_tempat_tanggal

__all__ = ["render_certificate"]

TITLE = "Sertifikat Pendampingan"
NAVY = colors.Color(23 / 255, 54 / 255, 104 / 255)
GOLD = colors.Color(201 / 255, 160 / 255, 48 / 255)

PAGE_W, PAGE_H = landscape(A4)
BORDER = 0.75 * cm
SIDE = 2.3 * cm
HEADER_TOP = PAGE_H - 1.45 * cm
LOGO_H = 2.3 * cm
MAIN_TOP = PAGE_H - 5.2 * cm
BOTTOM_H = 5.9 * cm
BOTTOM_Y = 1.45 * cm
QR_SIZE = 2.9 * cm


class SpacedLine(Flowable):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    """One centred line of fixed (non-user) text with letter spacing, shrunk to the frame width if needed."""

    def __init__(self, text: str, font: str, size: float, color: colors.Color, char_space: float) -> None:
        super().__init__()
        self.text, self.font, self.size, self.color, self.char_space = text, font, size, color, char_space

    def _width(self, size: float, char_space: float) -> float:
        text_width: float = stringWidth(self.text, self.font, size)  # untyped ReportLab returns Any
        return text_width + char_space * max(len(self.text) - 1, 0)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.avail = aw
        while self.size > 8 and self._width(self.size, self.char_space) > aw:
            self.size -= 0.5
            self.char_space *= 0.9
        return aw, self.size * 1.2

    def draw(self) -> None:
        text = self.canv.beginText()
        text.setFont(self.font, self.size)
        text.setCharSpace(self.char_space)
        text.setFillColor(self.color)
        text.setTextOrigin((self.avail - self._width(self.size, self.char_space)) / 2, self.size * 0.25)
        text.textOut(self.text)
        self.canv.drawText(text)


#: The QR mask pattern, fixed. A QR encoder normally scores all eight masks and keeps the one with the fewest
#: scanner-confusing patterns; for a short payload beside a quiet zone any mask scans, and trying eight costs
#: ~15 ms of pure Python per certificate (a third of its render). Every mask is valid QR (ISO/IEC 18004 §7.8);
#: the mask number is written in the code's format information, so readers decode it as usual.
QR_MASK_PATTERN = 1


#: The data modules' (column, row) positions of each QR version, in ReportLab's order.
_DATA_POSITIONS: dict[int | None, list[tuple[int, int]]] = {}


class _FixedMaskQr(qrencoder.QRCode):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    # what ReportLab's __init__ and make() set (declared for the type checker only)
    version: int | None
    errorCorrectLevel: int  # noqa: N815 (ReportLab's name)
    dataList: list[Any]  # noqa: N815
    dataCache: list[int] | None  # noqa: N815

    def getBestMaskPattern(self) -> int:  # noqa: N802 (ReportLab's name)
        return QR_MASK_PATTERN

    def dataPosIterator(self) -> list[tuple[int, int]]:  # noqa: N802 (ReportLab's name)
        # where the data modules go depends only on the version: ReportLab works it out again for every code
        positions = _DATA_POSITIONS.get(self.version)
        if positions is None:
            positions = _DATA_POSITIONS[self.version] = list(self._dataPosIterator())
        return positions

    def make(self) -> None:
        # the codewords from qr_codewords before ReportLab's makeImpl would compute the same ones, slower
        if self.version is None:
            self.version = self.calculate_version()
        if self.dataCache is None:
            self.dataCache = create_data(self.version, self.errorCorrectLevel, self.dataList)
        self.makeImpl(False, self.getBestMaskPattern())


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    """The QR code as a form XObject of filled squares.

    ReportLab's QR encoder encodes the payload (error correction M, mask QR_MASK_PATTERN); the modules are
    written straight into one path, one rectangle per horizontal run of dark modules, with each distinct
    coordinate formatted once.
    """

    BORDER = 2  # quiet zone, in modules

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def modules(self) -> list[list[bool]]:
        code = _FixedMaskQr(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(self.payload)
        code.make()
        modules: list[list[bool]] = code.modules  # untyped ReportLab: every module is set after make()
        return modules

    def draw(self) -> None:
        modules = self.modules()
        count = len(modules)
        box = self.size / (count + 2 * self.BORDER)
        xs = [fp_str((c + self.BORDER) * box) for c in range(count)]
        ys = [fp_str(self.size - (r + self.BORDER + 1) * box) for r in range(count)]
        widths = [fp_str(n * box) for n in range(count + 1)]
        height = widths[1]
        code: list[str] = []
        for r, row in enumerate(modules):
            c = 0
            for dark, run in groupby(row):
                n = len(list(run))
                if dark:
                    code.append(f"{xs[c]} {ys[r]} {widths[n]} {height} re")
                c += n
        canv = self.canv
        canv.beginForm("QrVerifikasi", 0, 0, self.size, self.size)
        canv.setFillColor(colors.black)
        path = canv.beginPath()
        path._code.extend(code)  # what path.rect() appends, without formatting each number again
        canv.drawPath(path, stroke=0, fill=1)
        canv.endForm()
        canv.doForm("QrVerifikasi")


def _style(
    name: str,
    size: float,
    *,
    font: str = REGULAR,
    align: int = TA_CENTER,
    leading: float = 1.22,
    color: colors.Color = colors.black,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        parent=styles()["body"],
        fontName=font,
        fontSize=size,
        leading=size * leading,
        alignment=align,
        textColor=color,
    )


def _fitted_name(text: str, width: float) -> Flowable:
    """The owner's name as large as it fits on at most two lines."""
    size = 32.0
    while True:
        para = cell(text, _style("cert_name", size, font=BOLD, leading=1.15, color=NAVY))
        _, height = para.wrap(width, 1000)
        if height <= 2 * size * 1.15 + 0.1 or size <= 14:
            return para
        size -= 1


def _dinas_kota(letterhead: Letterhead) -> str:
    dinas = present(letterhead.dinas) or "Dinas Perindustrian, Perdagangan, dan Koperasi"
    region = (present(letterhead.pemerintah) or "").upper().removeprefix("PEMERINTAH").strip().title()
    return f"{dinas} {region}" if region and region.lower() not in dinas.lower() else dinas


def _frame_page(letterhead: Letterhead) -> object:
    logo = logo_reader(letterhead)
    iw, ih = logo.getSize()
    logo_w = LOGO_H * iw / ih
    pemerintah = (present(letterhead.pemerintah) or "").upper()
    dinas = (present(letterhead.dinas) or "").upper()

    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        # Double frame: a heavy navy border with a thin gold line inside, and small corner squares.
        canv.setStrokeColor(NAVY)
        canv.setLineWidth(3)
        canv.rect(BORDER, BORDER, PAGE_W - 2 * BORDER, PAGE_H - 2 * BORDER)
        inner = BORDER + 0.22 * cm
        canv.setStrokeColor(GOLD)
        canv.setLineWidth(1.2)
        canv.rect(inner, inner, PAGE_W - 2 * inner, PAGE_H - 2 * inner)
        canv.setFillColor(GOLD)
        s = 0.32 * cm
        for x, y in (
            (inner, inner),
            (PAGE_W - inner, inner),
            (inner, PAGE_H - inner),
            (PAGE_W - inner, PAGE_H - inner),
        ):
            canv.rect(x - s / 2, y - s / 2, s, s, stroke=0, fill=1)
        # Issuer: logo and two centred lines.
        draw_logo(canv, logo, (PAGE_W - logo_w) / 2, HEADER_TOP - LOGO_H, logo_w, LOGO_H)
        canv.setFillColor(colors.black)
        y = HEADER_TOP - LOGO_H - 0.55 * cm
        for text, size in ((pemerintah, 11.5), (dinas, 12.5)):
            if not text:
                continue
            while size > 8 and stringWidth(text, BOLD, size) > PAGE_W - 2 * SIDE:
                size -= 0.25
            canv.setFont(BOLD, size)
            canv.drawCentredString(PAGE_W / 2, y, text)
            y -= size * 1.25
        canv.restoreState()

    return draw


def render_certificate(letterhead: Letterhead, doc: Certificate) -> bytes:
    """Sertifikat Pendampingan as PDF bytes (one A4 landscape page)."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=PAGE_H - MAIN_TOP,
        bottomMargin=BOTTOM_Y,
        **doc_info(letterhead, f"{TITLE} {doc.number}", TITLE),
    )
    width = PAGE_W - 2 * SIDE
    main_y = BOTTOM_Y + BOTTOM_H
    no_pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    main = Frame(SIDE, main_y, width, MAIN_TOP - main_y, id="main", **no_pad)
    bottom = Frame(SIDE, BOTTOM_Y, width, BOTTOM_H, id="bottom", **no_pad)
    pdf.addPageTemplates(
        [PageTemplate(id="sertifikat", frames=[main, bottom], onPage=_frame_page(letterhead))]
    )

    body_w = width - 2 * cm
    text = f"yang {esc(doc.achievement.strip())} dalam <b>{esc(doc.programme.strip())}</b>"
    text += f" yang diselenggarakan oleh {esc(_dinas_kota(letterhead))}"
    if partner := present(doc.partner_name):
        text += f" bersama {esc(partner)}"
    if when := period(doc.period_start, doc.period_end):
        text += f", periode {esc(when)}"
    text += "."
    main_story: list[Flowable] = [
        SpacedLine("SERTIFIKAT", BOLD, 40, NAVY, 7),
        Spacer(1, 0.05 * cm),
        SpacedLine("PENDAMPINGAN USAHA MIKRO, KECIL, DAN MENENGAH", BOLD, 12.5, colors.black, 1.5),
        Spacer(1, 0.1 * cm),
        cell(f"Nomor: {doc.number.strip()}", _style("cert_no", 11)),
        Spacer(1, 0.35 * cm),
        cell("diberikan kepada:", _style("cert_given", 14, font=ITALIC)),
        Spacer(1, 0.15 * cm),
        _fitted_name(doc.owner_name.strip(), body_w),
        Spacer(1, 0.1 * cm),
        Paragraph(
            f"pemilik usaha <b>{esc(doc.business_name.strip())}</b>",
            _style("cert_business", 16, leading=1.25),
        ),
        Spacer(1, 0.25 * cm),
        Paragraph(text, _style("cert_body", 14, leading=1.35)),
    ]
    main_block = KeepInFrame(
        width, MAIN_TOP - main_y, main_story, mode="shrink", hAlign="CENTER", vAlign="MIDDLE"
    )
    main_block = Table([[main_block]], colWidths=[width], rowHeights=[MAIN_TOP - main_y])
    main_block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),  # empty cells too: never the standard Helvetica
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1 * cm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1 * cm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )

    small = _style("cert_small", 8.5, align=TA_LEFT, leading=1.2)
    qr_w = 6.0 * cm
    qr_cell = [
        QrCode(doc.qr_payload, QR_SIZE),
        Spacer(1, 0.12 * cm),
        Paragraph(
            f"Kode verifikasi: <b>{esc(doc.verification_code.strip())}</b>",
            _style("cert_code", 10, align=TA_LEFT),
        ),
        cell("Pindai kode QR atau masukkan kode verifikasi untuk memeriksa keaslian sertifikat ini.", small),
    ]
    sign = _style("cert_sign", 11.5, leading=1.25)
    signatory = doc.signatory
    where = present(doc.place)
    sign_cell: list[Flowable] = [
        cell(format_tempat_tanggal(where, doc.issued_on) if where else "", sign),
    ]
    if atas_nama := present(signatory.atas_nama):
        sign_cell.append(cell(f"a.n. {atas_nama}", sign))
    sign_cell += [
        cell(f"{signatory.jabatan.strip()},", sign),
        Spacer(1, 1.5 * cm),
        Paragraph(f"<b><u>{esc(signatory.name.strip())}</u></b>", sign),
    ]
    if pangkat := present(signatory.pangkat_golongan):
        sign_cell.append(cell(pangkat, sign))
    if nip := present(signatory.nip):
        sign_cell.append(cell(f"NIP. {nip}", sign))
    sign_w = 9.0 * cm
    bottom_table = Table(
        [[qr_cell, "", KeepInFrame(sign_w, BOTTOM_H, sign_cell, mode="shrink")]],
        colWidths=[qr_w, width - qr_w - sign_w, sign_w],
        rowHeights=[BOTTOM_H],
    )
    bottom_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),  # empty cells too: never the standard Helvetica
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.1 * cm),
            ]
        )
    )
    pdf.build([main_block, FrameBreak(), bottom_table])
    return buffer.getvalue()

"""The PDF and the .xlsx of a report hold the same figures (the content's), typed in the workbook; the PDF is on
the letterhead, landscape, its tables break across pages with the header repeated, and it ends with the
signature block; exports stream the lists of the pages."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from report_helpers import DEMO_TODAY

from umkm_desk.core.documents.report_content import ReportContent, ReportTable
from umkm_desk.core.documents.report_pdf import format_cell
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.period import ReportPeriod
from umkm_desk.core.services.reports.periodic import REPORTS, build_report, render_report
from umkm_desk.core.services.reports.report_filter import ReportFilter

YEAR = ReportFilter(ReportPeriod.year(2026))


@pytest.fixture(scope="module")
def built(report_db_path: Path) -> dict[str, tuple[ReportContent, bytes, bytes]]:
    from umkm_desk.core.store.database import open_database

    db = open_database(report_db_path)
    try:
        ctx = ServiceContext(db)
        out = {}
        for key in REPORTS:
            content = build_report(ctx, key, YEAR, today=DEMO_TODAY)
            out[key] = (content, render_report(content, "pdf"), render_report(content, "xlsx"))
        return out
    finally:
        db.dispose()


def _pdf_lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in page.extract_text(extraction_mode="layout").splitlines()]


def _typed(value: object) -> object:
    if value == "":
        return None
    return value.date() if isinstance(value, datetime) else value


def _sheet_rows(sheet: openpyxl.worksheet.worksheet.Worksheet, table: ReportTable) -> list[tuple[object, ...]]:
    rows = [tuple(_typed(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[: len(table.columns)] == tuple(c.title for c in table.columns))
    return rows[header + 1:]


@pytest.mark.parametrize("key", list(REPORTS))
def test_xlsx_holds_the_content_typed(built: dict[str, tuple[ReportContent, bytes, bytes]], key: str) -> None:
    content, _pdf, xlsx = built[key]
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert book.sheetnames[-1] == "Keterangan"
    assert len(book.sheetnames) == len(content.tables) + 1
    for sheet_name, table in zip(book.sheetnames, content.tables, strict=False):
        sheet = book[sheet_name]
        rows = _sheet_rows(sheet, table)
        detail = [r.cells for r in table.rows if not r.subtotal]
        width = len(table.columns)
        assert [row[:width] for row in rows[: len(detail)]] == [tuple(map(_typed, c)) for c in detail], table.title
        if table.has_totals:
            assert rows[len(detail)][:width] == table.totals()
        header_row = sheet.max_row - len(rows)
        assert sheet.freeze_panes == f"A{header_row + 1}"
        assert sheet.auto_filter.ref.startswith(f"A{header_row}:")
        for index, column in enumerate(table.columns):
            cell = sheet.cell(row=header_row + 1, column=index + 1)
            if detail and column.kind == "money" and isinstance(detail[0][index], int):
                assert isinstance(cell.value, int) and "Rp" in cell.number_format
            if detail and column.kind == "date" and isinstance(detail[0][index], date):
                assert isinstance(cell.value, datetime) and cell.is_date


@pytest.mark.parametrize("key", list(REPORTS))
def test_pdf_prints_the_same_figures(built: dict[str, tuple[ReportContent, bytes, bytes]], key: str) -> None:
    content, pdf, _xlsx = built[key]
    lines = _pdf_lines(pdf)
    text = "\n".join(lines)
    assert content.title.upper() in text and "Periode: Tahun 2026" in text
    for table in content.tables:
        numeric = [i for i, c in enumerate(table.columns) if c.kind not in ("text", "date")]
        rows = [r.cells for r in table.rows[:40]] + ([table.totals()] if table.has_totals else [])
        for cells in rows:
            figures = [format_cell(cells[i], table.columns[i].kind) for i in numeric]
            figures = [f for f in figures if f]
            if not figures:
                continue
            pattern = re.compile(r"\s+".join(re.escape(f) for f in figures) + r"(\s|$)")
            assert any(pattern.search(line) for line in lines), (table.title, cells)
    reader = PdfReader(io.BytesIO(pdf))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    assert f"Halaman 1 dari {len(reader.pages)}" in text


def test_long_table_breaks_across_pages_with_its_header() -> None:
    from umkm_desk.core.documents.content import Letterhead, Signatory
    from umkm_desk.core.documents.report_content import ReportColumn, ReportRow
    from umkm_desk.core.documents.report_pdf import render_report_pdf

    rows = tuple(ReportRow((f"Usaha nomor {i:03d}", date(2026, 1, 1 + i % 28), 1_000_000 + i, i % 4))
                 for i in range(600))
    table = ReportTable("Daftar panjang", (
        ReportColumn("Nama usaha kolom kepala", width=3), ReportColumn("Tanggal", "date", 1.5),
        ReportColumn("Pinjaman", "money", 1.5, True), ReportColumn("Terlambat", "count", 1, True)), rows)
    signatory = Signatory("Drs. Ahmad Fauzi, M.Si.", "Kepala Dinas", nip="19700101 199503 1 001")
    content = ReportContent("uji", "Laporan Uji", "Tahun 2026", (table,), Letterhead(), signatory, "Serang",
                            date(2026, 12, 1))
    reader = PdfReader(io.BytesIO(render_report_pdf(content)))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 10
    assert all("Nama usaha kolom kepala" in page for page in pages[:-1])  # the header on every page
    assert "Usaha nomor 000" in pages[0] and "Usaha nomor 599" in "".join(pages)
    total = sum(1_000_000 + i for i in range(600))
    assert format_cell(total, "money") in "".join(pages[-2:])
    assert "NIP. 19700101 199503 1 001" in pages[-1] and "Serang, 1 Desember 2026" in pages[-1]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]


def test_pdf_has_the_office_fonts_only(built: dict[str, tuple[ReportContent, bytes, bytes]]) -> None:
    _content, pdf, _ = built["rekap"]
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("LiberationSerif" in f for f in fonts), fonts


def test_a_long_table_in_many_font_subsets_keeps_every_string() -> None:
    """The grid writes each distinct string's text operators once per document: strings drawn again on later
    pages, in bold and regular, and characters spread over several of the font's 256-glyph subsets all come out
    as written, in their places."""
    from umkm_desk.core.documents.content import Letterhead, Signatory
    from umkm_desk.core.documents.report_content import ReportColumn, ReportRow
    from umkm_desk.core.documents.report_pdf import render_report_pdf

    alphabet = ([chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)] + [chr(c) for c in range(0x100, 0x180)]
                + [chr(c) for c in range(0x410, 0x450)])  # more glyphs than one subset holds
    names = ["Usaha " + "".join(alphabet[(7 * i + k) % len(alphabet)] for k in range(9)) for i in range(60)]
    rows = tuple(ReportRow((names[i % len(names)], "Lunas" if i % 3 else "Terlambat", 1_000 + i), subtotal=i % 9 == 0)
                 for i in range(400))
    table = ReportTable("Daftar", (ReportColumn("Nama usaha", width=3), ReportColumn("Status", width=1.2),
                                   ReportColumn("Pinjaman", "money", 1.5, True)), rows)
    signatory = Signatory("Drs. Ahmad Fauzi, M.Si.", "Kepala Dinas", nip="19700101 199503 1 001")
    content = ReportContent("uji", "Laporan Uji", "Tahun 2026", (table,), Letterhead(), signatory, "Serang",
                            date(2026, 12, 1))
    reader = PdfReader(io.BytesIO(render_report_pdf(content)))
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    body = [line for line in lines if line.startswith("Usaha ")]
    expected = [f"{name} {'Lunas' if i % 3 else 'Terlambat'} {format_cell(1_000 + i, 'money')}"
                for i, name in enumerate(names[i % len(names)] for i in range(400))]
    assert body == expected
    assert len({font for page in reader.pages for font in page["/Resources"]["/Font"]}) > 3  # several subsets

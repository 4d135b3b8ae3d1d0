"""A periodic report as an .xlsx workbook: one sheet per table, cells typed (numbers as numbers, rupiah with a
rupiah format, dates as dates), the header row frozen with a filter over the detail rows, column widths set, and
a totals row; a last sheet "Keterangan" says what the figures count and who signs. The figures are the report
content's, the same the PDF prints."""

from __future__ import annotations

import io

from umkm_desk.core.documents.report_content import ReportContent, ReportTable
from umkm_desk.core.documents.sheet_stream import SheetColumn, XlsxStream
from umkm_desk.core.rules.dates import format_tanggal

__all__ = ["render_report_xlsx", "sheet_title"]

#: Excel character widths per relative width unit of a column, and the bounds
_WIDTH_UNIT, _WIDTH_MIN, _WIDTH_MAX = 9.0, 8.0, 60.0


def sheet_title(number: int, title: str) -> str:
    """Excel's sheet names hold at most 31 characters."""
    return f"{number}. {title}"[:31].rstrip()


def _table(book: XlsxStream, number: int, content: ReportContent, table: ReportTable) -> None:
    columns = [
        SheetColumn(c.title, c.kind, min(max(c.width * _WIDTH_UNIT, _WIDTH_MIN, len(c.title) * 0.9), _WIDTH_MAX))
        for c in table.columns
    ]
    preamble = [content.title.upper(), f"Periode: {content.period_label}", *("; ".join(content.filters),)[
        : 1 if content.filters else 0], f"{number}. {table.title}", ""]
    with book.sheet(sheet_title(number, table.title), columns, preamble=preamble) as sheet:
        # Subtotal rows go below the filtered rows: filtering or sorting them with the detail would double count.
        for row in table.rows:
            if not row.subtotal:
                sheet.row(row.cells)
        sheet.end_filter()
        if table.has_totals:
            sheet.row(table.totals(), variant="total")
        subtotals = [row for row in table.rows if row.subtotal]
        if subtotals:
            sheet.line()
            sheet.line("Subjumlah", bold=True)
            for row in subtotals:
                sheet.row(row.cells, variant="bold")
        if not table.rows:
            sheet.line(table.empty_text)
        if table.note:
            sheet.line()
            sheet.line(table.note)


def _info(book: XlsxStream, content: ReportContent) -> None:
    columns = [SheetColumn("Keterangan", "text", 18), SheetColumn("", "text", 110)]
    with book.sheet("Keterangan", columns, preamble=[content.title.upper()]) as sheet:
        if content.subtitle:
            sheet.row(["Judul", content.subtitle])
        sheet.row(["Periode", content.period_label])
        for line in content.filters:
            label, _, value = line.partition(": ")
            sheet.row([label, value])
        sheet.row(["Instansi", content.letterhead.dinas])
        sheet.row(["Dibuat", format_tanggal(content.signed_on)])
        sheet.row(["Penandatangan", content.signatory.name or "(belum diisi di Pengaturan)"])
        sheet.row(["Jabatan", content.signatory.jabatan])
        sheet.end_filter()
        for number, note in enumerate(content.notes, start=1):
            sheet.row([f"Catatan {number}", note])


def render_report_xlsx(content: ReportContent) -> bytes:
    buffer = io.BytesIO()
    with XlsxStream(buffer, title=f"{content.title} {content.period_label}") as book:
        for number, table in enumerate(content.tables, start=1):
            _table(book, number, content, table)
        _info(book, content)
    return buffer.getvalue()

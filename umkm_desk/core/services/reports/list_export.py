"""Every list leaves the app as it is on screen: the UMKM list with its filters, search and sort, the Pendampingan
board, the partners and the document register, as .xlsx or CSV, streamed (a page of rows at a time into a
workbook written as it goes), so that 100,000 businesses take seconds and little memory.

The rows come from the same service calls the pages make (``business_keys``/``business_rows``, ``board_rows``,
``list_partners``, ``list_register``), so the file holds exactly the rows of the page, in its order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from umkm_desk.core.documents.sheet_stream import CsvStream, SheetColumn, SheetWriter, XlsxStream
from umkm_desk.core.labels import (
    CASE_STATUS,
    PARTNER_KINDS,
    SCALES,
    SECTORS,
    STAGE_KINDS,
    STAGE_STATUS,
    label,
)
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.accounts.nik_privacy import record_export
from umkm_desk.core.services.cases.case_board import BoardFilter, GroupKey, board_rows
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners.partners import list_partners
from umkm_desk.core.services.register.documents import list_register
from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, business_rows
from umkm_desk.core.services.reports.output_file import check_output, write_atomically
from umkm_desk.core.services.reports.period import office_today

__all__ = [
    "EXPORT_FORMATS",
    "ExportResult",
    "ListRows",
    "export_list",
    "export_list_audited",
    "mitra_rows",
    "pendampingan_rows",
    "register_rows",
    "umkm_rows",
]

EXPORT_FORMATS = ("xlsx", "csv")
#: keys read per query (SQLite takes up to 32,766 parameters; a few thousand keep each query short)
PAGE = 2_000
#: cases per board page: each page sorts the whole board again, so few large pages (its ids stay within
#: SQLite's parameter limit)
BOARD_PAGE = 20_000
_AGREEMENT_STATES = {"berlaku": "Berlaku", "segera_berakhir": "Segera berakhir", "kedaluwarsa": "Kedaluwarsa"}


@dataclass(frozen=True)
class ListRows:
    """A list to export: its title, columns, the lines above it in a workbook, and its rows (a generator)."""

    title: str
    sheet: str
    columns: tuple[SheetColumn, ...]
    rows: Iterable[Sequence[object]]
    preamble: tuple[str, ...] = ()
    whole_nik: bool = False
    """Whether the rows carry whole NIKs (the lists show them masked to everyone, as on screen)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    note_path: Path | None = None


def _preamble(title: str, lines: Sequence[str], today: date) -> tuple[str, ...]:
    return (title.upper(), *lines, f"Diekspor {format_tanggal(today)} melalui UMKM Desk", "")


# --- UMKM ---------------------------------------------------------------------------------------------------


def _business_filter_lines(flt: BusinessFilter) -> list[str]:
    parts = []
    if flt.search.strip():
        parts.append(f"Pencarian: {flt.search.strip()}")
    if flt.kelurahan_code or flt.kecamatan_code:
        parts.append(f"Wilayah: {flt.kelurahan_code or flt.kecamatan_code}")
    if flt.sector:
        parts.append(f"Sektor: {SECTORS.get(flt.sector, flt.sector)}")
    if flt.scale:
        parts.append(f"Skala: {SCALES.get(flt.scale, flt.scale)}")
    if flt.stage:
        parts.append(f"Tahap: {STAGE_KINDS.get(flt.stage, 'belum didampingi')}")
    if flt.archived:
        parts.append("Arsip")
    if flt.ids is not None:
        parts.append(f"Hanya UMKM di balik angka laporan yang dibuka ({len(flt.ids):,} UMKM)".replace(",", "."))
    return ["; ".join(parts)] if parts else []


def umkm_rows(ctx: ServiceContext, flt: BusinessFilter | None = None, *, sort: str = "name",
              descending: bool = False, today: date | None = None) -> ListRows:
    """The UMKM list as the page shows it: the same filter, search and sort (``business_keys``), the same
    columns (the NIK masked, as on screen)."""
    flt = flt or BusinessFilter()
    keys = business_keys(ctx, flt, sort=sort, descending=descending)

    def rows() -> Iterator[Sequence[object]]:
        for start in range(0, len(keys), PAGE):
            page = keys[start:start + PAGE]
            found = business_rows(ctx, page)
            for key in page:
                row = found.get(key)
                if row is None:  # archived or deleted since the keys were read
                    continue
                yield (row.name, row.owner_name, row.nik_masked or "NIK belum ada", row.kelurahan, row.kecamatan,
                       label(SECTORS, row.sector), label(SCALES, row.scale), label(STAGE_KINDS, row.stage),
                       row.partner, row.last_activity_on)

    columns = (
        SheetColumn("Nama usaha", width=32), SheetColumn("Pemilik", width=24), SheetColumn("NIK", width=18),
        SheetColumn("Kelurahan", width=16), SheetColumn("Kecamatan", width=14), SheetColumn("Sektor", width=18),
        SheetColumn("Skala", width=10), SheetColumn("Tahap", width=14), SheetColumn("Mitra", width=28),
        SheetColumn("Kegiatan terakhir", "date", 14),
    )
    title = "Daftar UMKM" + (" (arsip)" if flt.archived else "")
    return ListRows(title, "UMKM", columns, rows(),
                    _preamble(title, _business_filter_lines(flt), today or office_today()))


# --- Pendampingan -------------------------------------------------------------------------------------------


def pendampingan_rows(ctx: ServiceContext, flt: BoardFilter | None = None, group: GroupKey | None = None, *,
                      today: date | None = None) -> ListRows:
    """The Pendampingan board's cases (one group, or all) in the board's order."""
    flt = flt or BoardFilter()
    today = today or office_today()

    def rows() -> Iterator[Sequence[object]]:
        offset = 0
        while True:
            page = board_rows(ctx, flt, group, offset=offset, limit=BOARD_PAGE, today=today)
            for r in page:
                column, status = r.group
                if column == "closed":
                    stage, state = "Ditutup", label(CASE_STATUS, r.case_status)
                elif column == "ready":
                    stage, state = "Siap ditutup", "Semua tahap tuntas"
                else:
                    stage, state = label(STAGE_KINDS, column), label(STAGE_STATUS, status)
                yield (r.business_name, r.owner_name, r.kelurahan_name, r.kecamatan_name, stage, state,
                       r.partner_name, r.officer_name, r.opened_on, r.closed_on, r.last_activity_on, r.next_follow_up,
                       "Terlambat" if r.overdue else None)
            if len(page) < BOARD_PAGE:
                return
            offset += BOARD_PAGE

    columns = (
        SheetColumn("UMKM", width=30), SheetColumn("Pemilik", width=22), SheetColumn("Kelurahan", width=16),
        SheetColumn("Kecamatan", width=14), SheetColumn("Tahap", width=14), SheetColumn("Status", width=18),
        SheetColumn("Mitra", width=28), SheetColumn("Petugas", width=20), SheetColumn("Dibuka", "date", 12),
        SheetColumn("Ditutup", "date", 12), SheetColumn("Kegiatan terakhir", "date", 14),
        SheetColumn("Tindak lanjut", "date", 13), SheetColumn("Keterangan", width=12),
    )
    lines = []
    if flt.year is not None:
        lines.append(f"Tahun {flt.year}")
    if flt.search.strip():
        lines.append(f"Pencarian: {flt.search.strip()}")
    if flt.overdue_only:
        lines.append("Hanya tindak lanjut terlambat")
    if flt.case_ids is not None:
        lines.append(f"Hanya pendampingan di balik angka laporan yang dibuka ({len(flt.case_ids):,})".replace(",", "."))
    title = "Daftar Pendampingan UMKM"
    return ListRows(title, "Pendampingan", columns, rows(), _preamble(title, ["; ".join(lines)] if lines else [],
                                                                         today))


# --- Mitra --------------------------------------------------------------------------------------------------


def mitra_rows(ctx: ServiceContext, *, kind: str | None = None, search: str = "", include_archived: bool = False,
               today: date | None = None) -> ListRows:
    today = today or office_today()
    partners = list_partners(ctx, kind=kind, search=search, include_archived=include_archived, today=today)
    rows = (
        (p.name, PARTNER_KINDS.get(p.kind, p.kind), p.address, p.contact_name, p.contact_phone, p.email,
         p.agreement_count, _AGREEMENT_STATES.get(p.agreement_state or "", "Belum ada"),
         "Ya" if p.is_example else None, "Diarsipkan" if p.archived else None)
        for p in partners
    )
    columns = (
        SheetColumn("Nama mitra", width=36), SheetColumn("Jenis", width=22), SheetColumn("Alamat", width=36),
        SheetColumn("Narahubung", width=22), SheetColumn("Telepon", width=16), SheetColumn("Email", width=26),
        SheetColumn("Perjanjian", "count", 10), SheetColumn("Status perjanjian", width=16),
        SheetColumn("Data contoh", width=10), SheetColumn("Arsip", width=10),
    )
    title = "Daftar Mitra"
    return ListRows(title, "Mitra", columns, rows, _preamble(title, [], today))


# --- document register --------------------------------------------------------------------------------------


def register_rows(ctx: ServiceContext, *, search: str | None = None, kind: str | None = None,
                  year: int | None = None, today: date | None = None) -> ListRows:
    def rows() -> Iterator[Sequence[object]]:
        offset = 0
        while True:
            page = list_register(ctx, search=search, kind=kind, year=year, limit=PAGE, offset=offset)
            for e in page:
                yield (e.number, e.kind_label, e.issued_on, e.business_name, e.signatory_name,
                       "Dibatalkan" if e.voided else "Berlaku", e.verification_code, e.void_reason)
            if len(page) < PAGE:
                return
            offset += PAGE

    columns = (
        SheetColumn("Nomor", width=40), SheetColumn("Jenis", width=26), SheetColumn("Tanggal", "date", 12),
        SheetColumn("UMKM", width=30), SheetColumn("Penandatangan", width=26), SheetColumn("Status", width=12),
        SheetColumn("Kode verifikasi", width=16), SheetColumn("Alasan pembatalan", width=30),
    )
    title = "Register Surat Keluar"
    lines = [f"Tahun {year}"] if year else []
    return ListRows(title, "Register", columns, rows(), _preamble(title, lines, today or office_today()))


# --- writing ------------------------------------------------------------------------------------------------


def write_list(fh: IO[bytes], fmt: str, rows: ListRows) -> int:
    """Stream ``rows`` into ``fh`` as .xlsx or CSV; returns the number of rows."""
    if fmt == "csv":
        csv_stream = CsvStream(fh, rows.columns)
        count = csv_stream.rows(rows.rows)
        csv_stream.close()
        return count
    with XlsxStream(fh, title=rows.title) as book:
        sheet: SheetWriter
        with book.sheet(rows.sheet, rows.columns, preamble=rows.preamble) as sheet:
            count = sheet.rows(rows.rows)
            sheet.end_filter()
            sheet.line()
            sheet.line(f"Jumlah: {count:,} baris".replace(",", "."), bold=True)
    return count


def export_list(path: Path, rows: ListRows, *, replace: bool = False) -> ExportResult:
    """Write a list to ``path`` (.xlsx or .csv by its suffix), atomically."""
    fmt = check_output(path, EXPORT_FORMATS, replace=replace)
    written: list[int] = []

    def write(fh: IO[bytes]) -> None:
        written.append(write_list(fh, fmt, rows))

    write_atomically(path, write, replace=replace)
    return ExportResult(path, written[0])


def export_list_audited(ctx: ServiceContext, kind: str, path: Path, rows: ListRows, *,
                        replace: bool = False) -> ExportResult:
    """:func:`export_list`, then the export's audit row (what, how many rows, NIKs whole or masked): the one
    path of the pages' Ctrl+E and the command line's ``export``."""
    result = export_list(path, rows, replace=replace)
    record_export(ctx, kind, result.rows, whole_nik=rows.whole_nik)
    return result

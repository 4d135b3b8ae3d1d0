"""What the importer hands around: fields, the table read from a file, the mapping, row results, batches."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from umkm_desk.core.services.context import ServiceError

Status = Literal["ok", "peringatan", "ditolak", "dilewati"]
STATUSES: tuple[Status, ...] = ("ok", "peringatan", "ditolak", "dilewati")

#: mapping value for a column that is not imported ("(abaikan)" in the wizard)
IGNORE = ""

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ImportRefused(ServiceError):
    """The file cannot be read or the mapping cannot be used; ``message`` says in Indonesian what to do."""


class ImportCancelled(Exception):
    """The officer cancelled; nothing was written."""


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    required: bool
    money: bool = False


FIELDS: tuple[ImportField, ...] = (
    ImportField("name", "Nama Usaha", True),
    ImportField("owner_name", "Nama Pemilik", True),
    ImportField("nik", "NIK", False),
    ImportField("phone", "No. HP/WA", False),
    ImportField("address", "Alamat Usaha", False),
    ImportField("owner_address", "Alamat Pemilik", False),
    ImportField("kelurahan", "Kelurahan", True),
    ImportField("kecamatan", "Kecamatan", False),
    ImportField("sector", "Jenis/Sektor Usaha", True),
    ImportField("kbli", "KBLI", False),
    ImportField("nib", "NIB", False),
    ImportField("halal_number", "No. Sertifikat Halal", False),
    ImportField("pirt_number", "No. PIRT", False),
    ImportField("year_started", "Tahun Mulai Usaha", False),
    ImportField("modal_usaha", "Modal Usaha", False, money=True),
    ImportField("annual_sales", "Omzet", False, money=True),
    ImportField("workers", "Jumlah Tenaga Kerja", False),
    ImportField("registered_on", "Tanggal Daftar", False),
)
FIELD_BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}


@dataclass(frozen=True)
class SheetTable:
    path: Path
    file_name: str
    sheets: tuple[str, ...]
    sheet: str
    rows: tuple[tuple[object, ...], ...]
    """raw cell values; rows[i] is spreadsheet row i + 1 (formula results, not formulas)"""
    header_row: int
    """0-based index into rows"""
    headers: tuple[str, ...]
    hidden_columns: frozenset[int] = frozenset()
    header_rows: int = 1
    """how many rows the header takes (2 when merged header cells have sub-headers below them)"""
    notices: tuple[str, ...] = ()
    """what the officer should know about the file as a whole (hidden columns, merged headers), Indonesian"""
    row_numbers: tuple[int, ...] = ()
    """the number shown for rows[i] when it is not i + 1 (a CSV record spanning lines); empty: i + 1"""
    file_hash: str = ""
    """sha256 of the file as read"""

    @property
    def first_data_row(self) -> int:
        """0-based index into rows of the first row below the header."""
        return self.header_row + self.header_rows

    def row_number(self, index: int) -> int:
        """The number the spreadsheet or a text editor shows for rows[index]."""
        return self.row_numbers[index] if self.row_numbers else index + 1


@dataclass(frozen=True)
class Mapping:
    columns: tuple[str, ...]
    """one field key (or IGNORE) per header column"""
    monthly: frozenset[int] = frozenset()
    """indexes of money columns whose figures are per month (annual = 12 x)"""


@dataclass(frozen=True)
class RowResult:
    row_number: int
    status: Status
    message: str
    cells: tuple[object, ...]


@dataclass(frozen=True)
class DryRun:
    table: SheetTable
    mapping: Mapping
    rows: tuple[RowResult, ...]
    counts: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    batch_id: uuid.UUID | None
    """None when no row was imported: no batch is recorded"""
    counts: dict[str, int]
    imported: int
    rows: tuple[RowResult, ...] = ()
    """every row's verdict as the commit checked it (the same as a dry run at that moment)"""


@dataclass(frozen=True)
class ImportBatchInfo:
    id: uuid.UUID
    file_name: str
    sheet: str
    imported_at: datetime
    officer_name: str
    counts: dict[str, int]
    imported: int
    undone: bool


def empty_counts() -> dict[str, int]:
    return dict.fromkeys(STATUSES, 0)


__all__ = [
    "FIELDS",
    "FIELD_BY_KEY",
    "IGNORE",
    "STATUSES",
    "CancelFn",
    "DryRun",
    "ImportBatchInfo",
    "ImportCancelled",
    "ImportField",
    "ImportRefused",
    "ImportResult",
    "Mapping",
    "ProgressFn",
    "RowResult",
    "SheetTable",
    "Status",
    "empty_counts",
]

"""The dry-run report as .xlsx or .csv: baris, status and pesan, then the original cells under their headers, so
the officer can fix the rows in Excel and import the file again.

Both are written atomically (temporary name in the same folder, fsync, rename); the caller has asked before
replacing an existing file. The CSV is UTF-8 with a BOM, which Excel needs to show "é" and the like.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from umkm_desk.core.services.imports.model import DryRun

REPORT_COLUMNS = ("baris", "status", "pesan")
#: what the report's status column is coloured with in .xlsx
_FILLS = {"ok": "E2F0D9", "peringatan": "FFF2CC", "ditolak": "F8CBAD", "dilewati": "EDEDED"}


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` through a temporary file in the same folder (fsync, rename)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _header(dry: DryRun) -> list[str]:
    return [*REPORT_COLUMNS, *dry.table.headers]


def _records(dry: DryRun) -> Iterator[list[object]]:
    width = len(dry.table.headers)
    for row in dry.rows:
        cells = list(row.cells[:width]) + [None] * (width - len(row.cells[:width]))
        yield [row.row_number, row.status, row.message, *cells]


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.strftime("%d/%m/%Y")
            if value.time() == datetime.min.time()
            else value.strftime("%d/%m/%Y %H:%M")
        )
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def write_report_csv(dry: DryRun, path: Path) -> None:
    """baris,status,pesan and the original cells; UTF-8 with BOM, one line per row below the header."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_header(dry))
    for record in _records(dry):
        writer.writerow([_csv_value(v) for v in record])
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))


def write_report_xlsx(dry: DryRun, path: Path) -> None:
    """The same as :func:`write_report_csv` as a workbook: the status cell coloured, the header frozen."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Laporan impor"
    sheet.append(_header(dry))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    fills = {status: PatternFill("solid", fgColor=color) for status, color in _FILLS.items()}
    for record in _records(dry):
        sheet.append([_xlsx_value(v) for v in record])
        sheet.cell(sheet.max_row, 2).fill = fills[str(record[1])]
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, width in enumerate((7, 11, 70), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomic(path, buffer.getvalue())


def _xlsx_value(value: object) -> object:
    """A cell as written back: a long number (a NIK read from a numeric cell) as text, so Excel keeps all digits."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return str(value)
    if isinstance(value, str) and value.startswith("="):
        return "'" + value  # text that looks like a formula stays text
    return value

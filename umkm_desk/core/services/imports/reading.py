"""Open a spreadsheet (.xlsx) or a CSV file into a :class:`SheetTable`, refusing what cannot be read."""

from __future__ import annotations

from pathlib import Path

from umkm_desk.core.services.imports.model import SheetTable

MAX_FILE_BYTES = 100 * 1024 * 1024


def open_table(path: Path, *, sheet: str | None = None, header_row: int | None = None) -> SheetTable:
    raise NotImplementedError

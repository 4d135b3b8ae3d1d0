"""Find the header row below the title rows, and read the header texts (merged header cells included).

Office spreadsheets open with a title or two and an empty row; the header is the first row among the top
:data:`SCAN_ROWS` that names the most fields (at least :data:`MIN_FIELDS`). A header cell merged across several
columns ("Nama" over B:C) with sub-headers in the row below ("Usaha", "Pemilik") makes a two-row header whose
columns read "Nama Usaha" and "Nama Pemilik".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.cells import cell_text
from umkm_desk.core.services.imports.mapping import column_letter, field_for_header

SCAN_ROWS = 30
MIN_FIELDS = 2

#: a merged range as (first row, first column, last row, last column), 0-based and inclusive
Merged = tuple[int, int, int, int]


@dataclass(frozen=True)
class Header:
    row: int
    depth: int
    texts: tuple[str, ...]
    notices: tuple[str, ...]


def _text(value: object) -> str:
    try:
        return cell_text(value)
    except RuleError:  # an error cell (#REF!) in the header: a column without a name
        return ""


def _fields(row: Sequence[object]) -> set[str]:
    found = set()
    for value in row:
        if isinstance(value, str) and (key := field_for_header(value)) is not None:
            found.add(key)
    return found


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """The 0-based index of the header row, or None when no row among the top ones names two fields."""
    best, best_score = None, MIN_FIELDS - 1
    for index, row in enumerate(rows[:SCAN_ROWS]):
        score = len(_fields(row))
        if score > best_score:
            best, best_score = index, score
    return best


def _is_text_row(row: Sequence[object]) -> bool:
    """A row of short texts only (sub-headers), not a data row with numbers or dates."""
    filled = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    return bool(filled) and all(isinstance(v, str) and len(v) <= 60 for v in filled)


def read_header(
    rows: Sequence[Sequence[object]], header_row: int, width: int, merged: Sequence[Merged]
) -> Header:
    """The header texts of ``header_row`` (blank ones named "Kolom C"), as one or two rows."""
    top = list(rows[header_row]) + [None] * width
    spans = [m for m in merged if m[0] <= header_row <= m[2] and m[3] > m[1]]
    below = list(rows[header_row + 1]) + [None] * width if header_row + 1 < len(rows) else [None] * width
    under = {c for m in spans for c in range(m[1], m[3] + 1)}
    # sub-headers stand only under the merged cells (a data row fills the other columns too)
    filled = [c for c in range(width) if _text(below[c])]
    two_rows = (
        bool(spans) and _is_text_row(below[:width]) and bool(filled) and all(c in under for c in filled)
    )
    texts: list[str] = []
    notices: list[str] = []
    parents = {c: _text(top[m[1]]) for m in spans for c in range(m[1], m[3] + 1)}
    for column in range(width):
        text = _text(top[column])
        if two_rows:
            child = _text(below[column])
            parent = parents.get(column, text)
            text = f"{parent} {child}".strip() if column in parents else (text or child)
        elif column in parents and column != next(m[1] for m in spans if m[1] <= column <= m[3]):
            text = ""  # the merged cell's text belongs to its first column
        texts.append(text or f"Kolom {column_letter(column)}")
    if two_rows:
        ranges = ", ".join(f"{column_letter(m[1])}{m[0] + 1}:{column_letter(m[3])}{m[2] + 1}" for m in spans)
        notices.append(
            f"Judul kolom yang digabung ({ranges}) dibaca bersama sub-judul di baris {header_row + 2}."
        )
    return Header(header_row, 2 if two_rows else 1, tuple(texts), tuple(notices))

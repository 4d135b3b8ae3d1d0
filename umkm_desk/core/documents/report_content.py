"""The content of a periodic report: what both its PDF and its .xlsx show, cell for cell.

A report is a title, a period, the filters it was made with and one or more tables. A table's cells are typed
(text, counts, rupiah, dates, hours, percentages) so that the PDF formats them for reading and the workbook
keeps them as numbers and dates. Columns may say which question of the reports' query layer their numbers
count (``source``) and rows which of its dimensions pick their cell (``where``): the rows behind any number can
then be read back, and tests check that they are as many as the number says. The renderers ignore both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from umkm_desk.core.documents.content import Letterhead, Signatory

__all__ = ["CELL_KINDS", "CellValue", "ReportColumn", "ReportContent", "ReportRow", "ReportTable", "Where"]

CellValue = str | int | float | date | None
#: dimension name -> value, as pairs (hashable, ordered)
Where = tuple[tuple[str, object], ...]
#: text, count (whole number), money (whole rupiah), date, hours, percent (a share: 0.5 is 50 %)
CELL_KINDS = ("text", "count", "money", "date", "hours", "percent")


@dataclass(frozen=True)
class ReportColumn:
    title: str
    kind: str = "text"
    width: float = 1.0
    """Relative width in the PDF (the table fills the page width); the workbook sizes its columns from it."""
    total: bool = False
    """Summed in the totals row."""
    source: str | None = None
    """The question whose facts this column's numbers count or sum."""
    measure: str = "count"
    """"count", or the name of the measure summed."""
    where: Where = ()
    """Dimensions fixed for this column (e.g. the size class of a "Mikro" column)."""

    def __post_init__(self) -> None:
        if self.kind not in CELL_KINDS:
            raise ValueError(f"unknown cell kind {self.kind!r}")


@dataclass(frozen=True)
class ReportRow:
    cells: tuple[CellValue, ...]
    where: Where = ()
    """Dimensions that pick this row's cell in each column's question."""
    subtotal: bool = False
    """A subtotal of the rows above it (printed bold, left out of the totals row and the workbook's filter)."""


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[ReportRow, ...]
    totals_label: str | None = "Jumlah"
    """The first cell of the totals row; None: no totals row."""
    where: Where = ()
    """Dimensions fixed for the whole table (and its totals)."""
    note: str | None = None
    empty_text: str = "Tidak ada data pada periode ini."
    source: str | None = None
    """A detail table: each row is one fact of this question (its rows are the rows behind its count)."""

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row.cells) != len(self.columns):
                raise ValueError(f"{self.title}: a row has {len(row.cells)} cells for {len(self.columns)} columns")

    @property
    def has_totals(self) -> bool:
        return self.totals_label is not None and any(c.total for c in self.columns)

    def totals(self) -> tuple[CellValue, ...]:
        """The totals row: the label in the first column, each summed column's sum over the detail rows."""
        cells: list[CellValue] = []
        for index, column in enumerate(self.columns):
            if column.total:
                values = [row.cells[index] for row in self.rows if not row.subtotal]
                numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
                total: int | float = sum(numbers)
                cells.append(round(total, 2) if isinstance(total, float) else total)
            else:
                cells.append(None)
        if cells and cells[0] is None:
            cells[0] = self.totals_label
        return tuple(cells)


@dataclass(frozen=True)
class ReportContent:
    key: str
    """"rekap", "pendampingan", "mitra", "permodalan" or "naik-kelas"."""
    title: str
    """e.g. "Rekapitulasi UMKM Binaan"."""
    period_label: str
    """e.g. "Triwulan I 2026"."""
    tables: tuple[ReportTable, ...]
    letterhead: Letterhead
    signatory: Signatory
    place: str
    signed_on: date
    """The date above the signature (the day the report is made)."""
    filters: tuple[str, ...] = ()
    """Lines such as "Kecamatan: Serang"; empty when the report covers everything."""
    notes: tuple[str, ...] = ()
    """How the figures are counted, printed under the tables."""
    subtitle: str | None = None

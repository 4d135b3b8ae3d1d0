"""The outgoing-letter register as a table: fetched from the documents service page by page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import RegisterEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
VOID_COLOR = QColor("#c62828")
VALID_COLOR = QColor("#2e7d32")

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RegisterQuery:
    search: str = ""
    kind: str | None = None
    year: int | None = None


class RegisterModel(QAbstractTableModel):
    """Columns: Nomor, Jenis, Tanggal, UMKM, Penandatangan, Status. Rows arrive ``batch`` at a time
    (``canFetchMore``/``fetchMore``), so a register of many thousand letters opens at once."""

    COLUMNS = ("number", "kind", "date", "business", "signatory", "status")

    def __init__(self, ctx: ServiceContext, parent: Any = None, *, batch: int = 200) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch = batch
        self._query = RegisterQuery()
        self._rows: list[RegisterEntry] = []
        self._total = 0
        self._headers = (
            self.tr("Nomor"), self.tr("Jenis"), self.tr("Tanggal"), self.tr("UMKM"), self.tr("Penandatangan"),
            self.tr("Status"),
        )

    # --- loading ----------------------------------------------------------------------------------------

    def set_query(self, query: RegisterQuery) -> None:
        self._query = query
        self.refresh()

    def query(self) -> RegisterQuery:
        return self._query

    def refresh(self) -> None:
        q = self._query
        self.beginResetModel()
        self._total = documents.count_register(self.ctx, search=q.search or None, kind=q.kind, year=q.year)
        self._rows = documents.list_register(
            self.ctx, search=q.search or None, kind=q.kind, year=q.year, limit=self.batch, offset=0
        )
        self.endResetModel()

    def total(self) -> int:
        """How many documents match the query (not just the rows fetched so far)."""
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        q = self._query
        more = documents.list_register(
            self.ctx, search=q.search or None, kind=q.kind, year=q.year, limit=self.batch, offset=len(self._rows)
        )
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- access -----------------------------------------------------------------------------------------

    def entry(self, row: int) -> RegisterEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, document_id: object) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == document_id:
                return row
        return -1

    # --- Qt model API -----------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.voided:
                return self.tr("Dibatalkan: {reason}").format(reason=entry.void_reason or "")
            if column == "number":
                return self.tr("Kode verifikasi: {code}").format(code=entry.verification_code)
            return self._display(entry, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(VOID_COLOR if entry.voided else VALID_COLOR)
        if role == Qt.ItemDataRole.FontRole and entry.voided and column == "number":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, entry: RegisterEntry, column: str) -> str:
        if column == "number":
            return entry.number
        if column == "kind":
            return entry.kind_label
        if column == "date":
            return format_tanggal(entry.issued_on)
        if column == "business":
            return entry.business_name
        if column == "signatory":
            return entry.signatory_name
        if column == "status":
            return self.tr("Dibatalkan") if entry.voided else self.tr("Berlaku")
        return ""

"""The dry run's rows for the import wizard: one line per spreadsheet row (row number, status, business name,
message), filtered by status; and how a raw spreadsheet cell is shown on screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from umkm_desk.core.services.imports import STATUSES, RowResult
from umkm_desk.gui import labels
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.theme import ERROR, MUTED

_tr = translator("ImportResults")

#: the role that holds the row's RowResult
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLORS = {"ok": "#2e7d32", "peringatan": "#a15c00", "ditolak": ERROR, "dilewati": MUTED}
_CELL_LIMIT = 200


def status_labels() -> dict[str, str]:
    """What the wizard shows for each status code (the report files keep the codes themselves)."""
    return {
        "ok": _tr("OK"),
        "peringatan": _tr("Peringatan"),
        "ditolak": _tr("Ditolak"),
        "dilewati": _tr("Dilewati"),
    }


def cell_text(value: object, limit: int = _CELL_LIMIT) -> str:
    """A raw cell as an officer reads it: empty for nothing (never "None"), whole numbers without ".0",
    decimals with a comma, dates spelled out."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = _tr("BENAR") if value else _tr("SALAH")
    elif isinstance(value, datetime):
        text = labels.long_date(value.date())
        if (value.hour, value.minute) != (0, 0):
            text += f" {value:%H.%M}"
    elif isinstance(value, date):
        text = labels.long_date(value)
    elif isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            text = str(int(value))
        else:
            text = repr(value).replace(".", ",")
    else:
        text = str(value)
    text = " ".join(text.split())  # a line break inside a cell would make a tall row
    return text if len(text) <= limit else text[: limit - 1] + "…"


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (as Excel names its columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ImportResultsModel(QAbstractTableModel):
    """Rows of a dry run; :meth:`set_status` shows only one status (None: all)."""

    ROW, STATUS, NAME, MESSAGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowResult] = []
        self._shown: list[RowResult] = []
        self._status: str | None = None
        self._name_column: int | None = None
        self._labels = status_labels()
        self._colors = {code: QColor(color) for code, color in STATUS_COLORS.items()}

    def set_results(self, rows: Sequence[RowResult], name_column: int | None) -> None:
        """``name_column``: the index of the cell that holds the business name (shown beside the row number)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._name_column = name_column
        self._apply()
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([], None)

    def set_status(self, status: str | None) -> None:
        if status is not None and status not in STATUSES:
            raise ValueError(status)
        self.beginResetModel()
        self._status = status
        self._apply()
        self.endResetModel()

    def status(self) -> str | None:
        return self._status

    def _apply(self) -> None:
        status = self._status
        self._shown = self._rows if status is None else [r for r in self._rows if r.status == status]

    def result(self, row: int) -> RowResult:
        return self._shown[row]

    def name_of(self, result: RowResult) -> str:
        column = self._name_column
        if column is None or column >= len(result.cells):
            return ""
        return cell_text(result.cells[column], 80)

    # --- Qt model -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("Baris"), _tr("Status"), _tr("Nama usaha"), _tr("Pesan"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        result = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ROW:
                return str(result.row_number)
            if column == self.STATUS:
                return self._labels[result.status]
            if column == self.NAME:
                return self.name_of(result)
            return " ".join(result.message.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE and result.message:
            return result.message
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return self._colors[result.status]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RESULT_ROLE:
            return result
        return None

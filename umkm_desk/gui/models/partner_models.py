"""Table models of the Mitra page: partners, agreements, work plans, placements, target vs realisasi.

Each model holds the view rows a service returned (small lists: a city has tens of partners) and maps them to
columns. Extra roles carry what delegates paint: :data:`BADGE_ROLE` a (text, background, foreground) pill,
:data:`PROGRESS_ROLE` a percentage (or None), and :data:`ID_ROLE` the row's id for actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.rules.phone import format_phone
from umkm_desk.core.services.partners.partners import AgreementView, PartnerRow, PlacementView, WorkPlanView
from umkm_desk.core.services.partners.realisation import RealisationRow
from umkm_desk.gui import labels
from umkm_desk.gui.kit.translate import translator

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4

# (background, foreground) of status pills
GREEN = ("#e3f4e8", "#1e7b3c")
AMBER = ("#fff1d6", "#9a5b00")
RED = ("#fde4e4", "#b42318")
BLUE = ("#e3edfc", "#24539e")
GREY = ("#eceff3", "#5b6b80")
ARCHIVED_TEXT = QColor("#8a97a8")

_Index = QModelIndex | QPersistentModelIndex


_tr = translator("PartnerModels")


def partner_kind_labels() -> dict[str, str]:
    return {
        "ptn": _tr("Perguruan Tinggi Negeri"),
        "pts": _tr("Perguruan Tinggi Swasta"),
        "zakat": _tr("BAZNAS/LAZ"),
        "opd": _tr("OPD"),
        "lainnya": _tr("Lainnya"),
    }


def partner_kind_short_labels() -> dict[str, str]:
    return {"ptn": _tr("PTN"), "pts": _tr("PTS"), "zakat": _tr("BAZNAS/LAZ"), "opd": _tr("OPD"), "lainnya": _tr("Lainnya")}


def agreement_kind_labels() -> dict[str, str]:
    return {"mou": _tr("MoU"), "pks": _tr("PKS")}


def stage_labels() -> dict[str, str]:
    return labels.stages()


def agreement_state_badge(state: str | None) -> tuple[str, str, str] | None:
    badges = {
        "berlaku": (_tr("Berlaku"), *GREEN),
        "segera_berakhir": (_tr("Segera berakhir"), *AMBER),
        "kedaluwarsa": (_tr("Kedaluwarsa"), *RED),
    }
    return badges.get(state or "")


def placement_status_badge(status: str) -> tuple[str, str, str]:
    return {
        "bertugas": (_tr("Bertugas"), *GREEN),
        "akan_datang": (_tr("Akan datang"), *BLUE),
        "selesai": (_tr("Selesai"), *GREY),
    }[status]


def format_percent(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}%" if value >= 10 or value == 0 else f"{value:.1f}%".replace(".", ",")


R = TypeVar("R")


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    badge: Callable[[R], tuple[str, str, str] | None] | None = None
    progress: Callable[[R], float | None] | None = None
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of frozen view rows; ``set_rows`` swaps the whole list."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:  # noqa: ANN401 - QObject | None
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self.rows[row]

    def row_of_id(self, row_id: object) -> int:
        return next((i for i, r in enumerate(self.rows) if getattr(r, "id", None) == row_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: ANN401 - Qt variant
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def is_archived(self, row: R) -> bool:
        return bool(getattr(row, "archived", False))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401 - Qt variant
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            badge = column.badge(row) if column.badge else None
            return badge[0] if badge else column.text(row)
        if role == BADGE_ROLE:
            return column.badge(row) if column.badge else None
        if role == PROGRESS_ROLE:
            return column.progress(row) if column.progress else None
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and self.is_archived(row):
            return ARCHIVED_TEXT
        if role == Qt.ItemDataRole.FontRole and self.is_archived(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None


RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter


def _archived_suffix(row: Any) -> str:  # noqa: ANN401
    return _tr(" (arsip)") if getattr(row, "archived", False) else ""


def phone_display(e164: str) -> str:
    try:
        return format_phone(e164) if e164 else ""
    except ValueError:
        return e164


class PartnerTableModel(RowTableModel[PartnerRow]):
    def __init__(self, parent: Any = None) -> None:  # noqa: ANN401
        kinds, short = partner_kind_labels(), partner_kind_short_labels()
        super().__init__(
            [
                Column(_tr("Nama mitra"), lambda r: r.name + _archived_suffix(r),
                       tooltip=lambda r: r.name + (_tr(" · data contoh") if r.is_example else "")),
                Column(_tr("Jenis"), lambda r: short.get(r.kind, r.kind), tooltip=lambda r: kinds.get(r.kind, "")),
                Column(_tr("Perjanjian"), lambda r: _tr("Belum ada"),
                       badge=lambda r: agreement_state_badge(r.agreement_state)),
            ],
            parent,
        )


class AgreementTableModel(RowTableModel[AgreementView]):
    def __init__(self, today: date | None = None, parent: Any = None) -> None:  # noqa: ANN401
        self.today = today
        kinds, stages = agreement_kind_labels(), stage_labels()
        super().__init__(
            [
                Column(_tr("Jenis"), lambda r: kinds.get(r.kind, r.kind)),
                Column(_tr("Nomor"), lambda r: r.number + _archived_suffix(r), tooltip=lambda r: r.title),
                Column(_tr("Perihal"), lambda r: r.title),
                Column(_tr("Ditandatangani"), lambda r: format_tanggal(r.signed_on)),
                Column(_tr("Berlaku sampai"), lambda r: format_tanggal(r.valid_until)),
                Column(_tr("Tahap yang dicakup"), lambda r: ", ".join(stages[s] for s in r.stages)),
                Column(_tr("Status"), lambda r: "", badge=lambda r: agreement_state_badge(r.state)),
            ],
            parent,
        )


class WorkPlanTableModel(RowTableModel[WorkPlanView]):
    def __init__(self, parent: Any = None) -> None:  # noqa: ANN401
        stages = stage_labels()
        super().__init__(
            [
                Column(_tr("Tahun"), lambda r: str(r.year) + _archived_suffix(r)),
                Column(_tr("Tahap"), lambda r: stages.get(r.stage, r.stage)),
                Column(_tr("Kuota"), lambda r: _tr("{n} UMKM").format(n=r.quota), align=RIGHT),
                Column(_tr("Anggaran"), lambda r: format_rupiah(r.budget) if r.budget else "–", align=RIGHT),
                Column(_tr("Catatan"), lambda r: r.notes),
            ],
            parent,
        )


class PlacementTableModel(RowTableModel[PlacementView]):
    def __init__(self, today: date | None = None, parent: Any = None) -> None:  # noqa: ANN401
        self.today = today or date.today()
        super().__init__(
            [
                Column(_tr("Kelompok"), lambda r: r.group_name + _archived_suffix(r)),
                Column(_tr("Periode"),
                       lambda r: f"{format_tanggal(r.period_start)} – {format_tanggal(r.period_end)}"),
                Column(_tr("Kelurahan"), lambda r: ", ".join(r.kelurahan_names),
                       tooltip=lambda r: "\n".join(r.kelurahan_names)),
                Column(_tr("DPL"), lambda r: r.supervisor),
                Column(_tr("Mahasiswa"), lambda r: str(r.students) if r.students else "–", align=RIGHT),
                Column(_tr("Status"), lambda r: "", badge=lambda r: placement_status_badge(r.status(self.today))),
            ],
            parent,
        )


class RealisationTableModel(RowTableModel[RealisationRow]):
    """Target vs realisasi of one partner (or all partners, with ``show_partner``) for one year."""

    def __init__(self, *, show_partner: bool = False, parent: Any = None) -> None:  # noqa: ANN401
        stages = stage_labels()
        columns: list[Column[RealisationRow]] = []
        if show_partner:
            columns.append(Column(_tr("Mitra"), lambda r: r.partner_name))
        columns += [
            Column(_tr("Tahap"), lambda r: stages.get(r.stage, r.stage)),
            Column(_tr("Target"), lambda r: _tr("{n} UMKM").format(n=r.quota) if r.quota is not None
                   else _tr("tanpa rencana"), align=RIGHT),
            Column(_tr("Realisasi"), lambda r: _tr("{n} UMKM").format(n=r.realised), align=RIGHT),
            Column(_tr("Capaian"), lambda r: format_percent(r.percent), progress=lambda r: r.percent),
            Column(_tr("Anggaran"), lambda r: format_rupiah(r.budget) if r.budget else "–", align=RIGHT),
            Column(_tr("Dana dicairkan"), lambda r: format_rupiah(r.disbursed) if r.disbursed else "–", align=RIGHT),
        ]
        super().__init__(columns, parent)

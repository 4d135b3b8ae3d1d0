"""Table models and labels for the case screens (Pendampingan, Beranda, case view).

:class:`CaseTableModel` shows one group of the Pendampingan board and fetches rows page by page from
``case_board.board_rows`` as the view scrolls (``canFetchMore``/``fetchMore``), so a group of 100,000 cases
opens instantly. Overdue follow-ups are red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from umkm_desk.core import labels as core
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.services.cases.activities import ActivityView
from umkm_desk.core.services.cases.capital import RepaymentView, SupportView
from umkm_desk.core.services.cases.case_board import BoardFilter, CaseRow, GroupKey, board_rows
from umkm_desk.core.services.cases.outcomes import OutcomeView
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.labels import label, short_date, stages
from umkm_desk.gui.workers import Loader

Index = QModelIndex | QPersistentModelIndex
OVERDUE_FG = QColor("#b71c1c")
OVERDUE_BG = QColor("#fdecea")
ROW_ID_ROLE = Qt.ItemDataRole.UserRole


tr = translator("case_models")


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: QCoreApplication.translate("labels", text) for code, text in table.items()}


def stage_labels() -> dict[str, str]:
    return stages()


def stage_status_labels() -> dict[str, str]:
    return _translated(core.STAGE_STATUS)


def case_status_labels() -> dict[str, str]:
    return _translated(core.CASE_STATUS)


def activity_kinds() -> dict[str, str]:
    return _translated(core.ACTIVITY_KINDS)


def market_kinds() -> dict[str, str]:
    return _translated(core.MARKET_KINDS)


def capital_kinds() -> dict[str, str]:
    return _translated(core.CAPITAL_KINDS)


def capital_statuses() -> dict[str, str]:
    return _translated(core.CAPITAL_STATUS)


def scale_labels() -> dict[str, str]:
    return _translated(core.SCALES)


def group_title(group: GroupKey) -> str:
    column, status = group
    if column == "ready":
        return tr("Siap ditutup")
    if column == "closed":
        return label(case_status_labels(), status)
    return label(stage_status_labels(), status)


def activity_title(kind: str, market_kind: str | None) -> str:
    return activity_titler()(kind, market_kind)


def activity_titler() -> Callable[[str, str | None], str]:
    """activity_title with the kinds translated once, for a list of many activities (Beranda fills 300 rows)."""
    kinds, markets = activity_kinds(), market_kinds()

    def title(kind: str, market_kind: str | None) -> str:
        text = label(kinds, kind)
        if market_kind:
            text += f" ({label(markets, market_kind)})"
        return text

    return title


STAGE_COLORS = {"belum": "#6b7a8f", "berjalan": "#2f6fdb", "selesai": "#2e7d32", "dilewati": "#9a6b00"}
CASE_COLORS = {"aktif": "#2f6fdb", "selesai": "#2e7d32", "naik_kelas": "#1b5e20", "dihentikan": "#9a3412"}


class _ListModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses give headers and a cell function."""

    def __init__(self, parent: Any = None) -> None:  # noqa: ANN401 - QObject parent
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:  # noqa: ANN401 - row dataclass
        raise NotImplementedError

    def row_id(self, row: Any) -> object:  # noqa: ANN401 - row dataclass
        return getattr(row, "id", None)

    def foreground(self, row: Any) -> QColor | None:  # noqa: ANN401 - row dataclass
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:  # noqa: ANN401 - row dataclass
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401, N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(row, index.column()) or None
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(row)
            return QBrush(color) if color is not None else None
        return None


class CaseTableModel(QAbstractTableModel):
    """One board group, fetched in pages of ``page_size`` rows."""

    def __init__(
        self, ctx: ServiceContext, parent: Any = None, *, page_size: int = 200,  # noqa: ANN401
        loader: Loader | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self._rows: list[CaseRow] = []
        self._filter = BoardFilter()
        self._group: GroupKey | None = None
        self._total = 0
        self._today = date.today()
        self._fetch: Callable[..., list[CaseRow]] = board_rows
        #: with a loader, further pages are fetched in the background (scrolling never blocks the window)
        self._loader = loader
        self._generation = 0
        self._fetching = False

    # len(headers()): Qt asks for the column count hundreds of times a repaint, translating the titles each
    # time cost about 25 ms per board drawn
    COLUMN_COUNT = 11

    def headers(self) -> list[str]:
        return [tr("UMKM"), tr("Pemilik"), tr("Kelurahan"), tr("Kecamatan"), tr("Tahap"), tr("Status"),
                tr("Mitra"), tr("Petugas"), tr("Dibuka"), tr("Kegiatan terakhir"), tr("Tindak lanjut")]

    def load(self, f: BoardFilter, group: GroupKey | None, total: int) -> None:
        """Fetch the first page now (on the calling thread) and show it."""
        today = date.today()
        rows = self._fetch(self.ctx, f, group, offset=0, limit=self.page_size, today=today)
        self.show_rows(f, group, total, rows, today)

    def show_rows(self, f: BoardFilter, group: GroupKey | None, total: int, rows: list[CaseRow],
                  today: date) -> None:
        """Show a first page fetched elsewhere (in a background load) with ``f``, ``group`` and ``today``."""
        self.beginResetModel()
        self._generation += 1
        self._fetching = False
        self._filter, self._group, self._total, self._today = f, group, total, today
        self._rows = list(rows)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._fetching:
            return
        f, group, offset, today = self._filter, self._group, len(self._rows), self._today
        if self._loader is None:
            self._append(self._generation, self._fetch(self.ctx, f, group, offset=offset, limit=self.page_size,
                                                       today=today))
            return
        self._fetching = True
        generation, fetch, ctx, size = self._generation, self._fetch, self.ctx, self.page_size
        self._loader.load(lambda: fetch(ctx, f, group, offset=offset, limit=size, today=today),
                          lambda more: self._append(generation, more), lambda _exc: self._append(generation, []))

    def is_fetching(self) -> bool:
        return self._fetching

    def _append(self, generation: int, more: list[CaseRow]) -> None:
        if generation != self._generation:  # the model was reset (new filter or group) meanwhile
            return
        self._fetching = False
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401, N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def _cell(self, r: CaseRow, column: int) -> str:
        if column == 0:
            return r.business_name
        if column == 1:
            return r.owner_name
        if column == 2:
            return r.kelurahan_name
        if column == 3:
            return r.kecamatan_name
        if column == 4:
            if r.group[0] == "closed":
                return tr("Ditutup")
            return label(stage_labels(), r.stage_kind)
        if column == 5:
            if r.group[0] == "closed":
                return label(case_status_labels(), r.case_status)
            if r.group[0] == "ready":
                return tr("Siap ditutup")
            return label(stage_status_labels(), r.stage_status)
        if column == 6:
            return r.partner_name or "–"
        if column == 7:
            return r.officer_name or "–"
        if column == 8:
            return short_date(r.opened_on)
        if column == 9:
            return short_date(r.last_activity_on) or "–"
        if column == 10:
            if r.group[0] == "closed":
                return tr("ditutup {date}").format(date=short_date(r.closed_on))
            if r.next_follow_up is None:
                return "–"
            text = short_date(r.next_follow_up)
            return tr("{date} (terlambat)").format(date=text) if r.overdue else text
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        if role == ROW_ID_ROLE:
            return r.case_id
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.overdue:
                return tr("Tindak lanjut terlambat sejak {date}").format(date=short_date(r.next_follow_up))
            return self._cell(r, index.column()) or None
        return None


class ActivityTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [tr("Tanggal"), tr("Kegiatan"), tr("Tahap"), tr("Lama"), tr("Mentor / mahasiswa"), tr("Orang"),
                tr("Catatan"), tr("Tindak lanjut")]

    def cell(self, a: ActivityView, column: int) -> str:
        if column == 0:
            return short_date(a.held_on)
        if column == 1:
            return activity_title(a.kind, a.market_kind)
        if column == 2:
            return label(stage_labels(), a.stage_kind) or tr("Umum")
        if column == 3:
            return tr("{n} jam").format(n=f"{a.hours:g}".replace(".", ",")) if a.hours else "–"
        if column == 4:
            return " · ".join(p for p in (a.mentor, a.students) if p) or "–"
        if column == 5:
            return str(a.people_count) if a.people_count else "–"
        if column == 6:
            return (a.notes or "").replace("\n", " ")
        if column == 7:
            if a.follow_up_on is None:
                return "–"
            if a.follow_up_done:
                return tr("{date} (selesai)").format(date=short_date(a.follow_up_on))
            if a.follow_up_overdue:
                return tr("{date} (terlambat)").format(date=short_date(a.follow_up_on))
            return short_date(a.follow_up_on)
        return ""

    def foreground(self, a: ActivityView) -> QColor | None:
        return OVERDUE_FG if a.follow_up_overdue else None


class SupportTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [tr("Jenis"), tr("Sumber"), tr("Jumlah"), tr("Status"), tr("Diajukan"), tr("Disetujui"),
                tr("Dicairkan"), tr("Sisa pinjaman")]

    def cell(self, s: SupportView, column: int) -> str:
        values = [
            label(capital_kinds(), s.kind),
            s.partner_name or "–",
            format_rupiah(s.amount),
            label(capital_statuses(), s.status),
            short_date(s.applied_on),
            short_date(s.approved_on) or ("–" if s.status != "ditolak" else tr("ditolak {date}").format(
                date=short_date(s.rejected_on))),
            short_date(s.disbursed_on) or "–",
            format_rupiah(s.outstanding) if s.outstanding is not None else "–",
        ]
        return values[column] if 0 <= column < len(values) else ""


class RepaymentTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [tr("Angsuran"), tr("Jatuh tempo"), tr("Tagihan"), tr("Dibayar"), tr("Tanggal bayar"), tr("Keadaan")]

    def cell(self, r: RepaymentView, column: int) -> str:
        states = {"lunas": tr("Lunas"), "sebagian": tr("Sebagian"), "terlambat": tr("Terlambat"), "belum": tr("Belum")}
        values = [
            tr("ke-{n}").format(n=r.seq),
            short_date(r.due_on),
            format_rupiah(r.amount_due),
            format_rupiah(r.amount_paid) if r.amount_paid else "–",
            short_date(r.paid_on) or "–",
            states[r.state],
        ]
        return values[column] if 0 <= column < len(values) else ""

    def foreground(self, r: RepaymentView) -> QColor | None:
        return OVERDUE_FG if r.state == "terlambat" else None


class OutcomeTableModel(_ListModel):
    def headers(self) -> list[str]:
        return [tr("Tanggal"), tr("Omzet per tahun"), tr("Modal usaha"), tr("Tenaga kerja"), tr("Skala"),
                tr("Legalitas"), tr("Pasar"), tr("Keterangan")]

    def cell(self, o: OutcomeView, column: int) -> str:
        legal = [name for flag, name in (("nib_obtained", "NIB"), ("halal_obtained", tr("Halal")),
                                         ("pirt_obtained", "PIRT"), ("merek_obtained", tr("Merek")))
                 if getattr(o, flag)]
        markets = [name for flag, name in (("market_marketplace", tr("Marketplace")),
                                           ("market_modern_retail", tr("Ritel modern")),
                                           ("market_export", tr("Ekspor"))) if getattr(o, flag)]
        scale = label(scale_labels(), o.scale)
        if o.naik_kelas:
            scale = tr("{scale} (naik kelas)").format(scale=scale)
        note = tr("Pengukuran awal") if o.is_baseline else (o.notes or "")
        values = [short_date(o.measured_on), format_rupiah(o.annual_sales), format_rupiah(o.modal_usaha),
                  str(o.workers), scale, ", ".join(legal) or "–", ", ".join(markets) or "–", note]
        return values[column] if 0 <= column < len(values) else ""

    def foreground(self, o: OutcomeView) -> QColor | None:
        return QColor("#1b5e20") if o.naik_kelas else None

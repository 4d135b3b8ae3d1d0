"""The UMKM list as a lazy table model: it holds only the row keys, in display order, and reads display values a
page at a time when the view asks for a row it has not seen (as Anki's browser table does). Sorting and filtering
happen in SQL (services.business_query); there is never one ORM object or one widget per row.

A refresh reads only the first keys and the number of rows (``business_head``): that is what a search keystroke
has to draw. The other keys are read, whole, the first time a row past them is asked for (scrolling down); a
jump to the end (Ctrl+End) reads only the last keys, as the head of the reversed order, where that order is the
exact reverse (sorts without empty values or ranks).
On the office server a broad search is counted only so far (``KeyHead.exact``): the page says "Lebih dari ..." and
the model counts the whole list in the background, adding the rows past the head when the number is in.
Each row's cells (text, colour, font) are formatted once, when the row is first shown; the list is drawn a row at a
time from them (``row_look``, gui.kit.row_painter). Anything that asks the view for a cell's roles gets all of
them in one ``multiData`` call."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_query import (
    SORT_KEYS,
    BusinessFilter,
    BusinessRow,
    business_head,
    business_keys,
    business_rows,
    count_matches,
    warm_search,
)
from umkm_desk.gui import labels
from umkm_desk.gui.workers import Loader

Index = QModelIndex | QPersistentModelIndex
# a cell as drawn: its text, its colour (None: the theme's) and its font (None: the view's)
Look = tuple[str, QColor | None, QFont | None]
# sorts whose descending order is the ascending one reversed (no empty values kept last, no ranked codes)
_REVERSIBLE = frozenset({"name", "owner", "kelurahan", "kecamatan", "sector"})
log = logging.getLogger(__name__)

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("BusinessTableModel", "Nama usaha")),
    ("owner", QT_TRANSLATE_NOOP("BusinessTableModel", "Pemilik")),
    ("nik", QT_TRANSLATE_NOOP("BusinessTableModel", "NIK")),
    ("kelurahan", QT_TRANSLATE_NOOP("BusinessTableModel", "Kelurahan")),
    ("kecamatan", QT_TRANSLATE_NOOP("BusinessTableModel", "Kecamatan")),
    ("sector", QT_TRANSLATE_NOOP("BusinessTableModel", "Sektor")),
    ("scale", QT_TRANSLATE_NOOP("BusinessTableModel", "Skala")),
    ("stage", QT_TRANSLATE_NOOP("BusinessTableModel", "Tahap")),
    ("partner", QT_TRANSLATE_NOOP("BusinessTableModel", "Mitra")),
    ("last_activity", QT_TRANSLATE_NOOP("BusinessTableModel", "Kegiatan terakhir")),
)
assert tuple(key for key, _ in COLUMNS) == SORT_KEYS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2
_MUTED = QColor(110, 110, 110)
# plain ints: comparing a role with an enum member costs more than the rest of a cell
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_HORIZONTAL = Qt.Orientation.Horizontal
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ID = int(ID_ROLE)
_ARCHIVED = int(ARCHIVED_ROLE)
_NIK_COLUMN = 2
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class BusinessTableModel(QAbstractTableModel):
    """Row keys of the current query; display rows fetched ``PAGE`` at a time and cached (up to a limit)."""

    PAGE = 50  # two screens of rows: the first paint after a keystroke reads one page
    #: keys read by a refresh; the rest of a longer list is read when a row past them is first asked for
    HEAD = 8 * PAGE
    MAX_CACHED = 80 * PAGE
    # how long after a refresh whose count was cut short the whole count starts (typing pauses are longer)
    COUNT_DELAY_MS = 300
    #: emitted after every refresh with the number of rows and whether it is exact (False: "more than"), and
    #: again with the exact number when a count cut short has been completed
    counted = Signal(int, bool)

    def __init__(self, ctx: ServiceContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = BusinessFilter()
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: list[object] = []
        self._total = 0  # rows of the query; more than len(self._keys) until the keys past the head are read
        self._all_read = True  # every key of the query is in self._keys (or has been asked for)
        self._tail: list[object] = []  # keys of the last rows, read before the ones between (a jump to the end)
        self._exact = True  # False: the query has more rows than self._total, being counted in the background
        self._generation = 0  # one per refresh: a count that comes back after the next refresh is dropped
        self._counter = Loader(self)
        # the whole count starts when the officer pauses: a count per keystroke would only compete with the next
        # keystroke's head for the server
        self._count_later = QTimer(self)
        self._count_later.setSingleShot(True)
        self._count_later.setInterval(self.COUNT_DELAY_MS)
        self._count_later.timeout.connect(self._count_whole)
        self._queried = False  # no query before the page first asks (setSortingEnabled sorts at once)
        self._warmed = False  # the search statements prepared (warm_up)
        self._cache: dict[object, BusinessRow] = {}
        # each cached row's cells, formatted: (text, colour or None, font or None) per column
        self._looks: dict[object, tuple[Look, ...]] = {}
        self._fetched_pages: set[int] = set()
        #: the database's data stamp when the cached rows began to be read (None: keep none across queries)
        self._rows_stamp: object = None
        self._headers = [self.tr(title) for _, title in COLUMNS]
        self._sectors = labels.sectors()
        self._scales = labels.scales()
        self._stages = labels.stages()
        self._nik_missing = self.tr("NIK belum ada")
        self._deleted = self.tr("(sudah tidak ada)")
        self._nik_tooltip = self.tr("Pemilik belum punya NIK atau NIK belum dicatat.")
        self._italic = QFont()
        self._italic.setItalic(True)
        # a row deleted since its key was read
        self._gone_look: tuple[Look, ...] = tuple((self._deleted if c == 0 else "", None, None)
                                                  for c in range(len(COLUMNS)))

    # --- query --------------------------------------------------------------------------------------

    @property
    def filter(self) -> BusinessFilter:
        return self._filter

    def set_filter(self, flt: BusinessFilter) -> None:
        self._filter = flt
        self.refresh(keep_rows=True)

    def sort_key(self) -> tuple[str, bool]:
        return COLUMNS[self._sort_column][0], self._sort_order == Qt.SortOrder.DescendingOrder

    def refresh(self, *, keep_rows: bool = False, resorted: bool = False) -> None:
        """Run the query again (after a filter change, a sort or a write) and drop the cached rows.

        ``keep_rows`` (a new search or order): the rows already read are kept when the data cannot have changed
        since (the same data stamp; a server database has none, so there they are read again). Typing a name
        narrows the list to rows mostly read for the letter before, so the page after a keystroke reads only
        the businesses new to it. ``resorted``: only the order changed, so the number of rows is the one just
        read (a colleague's change refreshes the list again through the change feed)."""
        sort, descending = self.sort_key()
        stamp = self.ctx.db.data_stamp()
        known = self._total if resorted and self._exact and self._queried else None
        head = business_head(self.ctx, self._filter, sort=sort, descending=descending, limit=self.HEAD,
                             known_total=known)
        self._queried = True
        self._generation += 1
        self.beginResetModel()
        self._keys = head.keys
        self._tail = []
        self._exact = head.exact
        # not counted whole: only the head's rows for now (the view must not ask for rows that may not exist)
        self._total = head.total if head.exact else len(head.keys)
        self._all_read = head.exact and len(head.keys) >= head.total
        if not (keep_rows and stamp is not None and stamp == self._rows_stamp):
            self._cache.clear()
            self._looks.clear()
            self._rows_stamp = stamp
        self._fetched_pages.clear()
        self.endResetModel()
        self.counted.emit(head.total, head.exact)
        if head.exact:
            self._count_later.stop()
        else:
            self._count_later.start()

    def warm_up(self) -> None:
        """Prepare the search statements (once), so that the first search costs what the next ones do; the page
        calls it when the officer starts typing, while the search waits for the typing to pause."""
        if self._warmed:
            return
        self._warmed = True
        try:
            warm_search(self.ctx)
        except Exception:  # only a head start: the search itself reports what is wrong
            log.warning("preparing the search statements failed", exc_info=True)

    def _count_whole(self) -> None:
        if self._exact:
            return
        generation, flt = self._generation, self._filter
        self._counter.load(lambda: count_matches(self.ctx, flt),
                           lambda count: self._counted_whole(generation, count),
                           self._count_failed)

    def counting(self) -> bool:
        """Whether the number of rows is still to be counted (the page said "more than")."""
        return not self._exact

    def _count_failed(self, error: BaseException) -> None:
        # the list keeps its head and "more than"; the next refresh (a keystroke, a colleague's change) counts again
        log.warning("counting the UMKM list in the background failed", exc_info=error)

    def _counted_whole(self, generation: int, count: int) -> None:
        """The whole count of a list whose head said "more than": its rows past the head are added (their keys
        are read when the view first asks for one of them)."""
        if generation != self._generation or self._exact:
            return
        self._exact = True
        if count < self._total:  # businesses archived meanwhile: read the list again
            self.refresh()
            return
        if count > self._total:
            self.beginInsertRows(QModelIndex(), self._total, count - 1)
            self._total = count
            self.endInsertRows()
        self.counted.emit(count, True)

    def _read_all_keys(self) -> None:
        """Read the keys past the head (the whole query again), once per refresh. Should the list have changed
        since the head was read (a business edited on another page that moves it in this order), the rows keep
        their number for now and the model refreshes as soon as control returns to the event loop: a reset in
        the middle of the view's painting is not allowed."""
        sort, descending = self.sort_key()
        keys = business_keys(self.ctx, self._filter, sort=sort, descending=descending)
        if len(keys) != self._total or keys[: len(self._keys)] != self._keys:
            QTimer.singleShot(0, self.refresh)
        self._keys = keys[: self._total]
        self._tail = []
        self._all_read = True
        self._fetched_pages.clear()  # a page read with the head alone may have had fewer keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._keys:
            return
        self._sort_column, self._sort_order = column, order
        if self._queried:
            self.refresh(keep_rows=True, resorted=True)

    # --- rows ---------------------------------------------------------------------------------------

    def business_id(self, row: int) -> uuid.UUID | None:
        found = self.row_data(row)
        return found.id if found else None

    def row_data(self, row: int) -> BusinessRow | None:
        if not 0 <= row < self._total:
            return None
        key = self._key_at(row)
        if key is None:
            if self._all_read:
                return None
            if not self._tail and self._exact and row >= self._total - self.HEAD and self.sort_key()[0] in _REVERSIBLE:
                self._read_tail()
                key = self._key_at(row)
            if key is None:
                self._read_all_keys()
                key = self._key_at(row)
            if key is None:
                return None
        found = self._cache.get(key)
        if found is None and row // self.PAGE not in self._fetched_pages:
            self._fetch_page(row // self.PAGE)
            found = self._cache.get(key)
        return found

    def _key_at(self, row: int) -> object | None:
        if row < len(self._keys):
            return self._keys[row]
        start = self._total - len(self._tail)
        return self._tail[row - start] if self._tail and row >= start else None

    def _read_tail(self) -> None:
        """The keys of the last rows: the head of the reversed order (one short query, as a keystroke's), not
        every key before them. A list changed since its head was read is refreshed as in _read_all_keys (the server
        takes the known number instead of counting the whole list again: there the change feed refreshes it)."""
        sort, descending = self.sort_key()
        head = business_head(self.ctx, self._filter, sort=sort, descending=not descending, limit=self.HEAD,
                             known_total=self._total)
        if head.exact and head.total != self._total:
            QTimer.singleShot(0, self.refresh)
        self._tail = list(reversed(head.keys[: self._total]))
        self._fetched_pages.clear()  # a page read before may have had only the head's keys

    def row_of(self, business_id: uuid.UUID) -> int | None:
        """The row showing a business, looking only at rows already read (no query)."""
        for key, found in self._cache.items():
            if found.id == business_id:
                if key in self._keys:
                    return self._keys.index(key)
                if key in self._tail:
                    return self._total - len(self._tail) + self._tail.index(key)
                return None
        return None

    def _fetch_page(self, page: int) -> None:
        if len(self._cache) >= self.MAX_CACHED:
            self._cache.clear()
            self._looks.clear()
            self._fetched_pages.clear()
        found = (self._key_at(row) for row in range(page * self.PAGE, min((page + 1) * self.PAGE, self._total)))
        keys = [key for key in found if key is not None and key not in self._cache]
        if keys:
            self._cache.update(business_rows(self.ctx, keys))
        self._fetched_pages.add(page)

    # --- Qt model API -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        # the header asks ten sections for nine roles each time the list is read again (every keystroke): the
        # role is compared as a plain int, the enum comparison cost more than the answer
        if getattr(role, "value", role) != _DISPLAY:
            return None
        if orientation == _HORIZONTAL:
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        return section + 1

    # flags() is QAbstractTableModel's own (enabled, selectable, no children: _FLAGS): the view asks it of
    # every cell it paints, and a Python override made each of those a call into the interpreter.

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self._value(index.row(), index.column(), getattr(role, "value", role))

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803 - Qt API
        """Every role the view asks of a cell, in one call: the row is looked up once. Every role is set or
        cleared: the delegate keeps its span between cells, so a role left alone would show the previous cell's."""
        if not index.isValid():
            return
        row_number, column = index.row(), index.column()
        row = self.row_data(row_number)
        muted = row is not None and (row.archived or (column == _NIK_COLUMN and row.nik_missing))
        italic = row is not None and column == _NIK_COLUMN and row.nik_missing
        for number in range(len(roleDataSpan)):
            role_data = roleDataSpan[number]
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._text(row_number, column, row))
            elif role == _FOREGROUND and muted:
                role_data.setData(_MUTED)
            elif role == _FONT and italic:
                role_data.setData(self._italic)
            elif role in (_ID, _ARCHIVED, _TOOLTIP):
                role_data.setData(self._value(row_number, column, role))
            else:
                role_data.clearData()

    def cell_look(self, row_number: int, column: int) -> Look:
        """Text, colour and font of a cell in one call, for gui.kit.row_delegate (what multiData answers)."""
        return self.row_look(row_number)[column]

    def row_look(self, row_number: int) -> tuple[Look, ...]:
        """Every cell's text, colour and font of a row, formatted once per row (a page holds more rows than the
        screen shows), for gui.kit.row_painter: one call per row drawn."""
        row = self.row_data(row_number)
        if row is None:
            return self._gone_look
        key = self._key_at(row_number)
        looks = self._looks.get(key)
        if looks is None:
            muted = _MUTED if row.archived else None
            looks = self._looks[key] = tuple(
                (self._display(row, c), _MUTED, self._italic) if c == _NIK_COLUMN and row.nik_missing
                else (self._display(row, c), muted, None)
                for c in range(len(COLUMNS))
            )
        return looks

    def _text(self, row_number: int, column: int, row: BusinessRow | None) -> str:
        return self.row_look(row_number)[column][0]

    def _value(self, row_number: int, column: int, role: int) -> Any:
        if not 0 <= column < len(COLUMNS):
            return None
        row = self.row_data(row_number)
        if role == _DISPLAY:
            return self._text(row_number, column, row)
        if row is None:
            return None
        if role == _FOREGROUND:
            return _MUTED if row.archived or (column == _NIK_COLUMN and row.nik_missing) else None
        if role == _FONT:
            return self._italic if column == _NIK_COLUMN and row.nik_missing else None
        if role == _ID:
            return row.id
        if role == _ARCHIVED:
            return row.archived
        if role == _TOOLTIP:
            if column == _NIK_COLUMN and row.nik_missing:
                return self._nik_tooltip
            if column != 0:
                return None
            if row.import_warning:
                return self.tr("{name}\nPeringatan impor: {warning}").format(name=row.name, warning=row.import_warning)
            return row.name
        return None

    def _display(self, row: BusinessRow, column: int) -> str:
        key = COLUMNS[column][0]
        if key == "name":
            return row.name
        if key == "owner":
            return row.owner_name
        if key == "nik":
            return row.nik_masked if row.nik_masked and not row.nik_missing else self._nik_missing
        if key == "kelurahan":
            return row.kelurahan
        if key == "kecamatan":
            return row.kecamatan
        if key == "sector":
            return labels.label(self._sectors, row.sector)
        if key == "scale":
            return labels.label(self._scales, row.scale)
        if key == "stage":
            return labels.label(self._stages, row.stage) if row.stage else "–"
        if key == "partner":
            return row.partner or "–"
        return labels.short_date(row.last_activity_on)

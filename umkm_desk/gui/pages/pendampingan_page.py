"""Pendampingan: cases grouped by stage and status (left), the cases of the chosen group (right), filters on top.

Rows with an overdue follow-up are red and come first. Double-click (or Enter) opens the case window.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.services.cases.case_board import (
    GROUPS,
    BoardFilter,
    CaseRow,
    FilterOptions,
    GroupKey,
    board_counts,
    board_rows,
    filter_options,
)
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.fit import fit_header_titles, fit_placeholder
from umkm_desk.gui.forms.ui_pendampingan_page import Ui_PendampinganPage
from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.keys_notice import KeysNotice
from umkm_desk.gui.kit.list_exporter import ListExporter
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.labels import thousands
from umkm_desk.gui.models.case_models import CaseTableModel, case_status_labels, group_title, stage_labels
from umkm_desk.gui.pages.base import Page
from umkm_desk.gui.workers import Loader

if TYPE_CHECKING:
    # imported when a case is first opened or started: the two dialogs bring in the partner, capital and
    # phone-number code, which the board's first visit does not need
    from umkm_desk.gui.dialogs.case_view import CaseView
    from umkm_desk.gui.dialogs.open_case_dialog import OpenCaseDialog

GROUP_ROLE = Qt.ItemDataRole.UserRole
ALL: GroupKey = ("all", "all")


@dataclass(frozen=True)
class BoardData:
    """What one background load read: the filter and group it was read for, and the answers."""

    filter: BoardFilter
    group: GroupKey
    today: date
    rows: list[CaseRow]
    options: FilterOptions | None = None
    counts: dict[GroupKey, int] | None = None
    overdue: dict[GroupKey, int] | None = None


def read_board(ctx: ServiceContext, f: BoardFilter, group: GroupKey, *, options: bool, counts: bool,
               page_size: int) -> BoardData:
    """The page's queries, run in a worker thread (no widgets here)."""
    today = date.today()
    return BoardData(
        filter=f,
        group=group,
        today=today,
        options=filter_options(ctx) if options else None,
        counts=board_counts(ctx, f, today=today) if counts else None,
        overdue=board_counts(ctx, replace(f, overdue_only=True), today=today) if counts else None,
        rows=board_rows(ctx, f, None if group == ALL else group, offset=0, limit=page_size, today=today),
    )


class PendampinganPage(Page):
    key = "pendampingan"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_views: dict[uuid.UUID, CaseView] = {}
        self.open_dialog: OpenCaseDialog | None = None
        self._group: GroupKey = ALL
        self._counts: dict[GroupKey, int] = {}
        self._overdue: dict[GroupKey, int] = {}
        #: what the next load must read besides the rows of the current group
        self._need_options = True
        self._need_counts = True
        self._loader = Loader(self)
        self._loader.busyChanged.connect(self._show_busy)
        self._build()

    def title(self) -> str:
        return self.tr("Pendampingan")

    # --- layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        # Two deliberate rows in the form: the search box and the main action, then the filters. One row held
        # them only with a narrow font; with a wider one the combo boxes were cut and overlapped the search box.
        # A long partner or officer name must not push the other filters out: the combo boxes are at most 320 px
        # wide and elide it.
        self.ui = Ui_PendampinganPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.searchEdit = ui.searchEdit
        fit_placeholder(self.searchEdit)
        self.newButton = ui.newButton
        self.partnerCombo = ui.partnerCombo
        self.officerCombo = ui.officerCombo
        self.kecamatanCombo = ui.kecamatanCombo
        self.yearCombo = ui.yearCombo
        self.overdueCheck = ui.overdueCheck
        self.groupTree = ui.groupTree
        self.groupTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groupTree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groupTree.header().setStretchLastSection(False)
        self.groupLabel = ui.groupLabel
        self.overdueLabel = ui.overdueLabel
        self.busyBar = ui.busyBar  # a loading indicator while the board is read in the background
        self.busyLabel = ui.busyLabel
        self.busyBar.hide()
        self.busyLabel.hide()
        self._page_loader = Loader(self)  # further pages while scrolling
        self._page_loader.busyChanged.connect(self._show_busy)
        self.model = CaseTableModel(self.ctx, self, loader=self._page_loader)
        self.table = setup_table(ui.caseTable, self.model, wrap=False, row_height=28,
                                 resize=QHeaderView.ResizeMode.Interactive,
                                 widths=(200, 150, 110, 105, 105, 95, 200, 150, 95, 120, 150))
        fit_header_titles(self.table)
        self.emptyLabel = ui.emptyState
        self.emptyLabel.hide()
        self.hintLabel = ui.hintLabel
        # the cases behind a number on the Laporan page: said above the board, with the way back to all of it
        self._case_ids: frozenset[uuid.UUID] | None = None
        self.keys_notice = KeysNotice(self)
        ui.rootLayout.insertWidget(ui.rootLayout.indexOf(ui.split), self.keys_notice)
        self.keys_notice.cleared.connect(self.show_all)
        self.exporter = ListExporter(self, controls=[self])
        ui.exportButton.clicked.connect(lambda: self.export_list())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.partnerCombo, self.officerCombo, self.kecamatanCombo, self.yearCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdueCheck.toggled.connect(lambda _b: self.reload())
        self.groupTree.currentItemChanged.connect(self._group_changed)
        self.table.doubleClicked.connect(self._row_activated)
        self.table.activated.connect(self._row_activated)
        self.newButton.clicked.connect(self.new_case)
        self.apply_rights()

    def apply_rights(self) -> None:
        """A role that may not change cases (pimpinan) reads the board; it opens no new case."""
        from umkm_desk.gui.kit.rights import show_only_if

        show_only_if(self.rights.can("cases.write"), (self.newButton,))

    # --- data -------------------------------------------------------------------------------------------
    #
    # Everything is read in a worker thread (see read_board and workers.Loader); the widgets are filled when the
    # answer is back, and ``loaded`` is emitted then. While a read runs the window stays responsive; a newer
    # request (typing in the search box, another group) replaces a waiting one, so only the last one is shown.

    def activate(self) -> None:
        self._need_options = True
        self._need_counts = True
        self._request()

    def _fill_filter_options(self, options: FilterOptions) -> None:
        combos = (
            (self.partnerCombo, self.tr("Semua mitra"), options.partners),
            (self.officerCombo, self.tr("Semua petugas"), options.officers),
            (self.kecamatanCombo, self.tr("Semua kecamatan"), [(c, self.tr("Kec. {name}").format(name=n))
                                                                for c, n in options.kecamatan]),
            (self.yearCombo, self.tr("Semua tahun"), [(y, str(y)) for y in options.years]),
        )
        for combo, everything, items in combos:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(find_data(combo, current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            partner_id=self.partnerCombo.currentData(),
            officer_id=self.officerCombo.currentData(),
            kecamatan_code=self.kecamatanCombo.currentData(),
            year=self.yearCombo.currentData(),
            search=self.searchEdit.text(),
            overdue_only=self.overdueCheck.isChecked(),
            case_ids=self._case_ids,
        )

    def _reset_filters(self) -> None:
        self._case_ids = None
        self.keys_notice.hide()
        widgets = (self.searchEdit, self.partnerCombo, self.officerCombo, self.kecamatanCombo, self.yearCombo,
                   self.overdueCheck)
        for widget in widgets:
            widget.blockSignals(True)
        self.searchEdit.clear()
        for combo in (self.partnerCombo, self.officerCombo, self.kecamatanCombo, self.yearCombo):
            combo.setCurrentIndex(0)
        self.overdueCheck.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._search_timer.stop()
        self._group = ALL

    def show_keys(self, ids: frozenset[uuid.UUID], notice: str) -> None:
        """Only these cases (the list behind a number on the Laporan page), every other filter cleared."""
        self._reset_filters()
        self._case_ids = frozenset(ids)
        self.keys_notice.show_notice(notice)
        self.reload()

    def show_all(self) -> None:
        """The whole board again, without any filter."""
        self._reset_filters()
        self.reload()

    def reload(self) -> None:
        """Re-read counts and the current group's first page (in the background)."""
        self._need_counts = True
        self._request()

    def is_busy(self) -> bool:
        """True while a read is running or waiting (tests wait for this to turn False)."""
        return self._loader.busy() or self.model.is_fetching()

    def _request(self) -> None:
        self.mark_loading()
        ctx, f, group = self.ctx, self.current_filter(), self._group
        options, counts, size = self._need_options, self._need_counts, self.model.page_size
        self._loader.load(
            lambda: read_board(ctx, f, group, options=options, counts=counts, page_size=size),
            self._show,
            self._failed,
        )

    def _show(self, data: BoardData) -> None:
        if data.options is not None:
            self._need_options = False
            self._fill_filter_options(data.options)
        if data.counts is not None and data.overdue is not None:
            self._need_counts = False
            self._counts, self._overdue = data.counts, data.overdue
            self._fill_tree(data.overdue)
            late = sum(n for (col, _), n in data.overdue.items() if col != "closed")
            self.overdueLabel.setText(self.tr("{n} pendampingan dengan tindak lanjut terlambat").format(
                n=thousands(late)) if late else "")
        self._show_table(data)
        if data.filter != self.current_filter():  # the combos were refilled and lost a choice that is gone
            self.reload()
            return
        self.mark_loaded()

    def _failed(self, exc: BaseException) -> None:
        self.mark_loaded()  # nothing more is coming; the message says why
        messages.show_error(self, self.tr("Pendampingan"), self.tr("Data pendampingan tidak dapat dimuat."),
                            str(exc))

    def _show_busy(self, _busy: bool = False) -> None:
        busy = self.is_busy()
        self.busyBar.setVisible(busy)
        self.busyLabel.setVisible(busy)

    def _fill_tree(self, overdue: dict[GroupKey, int]) -> None:
        tree = self.groupTree
        tree.blockSignals(True)
        tree.clear()
        bold = QFont()
        bold.setBold(True)
        total = sum(self._counts.values())
        everything = QTreeWidgetItem([self.tr("Semua pendampingan"), thousands(total)])
        everything.setData(0, GROUP_ROLE, ALL)
        everything.setFont(0, bold)
        tree.addTopLevelItem(everything)
        sections = [(kind, stage_labels()[kind]) for kind in STAGE_ORDER]
        sections += [("ready", self.tr("Semua tahap tuntas")), ("closed", self.tr("Ditutup"))]
        selected: QTreeWidgetItem | None = everything
        for column, title in sections:
            keys = [g for g in GROUPS if g[0] == column]
            section_total = sum(self._counts.get(k, 0) for k in keys)
            parent = QTreeWidgetItem([title, thousands(section_total)])
            parent.setFont(0, bold)
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            parent.setForeground(0, QBrush(QColor("#3b4a5e")))
            tree.addTopLevelItem(parent)
            for key in keys:
                child = QTreeWidgetItem([group_title(key), thousands(self._counts.get(key, 0))])
                child.setData(0, GROUP_ROLE, key)
                late = overdue.get(key, 0) if column != "closed" else 0
                if late:
                    child.setForeground(1, QBrush(QColor("#b71c1c")))
                    child.setToolTip(1, self.tr("{n} dengan tindak lanjut terlambat").format(n=late))
                parent.addChild(child)
                if key == self._group:
                    selected = child
            parent.setExpanded(True)
        tree.setCurrentItem(selected)
        tree.blockSignals(False)

    def _group_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = item.data(0, GROUP_ROLE) if item is not None else None
        if key is None:
            return
        self._group = tuple(key)  # type: ignore[assignment]
        self._request()

    def select_group(self, group: GroupKey) -> None:
        self._group = group
        self.reload()

    def _show_table(self, data: BoardData) -> None:
        group = None if data.group == ALL else data.group
        total = sum(self._counts.values()) if group is None else self._counts.get(group, 0)
        self.model.show_rows(data.filter, group, total, data.rows, data.today)
        if group is None:
            title = self.tr("Semua pendampingan")
        elif group[0] == "closed":
            title = self.tr("Ditutup — {status}").format(status=case_status_labels()[group[1]])
        elif group[0] == "ready":
            title = self.tr("Semua tahap tuntas — siap ditutup")
        else:
            title = f"{stage_labels()[group[0]]} — {group_title(group)}"
        self.groupLabel.setText(self.tr("{title} ({n})").format(title=title, n=thousands(total)))
        self._show_empty(data.filter, sum(self._counts.values()))

    def _show_empty(self, f: BoardFilter, board_total: int) -> None:
        """A new database has no case: say how to begin instead of an empty table, as the UMKM page does."""
        empty = board_total == 0
        if empty and f == BoardFilter(year=f.year):
            self.emptyLabel.setText(self.tr(
                "Belum ada pendampingan. Klik «Buka pendampingan…» untuk mulai mendampingi UMKM yang sudah "
                "terdaftar di halaman UMKM; tahap, kegiatan, permodalan dan hasilnya dicatat di sini."))
        elif empty:
            self.emptyLabel.setText(self.tr("Tidak ada pendampingan yang cocok dengan pencarian atau filter ini."))
        self.emptyLabel.setVisible(empty)
        self.table.setVisible(not empty)
        self.hintLabel.setVisible(not empty)

    # --- export -----------------------------------------------------------------------------------------

    def export_list(self, path: Path | None = None) -> bool:
        """Ekspor ke Excel: the cases of the chosen group as on screen (the board's filter and order)."""
        from umkm_desk.core.services.reports.list_export import export_list_audited, pendampingan_rows

        ctx, flt = self.ctx, self.current_filter()
        group = None if self._group == ALL else self._group
        return self.exporter.export(
            self.tr("Ekspor daftar pendampingan"), "daftar-pendampingan",
            lambda target: export_list_audited(ctx, "pendampingan", target, pendampingan_rows(ctx, flt, group),
                                               replace=True),
            path,
        )

    # --- opening cases ----------------------------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.model.row_at(index.row()).case_id)

    def open_case(self, case_id: uuid.UUID) -> CaseView:
        view = self.case_views.get(case_id)
        if view is None:
            from umkm_desk.gui.dialogs.case_view import CaseView

            view = CaseView(self.ctx, case_id, self)
            view.changed.connect(self.reload)
            view.finished.connect(lambda _r, cid=case_id: self.case_views.pop(cid, None))
            self.case_views[case_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def new_case(self, business_id: uuid.UUID | None = None) -> OpenCaseDialog:
        from umkm_desk.gui.dialogs.open_case_dialog import OpenCaseDialog

        dialog = OpenCaseDialog(self.ctx, self, business_id=business_id or None)
        self.open_dialog = dialog

        def opened() -> None:
            self.reload()
            if dialog.saved_id is not None:
                self.open_case(dialog.saved_id)

        dialog.accepted.connect(opened)
        dialog.open()
        return dialog

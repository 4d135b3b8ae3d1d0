"""Beranda: the officer's day at a glance -- follow-ups due today and overdue, cases per stage, recent activity.

Double-click a follow-up or an activity to open its case.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QWidget

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.services.cases import activities
from umkm_desk.core.services.cases.dashboard import Dashboard, FollowUp, dashboard
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.versions import EditConflict
from umkm_desk.gui.dialogs import conflicts, messages
from umkm_desk.gui.forms.ui_beranda_page import Ui_BerandaPage
from umkm_desk.gui.labels import long_date, short_date, thousands
from umkm_desk.gui.models.case_models import (
    OVERDUE_BG,
    OVERDUE_FG,
    STAGE_COLORS,
    activity_titler,
    stage_labels,
    stage_status_labels,
)
from umkm_desk.gui.pages.base import Page
from umkm_desk.gui.workers import Loader

if TYPE_CHECKING:
    # imported when a case is first opened: the case view brings in the partner, capital and phone-number code
    # (about 70 ms), which the page's first visit does not need
    from umkm_desk.gui.dialogs.case_view import CaseView

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
# rows measured when the follow-up and recent-activity columns are fitted to their contents
RESIZE_ROWS = 60
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class StatCard:
    """One figure card of ui/beranda_page.ui: the big number and the note under its caption."""

    value: QLabel
    note: QLabel

    def set(self, value: int, note: str = "") -> None:
        self.value.setText(thousands(value))
        self.note.setText(note)
        self.note.setVisible(bool(note))


class BerandaPage(Page):
    key = "beranda"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_views: dict[uuid.UUID, CaseView] = {}
        self.data: Dashboard | None = None
        self._stage_labels: dict[tuple[str, str], QLabel] = {}  # (stage, belum | berjalan | total) -> its number
        self._loader = Loader(self)
        self._loader.busyChanged.connect(self._show_busy)
        self._build()

    def title(self) -> str:
        return self.tr("Beranda")

    def _build(self) -> None:
        self.ui = Ui_BerandaPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.activeCard = StatCard(ui.activeValue, ui.activeNote)
        self.todayCard = StatCard(ui.todayValue, ui.todayNote)
        self.overdueCard = StatCard(ui.overdueValue, ui.overdueNote)
        self.naikCard = StatCard(ui.naikValue, ui.naikNote)
        self.busyBar = ui.busyBar  # a loading indicator while the dashboard is read in the background
        self.busyBar.hide()
        self.stageGrid = ui.stageGrid
        self.closedLabel = ui.closedLabel
        self.followTree = ui.followTree
        self.followHint = ui.followHint
        self.openFollowButton = ui.openFollowButton
        self.doneButton = ui.doneButton
        self.recentTree = ui.recentTree
        for tree in (self.followTree, self.recentTree):
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            tree.header().setStretchLastSection(True)
            # Fitting the columns measured every cell of up to 200 rows at each return to the page (tens of
            # milliseconds): the first rows (more than a screen) decide, and every row is one line high.
            tree.header().setResizeContentsPrecision(RESIZE_ROWS)
            tree.setUniformRowHeights(True)

        self.followTree.itemDoubleClicked.connect(lambda item, _c: self.open_case(item.data(0, CASE_ROLE)))
        self.recentTree.itemDoubleClicked.connect(lambda item, _c: self.open_case(item.data(0, CASE_ROLE)))
        self.openFollowButton.clicked.connect(self._open_selected_follow_up)
        self.doneButton.clicked.connect(self.mark_done)
        self.followTree.currentItemChanged.connect(lambda *_: self._update_buttons())

    # The dashboard is read in a worker thread (workers.Loader); the widgets are filled, and ``loaded`` emitted,
    # when the answer is back. The window stays responsive meanwhile.

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.mark_loading()
        ctx = self.ctx
        self._loader.load(lambda: dashboard(ctx, limit=100), self._show, self._failed)

    def is_busy(self) -> bool:
        return self._loader.busy()

    def _show_busy(self, busy: bool) -> None:
        self.busyBar.setVisible(busy)

    def _failed(self, exc: BaseException) -> None:
        self.mark_loaded()  # nothing more is coming; the message says why
        messages.show_error(self, self.tr("Beranda"), self.tr("Data beranda tidak dapat dimuat."), str(exc))

    def _show(self, data: Dashboard) -> None:
        self.data = data
        self.activeCard.set(data.active_total, self.tr("{n} siap ditutup").format(n=data.ready_to_close)
                            if data.ready_to_close else "")
        self.todayCard.set(data.today_total, long_date(data.today))
        self.overdueCard.set(data.overdue_total)
        self.naikCard.set(data.status_counts.get("naik_kelas", 0), self.tr("pendampingan ditutup naik kelas"))
        self._fill_stages(data)
        self._fill_follow_ups(data)
        self.recentTree.clear()
        title, stages, general = activity_titler(), stage_labels(), self.tr("Umum")  # once, not per row
        recent: list[QTreeWidgetItem] = []
        for r in data.recent:
            item = QTreeWidgetItem([short_date(r.held_on), r.business_name, title(r.kind, r.market_kind),
                                    stages.get(r.stage_kind or "", general), r.officer_name or "–",
                                    (r.notes or "").replace("\n", " ")])
            item.setData(0, CASE_ROLE, r.case_id)
            recent.append(item)
        self.recentTree.addTopLevelItems(recent)  # one insertion, not one per row
        if not data.recent:
            self.recentTree.addTopLevelItem(QTreeWidgetItem(["", self.tr("Belum ada kegiatan tercatat.")]))
        self._update_buttons()
        self.mark_loaded()

    def _fill_stages(self, data: Dashboard) -> None:
        # The grid's labels are made once (a style sheet parsed per label per reload cost a visible share of
        # each return to Beranda); a reload sets their numbers.
        if not self._stage_labels:
            self._build_stage_grid()
        for kind in STAGE_ORDER:
            counts = data.stage_counts.get(kind, {})
            for status in ("belum", "berjalan"):
                self._stage_labels[(kind, status)].setText(thousands(counts.get(status, 0)))
            self._stage_labels[(kind, "total")].setText(thousands(sum(counts.values())))
        self.stageGrid.setColumnStretch(0, 1)
        counts = data.status_counts
        self.closedLabel.setText(self.tr(
            "Semua tahap tuntas, menunggu ditutup: {ready} · Ditutup selesai: {selesai} · naik kelas: {naik} · "
            "dihentikan: {stop}").format(ready=thousands(data.ready_to_close),
                                         selesai=thousands(counts.get("selesai", 0)),
                                         naik=thousands(counts.get("naik_kelas", 0)),
                                         stop=thousands(counts.get("dihentikan", 0))))

    def _build_stage_grid(self) -> None:
        while self.stageGrid.count():
            item = self.stageGrid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        statuses = stage_status_labels()
        for column, status in enumerate(("belum", "berjalan"), start=1):
            head = QLabel(statuses[status])
            head.setStyleSheet(f"color: {STAGE_COLORS[status]}; font-weight: 600;")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.stageGrid.addWidget(head, 0, column)
        total_head = QLabel(self.tr("Jumlah"))
        total_head.setStyleSheet("font-weight: 600;")
        total_head.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.stageGrid.addWidget(total_head, 0, 3)
        for row, kind in enumerate(STAGE_ORDER, start=1):
            name = QLabel(self.tr("{n}. {stage}").format(n=row, stage=stage_labels()[kind]))
            self.stageGrid.addWidget(name, row, 0)
            for column, status in enumerate(("belum", "berjalan", "total"), start=1):
                value = QLabel()
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                value.setStyleSheet("font-size: 13pt;" + (" font-weight: 700;" if status == "total" else ""))
                self.stageGrid.addWidget(value, row, column)
                self._stage_labels[(kind, status)] = value

    def _fill_follow_ups(self, data: Dashboard) -> None:
        self.followTree.clear()
        title, stages, general = activity_titler(), stage_labels(), self.tr("Umum")  # once, not per row
        late = self.tr("{date} (terlambat)")
        late_fg, late_bg = QBrush(OVERDUE_FG), QBrush(OVERDUE_BG)

        def add(f: FollowUp, overdue: bool) -> None:
            when = short_date(f.due_on)
            if overdue:
                when = late.format(date=when)
            item = QTreeWidgetItem([when, f.business_name, title(f.kind, f.market_kind),
                                    stages.get(f.stage_kind or "", general),
                                    (f.notes or "").replace("\n", " ")])
            item.setData(0, ACTIVITY_ROLE, f.activity_id)
            item.setData(0, CASE_ROLE, f.case_id)
            item.setData(0, VERSION_ROLE, f.version)
            if overdue:
                for column in range(5):
                    item.setForeground(column, late_fg)
                    item.setBackground(column, late_bg)
            items.append(item)

        items: list[QTreeWidgetItem] = []
        for f in data.overdue_follow_ups:
            add(f, True)
        for f in data.today_follow_ups:
            add(f, False)
        self.followTree.addTopLevelItems(items)  # one insertion, not one per row
        shown = len(data.overdue_follow_ups) + len(data.today_follow_ups)
        if not shown:
            empty = QTreeWidgetItem(["", self.tr("Tidak ada tindak lanjut hari ini.")])
            empty.setForeground(1, QBrush(QColor("#5b6b80")))
            self.followTree.addTopLevelItem(empty)
        more = data.overdue_total - len(data.overdue_follow_ups)
        more_today = data.today_total - len(data.today_follow_ups)
        hint = self.tr("Hari ini dan yang terlambat.")
        if more > 0:
            hint += " " + self.tr("{n} lainnya terlambat; lihat halaman Pendampingan.").format(n=thousands(more))
        if more_today > 0:
            hint += " " + self.tr("{n} lainnya jatuh tempo hari ini; lihat halaman Pendampingan.").format(
                n=thousands(more_today))
        self.followHint.setText(hint)

    def _selected_follow_up(self) -> QTreeWidgetItem | None:
        item = self.followTree.currentItem()
        return item if item is not None and item.data(0, ACTIVITY_ROLE) is not None else None

    def apply_rights(self) -> None:
        """A role that may not change cases (pimpinan) opens a follow-up but does not mark it done."""
        self.doneButton.setVisible(self.rights.can("cases.write"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self._selected_follow_up() is not None
        self.doneButton.setEnabled(selected and self.rights.can("cases.write"))
        self.openFollowButton.setEnabled(selected)

    def _open_selected_follow_up(self) -> None:
        item = self._selected_follow_up()
        if item is not None:
            self.open_case(item.data(0, CASE_ROLE))

    def mark_done(self) -> None:
        item = self._selected_follow_up()
        if item is None or not self.rights.can("cases.write"):
            return
        try:
            activities.set_follow_up_done(self.ctx, item.data(0, ACTIVITY_ROLE),
                                          expected_version=item.data(0, VERSION_ROLE))
        except EditConflict as conflict:  # a colleague moved or closed it since the list was drawn
            if conflicts.offer_reload(self, conflict):
                self.reload()
            return
        except ServiceError as exc:
            messages.show_error(self, self.tr("Tindak lanjut"), exc.message)
            return
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("Tindak lanjut tidak dapat disimpan")):
                self.mark_done()
            return
        self.reload()

    def open_case(self, case_id: uuid.UUID | None) -> CaseView | None:
        if case_id is None:
            return None
        view = self.case_views.get(case_id)
        if view is None:
            from umkm_desk.gui.dialogs.case_view import CaseView

            view = CaseView(self.ctx, case_id, self)
            view.changed.connect(self.reload)
            view.finished.connect(lambda _r, cid=case_id: self.case_views.pop(cid, None))
            self.case_views[case_id] = view
        view.show()
        view.raise_()
        return view

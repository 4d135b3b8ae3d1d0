"""Laporan: the dashboard of the office's figures for a period, with filters, and the periodic reports.

The charts are counted in a worker thread, and each is drawn as soon as it is counted: the page stays responsive
and says it is counting meanwhile. A newer choice of period or filter cancels the running count (it stops after
its current chart). The charts last drawn for a choice are kept: shown again at once when the officer comes back
(greyed, not clickable) while they are counted afresh, and replaced chart by chart; on a SQLite file nothing is
counted again when nothing was written since (``data_stamp``), so coming back from a bar's list is immediate.

A click on a bar reads the keys behind it (again off the GUI thread, with the filter and day the chart was
counted for) and asks the main window, through ``listRequested``, to open the UMKM list or the Pendampingan board
narrowed to exactly those keys.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.cases.case_board import FilterOptions, filter_options
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.reports.dashboard import (
    CHARTS,
    Chart,
    DashboardData,
    Drill,
    DrillKeys,
    dashboard,
    data_stamp,
    drill_keys,
)
from umkm_desk.core.services.reports.period import office_today
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_laporan_page import Ui_LaporanPage
from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.period import PeriodControls
from umkm_desk.gui.labels import thousands
from umkm_desk.gui.pages.base import Page
from umkm_desk.gui.pages.chart_card import ChartCard
from umkm_desk.gui.workers import Job, Loader, Task, keep_until_finished

COLUMNS = 2
#: dashboards kept for going back and forth (a bar's list, then back to the charts)
CACHED = 8
_ORDER = [key for key, _build in CHARTS]


@dataclass(frozen=True)
class LaporanData:
    dashboard: DashboardData
    options: FilterOptions | None


def read_dashboard(ctx: ServiceContext, flt: ReportFilter, today: date, job: Job, *, options: bool) -> LaporanData:
    """The page's queries, in a worker thread (no widgets here); each chart goes to the page as it is counted."""
    found = filter_options(ctx) if options else None
    if found is not None:
        job.partial(found)
    data = dashboard(ctx, flt, today=today, on_chart=job.partial, cancelled=job.is_cancelled)
    return LaporanData(data, found)


class LaporanPage(Page):
    key = "laporan"
    #: open a list narrowed to these keys: ("umkm" | "pendampingan", frozenset of ids, the notice to show)
    listRequested = Signal(str, object, str)  # noqa: N815 - Qt naming

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._need_options = True
        self.data: DashboardData | None = None
        self.cards: dict[str, ChartCard] = {}
        self._fresh: set[str] = set()  # charts counted for the current choice (the others are kept from before)
        self._shown_filter_text = ""
        self._request_key: tuple[ReportFilter, date] | None = None
        self._drill_key: tuple[ReportFilter, date] | None = None
        #: (filter, day) -> the charts counted for it and the database's stamp when they were counted
        self._cache: dict[tuple[ReportFilter, date], tuple[DashboardData, tuple[int, ...] | None]] = {}
        self._stamp: tuple[int, ...] | None = None
        self._generation = 0  # of the newest request: what older counts still send is ignored
        self._task: Task | None = None
        self._drill_loader = Loader(self)
        self._drill_loader.busyChanged.connect(self._show_busy)
        self._build()

    def title(self) -> str:
        return self.tr("Laporan")

    def subtitle(self) -> str:
        return self.tr("Grafik per tahap, kecamatan, mitra, dan periode; laporan berkala PDF dan Excel")

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_LaporanPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.period = PeriodControls(ui.periodKindCombo, ui.periodNumberCombo, ui.yearSpin, ui.fromDate,
                                     ui.toLabel, ui.toDate, today=office_today())
        for combo, everything in ((ui.kecamatanCombo, self.tr("Semua kecamatan")),
                                  (ui.partnerCombo, self.tr("Semua mitra")),
                                  (ui.sectorCombo, self.tr("Semua sektor")),
                                  (ui.officerCombo, self.tr("Semua petugas"))):  # fmt: skip
            combo.addItem(everything, None)
        for code, text in labels.sectors().items():
            ui.sectorCombo.addItem(text, code)
        ui.busyBar.hide()
        ui.busyLabel.hide()
        self.period.changed.connect(self.reload)
        for combo in (ui.kecamatanCombo, ui.partnerCombo, ui.sectorCombo, ui.officerCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.resetButton.clicked.connect(self.clear_filters)
        ui.reportButton.clicked.connect(self.make_report)
        ui.messageLabel.setText(self.tr("Menghitung grafik…"))
        ui.stack.setCurrentWidget(ui.messagePage)

    def _fill_options(self, options: FilterOptions) -> None:
        ui = self.ui
        combos = (
            (ui.kecamatanCombo, [(c, self.tr("Kec. {name}").format(name=n)) for c, n in options.kecamatan]),
            (ui.partnerCombo, options.partners),
            (ui.officerCombo, options.officers),
        )
        for combo, items in combos:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(find_data(combo, current), 0) if current is not None else 0)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.blockSignals(False)
        self._need_options = False

    # --- filters ------------------------------------------------------------------------------------------

    def current_filter(self) -> ReportFilter:
        """The chosen period and filters; ServiceError when the period's dates are the wrong way round."""
        ui = self.ui
        partner = ui.partnerCombo.currentData()
        officer = ui.officerCombo.currentData()
        return ReportFilter(
            self.period.period(),
            kecamatan_code=ui.kecamatanCombo.currentData(),
            partner_id=partner if isinstance(partner, uuid.UUID) or partner is None else uuid.UUID(str(partner)),
            sector=ui.sectorCombo.currentData(),
            officer_id=officer if isinstance(officer, uuid.UUID) or officer is None else uuid.UUID(str(officer)),
        )

    def filter_text(self) -> str:
        """The filters in words ("Kec. Serang · BAZNAS Kota Serang"), empty without any."""
        ui = self.ui
        parts = [combo.currentText() for combo in (ui.kecamatanCombo, ui.partnerCombo, ui.sectorCombo,
                                                   ui.officerCombo) if combo.currentIndex() > 0]
        return " · ".join(parts)

    def clear_filters(self) -> None:
        ui = self.ui
        combos = (ui.kecamatanCombo, ui.partnerCombo, ui.sectorCombo, ui.officerCombo)
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self._request()

    def reload(self) -> None:
        self._request()

    def is_busy(self) -> bool:
        """True while the charts or the keys behind a bar are being read (tests wait for False)."""
        return self._task is not None or self._drill_loader.busy()

    def _request(self) -> None:
        try:
            flt = self.current_filter()
        except ServiceError as exc:
            self.ui.summaryLabel.setText(exc.message)
            self.mark_loaded()
            return
        self.mark_loading()
        if self._task is not None:
            self._task.cancel()  # it stops after its current chart; what it still sends is ignored
        today = office_today()
        key = self._request_key = (flt, today)
        self._generation += 1
        generation = self._generation
        self._fresh.clear()
        stamp = self._stamp = data_stamp(self.ctx)
        cached, cached_stamp = self._cache.get(key, (None, None))
        self._show_summary(flt, today)
        if cached is not None and stamp is not None and cached_stamp == stamp:
            self._task = None  # nothing written since these were counted: they are today's numbers
            self._show(generation, LaporanData(cached, None))
            self._show_busy()
            return
        if cached is not None:
            self._fill_charts(cached.charts)
        for card in self.cards.values():
            card.setEnabled(False)
        ctx, options = self.ctx, self._need_options
        task = self._task = Task(lambda job: read_dashboard(ctx, flt, today, job, options=options))
        keep_until_finished(task)
        # the task outlives a page that is closed meanwhile (keep_until_finished): what it sends then is dropped
        alive = self._alive
        task.partial.connect(lambda part, g=generation: alive() and self._partial(g, part))
        task.succeeded.connect(lambda data, g=generation: alive() and self._show(g, data))
        task.failed.connect(lambda exc, g=generation: alive() and self._failed(g, exc))
        task.finished.connect(lambda t=task: alive() and self._task_ended(t))
        task.start()
        self._show_busy()

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _task_ended(self, task: Task) -> None:
        if self._task is task:
            self._task = None
        self._show_busy()

    def _show_busy(self, _busy: bool = False) -> None:
        busy = self.is_busy()
        self.ui.busyBar.setVisible(busy)
        self.ui.busyLabel.setText(self.tr("Membuka daftar…") if self._drill_loader.busy()
                                  else self.tr("Menghitung grafik…"))
        self.ui.busyLabel.setVisible(busy)

    def _partial(self, generation: int, part: object) -> None:
        if generation != self._generation:
            return  # counted for an earlier request
        if isinstance(part, FilterOptions):
            self._fill_options(part)
        elif isinstance(part, Chart):
            self._put_card(part, fresh=True)
            self.ui.stack.setCurrentWidget(self.ui.chartsScroll)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.mark_loaded()
        failure = messages.describe_failure(exc, self.tr("Grafik laporan tidak dapat dihitung"))
        self.ui.messageLabel.setText(self.tr("Grafik laporan tidak dapat dihitung. {reason}").format(
            reason=failure.message))
        self.ui.stack.setCurrentWidget(self.ui.messagePage)

    def _show_summary(self, flt: ReportFilter, today: date) -> None:
        as_of = flt.period.as_of(today)
        summary = self.tr("{period} ({start} s.d. {end}); saldo dan yang sedang berjalan per {as_of}.").format(
            period=flt.period.label, start=format_tanggal(flt.start), end=format_tanggal(flt.end),
            as_of=format_tanggal(as_of))
        self._shown_filter_text = self.filter_text()
        if self._shown_filter_text:
            summary += " " + self.tr("Filter: {filters}.").format(filters=self._shown_filter_text)
        summary += " " + self.tr("Klik batang grafik untuk membuka daftar di baliknya.")
        self.ui.summaryLabel.setText(summary)

    def _show(self, generation: int, data: LaporanData) -> None:
        if generation != self._generation or self._request_key is None:
            return
        key = self._request_key
        self.data = data.dashboard
        self._cache.pop(key, None)
        self._cache[key] = (data.dashboard, self._stamp)
        while len(self._cache) > CACHED:
            self._cache.pop(next(iter(self._cache)))
        self._fill_charts(data.dashboard.charts, fresh=True)
        if all(chart.is_empty() for chart in data.dashboard.charts) and key[0] == ReportFilter(key[0].period):
            self.ui.messageLabel.setText(self.tr(
                "Belum ada data untuk periode ini. Daftarkan UMKM di halaman UMKM (atau impor dari Excel, "
                "Ctrl+I) dan catat pendampingannya; grafik akan terisi dengan sendirinya."))
            self.ui.stack.setCurrentWidget(self.ui.messagePage)
        else:
            self.ui.stack.setCurrentWidget(self.ui.chartsScroll)
        self.mark_loaded()

    def _put_card(self, chart: Chart, *, fresh: bool) -> None:
        """Draw ``chart`` in its place in the grid, replacing the card shown there."""
        grid = self.ui.chartsGrid
        old = self.cards.pop(chart.key, None)
        if old is not None:
            grid.removeWidget(old)
            old.deleteLater()
        card = ChartCard(chart, self.ui.chartsHost)
        card.barClicked.connect(self.open_drill)
        card.setEnabled(fresh)
        if fresh:
            self._fresh.add(chart.key)
        self.cards[chart.key] = card
        number = _ORDER.index(chart.key) if chart.key in _ORDER else len(_ORDER)
        last_alone = number == len(_ORDER) - 1 and number % COLUMNS == 0
        # the last chart alone in its row takes the whole row (the partners' long names need it)
        grid.addWidget(card, number // COLUMNS, number % COLUMNS, 1, COLUMNS if last_alone else 1)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch((len(_ORDER) + COLUMNS - 1) // COLUMNS, 1)  # spare height below the last row

    def _fill_charts(self, charts: tuple[Chart, ...], *, fresh: bool = False) -> None:
        for chart in charts:
            shown = self.cards.get(chart.key)
            if fresh and chart.key in self._fresh and shown is not None:
                continue  # drawn already as it came
            if shown is not None and shown.data == chart:
                shown.setEnabled(fresh)  # the same numbers: no need to draw them again
                if fresh:
                    self._fresh.add(chart.key)
                continue
            self._put_card(chart, fresh=fresh)

    # --- from a bar to its list ---------------------------------------------------------------------------

    def open_drill(self, drill: Drill) -> None:
        """Read the keys behind ``drill`` (off the GUI thread, for the choice its chart was counted for), then ask
        for the list."""
        if self._request_key is None:
            return
        ctx, (flt, today) = self.ctx, self._request_key
        self._drill_key = self._request_key
        self._drill_loader.load(lambda: drill_keys(ctx, flt, drill, today=today), self._open_list,
                                self._drill_failed)

    def notice_for(self, found: DrillKeys) -> str:
        listed = thousands(len(found.ids))
        what_list = self.tr("UMKM") if found.opens == "umkm" else self.tr("pendampingan")
        if found.facts == len(found.ids):
            count = f"{listed} {what_list}"
        elif found.drill.unit == what_list:  # counted once per stage: the same business more than once
            count = self.tr("{listed} {what}; angka grafik {facts} karena satu {what} dapat terhitung pada lebih "
                            "dari satu tahap").format(listed=listed, what=what_list, facts=thousands(found.facts))
        else:
            count = self.tr("{facts} {unit} pada {listed} {what}").format(
                facts=thousands(found.facts), unit=found.drill.unit, listed=listed, what=what_list)
        source = self._drill_key[0].period.label if self._drill_key else ""
        if self._shown_filter_text:
            source += ", " + self._shown_filter_text
        return self.tr("Dari Laporan ({source}): {what} — {count}.").format(
            source=source, what=found.drill.what, count=count)

    def _open_list(self, found: DrillKeys) -> None:
        self.listRequested.emit(found.opens, found.ids, self.notice_for(found))

    def _drill_failed(self, exc: BaseException) -> None:
        messages.show_failure(self, exc, action=self.tr("Daftar tidak dapat dibuka"))

    # --- periodic reports ---------------------------------------------------------------------------------

    def make_report(self) -> QWidget:
        from umkm_desk.gui.dialogs.report_dialog import ReportDialog

        try:
            flt = self.current_filter()
        except ServiceError:
            flt = ReportFilter.for_year(office_today().year)
        dialog = ReportDialog(self.ctx, flt, self.filter_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

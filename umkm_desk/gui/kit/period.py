"""The report period chooser both the Laporan page and the report dialog show: a kind (bulan, triwulan, semester,
tahun, rentang tanggal), then the month, quarter or semester and the year, or two dates.

The widgets come from the forms (same object names in both); this class fills them and reads the period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QSpinBox

from umkm_desk.core.rules.dates import nama_bulan
from umkm_desk.core.services.reports.period import PERIOD_KINDS, ReportPeriod, quarter_of
from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.dates import from_qdate, setup_date

_ROMAN = ("I", "II", "III", "IV")
#: the core's PERIOD_KINDS, written out so that the catalogue has them
_KINDS = (
    QT_TRANSLATE_NOOP("PeriodControls", "Bulan"),
    QT_TRANSLATE_NOOP("PeriodControls", "Triwulan"),
    QT_TRANSLATE_NOOP("PeriodControls", "Semester"),
    QT_TRANSLATE_NOOP("PeriodControls", "Tahun"),
    QT_TRANSLATE_NOOP("PeriodControls", "Rentang tanggal"),
)


class PeriodControls(QObject):
    """Reads a :class:`ReportPeriod` from the form's period widgets; ``changed`` when the officer picks another."""

    changed = Signal()

    def __init__(self, kind: QComboBox, number: QComboBox, year: QSpinBox, start: QDateEdit, to_label: QLabel,
                 end: QDateEdit, *, today: date) -> None:
        super().__init__(kind)
        self.kind, self.number, self.year = kind, number, year
        self.start, self.to_label, self.end = start, to_label, end
        for code, text in PERIOD_KINDS.items():
            kind.addItem(self.tr(text), code)
        year.setValue(today.year)
        setup_date(start, date(today.year, 1, 1))
        setup_date(end, today)
        self._today = today
        self.set_period(ReportPeriod.year(today.year))
        kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (number.currentIndexChanged, year.valueChanged, start.dateChanged, end.dateChanged):
            signal.connect(lambda *_: self.changed.emit())

    def _fill_numbers(self, kind: str, selected: int | None) -> None:
        combo = self.number
        combo.blockSignals(True)
        combo.clear()
        if kind == "bulan":
            for month in range(1, 13):
                combo.addItem(self.tr(nama_bulan(month)), month)
        elif kind == "triwulan":
            for quarter in range(1, 5):
                combo.addItem(self.tr("Triwulan {n}").format(n=_ROMAN[quarter - 1]), quarter)
        elif kind == "semester":
            for half in (1, 2):
                combo.addItem(self.tr("Semester {n}").format(n=_ROMAN[half - 1]), half)
        if selected is not None:
            combo.setCurrentIndex(max(find_data(combo, selected), 0))
        combo.blockSignals(False)
        ranged = kind == "rentang"
        combo.setVisible(kind in ("bulan", "triwulan", "semester"))
        self.year.setVisible(not ranged)
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(ranged)

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        today = self._today
        default = {"bulan": today.month, "triwulan": quarter_of(today), "semester": 1 if today.month <= 6 else 2}
        self._fill_numbers(kind, default.get(kind))
        self.changed.emit()

    def set_period(self, period: ReportPeriod) -> None:
        for widget in (self.kind, self.number, self.year, self.start, self.end):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(find_data(self.kind, period.kind), 0))
        number = {"bulan": period.start.month, "triwulan": quarter_of(period.start),
                  "semester": 1 if period.start.month <= 6 else 2}.get(period.kind)  # fmt: skip
        self._fill_numbers(period.kind, number)
        self.year.setValue(period.start.year)
        setup_date(self.start, period.start)
        setup_date(self.end, period.end)
        for widget in (self.kind, self.number, self.year, self.start, self.end):
            widget.blockSignals(False)

    def period(self) -> ReportPeriod:
        """The chosen period; ServiceError (in Indonesian) when the end date lies before the start."""
        kind = str(self.kind.currentData())
        year = self.year.value()
        number = self.number.currentData()
        if kind == "bulan":
            return ReportPeriod.month(year, int(number))
        if kind == "triwulan":
            return ReportPeriod.quarter(year, int(number))
        if kind == "semester":
            return ReportPeriod.semester(year, int(number))
        if kind == "tahun":
            return ReportPeriod.year(year)
        return ReportPeriod.between(from_qdate(self.start.date()), from_qdate(self.end.date()))

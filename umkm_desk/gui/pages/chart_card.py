"""One dashboard chart on the Laporan page: a card with its title, a QtCharts bar chart (or what it lacks, in
words), and lines under it; a click on a bar, or on a line that names a list, asks for the list behind it."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.services.reports.dashboard import Chart, Drill, Series
from umkm_desk.gui.kit.dates import INDONESIAN
from umkm_desk.gui.pages.chart_texts import chart_text

#: the app's accent first, then colours that stay apart in print and for red-green colour blindness
PALETTE = ("#2f6fdb", "#e8912d", "#3a9d5d", "#8e5cc2", "#c2405a", "#6b7a8f")
CHART_HEIGHT = 280
MILLION = 1_000_000


def number_text(value: float, *, money: bool = False) -> str:
    """1234 -> "1.234"; 2.5 -> "2,5"; money -> "Rp1.500.000"."""
    if money:
        return format_rupiah(round(value))
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")


class ChartCard(QFrame):
    """``barClicked`` (a Drill) when the officer clicks a bar that stands for a list, or a linked line."""

    barClicked = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName(f"chart_{chart.key}")
        # as tall as its contents: while the first charts arrive they must not stretch to fill the page
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.data = chart
        self.bar_sets: list[QBarSet] = []
        self._order: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        self.title_label = QLabel(chart_text(chart.title), self)
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)
        # the bars' lists from the keyboard too: a menu of every bar that stands for a list
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("Daftar"))
        self.list_button.setToolTip(self.tr("Buka daftar di balik salah satu batang grafik ini"))
        self.list_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list_menu = QMenu(self.list_button)
        self.list_menu.aboutToShow.connect(self._fill_list_menu)
        self.list_button.setMenu(self.list_menu)
        self.list_button.setVisible(not chart.is_empty())
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.list_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)

        self.stack = QStackedWidget(self)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.view.setStyleSheet("QChartView { background: white; border: none; }")
        self.empty_label = QLabel(chart_text(chart.empty_text), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setMinimumHeight(CHART_HEIGHT)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.note_labels: list[QLabel] = []
        for number, (text, drill) in enumerate(chart.notes):
            note = QLabel(self)
            note.setWordWrap(True)
            note.setProperty("role", "hint")
            text = chart_text(text)
            if drill is None:
                note.setText(text)
            else:
                escaped = text.replace("&", "&amp;").replace("<", "&lt;")
                note.setText(f'<a href="{number}">{escaped}</a>')
                note.setToolTip(self.tr("Klik untuk melihat daftarnya"))
                note.linkActivated.connect(lambda _link, d=drill: self.barClicked.emit(d))
            self.note_labels.append(note)
            layout.addWidget(note)
        if chart.is_empty():
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.view.setChart(self._build_chart(chart))
            self.stack.setCurrentWidget(self.view)

    # --- the QtCharts chart ---------------------------------------------------------------------------------

    def _series(self, chart: Chart) -> QAbstractBarSeries:
        if chart.horizontal:
            return QHorizontalStackedBarSeries() if chart.stacked else QHorizontalBarSeries()
        return QStackedBarSeries() if chart.stacked else QBarSeries()

    def _build_chart(self, data: Chart) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(INDONESIAN))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        chart.setBackgroundBrush(QColor("white"))
        series = self._series(data)
        # a horizontal chart draws its first category at the bottom: reversed, the list reads from the top
        self._order = list(range(len(data.categories)))
        if data.horizontal:
            self._order.reverse()
        scale = MILLION if data.money else 1
        peak = 0.0
        for number, s in enumerate(data.series):
            bar_set = QBarSet(chart_text(s.name))
            bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[number % len(PALETTE)]))
            bar_set.append([s.bars[i].value / scale for i in self._order])
            bar_set.setLabelFont(font)
            bar_set.setLabelColor(QColor("white" if data.stacked else "#1f2937"))
            bar_set.clicked.connect(lambda index, s=s: self._clicked(s, index))
            bar_set.hovered.connect(lambda status, index, s=s: self._hovered(s, status, index))
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        if data.stacked:
            peak = max((sum(s.bars[i].value for s in data.series) for i in range(len(data.categories))), default=0)
        else:
            peak = max((bar.value for s in data.series for bar in s.bars), default=0)
        if not data.money:
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsCenter if data.stacked
                                     else QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([data.categories[i] for i in self._order])
        categories.setLabelsFont(font)
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelsFont(font)
        values.setMin(0)
        top = peak / scale
        values.setMax(top * 1.15 if top else 1)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f" if not data.money or top >= 10 else "%.1f")
        if data.money:
            values.setTitleText(self.tr("juta rupiah"))
            values.setTitleFont(font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if data.horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if data.horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        legend = chart.legend()
        legend.setVisible(len(data.series) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(font)
        return chart

    def _clicked(self, series: Series, index: int) -> None:
        if 0 <= index < len(self._order):
            index = self._order[index]
            drill = series.bars[index].drill
            if drill is not None:
                self.barClicked.emit(drill)

    def _hovered(self, series: Series, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self._order):
            QToolTip.hideText()
            return
        index = self._order[index]
        bar = series.bars[index]
        text = f"{self.data.categories[index]} — {chart_text(series.name)}: {number_text(bar.value, money=series.money)}"
        if bar.drill is not None:
            text += "\n" + self.tr("Klik untuk melihat daftarnya")
        QToolTip.showText(QCursor.pos(), text, self.view)

    def _fill_list_menu(self) -> None:
        self.list_menu.clear()
        several = len(self.data.series) > 1
        for s in self.data.series:
            for index, bar in enumerate(s.bars):
                if bar.drill is None or not bar.value:
                    continue
                text = self.data.categories[index] + (f" — {chart_text(s.name)}" if several else "")
                action = self.list_menu.addAction(f"{text}: {number_text(bar.value, money=s.money)}")
                action.triggered.connect(lambda _checked=False, d=bar.drill: self.barClicked.emit(d))

    def drill_at(self, series: int, index: int) -> Drill | None:
        return self.data.series[series].bars[index].drill

    def click_bar(self, series: int, index: int) -> None:
        """As if the officer clicked bar ``index`` (in the chart's data order) of series ``series``."""
        self.bar_sets[series].clicked.emit(self._order.index(index))

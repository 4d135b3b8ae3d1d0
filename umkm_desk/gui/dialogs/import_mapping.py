"""The column mapping of the import wizard: one line per column of the file (letter, header, a few sample values,
the field it goes to, and for money "per bulan"/"per tahun"), built into a grid the wizard's form provides.

A grid of real combo boxes rather than a table with editors: Tab walks from one choice to the next, so the whole
mapping can be set with the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from umkm_desk.core.services.imports import FIELDS, IGNORE, Mapping, SheetTable
from umkm_desk.gui import labels
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.models.import_results import cell_text, column_letter

_tr = translator("ImportMapping")

SAMPLES = 3
SAMPLE_CHARS = 26
_MONEY = {field.key for field in FIELDS if field.money}


def field_choices() -> list[tuple[str, str]]:
    """(key, label) for the field combo: "(abaikan)" first, required fields marked."""
    choices = [(IGNORE, _tr("(abaikan)"))]
    for field in FIELDS:
        label = labels.tr(field.label)  # the field names are a code table: scripts/translations.py lists them
        label = _tr("{label} (wajib)").format(label=label) if field.required else label
        choices.append((field.key, label))
    return choices


def samples(table: SheetTable, column: int, count: int = SAMPLES) -> list[str]:
    """The first ``count`` different non-empty values below the header in ``column``, shortened."""
    found: list[str] = []
    for row in table.rows[table.header_row + 1:]:
        if column < len(row):
            text = cell_text(row[column], SAMPLE_CHARS)
            if text and text not in found:  # three different values say more than one value three times
                found.append(text)
                if len(found) == count:
                    break
    return found


class MappingGrid(QObject):
    """Fills ``grid`` (inside ``container``) for one table and reads the officer's choices back."""

    changed = Signal()

    def __init__(self, container: QWidget, grid: QGridLayout) -> None:
        super().__init__(container)
        self._container = container
        self._grid = grid
        self.field_combos: list[QComboBox] = []
        self.period_combos: list[QComboBox] = []
        self._headers: tuple[str, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.field_combos = []
        self.period_combos = []
        self._headers = ()

    def build(self, table: SheetTable, mapping: Mapping) -> None:
        self.clear()
        self._headers = table.headers
        parent, grid = self._container, self._grid
        for column, title in enumerate((_tr("Kolom"), _tr("Judul di berkas"), _tr("Contoh isi"),
                                        _tr("Diimpor sebagai"), _tr("Angka per"))):
            head = QLabel(f"<b>{title}</b>", parent)
            grid.addWidget(head, 0, column)
        choices = field_choices()
        for index, header in enumerate(table.headers):
            row = index + 1
            letter = column_letter(index)
            if index in table.hidden_columns:
                letter = _tr("{letter} (tersembunyi)").format(letter=letter)
            letter_label = QLabel(letter, parent)
            header_label = QLabel(cell_text(header, 60), parent)
            header_label.setWordWrap(True)
            header_label.setTextFormat(Qt.TextFormat.PlainText)
            sample_label = QLabel(" · ".join(samples(table, index)) or _tr("(kosong)"), parent)
            sample_label.setProperty("role", "hint")
            sample_label.setWordWrap(True)
            sample_label.setTextFormat(Qt.TextFormat.PlainText)
            field_combo = QComboBox(parent)
            field_combo.setObjectName(f"fieldCombo{index}")
            for key, label in choices:
                field_combo.addItem(label, key)
            field_combo.setAccessibleName(_tr("Kolom {letter}: {header}").format(letter=letter, header=header))
            period_combo = QComboBox(parent)
            period_combo.setObjectName(f"periodCombo{index}")
            period_combo.addItem(_tr("per tahun"), False)
            period_combo.addItem(_tr("per bulan"), True)
            period_combo.setAccessibleName(_tr("Kolom {letter}: angka per bulan atau per tahun").format(
                letter=letter))
            key = mapping.columns[index] if index < len(mapping.columns) else IGNORE
            position = field_combo.findData(key)
            field_combo.setCurrentIndex(max(position, 0))
            period_combo.setCurrentIndex(1 if index in mapping.monthly else 0)
            for column, widget in enumerate((letter_label, header_label, sample_label, field_combo, period_combo)):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
            self.field_combos.append(field_combo)
            self.period_combos.append(period_combo)
            field_combo.currentIndexChanged.connect(lambda _i, c=index: self._field_changed(c))
            period_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self._show_period(index)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(table.headers) + 1, 1)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        widgets: list[QWidget] = []
        for field_combo, period_combo in zip(self.field_combos, self.period_combos, strict=True):
            widgets += [field_combo, period_combo]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_period(self, index: int) -> None:
        # kept in its cell but hidden for fields that are not money, so the grid does not jump
        period = self.period_combos[index]
        money = self.field_combos[index].currentData() in _MONEY
        policy = period.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        period.setSizePolicy(policy)
        period.setVisible(money)

    def _field_changed(self, index: int) -> None:
        self._show_period(index)
        self.changed.emit()

    def mapping(self) -> Mapping:
        columns = tuple(str(combo.currentData()) for combo in self.field_combos)
        monthly = frozenset(
            index for index, (key, period) in enumerate(zip(columns, self.period_combos, strict=True))
            if key in _MONEY and bool(period.currentData())
        )
        return Mapping(columns=columns, monthly=monthly)

    def set_field(self, index: int, key: str) -> None:
        """Choose ``key`` for column ``index`` (as the officer would with the combo)."""
        position = self.field_combos[index].findData(key)
        if position < 0:
            raise KeyError(key)
        self.field_combos[index].setCurrentIndex(position)

    def set_monthly(self, index: int, monthly: bool) -> None:
        self.period_combos[index].setCurrentIndex(1 if monthly else 0)


def name_column(mapping: Mapping) -> int | None:
    """The column that holds the business name, if one is mapped."""
    return _index_of(mapping.columns, "name")


def _index_of(columns: Sequence[str], key: str) -> int | None:
    try:
        return list(columns).index(key)
    except ValueError:
        return None

"""The widget kit (issue 12): one way to convert and edit dates, set up a table and translate module text, and
no page or dialog writing its own copy again."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.dates import DISPLAY_FORMAT, date_edit, from_qdate, to_qdate
from umkm_desk.gui.kit.tables import EXTENDED, make_table, setup_table
from umkm_desk.gui.kit.translate import translator

GUI = Path(__file__).resolve().parents[2] / "umkm_desk" / "gui"


class _Model(QAbstractTableModel):
    def rowCount(self, parent=None):  # noqa: N802 - Qt override
        return 2

    def columnCount(self, parent=None):  # noqa: N802 - Qt override
        return 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()},{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def test_dates_round_trip_and_the_edit_is_indonesian(qtbot):
    for value in (date(2026, 2, 28), date(2024, 2, 29), date(1999, 12, 31)):
        assert to_qdate(value) == QDate(value.year, value.month, value.day)
        assert from_qdate(to_qdate(value)) == value
    edit = date_edit(date(2026, 11, 28))
    qtbot.addWidget(edit)
    assert edit.calendarPopup() and edit.displayFormat() == DISPLAY_FORMAT == "dd/MM/yyyy"
    assert edit.locale().language() == QLocale.Language.Indonesian
    assert edit.text() == "28/11/2026" and from_qdate(edit.date()) == date(2026, 11, 28)
    today = date_edit()
    qtbot.addWidget(today)
    assert from_qdate(today.date()) == date.today()


def test_one_table_setup(qtbot):
    model = _Model()
    view = make_table(model, wrap=False, grid=False, row_height=30, resize=QHeaderView.ResizeMode.Interactive,
                      stretch=2, stretch_last=False, widths={0: 150, 1: 90})
    qtbot.addWidget(view)
    assert view.model() is model
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.alternatingRowColors() and not view.showGrid() and not view.wordWrap()
    assert view.verticalHeader().isHidden() and view.verticalHeader().defaultSectionSize() == 30
    header = view.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch and not header.stretchLastSection()
    assert view.columnWidth(0) == 150 and view.columnWidth(1) == 90

    widget = setup_table(QTableWidget(0, 3), selection=EXTENDED, alternating=False)
    qtbot.addWidget(widget)
    assert widget.selectionMode() == EXTENDED and not widget.alternatingRowColors()
    assert widget.horizontalHeader().stretchLastSection()


def test_translator_and_find_data(qtbot):
    from PySide6.QtWidgets import QComboBox

    assert translator("Kit")("Simpan") == "Simpan"  # no translation loaded: the Indonesian source text
    combo = QComboBox()
    qtbot.addWidget(combo)
    marker = object()
    combo.addItem("a", None)
    combo.addItem("b", marker)
    assert find_data(combo, marker) == 1 and find_data(combo, object()) == -1


#: what the kit owns; a page or dialog that writes its own again is caught here
_DUPLICATES = {
    r"^def (to|from)_qdate\(": "date conversion (kit.dates)",
    r"^def setup_date\(": "date edit setup (kit.dates)",
    r"^def find_data\(": "combo lookup (kit.combos)",
    r"^def _?tr\(text": "translation helper (kit.translate)",
    r"^class FormDialog\(": "form dialog base (kit.form_dialog)",
    r"setSelectionBehavior\(|setEditTriggers\(QAbstractItemView": "table setup (kit.tables)",
    r'setDisplayFormat\("dd/MM/yyyy"\)': "date edit factory (kit.dates)",
}


def test_pages_and_dialogs_use_the_kit():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel.startswith(("kit/", "forms/")) or rel == "labels.py":  # labels.py: the labels' own context
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for pattern, what in _DUPLICATES.items():
                if re.search(pattern, line.strip() if pattern.startswith("^") else line):
                    found.append(f"gui/{rel}:{number}: {what}")
    assert not found, "\n".join(found)

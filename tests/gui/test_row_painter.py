"""The row painter draws, pixel for pixel, what the table view draws cell by cell with the row delegate: the
alternating rows, the selection, elided texts in the model's colour and font, scrolled or not; a model without
``row_look`` is left to the view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QImage, QStandardItemModel
from PySide6.QtWidgets import QTableView

from umkm_desk.gui.kit.row_delegate import RowDelegate
from umkm_desk.gui.kit.row_painter import RowPainter
from umkm_desk.gui.kit.tables import setup_table

_ITALIC = QFont()
_ITALIC.setItalic(True)


class _Rows(QStandardItemModel):
    """Rows with long and short texts, muted rows and an italic column, as the UMKM list has."""

    def __init__(self, rows: int = 60, columns: int = 4) -> None:
        super().__init__(rows, columns)
        self.looked_up: list[int] = []

    def cell_look(self, row: int, column: int) -> tuple[str, QColor | None, QFont | None]:
        if column == 3 and row % 4 == 1:
            return "", None, None
        text = f"Usaha {row} kolom {column}" + (" Keripik Pisang Bu Sari Wulandari" * (column == 1))
        colour = QColor(110, 110, 110) if row % 5 == 0 else None
        return text, colour, _ITALIC if column == 2 and row % 3 == 0 else None

    def row_look(self, row: int) -> tuple[tuple[str, QColor | None, QFont | None], ...]:
        self.looked_up.append(row)
        return tuple(self.cell_look(row, column) for column in range(self.columnCount()))


def _view(qtbot, model: QStandardItemModel) -> tuple[QTableView, RowPainter]:
    view = setup_table(QTableView(), model, grid=False, wrap=False, widths=(120, 90, 140, 100))
    delegate = RowDelegate(view)
    view.setItemDelegate(delegate)
    painter = RowPainter(view, delegate)
    qtbot.addWidget(view)
    view.resize(520, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, painter


def _both(view: QTableView, painter: RowPainter) -> tuple[QImage, QImage]:
    ours = view.grab().toImage()
    view.viewport().removeEventFilter(painter)
    try:
        theirs = view.grab().toImage()
    finally:
        view.viewport().installEventFilter(painter)
    return ours, theirs


def test_the_rows_look_as_the_view_draws_them(qtbot):
    model = _Rows()
    view, painter = _view(qtbot, model)
    view.selectRow(2)
    model.looked_up.clear()
    ours, theirs = _both(view, painter)
    assert model.looked_up, "the painter drew the rows"
    assert len(set(model.looked_up)) == len(model.looked_up), "one model call per row drawn"
    assert ours == theirs

    view.verticalScrollBar().setValue(25)  # scrolled, the selection out of sight
    view.selectRow(30)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    ours, theirs = _both(view, painter)
    assert ours == theirs


def test_a_disabled_view_and_an_empty_model_look_as_the_view_draws_them(qtbot):
    model = _Rows()
    view, painter = _view(qtbot, model)
    view.setEnabled(False)
    ours, theirs = _both(view, painter)
    assert ours == theirs
    model.setRowCount(0)
    ours, theirs = _both(view, painter)
    assert ours == theirs


def test_a_model_without_row_look_is_painted_by_the_view(qtbot):
    model = QStandardItemModel(3, 2)
    model.setData(model.index(0, 0), "Warung Bu Ani")
    view, painter = _view(qtbot, model)
    seen: list[bool] = []

    class _Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                seen.append(painter.eventFilter(watched, event))
            return False

    spy = _Spy(view)
    view.viewport().installEventFilter(spy)
    view.grab()
    view.viewport().removeEventFilter(spy)
    assert seen and not any(seen)


def test_a_view_with_its_grid_is_painted_by_the_view(qtbot):
    model = _Rows()
    view, _painter = _view(qtbot, model)
    view.setShowGrid(True)
    model.looked_up.clear()
    view.grab()
    assert not model.looked_up

"""A table view's cells painted a row at a time, for the big lists whose model offers ``row_look(row)``.

QTableView paints cell by cell: for each of a screen's ~180 cells it builds an index (two calls into the
Python model for its bounds), a style option, a row panel through the style sheet style, and one call of the
Python delegate. On the UMKM list that was half of a search keystroke's drawing. Installed on the view's
viewport, :class:`RowPainter` draws the same pixels itself: the alternating row background, the selection, and
each cell's text laid out once by :class:`~umkm_desk.gui.kit.row_delegate.RowDelegate` (so a cell looks exactly as
the delegate draws it), with one model call per row. The view keeps everything else (scrolling, selection,
keyboard, the header's sort indicator, accessibility); a model without ``row_look``, or a view with its grid
shown, is painted by the view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTableView

from umkm_desk.gui.kit.row_delegate import RowDelegate

_PAINT = QEvent.Type.Paint


class RowPainter(QObject):
    def __init__(self, view: QTableView, delegate: RowDelegate) -> None:
        super().__init__(view)
        self._view = view
        self._delegate = delegate
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != _PAINT:
            return False
        look = getattr(self._view.model(), "row_look", None)
        if look is None or self._view.showGrid():  # the grid is the view's to draw
            return False
        self.paint(event.rect() if isinstance(event, QPaintEvent) else self._view.viewport().rect(), look)
        return True

    def paint(self, dirty: QRect, look: Any) -> None:
        """What QTableView.paintEvent draws with the row delegate, no grid, rows neither moved nor hidden."""
        view = self._view
        model = view.model()
        rows, columns = model.rowCount(), model.columnCount()
        if not rows or not columns:
            return
        first = view.rowAt(dirty.top())
        last = view.rowAt(dirty.bottom())
        first = 0 if first < 0 else first
        last = rows - 1 if last < 0 else last
        left = view.columnAt(dirty.left())
        right = view.columnAt(dirty.right())
        left = 0 if left < 0 else left
        right = columns - 1 if right < 0 else right
        cells = [(c, view.columnViewportPosition(c), view.columnWidth(c)) for c in range(left, right + 1)
                 if not view.isColumnHidden(c)]
        if not cells:
            return
        start, end = cells[0][1], cells[-1][1] + cells[-1][2]
        selected = self._selected(first, last)
        palette = view.palette()
        group = (QPalette.ColorGroup.Disabled if not view.isEnabled() else
                 QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase) if view.alternatingRowColors() else None
        selection = self._delegate.selection
        font, metrics = view.font(), view.fontMetrics()
        draw = self._delegate.draw_row
        row_y, height = view.rowViewportPosition, view.rowHeight
        painter = QPainter(view.viewport())
        try:
            for row in range(first, last + 1):
                y, h = row_y(row), height(row)
                if alternate is not None and row % 2:
                    painter.fillRect(start, y, end - start, h, alternate)
                marked = selected.get(row)
                if marked is not None:
                    for column, x, w in cells:
                        if column in marked:
                            painter.fillRect(x, y, w, h, selection)
                draw(painter, y, h, cells, look(row), font, metrics)
        finally:
            painter.end()

    def _selected(self, first: int, last: int) -> dict[int, set[int]]:
        """The selected columns of each visible row that has any (the view selects whole rows)."""
        found: dict[int, set[int]] = {}
        selection = self._view.selectionModel()
        if selection is None:
            return found
        for span in selection.selection():
            columns = range(span.left(), span.right() + 1)
            for row in range(max(span.top(), first), min(span.bottom(), last) + 1):
                found.setdefault(row, set()).update(columns)
        return found

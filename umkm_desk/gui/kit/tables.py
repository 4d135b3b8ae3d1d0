"""One way to set up a read-only table: whole rows selected, no editing in place, no row numbers; the rest
(selection mode, grid, wrapping, row height, column sizing) by keyword."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

View = TypeVar("View", bound=QTableView)

SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection


def setup_table(
    view: View,
    model: QAbstractItemModel | None = None,
    *,
    selection: QAbstractItemView.SelectionMode | None = SINGLE,
    alternating: bool = True,
    grid: bool = True,
    wrap: bool = True,
    row_height: int | None = None,
    resize: QHeaderView.ResizeMode | None = None,
    stretch_last: bool | None = True,
    stretch: int | None = None,
    widths: Sequence[int] | Mapping[int, int] = (),
    highlight_header: bool = True,
) -> View:
    """Configure ``view`` (a QTableView or QTableWidget) and return it.

    ``selection`` None keeps the view's own default; ``resize`` is the columns' resize mode, ``stretch`` one
    column that takes the spare width, ``stretch_last`` None leaves the header's default; ``widths`` are
    starting column widths (a list from column 0, or {column: width})."""
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if selection is not None:
        view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.setShowGrid(grid)
    view.setWordWrap(wrap)
    vertical = view.verticalHeader()
    vertical.hide()
    if row_height is not None:
        vertical.setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(highlight_header)
    if resize is not None:
        header.setSectionResizeMode(resize)
    if stretch_last is not None:
        header.setStretchLastSection(stretch_last)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    items = widths.items() if isinstance(widths, Mapping) else enumerate(widths)
    for column, width in items:
        view.setColumnWidth(column, width)
    return view


def make_table(model: QAbstractItemModel | None = None, parent: QWidget | None = None, **options: object) -> QTableView:
    """A new QTableView over ``model``, set up by :func:`setup_table` (same keywords)."""
    return setup_table(QTableView(parent), model, **options)  # type: ignore[arg-type]

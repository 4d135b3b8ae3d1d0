"""What the Mitra page is made of besides its form: the badge and progress delegates of its tables, the table
set-up they share, and the child-row tab (ui/partner_child_tab.ui) used three times (agreements, work plans,
placements). The page's form (ui/mitra_page.ui) promotes its three child tabs to :class:`PartnerChildTab`.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from umkm_desk.gui.fit import fit_header_titles
from umkm_desk.gui.forms.ui_partner_child_tab import Ui_PartnerChildTab
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.models.partner_models import (
    AMBER,
    BADGE_ROLE,
    GREEN,
    PROGRESS_ROLE,
    RowTableModel,
    format_percent,
)
from umkm_desk.gui.theme import ACCENT

_Index = QModelIndex | QPersistentModelIndex


def _paint_background(painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
    opt = QStyleOptionViewItem(option)
    opt.text = ""
    widget = option.widget  # type: ignore[attr-defined]
    style = widget.style() if widget else None
    if style:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class BadgeDelegate(QStyledItemDelegate):
    """Paints BADGE_ROLE = (text, background, foreground) as a rounded pill; plain text when there is none."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badge = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        text, background, foreground = badge
        _paint_background(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font  # type: ignore[attr-defined]
        font.setPointSizeF(max(font.pointSizeF() - 0.5, 7))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 6
        pill = QRectF(rect.x() + 6, rect.center().y() - height / 2 + 1, width, height)
        path = QPainterPath()
        path.addRoundedRect(pill, height / 2, height / 2)
        painter.fillPath(path, QColor(background))
        painter.setPen(QColor(foreground))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> Any:  # noqa: N802, ANN401 - Qt API
        size = super().sizeHint(option, index)
        badge = index.data(BADGE_ROLE)
        if badge:
            size.setWidth(option.fontMetrics.horizontalAdvance(badge[0]) + 40)  # type: ignore[attr-defined]
        return size


class ProgressDelegate(QStyledItemDelegate):
    """Paints PROGRESS_ROLE (percent, may pass 100) as a bar with the number beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        percent = index.data(PROGRESS_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        _paint_background(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        text = format_percent(percent)
        text_width = option.fontMetrics.horizontalAdvance("100%") + 10  # type: ignore[attr-defined]
        bar = QRectF(rect.x() + 8, rect.center().y() - 5, max(rect.width() - text_width - 20, 20), 10)
        track = QPainterPath()
        track.addRoundedRect(bar, 5, 5)
        painter.fillPath(track, QColor("#e8edf3"))
        share = min(percent, 100.0) / 100.0
        if share > 0:
            chunk = QPainterPath()
            chunk.addRoundedRect(QRectF(bar.x(), bar.y(), max(bar.width() * share, 10), bar.height()), 5, 5)
            color = GREEN[1] if percent >= 100 else (ACCENT if percent >= 50 else AMBER[1])
            painter.fillPath(chunk, QColor(color))
        painter.setPen(option.palette.text().color())  # type: ignore[attr-defined]
        text_rect = QRectF(bar.right() + 8, rect.y(), text_width, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> Any:  # noqa: N802, ANN401 - Qt API
        size = super().sizeHint(option, index)
        size.setWidth(max(size.width(), 190))
        return size


# --- small widgets --------------------------------------------------------------------------------------


def partner_table(view: QTableView, model: RowTableModel[Any], *, badge_columns: tuple[int, ...] = (),
                  progress_columns: tuple[int, ...] = (), stretch: int | None = None) -> QTableView:
    """Set up a table of the Mitra page from a form over ``model``: badges and progress bars painted in the
    given columns, ``stretch`` the column that takes the spare width (else the last one)."""
    setup_table(view, model, grid=False, wrap=False, row_height=34, highlight_header=False,
                resize=QHeaderView.ResizeMode.ResizeToContents, stretch_last=stretch is None, stretch=stretch)
    for column in badge_columns:
        view.setItemDelegateForColumn(column, BadgeDelegate(view))
    for column in progress_columns:
        view.setItemDelegateForColumn(column, ProgressDelegate(view))
    fit_header_titles(view)
    if stretch is not None:
        # When the other columns leave no room, the stretched column keeps its size: let that be the width of its
        # title, not Qt's default, whatever size the (possibly hidden) tab had when the rows came.
        header = view.horizontalHeader()
        header.setDefaultSectionSize(header.minimumSectionSize())
    return view




class PartnerChildTab(QWidget):
    """One tab over one kind of child row: a toolbar (add, edit, archive, restore) and a table.

    Built from ui/partner_child_tab.ui; :meth:`setup` gives it its model and texts (the page's form creates it
    with a parent only)."""

    model: RowTableModel[Any]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartnerChildTab()
        self.ui.setupUi(self)
        self.add_button = self.ui.addButton
        self.edit_button = self.ui.editButton
        self.archive_button = self.ui.archiveButton
        self.restore_button = self.ui.restoreButton
        self.count_label = self.ui.countLabel
        self.table = self.ui.table
        self.empty_label = self.ui.emptyLabel
        #: False for a role that may not change partners: the add, edit, archive and restore buttons are hidden
        self.writable = True

    def setup(self, model: RowTableModel[Any], add_text: str, empty_text: str, *,
              badge_columns: tuple[int, ...] = (), stretch: int | None = None) -> None:
        self.model = model
        self.add_button.setText(add_text)
        self.empty_label.setText(empty_text)
        partner_table(self.table, model, badge_columns=badge_columns, stretch=stretch)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def selected_row(self) -> Any:  # noqa: ANN401 - a service view row
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row())

    def set_rows(self, rows: list[Any], keep: uuid.UUID | None = None) -> None:
        current = self.selected_row()
        keep = keep or (current.id if current is not None else None)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.count_label.setText(self.tr("{n} baris").format(n=len(rows)) if rows else "")
        row = self.model.row_of_id(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self.update_buttons()

    def set_writable(self, writable: bool) -> None:
        if writable != self.writable:
            for button in (self.add_button, self.edit_button, self.archive_button):
                button.setVisible(writable)
        self.writable = writable
        self.update_buttons()

    def update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(self.writable and row is not None and not row.archived)
        self.archive_button.setEnabled(self.writable and row is not None and not row.archived)
        self.restore_button.setEnabled(self.writable and row is not None and row.archived)
        self.restore_button.setVisible(self.writable and self.model.rowCount() > 0
                                       and any(r.archived for r in self.model.rows))

"""A cell painter for the big lists: one Python call per cell, its text drawn from a cached QStaticText.

Qt's default delegate asks the model for every role of a cell, then lays the text out and draws it through the
style sheet's item rules, on every paint; on the UMKM list that is most of a search keystroke (18 × 10 cells).
A model that offers ``cell_look(row, column) -> (text, colour or None, font or None)`` is painted from that
tuple, and each text is laid out once per width (kelurahan, sector, stage and date texts repeat from row to row
and from one search to the next). Any other model falls back to the default delegate. Tooltips, selection and
the alternating rows stay the view's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from umkm_desk.gui.theme import SELECTION, TEXT

#: the item view's own text margin (QStyle::PM_FocusFrameHMargin + 1 in the styles Qt ships)
MARGIN = 4
_SELECTED = QStyle.StateFlag.State_Selected.value
_ELIDE = Qt.TextElideMode.ElideRight
#: laid-out texts kept; a screen holds ~200, a day of searching a few thousand distinct ones
_CACHE_LIMIT = 4000


class RowDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = QColor(SELECTION)
        self._text = QColor(TEXT)
        self._laid_out: dict[tuple[str, int, bool, int], tuple[QStaticText, float, QFont]] = {}
        self._model: object = None
        self._look: Any = None

    @property
    def selection(self) -> QColor:
        """The background of a selected cell."""
        return self._selection

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # Called for every visible cell on every repaint: kept to the fewest calls across the Python/Qt boundary.
        model: Any = index.model()
        if model is not self._model:
            self._model = model
            self._look = getattr(model, "cell_look", None)
        look = self._look
        if look is None:
            super().paint(painter, option, index)
            return
        text, colour, font = look(index.row(), index.column())
        rect: QRect = option.rect  # type: ignore[attr-defined]
        if option.state.value & _SELECTED:  # type: ignore[attr-defined]
            painter.fillRect(rect, self._selection)
        if text:
            self.draw_text(painter, *rect.getRect(), text, colour, font, option.font,  # type: ignore[attr-defined]
                           option.fontMetrics)  # type: ignore[attr-defined]

    def draw_text(self, painter: QPainter, x: int, y: int, width: int, height: int, text: str,
                  colour: QColor | None, font: QFont | None, base_font: QFont, metrics: QFontMetrics) -> None:
        """A cell's text as the view's own delegate places it: elided to the cell less its margins, centred
        vertically, in ``colour`` (None: the theme's text colour) and ``font`` (None: the view's)."""
        width -= 2 * MARGIN
        key = (text, width, font is not None, height)
        laid = self._laid_out.get(key)
        if laid is None:
            laid = self._lay_out(painter, text, font, base_font, metrics, width, height, key)
        painter.setFont(laid[2])
        painter.setPen(colour if colour is not None else self._text)
        painter.drawStaticText(QPointF(x + MARGIN, y + laid[1]), laid[0])

    def draw_row(self, painter: QPainter, y: int, height: int, cells: list[tuple[int, int, int]],
                 looks: Sequence[tuple[str, QColor | None, QFont | None]], base_font: QFont,
                 metrics: QFontMetrics) -> None:
        """Every cell's text of a row, as :meth:`draw_text` draws each (``cells``: column, x, width), setting the
        painter's font and pen only where they change (gui.kit.row_painter: ~180 cells per repaint)."""
        laid_out = self._laid_out
        italic_font: QFont | None = None
        pen: QColor | None = None
        for column, x, width in cells:
            text, colour, font = looks[column]
            if not text:
                continue
            inner = width - 2 * MARGIN
            key = (text, inner, font is not None, height)
            laid = laid_out.get(key)
            if laid is None:
                laid = self._lay_out(painter, text, font, base_font, metrics, inner, height, key)
            if font is not italic_font or pen is None:
                painter.setFont(laid[2])
                italic_font = font
            wanted = colour if colour is not None else self._text
            if wanted is not pen:
                painter.setPen(wanted)
                pen = wanted
            painter.drawStaticText(QPointF(x + MARGIN, y + laid[1]), laid[0])

    def _lay_out(self, painter: QPainter, text: str, font: QFont | None, base_font: QFont, base_metrics: QFontMetrics,
                 width: int, height: int, key: tuple[str, int, bool, int]) -> tuple[QStaticText, float, QFont]:
        used = font if font is not None else base_font
        metrics = base_metrics if font is None else QFontMetrics(font)
        static = QStaticText(metrics.elidedText(text, _ELIDE, width))
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(painter.transform(), used)
        if len(self._laid_out) >= _CACHE_LIMIT:
            self._laid_out.clear()
        laid = self._laid_out[key] = (static, (height - metrics.height()) / 2, QFont(used))
        return laid

    def forget(self) -> None:
        """Drop the laid-out texts (after a font or theme change)."""
        self._laid_out.clear()

"""The list painter draws what the model's cell_look says, elided to the cell, and falls back to Qt's delegate."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from umkm_desk.gui.kit.row_delegate import RowDelegate
from umkm_desk.gui.theme import SELECTION


class _Looks(QStandardItemModel):
    def __init__(self, text: str, colour: QColor | None = None, font: QFont | None = None) -> None:
        super().__init__(1, 1)
        self.look = (text, colour, font)

    def cell_look(self, row: int, column: int) -> tuple[str, QColor | None, QFont | None]:
        return self.look


def _paint(delegate: RowDelegate, model, width: int, *, selected: bool = False) -> QImage:
    image = QImage(width, 28, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(QTableView())
    option.rect = QRect(0, 0, width, 28)
    if selected:
        from PySide6.QtWidgets import QStyle

        option.state |= QStyle.StateFlag.State_Selected
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def _inked(image: QImage, background: QColor) -> int:
    return sum(image.pixelColor(x, y) != background for x in range(image.width()) for y in range(image.height()))


def test_the_text_is_drawn_elided_and_in_the_models_colour(qtbot):
    delegate = RowDelegate()
    long_name = "Keripik Pisang Bu Sari Wulandari dari Kelurahan Cipare " * 3
    image = _paint(delegate, _Looks(long_name, QColor("#ff0000")), 120)
    assert _inked(image, QColor("white")) > 30
    red = [image.pixelColor(x, y) for x in range(120) for y in range(28)]
    assert any(c.red() > 200 and c.green() < 120 for c in red)  # drawn in the model's colour
    [(text, width, italic, _height)] = delegate._laid_out  # noqa: SLF001 - the cache is what makes it fast
    assert width == 120 - 8 and not italic and text == long_name
    [(static, _offset, _font)] = delegate._laid_out.values()  # noqa: SLF001
    assert static.text().endswith("…") and len(static.text()) < len(long_name)


def test_a_selected_cell_gets_the_selection_colour_and_an_empty_text_nothing_else(qtbot):
    image = _paint(RowDelegate(), _Looks(""), 60, selected=True)
    assert image.pixelColor(30, 14) == QColor(SELECTION)
    assert _inked(image, QColor(SELECTION)) == 0


def test_a_model_without_cell_look_is_painted_by_qt(qtbot):
    model = QStandardItemModel(1, 1)
    model.setData(model.index(0, 0), "Warung Bu Ani")
    image = _paint(RowDelegate(), model, 150)
    assert _inked(image, QColor("white")) > 30

"""Size widgets from their text in the current font, so a layout holds with any font the PC substitutes.

Fixed pixel widths were chosen with a narrow font; with DejaVu Sans (wider) they cut "Kecamatan" to "Kecamat".
These helpers only ever widen: a column or field keeps its designed width when that is enough.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QStyle, QStyleOptionFrame

#: room Qt keeps between a line edit's frame and its text (QLineEditPrivate::horizontalMargin), both sides
_LINE_EDIT_TEXT_MARGIN = 2 * 2


def fit_header_titles(view: QAbstractItemView, header: QHeaderView | None = None) -> None:
    """Widen every section of ``header`` (default: the view's horizontal header) to show its title in full.

    Stretched sections cannot be widened directly; the header's minimum section size keeps them readable.
    """
    header = header or view.horizontalHeader()  # type: ignore[attr-defined]
    header.ensurePolished()  # the stylesheet's header padding and bold font count
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        needed = header.sectionSizeFromContents(section).width()
        mode = header.sectionResizeMode(section)
        if mode == QHeaderView.ResizeMode.Stretch:
            header.setMinimumSectionSize(max(header.minimumSectionSize(), needed))
        elif mode != QHeaderView.ResizeMode.ResizeToContents and header.sectionSize(section) < needed:
            # a stretched last section keeps this width when the columns overflow, and grows when they don't
            header.resizeSection(section, needed)


def fit_placeholder(edit: QLineEdit, extra: int = 0) -> None:
    """Give ``edit`` at least the width its placeholder needs (plus ``extra`` for a clear button or icon)."""
    edit.ensurePolished()  # the stylesheet's padding and border count
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    text = QFontMetrics(edit.font()).horizontalAdvance(edit.placeholderText())
    chrome = edit.width() - edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
    margins = edit.textMargins()
    edit.setMinimumWidth(max(edit.minimumWidth(), text + chrome + margins.left() + margins.right()
                             + _LINE_EDIT_TEXT_MARGIN + extra))

"""Find text that does not fit its widget: what an officer would see cut off ("Semua petuga", "Kecamat").

:func:`clipped_texts` walks every visible label, button, combo box (current text), line-edit placeholder, header
section, group-box title and tab of a widget tree and measures the text with the widget's own font against the
room the widget gives it (frame, padding, icons and drop-down arrows taken off the way the style computes them).
Word-wrapped labels may wrap; they must be tall enough for all their lines.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)

#: a pixel of rounding between the style's size hints and the font metrics is not a clipped glyph
SLACK = 1
#: QLineEditPrivate::horizontalMargin: the gap Qt keeps between the contents rectangle and the text
LINE_EDIT_MARGIN = 2


def _name(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 3:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(chain))


def _shown(widget: QWidget, root: QWidget) -> bool:
    if widget is not root and not widget.isVisibleTo(root):
        return False
    # a widget scrolled out of its viewport is not on screen, so it is not clipped either
    return widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    indent = max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room.width() - indent)
            return _tall_enough(label, doc.size().height(), room)
        width = doc.idealWidth()
        return None if width <= room.width() - indent + SLACK else f"needs {width:.0f} px, has {room.width()}"
    if label.buddy() is not None:  # "&Berkas" shows as "Berkas" with B underlined
        text = re.sub(r"&(.)", r"\1", text)
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        box = metrics.boundingRect(QRect(0, 0, room.width() - indent, 100_000),
                                   int(Qt.TextFlag.TextWordWrap) | int(label.alignment()), text)
        if box.width() > room.width() - indent + SLACK:  # one word longer than the label
            return f"a word needs {box.width()} px, has {room.width()}"
        return _tall_enough(label, box.height(), room)
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    height = metrics.lineSpacing() * (text.count("\n") + 1) - metrics.leading()
    if width > room.width() - indent + SLACK:
        return f"needs {width} px, has {room.width() - indent}"
    if height > room.height() + SLACK:
        return f"needs {height} px high, has {room.height()}"
    return None


def _tall_enough(label: QLabel, needed: float, room: QRect) -> str | None:
    return None if needed <= room.height() + SLACK else f"wrapped needs {needed:.0f} px high, has {room.height()}"


def _button(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    if isinstance(button, QPushButton):
        # QPushButton's size hint has a floor (about 80 px) that is not about the text; a long dummy text lifts
        # it, so the hint minus that text's advance is the room the padding, border and icon take.
        pad = "M" * 40
        blocked = button.blockSignals(True)
        button.setText(text + pad)
        chrome = button.sizeHint().width() - QFontMetrics(button.font()).horizontalAdvance(pad)
        button.setText(text)
        button.blockSignals(blocked)
        needed = chrome
    else:
        needed = button.sizeHint().width()
    return None if button.width() + SLACK >= needed else f"needs {needed} px, has {button.width()}"


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    width = QFontMetrics(combo.font()).horizontalAdvance(text)
    return None if width <= room + SLACK else f"needs {width} px, has {room}"


def _placeholder(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    for action in edit.actions():  # icons inside the field (e.g. a search glass) take room from the text
        if action.isVisible():
            room -= edit.height() - 4
    width = QFontMetrics(edit.font()).horizontalAdvance(text)
    return None if width <= room + SLACK else f"placeholder needs {width} px, has {room}"


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    problems = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = header.sectionSizeFromContents(logical)
        needed_size = needed.width() if header.orientation() == Qt.Orientation.Horizontal else needed.height()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() != logical:
            # Qt reserves room for the arrow on every section; only the sorted one draws it
            needed_size -= header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.sectionSize(logical) + SLACK < needed_size:
            problems.append(f"header {text!r}: needs {needed_size} px, has {header.sectionSize(logical)}")
    return problems


def _group_box(box: QGroupBox) -> str | None:
    title = box.title()
    if not title:
        return None
    metrics = QFontMetrics(box.font())
    width = metrics.horizontalAdvance(title.replace("&", ""))
    # theme.py puts the title 16 px from the left inside a 16 px side padding and a 1 px border
    room = box.width() - 2 * 16 - 2
    return None if width <= room + SLACK else f"title needs {width} px, has {room}"


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        needed = bar.tabSizeHint(index).width()
        has = bar.tabRect(index).width()
        if has + SLACK < needed:
            problems.append(f"tab {bar.tabText(index)!r}: needs {needed} px, has {has}")
    total = sum(bar.tabRect(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
    if total > bar.width() + SLACK:  # the last tabs hide behind scroll arrows
        problems.append(f"tabs need {total} px, the bar has {bar.width()}")
    return problems


def _overlaps(layout: QLayout, root: QWidget) -> list[str]:
    """Widgets of one layout drawn over each other: an over-full row squeezes them below their minimum."""
    if isinstance(layout, QStackedLayout) or not layout.parentWidget() or not _shown(layout.parentWidget(), root):
        return []
    boxes: list[tuple[str, QRect]] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget()
        if widget is not None and not widget.isVisibleTo(root):
            continue
        if item.spacerItem() is not None or item.geometry().isEmpty():
            continue
        name = _name(widget) + " " + _text_of(widget) if widget is not None else f"layout #{index}"
        boxes.append((name, item.geometry()))
    problems = []
    for i, (name, box) in enumerate(boxes):
        for other, other_box in boxes[i + 1:]:
            common = box.intersected(other_box)
            if common.width() > SLACK and common.height() > SLACK:
                problems.append(f"{name} and {other} overlap by {common.width()} px")
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """One line per text that does not fit (or widget drawn over another), naming it; empty when all fit."""
    problems: list[str] = []
    for layout in root.findChildren(QLayout):
        try:
            problems += _overlaps(layout, root)
        except RuntimeError:  # a layout whose widget is being deleted (deleteLater) is not on screen
            continue
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        found: list[str | None] = []
        if isinstance(widget, QLabel):
            found.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button(widget))
        elif isinstance(widget, QComboBox):
            found.append(_combo(widget))
        elif isinstance(widget, QLineEdit):
            found.append(_placeholder(widget))
        elif isinstance(widget, QGroupBox):
            found.append(_group_box(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
        text = _text_of(widget)
        problems += [f"{_name(widget)} {text}: {p}" for p in found if p]
    return problems


def _text_of(widget: QWidget) -> str:
    for attr in ("text", "currentText", "placeholderText", "title"):
        getter = getattr(widget, attr, None)
        if callable(getter) and not isinstance(widget, (QAbstractItemView, QAbstractScrollArea)):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                return repr(value if len(value) <= 60 else value[:57] + "…")
    return ""

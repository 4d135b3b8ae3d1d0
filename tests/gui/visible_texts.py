"""Every text an officer can read in a widget tree: labels, buttons, group and tab titles, window titles,
placeholders, combo-box items, tooltips, table headers and menu entries, keyed by where they sit.

Keys are built from class names, object names and the index among same-class siblings, so building the same screen
twice (in Indonesian, then in English) gives the same keys and the two walks can be compared text by text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)


def _key(widget: QWidget, root: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and w is not root:
        parent = w.parentWidget()
        siblings = [c for c in (parent.children() if parent else []) if type(c) is type(w)]
        index = siblings.index(w) if w in siblings else 0
        parts.append(f"{w.objectName() or type(w).__name__}[{index}]")
        w = parent
    return "/".join(reversed(parts)) or type(root).__name__


def _plain(text: str) -> str:
    """What the eye reads: no mnemonic ampersand, no HTML tags."""
    text = re.sub(r"<[^>]+>", "", text) if "<" in text and ">" in text else text
    return re.sub(r"&(&?)", r"\1", text).strip()


def visible_texts(root: QWidget) -> dict[str, str]:
    found: dict[str, str] = {}

    def add(key: str, text: str | None) -> None:
        text = _plain(text or "")
        if text:
            found[key] = text

    if root.isWindow():
        add("window-title", root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        key = _key(widget, root)
        add(f"{key}:tooltip", widget.toolTip())
        if isinstance(widget, QLabel) and (widget.pixmap() is None or widget.pixmap().isNull()) or isinstance(widget, QAbstractButton):
            add(f"{key}:text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(f"{key}:title", widget.title())
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(f"{key}:placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{key}:item{i}", widget.itemText(i))
            if widget.lineEdit() is not None:
                add(f"{key}:placeholder", widget.lineEdit().placeholderText())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{key}:tab{i}", widget.tabText(i))
                add(f"{key}:tab{i}:tooltip", widget.tabToolTip(i))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                add(f"{key}:header{column}",
                    str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
        elif isinstance(widget, QMenuBar):
            for menu_action in widget.actions():
                add(f"{key}:menu:{menu_action.objectName()}", menu_action.text())
                menu = menu_action.menu()
                if isinstance(menu, QMenu):
                    for i, action in enumerate(menu.actions()):
                        add(f"{key}:menu:{menu_action.objectName()}:{i}", action.text())
                        add(f"{key}:menu:{menu_action.objectName()}:{i}:tooltip",
                            action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
    return found

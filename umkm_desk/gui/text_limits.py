"""Field limits on screen, from the one table the services enforce (services.text_fields).

Single-line fields get QLineEdit.setMaxLength, so typing stops where the column ends. Multi-line notes
(QPlainTextEdit has no maximum) get a counter under the box that appears near the limit and turns into the
refusal message past it; the service refuses on save either way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLineEdit, QPlainTextEdit, QWidget

from umkm_desk.core.services.text_fields import max_length

__all__ = ["NotesCounter", "limit_line_edit", "limit_line_edits", "limit_notes"]

#: the counter appears when this share of the limit is used
_SHOW_FROM = 0.8


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def limit_line_edit(edit: QLineEdit, key: str) -> None:
    """Limit ``edit`` to the field's length; a longer stored value is never cut (the rule's message shows)."""
    edit.setMaxLength(max(max_length(key), len(edit.text())))


def limit_line_edits(pairs: dict[str, QLineEdit] | list[tuple[QLineEdit, str]]) -> None:
    items = pairs.items() if isinstance(pairs, dict) else [(key, edit) for edit, key in pairs]
    for key, edit in items:
        limit_line_edit(edit, key)


def _holding_layout(root: QLayout, anchor: QWidget) -> QLayout | None:
    if root.indexOf(anchor) >= 0:
        return root
    for i in range(root.count()):
        child = root.itemAt(i).layout()
        found = _holding_layout(child, anchor) if child is not None else None
        if found is not None:
            return found
    return None


def _insert_after(anchor: QWidget, widget: QWidget) -> None:
    """Put ``widget`` right below ``anchor`` in the box layout that holds it (the .ui forms put every notes box
    in a QVBoxLayout with its error label); anywhere else, at the end of the parent's layout."""
    parent = anchor.parentWidget()
    root = parent.layout() if parent is not None else None
    if root is None:
        return
    holder = _holding_layout(root, anchor)
    if isinstance(holder, QBoxLayout):
        holder.insertWidget(holder.indexOf(anchor) + 1, widget)
    else:
        root.addWidget(widget)


class NotesCounter(QObject):
    """Watches a QPlainTextEdit against its field limit and says so under it."""

    def __init__(self, edit: QPlainTextEdit, key: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.limit = max_length(key)
        self.label = QLabel(edit.parentWidget())
        self.label.setObjectName(f"{edit.objectName() or 'notes'}Counter")
        self.label.setWordWrap(True)
        self.label.hide()
        _insert_after(edit, self.label)
        edit.textChanged.connect(self.update)
        self.update()

    def over(self) -> bool:
        return len(self.edit.toPlainText()) > self.limit

    def message(self) -> str:
        """What the counter says now ("" when far from the limit)."""
        used = len(self.edit.toPlainText())
        if used > self.limit:
            return QCoreApplication.translate(
                "NotesCounter", "{used} dari {limit} karakter: terlalu panjang, persingkat dulu."
            ).format(used=_count(used), limit=_count(self.limit))
        if used >= self.limit * _SHOW_FROM:
            return QCoreApplication.translate("NotesCounter", "{used} dari {limit} karakter").format(
                used=_count(used), limit=_count(self.limit)
            )
        return ""

    def update(self) -> None:
        text = self.message()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        invalid = self.over()
        self.label.setProperty("role", "error" if invalid else "hint")
        if bool(self.edit.property("invalid")) != invalid:
            self.edit.setProperty("invalid", invalid)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)


def limit_notes(edit: QPlainTextEdit, key: str) -> NotesCounter:
    return NotesCounter(edit, key)

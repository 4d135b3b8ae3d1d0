"""The password fields that the login, the first administrator, the password change and the idle lock share: a
field that never shows what is typed and takes no more than the services accept, and a new password typed twice
with its strength said as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from umkm_desk.core.services.accounts.passwords import MAX_LENGTH, strength_hint

__all__ = ["NewPassword", "password_edit"]


def password_edit(object_name: str, parent: QWidget | None = None) -> QLineEdit:
    """A password field: typed text hidden, at most the longest password the services accept (longer input
    is cut at the field, never sent to a hash)."""
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_LENGTH)
    return edit


class NewPassword(QObject):
    """A new password typed twice, and the hint under them that says its strength while it is typed."""

    def __init__(self, parent: QWidget, *, first_name: str, repeat_name: str = "repeatEdit") -> None:
        super().__init__(parent)
        self.first = password_edit(first_name, parent)
        self.repeat = password_edit(repeat_name, parent)
        self.hint = QLabel(parent)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self._show_strength)
        self._show_strength("")

    def add_rows(self, form: QFormLayout, first_label: str, repeat_label: str) -> None:
        form.addRow(first_label, self.first)
        form.addRow(repeat_label, self.repeat)

    def matches(self) -> bool:
        """Both fields hold the same text (the services check everything else)."""
        return self.first.text() == self.repeat.text()

    def text(self) -> str:
        return self.first.text()

    def _show_strength(self, text: str) -> None:
        self.hint.setText(self.tr("Kekuatan: {hint}").format(hint=strength_hint(text)[1]))

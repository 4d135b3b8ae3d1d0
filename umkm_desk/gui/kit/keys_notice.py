"""The bar a list shows while it holds only the rows behind a number on the Laporan page: what they are, and a
button that brings the whole list back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class KeysNotice(QFrame):
    """Hidden until :meth:`show_notice`; ``cleared`` when the officer asks for the whole list again."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysNotice")
        self.setProperty("role", "summary")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Tampilkan semua"), self)
        self.clear_button.setToolTip(self.tr("Kembali ke daftar lengkap"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.clear_button.clicked.connect(self.cleared)
        self.hide()

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

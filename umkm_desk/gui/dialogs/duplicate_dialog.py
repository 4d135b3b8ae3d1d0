"""Shown when a business being saved looks like one already registered: open the existing one, or save anyway
with a reason (which is stored on the business and in the audit log)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.registry.duplicates import REASON_LABELS, DuplicateMatch
from umkm_desk.gui.kit.tables import setup_table


@dataclass(frozen=True)
class DuplicateDecision:
    """``open_id`` set: open that business; ``reason`` set: save anyway; neither: back to the form."""

    open_id: uuid.UUID | None = None
    reason: str | None = None


class DuplicateDialog(QDialog):
    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches = matches
        self.decision = DuplicateDecision()
        self.setWindowTitle(self.tr("Mungkin sudah terdaftar"))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("UMKM ini mirip {n} data yang sudah ada").format(n=len(matches)))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        explain = QLabel(
            self.tr(
                "Periksa dulu apakah usaha ini sudah terdaftar. Buka data yang ada untuk memperbaruinya, "
                "atau tetap simpan sebagai usaha baru dengan alasan (mis. cabang kedua milik pemilik yang sama)."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "hint")
        layout.addWidget(explain)

        self.table = setup_table(QTableWidget(len(matches), 4, self), alternating=False, stretch_last=None, stretch=3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama usaha"), self.tr("Pemilik"), self.tr("Kelurahan"), self.tr("Kesamaan")]
        )
        for row, match in enumerate(matches):
            name = match.name + (self.tr(" (arsip)") if match.archived else "")
            reasons = "; ".join(self.tr(REASON_LABELS[r]) for r in match.reasons)
            if match.similarity is not None:
                reasons += f" ({round(match.similarity * 100)}%)"
            for column, value in enumerate((name, match.owner_name, match.kelurahan_name, reasons)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.selectRow(0)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table)

        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("Alasan tetap menyimpan:"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("mis. cabang kedua, pemilik sama"))
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        self.reason_error = QLabel(self)
        self.reason_error.setProperty("role", "error")
        self.reason_error.hide()
        layout.addWidget(self.reason_error)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Kembali ke formulir"), self)
        self.open_button = QPushButton(self.tr("Buka yang ada"), self)
        self.open_button.setProperty("role", "primary")
        self.save_button = QPushButton(self.tr("Tetap simpan"), self)
        for button in (self.back_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save_anyway)
        self.open_button.setDefault(True)

    def _open(self) -> None:
        row = max(self.table.currentRow(), 0)
        self.decision = DuplicateDecision(open_id=self.matches[row].business_id)
        self.accept()

    def _save_anyway(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.reason_error.setText(self.tr("Tulis alasan mengapa data ini tetap disimpan."))
            self.reason_error.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.decision = DuplicateDecision(reason=reason)
        self.accept()

    @classmethod
    def ask(cls, matches: list[DuplicateMatch], parent: QWidget | None = None) -> DuplicateDecision:
        """Show the dialog modally and return the officer's decision (tests replace this)."""
        dialog = cls(matches, parent)
        dialog.exec()
        return dialog.decision

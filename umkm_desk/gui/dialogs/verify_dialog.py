"""Verifikasi dokumen: a register number, a verification code or the text read from the QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import Verification
from umkm_desk.gui.dialogs import messages

_OK_STYLE = "background: #e8f5e9; color: #1b5e20; border: 1px solid #66bb6a; border-radius: 6px; padding: 10px;"
_BAD_STYLE = "background: #ffebee; color: #b71c1c; border: 1px solid #e57373; border-radius: 6px; padding: 10px;"


class VerifyDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Verification | None = None
        self.setWindowTitle(self.tr("Verifikasi dokumen"))
        self.setObjectName("verifyDialog")
        self.resize(560, 280)
        intro = QLabel(
            self.tr("Ketik nomor surat atau kode verifikasi (spasi dan tanda hubung di dalam kode boleh), atau "
                    "tempel teks hasil pindaian kode QR sertifikat."),
            self,
        )
        intro.setWordWrap(True)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("mis. 500.3/001/Disperindagkop/XI/2026 atau 7QLESYMB7V"))
        self.input.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("Periksa"), self)
        self.check_button.setProperty("role", "primary")
        self.check_button.setDefault(True)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("verifyMessage")
        self.message_label.setWordWrap(True)
        self.result_box = QWidget(self)
        self.result_box.setObjectName("verifyResult")
        self.result_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self.result_box)
        box.addWidget(self.verdict_label)
        box.addWidget(self.message_label)
        self.result_box.setVisible(False)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.check_button.clicked.connect(self.check)
        self.input.returnPressed.connect(self.check)
        self.close_button.clicked.connect(self.reject)
        self.input.setFocus()

    def check(self) -> Verification | None:
        try:
            self.result = documents.verify(self.ctx, self.input.text())
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("Dokumen tidak dapat diperiksa")):
                return self.check()
            return None
        verdict, _sep, rest = self.result.message.partition(": ")
        if not rest:
            verdict, rest = "", self.result.message
        self.verdict_label.setText(verdict)
        self.verdict_label.setVisible(bool(verdict))
        self.message_label.setText(rest)
        style = _OK_STYLE if self.result.found else _BAD_STYLE
        color = "#1b5e20" if self.result.found else "#b71c1c"
        self.result_box.setStyleSheet(
            f"QWidget#verifyResult {{ {style} }} QLabel {{ border: none; background: transparent; color: {color}; }}"
        )
        self.result_box.setProperty("verdict", "ok" if self.result.found else "bad")
        self.result_box.setVisible(True)
        return self.result

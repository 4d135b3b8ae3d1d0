"""Batalkan dokumen: the number stays in the register, marked void with the officer's reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import RegisterEntry
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.text_limits import limit_notes
from umkm_desk.gui.theme import set_invalid

MIN_REASON = 5


class VoidDialog(QDialog):
    """Asks for the reason, confirms, voids; ``voided`` holds the updated entry afterwards."""

    def __init__(self, ctx: ServiceContext, entry: RegisterEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.voided: RegisterEntry | None = None
        self.setWindowTitle(self.tr("Batalkan dokumen"))
        self.setObjectName("voidDialog")
        self.resize(520, 320)
        summary = QLabel(
            self.tr("<b>{kind}</b><br>Nomor {number}<br>{business}, terbit {date}").format(
                kind=entry.kind_label, number=entry.number, business=entry.business_name,
                date=format_tanggal(entry.issued_on),
            ),
            self,
        )
        summary.setWordWrap(True)
        explain = QLabel(
            self.tr("Nomor ini tetap tercatat di register dan tidak akan dipakai lagi. Verifikasi dokumen ini "
                    "akan menyatakan DIBATALKAN."),
            self,
        )
        explain.setProperty("role", "hint")
        explain.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Alasan pembatalan, mis. salah nama pemilik"))
        self.reason_edit.setTabChangesFocus(True)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.void_button = QPushButton(self.tr("Batalkan dokumen"), self)
        self.void_button.setProperty("role", "primary")
        self.void_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.void_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(explain)
        layout.addWidget(QLabel(self.tr("Alasan pembatalan (wajib)"), self))
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error_label)
        self.reason_counter = limit_notes(self.reason_edit, "document.void_reason")
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.void_button.clicked.connect(self.void)
        self.close_button.clicked.connect(self.reject)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _reason_changed(self) -> None:
        self.void_button.setEnabled(len(self.reason()) >= MIN_REASON)
        set_invalid(self.reason_edit, False)
        self.error_label.clear()

    def void(self) -> None:
        if len(self.reason()) < MIN_REASON:
            set_invalid(self.reason_edit, True)
            self.error_label.setText(self.tr("Tuliskan alasan pembatalan (minimal 5 huruf)."))
            return
        confirmed = messages.ask(
            self, self.tr("Batalkan dokumen"),
            self.tr("Batalkan {kind} nomor {number}? Pembatalan tidak dapat diurungkan.").format(
                kind=self.entry.kind_label, number=self.entry.number),
            yes=self.tr("Ya, batalkan"), no=self.tr("Tidak"), default_yes=False,
        )
        if confirmed:
            self._void_confirmed()

    def _void_confirmed(self) -> None:
        try:
            self.voided = documents.void_document(self.ctx, self.entry.id, self.reason())
        except ServiceError as exc:
            if exc.field == "reason":
                set_invalid(self.reason_edit, True)
            self.error_label.setText(exc.message)
            return
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("Dokumen tidak dapat dibatalkan")):
                self._void_confirmed()
            return
        self.accept()

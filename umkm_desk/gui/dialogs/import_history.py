"""Berkas › Riwayat impor: every import batch (file, sheet, time, officer, counts, status), undone as a whole
("Batalkan impor": its businesses archived after a confirmation) and restored ("Pulihkan")."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from umkm_desk.core.services import imports
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.imports import ImportBatchInfo
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_import_history_dialog import Ui_ImportHistoryDialog
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.kit.translate import translator

_tr = translator("ImportHistory")

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(moment: datetime) -> str:
    """ "28 November 2026 14.05" in the PC's time zone (stored in UTC)."""
    local = moment.astimezone()
    return f"{labels.long_date(local.date())} {local:%H.%M}"


class ImportHistoryDialog(QDialog):
    #: businesses were archived or restored: lists showing them must refresh
    changed = Signal()

    COLUMNS = ("file", "sheet", "time", "officer", "imported", "warning", "rejected", "skipped", "status")

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportHistoryDialog()
        self.ui.setupUi(self)
        self.setObjectName("importHistoryDialog")
        self.batches: list[ImportBatchInfo] = []
        table = self.ui.batchTable
        headers = [self.tr("Berkas"), self.tr("Lembar"), self.tr("Waktu"), self.tr("Petugas"), self.tr("Diimpor"),
                   self.tr("Peringatan"), self.tr("Ditolak"), self.tr("Dilewati"), self.tr("Status")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        setup_table(table, wrap=False, stretch=0, stretch_last=False, highlight_header=False)
        header = table.horizontalHeader()
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.undoButton.clicked.connect(self.undo_selected)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.closeButton.clicked.connect(self.accept)
        for button in (self.ui.undoButton, self.ui.restoreButton):
            button.setAutoDefault(False)
        self.ui.closeButton.setDefault(True)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        try:
            self.batches = imports.list_batches(self.ctx)
        except ServiceError as exc:
            self.batches = []
            self.ui.statusLabel.setText(exc.message)
        except Exception as exc:
            self.batches = []
            failure = messages.describe_failure(exc, self.tr("Riwayat impor tidak dapat dibaca"))
            self.ui.statusLabel.setText(failure.message)
        table = self.ui.batchTable
        table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            counts = batch.counts
            values = (
                batch.file_name, batch.sheet, local_time(batch.imported_at), batch.officer_name,
                labels.thousands(batch.imported), labels.thousands(counts.get("peringatan", 0)),
                labels.thousands(counts.get("ditolak", 0)), labels.thousands(counts.get("dilewati", 0)),
                self.tr("Dibatalkan (diarsipkan)") if batch.undone else self.tr("Aktif"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value or "")
                item.setData(BATCH_ROLE, batch.id)
                if 4 <= column <= 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setToolTip(batch.file_name)
                table.setItem(row, column, item)
        if not self.batches and not self.ui.statusLabel.text():
            self.ui.statusLabel.setText(
                self.tr("Belum ada impor. Impor UMKM lewat menu Berkas › Impor UMKM (Ctrl+I)."))
        target = next((i for i, b in enumerate(self.batches) if b.id == select), 0 if self.batches else None)
        if target is not None:
            table.selectRow(target)
        self._update_buttons()

    def selected_batch(self) -> ImportBatchInfo | None:
        row = self.ui.batchTable.currentRow()
        selected = self.ui.batchTable.selectionModel().hasSelection()
        return self.batches[row] if selected and 0 <= row < len(self.batches) else None

    def select_batch(self, batch_id: uuid.UUID) -> None:
        row = next(i for i, b in enumerate(self.batches) if b.id == batch_id)
        self.ui.batchTable.selectRow(row)

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.ui.undoButton.setEnabled(batch is not None and not batch.undone and batch.imported > 0)
        self.ui.restoreButton.setEnabled(batch is not None and batch.undone)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone:
            return
        if not messages.ask(
            self, self.tr("Batalkan impor"),
            self.tr("Batalkan impor {file} ({time})? {count} UMKM dari impor ini diarsipkan: tidak tampil lagi di "
                    "daftar dan laporan, tetapi datanya tetap ada dan dapat dipulihkan di sini.").format(
                file=batch.file_name, time=local_time(batch.imported_at), count=labels.thousands(batch.imported)),
            yes=self.tr("Batalkan impor"), no=self.tr("Kembali"), default_yes=False,
        ):
            return
        self._run(batch, imports.undo_batch, self.tr("Impor tidak dapat dibatalkan"),
                  self.tr("{count} UMKM dari {file} diarsipkan. Tekan Pulihkan untuk mengembalikannya."))

    def restore_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or not batch.undone:
            return
        flagged = 0

        def restore(ctx: ServiceContext, batch_id: uuid.UUID) -> int:
            nonlocal flagged
            result = imports.restore_batch(ctx, batch_id)
            flagged = result.flagged
            return result.restored

        if self._run(batch, restore, self.tr("Impor tidak dapat dipulihkan"),
                     self.tr("{count} UMKM dari {file} dipulihkan.")) and flagged:
            self.ui.statusLabel.setText(
                self.ui.statusLabel.text() + " " + self.tr(
                    "{count} di antaranya memakai NIK atau NIB UMKM yang didaftarkan sementara itu: periksa "
                    "dengan filter 'Hanya yang ada peringatan impor'.").format(count=labels.thousands(flagged)))

    def _run(self, batch: ImportBatchInfo, action: Callable[[ServiceContext, uuid.UUID], int], failed: str,
             done: str) -> bool:
        while True:
            try:
                count = action(self.ctx, batch.id)
                break
            except ServiceError as exc:
                messages.show_error(self, failed, exc.message)
                return False
            except Exception as exc:
                if not messages.show_failure(self, exc, action=failed):
                    return False
        self.ui.statusLabel.setText(done.format(count=labels.thousands(int(count)), file=batch.file_name))
        self.reload(select=batch.id)
        self.changed.emit()
        return True

    def status_text(self) -> str:
        return self.ui.statusLabel.text()

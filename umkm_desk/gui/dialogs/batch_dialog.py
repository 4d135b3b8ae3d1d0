"""Cetak massal: issue one kind of document for every eligible business (or a chosen few) into one folder of
PDFs or one combined PDF, in a worker thread with a progress bar and a Batal that really stops."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.failures import os_text
from umkm_desk.core.services.register import document_batch, documents
from umkm_desk.core.services.register.document_batch import PrintedFile, PrintReport, Unwritten
from umkm_desk.core.services.register.documents import BatchItem
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.issue_dialog import BusinessPicker, kind_combo
from umkm_desk.gui.workers import Job, Task

FOLDER = "folder"
COMBINED = "combined"


@dataclass
class BatchOutcome:
    report: PrintReport
    combined: Path | None = None  # the one combined PDF, when that was asked for

    @property
    def cancelled(self) -> bool:
        return self.report.cancelled

    @property
    def failures(self) -> list[BatchItem]:
        return self.report.failures

    @property
    def printed(self) -> list[PrintedFile]:
        return self.report.written

    @property
    def written(self) -> list[Path]:
        if self.combined is not None:
            return [self.combined] if self.report.issued else []
        return [item.path for item in self.report.written]


def run_batch(
    ctx: ServiceContext, kind: str, business_ids: list[uuid.UUID] | None, output: str, path: Path, job: Job,
    *, workers: int | None = None,
) -> BatchOutcome:
    """The worker-thread part: the batch service for a folder (``business_ids`` None: every eligible
    business, reprinting what an earlier batch left without a file); issue and combine for one PDF."""
    if output == FOLDER:
        return BatchOutcome(document_batch.print_documents(
            ctx, kind, path, business_ids=business_ids, progress=job.progress, cancelled=job.is_cancelled,
            workers=workers))
    ids = business_ids if business_ids is not None else documents.eligible_business_ids(ctx, kind)
    report = PrintReport(path.parent)
    documents.load_settings(ctx)
    document_batch.prepare_folder(path.parent, len(ids), create=False)
    if path.exists():
        raise ServiceError(f"Berkas {path} sudah ada dan tidak ditimpa; pilih nama berkas lain.")
    items = documents.issue_batch(ctx, kind, ids, progress=job.progress, cancelled=job.is_cancelled,
                                  workers=workers)
    report.cancelled = job.is_cancelled()
    report.failures = [item for item in items if not item.ok]
    report.unwritten = [Unwritten(item.entry.number, item.business_name) for item in items
                        if item.ok and item.pdf is None and item.entry is not None]
    printed = [item for item in items if item.ok and item.pdf is not None and item.entry is not None]
    if printed:
        # imported here: the Dokumen page imports this dialog, and the page lists the register without ReportLab
        from umkm_desk.core.documents import combine_pdfs

        try:
            document_batch.write_new_file(path, combine_pdfs(item.pdf or b"" for item in printed))
        except OSError as exc:
            report.stopped = QCoreApplication.translate("BatchDialog", "{path} tidak dapat ditulis: {error}").format(
                path=path, error=os_text(exc))
            report.unwritten += [Unwritten(item.entry.number, item.business_name)
                                 for item in printed if item.entry is not None]
        else:
            report.issued = [PrintedFile(item.entry.number, item.business_name, path)
                             for item in printed if item.entry is not None]
    return BatchOutcome(report, combined=path)


class BatchDialog(QDialog):
    """Non-modal friendly: ``open()`` it; the report stays in the dialog when the run ends."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, kind: str = "certificate",
        selected: Iterable[uuid.UUID] = (), workers: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workers = workers
        self.task: Task | None = None
        self.outcome: BatchOutcome | None = None
        self.setWindowTitle(self.tr("Cetak massal"))
        self.setObjectName("batchDialog")
        self.resize(680, 700)
        selected = list(selected)

        self.kind_combo = kind_combo(self)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.all_radio = QRadioButton(self)
        self.selected_radio = QRadioButton(self.tr("UMKM pilihan"), self)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.all_radio)
        self.scope_group.addButton(self.selected_radio)
        self.picker = BusinessPicker(ctx, self, multi=True)
        self.picker.set_checked(selected)
        (self.selected_radio if selected else self.all_radio).setChecked(True)

        self.folder_radio = QRadioButton(self.tr("Satu folder berisi satu PDF per dokumen"), self)
        self.combined_radio = QRadioButton(self.tr("Satu berkas PDF gabungan (untuk sekali cetak)"), self)
        self.output_group = QButtonGroup(self)
        self.output_group.addButton(self.folder_radio)
        self.output_group.addButton(self.combined_radio)
        self.folder_radio.setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Folder atau berkas tujuan"))
        self.browse_button = QPushButton(self.tr("Pilih…"), self)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("batchReport")
        self.report.setReadOnly(True)
        self.report.setVisible(False)
        self.start_button = QPushButton(self.tr("Mulai"), self)
        self.start_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.close_button = QPushButton(self.tr("Tutup"), self)

        form = QFormLayout()
        form.addRow(self.tr("Jenis dokumen"), self.kind_combo)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.settings_box = QWidget(self)
        settings = QVBoxLayout(self.settings_box)
        settings.setContentsMargins(0, 0, 0, 0)
        settings.addLayout(form)
        settings.addWidget(QLabel(self.tr("<b>UMKM</b>"), self))
        settings.addWidget(self.all_radio)
        settings.addWidget(self.selected_radio)
        settings.addWidget(self.picker, 1)
        settings.addWidget(QLabel(self.tr("<b>Hasil</b>"), self))
        settings.addWidget(self.folder_radio)
        settings.addWidget(self.combined_radio)
        settings.addLayout(path_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_box, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.cancel_button.setEnabled(False)
        self.kind_combo.currentIndexChanged.connect(self._update_scope)
        self.scope_group.buttonToggled.connect(lambda *_: self._update_scope())
        self.picker.selectionChanged.connect(self._update_start)
        self.browse_button.clicked.connect(self.browse)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.path_edit.textChanged.connect(lambda _t: self._update_start())
        self._eligible: list[uuid.UUID] = []
        self._update_scope()

    # --- choices ----------------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def output(self) -> str:
        return COMBINED if self.combined_radio.isChecked() else FOLDER

    def business_ids(self) -> list[uuid.UUID]:
        return list(self._eligible) if self.all_radio.isChecked() else self.picker.checked_ids()

    def _update_scope(self) -> None:
        self._eligible = documents.eligible_business_ids(self.ctx, self.kind())
        self.all_radio.setText(
            self.tr("Semua yang memenuhi syarat ({count} UMKM)").format(count=len(self._eligible))
        )
        self.picker.setEnabled(self.selected_radio.isChecked())
        self._update_start()

    def _update_start(self) -> None:
        running = self.task is not None and self.task.is_running()
        self.start_button.setEnabled(not running and bool(self.business_ids()) and bool(self.path_edit.text().strip()))
        if not running and self.outcome is None:
            self.status_label.setText(self.tr("{count} dokumen akan diterbitkan dan diberi nomor.").format(
                count=len(self.business_ids())))

    def browse(self) -> None:
        if self.output() == COMBINED:
            path = file_dialogs.save_file(self, self.tr("Simpan PDF gabungan"), "cetak-massal.pdf",
                                          self.tr("Dokumen PDF (*.pdf)"), purpose="batch", suffix="pdf")
        else:
            path = file_dialogs.choose_folder(self, self.tr("Pilih folder tujuan"), purpose="batch")
        if path:
            self.path_edit.setText(path)

    # --- run --------------------------------------------------------------------------------------------

    def start(self) -> None:
        ids = self.business_ids()
        text = self.path_edit.text().strip()
        if not ids or not text:
            return
        path = Path(text)
        if self.output() == COMBINED and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.error_label.clear()
        self.outcome = None
        kind, output, workers, ctx = self.kind(), self.output(), self.workers, self.ctx
        scope: list[uuid.UUID] | None = None if self.all_radio.isChecked() else ids
        self.task = Task(lambda job: run_batch(ctx, kind, scope, output, path, job, workers=workers), self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._stopped)
        self.settings_box.setEnabled(False)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, len(ids) * 2)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.report.setVisible(False)
        self.status_label.setText(self.tr("Menerbitkan dan memberi nomor…"))
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Membatalkan…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.task is not None and self.task.is_cancelled():
            return
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.status_label.setText(
            self.tr("Memberi nomor dan membuat PDF… langkah {done} dari {total}").format(done=done, total=total))

    def _failed(self, error: object) -> None:
        if isinstance(error, ServiceError):
            message = error.message
        elif isinstance(error, BaseException):
            message = messages.describe_failure(error, self.tr("Cetak massal gagal")).message
        else:
            message = str(error)
        self.error_label.setText(self.tr("Cetak massal gagal: {message}").format(message=message))
        self.status_label.clear()

    def _finished(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome
        report = outcome.report
        self.progress.setValue(self.progress.maximum())
        lines = [self.report_summary(outcome), ""]
        if report.stopped:
            lines += [self.tr("Berhenti: {reason}").format(reason=report.stopped), ""]
        if outcome.failures:
            lines.append(self.tr("Gagal:"))
            lines += [f"• {item.business_name or item.business_id}: {item.message}" for item in outcome.failures]
            lines.append("")
        if report.unwritten:
            lines.append(self.tr("Sudah bernomor tetapi belum ada berkas PDF-nya (jalankan lagi untuk semua UMKM "
                                 "atau cetak ulang dari register):"))
            lines += [f"• {item.number} — {item.business_name}" for item in report.unwritten]
            lines.append("")
        if report.not_reached:
            lines += [self.tr("{count} UMKM belum diberi dokumen karena proses berhenti.").format(
                count=report.not_reached), ""]
        if outcome.written:
            where = outcome.combined if outcome.combined is not None else report.folder
            lines.append(self.tr("Disimpan di {path}").format(path=where))
        self.report.setPlainText("\n".join(lines).strip())
        self.report.setVisible(True)
        self.status_label.setText(self.report_summary(outcome))
        if report.stopped or report.unwritten:
            self.error_label.setText(self.tr("{count} nomor belum memiliki berkas PDF: {numbers}").format(
                count=len(report.unwritten), numbers=", ".join(item.number for item in report.unwritten)))

    def report_summary(self, outcome: BatchOutcome) -> str:
        report = outcome.report
        text = self.tr("{issued} diterbitkan, {reprinted} dicetak ulang dari register, {present} sudah ada; "
                       "{failed} gagal.").format(issued=len(report.issued), reprinted=len(report.reprinted),
                                                 present=len(report.present), failed=len(report.failures))
        if outcome.cancelled:
            text = self.tr("Dibatalkan. ") + text
        return text

    def _stopped(self) -> None:
        self.cancel_button.setEnabled(False)
        self.settings_box.setEnabled(True)
        self._update_start()

    def is_running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait(60_000)
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task is not None and self.task.is_running():
            self.cancel()
            return
        super().reject()

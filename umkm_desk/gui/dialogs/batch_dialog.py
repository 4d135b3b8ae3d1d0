"""Cetak massal: issue one kind of document for every eligible business (or a chosen few) into one folder of
PDFs or one combined PDF, in a worker thread with a progress bar and a Batal that really stops."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

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

from umkm_desk.core.documents import combine_pdfs
from umkm_desk.core.services import documents
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.documents import BatchItem
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs.issue_dialog import BusinessPicker, kind_combo
from umkm_desk.gui.dialogs.pdf_preview import pdf_file_name
from umkm_desk.gui.workers import Job, Task

FOLDER = "folder"
COMBINED = "combined"


@dataclass
class BatchOutcome:
    items: list[BatchItem]
    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    write_error: str | None = None

    @property
    def failures(self) -> list[BatchItem]:
        return [item for item in self.items if not item.ok]

    @property
    def unprinted(self) -> list[BatchItem]:
        """Numbered in the register but not rendered (cancelled mid-way): reprint them from the register."""
        return [item for item in self.items if item.ok and item.pdf is None]

    @property
    def printed(self) -> list[BatchItem]:
        return [item for item in self.items if item.ok and item.pdf is not None]


def run_batch(
    ctx: ServiceContext, kind: str, business_ids: list[uuid.UUID], output: str, path: Path, job: Job,
    *, workers: int | None = None,
) -> BatchOutcome:
    """The worker-thread part: issue, render, write. No widgets here."""
    items = documents.issue_batch(
        ctx, kind, business_ids, progress=job.progress, cancelled=job.is_cancelled, workers=workers
    )
    outcome = BatchOutcome(items, cancelled=job.is_cancelled())
    pdfs = [(item.entry.number, item.pdf) for item in items if item.ok and item.pdf is not None and item.entry]
    if not pdfs:
        return outcome
    try:
        if output == COMBINED:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(combine_pdfs(pdf for _number, pdf in pdfs))
            outcome.written.append(path)
        else:
            path.mkdir(parents=True, exist_ok=True)
            for number, pdf in pdfs:
                target = path / pdf_file_name(number)
                target.write_bytes(pdf)
                outcome.written.append(target)
    except OSError as exc:
        outcome.write_error = f"{exc.filename or path}: {exc.strerror or exc}"
    return outcome


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
        self.task = Task(lambda job: run_batch(ctx, kind, ids, output, path, job, workers=workers), self)
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
        message = error.message if isinstance(error, ServiceError) else str(error)
        self.error_label.setText(self.tr("Cetak massal gagal: {message}").format(message=message))
        self.status_label.clear()

    def _finished(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome
        self.progress.setValue(self.progress.maximum())
        lines = [self.report_summary(outcome), ""]
        if outcome.failures:
            lines.append(self.tr("Gagal:"))
            lines += [f"• {item.business_name or item.business_id}: {item.message}" for item in outcome.failures]
            lines.append("")
        if outcome.unprinted:
            lines.append(self.tr("Sudah bernomor tetapi belum dibuat PDF-nya (cetak ulang dari register):"))
            lines += [f"• {item.entry.number if item.entry else ''} — {item.business_name}"
                      for item in outcome.unprinted]
            lines.append("")
        if outcome.write_error:
            lines.append(self.tr("Berkas tidak dapat ditulis: {error}").format(error=outcome.write_error))
        elif outcome.written:
            where = outcome.written[0] if self.output() == COMBINED else outcome.written[0].parent
            lines.append(self.tr("Disimpan di {path}").format(path=where))
        self.report.setPlainText("\n".join(lines).strip())
        self.report.setVisible(True)
        self.status_label.setText(self.report_summary(outcome))

    def report_summary(self, outcome: BatchOutcome) -> str:
        text = self.tr("{ok} dokumen dibuat, {failed} gagal.").format(
            ok=len(outcome.printed), failed=len(outcome.failures))
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

"""Buat laporan: one of the five periodic reports, for a period, as PDF or .xlsx, written to a file the officer
chooses. Built, rendered and written in a worker thread with the wait shown in the dialog; a failure (folder not
writable, disk full) is said in Indonesian with what to do, the traceback goes to the log, and nothing is left
behind under the chosen name. A PDF can be previewed in the app afterwards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from umkm_desk import logs
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.reports import periodic
from umkm_desk.core.services.reports.output_file import check_output
from umkm_desk.core.services.reports.period import office_today
from umkm_desk.core.services.reports.periodic import REPORTS, WrittenReport
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_report_dialog import Ui_ReportDialog
from umkm_desk.gui.kit.busy import BusyRunner
from umkm_desk.gui.kit.period import PeriodControls

_FILTERS = {"pdf": "Dokumen PDF (*.pdf)", "xlsx": "Buku kerja Excel (*.xlsx)"}


#: the titles of the core's REPORTS, written out so that the catalogue has them
_TITLES = (
    QT_TRANSLATE_NOOP("ReportDialog", "Rekapitulasi UMKM Binaan"),
    QT_TRANSLATE_NOOP("ReportDialog", "Laporan Perkembangan Pendampingan UMKM"),
    QT_TRANSLATE_NOOP("ReportDialog", "Laporan Realisasi Rencana Kerja Mitra"),
    QT_TRANSLATE_NOOP("ReportDialog", "Laporan Permodalan UMKM"),
    QT_TRANSLATE_NOOP("ReportDialog", "Laporan UMKM Naik Kelas"),
)


def write_report(ctx: ServiceContext, key: str, flt: ReportFilter, fmt: str, path: Path) -> WrittenReport:
    """Build, render and write one report (in a worker thread), with its export audit row. The file dialog has
    already asked before replacing an existing file, so an existing one is replaced."""
    check_output(path, (fmt,), replace=True)
    return periodic.write_report(ctx, key, flt, path, replace=True)


def file_name(key: str, flt: ReportFilter, fmt: str) -> str:
    """ "laporan-rekap-triwulan-i-2026.pdf"."""
    period = flt.period.label.lower().replace(" s.d. ", "-sd-").replace(" ", "-")
    return f"laporan-{key}-{period}.{fmt}"


class ReportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, flt: ReportFilter, filter_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base_filter = flt
        self.written: WrittenReport | None = None
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for key, kind in REPORTS.items():
            ui.kindCombo.addItem(self.tr(kind.title), key)
        self.period = PeriodControls(ui.periodKindCombo, ui.periodNumberCombo, ui.yearSpin, ui.fromDate,
                                     ui.toLabel, ui.toDate, today=office_today())
        self.period.set_period(flt.period)
        ui.filterLabel.setText(filter_text or self.tr("Tanpa filter: seluruh Kota Serang, semua mitra, sektor "
                                                      "dan petugas."))
        ui.errorLabel.hide()
        ui.busyBar.hide()
        ui.busyLabel.hide()
        self.busy = BusyRunner(self, controls=[ui.formBox, ui.saveButton])
        self.busy.busyChanged.connect(self._show_busy)
        ui.saveButton.clicked.connect(self.choose_and_save)
        ui.cancelButton.clicked.connect(self.reject)

    def report_key(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def fmt(self) -> str:
        return "xlsx" if self.ui.xlsxRadio.isChecked() else "pdf"

    def _show_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.busyLabel.setVisible(busy)
        self.ui.busyLabel.setText(self.tr("Menyusun laporan…") if busy else "")
        self.ui.cancelButton.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def choose_and_save(self) -> None:
        try:
            flt = replace(self.base_filter, period=self.period.period())
        except ServiceError as exc:
            self._show_error(exc.message)
            return
        self._show_error("")
        fmt = self.fmt()
        chosen = file_dialogs.save_file(self, self.tr("Simpan laporan"), file_name(self.report_key(), flt, fmt),
                                        self.tr(_FILTERS[fmt]), purpose="report", suffix=fmt)
        if chosen:
            self.save_to(Path(chosen), flt, fmt)

    def save_to(self, path: Path, flt: ReportFilter, fmt: str) -> bool:
        """Write the report in a worker thread; False when another one is still being written."""
        ctx, key = self.ctx, self.report_key()
        return self.busy.run(lambda: write_report(ctx, key, flt, fmt, path), self.tr("Menyusun laporan…"),
                             on_success=self._written, on_failure=self._failed)

    def _written(self, written: WrittenReport) -> None:
        self.written = written
        if written.fmt != "pdf":
            messages.show_info(self, self.tr("Laporan tersimpan"),
                               self.tr("{title} tersimpan di:\n{path}").format(title=written.title,
                                                                               path=written.path))
            return
        if messages.ask(self, self.tr("Laporan tersimpan"),
                        self.tr("{title} tersimpan di:\n{path}\n\nLihat pratinjaunya sekarang?").format(
                            title=written.title, path=written.path),
                        yes=self.tr("Lihat pratinjau"), no=self.tr("Tutup")):
            self.preview(written)

    def preview(self, written: WrittenReport) -> QDialog:
        from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(written.data, written.title, self.parentWidget() or self,
                                  number=written.path.stem)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            logs.log_exception(exc.__cause__ or exc, "Laporan tidak dapat disimpan")
            self._show_error(exc.message)
            messages.show_error(self, self.tr("Laporan tidak dapat disimpan"), exc.message)
            return
        messages.show_failure(self, exc, action=self.tr("Laporan tidak dapat disimpan"))

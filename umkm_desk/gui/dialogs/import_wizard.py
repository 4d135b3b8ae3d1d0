"""Berkas › Impor UMKM: bring an office spreadsheet (.xlsx, .csv) in, in five steps.

1. Berkas: pick the file, the sheet and the header row (found by the engine, changeable; the file is read again).
2. Kolom: map each column to a field (suggested from its header, remembered by the headers' signature).
3. Uji coba: the dry run, off the GUI thread with a progress bar and Batal; the rows by status, the report saved
   as .xlsx, and "Baca ulang berkas" after the officer fixed the file in Excel.
4. Impor: the commit, one transaction, with a progress bar and Batal (cancel: nothing imported).
5. Selesai: what was imported and how to undo it.

Reading the file, the dry run and the commit run in worker threads (``gui/workers.py``); the engine is
``core/services/imports``. Open the wizard with ``open()``; ``imported`` fires after a commit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from umkm_desk.core.services import imports
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.imports import DryRun, ImportCancelled, ImportResult, Mapping, SheetTable
from umkm_desk.gui import file_dialogs, labels
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.import_mapping import MappingGrid, name_column
from umkm_desk.gui.forms.ui_import_wizard import Ui_ImportWizard
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.models.import_results import (
    RESULT_ROLE,
    STATUS_COLORS,
    ImportResultsModel,
    cell_text,
    column_letter,
    status_labels,
)
from umkm_desk.gui.theme import ACCENT, MUTED, TEXT
from umkm_desk.gui.workers import Loader, Task, keep_until_finished

_tr = translator("ImportWizard")

FILE, MAPPING, CHECK, COMMIT, DONE = range(5)
#: rows of the sheet shown under the file choice (enough to see title rows, the header and a few data rows)
PREVIEW_ROWS = 12
PREVIEW_COLUMNS = 30
#: the header row spin box reads the file again this long after the last change
REREAD_DELAY_MS = 400


def save_template(parent: QWidget) -> Path | None:
    """Berkas › Unduh templat impor: ask where, write the template, say where it is (None when cancelled)."""
    chosen = file_dialogs.save_file(parent, _tr("Unduh templat impor"), "templat-impor-umkm.xlsx",
                                    _tr("Buku kerja Excel (*.xlsx)"), purpose="import", suffix="xlsx")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    title = _tr("Unduh templat impor")
    while True:
        try:
            imports.write_template(path)
            break
        except ServiceError as exc:
            messages.show_error(parent, title, exc.message)
            return None
        except Exception as exc:
            if not messages.show_failure(parent, exc, action=_tr("Templat tidak dapat disimpan")):
                return None
    messages.show_info(parent, title, _tr(
        "Templat tersimpan di:\n{path}\n\nIsi satu UMKM per baris di bawah judul kolom, lalu impor lewat "
        "Berkas › Impor UMKM.").format(path=path))
    return path


def set_role(label: QLabel, role: str) -> None:
    """Switch a label's style role ("error", "hint", "") and have the style sheet apply it."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class ImportWizard(QDialog):
    imported = Signal(object)  # ImportResult, after a commit
    #: "Tampilkan UMKM dengan peringatan" on the summary: the UMKM page with its import-warning filter
    showWarnings = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.setObjectName("importWizard")
        self.table: SheetTable | None = None
        self.dry: DryRun | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self._task_kind = ""
        self._mapping: Mapping | None = None  # the officer's mapping for the headers of ``self.table``
        self._after_read: str = ""  # "reread": run the dry run again once the file is read
        self._preview_first = 0  # the index in the table's rows of the first row the preview shows
        self._path: Path | None = None  # the file chosen, and the sheet last asked for (kept when a read fails)
        self._sheet: str | None = None
        self._step_names = (self.tr("Berkas"), self.tr("Kolom"), self.tr("Uji coba"), self.tr("Impor"),
                            self.tr("Selesai"))

        ui = self.ui
        self.reader = Loader(self)
        self.reader.busyChanged.connect(lambda _busy: self._update_buttons())
        self.busy_indicator = BusyIndicator(self)
        ui.buttonRow.insertWidget(1, self.busy_indicator)
        self.busy = BusyRunner(self, self.busy_indicator, controls=[ui.pages, ui.backButton, ui.nextButton])
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(REREAD_DELAY_MS)
        self._header_timer.timeout.connect(self._header_row_changed)

        # step 1
        ui.fileError.hide()
        ui.sheetCombo.setEnabled(False)
        ui.headerRowSpin.setEnabled(False)
        ui.headerRowSpin.setAccelerated(True)
        setup_table(ui.previewTable, selection=None, wrap=False, stretch_last=False, highlight_header=False)
        rows = ui.previewTable.verticalHeader()
        rows.show()  # the spreadsheet's own row numbers
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # the theme's header padding is for column titles; row numbers beside 30 px rows need less
        ui.previewTable.setStyleSheet("QHeaderView::section:vertical { padding: 2px 8px; }")
        ui.previewTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.previewTable.horizontalHeader().setDefaultSectionSize(140)
        ui.previewTable.setToolTip(self.tr("Klik dua kali sebuah baris untuk menjadikannya baris judul."))
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.templateButton.clicked.connect(lambda: save_template(self))
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        ui.headerRowSpin.valueChanged.connect(lambda _v: self._header_timer.start())
        ui.previewTable.cellDoubleClicked.connect(self._preview_row_chosen)

        # step 2
        self.grid = MappingGrid(ui.mappingContents, ui.mappingGrid)
        self.grid.changed.connect(self._mapping_changed)

        # step 3
        self.results = ImportResultsModel(self)
        setup_table(ui.resultsTable, self.results, wrap=False, stretch_last=True, highlight_header=False,
                    widths=(64, 100, 220))
        ui.resultsTable.verticalHeader().setDefaultSectionSize(26)
        ui.resultsTable.selectionModel().selectionChanged.connect(self._result_selected)
        self.filter_buttons: dict[str | None, QPushButton] = {
            None: ui.filterAll, "ok": ui.filterOk, "peringatan": ui.filterWarning,
            "ditolak": ui.filterRejected, "dilewati": ui.filterSkipped,
        }
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        for status, button in self.filter_buttons.items():
            self.filter_group.addButton(button)
            button.clicked.connect(lambda _checked=False, s=status: self.show_status(s))
            color = STATUS_COLORS[status] if status is not None else TEXT
            button.setStyleSheet(
                f"QPushButton {{ color: {color}; }} "
                f"QPushButton:checked {{ background: #dce8fb; border: 1px solid {ACCENT}; }}")
        ui.checkCancelButton.clicked.connect(self.cancel_task)
        ui.saveReportButton.clicked.connect(self.save_report)
        ui.rereadButton.clicked.connect(self.reread)
        ui.checkRunBox.hide()

        # step 4 and 5
        ui.commitCancelButton.clicked.connect(self.cancel_task)
        ui.anotherButton.clicked.connect(self.restart)
        ui.warningsButton.clicked.connect(self._show_warnings)
        ui.doneReportButton.clicked.connect(self.save_report)

        for button in self.findChildren(QPushButton):  # Enter means the step's main action, nothing else
            button.setAutoDefault(False)
        ui.nextButton.setDefault(True)
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.closeButton.clicked.connect(self.reject)
        self._show_page(FILE)

    # --- navigation ---------------------------------------------------------------------------------------

    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def _show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        shown = min(page, DONE)
        parts = []
        for index, name in enumerate(self._step_names):
            text = f"{index + 1}. {name}"
            if index == shown:
                parts.append(f'<span style="color:{ACCENT}; font-weight:700">{text}</span>')
            else:
                parts.append(f'<span style="color:{MUTED}">{text}</span>')
        self.ui.stepsLabel.setText(" &nbsp;›&nbsp; ".join(parts))
        self._update_buttons()
        focus: QWidget | None = {
            FILE: self.ui.chooseButton if self.table is None else self.ui.nextButton,
            MAPPING: self.grid.field_combos[0] if self.grid.field_combos else None,
            CHECK: self.ui.resultsTable,
            DONE: self.ui.nextButton,
        }.get(page)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _running(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        ui, page = self.ui, self.page()
        running = self._running()
        reading = self.reader.busy()
        ui.backButton.setVisible(page in (MAPPING, CHECK))
        ui.backButton.setEnabled(not running and not reading)
        ui.nextButton.setVisible(page != COMMIT)
        ui.closeButton.setVisible(page not in (COMMIT, DONE))
        if page == FILE:
            ui.nextButton.setText(self.tr("&Lanjut"))
            ui.nextButton.setEnabled(self.table is not None and not reading)
        elif page == MAPPING:
            ui.nextButton.setText(self.tr("&Uji coba"))
            ui.nextButton.setEnabled(not self._problems())
        elif page == DONE:
            ui.nextButton.setText(self.tr("&Selesai"))
            ui.nextButton.setEnabled(True)
        elif page == CHECK:
            if self.dry is None:
                ui.nextButton.setText(self.tr("&Jalankan uji coba"))
                ui.nextButton.setEnabled(not running and not reading)
            else:
                count = self.importable()
                ui.nextButton.setText(self.tr("&Impor {count} UMKM").format(count=labels.thousands(count)))
                ui.nextButton.setEnabled(count > 0 and not running and not reading)
            ui.saveReportButton.setEnabled(self.dry is not None and not running)
            ui.rereadButton.setEnabled(self.table is not None and not running and not reading)
            for button in self.filter_buttons.values():
                button.setEnabled(self.dry is not None and not running)
        ui.closeButton.setText(self.tr("&Tutup"))

    def back(self) -> None:
        page = self.page()
        if self._running():
            return
        if page == MAPPING:
            self._mapping = self.grid.mapping()
            self._show_page(FILE)
        elif page == CHECK:
            self._show_page(MAPPING)

    def next(self) -> None:
        page = self.page()
        if page == FILE and self.table is not None:
            self.show_mapping()
        elif page == MAPPING:
            self.start_dry_run()
        elif page == CHECK:
            if self.dry is None:
                self.start_dry_run()
            else:
                self.start_commit()
        elif page == DONE:
            self.accept()

    def restart(self) -> None:
        """From the summary back to step 1 for the next file."""
        self.table = self.dry = self.result = None
        self._mapping = None
        self.results.clear()
        self.ui.pathEdit.clear()
        self._path = self._sheet = None
        self.ui.previewTable.clear()
        self.ui.previewTable.setRowCount(0)
        self.ui.previewTable.setColumnCount(0)
        self.ui.sheetCombo.clear()
        self.ui.sheetCombo.setEnabled(False)
        self.ui.headerRowSpin.setEnabled(False)
        self._set_file_error("")
        self._show_page(FILE)

    # --- step 1: the file --------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Pilih berkas untuk diimpor"),
            self.tr("Berkas Excel atau CSV (*.xlsx *.xlsm *.csv);;Semua berkas (*)"), purpose="import")
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Read ``path`` (its first sheet, the header row found automatically)."""
        self.ui.pathEdit.setText(str(path))
        self.table = None
        self.dry = None
        self._mapping = None
        self._read(path, None, None)

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.ui.sheetCombo.currentText()
        if self._path is not None and (self.table is None or sheet != self.table.sheet):
            self._read(self._path, sheet, None)

    def _header_row_changed(self) -> None:
        table = self.table
        row = self.ui.headerRowSpin.value() - 1
        if self._path is not None and (table is None or row != table.header_row):
            self._read(self._path, self._sheet, row)

    def reread(self) -> None:
        """"Baca ulang berkas": the same sheet and header row read again from disk, then a new dry run."""
        if self.table is None or self._running():
            return
        self._mapping = self.grid.mapping()
        self._after_read = "reread"
        self._read(self.table.path, self.table.sheet, self.table.header_row)

    def _read(self, path: Path, sheet: str | None, header_row: int | None) -> None:
        self._header_timer.stop()
        if path != self._path:  # another file: its sheets and rows are not known yet
            self.ui.sheetCombo.clear()
            self.ui.sheetCombo.setEnabled(False)
            self.ui.headerRowSpin.setEnabled(False)
        self._path, self._sheet = path, sheet
        self._set_file_error("")
        self.ui.readingLabel.setText(self.tr("Membaca {name}…").format(name=path.name))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._update_buttons()
        self.reader.load(lambda: imports.open_table(path, sheet=sheet, header_row=header_row),
                         self._read_done, self._read_failed)

    def _read_done(self, table: SheetTable) -> None:
        self.unsetCursor()
        self.ui.readingLabel.clear()
        previous = self.table
        self.table = table
        self._sheet = table.sheet
        self.dry = None
        if previous is None or previous.headers != table.headers:
            self.grid.clear()
            self._mapping = None  # it was for other headers: the remembered or suggested one applies
        combo = self.ui.sheetCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(list(table.sheets))
        combo.setCurrentIndex(max(0, combo.findText(table.sheet)))
        combo.setEnabled(len(table.sheets) > 1)
        combo.blockSignals(False)
        spin = self.ui.headerRowSpin
        spin.blockSignals(True)
        spin.setRange(1, max(1, len(table.rows)))
        spin.setValue(table.header_row + 1)
        spin.setEnabled(True)
        spin.blockSignals(False)
        self._fill_preview(table)
        after, self._after_read = self._after_read, ""
        if after == "reread":
            if previous is not None and previous.headers == table.headers and self._mapping is not None:
                self.start_dry_run()
            else:
                self.show_mapping()  # the columns changed: the mapping must be looked at again
            return
        self._update_buttons()

    def _read_failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.ui.readingLabel.clear()
        self._after_read = ""
        self.table = None
        self.dry = None
        self.ui.previewTable.setRowCount(0)
        self.ui.previewTable.setColumnCount(0)
        if isinstance(exc, ServiceError):
            self._set_file_error(exc.message)
        else:
            self._set_file_error(self.tr("Berkas ini tidak dapat dibaca."))
            messages.show_failure(self, exc, action=self.tr("Berkas tidak dapat dibaca"))
        if self.page() != FILE:
            self._show_page(FILE)
        self._update_buttons()

    def _set_file_error(self, text: str) -> None:
        self.ui.fileError.setText(text)
        self.ui.fileError.setVisible(bool(text))

    def file_error(self) -> str:
        return self.ui.fileError.text() if self.ui.fileError.isVisibleTo(self) else ""

    def _preview_row_chosen(self, row: int, _column: int) -> None:
        """A double click on a preview row makes it the header row."""
        self.ui.headerRowSpin.setValue(self._preview_first + row + 1)

    def _fill_preview(self, table: SheetTable) -> None:
        view = self.ui.previewTable
        first = self._preview_first = max(0, table.header_row - 3)
        rows = table.rows[first:first + PREVIEW_ROWS]
        columns = min(PREVIEW_COLUMNS, max((len(r) for r in rows), default=0))
        view.clear()
        view.setRowCount(len(rows))
        view.setColumnCount(columns)
        view.setHorizontalHeaderLabels([column_letter(c) for c in range(columns)])
        view.setVerticalHeaderLabels([str(first + i + 1) for i in range(len(rows))])
        numbers = view.verticalHeader()
        # room for the widest row number and the header's padding (the style sheet's 8 px a side and a border)
        numbers.setMinimumWidth(numbers.fontMetrics().horizontalAdvance(str(first + len(rows))) + 24)
        bold = QFont(view.font())
        bold.setBold(True)
        highlight = QBrush(QColor("#dce8fb"))
        for r, row in enumerate(rows):
            header = first + r == table.header_row
            for c in range(columns):
                item = QTableWidgetItem(cell_text(row[c], 60) if c < len(row) else "")
                if header:
                    item.setFont(bold)
                    item.setBackground(highlight)
                view.setItem(r, c, item)
        view.scrollToTop()

    # --- step 2: the mapping -------------------------------------------------------------------------------

    def show_mapping(self) -> None:
        table = self.table
        if table is None:
            return
        if self.grid.headers() != table.headers or not self.grid.field_combos:
            mapping = self._mapping
            if mapping is None or len(mapping.columns) != len(table.headers):
                try:
                    mapping = imports.mapping_for(self.ctx, table.headers)
                except ServiceError as exc:
                    messages.show_error(self, self.tr("Impor UMKM"), exc.message)
                    return
                except Exception as exc:
                    messages.show_failure(self, exc, action=self.tr("Pemetaan kolom tidak dapat dibaca"))
                    return
            self.grid.build(table, mapping)
        self._mapping_changed()
        self._show_page(MAPPING)

    def mapping(self) -> Mapping:
        return self.grid.mapping()

    def _problems(self) -> list[str]:
        if not self.grid.field_combos:
            return [self.tr("Belum ada kolom yang dibaca.")]
        return imports.check_mapping(self.grid.mapping())

    def _mapping_changed(self) -> None:
        problems = self._problems()
        self.ui.mappingProblems.setText("\n".join(f"• {p}" for p in problems))
        self.ui.mappingProblems.setVisible(bool(problems))
        if self.dry is not None and self.dry.mapping != self.grid.mapping():
            self.dry = None  # the results were for another mapping
            self.results.clear()
        self._update_buttons()

    def mapping_problems(self) -> list[str]:
        return self._problems()

    # --- step 3: the dry run ---------------------------------------------------------------------------

    def start_dry_run(self) -> None:
        table = self.table
        if table is None or self._running() or self._problems():
            return
        mapping = self.grid.mapping()
        while True:
            try:
                imports.remember_mapping(self.ctx, table.headers, mapping)
                break
            except ServiceError as exc:
                messages.show_error(self, self.tr("Impor UMKM"), exc.message)
                return
            except Exception as exc:
                if not messages.show_failure(self, exc, action=self.tr("Pemetaan kolom tidak dapat disimpan")):
                    return
        self._mapping = mapping
        self.dry = None
        self.results.clear()
        self._update_counts()
        self.ui.rowDetail.clear()
        ctx = self.ctx
        self._start_task(
            "dry", lambda job: imports.dry_run(ctx, table, mapping, progress=job.progress,
                                               cancelled=job.is_cancelled))
        self.ui.checkProgress.setRange(0, 0)
        self.ui.checkRunBox.show()
        self.ui.checkCancelButton.setEnabled(True)
        self._status(self.tr("Memeriksa baris…"))
        self._show_page(CHECK)
        self.ui.checkCancelButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_task(self, kind: str, fn: object) -> None:
        task = Task(fn)  # type: ignore[arg-type]
        keep_until_finished(task)  # the wizard may be closed while the thread finishes its row
        self.task = task
        self._task_kind = kind
        task.progressed.connect(self._progressed)
        task.finished.connect(self._task_finished)
        task.start()
        self._update_buttons()

    def cancel_task(self) -> None:
        task = self.task
        if task is not None and not task.is_cancelled():
            task.cancel()
            self.ui.checkCancelButton.setEnabled(False)
            self.ui.commitCancelButton.setEnabled(False)
            if self._task_kind == "commit":
                self.ui.commitStatus.setText(self.tr("Membatalkan… tidak ada yang disimpan."))
            else:
                self._status(self.tr("Membatalkan…"))

    def _progressed(self, done: int, total: int) -> None:
        task = self.task
        if task is None or task.is_cancelled():
            return
        if self._task_kind == "commit":
            self.show_commit_progress(done, total)
        else:
            self.show_check_progress(done, total)

    def show_check_progress(self, done: int, total: int) -> None:
        self.ui.checkProgress.setRange(0, max(1, total))
        self.ui.checkProgress.setValue(done)
        self._status(self.tr("Memeriksa… baris {done} dari {total}").format(
            done=labels.thousands(done), total=labels.thousands(total)))

    def show_commit_progress(self, done: int, total: int) -> None:
        # the commit counts in steps of its own, not in rows: the share done is what it can say
        self.ui.commitProgress.setRange(0, max(1, total))
        self.ui.commitProgress.setValue(done)
        self.ui.commitStatus.setText(self.tr("Mengimpor… {percent}% selesai").format(
            percent=done * 100 // max(1, total)))

    def _task_finished(self) -> None:
        task, self.task = self.task, None
        if task is None:
            return
        task.wait()
        kind, self._task_kind = self._task_kind, ""
        if kind == "dry":
            self.ui.checkRunBox.hide()
            if task.error is None:
                self._dry_done(task.result)
            else:
                self._dry_failed(task.error)
        else:
            if task.error is None:
                self._commit_done(task.result)
            else:
                self._commit_failed(task.error)
        self._update_buttons()

    def _dry_done(self, dry: DryRun) -> None:
        self.dry = dry
        self.results.set_results(dry.rows, name_column(dry.mapping))
        self._update_counts()
        self.show_status(None)
        self._status(self.summary_text(dry.counts, len(dry.rows)))
        if self.results.rowCount():
            self.ui.resultsTable.selectRow(0)
        self.ui.resultsTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dry_failed(self, exc: BaseException) -> None:
        self.dry = None
        if isinstance(exc, ImportCancelled):
            self._status(self.tr("Uji coba dibatalkan. Tekan Jalankan uji coba untuk mengulang."))
        elif isinstance(exc, ServiceError):
            self._status(exc.message, error=True)
        else:
            self._status(self.tr("Uji coba gagal."), error=True)
            messages.show_failure(self, exc, action=self.tr("Uji coba gagal"))

    def summary_text(self, counts: dict[str, int], total: int) -> str:
        text = self.tr("{total} baris diperiksa: {ok} OK, {warning} peringatan, {rejected} ditolak, "
                       "{skipped} dilewati.").format(
            total=labels.thousands(total), ok=labels.thousands(counts.get("ok", 0)),
            warning=labels.thousands(counts.get("peringatan", 0)),
            rejected=labels.thousands(counts.get("ditolak", 0)),
            skipped=labels.thousands(counts.get("dilewati", 0)))
        if not self.importable():
            text += " " + self.tr("Tidak ada baris yang dapat diimpor.")
        return text

    def importable(self) -> int:
        if self.dry is None:
            return 0
        return self.dry.counts.get("ok", 0) + self.dry.counts.get("peringatan", 0)

    def _status(self, text: str, *, error: bool = False) -> None:
        set_role(self.ui.checkStatus, "error" if error else "")
        self.ui.checkStatus.setText(text)

    def status_text(self) -> str:
        return self.ui.checkStatus.text()

    def _update_counts(self) -> None:
        names = status_labels()
        counts = self.dry.counts if self.dry is not None else {}
        total = len(self.dry.rows) if self.dry is not None else 0
        for status, button in self.filter_buttons.items():
            name = self.tr("Semua") if status is None else names[status]
            count = total if status is None else counts.get(status, 0)
            button.setText(f"{name} ({labels.thousands(count)})" if self.dry is not None else name)

    def show_status(self, status: str | None) -> None:
        """Show only the rows of one status (None: all)."""
        self.filter_buttons[status].setChecked(True)
        self.results.set_status(status)
        self.ui.rowDetail.clear()
        if self.results.rowCount():
            self.ui.resultsTable.selectRow(0)

    def _result_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.ui.resultsTable.currentIndex()
        result = self.results.data(index, RESULT_ROLE) if index.isValid() else None
        if result is None:
            self.ui.rowDetail.clear()
            return
        label = status_labels()[result.status]
        message = result.message or self.tr("Siap diimpor.")
        self.ui.rowDetail.setText(self.tr("Baris {row} · {status}: {message}").format(
            row=result.row_number, status=label, message=message))

    def report_source(self) -> DryRun | None:
        """What "Simpan laporan" writes: after the import, every row as the commit decided it; before, the dry
        run."""
        result, table = self.result, self.table
        if self.page() == DONE and result is not None and result.rows and table is not None and self.dry:
            return DryRun(table, self.dry.mapping, result.rows, result.counts)
        return self.dry

    def save_report(self) -> None:
        dry = self.report_source()
        if dry is None or self.busy.is_running():
            return
        name = f"{Path(dry.table.file_name).stem}-laporan-impor.xlsx"
        chosen = file_dialogs.save_file(self, self.tr("Simpan laporan uji coba"), name,
                                        self.tr("Buku kerja Excel (*.xlsx)"), purpose="import", suffix="xlsx")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        title = self.tr("Simpan laporan")
        self.busy.run(lambda: imports.write_report_xlsx(dry, path), self.tr("Menyimpan laporan…"),
                      on_success=lambda _r: messages.show_info(
                          self, title, self.tr("Laporan tersimpan di:\n{path}").format(path=path)),
                      on_failure=self._report_failed)

    def _report_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_error(self, self.tr("Simpan laporan"), exc.message)
        elif messages.show_failure(self, exc, action=self.tr("Laporan tidak dapat disimpan")):
            self.save_report()

    # --- step 4 and 5: the commit ------------------------------------------------------------------------

    def start_commit(self) -> None:
        table, dry = self.table, self.dry
        if table is None or dry is None or self._running() or not self.importable():
            return
        mapping = dry.mapping
        ctx = self.ctx
        self.ui.commitProgress.setRange(0, 0)
        self.ui.commitProgress.setValue(0)
        self.ui.commitCancelButton.setEnabled(True)
        self.ui.commitStatus.setText(self.tr("Mengimpor {count} UMKM…").format(
            count=labels.thousands(self.importable())))
        self._start_task(
            "commit", lambda job: imports.commit_import(ctx, table, mapping, progress=job.progress,
                                                        cancelled=job.is_cancelled))
        self._show_page(COMMIT)
        self.ui.commitCancelButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit_done(self, result: ImportResult) -> None:
        self.result = result
        table = self.table
        counts = result.counts
        where = self.tr("{file}, lembar {sheet}").format(file=table.file_name, sheet=table.sheet) if table else ""
        lines = [
            self.tr("<b>{count} UMKM diimpor</b> dari {where}.").format(
                count=labels.thousands(result.imported), where=_escape(where)),
            self.tr("{warning} di antaranya dengan peringatan; {rejected} baris ditolak dan {skipped} baris "
                    "dilewati (tidak diimpor).").format(
                warning=labels.thousands(counts.get("peringatan", 0)),
                rejected=labels.thousands(counts.get("ditolak", 0)),
                skipped=labels.thousands(counts.get("dilewati", 0))),
        ]
        self.ui.doneSummary.setText("<br>".join(lines))
        self.ui.warningsButton.setVisible(counts.get("peringatan", 0) > 0)
        self.ui.doneReportButton.setVisible(bool(result.rows))
        self._show_page(DONE)
        self.imported.emit(result)

    def _commit_failed(self, exc: BaseException) -> None:
        self._show_page(CHECK)
        if isinstance(exc, ImportCancelled):
            self._status(self.tr("Impor dibatalkan; tidak ada UMKM yang diimpor."))
        elif isinstance(exc, ServiceError):
            self._status(exc.message, error=True)
            messages.show_error(self, self.tr("Impor UMKM"), exc.message)
        else:
            self._status(self.tr("Impor gagal; tidak ada UMKM yang diimpor."), error=True)
            if messages.show_failure(self, exc, action=self.tr("Impor gagal; tidak ada UMKM yang diimpor")):
                self.start_commit()

    def _show_warnings(self) -> None:
        self.showWarnings.emit()
        self.accept()

    # --- closing -----------------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._running() or self.reader.busy() or self.busy.is_running()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the background work has returned (tests, closing)."""
        task = self.task
        done = task.wait(msecs) if task is not None else True
        return self.reader.wait(msecs) and self.busy.wait(msecs) and done

    def reject(self) -> None:
        if self._running():  # Esc or Tutup while a run goes: stop it first
            self.cancel_task()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.task is not None:
            self.task.cancel()
            self.task.wait(60_000)
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Dokumen: the outgoing-letter register with issue, preview/reprint, void, verify and batch printing."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QWidget

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import RegisterEntry
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.batch_dialog import BatchDialog
from umkm_desk.gui.dialogs.issue_dialog import IssueDialog, fill_kind_combo
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
from umkm_desk.gui.dialogs.verify_dialog import VerifyDialog
from umkm_desk.gui.dialogs.void_dialog import VoidDialog
from umkm_desk.gui.forms.ui_dokumen_page import Ui_DokumenPage
from umkm_desk.gui.kit.busy import BusyRunner
from umkm_desk.gui.kit.list_exporter import ListExporter
from umkm_desk.gui.kit.tables import EXTENDED, setup_table
from umkm_desk.gui.models.register_model import RegisterModel, RegisterQuery
from umkm_desk.gui.pages.base import Page

SEARCH_DELAY_MS = 300


def _format_count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class DokumenPage(Page):
    key = "dokumen"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.exporter = ListExporter(self, controls=[self])
        self.setObjectName("dokumenPage")
        self.ui = Ui_DokumenPage()
        self.ui.setupUi(self)
        self.ui.exportButton.clicked.connect(lambda: self.export_list())
        ui = self.ui
        #: the dialog opened last (preview, issue, void, verify, batch), for tests and for focus
        self.last_dialog: QWidget | None = None

        # actions: the toolbar buttons, the context menu and the shortcuts share them
        self.issue_action = self._action(ui.issueAction, self.issue)
        self.preview_action = self._action(ui.previewAction, self.preview)
        self.void_action = self._action(ui.voidAction, self.void)
        self.verify_action = self._action(ui.verifyAction, self.verify)
        self.batch_action = self._action(ui.batchAction, self.batch)
        self.issue_button = self._button(ui.issueButton, self.issue_action)
        self.preview_button = self._button(ui.previewButton, self.preview_action)
        self.void_button = self._button(ui.voidButton, self.void_action)
        self.verify_button = self._button(ui.verifyButton, self.verify_action)
        self.batch_button = self._button(ui.batchButton, self.batch_action)
        self.busy_indicator = ui.busyIndicator  # while a reprint is rendered

        # filters
        self.search_edit = ui.registerSearch
        self.kind_filter = fill_kind_combo(ui.kindFilter, with_all=self.tr("Semua jenis"))
        self.year_filter = ui.yearFilter
        self.count_label = ui.registerCount

        # table and empty state
        self.model = RegisterModel(ctx, self)
        self.table = setup_table(ui.registerTable, self.model, selection=EXTENDED, wrap=False, stretch_last=False,
                                 resize=QHeaderView.ResizeMode.Interactive, stretch=3,
                                 widths={0: 270, 1: 220, 2: 140, 4: 220, 5: 100})
        self.empty_label = ui.emptyState
        self.no_match_label = ui.noMatchLabel
        self.stack = ui.stack

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.doubleClicked.connect(lambda _index: self.preview())
        self.table.activated.connect(lambda _index: self.preview())  # Enter / Return on a row
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.busy = BusyRunner(self, self.busy_indicator)
        self.busy.busyChanged.connect(lambda _busy: self._update_actions())
        self.apply_rights()

    def title(self) -> str:
        return self.tr("Dokumen")

    # --- building ---------------------------------------------------------------------------------------

    def _action(self, action: QAction, slot: object) -> QAction:
        shortcut = action.shortcut()
        if not shortcut.isEmpty():  # the shortcut in the tooltip, as this platform writes it
            action.setToolTip(
                f"{action.text().rstrip('…')} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)  # its shortcut works only on a widget it is added to
        return action

    def _button(self, button: QPushButton, action: QAction) -> QPushButton:
        """A toolbar button of the form that shows and triggers ``action``."""
        button.setText(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    # --- data -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._fill_years()
        self.apply_filters()

    def _fill_years(self) -> None:
        current = self.year_filter.currentData()
        years = documents.register_years(self.ctx)
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Semua tahun"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        index = self.year_filter.findData(current) if current is not None else 0
        self.year_filter.setCurrentIndex(max(0, index))
        self.year_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(
            RegisterQuery(
                search=self.search_edit.text().strip(),
                kind=self.kind_filter.currentData(),
                year=self.year_filter.currentData(),
            )
        )
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total()
        filtered = bool(self.search_edit.text().strip()) or self.kind_filter.currentData() is not None or (
            self.year_filter.currentData() is not None
        )
        self.count_label.setText(self.tr("{count} dokumen").format(count=_format_count(total)))
        if total:
            self.stack.setCurrentIndex(0)
        else:
            self.empty_label.setVisible(not filtered)
            self.no_match_label.setVisible(filtered)
            self.stack.setCurrentIndex(1)

    # --- export -----------------------------------------------------------------------------------------

    def export_list(self, path: Path | None = None) -> bool:
        """Ekspor ke Excel: the register as listed (the model's search, kind and year)."""
        from umkm_desk.core.services.reports.list_export import export_list_audited, register_rows

        ctx, query = self.ctx, self.model.query()
        return self.exporter.export(
            self.tr("Ekspor register surat"), "register-surat",
            lambda target: export_list_audited(
                ctx, "register", target,
                register_rows(ctx, search=query.search or None, kind=query.kind, year=query.year), replace=True),
            path,
        )

    # --- selection --------------------------------------------------------------------------------------

    def selected_entries(self) -> list[RegisterEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        entries = [self.model.entry(row) for row in rows]
        return [entry for entry in entries if entry is not None]

    def current_entry(self) -> RegisterEntry | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return self.model.entry(index.row())
        selected = self.selected_entries()
        return selected[0] if selected else None

    def select_document(self, document_id: uuid.UUID) -> bool:
        row = self.model.row_of(document_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(document_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def apply_rights(self) -> None:
        """A role that may not issue or void documents (pimpinan) reads the register, previews and verifies."""
        from umkm_desk.gui.kit.rights import show_only_if

        writes = self.rights.can("register.write")
        show_only_if(writes, (self.issue_action, self.batch_action, self.issue_button, self.batch_button,
                              self.void_button, self.void_action))
        if not writes:  # the form's text tells how to issue one
            self.empty_label.setText(self.tr("Belum ada dokumen terbit."))
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.current_entry()
        self.preview_action.setEnabled(entry is not None and not self.busy.is_running())
        self.void_action.setEnabled(self.rights.can("register.write") and entry is not None and not entry.voided)

    def _context_menu(self, pos: object) -> None:
        menu = QMenu(self)
        menu.addAction(self.preview_action)
        if self.rights.can("register.write"):
            menu.addAction(self.void_action)
            menu.addSeparator()
            menu.addAction(self.issue_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # --- actions ----------------------------------------------------------------------------------------

    def _remember(self, dialog: QWidget) -> None:
        self.last_dialog = dialog

    def issue(self) -> None:
        if not self.rights.can("register.write"):
            return
        kind = self.kind_filter.currentData()
        dialog = IssueDialog(self.ctx, self, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._issued(dialog))
        self._remember(dialog)
        dialog.open()

    def _issued(self, dialog: IssueDialog) -> None:
        issued = dialog.issued
        if issued is None:
            return
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.reload()
        self.select_document(issued.entry.id)
        self.open_preview(issued.pdf, issued.entry)

    def open_preview(self, pdf: bytes, entry: RegisterEntry) -> PdfPreviewDialog:
        title = self.tr("{kind} — {number}").format(kind=entry.kind_label, number=entry.number)
        if entry.voided:
            title = self.tr("{title} (DIBATALKAN)").format(title=title)
        dialog = PdfPreviewDialog(pdf, title, self, number=entry.number)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._remember(dialog)
        dialog.open()
        return dialog

    def preview(self) -> None:
        """Render the selected document again from the register, in a worker thread, then preview it."""
        entry = self.current_entry()
        if entry is None or self.busy.is_running():
            return
        ctx = self.ctx
        self.busy.run(lambda: documents.reprint(ctx, entry.id), self.tr("Menyiapkan {number}…").format(
            number=entry.number), on_success=lambda pdf: self.open_preview(pdf, entry),
            on_failure=self._reprint_failed)

    def _reprint_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_error(self, self.tr("Cetak ulang gagal"), exc.message)
        elif messages.show_failure(self, exc, action=self.tr("Cetak ulang gagal")):
            self.preview()

    def void(self) -> None:
        if not self.rights.can("register.write"):
            return
        entry = self.current_entry()
        if entry is None or entry.voided:
            return
        dialog = VoidDialog(self.ctx, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._voided(entry.id))
        self._remember(dialog)
        dialog.open()

    def _voided(self, document_id: uuid.UUID) -> None:
        self.model.refresh()
        self._update_count()
        self.select_document(document_id)

    def verify(self) -> None:
        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._remember(dialog)
        dialog.open()

    def batch(self) -> None:
        if not self.rights.can("register.write"):
            return
        selected = list(dict.fromkeys(e.business_id for e in self.selected_entries() if e.business_id))
        kind = self.kind_filter.currentData() or "certificate"
        dialog = BatchDialog(self.ctx, self, kind=kind, selected=selected if len(selected) > 1 else ())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.reload())
        self._remember(dialog)
        dialog.open()

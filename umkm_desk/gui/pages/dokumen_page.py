"""Dokumen: the outgoing-letter register with issue, preview/reprint, void, verify and batch printing."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import RegisterEntry
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.batch_dialog import BatchDialog
from umkm_desk.gui.dialogs.issue_dialog import IssueDialog, kind_combo
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
from umkm_desk.gui.dialogs.verify_dialog import VerifyDialog
from umkm_desk.gui.dialogs.void_dialog import VoidDialog
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner
from umkm_desk.gui.kit.tables import EXTENDED, make_table
from umkm_desk.gui.models.register_model import RegisterModel, RegisterQuery
from umkm_desk.gui.pages.base import Page

SEARCH_DELAY_MS = 300


def _format_count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class DokumenPage(Page):
    key = "dokumen"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("dokumenPage")
        #: the dialog opened last (preview, issue, void, verify, batch), for tests and for focus
        self.last_dialog: QWidget | None = None

        # actions (buttons, context menu and shortcuts share them)
        self.issue_action = self._action(self.tr("Terbitkan…"), QKeySequence("Ctrl+N"), self.issue)
        self.preview_action = self._action(self.tr("Pratinjau / Cetak ulang"), QKeySequence("Ctrl+P"), self.preview)
        self.void_action = self._action(self.tr("Batalkan…"), None, self.void)
        self.verify_action = self._action(self.tr("Verifikasi…"), QKeySequence("Ctrl+F"), self.verify)
        self.batch_action = self._action(self.tr("Cetak massal…"), None, self.batch)

        # toolbar
        self.issue_button = self._button(self.issue_action, primary=True)
        self.preview_button = self._button(self.preview_action)
        self.void_button = self._button(self.void_action)
        self.verify_button = self._button(self.verify_action)
        self.batch_button = self._button(self.batch_action)
        toolbar = QHBoxLayout()
        for button in (self.issue_button, self.preview_button, self.void_button):
            toolbar.addWidget(button)
        self.busy_indicator = BusyIndicator(self)  # while a reprint is rendered
        toolbar.addWidget(self.busy_indicator)
        toolbar.addStretch(1)
        toolbar.addWidget(self.verify_button)
        toolbar.addWidget(self.batch_button)

        # filters
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("registerSearch")
        self.search_edit.setPlaceholderText(self.tr("Cari nomor surat, nama UMKM atau kode verifikasi…"))
        self.search_edit.setClearButtonEnabled(True)
        self.kind_filter = kind_combo(self, with_all=self.tr("Semua jenis"))
        self.year_filter = QComboBox(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")
        self.count_label.setProperty("role", "hint")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.count_label)

        # table and empty state
        self.model = RegisterModel(ctx, self)
        self.table = make_table(self.model, self, selection=EXTENDED, wrap=False, stretch_last=False,
                                resize=QHeaderView.ResizeMode.Interactive, stretch=3,
                                widths={0: 270, 1: 220, 2: 140, 4: 220, 5: 100})
        self.table.setObjectName("registerTable")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.empty_label = QLabel(
            self.tr("Belum ada dokumen terbit. Tekan Terbitkan… (Ctrl+N) untuk membuat surat atau sertifikat, atau Cetak massal… untuk banyak UMKM sekaligus."), self
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        empty_card = QFrame(self)
        empty_card.setProperty("role", "card")
        card_layout = QVBoxLayout(empty_card)
        card_layout.setContentsMargins(32, 48, 32, 48)
        card_layout.addWidget(self.empty_label)
        self.no_match_label = QLabel(self.tr("Tidak ada dokumen yang cocok dengan pencarian atau saringan."), self)
        self.no_match_label.setProperty("role", "hint")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.no_match_label)
        card_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty_card)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 8, 28, 20)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

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
        self._update_actions()

    def title(self) -> str:
        return self.tr("Dokumen")

    # --- building ---------------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setToolTip(f"{text.rstrip('…')} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _button(self, action: QAction, *, primary: bool = False) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        if primary:
            button.setProperty("role", "primary")
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

    def _update_actions(self) -> None:
        entry = self.current_entry()
        self.preview_action.setEnabled(entry is not None and not self.busy.is_running())
        self.void_action.setEnabled(entry is not None and not entry.voided)

    def _context_menu(self, pos: object) -> None:
        menu = QMenu(self)
        for action in (self.preview_action, self.void_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.issue_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # --- actions ----------------------------------------------------------------------------------------

    def _remember(self, dialog: QWidget) -> None:
        self.last_dialog = dialog

    def issue(self) -> None:
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
        selected = list(dict.fromkeys(e.business_id for e in self.selected_entries() if e.business_id))
        kind = self.kind_filter.currentData() or "certificate"
        dialog = BatchDialog(self.ctx, self, kind=kind, selected=selected if len(selected) > 1 else ())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.reload())
        self._remember(dialog)
        dialog.open()

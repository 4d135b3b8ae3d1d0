"""UMKM: the business registry. A lazy table over 100,000 businesses with search-as-you-type, cascading filters,
column sort, a count, and an empty state that says what to do.

Keyboard: Ctrl+N new business, Ctrl+F search, Enter opens the selected business, Delete archives it (after
asking), Ctrl+Z right after archiving restores it. Dialogs open non-modally (``open()``/``show()``).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.registry import business_query
from umkm_desk.core.services.registry.business_query import NO_STAGE, BusinessFilter, short_query
from umkm_desk.core.services.versions import EditConflict
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs import conflicts, messages
from umkm_desk.gui.fit import fit_header_titles
from umkm_desk.gui.forms.ui_umkm_page import Ui_UmkmPage
from umkm_desk.gui.kit.keys_notice import KeysNotice
from umkm_desk.gui.kit.list_exporter import ListExporter
from umkm_desk.gui.kit.row_delegate import RowDelegate
from umkm_desk.gui.kit.row_painter import RowPainter
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.models.business_table import ID_ROLE, BusinessTableModel
from umkm_desk.gui.pages.base import Page

if TYPE_CHECKING:
    from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog
    from umkm_desk.gui.dialogs.business_form import BusinessFormDialog

# The dialogs and the businesses service (with phonenumbers and the form) are imported when first used: the page
# opens at startup, the form much later, if at all.

SEARCH_DEBOUNCE_MS = 200
# how long after the page shows its data the search statements are prepared (after the first frame is drawn)
WARM_UP_MS = 150
_COLUMN_WIDTHS = (205, 150, 128, 110, 92, 100, 64, 104, 140, 110)
DEMO_BUSINESSES = 300


class UmkmPage(Page):
    key = "umkm"
    #: "Impor dari Excel…" on the empty list: the main window opens its import wizard
    importRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._filters_ready = False
        self._last_archived: tuple[uuid.UUID, int] | None = None  # (business, its version once archived)
        self._dialogs: list[QWidget] = []
        self._build()

    def title(self) -> str:
        return self.tr("UMKM")

    def subtitle(self) -> str:
        return self.tr("Daftar usaha dan pemiliknya")

    # --- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_UmkmPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.search = ui.umkmSearch
        self.count_label = ui.umkmCount
        self.new_button = ui.newButton
        # One or two characters search the start of the business and owner names only (services.business_query).
        self.search_hint = ui.umkmSearchHint
        self.search_hint.hide()
        # The row must hold with a wide font too: the filters with long entries (kelurahan, sector, stage, partner)
        # have a fixed width in characters in the form; their lists open as wide as the longest entry.
        self.kecamatan_filter = ui.kecamatanFilter
        self.kelurahan_filter = ui.kelurahanFilter
        self.sector_filter = ui.sectorFilter
        self.scale_filter = ui.scaleFilter
        self.stage_filter = ui.stageFilter
        self.partner_filter = ui.partnerFilter
        self.status_filter = ui.statusFilter
        self.status_filter.setItemData(0, False)  # Aktif
        self.status_filter.setItemData(1, True)  # Arsip
        # The reset button sits beside the search box, not at the end of the filters: eight controls in one row
        # overflow 1366 px with a wide font.
        self.reset_button = ui.resetButton
        # its own line in the form: the filter row is full at 1366 px with a wide font
        self.import_warning_filter = ui.importWarningFilter

        self.notice = ui.umkmNotice
        self.notice.hide()
        # the rows behind a number on the Laporan page: said above the list, with the way back to all of it
        self._keys: frozenset[uuid.UUID] | None = None
        self.keys_notice = KeysNotice(self)
        ui.pageLayout.insertWidget(ui.pageLayout.indexOf(self.notice) + 1, self.keys_notice)
        self.keys_notice.cleared.connect(self.clear_filters)
        self.exporter = ListExporter(self, controls=[self])
        self.export_button = ui.exportButton
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Daftar ini ke Excel atau CSV…  (Ctrl+E)"), lambda: self.export_list())
        export_menu.addAction(self.tr("Format SIDT-KUMKM…"), lambda: self.export_sidt())
        self.export_button.setMenu(export_menu)

        self.stack = ui.stack
        self.model = BusinessTableModel(self.ctx, self)
        self.table = setup_table(ui.umkmTable, self.model, grid=False, wrap=False, highlight_header=False,
                                 resize=QHeaderView.ResizeMode.Interactive, widths=_COLUMN_WIDTHS)
        # a keystroke redraws 180 cells: painted a row at a time from one cached tuple and laid-out text each
        # (kit.row_painter; the delegate paints for anything that asks the view to)
        delegate = RowDelegate(self.table)
        self.table.setItemDelegate(delegate)
        self.row_painter = RowPainter(self.table, delegate)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        fit_header_titles(self.table)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(28)

        self.empty = ui.emptyPage
        self.empty_label = ui.umkmEmpty
        self.empty_new_button = ui.emptyNewButton
        self.empty_import_button = ui.emptyImportButton
        self.demo_button = ui.demoButton
        self.clear_search_button = ui.clearSearchButton

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        for combo in (self.kelurahan_filter, self.sector_filter, self.scale_filter, self.stage_filter,
                      self.partner_filter, self.status_filter):  # fmt: skip
            combo.currentIndexChanged.connect(self.apply_filter)
        self.kecamatan_filter.currentIndexChanged.connect(self._kecamatan_changed)
        self.reset_button.clicked.connect(self.clear_filters)
        self.clear_search_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.new_business)
        self.empty_new_button.clicked.connect(self.new_business)
        self.empty_import_button.clicked.connect(self.importRequested)
        self.import_warning_filter.toggled.connect(self.apply_filter)
        self.demo_button.clicked.connect(self.load_demo)
        self.table.activated.connect(self._open_index)
        self.model.counted.connect(self._counted)
        self.model.modelReset.connect(self._select_first)

        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search, context=shortcut)
        self.write_shortcuts = [
            QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_business, context=shortcut),
            QShortcut(QKeySequence("Ctrl+Z"), self, activated=self.undo_archive, context=shortcut),
            QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.archive_selected,
                      context=shortcut),
        ]
        self.apply_rights()

    def _fill_filters(self) -> None:
        choices = business_query.filter_choices(self.ctx)
        self._kelurahan_choices = choices.kelurahan
        for combo in (self.kecamatan_filter, self.sector_filter, self.scale_filter, self.stage_filter,
                      self.partner_filter):  # fmt: skip
            combo.blockSignals(True)
        for choice in choices.kecamatan:
            self.kecamatan_filter.addItem(choice.label, choice.code)
        for code, text in labels.sectors().items():
            self.sector_filter.addItem(text, code)
        for code, text in labels.scales().items():
            self.scale_filter.addItem(text, code)
        for code, text in labels.stages().items():
            self.stage_filter.addItem(text, code)
        self.stage_filter.addItem(self.tr("Belum didampingi"), NO_STAGE)
        for choice in choices.partners:
            self.partner_filter.addItem(choice.label, choice.code)
        for combo in (self.kecamatan_filter, self.sector_filter, self.scale_filter, self.stage_filter,
                      self.partner_filter):  # fmt: skip
            combo.blockSignals(False)
        for combo in (self.sector_filter, self.stage_filter, self.partner_filter):
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self._fill_kelurahan(None)
        self._filters_ready = True

    def _fill_kelurahan(self, kecamatan_code: str | None) -> None:
        combo = self.kelurahan_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua kelurahan"), None)
        for choice in self._kelurahan_choices:
            if kecamatan_code is None or choice.kecamatan_code == kecamatan_code:
                combo.addItem(choice.label, choice.code)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.blockSignals(False)

    def _kecamatan_changed(self) -> None:
        self._fill_kelurahan(self.kecamatan_filter.currentData())
        self.apply_filter()

    def apply_rights(self) -> None:
        """A role that may not change businesses (pimpinan) sees no way to add, archive or restore one."""
        from umkm_desk.gui.kit.rights import show_only_if

        show_only_if(self.rights.can("registry.write"), (self.new_button, *self.write_shortcuts))

    # --- page contract ------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._filters_ready:
            self._fill_filters()
        self.reload()
        self.mark_loaded()
        # the search statements are prepared while the officer looks at the list (or, typing sooner, with the
        # first letter): the first search then costs what the next ones do
        QTimer.singleShot(WARM_UP_MS, self.model, self.model.warm_up)
        if self.stack.currentWidget() is self.table:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def revisit(self) -> None:
        if self.stack.currentWidget() is self.table:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        self.model.set_filter(self.current_filter())

    def businesses_changed(self) -> None:
        """Businesses were imported, or an import undone: read the list again, keeping the filters."""
        if self._filters_ready:
            self.model.refresh()

    def has_unsaved_changes(self) -> bool:
        if not self._dialogs:
            return False
        from umkm_desk.gui.dialogs.business_form import BusinessFormDialog

        return any(
            isinstance(d, BusinessFormDialog) and d.isVisible() and d.has_unsaved_changes()
            for d in self._dialogs
        )

    # --- filtering ----------------------------------------------------------------------------------

    def current_filter(self) -> BusinessFilter:
        partner = self.partner_filter.currentData()
        return BusinessFilter(
            search=self.search.text().strip(),
            kecamatan_code=self.kecamatan_filter.currentData(),
            kelurahan_code=self.kelurahan_filter.currentData(),
            sector=self.sector_filter.currentData(),
            scale=self.scale_filter.currentData(),
            stage=self.stage_filter.currentData(),
            partner_id=uuid.UUID(partner) if partner else None,
            archived=bool(self.status_filter.currentData()),
            import_warning_only=self.import_warning_filter.isChecked(),
            ids=self._keys,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter or not self.model.rowCount():
            self.model.set_filter(flt)

    def _search_changed(self, text: str) -> None:
        self.search_hint.setVisible(short_query(text))
        self._search_timer.start()
        self.model.warm_up()  # the first letter typed: while the timer waits, not in the officer's first search

    def clear_filters(self) -> None:
        self._reset_filters()
        self.apply_filter()

    def show_keys(self, ids: frozenset[uuid.UUID], notice: str) -> None:
        """Only these businesses (the list behind a number on the Laporan page), the other filters cleared."""
        self._reset_filters()
        self._keys = frozenset(ids)
        self.keys_notice.show_notice(notice)
        if self._filters_ready:
            self.apply_filter()

    def _reset_filters(self) -> None:
        self._keys = None
        self.keys_notice.hide()
        widgets = (self.search, self.kecamatan_filter, self.kelurahan_filter, self.sector_filter,
                   self.scale_filter, self.stage_filter, self.partner_filter, self.status_filter)  # fmt: skip
        for widget in (*widgets, self.import_warning_filter):
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        self.import_warning_filter.setChecked(False)
        for widget in (*widgets, self.import_warning_filter):
            widget.blockSignals(False)
        if self._filters_ready:
            self._fill_kelurahan(None)

    def show_import_warnings(self) -> None:
        """Only the active businesses whose import left a warning to check."""
        self.clear_filters()
        self.import_warning_filter.setChecked(True)

    def _counted(self, count: int, exact: bool = True) -> None:
        flt = self.model.filter
        what = self.tr("UMKM diarsipkan") if flt.archived else self.tr("UMKM")
        if exact:
            self.count_label.setText(f"{labels.thousands(count)} {what}")
        else:  # the office server counts a broad search whole in the background; the exact number follows
            self.count_label.setText(self.tr("Lebih dari {count} {what} (menghitung\u2026)").format(
                count=labels.thousands(count), what=what))
        if count:
            self.stack.setCurrentWidget(self.table)
            return
        filtered = flt != BusinessFilter(archived=flt.archived)
        if filtered:
            text = self.tr("Tidak ada UMKM yang cocok dengan pencarian.")
        elif flt.archived:
            text = self.tr("Arsip kosong. UMKM yang diarsipkan akan tampil di sini dan bisa dipulihkan.")
        elif not self.rights.can("registry.write"):
            text = self.tr("Belum ada UMKM.")
        else:
            text = self.tr("Belum ada UMKM. Tekan Ctrl+N untuk menambah, impor daftar dari Excel (Ctrl+I), "
                           "atau muat data contoh.")
        self.empty_label.setText(text)
        self.clear_search_button.setVisible(filtered)
        writes = self.rights.can("registry.write")
        self.empty_new_button.setVisible(writes and not filtered and not flt.archived)
        self.empty_import_button.setVisible(self.rights.can("imports.write") and not filtered and not flt.archived)
        self.demo_button.setVisible(writes and not filtered and not flt.archived and self._demo_available())
        self.stack.setCurrentWidget(self.empty)

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_enter(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions ------------------------------------------------------------------------------------

    def selected_business(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _keep(self, dialog: QWidget) -> None:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))

    def _forget(self, dialog: QWidget) -> None:
        self._dialogs = [d for d in self._dialogs if d is not dialog]

    def new_business(self) -> BusinessFormDialog:
        from umkm_desk.gui.dialogs.business_form import BusinessFormDialog

        dialog = BusinessFormDialog(self.ctx, self)
        self._open_form(dialog)
        return dialog

    def edit_business(self, business_id: uuid.UUID) -> BusinessFormDialog:
        from umkm_desk.gui.dialogs.business_form import BusinessFormDialog

        dialog = BusinessFormDialog(self.ctx, self, business_id)
        self._open_form(dialog)
        return dialog

    def _open_form(self, dialog: BusinessFormDialog) -> None:
        dialog.saved.connect(self._saved)
        dialog.open_existing.connect(self.open_business)
        self._keep(dialog)
        dialog.open()

    def _saved(self, business_id: uuid.UUID) -> None:
        self.model.refresh()
        self._select_business(business_id)
        from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog

        for dialog in self._dialogs:
            if isinstance(dialog, BusinessDetailDialog) and dialog.business_id == business_id:
                dialog.reload()

    def _select_business(self, business_id: uuid.UUID) -> None:
        row = self.model.row_of(business_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        business_id = self.model.data(index, ID_ROLE)
        if business_id is not None:
            self.open_business(business_id)

    def open_business(self, business_id: uuid.UUID) -> BusinessDetailDialog:
        from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog

        for dialog in self._dialogs:
            if (
                isinstance(dialog, BusinessDetailDialog)
                and dialog.business_id == business_id
                and dialog.isVisible()
            ):
                dialog.reload()
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = BusinessDetailDialog(self.ctx, business_id, self)
        dialog.edit_requested.connect(self.edit_business)
        # the version the dialog shows: a colleague's save since then refuses the archive (services.versions)
        dialog.archive_requested.connect(lambda key, d=dialog: self.archive(key, expected_version=d.profile.version))
        dialog.restore_requested.connect(lambda key, d=dialog: self.restore(key, expected_version=d.profile.version))
        self._keep(dialog)
        dialog.show()
        return dialog

    def archive_selected(self) -> None:
        business_id = self.selected_business()
        if business_id is None:
            return
        shown = self.model.row_data(self.table.currentIndex().row())
        version = shown.version if shown is not None and shown.id == business_id else None
        if self.model.filter.archived:
            self.restore(business_id, expected_version=version)
        else:
            self.archive(business_id, expected_version=version)

    def _refused(self, conflict: EditConflict) -> None:
        """A colleague changed the business since the list or its window was drawn: say who and what, and on
        request show their version (the list keeps its selection and scroll, the windows reload)."""
        if conflicts.offer_reload(self, conflict):
            self._after_change(self.table.currentIndex().row())

    def archive(self, business_id: uuid.UUID, *, expected_version: int | None = None) -> bool:
        from umkm_desk.core.services.registry import businesses

        try:  # an account deleted or disabled meanwhile is refused already here, with what to do
            name = businesses.business_profile(self.ctx, business_id).name
        except ServiceError as exc:
            messages.show_error(self, self.tr("Arsipkan UMKM"), exc.message)
            return False
        if not messages.ask(
            self,
            self.tr("Arsipkan UMKM"),
            self.tr(
                "Arsipkan {name}? UMKM ini tidak tampil lagi di daftar dan laporan, tetapi datanya tetap ada "
                "dan bisa dipulihkan dari tampilan Arsip."
            ).format(name=name),
            yes=self.tr("Arsipkan"),
            no=self.tr("Batal"),
            default_yes=False,
        ):
            return False
        row = self.table.currentIndex().row()
        while True:
            try:
                archived_version = businesses.archive_business(self.ctx, business_id,
                                                               expected_version=expected_version)
                break
            except EditConflict as conflict:
                self._refused(conflict)
                return False
            except ServiceError as exc:
                messages.show_error(self, self.tr("Arsipkan UMKM"), exc.message)
                return False
            except Exception as exc:
                if not messages.show_failure(self, exc, action=self.tr("UMKM tidak dapat diarsipkan")):
                    return False
        self._last_archived = (business_id, archived_version)
        self._notify(self.tr("{name} diarsipkan. Tekan Ctrl+Z untuk membatalkan.").format(name=name))
        self._after_change(row)
        return True

    def restore(self, business_id: uuid.UUID, *, expected_version: int | None = None) -> bool:
        from umkm_desk.core.services.registry import businesses

        try:
            businesses.restore_business(self.ctx, business_id, expected_version=expected_version)
        except EditConflict as conflict:
            self._refused(conflict)
            return False
        except ServiceError as exc:
            messages.show_error(self, self.tr("Pulihkan UMKM"), exc.message)
            return False
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("UMKM tidak dapat dipulihkan")):
                return self.restore(business_id, expected_version=expected_version)
            return False
        name = businesses.business_profile(self.ctx, business_id).name
        self._notify(self.tr("{name} dipulihkan dari arsip.").format(name=name))
        self._after_change(self.table.currentIndex().row())
        return True

    def undo_archive(self) -> None:
        if self._last_archived is not None:
            (business_id, version), self._last_archived = self._last_archived, None
            self.restore(business_id, expected_version=version)

    def _after_change(self, row: int) -> None:
        self.model.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog

        for dialog in self._dialogs:
            if isinstance(dialog, BusinessDetailDialog) and dialog.isVisible():
                dialog.reload()

    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # --- exports ------------------------------------------------------------------------------------------

    def export_list(self, path: Path | None = None) -> bool:
        """Ekspor ke Excel: the list as on screen (the model's filter, search and sort)."""
        from umkm_desk.core.services.reports.list_export import export_list_audited, umkm_rows

        ctx, flt = self.ctx, self.model.filter
        sort, descending = self.model.sort_key()
        return self.exporter.export(
            self.tr("Ekspor daftar UMKM"), "daftar-umkm",
            lambda target: export_list_audited(
                ctx, "umkm", target, umkm_rows(ctx, flt, sort=sort, descending=descending), replace=True),
            path,
        )

    def selected_businesses(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = [self.model.business_id(row) for row in rows]
        return [business_id for business_id in found if business_id is not None]

    def export_sidt(self, path: Path | None = None, *, selected_only: bool | None = None) -> bool:
        """The SIDT-KUMKM export of the selected businesses (when several are selected and the officer wants
        just those) or of the whole list as on screen."""
        from umkm_desk.core.services.reports.sidt import write_sidt

        selected = self.selected_businesses()
        if selected_only is None:
            selected_only = len(selected) > 1 and messages.ask(
                self, self.tr("Ekspor SIDT-KUMKM"),
                self.tr("Ekspor {n} UMKM yang dipilih saja, atau seluruh daftar ({total} UMKM)?").format(
                    n=labels.thousands(len(selected)), total=labels.thousands(self.model.rowCount())),
                yes=self.tr("UMKM terpilih"), no=self.tr("Seluruh daftar"))
        ctx, flt = self.ctx, self.model.filter
        sort, descending = self.model.sort_key()
        ids = selected if selected_only else None
        return self.exporter.export(
            self.tr("Ekspor SIDT-KUMKM"), "sidt-kumkm",
            lambda target: write_sidt(ctx, target, flt=flt, sort=sort, descending=descending, business_ids=ids,
                                      replace=True),
            path, what=self.tr("UMKM"),
        )

    # --- demo data ----------------------------------------------------------------------------------

    def _demo_available(self) -> bool:
        try:
            from umkm_desk.demo import generator as demo  # noqa: F401
        except ImportError:
            return False
        return True

    def load_demo(self) -> None:
        from umkm_desk.demo.generator import fill_demo

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            fill_demo(self.ctx.db, businesses=DEMO_BUSINESSES)
        except ServiceError as exc:
            messages.show_error(self, self.tr("Muat data contoh"), exc.message)
            return
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data contoh tidak dapat dimuat"))
            return
        finally:
            self.unsetCursor()
        self._filters_ready = False
        for combo in (self.kecamatan_filter, self.sector_filter, self.scale_filter, self.stage_filter,
                      self.partner_filter):  # fmt: skip
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            combo.blockSignals(False)
        self._fill_filters()
        self.model.refresh()

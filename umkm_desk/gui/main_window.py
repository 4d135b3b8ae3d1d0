"""The main window: navigation on the left, the current page on the right, status bar and menus.

Pages plug in through :data:`PAGE_SPECS`: each names a module and a :class:`~umkm_desk.gui.pages.base.Page`
subclass. The module is imported the first time its page is opened; while a module does not exist yet, a
:class:`PlaceholderPage` ("Halaman ini segera hadir.") stands in. Only a missing page module is replaced
quietly; an import error inside an existing page is shown on the placeholder and printed to stderr, and any
other error propagates.
"""

from __future__ import annotations

import gc
import importlib
import sys
import traceback
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QMainWindow, QWidget

from umkm_desk import __version__
from umkm_desk.core.services.accounts.accounts import has_accounts
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office import maintenance, officers
from umkm_desk.gui import file_dialogs, local_settings
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_main_window import Ui_MainWindow
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.pages.base import Page
from umkm_desk.gui.pages.placeholder import PlaceholderPage
from umkm_desk.paths import resource_path

if TYPE_CHECKING:
    from umkm_desk.gui.dialogs.guide_dialog import GuideDialog
    from umkm_desk.gui.dialogs.import_history import ImportHistoryDialog
    from umkm_desk.gui.dialogs.import_wizard import ImportWizard

DEFAULT_SIZE = QSize(1366, 768)
LOAD_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    class_name: str


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("beranda", "umkm_desk.gui.pages.beranda_page", "BerandaPage"),
    PageSpec("umkm", "umkm_desk.gui.pages.umkm_page", "UmkmPage"),
    PageSpec("pendampingan", "umkm_desk.gui.pages.pendampingan_page", "PendampinganPage"),
    PageSpec("mitra", "umkm_desk.gui.pages.mitra_page", "MitraPage"),
    PageSpec("dokumen", "umkm_desk.gui.pages.dokumen_page", "DokumenPage"),
    PageSpec("laporan", "umkm_desk.gui.pages.laporan_page", "LaporanPage"),
    PageSpec("pengaturan", "umkm_desk.gui.pages.pengaturan_page", "PengaturanPage"),
)
PAGE_KEYS = tuple(spec.key for spec in PAGE_SPECS)


_tr = translator("MainWindow")


def page_label(key: str) -> str:
    """The navigation label of a page."""
    labels = {
        "beranda": _tr("Beranda"),
        "umkm": _tr("UMKM"),
        "pendampingan": _tr("Pendampingan"),
        "mitra": _tr("Mitra"),
        "dokumen": _tr("Dokumen"),
        "laporan": _tr("Laporan"),
        "pengaturan": _tr("Pengaturan"),
    }
    return labels[key]


def page_subtitle(key: str) -> str:
    """One line under the page title; a page may override it with a ``subtitle()`` method."""
    subtitles = {
        "beranda": _tr("Ringkasan pendampingan UMKM Kota Serang"),
        "umkm": _tr("Daftar usaha dan pemiliknya"),
        "pendampingan": _tr("Permodalan, pendampingan, dan pemasaran tiap UMKM"),
        "mitra": _tr("Perguruan tinggi, BAZNAS/LAZ, dan mitra lain beserta kerja samanya"),
        "dokumen": _tr("Surat dan sertifikat yang telah diterbitkan"),
        "laporan": _tr("Rekap per tahap, kecamatan, mitra, dan periode"),
        "pengaturan": _tr("Kop surat, penandatangan, dan penomoran surat"),
    }
    return subtitles[key]


def load_page_class(spec: PageSpec) -> tuple[type[Page] | None, str | None]:
    """(class, None) when the page exists; (None, None) when its module is not written yet;
    (None, problem) when the module exists but one of its imports fails."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None, None
        traceback.print_exc(file=sys.stderr)
        return None, f"{type(exc).__name__}: {exc}"
    except ImportError as exc:
        traceback.print_exc(file=sys.stderr)
        return None, f"{type(exc).__name__}: {exc}"
    cls = getattr(module, spec.class_name)
    if not (isinstance(cls, type) and issubclass(cls, Page)):
        raise TypeError(f"{spec.module}.{spec.class_name} is not a Page subclass")
    return cls, None


def nav_icon(key: str) -> QIcon:
    path = resource_path("icons", f"{key}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


#: pages that show lists or figures and follow colleagues' changes while on screen
LIVE_PAGES = frozenset({"beranda", "umkm", "pendampingan", "mitra", "dokumen", "laporan"})


class MainWindow(QMainWindow):
    pageChanged = Signal(str)
    officerChanged = Signal()
    #: the database file was found damaged (emitted from whichever thread saw it; handled in the GUI thread)
    damageFound = Signal()

    def __init__(self, ctx: ServiceContext, db_display: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db_display = db_display
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(QSize(1024, 640))
        self._pages: dict[str, Page] = {}
        #: the data stamp each page was last read at (see show_page)
        self._shown_stamps: dict[str, tuple[object, ...] | None] = {}
        self._current_key: str | None = None
        #: ask before closing with unsaved edits (off for ``--screenshot``)
        self.confirm_close = True

        self.ui.versionLabel.setText(self.tr("Versi {version}").format(version=__version__))
        nav = self.ui.navList
        for number, spec in enumerate(PAGE_SPECS, start=1):
            item = QListWidgetItem(nav_icon(spec.key), page_label(spec.key))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("{label} (Ctrl+{number})").format(label=page_label(spec.key), number=number))
            item.setSizeHint(QSize(180, 40))
            nav.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.addAction(action)
        nav.currentItemChanged.connect(self._nav_changed)

        self.db_label = QLabel(self.tr("Basis data: {path}").format(path=db_display), self)
        self.db_label.setToolTip(db_display)
        self.officer_label = QLabel(self)
        self.busy_indicator = BusyIndicator(self)  # while a backup is written
        self.ui.statusbar.addWidget(self.db_label, 1)
        self.ui.statusbar.addPermanentWidget(self.busy_indicator)
        self.ui.statusbar.addPermanentWidget(self.officer_label)
        self.busy = BusyRunner(self, self.busy_indicator)
        self.busy.busyChanged.connect(lambda _busy: self._update_backup_action())
        self._update_officer_label()

        self.ui.actionImport.triggered.connect(self.import_businesses)
        self.ui.actionImportHistory.triggered.connect(self.show_import_history)
        self.ui.actionImportTemplate.triggered.connect(self.save_import_template)
        self._import_wizard: ImportWizard | None = None
        self.ui.actionExport.triggered.connect(self.export_current_list)
        self.ui.actionExport.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.ui.actionExportSidt.triggered.connect(self.export_sidt)
        self.ui.actionReport.triggered.connect(self.make_report)
        self.pageChanged.connect(lambda _key: self._update_export_action())
        self.action_sync = QAction(self.tr("&Sinkronisasi…"), self)
        self.action_sync.setToolTip(self.tr("Tukar paket data dengan laptop lapangan atau kantor"))
        self.action_sync.triggered.connect(self.show_sync)
        self.ui.menuBerkas.insertAction(self.ui.actionChangeOfficer, self.action_sync)
        self.ui.menuBerkas.insertSeparator(self.ui.actionChangeOfficer)
        self.ui.actionChangeOfficer.triggered.connect(self.change_officer)
        self.uses_accounts = has_accounts(ctx)
        if self.uses_accounts:  # who works here is whoever logs in: switch user, and one's own password
            self.ui.actionChangeOfficer.setText(self.tr("Ganti pengguna…"))
            self.change_password_action = QAction(self.tr("Ganti kata sandi…"), self)
            self.change_password_action.setObjectName("actionChangePassword")
            self.change_password_action.triggered.connect(self.change_password)
            self.ui.menuBerkas.insertAction(self.ui.actionBackup, self.change_password_action)
            self.audit_action = QAction(self.tr("Jejak audit…"), self)
            self.audit_action.setObjectName("actionAudit")
            self.audit_action.triggered.connect(self.show_audit)
            self.ui.menuBerkas.insertAction(self.ui.actionBackup, self.audit_action)
            self.accounts_action = QAction(self.tr("Akun pengguna…"), self)
            self.accounts_action.setObjectName("actionAccounts")
            self.accounts_action.triggered.connect(self.show_accounts)
            self.ui.menuBerkas.insertAction(self.ui.actionBackup, self.accounts_action)
            minutes = local_settings.idle_lock_minutes()
            if minutes > 0:
                from umkm_desk.gui.idle_lock import IdleLock

                self.idle_lock: IdleLock | None = IdleLock(ctx, minutes, self)
        self.ui.actionBackup.triggered.connect(self.backup)
        self.action_connection = QAction(self.tr("Sambungan basis data…"), self)
        self.ui.menuBerkas.insertAction(self.ui.actionBackup, self.action_connection)
        self.action_connection.triggered.connect(self.open_connection_settings)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionQuit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.guide_action = QAction(self.tr("&Panduan"), self)  # F1: the guide at the current page's section
        self.guide_action.setObjectName("actionGuide")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda: self.show_guide(self._current_key))
        self.ui.menuBantuan.insertAction(self.ui.actionAbout, self.guide_action)
        self._guide: GuideDialog | None = None

        self.damage_banner = QLabel(self)
        self.damage_banner.setObjectName("damageBanner")
        self.damage_banner.setWordWrap(True)
        self.damage_banner.setStyleSheet(
            "QLabel#damageBanner { background: #b3261e; color: white; padding: 8px 12px; border-radius: 4px; }"
        )
        self.damage_banner.hide()
        self.ui.contentLayout.insertWidget(0, self.damage_banner)
        self._update_backup_action()
        if self.uses_accounts:
            self._apply_role()
            self.officerChanged.connect(self._apply_role)
        self.damageFound.connect(self._show_damage)
        from umkm_desk.gui.change_watch import ChangeWatch

        self.change_watch = ChangeWatch(ctx, self)
        self.change_watch.changed.connect(self.colleague_changed)
        self._colleague_pending = False
        maintenance.on_damage(ctx.db, self.damageFound.emit)

    # --- pages ------------------------------------------------------------------------------------------

    def nav_labels(self) -> list[str]:
        nav = self.ui.navList
        return [nav.item(i).text() for i in range(nav.count())]

    def current_key(self) -> str | None:
        return self._current_key

    def current_page(self) -> Page | None:
        return self._pages.get(self._current_key) if self._current_key else None

    def page(self, key: str) -> Page | None:
        """The page if it was opened already."""
        return self._pages.get(key)

    def _create_page(self, spec: PageSpec) -> Page:
        cls, problem = load_page_class(spec)
        page: Page
        if cls is None:
            page = PlaceholderPage(self.ctx, spec.key, page_label(spec.key), self.ui.pageStack, detail=problem)
        else:
            page = cls(self.ctx, self.ui.pageStack)
            if not page.key:
                page.key = spec.key
            import_requested = getattr(page, "importRequested", None)
            if import_requested is not None:
                import_requested.connect(self.import_businesses)
            list_requested = getattr(page, "listRequested", None)
            if list_requested is not None:
                list_requested.connect(self.open_list)
        self.ui.pageStack.addWidget(page)
        self._pages[spec.key] = page
        page.loaded.connect(self._keep_built, Qt.ConnectionType.SingleShotConnection)
        return page

    def _keep_built(self) -> None:
        """A page's first data is on screen. What the app built so far (modules, the window, the page) lives as
        long as the window: it is taken out of Python's cycle collection (gc.freeze), whose full passes walked
        every one of those objects, 90 ms in the middle of a search keystroke on 100,000 businesses."""
        gc.freeze()

    def show_page(self, key: str) -> Page:
        """Open a page (creating it on first use) and activate it."""
        spec = next((s for s in PAGE_SPECS if s.key == key), None)
        if spec is None:
            raise KeyError(key)
        page = self._pages.get(key) or self._create_page(spec)
        self._current_key = key
        self.ui.pageStack.setCurrentWidget(page)
        row = PAGE_KEYS.index(key)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.blockSignals(True)
            self.ui.navList.setCurrentRow(row)
            self.ui.navList.blockSignals(False)
        title = page.title() or page_label(key)
        subtitle_fn = getattr(page, "subtitle", None)
        subtitle = subtitle_fn() if callable(subtitle_fn) else page_subtitle(key)
        self.ui.pageTitleLabel.setText(title)
        self.ui.pageSubtitleLabel.setText(subtitle)
        self.ui.pageSubtitleLabel.setVisible(bool(subtitle))
        self.setWindowTitle(self.tr("{page} — UMKM Desk").format(page=title))
        stamp = self._data_stamp()
        if stamp is not None and page.is_loaded() and self._shown_stamps.get(key) == stamp:
            page.revisit()  # nothing changed since it was drawn: switching back costs nothing
        else:
            self._shown_stamps[key] = stamp
            page.refresh_rights()  # a role changed elsewhere shows here when the page is read again
            page.activate()
        self.pageChanged.emit(key)
        return page

    def _data_stamp(self) -> tuple[object, ...] | None:
        """What a page's data depends on: the database's changes, the officer, and the day ("hari ini",
        overdue follow-ups). None when the database cannot tell (a server): pages then always read again."""
        data = self.ctx.db.data_stamp()
        return None if data is None else (data, self.ctx.actor, date.today())

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_page(str(current.data(Qt.ItemDataRole.UserRole)))

    def wait_until_loaded(self, page: Page, timeout_ms: int = LOAD_TIMEOUT_MS, poll_ms: int = 50) -> bool:
        """Process events until ``page`` has emitted ``loaded`` (or reports is_loaded()); False on timeout."""
        if page.is_loaded():
            return True
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        page.loaded.connect(loop.quit)
        poll = QTimer()
        poll.setInterval(poll_ms)
        poll.timeout.connect(lambda: page.is_loaded() and loop.quit())
        timer.start(timeout_ms)
        poll.start()
        loop.exec()
        poll.stop()
        timer.stop()
        page.loaded.disconnect(loop.quit)
        return page.is_loaded()

    # --- a damaged database ------------------------------------------------------------------------------

    def _show_damage(self) -> None:
        """A persistent banner: the file is damaged, nothing more is written (the store refuses every write),
        and what to do. It stays until the app is closed."""
        message = maintenance.damaged_message(self.ctx.db)
        self.damage_banner.setText(self.tr("<b>Basis data rusak — penulisan dihentikan.</b> {message}").format(
            message=message.replace("&", "&amp;").replace("<", "&lt;")))
        self.damage_banner.show()
        self._update_backup_action()  # a copy of a damaged file is no backup

    # --- import ------------------------------------------------------------------------------------------

    def import_businesses(self) -> ImportWizard:
        """The import wizard (one at a time: a second Ctrl+I brings the open one to the front)."""
        from umkm_desk.gui.dialogs.import_wizard import ImportWizard

        wizard = self._import_wizard
        if wizard is not None and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        wizard = self._import_wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda _obj=None: self._forget_wizard(wizard))
        wizard.imported.connect(lambda _result: self.businesses_changed())
        wizard.showWarnings.connect(self.show_import_warnings)
        wizard.open()
        return wizard

    def _forget_wizard(self, wizard: object) -> None:
        if self._import_wizard is wizard:
            self._import_wizard = None

    def show_import_history(self) -> ImportHistoryDialog:
        from umkm_desk.gui.dialogs.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.businesses_changed)
        dialog.open()
        return dialog

    def save_import_template(self) -> Path | None:
        from umkm_desk.gui.dialogs.import_wizard import save_template

        return save_template(self)

    def show_import_warnings(self) -> None:
        """The UMKM page listing only the businesses imported with a warning."""
        page = self.show_page("umkm")
        show = getattr(page, "show_import_warnings", None)
        if callable(show):
            show()

    def businesses_changed(self) -> None:
        """An import or its undo changed the businesses: the pages that list them read again."""
        for page in self._pages.values():
            refresh = getattr(page, "businesses_changed", None)
            if callable(refresh):
                refresh()
            elif page is self.current_page():
                page.reload()  # the other pages read again when they are next shown

    # --- lists behind the Laporan page's numbers, exports, reports -------------------------------------------

    def open_list(self, key: str, ids: object, notice: str) -> Page:
        """The UMKM list or the Pendampingan board narrowed to exactly ``ids`` (a bar's keys), with ``notice``."""
        page = self.show_page(key)
        show_keys = getattr(page, "show_keys", None)
        if callable(show_keys):
            show_keys(ids, notice)
        return page

    def _update_export_action(self) -> None:
        page = self.current_page()
        self.ui.actionExport.setEnabled(page is not None and callable(getattr(page, "export_list", None)))

    def export_current_list(self) -> bool:
        """Ekspor ke Excel (Ctrl+E): the list of the page on screen, as it is shown."""
        page = self.current_page()
        export = getattr(page, "export_list", None)
        if not callable(export):
            return False
        return bool(export())

    def export_sidt(self) -> bool:
        """The SIDT-KUMKM export from the UMKM page (its selection kept when it is already on screen)."""
        page = self.current_page() if self._current_key == "umkm" else self.show_page("umkm")
        export = getattr(page, "export_sidt", None)
        return bool(export()) if callable(export) else False

    def make_report(self) -> None:
        page = self.show_page("laporan")
        make = getattr(page, "make_report", None)
        if callable(make):
            make()

    # --- officer, backup, about -------------------------------------------------------------------------

    def _update_officer_label(self) -> None:
        rights = getattr(self, "rights", None)
        if rights is None:  # a database without accounts: whoever was picked from the officer list
            self.officer_label.setText(self.tr("Petugas: {name}").format(name=self.ctx.actor.officer_name))
            return
        roles = {"admin": self.tr("Administrator"), "petugas": self.tr("Petugas"), "pimpinan": self.tr("Pimpinan")}
        self.officer_label.setText(self.tr("Pengguna: {name} ({role})").format(
            name=self.ctx.actor.officer_name, role=roles.get(rights.role or "", self.tr("tidak aktif"))))

    def set_officer(self, officer: officers.OfficerInfo) -> None:
        self.ctx.actor = officers.actor_for(officer)
        self._update_officer_label()
        self.officerChanged.emit()

    def change_officer(self) -> None:
        if self.uses_accounts:
            self.switch_user()
            return
        from umkm_desk.gui.dialogs.officer_dialog import OfficerDialog

        dialog = OfficerDialog(self.ctx, self, current=self.ctx.actor.officer_id)
        if dialog.exec() and dialog.officer is not None:
            local_settings.remember_officer(self.db_display, dialog.officer.id)
            self.set_officer(dialog.officer)

    def switch_user(self) -> None:
        """Another account logs in on this window; the current one stays when the dialog is cancelled."""
        from umkm_desk.gui.dialogs.login_dialog import log_in

        result = log_in(self.ctx, self)
        if result is not None:
            self.ctx.actor = result.actor
            self._update_officer_label()
            self.officerChanged.emit()

    def _apply_role(self) -> None:
        """Show what the account's role may do (the permission table decides; the services refuse the rest
        anyway), in the menus and on every page already open."""
        from umkm_desk.gui.kit.rights import Rights, show_only_if

        rights = self.rights = Rights(self.ctx)
        self._update_officer_label()
        self.audit_action.setVisible(rights.can("audit.read"))
        show_only_if(rights.can("accounts.manage"), (self.accounts_action,))
        show_only_if(rights.can("imports.write"), (self.ui.actionImport, self.ui.actionImportHistory))
        show_only_if(rights.can("sync.run"), (self.action_sync,))
        show_only_if(rights.can("database.manage"), (self.action_connection, self.ui.actionBackup))
        self._update_backup_action()
        for page in self._pages.values():
            page.refresh_rights()

    def show_accounts(self) -> QDialog:
        from umkm_desk.gui.dialogs.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._apply_role())  # one's own role may have changed
        dialog.open()
        return dialog

    def show_audit(self) -> None:
        from umkm_desk.gui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.ctx, self).exec()

    def change_password(self) -> None:
        from umkm_desk.gui.dialogs.login_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self.ctx, self).exec():
            messages.show_info(self, self.tr("Ganti kata sandi"), self.tr("Kata sandi Anda sudah diganti."))

    def backup(self) -> None:
        dest = file_dialogs.save_file(
            self, self.tr("Cadangkan basis data"), f"umkm-desk-cadangan-{datetime.now():%Y%m%d-%H%M}.sqlite",
            self.tr("Basis data SQLite (*.sqlite)"), purpose="backup", suffix="sqlite",
        )
        if dest:
            self.backup_to(dest)

    def backup_to(self, dest: str) -> None:
        """Write the copy in a worker thread, the wait shown in the status bar; then say where it is."""
        if self.busy.is_running():
            return
        db, title = self.ctx.db, self.tr("Cadangkan basis data")
        self.busy.run(lambda: maintenance.backup_database(db, dest), self.tr("Mencadangkan basis data…"),
                      on_success=lambda written: messages.show_info(
                          self, title, self.tr("Cadangan tersimpan di:\n{path}").format(path=written)),
                      on_failure=self._backup_failed)

    def _backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            messages.show_error(self, self.tr("Cadangkan basis data"), exc.message)
        else:
            messages.show_failure(self, exc, action=self.tr("Cadangan tidak dapat dibuat"))

    def _update_backup_action(self) -> None:
        rights = getattr(self, "rights", None)
        self.ui.actionBackup.setEnabled(
            self.ctx.db.target.is_sqlite and self.damage_banner.isHidden() and not self.busy.is_running()
            and (rights is None or rights.can("database.manage")))

    def colleague_changed(self) -> bool:
        """Another PC (or process) changed the database: refresh the page on screen, keeping the officer's
        selection and scroll position; other pages read their data again when shown. Waits while a modal
        dialog is open or the page is still loading. Returns whether the page was refreshed."""
        from PySide6.QtWidgets import QApplication

        from umkm_desk.gui.change_watch import refresh_keeping_view

        page = self.current_page()
        if self._current_key not in LIVE_PAGES:  # a settings form is never re-read under the officer's typing
            return False
        if page is None or not page.is_loaded() or QApplication.activeModalWidget() is not None:
            if not self._colleague_pending:
                self._colleague_pending = True
                QTimer.singleShot(1000, self._retry_colleague_change)
            return False
        self._colleague_pending = False
        refresh_keeping_view(page)
        return True

    def _retry_colleague_change(self) -> None:
        if self._colleague_pending:
            self._colleague_pending = False
            self.colleague_changed()

    def open_connection_settings(self) -> QDialog:
        """Berkas › Sambungan basis data…: local file or office server, remembered on this PC for the next start."""
        from umkm_desk.gui.dialogs.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.ctx, self)
        dialog.saved.connect(lambda: self.statusBar().showMessage(
            self.tr("Sambungan basis data disimpan; dipakai sejak UMKM Desk dibuka lagi."), 10_000))
        dialog.open()
        return dialog

    def show_sync(self) -> None:
        from umkm_desk.gui.dialogs.sync_dialog import SyncDialog

        dialog = SyncDialog(self.ctx, self)
        dialog.changed.connect(self.businesses_changed)
        dialog.exec()

    def show_about(self) -> None:
        from umkm_desk.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self, database=self.ctx.db.target.display).exec()

    def show_guide(self, section: str | None = None) -> GuideDialog:
        """One guide window, non-modal (the officer reads it beside the page), brought forward at ``section``."""
        if self._guide is None:
            from umkm_desk.gui.dialogs.guide_dialog import GuideDialog

            self._guide = GuideDialog(self, section)
        else:
            self._guide.show_section(section)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    # --- closing ----------------------------------------------------------------------------------------

    def unsaved_pages(self) -> list[Page]:
        """Pages that report unsaved edits through an optional ``has_unsaved_changes()``."""
        result = []
        for page in self._pages.values():
            check = getattr(page, "has_unsaved_changes", None)
            if callable(check) and check():
                result.append(page)
        return result

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        unsaved = self.unsaved_pages() if self.confirm_close else []
        if unsaved:
            names = ", ".join(page.title() for page in unsaved)
            if not messages.ask(
                self,
                self.tr("Perubahan belum disimpan"),
                self.tr("Ada perubahan yang belum disimpan di {pages}. Keluar dan buang perubahan itu?").format(
                    pages=names
                ),
                yes=self.tr("Keluar tanpa menyimpan"),
                no=self.tr("Kembali"),
                default_yes=False,
            ):
                event.ignore()
                return
        if self._import_wizard is not None:  # an import running in the wizard is cancelled: nothing half-done
            self._import_wizard.close()
        self.change_watch.close()
        event.accept()

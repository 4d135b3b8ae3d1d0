"""Pengaturan's backup box: where backups go, how recent and how safe the last one is; on PostgreSQL, who backs
the server up and an export of all data into a portable SQLite file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from umkm_desk.core.services.backups import status as backup_status
from umkm_desk.core.services.backups.in_app import backup_now, carry_encrypted, export_everything
from umkm_desk.core.services.backups.wording import format_when
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner
from umkm_desk.gui.kit.rights import Rights
from umkm_desk.gui.safekeeping.password_dialog import PasswordDialog

WARNING_STYLE = "color: #b3261e;"


class BackupSettingsBox(QGroupBox):
    """Shown in Pengaturan; reads the status when shown (``refresh``)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: what the acting account may do (None: everything, until the page says)
        self.rights: Rights | None = None
        self.setObjectName("backupGroup")
        self.setTitle(self.tr("Cadangan basis data"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        self.last_label = QLabel(self)
        layout.addWidget(self.last_label)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("backupWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.warning_label)
        # two buttons a row: in one row the five set the Pengaturan page wider than a 1366×768 screen
        buttons = QGridLayout()
        self.choose_button = QPushButton(self.tr("Pilih folder…"), self)
        self.default_button = QPushButton(self.tr("Kembalikan ke bawaan"), self)
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang"), self)
        self.export_button = QPushButton(self.tr("Ekspor semua data ke berkas SQLite…"), self)
        self.carry_button = QPushButton(self.tr("Salinan berkata sandi…"), self)
        self.carry_button.setToolTip(self.tr("Salinan terenkripsi (AES) untuk dibawa keluar kantor"))
        buttons.addWidget(self.backup_button, 0, 0)
        buttons.addWidget(self.carry_button, 0, 1)
        buttons.addWidget(self.export_button, 1, 0, 1, 2)
        buttons.addWidget(self.choose_button, 2, 0)
        buttons.addWidget(self.default_button, 2, 1)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        order = (self.backup_button, self.carry_button, self.export_button, self.choose_button, self.default_button)
        for before, after in zip(order, order[1:], strict=False):  # Tab follows the rows as they are drawn
            QWidget.setTabOrder(before, after)
        self.indicator = BusyIndicator(self)
        layout.addWidget(self.indicator)
        self.busy = BusyRunner(self, self.indicator, controls=[self.choose_button, self.default_button,
                                                               self.backup_button, self.carry_button,
                                                               self.export_button])
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        self.backup_button.clicked.connect(self.backup_now)
        self.export_button.clicked.connect(self.export)
        self.carry_button.clicked.connect(self.carry)
        self.refresh()

    def apply_rights(self, rights: Rights) -> None:
        """The backup folder is an office setting (administrator); copies of the whole database, with every NIK
        in it, are database management (administrator). Other roles read the status."""
        self.rights = rights
        self.refresh()

    @property
    def is_sqlite(self) -> bool:
        return self.ctx.db.target.is_sqlite and self.ctx.db.target.path is not None

    def refresh(self) -> None:
        sqlite = self.is_sqlite
        settings = self.rights is None or self.rights.can("settings.write")
        manage = self.rights is None or self.rights.can("database.manage")
        for widget in (self.folder_label, self.last_label):
            widget.setVisible(sqlite)
        for button, allowed in ((self.choose_button, settings), (self.default_button, settings),
                                (self.backup_button, manage), (self.carry_button, manage)):
            button.setVisible(sqlite and allowed)
        self.export_button.setVisible(not sqlite and manage)  # a local file is backed up whole already
        if not sqlite:
            self.note.setText(self.tr(
                "Basis data ini berada di server PostgreSQL kantor. Cadangan server adalah tanggung jawab "
                "pengelola server (pg_dump). Untuk membawa data keluar kantor, ekspor semua data ke satu berkas "
                "SQLite (format yang sama dengan basis data lokal)."))
            self.warning_label.hide()
            return
        self.note.setText(self.tr(
            "UMKM Desk mencadangkan basis data saat ditutup dan sekali sehari saat tidak dipakai. Simpan "
            "cadangan di drive kedua atau flash disk."))
        state = backup_status.status_of(self.ctx.db)
        assert state is not None
        chosen = backup_status.chosen_folder(self.ctx)
        where = str(state.folder) + ("" if chosen else self.tr(" (bawaan, di samping basis data)"))
        self.folder_label.setText(self.tr("Folder cadangan: {folder}").format(folder=where))
        self.default_button.setEnabled(chosen is not None)
        self.last_label.setText(self.tr("Cadangan terakhir yang baik: {when}").format(
            when=format_when(state.last_good) if state.last_good else self.tr("belum ada")))
        warnings = state.warnings()
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def choose_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Pilih folder cadangan"), purpose="backup-folder")
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path | None) -> bool:
        try:
            backup_status.set_backup_folder(self.ctx, folder)
        except ServiceError as exc:
            messages.show_error(self, self.tr("Folder cadangan"), exc.message)
            return False
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Folder cadangan tidak dapat disimpan"))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def backup_now(self) -> None:
        if self.ctx.db.target.path is None:
            return
        ctx = self.ctx
        folder = backup_status.chosen_folder(ctx)
        self.busy.run(lambda: backup_now(ctx, folder), self.tr("Mencadangkan basis data…"),
                      on_success=lambda _made: (self.refresh(), self.changed.emit()),
                      on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            messages.show_error(self, self.tr("Cadangan basis data"), message)
        else:
            messages.show_failure(self, exc, action=self.tr("Cadangan tidak dapat dibuat"))
        self.refresh()

    def export(self) -> None:
        dest = file_dialogs.save_file(
            self, self.tr("Ekspor semua data ke berkas SQLite"),
            f"umkm-desk-ekspor-{datetime.now():%Y%m%d-%H%M}.sqlite", self.tr("Basis data SQLite (*.sqlite)"),
            purpose="backup", suffix="sqlite")
        if dest:
            self.export_to(Path(dest))

    def export_to(self, dest: Path) -> None:
        ctx = self.ctx
        self.busy.run(lambda: export_everything(ctx, dest), self.tr("Mengekspor semua data…"),
                      on_success=lambda written: messages.show_info(
                          self, self.tr("Ekspor data"), self.tr("Semua data tersimpan di:\n{path}").format(
                              path=written)),
                      on_failure=self._failed)

    def carry(self) -> None:
        dialog = PasswordDialog(self, confirm=True, intro=self.tr(
            "Salinan dienkripsi (AES-256) dengan kata sandi ini. Kata sandi tidak disimpan di mana pun: tanpa "
            "kata sandi, salinan tidak dapat dibuka."))
        if not dialog.exec():
            return
        password = dialog.password()
        dest = file_dialogs.save_file(
            self, self.tr("Simpan salinan berkata sandi"), f"umkm-desk-salinan-{datetime.now():%Y%m%d-%H%M}.zip",
            self.tr("Arsip ZIP terenkripsi (*.zip)"), purpose="backup", suffix="zip")
        if dest:
            self.carry_to(Path(dest), password)

    def carry_to(self, dest: Path, password: str) -> None:
        if self.ctx.db.target.path is None:
            return
        ctx = self.ctx
        self.busy.run(lambda: carry_encrypted(ctx, dest, password), self.tr("Membuat salinan berkata sandi…"),
                      on_success=lambda written: messages.show_info(
                          self, self.tr("Salinan berkata sandi"), self.tr(
                              "Salinan terenkripsi tersimpan di:\n{path}\n\nSimpan kata sandinya di tempat lain; "
                              "tanpa itu salinan tidak dapat dibuka.").format(path=written)),
                      on_failure=self._failed)

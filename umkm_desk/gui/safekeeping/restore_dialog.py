"""Berkas → Pulihkan dari cadangan…: the backups with date, kind, size and what they hold; one is restored after a
confirmation, in a worker thread, and the dialog then says what happened (the documents no longer in the data,
the next letter number)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.carry import open_encrypted
from umkm_desk.core.services.backups.in_app import restore_in_app
from umkm_desk.core.services.backups.restore import BackupEntry, RestoreResult, inspect_backup, list_backups
from umkm_desk.core.services.backups.status import backup_folder_of
from umkm_desk.core.services.backups.wording import format_counts, format_size, format_when, restore_summary
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.safekeeping.password_dialog import PasswordDialog

COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Tanggal"), QT_TRANSLATE_NOOP("RestoreDialog", "Jenis"),
           QT_TRANSLATE_NOOP("RestoreDialog", "Ukuran"), QT_TRANSLATE_NOOP("RestoreDialog", "Isi"),
           QT_TRANSLATE_NOOP("RestoreDialog", "Keterangan"))


class RestoreDialog(QDialog):
    #: the database was replaced (ctx.db is a new Database): the window reloads its pages
    restored = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.ctx = ctx
        self.entries: list[BackupEntry] = []
        self.result: RestoreResult | None = None
        path = ctx.db.target.path
        assert path is not None, "restore is for a SQLite database"
        self.db_path = path
        self.folder = backup_folder_of(path)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Pilih cadangan yang akan dipulihkan. Data sekarang disimpan dulu sebagai cadangan "
            "\"sebelum pemulihan\", jadi pemulihan dapat dibatalkan dengan memulihkan cadangan itu."), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.folder_label = QLabel(self.tr("Folder cadangan: {folder}").format(folder=self.folder), self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        self.table = setup_table(QTableWidget(0, len(COLUMNS), self),
                                 resize=QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("restoreReport")
        self.report.setReadOnly(True)
        self.report.hide()
        layout.addWidget(self.report, 1)
        self.indicator = BusyIndicator(self)
        layout.addWidget(self.indicator)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Pilih berkas lain…"), self)
        self.restore_button = QPushButton(self.tr("Pulihkan…"), self)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.busy = BusyRunner(self, self.indicator, controls=[self.table, self.other_button, self.restore_button])
        self.busy.busyChanged.connect(lambda _busy: self._update_buttons())
        self.other_button.clicked.connect(self.choose_other)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.reject)
        self.resize(860, 460)
        self._update_buttons()
        self.load()

    def is_running(self) -> bool:
        """Whether a listing, check or restore is still running (tests and the layout check wait for it)."""
        return self.busy.is_running()

    # --- the list -----------------------------------------------------------------------------------------

    def load(self) -> None:
        path, folder = self.db_path, self.folder
        self.busy.run(lambda: list_backups(path, folder), self.tr("Membaca daftar cadangan…"),
                      on_success=self.show_entries, on_failure=self._list_failed)

    def _list_failed(self, exc: BaseException) -> None:
        self.folder_label.setText(getattr(exc, "message", str(exc)))
        self.show_entries([])

    def show_entries(self, entries: list[BackupEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(0)
        for entry in self.entries:
            self._add_row(entry)
        if not self.entries:
            self.folder_label.setText(self.folder_label.text() + "\n" + self.tr("Belum ada cadangan di folder ini."))
        first_good = next((i for i, e in enumerate(self.entries) if e.problem is None), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update_buttons()

    def _add_row(self, entry: BackupEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (format_when(entry.made_at), entry.kind_label, format_size(entry.size), format_counts(entry.counts),
                  entry.problem or self.tr("dapat dipulihkan"))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(str(entry.path))
            if entry.problem is not None:  # listed so the officer sees why, but cannot be chosen
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, column, item)

    def selected_entry(self) -> BackupEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        entry = self.entries[rows.pop()]
        return entry if entry.problem is None else None

    def _update_buttons(self) -> None:
        running = self.busy.is_running()
        self.restore_button.setEnabled(not running and self.result is None and self.selected_entry() is not None)
        self.other_button.setEnabled(not running and self.result is None)
        self.close_button.setEnabled(not running)

    def choose_other(self) -> None:
        chosen = file_dialogs.open_file(
            self, self.tr("Pilih berkas cadangan"),
            self.tr("Cadangan (*.sqlite *.db *.zip);;Salinan berkata sandi (*.zip);;Semua berkas (*)"),
            purpose="backup")
        if not chosen:
            return
        if chosen.lower().endswith(".zip"):
            dialog = PasswordDialog(self, confirm=False, intro=self.tr(
                "Salinan ini terenkripsi. Masukkan kata sandi yang dipakai saat salinan dibuat."))
            if dialog.exec():
                self.open_archive(Path(chosen), dialog.password())
        else:
            self.add_file(Path(chosen))

    def open_archive(self, archive: Path, password: str) -> None:
        """Take the backup out of an encrypted copy (into the backup folder), then list it."""
        db_path, folder = self.db_path, self.folder

        def take_out() -> Path:
            folder.mkdir(exist_ok=True)
            return open_encrypted(archive, password, folder, db_path)

        self.busy.run(take_out, self.tr("Membuka salinan berkata sandi…"), on_success=self.add_file,
                      on_failure=lambda exc: messages.show_error(
                          self, self.tr("Salinan berkata sandi"), getattr(exc, "message", str(exc))))

    def add_file(self, path: Path) -> BackupEntry:
        named = files.parse_name(self.db_path, path)
        entry = inspect_backup(self.db_path, path, kind=named.kind if named else "other",
                               made_at=named.made_at if named else None)
        self.entries.insert(0, entry)
        self.show_entries(self.entries)
        if entry.problem is not None:
            messages.show_error(self, self.tr("Pulihkan dari cadangan"),
                                self.tr("{name} tidak dapat dipulihkan: {problem}.").format(
                                    name=path.name, problem=entry.problem))
        return entry

    # --- restoring ----------------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.busy.is_running():
            return
        question = self.tr(
            "Data sekarang akan diganti dengan cadangan {when} ({counts}).\n\n"
            "Data sekarang disimpan dulu sebagai cadangan \"sebelum pemulihan\". Dokumen yang diterbitkan setelah "
            "cadangan itu dibuat tidak akan ada lagi di data; nomornya tidak dipakai ulang dan daftarnya "
            "ditampilkan setelah pemulihan.\n\nPulihkan sekarang?").format(
                when=format_when(entry.made_at), counts=format_counts(entry.counts))
        if not messages.ask(self, self.tr("Pulihkan dari cadangan"), question, yes=self.tr("Pulihkan"),
                            no=self.tr("Batal"), default_yes=False):
            return
        ctx, path = self.ctx, entry.path
        self.busy.run(lambda: restore_in_app(ctx, path), self.tr("Memulihkan basis data…"),
                      on_success=self._restored, on_failure=self._failed)

    def _restored(self, result: RestoreResult) -> None:
        self.result = result
        self.table.hide()
        self.intro.setText(self.tr("Pemulihan selesai."))
        self.report.setPlainText("\n".join(restore_summary(result)))
        self.report.show()
        self._update_buttons()
        self.restored.emit(result)

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            messages.show_error(self, self.tr("Pemulihan tidak dilakukan"), message)
        else:
            messages.show_failure(self, exc, action=self.tr("Pemulihan gagal"))
        self.restored.emit(None)  # the database was reopened either way: the window reads it again

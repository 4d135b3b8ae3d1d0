"""Berkas › Sambungan basis data…: where this PC's data lives (layout in ui/connection_dialog.ui).

A local file, or the office PostgreSQL server (host, port, database, user, password, SSL mode). "Uji sambungan"
says in Indonesian what stands in the way (services.server.connection.diagnose); "Siapkan skema…" creates or
upgrades the schema on the server after asking; "Pindahkan data ke server…" copies this PC's database onto the
empty server database in the background, with progress and Batal. "Simpan" remembers the choice on this PC (the
password only in the OS credential store) for the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.server import credentials
from umkm_desk.core.services.server.connection import SSL_MODES, Diagnosis, ServerSettings, diagnose
from umkm_desk.core.services.server.setup import (
    CopyReport,
    backup_tool,
    local_default_path,
    move_data_to_server,
    prepare_schema,
    server_backups_folder,
)
from umkm_desk.gui import local_settings
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_connection_dialog import Ui_ConnectionDialog
from umkm_desk.gui.workers import Job, Task

#: the core's SSL_MODES, written out so that the catalogue has them
_SSL_TEXTS = (
    QT_TRANSLATE_NOOP("ConnectionDialog", "SSL bila server mendukung"),
    QT_TRANSLATE_NOOP("ConnectionDialog", "Wajib SSL"),
    QT_TRANSLATE_NOOP("ConnectionDialog", "Wajib SSL, sertifikat server diperiksa"),
    QT_TRANSLATE_NOOP("ConnectionDialog", "Tanpa SSL (hanya jaringan kantor yang tepercaya)"),
)


class ConnectionDialog(QDialog):
    """``saved`` fires when a choice was remembered (it takes effect at the next start)."""

    saved = Signal()

    def __init__(self, ctx: ServiceContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(600)
        self.diagnosis: Diagnosis | None = None
        self.move_task: Task | None = None
        self.report: CopyReport | None = None
        ui = self.ui
        for mode, text in SSL_MODES.items():
            ui.sslCombo.addItem(self.tr(text), mode)
        ui.localRadio.toggled.connect(self._update_enabled)
        ui.testButton.clicked.connect(self.test_connection)
        ui.schemaButton.clicked.connect(self.prepare_schema)
        ui.moveButton.clicked.connect(self.move_data)
        ui.browseButton.clicked.connect(self._browse)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.saveButton.setDefault(True)
        for edit in (ui.hostEdit, ui.databaseEdit, ui.userEdit, ui.passwordEdit):
            edit.textEdited.connect(self._forget_diagnosis)
        ui.portSpin.valueChanged.connect(self._forget_diagnosis)
        self._load()
        self._update_enabled()

    # --- fields ----------------------------------------------------------------------------------------

    def _load(self) -> None:
        ui = self.ui
        current = self.ctx.db.target.path if self.ctx is not None else None
        ui.fileEdit.setText(str(current or local_default_path()))
        remembered = local_settings.remembered_connection()
        if isinstance(remembered, Path):
            ui.fileEdit.setText(str(remembered))
        elif remembered is not None:
            ui.serverRadio.setChecked(True)
            ui.hostEdit.setText(remembered.host)
            ui.portSpin.setValue(remembered.port)
            ui.databaseEdit.setText(remembered.database)
            ui.userEdit.setText(remembered.user)
            ui.sslCombo.setCurrentIndex(max(ui.sslCombo.findData(remembered.sslmode), 0))
            ui.passwordEdit.setText(credentials.stored_password(remembered.display) or "")
        if not ui.databaseEdit.text():
            ui.databaseEdit.setText("umkm_desk")
        if not ui.userEdit.text():
            ui.userEdit.setText("umkm")

    def server_settings(self) -> ServerSettings:
        ui = self.ui
        return ServerSettings(host=ui.hostEdit.text().strip(), port=ui.portSpin.value(),
                              database=ui.databaseEdit.text().strip(), user=ui.userEdit.text().strip(),
                              sslmode=str(ui.sslCombo.currentData()))

    def _update_enabled(self) -> None:
        ui = self.ui
        server = ui.serverRadio.isChecked()
        ui.serverGroup.setEnabled(server)
        ui.fileEdit.setEnabled(not server)
        ui.browseButton.setEnabled(not server)
        ui.testButton.setEnabled(server)
        moving = self.move_task is not None and self.move_task.is_running()
        ready = server and self.diagnosis is not None and not moving
        ui.schemaButton.setEnabled(ready and self.diagnosis is not None and self.diagnosis.preparable)
        source_is_file = self.ctx is not None and self.ctx.db.target.is_sqlite
        ui.moveButton.setEnabled(ready and source_is_file and self.diagnosis is not None
                                 and self.diagnosis.kind in ("empty", "ok"))
        ui.saveButton.setEnabled(not moving)

    def _forget_diagnosis(self) -> None:
        self.diagnosis = None
        self.ui.diagnosisLabel.clear()
        self._update_enabled()

    def _show(self, text: str, *, ok: bool) -> None:
        label = self.ui.diagnosisLabel
        label.setText(text)
        label.setProperty("role", "" if ok else "error")
        label.style().unpolish(label)
        label.style().polish(label)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the new text: a diagnosis of two or three lines must not squeeze the fields above it (the
        line edits then clip their descenders: "umkm_desk" read as "umkm desk")."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _settings_error(self) -> bool:
        problems = self.server_settings().errors()
        error = self.ui.settingsError
        error.setText(" ".join(problems.values()))
        error.setVisible(bool(problems))
        return bool(problems)

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Berkas basis data"), self.ui.fileEdit.text(), self.tr("Basis data UMKM Desk (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.ui.fileEdit.setText(chosen)

    # --- actions ---------------------------------------------------------------------------------------

    def test_connection(self) -> Diagnosis | None:
        """Connect once and show the diagnosis (a few seconds at most when the server does not answer)."""
        if self._settings_error():
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.diagnosis = diagnose(self.server_settings(), self.ui.passwordEdit.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(self.tr(self.diagnosis.message), ok=self.diagnosis.usable or self.diagnosis.preparable)
        self._update_enabled()
        return self.diagnosis

    def prepare_schema(self) -> bool:
        """Create or upgrade the schema after asking. An upgrade is backed up first: with pg_dump into this PC's
        backups folder where a usable one exists, otherwise the admin confirms the server's backups are current."""
        diagnosis = self.diagnosis or self.test_connection()
        if diagnosis is None or not diagnosis.preparable:
            return False
        settings = self.server_settings()
        search = backup_tool(diagnosis)
        if search is None:
            question = self.tr("Buat skema UMKM Desk di basis data \u201c{db}\u201d pada server {host}?").format(
                db=settings.database, host=settings.host)
        elif search.tool is not None:
            question = self.tr(
                "Skema di server akan diperbarui untuk semua komputer yang memakainya. Sebelumnya basis data "
                "dicadangkan dengan pg_dump {version} ke folder {folder}. Lanjutkan?").format(
                version=search.tool.major, folder=server_backups_folder())
        else:
            question = self.tr(
                "Skema di server akan diperbarui untuk semua komputer yang memakainya. {problem} PostgreSQL "
                "membatalkan seluruh pembaruan bila gagal, tetapi pastikan cadangan server hari ini sudah dibuat. "
                "Cadangan server sudah terbaru dan skema boleh diperbarui?").format(problem=self.tr(search.problem))
        if not messages.ask(self, self.tr("Siapkan skema"), question, yes=self.tr("Siapkan"), no=self.tr("Batal"),
                            default_yes=False):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            prepared = prepare_schema(settings, self.ui.passwordEdit.text(), backups_confirmed=True)
        except Exception as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.show_failure(self, exc, action=self.tr("Skema tidak dapat disiapkan"))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.diagnosis = prepared.diagnosis
        text = self.tr(self.diagnosis.message)
        if prepared.dump is not None:
            text += " " + self.tr("Cadangan server sebelum pembaruan: {path}").format(path=prepared.dump)
        self._show(text, ok=self.diagnosis.usable)
        self._update_enabled()
        return self.diagnosis.usable

    def move_data(self) -> Task | None:
        """Copy this PC's database onto the server in the background (all or nothing)."""
        if self.ctx is None or self.diagnosis is None or self.diagnosis.kind not in ("empty", "ok"):
            return None
        settings = self.server_settings()
        if not messages.ask(
            self, self.tr("Pindahkan data ke server"),
            self.tr("Semua data di komputer ini disalin ke basis data \u201c{db}\u201d di server {host}, yang harus "
                    "masih kosong. Data di komputer ini tidak diubah. Lanjutkan?").format(
                db=settings.database, host=settings.host),
            yes=self.tr("Pindahkan"), no=self.tr("Batal"), default_yes=False):
            return None
        ctx, password = self.ctx, self.ui.passwordEdit.text()

        def run(job: Job) -> CopyReport:
            return move_data_to_server(ctx.db, settings, password,
                                       progress=lambda done, total, _table: job.progress(done, total),
                                       cancelled=job.is_cancelled)

        task = self.move_task = Task(run, self)
        bar = self.ui.moveProgress
        bar.setRange(0, 0)
        bar.show()
        task.progressed.connect(lambda done, total: (bar.setRange(0, max(total, 1)), bar.setValue(done)))
        task.succeeded.connect(self._moved)
        task.failed.connect(self._move_failed)
        task.finished.connect(self._update_enabled)
        self._show(self.tr("Memindahkan data ke server…"), ok=True)
        task.start()
        self._update_enabled()
        return task

    def _moved(self, report: CopyReport) -> None:
        self.report = report
        self.ui.moveProgress.hide()
        self._show(self.tr("{rows} baris dari {tables} tabel sudah di server, jumlah dan checksum setiap tabel "
                           "sama dengan di komputer ini. Pilih \u201cSimpan\u201d agar komputer ini memakai server "
                           "sejak dibuka lagi.").format(rows=f"{report.rows:,}".replace(",", "."),
                                                        tables=len(report.tables)), ok=True)
        self.diagnosis = Diagnosis("ok", self.ui.diagnosisLabel.text(), self.diagnosis.server_version
                                   if self.diagnosis else None)

    def _move_failed(self, exc: BaseException) -> None:
        self.ui.moveProgress.hide()
        failure = messages.describe_failure(exc, self.tr("Data tidak dapat dipindahkan"))
        self._show(self.tr("Pemindahan dibatalkan; server tidak berisi data dari pemindahan ini, jadi dapat "
                           "diulang. {reason}").format(reason=failure.message), ok=False)

    def save(self) -> bool:
        """Remember the choice on this PC; the server password only in the OS credential store."""
        if self.ui.localRadio.isChecked():
            text = self.ui.fileEdit.text().strip()
            if not text:
                self.ui.settingsError.setText(self.tr("Lokasi berkas basis data belum diisi."))
                self.ui.settingsError.show()
                return False
            local_settings.remember_connection(Path(text))
        else:
            if self._settings_error():
                return False
            settings = self.server_settings()
            local_settings.remember_connection(settings)
            password = self.ui.passwordEdit.text()
            if self.ui.rememberCheck.isChecked() and password:
                problem = credentials.store_password(settings.display, password)
                if problem:
                    messages.show_info(self, self.tr("Sandi tidak disimpan"), self.tr(problem))
            else:
                credentials.forget_password(settings.display)
        self.saved.emit()
        self.accept()
        return True

    def reject(self) -> None:
        if self.move_task is not None and self.move_task.is_running():
            if not messages.ask(self, self.tr("Batalkan pemindahan?"),
                                self.tr("Pemindahan data masih berjalan. Batalkan? Server tidak akan berisi data "
                                        "dari pemindahan ini."), yes=self.tr("Batalkan"), no=self.tr("Lanjutkan"),
                                default_yes=False):
                return
            self.move_task.cancel()
            self.move_task.wait()
        super().reject()

"""Berkas → Periksa database: the report of ``umkm-desk check`` in a window, and an optimise step."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from umkm_desk.core.services.backups.checkup import Checkup, check_database, optimise_database
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner


class CheckDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Periksa database"))
        self.ctx = ctx
        self.checkup: Checkup | None = None
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("checkReport")
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.report, 1)
        self.indicator = BusyIndicator(self)
        layout.addWidget(self.indicator)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Periksa lagi"), self)
        self.optimise_button = QPushButton(self.tr("Optimalkan"), self)
        self.optimise_button.setToolTip(self.tr("Perbarui statistik kueri dan rapikan indeks pencarian"))
        self.close_button = QPushButton(self.tr("Tutup"), self)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.optimise_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.busy = BusyRunner(self, self.indicator, controls=[self.check_button, self.optimise_button])
        self.check_button.clicked.connect(self.run_check)
        self.optimise_button.clicked.connect(self.optimise)
        self.close_button.clicked.connect(self.accept)
        self.resize(720, 520)
        self.run_check()

    def is_running(self) -> bool:
        """Whether a listing, check or restore is still running (tests and the layout check wait for it)."""
        return self.busy.is_running()

    def run_check(self) -> None:
        db = self.ctx.db
        self.verdict.setText(self.tr("Memeriksa… (pada data yang besar bisa beberapa menit)"))
        self.busy.run(lambda: check_database(db), self.tr("Memeriksa basis data…"),
                      on_success=self._checked, on_failure=self._failed)

    def _checked(self, checkup: Checkup) -> None:
        self.checkup = checkup
        self.report.setPlainText(checkup.report)
        if checkup.ok:
            self.verdict.setText(self.tr("Basis data baik: tidak ada masalah."))
        else:
            self.verdict.setText(self.tr("Ditemukan masalah. Bila berkas rusak, UMKM Desk berhenti menulis ke "
                                         "dalamnya; pulihkan dari cadangan (Berkas → Pulihkan dari cadangan…)."))
        self.optimise_button.setEnabled(checkup.ok)

    def optimise(self) -> None:
        db = self.ctx.db
        self.busy.run(lambda: optimise_database(db), self.tr("Mengoptimalkan basis data…"),
                      on_success=self._optimised, on_failure=self._failed)

    def _optimised(self, done: list[str]) -> None:
        self.report.appendPlainText("\n" + self.tr("Optimalisasi:") + "\n" + "\n".join(f"  - {d}" for d in done))
        self.verdict.setText(self.tr("Optimalisasi selesai."))

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            messages.show_error(self, self.tr("Periksa database"), message)
        else:
            messages.show_failure(self, exc, action=self.tr("Pemeriksaan tidak dapat dijalankan"))
        self.verdict.setText(self.tr("Pemeriksaan tidak selesai."))

"""Tentang UMKM Desk: version, purpose, the database in use, the log folder, and the third-party licences (the
attribution the shipped data and fonts require, and the LGPL notice for Qt/PySide6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from umkm_desk import __version__, logs


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, database: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang UMKM Desk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(10)

        title = QLabel(self.tr("UMKM Desk"), self)
        title.setProperty("role", "heading")
        version = QLabel(self.tr("Versi {version}").format(version=__version__), self)
        version.setProperty("role", "hint")
        purpose = QLabel(
            self.tr(
                "Aplikasi pendataan dan pendampingan UMKM untuk petugas lapangan Dinas Perindustrian, "
                "Perdagangan, dan Koperasi Kota Serang: registrasi usaha, permodalan, pendampingan, "
                "pemasaran, surat, dan laporan."
            ),
            self,
        )
        purpose.setWordWrap(True)
        where = QLabel(self)
        where.setObjectName("whereLabel")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setText(
            self.tr("Basis data: {database}").format(database=database or self.tr("(belum dibuka)"))
            + "\n" + self.tr("Folder log: {folder}").format(folder=logs.log_path().parent)
        )
        self.where_label = where
        heading = QLabel(self.tr("Sumber data dan lisensi"), self)
        heading.setStyleSheet("font-weight: 700;")
        self.attribution_label = QLabel(attribution_text(), self)
        self.attribution_label.setWordWrap(True)
        self.attribution_label.setTextFormat(Qt.TextFormat.RichText)
        self.attribution_label.setOpenExternalLinks(True)
        self.attribution_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        for widget in (title, version, purpose, where, heading, self.attribution_label):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Tutup"), self)
        close.setProperty("role", "primary")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._wrapped = (purpose, where, self.attribution_label)

    def _fit_wrapped_labels(self) -> None:
        # A dialog does not follow its labels' height-for-width: at 150 % the licences were cut off. Each wrapped
        # label asks for the height its text needs at its present width; the dialog grows to that.
        for label in self._wrapped:
            label.setMinimumHeight(label.heightForWidth(label.width()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_wrapped_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_wrapped_labels()


def attribution_text() -> str:
    """Rich text; the facts follow resources/wilayah/ATTRIBUTION.md and resources/fonts/."""
    return "<p>" + "</p><p>".join(
        [
            QCoreApplication.translate(
                "AboutDialog",
                "Data wilayah (kecamatan dan kelurahan): kode wilayah menurut Kepmendagri "
                "No 300.2.2-2138 Tahun 2025, dihimpun dalam dataset publik "
                '<a href="https://github.com/cahyadsn/wilayah">cahyadsn/wilayah</a> '
                "(db/wilayah.sql, commit b7ad440a), MIT License, hak cipta © 2025 cahya dsn."
            ),
            QCoreApplication.translate(
                "AboutDialog",
                "Huruf: Noto Sans (tampilan) dan Liberation Serif (dokumen PDF), SIL Open Font License 1.1.",
            ),
            QCoreApplication.translate(
                "AboutDialog",
                "Qt 6 dan Qt for Python (PySide6), © The Qt Company, dipakai di bawah GNU LGPL v3; pustaka Qt "
                "disertakan sebagai berkas terpisah yang dapat diganti.",
            ),
            QCoreApplication.translate(
                "AboutDialog",
                "ReportLab (lisensi BSD), SQLAlchemy dan Alembic (MIT), openpyxl (MIT), Pillow (MIT-CMU), pypdf "
                "(BSD), psycopg (LGPL v3), phonenumbers (Apache 2.0), platformdirs (MIT).",
            ),
        ]
    ) + "</p>"

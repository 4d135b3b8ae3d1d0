"""Bantuan → Panduan (F1): the Indonesian user guide shipped in resources/guide/, opened at a page's section."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from umkm_desk.paths import resource_path

#: the guide's sections, by the anchor names of panduan.html; pages use their key (beranda, umkm, ...)
SECTIONS = ("mulai", "beranda", "umkm", "pendampingan", "mitra", "dokumen", "laporan", "pengaturan", "impor",
            "cadangan", "sinkronisasi", "pintasan")


def guide_file() -> QUrl:
    return QUrl.fromLocalFile(str(resource_path("guide", "panduan.html")))


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, section: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Panduan UMKM Desk"))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._external)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.close)
        layout.addWidget(buttons)
        self.show_section(section)

    def show_section(self, section: str | None) -> None:
        """Open the guide at ``section`` (a page key or one of SECTIONS); unknown or None: the beginning."""
        url = guide_file()
        if section in SECTIONS:
            url.setFragment(section)
        self.browser.setSource(url)
        if section in SECTIONS:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def section_url(self) -> QUrl:
        return self.browser.source()

    def _external(self, url: QUrl) -> None:
        # links inside the guide stay in the browser; a web link opens in the officer's browser
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

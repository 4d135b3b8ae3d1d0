"""Pengaturan → Bahasa: the interface language of this PC, applied at the next start (see ``gui/language.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from umkm_desk.gui import language


class LanguageBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bahasa"), parent)
        self.setObjectName("languageGroup")
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        # each language named in itself, so an officer who cannot read the current one still finds their own
        names = {"id": self.tr("Bahasa Indonesia"), "en": self.tr("English")}
        for code in language.LANGUAGES:
            self.combo.addItem(names[code], code)
        self.combo.setCurrentIndex(max(self.combo.findData(language.saved_language()), 0))
        self.combo.activated.connect(self._chosen)
        self.note = QLabel(self)
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        self._show_note()
        form = QFormLayout(self)
        form.addRow(self.tr("Bahasa tampilan"), self.combo)
        form.addRow(self.note)

    def _chosen(self, index: int) -> None:
        language.save_language(str(self.combo.itemData(index)))

    def _show_note(self) -> None:
        self.note.setText(self.tr(
            "Berlaku saat UMKM Desk dibuka lagi. Surat, sertifikat dan laporan resmi tetap berbahasa Indonesia."
        ))

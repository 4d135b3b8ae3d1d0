"""Save, open and folder dialogs (issue 11, item 13): Indonesian labels where Qt draws the dialog itself, the
Documents folder to start with (home when there is none; nothing created), and the last folder remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog

ENGLISH = ("Look in", "File name", "Files of type", "Save", "Open", "Cancel")


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "Dokumen"
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(folder)))
    return folder


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QFileDialog]:
    dialogs: list[QFileDialog] = []

    def run(dialog: QFileDialog) -> list[str]:
        dialogs.append(dialog)
        return []

    monkeypatch.setattr(file_dialogs, "run", run)
    return dialogs


def labels(dialog: QFileDialog) -> list[str]:
    return [dialog.labelText(label) for label in (
        QFileDialog.DialogLabel.LookIn, QFileDialog.DialogLabel.FileName, QFileDialog.DialogLabel.FileType,
        QFileDialog.DialogLabel.Accept, QFileDialog.DialogLabel.Reject)]


def test_the_pdf_save_dialog_is_indonesian_and_starts_in_documents(qtbot, documents, shown, tmp_path):
    documents.mkdir()
    preview = PdfPreviewDialog(b"%PDF-1.4\n%%EOF\n", "Surat", number="500.3/001/Disperindagkop/XI/2026")
    qtbot.addWidget(preview)
    preview.save_as()
    [dialog] = shown
    assert labels(dialog) == ["Lihat di:", "Nama berkas:", "Jenis berkas:", "Simpan", "Batal"]
    assert not any(word in text for text in labels(dialog) for word in ENGLISH)
    assert Path(dialog.directory().absolutePath()) == documents
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(dialog.selectedFiles()[0]).name == "500.3-001-Disperindagkop-XI-2026.pdf"


def test_without_a_documents_folder_the_home_folder_is_used_and_nothing_is_created(documents):
    assert file_dialogs.start_folder("pdf") == Path.home()
    assert not documents.exists()


def test_the_last_folder_is_remembered_per_purpose(qtbot, documents, monkeypatch, tmp_path):
    documents.mkdir()
    elsewhere = tmp_path / "arsip surat"
    elsewhere.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(elsewhere / "a.pdf")])
    assert file_dialogs.save_file(None, "Simpan PDF", "a.pdf", "Dokumen PDF (*.pdf)", purpose="pdf") == str(
        elsewhere / "a.pdf")
    assert file_dialogs.start_folder("pdf") == elsewhere
    assert file_dialogs.start_folder("backup") == documents  # another purpose keeps its own folder
    elsewhere.rmdir()  # a remembered folder that is gone falls back to Documents
    assert file_dialogs.start_folder("pdf") == documents


def test_folder_and_open_dialogs_are_indonesian_too(documents, shown):
    documents.mkdir()
    assert file_dialogs.choose_folder(None, "Pilih folder tujuan", purpose="batch") is None
    assert file_dialogs.open_file(None, "Pilih logo", "Gambar (*.png)", purpose="logo") is None
    folder, opener = shown
    assert labels(folder)[3] == "Pilih folder" and folder.fileMode() == QFileDialog.FileMode.Directory
    assert labels(opener)[3] == "Buka" and opener.fileMode() == QFileDialog.FileMode.ExistingFile
    for dialog in shown:
        assert not any(word in text for text in labels(dialog) for word in ENGLISH)


def test_qt_own_file_dialog_texts_are_indonesian_and_other_texts_pass_through(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileSystemModel

    monkeypatch.setattr(file_dialogs.QTranslator, "load", lambda *_a, **_k: False)  # no qtbase_id.qm
    qapp.setProperty("umkm_desk_qt_translation", None)
    before = set(qapp.findChildren(file_dialogs.QTranslator))
    assert file_dialogs.install_qt_translation(qapp) is False
    try:
        model = QFileSystemModel()
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
        assert headers == ["Nama", "Ukuran", "Jenis", "Diubah"]
        assert QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?") == (
            "%1 sudah ada.\nGanti berkas itu?")
        assert QCoreApplication.translate("UmkmPage", "Tambah UMKM…") == "Tambah UMKM…"
    finally:
        for translator in set(qapp.findChildren(file_dialogs.QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        qapp.setProperty("umkm_desk_qt_translation", None)

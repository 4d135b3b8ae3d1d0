"""Every file and folder dialog of the app, in Indonesian and starting in a sensible folder.

On Windows and macOS ``QFileDialog`` shows the system's own dialog (in the system's language). Where Qt draws its
own dialog (Linux without a platform theme, offscreen), its texts come from Qt's translations, and PySide6 ships
no Indonesian one (no ``qtbase_id.qm``): ``install_qt_translation`` loads it when a Qt installation has it, and
the dialog's labels ("Look in", "File name", "Files of type", the buttons) are set here in any case.

A dialog starts in the folder last used for the same purpose on this PC (local settings), else in Documents when
that folder exists, else in the home folder; no folder is ever created.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from umkm_desk.gui import local_settings
from umkm_desk.gui.kit.translate import translator

_KEY = "folders/{purpose}"


_tr = translator("FileDialogs")


#: Qt's own texts of its file dialog (the source strings of qfiledialog.cpp/.ui and qfilesystemmodel.cpp), for
#: when no qtbase_id.qm is available: the column headers, tool tips, context menu and the overwrite question.
QT_FILE_DIALOG_TEXTS: dict[tuple[str, str], str] = {
    ("QFileDialog", "Look in:"): "Lihat di:",
    ("QFileDialog", "Back"): "Kembali",
    ("QFileDialog", "Forward"): "Maju",
    ("QFileDialog", "Parent Directory"): "Folder induk",
    ("QFileDialog", "Create New Folder"): "Buat folder baru",
    ("QFileDialog", "List View"): "Tampilan daftar",
    ("QFileDialog", "Detail View"): "Tampilan rinci",
    ("QFileDialog", "File name:"): "Nama berkas:",
    ("QFileDialog", "Files of type:"): "Jenis berkas:",
    ("QFileDialog", "Directory:"): "Folder:",
    ("QFileDialog", "&Open"): "&Buka",
    ("QFileDialog", "&Save"): "&Simpan",
    ("QFileDialog", "&Choose"): "&Pilih",
    ("QFileDialog", "Open"): "Buka",
    ("QFileDialog", "Save As"): "Simpan sebagai",
    ("QFileDialog", "Find Directory"): "Pilih folder",
    ("QFileDialog", "&Rename"): "&Ganti nama",
    ("QFileDialog", "&Delete"): "&Hapus",
    ("QFileDialog", "Show &hidden files"): "Tampilkan berkas &tersembunyi",
    ("QFileDialog", "&New Folder"): "Folder &baru",
    ("QFileDialog", "New Folder"): "Folder baru",
    ("QFileDialog", "All Files (*)"): "Semua berkas (*)",
    ("QFileDialog", "Directories"): "Folder",
    ("QFileDialog", "Recent Places"): "Tempat terakhir",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "Yakin menghapus '%1'?",
    ("QFileDialog", "Could not delete directory."): "Folder tidak dapat dihapus.",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"): "%1 sudah ada.\nGanti berkas itu?",
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."):
        "%1\nBerkas tidak ditemukan.\nPeriksa nama berkasnya.",
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."):
        "%1\nFolder tidak ditemukan.\nPeriksa nama foldernya.",
    ("QFileSystemModel", "Name"): "Nama",
    ("QFileSystemModel", "Size"): "Ukuran",
    ("QFileSystemModel", "Type"): "Jenis",
    ("QFileSystemModel", "Date Modified"): "Diubah",
    ("QFileSystemModel", "Computer"): "Komputer",
    ("QFileSystemModel", "My Computer"): "Komputer",
    ("QFileSystemModel", "Folder"): "Folder",
    ("QFileSystemModel", "File Folder"): "Folder",
    ("QPlatformTheme", "Cancel"): "Batal",
    ("QPlatformTheme", "Save"): "Simpan",
    ("QPlatformTheme", "Open"): "Buka",
    ("QPlatformTheme", "&Yes"): "&Ya",
    ("QPlatformTheme", "&No"): "&Tidak",
}


class _FileDialogTranslator(QTranslator):
    """Indonesian for Qt's own file dialog texts, from ``QT_FILE_DIALOG_TEXTS``."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        # None (a null QString) lets Qt look further; an empty string would be taken as the translation
        return QT_FILE_DIALOG_TEXTS.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt naming
        return False


def install_qt_translation(app: QApplication) -> bool:
    """Qt's own Indonesian texts (qtbase_id.qm) when the Qt installation ships them, else ours for the file
    dialog; returns whether qtbase_id.qm was found."""
    if app.property("umkm_desk_qt_translation") is not None:
        return bool(app.property("umkm_desk_qt_translation"))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = translator.load("qtbase_id", folder)
    if not found:
        translator = _FileDialogTranslator(app)
    app.installTranslator(translator)
    app.setProperty("umkm_desk_qt_translation", found)
    return found


def documents_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder (nothing is created)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def start_folder(purpose: str) -> Path:
    """Where a dialog for ``purpose`` ("pdf", "batch", "backup", "logo") opens."""
    value = local_settings.local_settings().value(_KEY.format(purpose=purpose))
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    return documents_folder()


def remember_folder(purpose: str, chosen: Path) -> None:
    settings = local_settings.local_settings()
    settings.setValue(_KEY.format(purpose=purpose), str(chosen))
    settings.sync()


def make_dialog(parent: QWidget | None, title: str, directory: Path, name_filter: str = "") -> QFileDialog:
    return QFileDialog(parent, title, str(directory), name_filter)


def set_labels(dialog: QFileDialog, accept: str) -> None:
    """Indonesian labels; set last, as changing the accept mode puts Qt's own button texts back."""
    labels = (
        (QFileDialog.DialogLabel.LookIn, _tr("Lihat di:")),
        (QFileDialog.DialogLabel.FileName, _tr("Nama berkas:")),
        (QFileDialog.DialogLabel.FileType, _tr("Jenis berkas:")),
        (QFileDialog.DialogLabel.Accept, accept),
        (QFileDialog.DialogLabel.Reject, _tr("Batal")),
    )
    for label, text in labels:
        dialog.setLabelText(label, text)


def run(dialog: QFileDialog) -> list[str]:
    """Show the dialog and return the chosen paths (empty when cancelled). Tests replace this function."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def _choose(dialog: QFileDialog, purpose: str, folder_of: Callable[[Path], Path]) -> str | None:
    chosen = run(dialog)
    if not chosen:
        return None
    path = Path(chosen[0])
    remember_folder(purpose, folder_of(path))
    return str(path)


def save_file(parent: QWidget | None, title: str, file_name: str, name_filter: str, *, purpose: str,
              suffix: str = "") -> str | None:
    """A path to save to ("Simpan"), offered as ``file_name`` in the start folder; None when cancelled."""
    dialog = make_dialog(parent, title, start_folder(purpose), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    set_labels(dialog, _tr("Simpan"))
    dialog.selectFile(file_name)
    return _choose(dialog, purpose, lambda path: path.parent)


def open_file(parent: QWidget | None, title: str, name_filter: str, *, purpose: str) -> str | None:
    """An existing file to read ("Buka"); None when cancelled."""
    dialog = make_dialog(parent, title, start_folder(purpose), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    set_labels(dialog, _tr("Buka"))
    return _choose(dialog, purpose, lambda path: path.parent)


def choose_folder(parent: QWidget | None, title: str, *, purpose: str) -> str | None:
    """An existing folder ("Pilih folder"); None when cancelled."""
    dialog = make_dialog(parent, title, start_folder(purpose))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    set_labels(dialog, _tr("Pilih folder"))
    return _choose(dialog, purpose, lambda path: path)

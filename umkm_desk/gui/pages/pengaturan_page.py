"""Pengaturan: letterhead (kop surat), signatory and letter numbering, stored through services.settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.ids import format_nip
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office import settings as settings_service
from umkm_desk.core.services.office.settings import LetterheadSettings
from umkm_desk.core.services.text_fields import TEXT_FIELDS as LIMITED_FIELDS
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_settings_page import Ui_SettingsPage
from umkm_desk.gui.pages.base import Page
from umkm_desk.gui.pages.language_box import LanguageBox
from umkm_desk.gui.safekeeping.settings_box import BackupSettingsBox
from umkm_desk.gui.text_limits import limit_line_edit
from umkm_desk.gui.theme import set_invalid
from umkm_desk.paths import resource_path

LOGO_MAX_SIDE = 600

#: settings field -> (line edit, error label) object names in ui/settings_page.ui
TEXT_FIELDS: dict[str, tuple[str, str]] = {
    "pemerintah": ("pemerintahEdit", "pemerintahError"),
    "dinas": ("dinasEdit", "dinasError"),
    "address": ("addressEdit", "addressError"),
    "phone": ("phoneEdit", "phoneError"),
    "email": ("emailEdit", "emailError"),
    "website": ("websiteEdit", "websiteError"),
    "signatory_name": ("signatoryNameEdit", "signatoryNameError"),
    "signatory_jabatan": ("signatoryJabatanEdit", "signatoryJabatanError"),
    "signatory_pangkat_golongan": ("signatoryPangkatEdit", "signatoryPangkatError"),
    "signatory_nip": ("signatoryNipEdit", "signatoryNipError"),
    "letter_number_template": ("templateEdit", "templateError"),
    "place": ("placeEdit", "placeError"),
}


def _nip_for_display(digits: str) -> str:
    if not digits:
        return ""
    try:
        return format_nip(digits)
    except RuleError:
        return digits


class PengaturanPage(Page):
    key = "pengaturan"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.backup_box = BackupSettingsBox(ctx, self.ui.scrollContents)
        self.ui.leftColumn.insertWidget(self.ui.leftColumn.indexOf(self.ui.kopGroup) + 1, self.backup_box)
        self.read_only_notice = QLabel(
            self.tr("Hanya administrator yang dapat mengubah pengaturan kantor; Anda dapat membacanya."), self)
        self.read_only_notice.setObjectName("readOnlyNotice")
        self.read_only_notice.setProperty("role", "hint")
        self.read_only_notice.setWordWrap(True)
        self.read_only_notice.hide()
        self.ui.leftColumn.insertWidget(0, self.read_only_notice)
        self.language_box = LanguageBox(self)  # kept out of the .ui: the page's form stays as Designer made it
        self.ui.leftColumn.insertWidget(self.ui.leftColumn.indexOf(self.backup_box) + 1, self.language_box)
        self._saved = LetterheadSettings()
        self._shown = LetterheadSettings()  # what the form showed after the last load/save
        self._logo: bytes | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {"logo_png": self.ui.logoError}
        for name, (edit_name, error_name) in TEXT_FIELDS.items():
            edit: QLineEdit = getattr(self.ui, edit_name)
            self.edits[name] = edit
            if f"settings.{name}" in LIMITED_FIELDS:
                limit_line_edit(edit, f"settings.{name}")
            self.errors[name] = getattr(self.ui, error_name)
            edit.textEdited.connect(lambda _text, field=name: self._field_edited(field))
        for label in self.errors.values():
            label.hide()
        self.ui.previewError.hide()
        self.ui.templateEdit.textChanged.connect(self._update_preview)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.defaultLogoButton.clicked.connect(self.use_default_logo)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self._align_form_labels()
        self._shown = self.form_values()  # the empty form: the first activate() loads the saved values
        self._update_buttons()
        self.apply_rights()

    def apply_rights(self) -> None:
        """The office's settings are the administrator's: any other role reads them (the fields read only, no
        save, no logo choice) and is told why. The language is this PC's own choice and stays open."""
        from umkm_desk.gui.kit.rights import show_only_if

        writes = self.rights.can("settings.write")
        for edit in (*self.edits.values(), self.ui.templateEdit):
            edit.setReadOnly(not writes)
        buttons = (self.ui.saveButton, self.ui.resetButton, self.ui.chooseLogoButton, self.ui.defaultLogoButton)
        came_back = writes and any(b.property("hiddenForRole") for b in buttons)
        show_only_if(writes, (*buttons, self.save_shortcut))
        self.read_only_notice.setVisible(not writes)
        if came_back:  # after a switch to the administrator: the form's state decides again
            self._update_buttons()
            self._show_logo()
        self.backup_box.apply_rights(self.rights)

    def _align_form_labels(self) -> None:
        """Keep each label level with its field even when an error message opens under the field."""
        height = self.ui.dinasEdit.sizeHint().height()
        for form in (self.ui.kopForm, self.ui.signatoryForm, self.ui.numberingForm):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel):
                    label.setMinimumHeight(height)
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def title(self) -> str:
        return self.tr("Pengaturan")

    def subtitle(self) -> str:
        return self.tr("Kop surat, penandatangan, dan penomoran surat untuk dokumen yang dicetak")

    # --- loading ----------------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self.has_unsaved_changes():  # never throw away what the officer typed
            self.reload()
        self.backup_box.refresh()
        self.mark_loaded()

    def reload(self) -> None:
        self._saved = settings_service.get_letterhead_settings(self.ctx)
        self._fill(self._saved)

    def _fill(self, values: LetterheadSettings) -> None:
        for name, edit in self.edits.items():
            text = getattr(values, name)
            edit.setText(_nip_for_display(text) if name == "signatory_nip" else text)
            edit.setCursorPosition(0)
        self._logo = values.logo_png
        self._show_logo()
        self.clear_errors()
        self._shown = self.form_values()
        self._update_preview()
        self._update_buttons()

    def form_values(self) -> LetterheadSettings:
        """What the form holds now (not yet validated)."""
        texts = {name: edit.text() for name, edit in self.edits.items()}
        return replace(LetterheadSettings(), logo_png=self._logo, **texts)

    def has_unsaved_changes(self) -> bool:
        return self.form_values() != self._shown

    # --- errors -----------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for name in self.errors:
            self._set_error(name, None)
        self.ui.statusLabel.clear()

    def _set_error(self, name: str, message: str | None) -> None:
        label = self.errors[name]
        label.setText(message or "")
        label.setVisible(bool(message))
        if name in self.edits:
            set_invalid(self.edits[name], bool(message))

    def error_text(self, name: str) -> str:
        """The message shown next to a field ("" when none)."""
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    def _field_edited(self, name: str) -> None:
        if name != "letter_number_template":
            self._set_error(name, None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self.ui.resetButton.setEnabled(dirty)
        if dirty:
            self.ui.statusLabel.setText(self.tr("Ada perubahan yang belum disimpan."))
        elif self.ui.statusLabel.text() == self.tr("Ada perubahan yang belum disimpan."):
            self.ui.statusLabel.clear()

    # --- preview and logo -------------------------------------------------------------------------------

    def _update_preview(self) -> None:
        try:
            number = settings_service.next_letter_number_preview(self.ctx, self.ui.templateEdit.text())
        except ServiceError as exc:
            self.ui.previewLabel.setText("—")
            self._set_error("letter_number_template", exc.message)
        else:
            self.ui.previewLabel.setText(number)
            self._set_error("letter_number_template", None)
        self._update_buttons()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo is not None:
            pixmap.loadFromData(self._logo)
            self.ui.logoInfoLabel.setText(
                self.tr("Logo sendiri, {width} × {height} piksel").format(width=pixmap.width(), height=pixmap.height())
            )
        else:
            pixmap.load(str(resource_path("images", "logo_default.png")))
            self.ui.logoInfoLabel.setText(self.tr("Logo bawaan"))
        self.ui.defaultLogoButton.setEnabled(self._logo is not None)
        if not pixmap.isNull():
            side = int(self.ui.logoPreview.minimumWidth() * 0.92)
            pixmap = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.ui.logoPreview.setPixmap(pixmap)

    def set_logo_from_file(self, path: str) -> bool:
        """Load, shrink to at most 600 px and keep as PNG; shows a message next to the logo on failure."""
        image = QImage(path)
        if image.isNull():
            self._set_error("logo_png", self.tr("Berkas ini bukan gambar yang dapat dibaca. Pilih berkas PNG atau JPEG."))
            return False
        if max(image.width(), image.height()) > LOGO_MAX_SIDE:
            image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        png = bytes(data.data())
        if len(png) > settings_service.LOGO_MAX_BYTES:
            self._set_error("logo_png", self.tr("Berkas logo terlalu besar (paling besar 2 MB)."))
            return False
        self._logo = png
        self._set_error("logo_png", None)
        self._show_logo()
        self._update_buttons()
        return True

    def choose_logo(self) -> None:
        if not self.rights.can("settings.write"):
            return
        path = file_dialogs.open_file(self, self.tr("Pilih logo kop surat"), self.tr("Gambar (*.png *.jpg *.jpeg)"),
                                      purpose="logo")
        if path:
            self.set_logo_from_file(path)

    def use_default_logo(self) -> None:
        if not self.rights.can("settings.write"):
            return
        self._logo = None
        self._set_error("logo_png", None)
        self._show_logo()
        self._update_buttons()

    # --- save and reset ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store. On errors, show each next to its field and keep everything typed."""
        if not self.rights.can("settings.write"):
            return False
        try:
            stored = settings_service.save_letterhead_settings(self.ctx, self.form_values())
        except ServiceError as exc:
            errors = exc.errors or {exc.field or "dinas": exc.message}
            for name in self.errors:
                self._set_error(name, errors.get(name))
            first = next((name for name in TEXT_FIELDS if name in errors), None)
            if first:
                self.edits[first].setFocus()
            self.ui.statusLabel.setText(self.tr("Belum disimpan: perbaiki isian yang ditandai merah."))
            return False
        except Exception as exc:  # storage or server: the form keeps everything typed
            self.ui.statusLabel.setText(self.tr("Belum disimpan."))
            if messages.show_failure(self, exc, action=self.tr("Pengaturan tidak dapat disimpan")):
                return self.save()
            return False
        self._saved = stored
        self._fill(stored)
        self.ui.statusLabel.setText(self.tr("Pengaturan tersimpan pukul {time}.").format(time=datetime.now().strftime("%H.%M")))
        return True

    def reset(self) -> None:
        """Throw away unsaved edits after confirmation."""
        if not self.has_unsaved_changes():
            return
        if messages.ask(
            self,
            self.tr("Kembalikan pengaturan"),
            self.tr("Buang perubahan yang belum disimpan dan kembali ke pengaturan tersimpan?"),
            yes=self.tr("Buang perubahan"),
            no=self.tr("Batal"),
            default_yes=False,
        ):
            self._fill(self._saved)

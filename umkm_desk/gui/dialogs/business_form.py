"""Entry and edit form of a business and its owner (layout in ui/business_form.ui).

Each field is checked by the same service function that checks on save (services.businesses.check_business) as
soon as the field is left, and its Indonesian message appears under it. Save (Ctrl+S) is refused while anything
is invalid and keeps what was typed; Esc asks before throwing away changes. The NIK fills sex and birth date,
rupiah fields accept "5jt" / "2,5 M" and show "Rp5.000.000" once left, the size class follows modal and sales.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, fields

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.money import format_rupiah, parse_rupiah
from umkm_desk.core.rules.nik import parse_nik
from umkm_desk.core.rules.phone import format_phone, normalize_phone
from umkm_desk.core.rules.scale import classify
from umkm_desk.core.rules.wilayah import kecamatan_list_kota_serang, kelurahan_list
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.registry import businesses
from umkm_desk.core.services.registry.businesses import BusinessInput, DuplicateFound
from umkm_desk.core.services.registry.duplicates import REASON_LABELS, DuplicateMatch
from umkm_desk.core.services.versions import EditConflict
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs import conflicts, messages
from umkm_desk.gui.dialogs.duplicate_dialog import DuplicateDialog
from umkm_desk.gui.fit import fit_placeholder
from umkm_desk.gui.forms.ui_business_form import Ui_BusinessForm
from umkm_desk.gui.text_limits import limit_line_edit

FIELDS: tuple[str, ...] = tuple(f.name for f in fields(BusinessInput))
_TEXT_FIELDS = (
    "owner_name", "nik", "birth_date", "phone", "owner_address", "name", "kbli", "address", "nib",
    "halal_number", "pirt_number", "year_started", "modal_usaha", "annual_sales", "workers",
)  # fmt: skip
_COMBO_FIELDS = ("sex", "sector", "kecamatan_code", "kelurahan_code")
_RUPIAH_FIELDS = ("modal_usaha", "annual_sales")
_DUPLICATE_FIELDS = ("nik", "nib", "phone", "name", "kelurahan_code")
#: form field -> services.text_fields key: the field's maxLength is the column's length
_LIMITED_FIELDS = {
    "owner_name": "owner.name", "owner_address": "owner.address", "name": "business.name",
    "address": "business.address", "halal_number": "business.halal_number", "pirt_number": "business.pirt_number",
}  # fmt: skip


class BusinessFormDialog(QDialog):
    """New business (``business_id`` None) or edit of an existing one."""

    saved = Signal(uuid.UUID)
    open_existing = Signal(uuid.UUID)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, business_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.business_id = business_id
        self.ui = Ui_BusinessForm()
        self.ui.setupUi(self)
        fit_placeholder(self.ui.nik)  # the example NIK stays whole with a wide font
        for name in _LIMITED_FIELDS:  # set from the column lengths once the stored values are in (never cut them)
            self.widget(name).setMaxLength(32767)
        # Long names, NIKs and addresses must stay readable; the layout alone would shrink the fields.
        self.setMinimumSize(900, 600)
        self._touched: set[str] = set()
        self._errors: dict[str, str] = {}
        self._matches: list[DuplicateMatch] = []
        #: the stored versions the form was opened (or last reloaded) at, handed back on save
        self._versions: tuple[int, int] | None = None
        #: field -> what a colleague saved there while the officer typed something else (after a reload)
        self._clashes: dict[str, str] = {}
        self._fill_choices()
        self._connect()
        if business_id is None:
            self.setWindowTitle(self.tr("UMKM baru"))
            self.ui.title_label.setText(self.tr("UMKM baru"))
            self._initial = self.read_input()
        else:
            profile = businesses.business_profile(ctx, business_id)
            self.setWindowTitle(self.tr("Ubah UMKM"))
            self.ui.title_label.setText(self.tr("Ubah: {name}").format(name=profile.name))
            self.write_input(businesses.business_input(profile))
            self._initial = self.read_input()
            self._versions = profile.versions
        for name, key in _LIMITED_FIELDS.items():
            limit_line_edit(self.widget(name), key)
        self._update_scale()
        self.ui.owner_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- widgets ------------------------------------------------------------------------------------

    def widget(self, field: str) -> QWidget:
        return getattr(self.ui, field)

    def error_label(self, field: str) -> QLabel:
        return getattr(self.ui, f"{field}_error")

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.sex.clear()
        ui.sex.addItem("", "")
        for code, text in labels.sexes().items():
            ui.sex.addItem(text, code)
        ui.sector.addItem(self.tr("— pilih sektor —"), "")
        for code, text in labels.sectors().items():
            ui.sector.addItem(text, code)
        ui.kecamatan_code.addItem(self.tr("— pilih kecamatan —"), "")
        for kecamatan in kecamatan_list_kota_serang():
            ui.kecamatan_code.addItem(kecamatan.name, kecamatan.code)
        self._fill_kelurahan("")

    def _fill_kelurahan(self, kecamatan_code: str) -> None:
        combo = self.ui.kelurahan_code
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if not kecamatan_code:
            combo.addItem(self.tr("— pilih kecamatan dulu —"), "")
        else:
            combo.addItem(self.tr("— pilih kelurahan —"), "")
            for place in sorted(kelurahan_list(kecamatan_code), key=lambda k: k.name):
                combo.addItem(place.name, place.code)
        index = combo.findData(current) if current else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        for name in _TEXT_FIELDS:
            edit: QLineEdit = self.widget(name)
            edit.editingFinished.connect(lambda name=name: self._field_left(name))
            edit.textEdited.connect(lambda _text, name=name: self._field_edited(name))
        for name in _COMBO_FIELDS:
            combo: QComboBox = self.widget(name)
            combo.activated.connect(lambda _index, name=name: self._field_left(name))
        ui.kecamatan_code.currentIndexChanged.connect(self._kecamatan_changed)
        ui.nik.textChanged.connect(self._nik_changed)
        ui.nik_missing.toggled.connect(self._nik_missing_toggled)
        ui.modal_usaha.textChanged.connect(self._update_scale)
        ui.annual_sales.textChanged.connect(self._update_scale)
        ui.duplicate_banner.linkActivated.connect(lambda link: self.open_existing.emit(uuid.UUID(link)))
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setProperty("role", "primary")
        save_button.style().unpolish(save_button)
        save_button.style().polish(save_button)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(250)
        self._duplicate_timer.timeout.connect(self.check_duplicates)

    # --- reading and writing the fields ---------------------------------------------------------------

    def read_input(self) -> BusinessInput:
        ui = self.ui
        values: dict[str, object] = {name: self.widget(name).text() for name in _TEXT_FIELDS}
        values.update({name: self.widget(name).currentData() or "" for name in _COMBO_FIELDS})
        values["nik_missing"] = ui.nik_missing.isChecked()
        if ui.nik_missing.isChecked():
            values["nik"] = ""  # kept on screen (greyed) in case the box was ticked by mistake
        return BusinessInput(**values)  # type: ignore[arg-type]

    def write_input(self, data: BusinessInput) -> None:
        ui = self.ui
        ui.nik_missing.setChecked(data.nik_missing)
        for name in _TEXT_FIELDS:
            self.widget(name).setText(str(getattr(data, name)))
        for name in ("sex", "sector", "kecamatan_code"):
            combo: QComboBox = self.widget(name)
            combo.setCurrentIndex(max(combo.findData(getattr(data, name)), 0))
        self._fill_kelurahan(data.kecamatan_code)
        ui.kelurahan_code.setCurrentIndex(max(ui.kelurahan_code.findData(data.kelurahan_code), 0))
        for name in _RUPIAH_FIELDS:
            self._format_rupiah(name)
        self._nik_changed(ui.nik.text())

    def has_unsaved_changes(self) -> bool:
        return asdict(self.read_input()) != asdict(self._initial)

    # --- live behaviour ------------------------------------------------------------------------------

    def _field_edited(self, name: str) -> None:
        if name in self._errors:  # re-check a field with an error while it is being corrected
            self._validate({name})

    def _field_left(self, name: str) -> None:
        self._touched.add(name)
        if name in _RUPIAH_FIELDS:
            self._format_rupiah(name)
        if name == "phone":
            self._format_phone()
        self._validate(self._touched)
        if name in _DUPLICATE_FIELDS:
            self._duplicate_timer.start()

    def _format_rupiah(self, name: str) -> None:
        edit: QLineEdit = self.widget(name)
        try:
            if edit.text().strip():
                edit.setText(format_rupiah(parse_rupiah(edit.text())))
        except RuleError:
            pass  # the message is shown by validation; what was typed stays

    def _format_phone(self) -> None:
        edit = self.ui.phone
        try:
            if edit.text().strip():
                edit.setText(format_phone(normalize_phone(edit.text())))
        except RuleError:
            pass

    def _kecamatan_changed(self, _index: int) -> None:
        self._fill_kelurahan(self.ui.kecamatan_code.currentData() or "")
        if "kelurahan_code" in self._touched:
            self._validate(self._touched)

    def _nik_changed(self, text: str) -> None:
        ui = self.ui
        if ui.nik_missing.isChecked():
            return
        try:
            info = parse_nik(text)
        except RuleError:
            ui.sex.setEnabled(True)
            ui.birth_date.setEnabled(True)
            return
        ui.sex.setCurrentIndex(max(ui.sex.findData(info.sex), 0))
        ui.birth_date.setText(labels.long_date(info.birth_date))
        ui.sex.setEnabled(False)
        ui.birth_date.setEnabled(False)

    def _nik_missing_toggled(self, missing: bool) -> None:
        ui = self.ui
        ui.nik.setEnabled(not missing)
        if missing:
            ui.sex.setEnabled(True)
            ui.birth_date.setEnabled(True)
        else:
            self._nik_changed(ui.nik.text())
        self._touched.add("nik")
        self._validate(self._touched)

    def _update_scale(self) -> None:
        if not (self.ui.modal_usaha.text().strip() or self.ui.annual_sales.text().strip()):
            # nothing to classify yet: a blank form is not "Mikro"
            self.ui.scale_value.setText("—")
            self.ui.scale_value.setToolTip(self.tr("Skala dihitung setelah modal usaha atau omzet diisi."))
            return
        self.ui.scale_value.setToolTip("")
        try:
            modal = parse_rupiah(self.ui.modal_usaha.text()) if self.ui.modal_usaha.text().strip() else 0
            sales = parse_rupiah(self.ui.annual_sales.text()) if self.ui.annual_sales.text().strip() else 0
            scale = classify(modal, sales)
        except RuleError:
            self.ui.scale_value.setText("–")
            return
        self.ui.scale_value.setText(labels.label(labels.scales(), scale.value))

    def _validate(self, shown: set[str]) -> dict[str, str]:
        data = self.read_input()
        if not data.nik_missing:
            data.sex = ""
            data.birth_date = ""  # derived from the NIK; the readable date on screen is not re-parsed
        _clean, errors = businesses.check_business(data)
        self._errors = errors
        for name in FIELDS:
            if name == "nik_missing":
                continue
            message = errors.get(name) if name in shown else None
            label = self.error_label(name)
            hint = message or self._clashes.get(name)
            label.setText(hint or "")
            label.setVisible(bool(hint))
            widget = self.widget(name)
            if bool(widget.property("invalid")) != bool(message):
                widget.setProperty("invalid", bool(message))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        return {k: v for k, v in errors.items() if k in shown}

    def field_error(self, name: str) -> str:
        """The message shown under a field ("" when none)."""
        label = self.error_label(name)
        return label.text() if not label.isHidden() else ""

    # --- duplicates while typing ---------------------------------------------------------------------

    def check_duplicates(self) -> list[DuplicateMatch]:
        data = self.read_input()
        self._matches = businesses.probe_duplicates(self.ctx, data, exclude_id=self.business_id)
        banner = self.ui.duplicate_banner
        if not self._matches:
            banner.hide()
            return []
        parts = []
        for match in self._matches[:3]:
            why = ", ".join(self.tr(REASON_LABELS[r]).lower() for r in match.reasons)
            parts.append(
                f'<a href="{match.business_id}">{_escape(match.name)}</a> — {_escape(match.owner_name)}, '
                f"{_escape(match.kelurahan_name)} ({why})"
            )
        more = len(self._matches) - 3
        text = self.tr("⚠ Mungkin sudah terdaftar: ") + "; ".join(parts)
        if more > 0:
            text += self.tr(" dan {n} lainnya").format(n=more)
        banner.setText(text)
        banner.show()
        return self._matches

    # --- saving --------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save when everything is valid; returns whether the business was stored."""
        self._touched.update(FIELDS)
        for name in _RUPIAH_FIELDS:
            self._format_rupiah(name)
        errors = self._validate(set(FIELDS))
        if errors:
            self._focus_first_error(errors)
            return False
        try:
            data = self.read_input()
        except Exception as exc:  # a value the checks let through but the conversion refuses
            messages.show_failure(self, exc, action=self.tr("Data UMKM tidak dapat disimpan"))
            return False
        return self._store(data, None)

    def _store(self, data: BusinessInput, reason: str | None) -> bool:
        try:
            if self.business_id is None:
                business_id = businesses.create_business(self.ctx, data, duplicate_reason=reason)
            else:
                businesses.update_business(self.ctx, self.business_id, data, duplicate_reason=reason,
                                           expected_version=self._versions)
                business_id = self.business_id
        except DuplicateFound as found:
            decision = DuplicateDialog.ask(found.matches, self)
            if decision.open_id is not None:
                self.open_existing.emit(decision.open_id)
                return False
            if decision.reason:
                return self._store(data, decision.reason)
            return False
        except EditConflict as conflict:
            if conflicts.offer_reload(self, conflict):
                self.reload_for_review()
            return False
        except ServiceError as exc:
            if exc.errors:
                for name, message in exc.errors.items():
                    if name in FIELDS:
                        label = self.error_label(name)
                        label.setText(message)
                        label.show()
                self._focus_first_error(exc.errors)
            else:
                messages.show_error(self, self.tr("Tidak dapat menyimpan"), exc.message)
            return False
        except Exception as exc:  # storage, server or a bug: said in Indonesian, the form keeps its input
            if messages.show_failure(self, exc, action=self.tr("Data UMKM tidak dapat disimpan")):
                return self._store(data, reason)
            return False
        self.business_id = business_id
        self._initial = self.read_input()
        self.saved.emit(business_id)
        self.accept()
        return True

    def reload_for_review(self) -> bool:
        """Load what a colleague saved meanwhile, keeping every field the officer changed as typed; a field both
        changed differently says under it what the colleague saved. Saving again then goes through."""
        assert self.business_id is not None
        typed = asdict(self.read_input())
        opened = asdict(self._initial)
        try:
            profile = businesses.business_profile(self.ctx, self.business_id)
        except Exception as exc:  # the form keeps its input; the officer may try again
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))
            return False
        self.write_input(businesses.business_input(profile))
        theirs = self.read_input()
        merged, clashes = conflicts.merge_typed(opened, typed, asdict(theirs))
        self.write_input(BusinessInput(**merged))  # type: ignore[arg-type]
        self._initial = theirs
        self._versions = profile.versions
        self._clashes = {
            ("nik" if name == "nik_missing" else name): self.tr("Disimpan rekan: {value}. Isian Anda dipertahankan; "
                                                               "periksa sebelum menyimpan.").format(
                value=self._shown_value(name, value))
            for name, value in clashes.items()
        }
        self._validate(self._touched)
        return True

    def _shown_value(self, name: str, value: object) -> str:
        if name in _COMBO_FIELDS:
            combo: QComboBox = self.widget(name)
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 and value else self.tr("(kosong)")
        if isinstance(value, bool):
            return self.tr("ya") if value else self.tr("tidak")
        return str(value) if value else self.tr("(kosong)")

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        for name in FIELDS:
            if name in errors:
                widget = self.widget(name)
                if widget.isEnabled():
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- cancelling ----------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.has_unsaved_changes() and not messages.ask(
            self,
            self.tr("Buang perubahan?"),
            self.tr("Isian formulir ini belum disimpan. Tutup dan buang isian itu?"),
            yes=self.tr("Buang isian"),
            no=self.tr("Kembali ke formulir"),
            default_yes=False,
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.has_unsaved_changes() and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

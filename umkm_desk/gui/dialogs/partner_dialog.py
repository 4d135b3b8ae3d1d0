"""Create or edit a partner institution (mitra)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from umkm_desk.core.rules.phone import format_phone
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_partner_dialog import Ui_PartnerDialog
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.partner_models import partner_kind_labels
from umkm_desk.gui.text_limits import limit_line_edits


class PartnerDialog(FormDialog):
    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, partner_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.partner_id = partner_id
        self._version: int | None = None
        self.ui = Ui_PartnerDialog()
        self.ui.setupUi(self)
        limit_line_edits({"partner.name": self.ui.nameEdit, "partner.address": self.ui.addressEdit,
                          "partner.contact_name": self.ui.contactNameEdit, "partner.email": self.ui.emailEdit})
        for code, label in partner_kind_labels().items():
            self.ui.kindCombo.addItem(label, code)
        ui = self.ui
        self.bind_fields(
            {
                "name": (ui.nameEdit, ui.nameError),
                "kind": (ui.kindCombo, ui.kindError),
                "address": (ui.addressEdit, ui.addressError),
                "contact_name": (ui.contactNameEdit, ui.contactNameError),
                "contact_phone": (ui.contactPhoneEdit, ui.contactPhoneError),
                "email": (ui.emailEdit, ui.emailError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        if partner_id is None:
            self.setWindowTitle(self.tr("Mitra baru"))
            ui.headingLabel.setText(self.tr("Mitra baru"))
        else:
            row = partners.get_partner(ctx, partner_id)
            self._version = row.version
            self.setWindowTitle(self.tr("Ubah mitra"))
            ui.headingLabel.setText(row.name)
            ui.nameEdit.setText(row.name)
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(row.kind), 0))
            ui.addressEdit.setText(row.address)
            ui.contactNameEdit.setText(row.contact_name)
            ui.contactPhoneEdit.setText(format_phone(row.contact_phone) if row.contact_phone else "")
            ui.emailEdit.setText(row.email)
        ui.nameEdit.setFocus()

    def data(self) -> partners.PartnerInput:
        ui = self.ui
        return partners.PartnerInput(
            name=ui.nameEdit.text(),
            kind=str(ui.kindCombo.currentData() or ""),
            address=ui.addressEdit.text(),
            contact_name=ui.contactNameEdit.text(),
            contact_phone=ui.contactPhoneEdit.text(),
            email=ui.emailEdit.text(),
        )

    def save(self) -> uuid.UUID:
        if self.partner_id is None:
            return partners.create_partner(self.ctx, self.data())
        partners.update_partner(self.ctx, self.partner_id, self.data(), expected_version=self._version)
        return self.partner_id

    def reload_for_review(self) -> None:
        """The colleague's save is now the one this form saves over; the fields keep what was typed."""
        assert self.partner_id is not None
        try:
            self._version = partners.get_partner(self.ctx, self.partner_id).version
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))

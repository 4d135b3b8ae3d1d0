"""Create or edit an agreement (MoU or PKS) of a partner: number, dates and the stages it covers."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_agreement_dialog import Ui_AgreementDialog
from umkm_desk.gui.kit.dates import from_qdate, to_qdate
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.partner_models import agreement_kind_labels, stage_labels
from umkm_desk.gui.text_limits import limit_line_edits


class AgreementDialog(FormDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        partner_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        agreement_id: uuid.UUID | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.partner_id = partner_id
        self.agreement_id = agreement_id
        self._version: int | None = None
        self.ui = ui = Ui_AgreementDialog()
        ui.setupUi(self)
        limit_line_edits({"agreement.number": ui.numberEdit, "agreement.title": ui.titleEdit})
        for code, label in agreement_kind_labels().items():
            ui.kindCombo.addItem(label, code)
        self._checks = {"capital": ui.capitalCheck, "mentoring": ui.mentoringCheck, "marketing": ui.marketingCheck}
        for code, check in self._checks.items():
            check.setText(stage_labels()[code])  # the words of core/labels.py, not the form's copy
        self.bind_fields(
            {
                "kind": (ui.kindCombo, ui.kindError),
                "number": (ui.numberEdit, ui.numberError),
                "title": (ui.titleEdit, ui.titleError),
                "signed_on": (ui.signedOnEdit, ui.signedOnError),
                "valid_until": (ui.validUntilEdit, ui.validUntilError),
                "stages": (ui.stagesBox, ui.stagesError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        for check in self._checks.values():
            check.toggled.connect(lambda _on: self.clear_error("stages"))
        ui.signedOnEdit.dateChanged.connect(self._update_hint)
        ui.validUntilEdit.dateChanged.connect(self._update_hint)

        partner = partners.get_partner(ctx, partner_id)
        if agreement_id is None:
            start = today or date.today()
            self.setWindowTitle(self.tr("Perjanjian baru"))
            ui.headingLabel.setText(self.tr("Perjanjian baru dengan {name}").format(name=partner.name))
            ui.signedOnEdit.setDate(to_qdate(start))
            ui.validUntilEdit.setDate(to_qdate(start).addYears(3).addDays(-1))
        else:
            view = partners.get_agreement(ctx, agreement_id)
            self._version = view.version
            self.setWindowTitle(self.tr("Ubah perjanjian"))
            ui.headingLabel.setText(self.tr("Perjanjian dengan {name}").format(name=partner.name))
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(view.kind), 0))
            ui.numberEdit.setText(view.number)
            ui.titleEdit.setText(view.title)
            ui.signedOnEdit.setDate(to_qdate(view.signed_on))
            ui.validUntilEdit.setDate(to_qdate(view.valid_until))
            for stage, check in self._checks.items():
                check.setChecked(stage in view.stages)
        self._update_hint()
        ui.numberEdit.setFocus()

    def _update_hint(self) -> None:
        start: QDate = self.ui.signedOnEdit.date()
        end: QDate = self.ui.validUntilEdit.date()
        if end <= start:
            self.ui.durationHint.setText("")
            return
        months = (end.year() - start.year()) * 12 + end.month() - start.month() + (1 if end.day() >= start.day() else 0)
        years, rest = divmod(months, 12)
        parts = []
        if years:
            parts.append(self.tr("{n} tahun").format(n=years))
        if rest:
            parts.append(self.tr("{n} bulan").format(n=rest))
        self.ui.durationHint.setText(
            self.tr("Masa berlaku ± {span}, sampai {date}.").format(
                span=" ".join(parts) or self.tr("kurang dari sebulan"), date=format_tanggal(from_qdate(end))
            )
        )

    def data(self) -> partners.AgreementInput:
        ui = self.ui
        return partners.AgreementInput(
            kind=str(ui.kindCombo.currentData() or ""),
            number=ui.numberEdit.text(),
            title=ui.titleEdit.text(),
            signed_on=from_qdate(ui.signedOnEdit.date()),
            valid_until=from_qdate(ui.validUntilEdit.date()),
            stages=[stage for stage, check in self._checks.items() if check.isChecked()],
        )

    def save(self) -> uuid.UUID:
        if self.agreement_id is None:
            return partners.create_agreement(self.ctx, self.partner_id, self.data())
        partners.update_agreement(self.ctx, self.agreement_id, self.data(), expected_version=self._version)
        return self.agreement_id

    def reload_for_review(self) -> None:
        """The colleague's save is now the one this form saves over; the fields keep what was typed."""
        assert self.agreement_id is not None
        try:
            self._version = partners.get_agreement(self.ctx, self.agreement_id).version
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))

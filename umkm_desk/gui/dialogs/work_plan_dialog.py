"""Create or edit a partner's annual work plan: year, stage, quota of businesses and budget."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QWidget

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.money import format_rupiah, parse_rupiah
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_work_plan_dialog import Ui_WorkPlanDialog
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.partner_models import stage_labels
from umkm_desk.gui.text_limits import limit_line_edits


class WorkPlanDialog(FormDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        partner_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        plan_id: uuid.UUID | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.partner_id = partner_id
        self.plan_id = plan_id
        self._version: int | None = None
        self.ui = ui = Ui_WorkPlanDialog()
        ui.setupUi(self)
        limit_line_edits({"work_plan.notes": ui.notesEdit})
        for code, label in stage_labels().items():
            ui.stageCombo.addItem(label, code)
        self.bind_fields(
            {
                "year": (ui.yearSpin, ui.yearError),
                "stage": (ui.stageCombo, ui.stageError),
                "quota": (ui.quotaSpin, ui.quotaError),
                "budget": (ui.budgetEdit, ui.budgetError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        ui.stageCombo.currentIndexChanged.connect(lambda _i: self.clear_error("year"))
        ui.yearSpin.valueChanged.connect(lambda _v: self.clear_error("stage"))
        ui.budgetEdit.textChanged.connect(self._update_budget_hint)
        partner = partners.get_partner(ctx, partner_id)
        if plan_id is None:
            self.setWindowTitle(self.tr("Rencana kerja baru"))
            ui.headingLabel.setText(self.tr("Rencana kerja {name}").format(name=partner.name))
            ui.yearSpin.setValue(year or date.today().year)
            ui.quotaSpin.setValue(0)
        else:
            plan = partners.get_work_plan(ctx, plan_id)
            self._version = plan.version
            self.setWindowTitle(self.tr("Ubah rencana kerja"))
            ui.headingLabel.setText(self.tr("Rencana kerja {name}").format(name=partner.name))
            ui.yearSpin.setValue(plan.year)
            ui.stageCombo.setCurrentIndex(max(ui.stageCombo.findData(plan.stage), 0))
            ui.quotaSpin.setValue(plan.quota)
            ui.budgetEdit.setText(format_rupiah(plan.budget) if plan.budget else "")
            ui.notesEdit.setText(plan.notes)
        self._update_budget_hint()
        ui.quotaSpin.setFocus()

    def _update_budget_hint(self) -> None:
        text = self.ui.budgetEdit.text().strip()
        if not text:
            self.ui.budgetHint.setText(self.tr("Kosongkan bila mitra tidak membawa anggaran."))
            return
        try:
            amount = parse_rupiah(text)
        except RuleError:
            self.ui.budgetHint.setText("")
            return
        self.ui.budgetHint.setText(self.tr("Tercatat: {amount}").format(amount=format_rupiah(amount)))

    def data(self) -> partners.WorkPlanInput:
        ui = self.ui
        return partners.WorkPlanInput(
            year=ui.yearSpin.value(),
            stage=str(ui.stageCombo.currentData() or ""),
            quota=ui.quotaSpin.value(),
            budget=ui.budgetEdit.text(),
            notes=ui.notesEdit.text(),
        )

    def save(self) -> uuid.UUID:
        if self.plan_id is None:
            return partners.create_work_plan(self.ctx, self.partner_id, self.data())
        partners.update_work_plan(self.ctx, self.plan_id, self.data(), expected_version=self._version)
        return self.plan_id

    def reload_for_review(self) -> None:
        """The colleague's save is now the one this form saves over; the fields keep what was typed."""
        assert self.plan_id is not None
        try:
            self._version = partners.get_work_plan(self.ctx, self.plan_id).version
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))

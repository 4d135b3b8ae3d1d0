"""Record an outcome (measurement): sales, capital, workers, legality and markets, with a live size-class preview
against the baseline measurement."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QWidget

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.money import format_rupiah, parse_rupiah
from umkm_desk.core.rules.scale import Scale, classify
from umkm_desk.core.services.cases import outcomes
from umkm_desk.core.services.cases.outcomes import OutcomeInput, OutcomeResult
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_outcome_dialog import Ui_OutcomeDialog
from umkm_desk.gui.kit.dates import from_qdate, setup_date, to_qdate
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.case_models import scale_labels
from umkm_desk.gui.text_limits import limit_notes


def _money(text: str, field: str, what: str) -> int:
    if not text.strip():
        raise ServiceError(f"{what} belum diisi.", field=field)
    try:
        return parse_rupiah(text)
    except RuleError as exc:
        raise ServiceError(exc.message, field=field) from None


class OutcomeDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, business_id: uuid.UUID, parent: QWidget | None = None,
                 *, case_id: uuid.UUID | None = None) -> None:
        super().__init__(ctx, parent)
        self.business_id = business_id
        self.case_id = case_id
        self.result: OutcomeResult | None = None
        self.ui = ui = Ui_OutcomeDialog()
        ui.setupUi(self)
        self.notes_counter = limit_notes(ui.notesEdit, "outcome.notes")
        setup_date(ui.measuredOnEdit)
        latest = self._read_history()
        if latest is not None:
            ui.salesEdit.setText(format_rupiah(latest.annual_sales))
            ui.modalEdit.setText(format_rupiah(latest.modal_usaha))
            ui.workersSpin.setValue(latest.workers)
        self.bind_fields(
            {
                "measured_on": (ui.measuredOnEdit, ui.measuredOnError),
                "annual_sales": (ui.salesEdit, ui.salesError),
                "modal_usaha": (ui.modalEdit, ui.modalError),
                "workers": (ui.workersSpin, ui.workersError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        ui.salesEdit.textChanged.connect(self._update_scale)
        ui.modalEdit.textChanged.connect(self._update_scale)
        ui.measuredOnEdit.dateChanged.connect(self._update_scale)
        self._update_scale()
        ui.salesEdit.setFocus()
        ui.salesEdit.selectAll()

    def _read_history(self) -> outcomes.OutcomeView | None:
        """The measurements so far (the baseline the preview compares with); returns the latest."""
        history = outcomes.list_outcomes(self.ctx, self.business_id)
        self.history = outcomes.history_versions(history)
        self.baseline = history[0] if history else None
        if self.baseline is not None:
            # The default (today) is always allowed: the service accepts the baseline's own day, and nothing
            # before it can be picked.
            self.ui.measuredOnEdit.setMinimumDate(to_qdate(min(self.baseline.measured_on, date.today())))
        return history[-1] if history else None

    def reload_for_review(self) -> None:
        """A colleague recorded a measurement first: the preview now compares with the history as it is, and
        what the officer typed stays for review."""
        try:
            latest = self._read_history()
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))
            return
        self._update_scale()
        if latest is not None:
            saved = self.tr("Pengukuran terakhir (disimpan rekan): {on}, omzet {sales}, modal {modal}.").format(
                on=format_tanggal(latest.measured_on), sales=format_rupiah(latest.annual_sales),
                modal=format_rupiah(latest.modal_usaha))
            error = self.ui.salesError
            error.setText(f"{error.text()} {saved}".strip())
            error.setVisible(True)

    def _update_scale(self) -> None:
        try:
            scale = classify(parse_rupiah(self.ui.modalEdit.text() or "0"),
                             parse_rupiah(self.ui.salesEdit.text() or "0"))
        except RuleError:
            self.ui.scaleLabel.setText(self.tr("Skala usaha: isi omzet dan modal dengan angka rupiah."))
            return
        labels = scale_labels()
        text = self.tr("Skala usaha: {scale}").format(scale=labels[scale.value])
        if self.baseline is not None:
            base = Scale(self.baseline.scale)
            later = from_qdate(self.ui.measuredOnEdit.date()) > self.baseline.measured_on
            if scale > base and later:  # as the service counts it: only a later measurement is naik kelas
                text += self.tr(" — naik kelas dari {base} (pengukuran awal)").format(base=labels[base.value])
            else:
                text += self.tr(" — pengukuran awal: {base}").format(base=labels[base.value])
        self.ui.scaleLabel.setText(text)

    def data(self) -> OutcomeInput:
        ui = self.ui
        return OutcomeInput(
            measured_on=from_qdate(ui.measuredOnEdit.date()),
            annual_sales=_money(ui.salesEdit.text(), "annual_sales", "Omzet per tahun"),
            modal_usaha=_money(ui.modalEdit.text(), "modal_usaha", "Modal usaha"),
            workers=int(ui.workersSpin.value()),
            nib_obtained=ui.nibCheck.isChecked(),
            halal_obtained=ui.halalCheck.isChecked(),
            pirt_obtained=ui.pirtCheck.isChecked(),
            merek_obtained=ui.merekCheck.isChecked(),
            market_marketplace=ui.marketplaceCheck.isChecked(),
            market_modern_retail=ui.retailCheck.isChecked(),
            market_export=ui.exportCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
        )

    def save(self) -> uuid.UUID:
        self.result = outcomes.record_outcome(self.ctx, self.business_id, self.data(), case_id=self.case_id,
                                              expected_history=self.history)
        return self.result.outcome_id

"""Open a new case: pick the business (search, or given by the caller), the start date and the officer."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QWidget

from umkm_desk.core.services.cases import cases
from umkm_desk.core.services.cases.case_board import filter_options
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.gui.forms.ui_open_case_dialog import Ui_OpenCaseDialog
from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.dates import from_qdate, setup_date
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.case_models import case_status_labels, scale_labels
from umkm_desk.gui.text_limits import limit_notes

ID_ROLE = Qt.ItemDataRole.UserRole


class OpenCaseDialog(FormDialog):
    """After Accepted, ``saved_id`` is the new case's id."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 *, business_id: uuid.UUID | None = None) -> None:
        super().__init__(ctx, parent)
        self.business_id = business_id
        self.ui = ui = Ui_OpenCaseDialog()
        ui.setupUi(self)
        self.notes_counter = limit_notes(ui.noteEdit, "case_event.note")
        setup_date(ui.openedOnEdit)
        ui.officerCombo.addItem(self.tr("Petugas yang sedang masuk"), None)
        for oid, name in filter_options(ctx).officers:
            ui.officerCombo.addItem(name, oid)
        if ctx.actor.officer_id is not None:
            ui.officerCombo.setCurrentIndex(max(find_data(ui.officerCombo, ctx.actor.officer_id), 0))
        self.bind_fields(
            {
                "business_id": (ui.searchEdit, ui.businessError),
                "opened_on": (ui.openedOnEdit, ui.openedOnError),
                "officer_id": (ui.officerCombo, ui.officerError),
                "note": (ui.noteEdit, ui.noteError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.businessList.currentItemChanged.connect(self._picked)
        if business_id is not None:
            candidate = cases.open_case_candidate(ctx, business_id)
            ui.searchEdit.setText(candidate.name if candidate else "")
            ui.searchEdit.setEnabled(False)
            ui.businessList.hide()
            ui.businessHint.setText(self._describe(candidate) if candidate else "")
            ui.openedOnEdit.setFocus()
        else:
            ui.businessHint.setText(self.tr("Ketik sedikitnya dua huruf untuk mencari."))
            ui.searchEdit.setFocus()

    def _describe(self, c: cases.OpenCaseCandidate) -> str:
        text = self.tr("{owner} · {kelurahan} · skala {scale}").format(
            owner=c.owner_name, kelurahan=c.kelurahan_name, scale=scale_labels().get(c.scale, c.scale).lower())
        if c.active_case_id is not None:
            text += " · " + self.tr("masih ada pendampingan aktif")
        elif c.last_case_status:
            text += " · " + self.tr("pendampingan terakhir: {status}").format(
                status=case_status_labels().get(c.last_case_status, c.last_case_status))
        return text

    def search(self) -> None:
        ui = self.ui
        ui.businessList.clear()
        text = ui.searchEdit.text().strip()
        if len(text) < 2:
            return
        found = cases.open_case_candidates(self.ctx, text, limit=30)
        for c in found:
            text = f"{c.name} — {c.owner_name}, {c.kelurahan_name}"
            if c.active_case_id is not None:
                text += " · " + self.tr("pendampingan aktif")
            item = QListWidgetItem(text)
            item.setToolTip(self._describe(c))
            item.setData(ID_ROLE, c.business_id)
            if c.active_case_id is not None:
                item.setForeground(Qt.GlobalColor.gray)
            ui.businessList.addItem(item)
        if not found:
            ui.businessHint.setText(self.tr("Tidak ada UMKM yang cocok."))
        else:
            ui.businessHint.setText(self.tr("{n} UMKM ditemukan; pilih satu.").format(n=len(found)))
            ui.businessList.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.business_id = item.data(ID_ROLE) if item is not None else None
        self.clear_error("business_id")
        if item is not None:
            self.ui.businessHint.setText(item.toolTip())

    def save(self) -> uuid.UUID:
        if self.business_id is None:
            raise ServiceError("Pilih UMKM yang akan didampingi.", field="business_id")
        return cases.open_case(
            self.ctx, self.business_id, from_qdate(self.ui.openedOnEdit.date()),
            officer_id=self.ui.officerCombo.currentData(), note=self.ui.noteEdit.toPlainText(),
        )

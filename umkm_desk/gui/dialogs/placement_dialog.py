"""Create or edit a KKM/KKN placement: student group, period, supervising lecturer (DPL) and kelurahan."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from umkm_desk.core.rules.wilayah import kelurahan_list
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_placement_dialog import Ui_PlacementDialog
from umkm_desk.gui.kit.dates import from_qdate, to_qdate
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.text_limits import limit_line_edits

CODE_ROLE = Qt.ItemDataRole.UserRole


class PlacementDialog(FormDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        partner_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        placement_id: uuid.UUID | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.partner_id = partner_id
        self.placement_id = placement_id
        self._version: int | None = None
        self.ui = ui = Ui_PlacementDialog()
        ui.setupUi(self)
        limit_line_edits({"placement.group_name": ui.groupNameEdit, "placement.supervisor": ui.supervisorEdit})
        self.bind_fields(
            {
                "group_name": (ui.groupNameEdit, ui.groupNameError),
                "period_start": (ui.periodStartEdit, ui.periodError),
                "period_end": (ui.periodEndEdit, ui.periodError),
                "supervisor": (ui.supervisorEdit, ui.supervisorError),
                "students": (ui.studentsSpin, ui.studentsError),
                "kelurahan": (ui.kelurahanList, ui.kelurahanError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        for place in kelurahan_list():
            item = QListWidgetItem(self.tr("{kelurahan} — Kec. {kecamatan}").format(
                kelurahan=place.name, kecamatan=place.kecamatan_name))
            item.setData(CODE_ROLE, place.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.kelurahanList.addItem(item)
        ui.kelurahanList.itemChanged.connect(self._kelurahan_changed)
        ui.kelurahanFilterEdit.textChanged.connect(self._filter)

        partner = partners.get_partner(ctx, partner_id)
        ui.headingLabel.setText(self.tr("Penempatan KKM/KKN {name}").format(name=partner.name))
        if placement_id is None:
            self.setWindowTitle(self.tr("Penempatan baru"))
            start = today or date.today()
            ui.periodStartEdit.setDate(to_qdate(start))
            ui.periodEndEdit.setDate(to_qdate(start).addDays(44))  # KKM usually runs about 45 days
        else:
            view = partners.get_placement(ctx, placement_id)
            self._version = view.version
            self.setWindowTitle(self.tr("Ubah penempatan"))
            ui.groupNameEdit.setText(view.group_name)
            ui.periodStartEdit.setDate(to_qdate(view.period_start))
            ui.periodEndEdit.setDate(to_qdate(view.period_end))
            ui.supervisorEdit.setText(view.supervisor)
            ui.studentsSpin.setValue(view.students)
            self.set_kelurahan(view.kelurahan_codes)
        self._kelurahan_changed()
        ui.groupNameEdit.setFocus()

    def set_kelurahan(self, codes: tuple[str, ...] | list[str]) -> None:
        wanted = set(codes)
        lst = self.ui.kelurahanList
        for row in range(lst.count()):
            item = lst.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked)

    def checked_kelurahan(self) -> list[str]:
        lst = self.ui.kelurahanList
        return [
            lst.item(row).data(CODE_ROLE)
            for row in range(lst.count())
            if lst.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _kelurahan_changed(self, _item: QListWidgetItem | None = None) -> None:
        self.clear_error("kelurahan")
        chosen = self.checked_kelurahan()
        names = [self.ui.kelurahanList.item(r).text().split(" — ")[0] for r in range(self.ui.kelurahanList.count())
                 if self.ui.kelurahanList.item(r).data(CODE_ROLE) in chosen]
        if not names:
            self.ui.kelurahanCountLabel.setText(self.tr("Belum ada kelurahan dipilih."))
        else:
            self.ui.kelurahanCountLabel.setText(
                self.tr("{n} kelurahan dipilih: {names}").format(n=len(names), names=", ".join(names)))

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        lst = self.ui.kelurahanList
        for row in range(lst.count()):
            item = lst.item(row)
            item.setHidden(not all(w in item.text().lower() for w in words))

    def data(self) -> partners.PlacementInput:
        ui = self.ui
        return partners.PlacementInput(
            group_name=ui.groupNameEdit.text(),
            period_start=from_qdate(ui.periodStartEdit.date()),
            period_end=from_qdate(ui.periodEndEdit.date()),
            supervisor=ui.supervisorEdit.text(),
            students=ui.studentsSpin.value(),
            kelurahan_codes=self.checked_kelurahan(),
        )

    def save(self) -> uuid.UUID:
        if self.placement_id is None:
            return partners.create_placement(self.ctx, self.partner_id, self.data())
        partners.update_placement(self.ctx, self.placement_id, self.data(), expected_version=self._version)
        return self.placement_id

    def reload_for_review(self) -> None:
        """The colleague's save is now the one this form saves over; the fields keep what was typed."""
        assert self.placement_id is not None
        try:
            self._version = partners.get_placement(self.ctx, self.placement_id).version
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))

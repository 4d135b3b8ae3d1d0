"""Capital support dialogs: a new application (CapitalDialog, from the Designer form), a qardhul hasan repayment
schedule (ScheduleDialog) and a repayment (PaymentDialog)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.rules.dates import add_months, format_tanggal
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.money import format_rupiah, parse_rupiah, terbilang
from umkm_desk.core.services.cases import capital
from umkm_desk.core.services.cases.capital import SupportInput, SupportView, repayment_schedule
from umkm_desk.core.services.cases.case_board import filter_options
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_capital_dialog import Ui_CapitalDialog
from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.dates import date_edit, from_qdate, setup_date
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.case_models import capital_kinds
from umkm_desk.gui.text_limits import limit_notes
from umkm_desk.gui.theme import set_invalid


def _amount(text: str) -> int:
    try:
        return parse_rupiah(text)
    except RuleError as exc:
        raise ServiceError(exc.message, field="amount") from None


class CapitalDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, case_id: uuid.UUID, parent: QWidget | None = None,
                 *, partner_id: uuid.UUID | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_id = case_id
        self.ui = ui = Ui_CapitalDialog()
        ui.setupUi(self)
        self.notes_counter = limit_notes(ui.notesEdit, "capital.notes")
        for code, text in capital_kinds().items():
            ui.kindCombo.addItem(text, code)
        ui.partnerCombo.addItem(self.tr("Tanpa mitra (sumber lain)"), None)
        for pid, name in filter_options(ctx).partners:
            ui.partnerCombo.addItem(name, pid)
        if partner_id is not None:
            ui.partnerCombo.setCurrentIndex(max(find_data(ui.partnerCombo, partner_id), 0))
        setup_date(ui.appliedOnEdit)
        self.bind_fields(
            {
                "kind": (ui.kindCombo, ui.kindError),
                "partner_id": (ui.partnerCombo, ui.partnerError),
                "amount": (ui.amountEdit, ui.amountError),
                "applied_on": (ui.appliedOnEdit, ui.appliedOnError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        ui.amountEdit.textChanged.connect(self._update_hint)
        self._update_hint()
        ui.kindCombo.setFocus()

    def _update_hint(self) -> None:
        text = self.ui.amountEdit.text().strip()
        try:
            amount = parse_rupiah(text) if text else None
        except RuleError:
            amount = None
        if amount is None:
            self.ui.amountHint.setText(self.tr("Rupiah bulat; boleh ditulis 10 jt, 2,5 M atau 10.000.000."))
        else:
            self.ui.amountHint.setText(f"{format_rupiah(amount)} — {terbilang(amount)}")

    def data(self) -> SupportInput:
        ui = self.ui
        return SupportInput(
            kind=ui.kindCombo.currentData(),
            amount=_amount(ui.amountEdit.text()),
            applied_on=from_qdate(ui.appliedOnEdit.date()),
            partner_id=ui.partnerCombo.currentData(),
            notes=ui.notesEdit.toPlainText(),
        )

    def save(self) -> uuid.UUID:
        return capital.add_support(self.ctx, self.case_id, self.data())


class _SmallDialog(FormDialog):
    """A compact code-built form: heading, a form layout, an error line, Simpan/Batal."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, title: str, heading: str) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(12)
        head = QLabel(heading)
        head.setProperty("role", "heading")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        layout.addLayout(self.form)
        self.preview = QLabel()
        self.preview.setProperty("role", "hint")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.okButton = self.buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.okButton.setProperty("role", "primary")
        self.cancelButton = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)


class ScheduleDialog(_SmallDialog):
    """Monthly instalments of a qardhul hasan loan; the preview shows the amounts before saving."""

    def __init__(self, ctx: ServiceContext, support: SupportView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Jadwal angsuran"),
                         self.tr("Jadwal angsuran qardhul hasan {amount}").format(
                             amount=format_rupiah(support.amount)))
        self.support = support
        self.countSpin = QSpinBox()
        self.countSpin.setRange(1, capital.MAX_INSTALMENTS)
        self.countSpin.setSuffix(self.tr(" kali"))
        self.countSpin.setValue(10)
        start = support.disbursed_on or support.approved_on or support.applied_on
        self.firstDueEdit = date_edit(add_months(start, 1))
        self.form.addRow(self.tr("Jumlah angsuran"), self.countSpin)
        self.form.addRow(self.tr("Jatuh tempo pertama"), self.firstDueEdit)
        self.bind_fields({"instalments": (self.countSpin, self.error), "first_due": (self.firstDueEdit, self.error)},
                         self.okButton, self.cancelButton)
        self.countSpin.valueChanged.connect(self._update_preview)
        self._update_preview()

    def _update_preview(self) -> None:
        try:
            plan = repayment_schedule(self.support.amount, self.countSpin.value(), date.today())
        except ServiceError as exc:
            self.preview.setText(exc.message)
            return
        first, last = plan[0][1], plan[-1][1]
        text = self.tr("{n} x {each} per bulan").format(n=len(plan), each=format_rupiah(first))
        if last != first:
            text += self.tr("; angsuran terakhir {last}").format(last=format_rupiah(last))
        self.preview.setText(text)

    def save(self) -> uuid.UUID:
        capital.create_schedule(self.ctx, self.support.id, self.countSpin.value(),
                                from_qdate(self.firstDueEdit.date()),
                                expected_version=self.support.schedule_versions)
        return self.support.id

    def reload_for_review(self) -> None:
        """A colleague made (or paid into) the schedule first: save again only over what they made; the count
        and first due date typed here stay for the officer to compare."""
        try:
            self.support = capital.get_support(self.ctx, self.support.id)
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))
            return
        if self.support.repayments:
            first = self.support.repayments[0]
            saved = self.tr("Jadwal yang disimpan rekan: {n} angsuran mulai {on}.").format(
                n=len(self.support.repayments), on=format_tanggal(first.due_on))
            self.error.setText(f"{self.error.text()} {saved}".strip())


class PaymentDialog(_SmallDialog):
    def __init__(self, ctx: ServiceContext, support: SupportView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Pembayaran angsuran"), self.tr("Catat pembayaran angsuran"))
        self.support = support
        outstanding = support.outstanding or 0
        next_due = next((r.remaining for r in support.repayments if r.remaining > 0), outstanding)
        self.amountEdit = QLineEdit(format_rupiah(next_due))
        self.paidOnEdit = date_edit()
        self.form.addRow(self.tr("Jumlah"), self.amountEdit)
        self.form.addRow(self.tr("Tanggal bayar"), self.paidOnEdit)
        self.preview.setText(self.tr("Sisa pinjaman saat ini: {amount}").format(amount=format_rupiah(outstanding)))
        self.bind_fields({"amount": (self.amountEdit, self.error), "paid_on": (self.paidOnEdit, self.error)},
                         self.okButton, self.cancelButton)
        self.remaining: int | None = None

    def save(self) -> uuid.UUID:
        set_invalid(self.amountEdit, False)
        self.remaining = capital.record_payment(self.ctx, self.support.id, _amount(self.amountEdit.text()),
                                                from_qdate(self.paidOnEdit.date()),
                                                expected_version=self.support.repayment_versions)
        return self.support.id

    def reload_for_review(self) -> None:
        """The colleague's payment is in the balance now; the amount typed stays for the officer to check."""
        try:
            self.support = capital.get_support(self.ctx, self.support.id)
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))
            return
        self.preview.setText(self.tr("Sisa pinjaman saat ini: {amount}").format(
            amount=format_rupiah(self.support.outstanding or 0)))

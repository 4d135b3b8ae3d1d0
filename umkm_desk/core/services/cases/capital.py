"""Capital support (permodalan): hibah, qardhul hasan, KUR referral, CSR, other; its status flow; and, for
qardhul hasan, the repayment schedule, payments and outstanding balance.

Status flow: diajukan -> disetujui -> dicairkan, or diajukan|disetujui -> ditolak (reason required). Each step's
date is recorded (not in the future, never before the previous step) and written to the case events.
A schedule is n monthly instalments of whole rupiah that sum exactly to the amount: each is ``amount // n`` and
the last one also carries the remainder. It can be (re)made once the support is disetujui or dicairkan and as
long as no payment is recorded. Payments need a disbursed loan; they fill the earliest unpaid instalments first
and may not exceed the outstanding balance.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import CAPITAL_KINDS, CAPITAL_STATUS
from umkm_desk.core.rules.dates import add_months, format_tanggal
from umkm_desk.core.rules.money import MONEY_MAX, format_rupiah
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.cases._case_support import (
    add_event,
    as_uuid,
    check_not_future,
    clean_text,
    load_case,
    load_partner,
    require_active,
)
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.text_fields import max_length
from umkm_desk.core.services.versions import (
    EditConflict,
    check_rows,
    check_version,
    check_versions,
    latest_change,
)
from umkm_desk.core.store.models import CapitalSupport, Partner, Repayment, Stage

__all__ = [
    "RepaymentView",
    "SupportInput",
    "SupportView",
    "add_support",
    "create_schedule",
    "get_support",
    "list_supports",
    "outstanding_balance",
    "record_payment",
    "repayment_schedule",
    "set_support_status",
]

MAX_INSTALMENTS = 120
_NEXT = {"diajukan": ("disetujui", "ditolak"), "disetujui": ("dicairkan", "ditolak")}


@dataclass(frozen=True)
class SupportInput:
    kind: str
    amount: int
    applied_on: date
    partner_id: uuid.UUID | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RepaymentView:
    id: uuid.UUID
    seq: int
    due_on: date
    amount_due: int
    amount_paid: int
    paid_on: date | None
    version: int = 1

    @property
    def remaining(self) -> int:
        return self.amount_due - self.amount_paid

    @property
    def state(self) -> str:
        """lunas, sebagian, terlambat or belum."""
        if self.amount_paid >= self.amount_due:
            return "lunas"
        if self.due_on < date.today():
            return "terlambat"
        return "sebagian" if self.amount_paid else "belum"


@dataclass(frozen=True)
class SupportView:
    id: uuid.UUID
    case_id: uuid.UUID
    business_id: uuid.UUID
    partner_id: uuid.UUID | None
    partner_name: str | None
    kind: str
    amount: int
    status: str
    applied_on: date
    approved_on: date | None
    disbursed_on: date | None
    rejected_on: date | None
    notes: str | None
    repayments: tuple[RepaymentView, ...]
    version: int = 1

    @property
    def schedule_versions(self) -> tuple[tuple[uuid.UUID, int], ...]:
        """What the schedule form hands back to ``create_schedule``: the instalments it showed."""
        return tuple((r.id, r.version) for r in self.repayments)

    @property
    def repayment_versions(self) -> tuple[int, ...]:
        """What the payment form hands back to ``record_payment`` (see services.versions)."""
        return tuple(r.version for r in self.repayments)

    @property
    def has_schedule(self) -> bool:
        return bool(self.repayments)

    @property
    def paid_total(self) -> int:
        return sum(r.amount_paid for r in self.repayments)

    @property
    def outstanding(self) -> int | None:
        """What is still owed on a qardhul hasan loan once disbursed; None for other kinds."""
        if self.kind != "qardhul_hasan" or self.status != "dicairkan":
            return None
        return self.amount - self.paid_total

    @property
    def next_steps(self) -> tuple[str, ...]:
        return _NEXT.get(self.status, ())


def repayment_schedule(amount: int, instalments: int, first_due: date) -> list[tuple[date, int]]:
    """``instalments`` monthly (due date, amount) pairs summing exactly to ``amount``; remainder on the last."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ServiceError("Jumlah pinjaman harus lebih dari nol.", field="amount")
    if isinstance(instalments, bool) or not isinstance(instalments, int) or not 1 <= instalments <= MAX_INSTALMENTS:
        raise ServiceError(f"Jumlah angsuran harus 1 sampai {MAX_INSTALMENTS} kali.", field="instalments")
    if instalments > amount:
        raise ServiceError("Jumlah angsuran lebih banyak dari jumlah rupiahnya.", field="instalments")
    each = amount // instalments
    amounts = [each] * (instalments - 1) + [amount - each * (instalments - 1)]
    return [(add_months(first_due, i), value) for i, value in enumerate(amounts)]


def _view(session: Session, support: CapitalSupport) -> SupportView:
    partner = session.get(Partner, support.partner_id) if support.partner_id else None
    return SupportView(
        id=support.id,
        case_id=support.case_id,
        business_id=support.business_id,
        partner_id=support.partner_id,
        partner_name=partner.name if partner else None,
        kind=support.kind,
        amount=support.amount,
        status=support.status,
        applied_on=support.applied_on,
        approved_on=support.approved_on,
        disbursed_on=support.disbursed_on,
        rejected_on=support.rejected_on,
        notes=support.notes,
        repayments=tuple(
            RepaymentView(r.id, i, r.due_on, r.amount_due, r.amount_paid, r.paid_on, r.version)
            for i, r in enumerate(sorted(support.repayments, key=lambda r: r.due_on), start=1)
        ),
        version=support.version,
    )


def _load(session: Session, support_id: uuid.UUID | str) -> CapitalSupport:
    support = session.get(CapitalSupport, as_uuid(support_id, "Dukungan modal"))
    if support is None or support.deleted_at is not None:
        raise ServiceError("Dukungan modal tidak ditemukan.")
    return support


def _what(support: CapitalSupport) -> str:
    return f"Dukungan modal {CAPITAL_KINDS.get(support.kind, support.kind)} {format_rupiah(support.amount)}"


def _capital_stage(session: Session, case_id: uuid.UUID) -> Stage | None:
    return session.scalar(select(Stage).where(Stage.case_id == case_id, Stage.kind == "capital"))


@requires("cases.write")
def add_support(ctx: ServiceContext, case_id: uuid.UUID | str, data: SupportInput) -> uuid.UUID:
    """Record an application for capital support (status diajukan)."""
    errors: dict[str, str] = {}
    if data.kind not in CAPITAL_KINDS:
        errors["kind"] = "Jenis dukungan modal belum dipilih."
    if isinstance(data.amount, bool) or not isinstance(data.amount, int) or data.amount <= 0:
        errors["amount"] = "Jumlah dukungan harus lebih dari nol rupiah."
    elif data.amount > MONEY_MAX:
        errors["amount"] = f"Jumlah dukungan terlalu besar (paling banyak {format_rupiah(MONEY_MAX)})."
    if not isinstance(data.applied_on, date):
        errors["applied_on"] = "Tanggal pengajuan belum diisi."
    elif data.applied_on > date.today():
        errors["applied_on"] = "Tanggal pengajuan tidak boleh melewati hari ini."
    if errors:
        first = next(iter(errors))
        raise ServiceError(errors[first], field=first, errors=errors)
    with ctx.db.transaction() as session:
        case = load_case(session, case_id)
        require_active(case, "pengajuan dukungan modal")
        partner = load_partner(session, data.partner_id) if data.partner_id is not None else None
        if data.applied_on < case.opened_on:
            raise ServiceError("Tanggal pengajuan tidak boleh sebelum pendampingan dibuka.", field="applied_on")
        support = CapitalSupport(
            id=uuid.uuid4(),
            case_id=case.id,
            business_id=case.business_id,
            partner_id=partner.id if partner else None,
            kind=data.kind,
            amount=data.amount,
            status="diajukan",
            applied_on=data.applied_on,
            notes=clean_text(data.notes, "capital.notes", field="notes"),
        )
        session.add(support)
        session.flush()
        record_audit(session, ctx.actor, "capital_support", support.id, "create")
        add_event(
            session, ctx.actor, case, "capital_status", None, "diajukan",
            stage=_capital_stage(session, case.id),
            note=f"{CAPITAL_KINDS[data.kind]} {format_rupiah(data.amount)}"
            + (f" dari {partner.name}" if partner else ""),
        )
        return support.id


@requires("cases.write")
def set_support_status(
    ctx: ServiceContext,
    support_id: uuid.UUID | str,
    status: str,
    *,
    on: date | None = None,
    note: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Move a support along diajukan -> disetujui -> dicairkan, or to ditolak (``note`` = reason, required).
    ``expected_version``: the SupportView's version the window showed (see services.versions)."""
    on = on or date.today()
    reason = clean_text(note, "capital.notes", field="note")
    with ctx.db.transaction() as session:
        support = _load(session, support_id)
        check_version(session, support, expected_version, what=_what(support), entity="capital_support")
        case = load_case(session, support.case_id)
        require_active(case, "perubahan status dukungan modal")
        old = support.status
        if status not in _NEXT.get(old, ()):
            raise ServiceError(
                f"Status dukungan modal {CAPITAL_STATUS.get(old, old)} tidak dapat diubah menjadi "
                f"{CAPITAL_STATUS.get(status, status)}."
            )
        check_not_future(on, "Tanggal", "on")
        previous = support.approved_on or support.applied_on
        if on < previous:
            raise ServiceError(f"Tanggal tidak boleh sebelum {format_tanggal(previous)}.", field="on")
        date_field = {"disetujui": "approved_on", "dicairkan": "disbursed_on", "ditolak": "rejected_on"}[status]
        if status == "ditolak" and not reason:
            raise ServiceError("Alasan penolakan wajib diisi.", field="note")
        changes = {"status": (old, status), date_field: (getattr(support, date_field), on)}
        support.status = status
        setattr(support, date_field, on)
        if reason:
            combined = f"{support.notes}\n{reason}" if support.notes else reason
            if len(combined) > max_length("capital.notes"):
                room = max(max_length("capital.notes") - len(support.notes or "") - 1, 0)
                raise ServiceError(
                    f"Catatan dukungan modal ini hampir penuh; alasan paling banyak {room} karakter.", field="note"
                )
            changes["notes"] = (support.notes, combined)
            support.notes = combined
        record_audit(session, ctx.actor, "capital_support", support.id, "update", changes)
        add_event(
            session, ctx.actor, case, "capital_status", old, status, stage=_capital_stage(session, case.id),
            note=(f"{CAPITAL_KINDS.get(support.kind, support.kind)} {format_rupiah(support.amount)}"
                  + (f" — {reason}" if reason else "")),
        )


@requires("cases.write")
def create_schedule(
    ctx: ServiceContext, support_id: uuid.UUID | str, instalments: int, first_due: date, *,
    expected_version: tuple[tuple[uuid.UUID, int], ...] | None = None,
) -> list[tuple[date, int]]:
    """(Re)make the repayment schedule of a qardhul hasan loan; returns the instalments.
    ``expected_version`` is the SupportView's ``schedule_versions`` the form showed: a schedule a colleague made
    or a payment recorded since refuses with EditConflict instead of being replaced."""
    with ctx.db.transaction() as session:
        support = _load(session, support_id)
        check_rows(session, support, list(support.repayments), expected_version,
                   what="Jadwal angsuran pinjaman ini",
                   records=[("repayment", r.id) for r in support.repayments] + [("capital_support", support.id)])
        if support.kind != "qardhul_hasan":
            raise ServiceError("Jadwal angsuran hanya untuk pinjaman qardhul hasan.")
        if support.status not in ("disetujui", "dicairkan"):
            raise ServiceError("Jadwal angsuran dibuat setelah pinjaman disetujui.")
        if any(r.amount_paid for r in support.repayments):
            raise ServiceError("Jadwal angsuran tidak dapat diubah karena sudah ada pembayaran.")
        start = support.disbursed_on or support.approved_on or support.applied_on
        if first_due <= start:
            raise ServiceError(
                f"Angsuran pertama harus jatuh tempo setelah {format_tanggal(start)}.", field="first_due"
            )
        plan = repayment_schedule(support.amount, instalments, first_due)
        for old in list(support.repayments):
            session.delete(old)
        session.flush()
        for due_on, amount in plan:
            session.add(Repayment(id=uuid.uuid4(), support_id=support.id, due_on=due_on, amount_due=amount))
        record_audit(session, ctx.actor, "capital_support", support.id, "update",
                     {"schedule": (None, f"{instalments} x mulai {first_due.isoformat()}")})
        return plan


@requires("cases.write")
def record_payment(
    ctx: ServiceContext, support_id: uuid.UUID | str, amount: int, paid_on: date | None = None, *,
    expected_version: tuple[int, ...] | None = None,
) -> int:
    """Record a repayment; fills the earliest unpaid instalments first. Returns the outstanding balance after.
    ``expected_version`` is the SupportView's ``repayment_versions`` the form showed: a payment a colleague
    recorded meanwhile refuses with EditConflict (see services.versions)."""
    paid_on = paid_on or date.today()
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ServiceError("Jumlah pembayaran harus lebih dari nol rupiah.", field="amount")
    with ctx.db.transaction() as session:
        support = _load(session, support_id)
        if support.kind != "qardhul_hasan":
            raise ServiceError("Pembayaran angsuran hanya untuk pinjaman qardhul hasan.")
        if support.status != "dicairkan":
            raise ServiceError("Pinjaman belum dicairkan; pembayaran belum dapat dicatat.")
        if not support.repayments:
            raise ServiceError("Buat jadwal angsuran dulu sebelum mencatat pembayaran.")
        if expected_version is not None:
            schedule = sorted(support.repayments, key=lambda r: r.due_on)
            shown = list(expected_version) + [None] * (len(schedule) - len(expected_version))
            check_versions(session, list(zip(schedule, shown, strict=False)), what="Angsuran pinjaman ini",
                           records=[("repayment", r.id) for r in schedule])
            if len(expected_version) != len(schedule):  # a schedule made since the form opened
                raise EditConflict("Jadwal angsuran pinjaman ini", latest_change(
                    session, [("repayment", r.id) for r in schedule] + [("capital_support", support.id)]))
        check_not_future(paid_on, "Tanggal pembayaran", "paid_on")
        if support.disbursed_on is not None and paid_on < support.disbursed_on:
            raise ServiceError("Tanggal pembayaran tidak boleh sebelum pencairan.", field="paid_on")
        outstanding = _outstanding(support)
        if amount > outstanding:
            raise ServiceError(
                f"Pembayaran {format_rupiah(amount)} melebihi sisa pinjaman {format_rupiah(outstanding)}.",
                field="amount",
            )
        left = amount
        for repayment in sorted(support.repayments, key=lambda r: r.due_on):
            due = repayment.amount_due - repayment.amount_paid
            if due <= 0 or left <= 0:
                continue
            part = min(due, left)
            record_audit(session, ctx.actor, "repayment", repayment.id, "update",
                         {"amount_paid": (repayment.amount_paid, repayment.amount_paid + part),
                          "paid_on": (repayment.paid_on, paid_on)})
            repayment.amount_paid += part
            repayment.paid_on = paid_on
            left -= part
        after = outstanding - amount
        case = load_case(session, support.case_id)
        add_event(session, ctx.actor, case, "repayment", None, str(amount), stage=_capital_stage(session, case.id),
                  note=f"Angsuran {format_rupiah(amount)} dibayar {format_tanggal(paid_on)}; "
                       f"sisa {format_rupiah(after)}")
        return after


def _outstanding(support: CapitalSupport) -> int:
    return support.amount - sum(r.amount_paid for r in support.repayments)


def outstanding_balance(ctx: ServiceContext, support_id: uuid.UUID | str) -> int:
    with ctx.db.read() as session:
        return _outstanding(_load(session, support_id))


def get_support(ctx: ServiceContext, support_id: uuid.UUID | str) -> SupportView:
    with ctx.db.read() as session:
        return _view(session, _load(session, support_id))


def list_supports(ctx: ServiceContext, case_id: uuid.UUID | str) -> list[SupportView]:
    with ctx.db.read() as session:
        case = load_case(session, case_id)
        rows = session.scalars(
            select(CapitalSupport)
            .where(CapitalSupport.case_id == case.id, CapitalSupport.deleted_at.is_(None))
            .order_by(CapitalSupport.applied_on, CapitalSupport.created_at)
        ).all()
        return [_view(session, s) for s in rows]

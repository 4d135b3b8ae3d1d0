"""Outcomes: dated measurements of a business (sales, capital, workers, legality, markets) and naik kelas.

* The *baseline* is the business's first measurement (earliest ``measured_on``). When a case is opened for a
  business that has none, its registered figures are stored as the baseline dated on the opening day; recording
  an outcome for a business without one does the same, dated on its registration day.
* Each outcome's size class comes from ``rules.scale.classify``; it is naik kelas when its class is above the
  baseline's and it is measured later (``rules.scale.naik_kelas``).
* The latest measurement (by date) is the business's current state: its modal usaha, annual sales, workers and
  scale are copied onto the business, and ``Business.naik_kelas`` says whether that latest measurement is above
  the baseline. ``Case.naik_kelas`` is set once any outcome of the case shows naik kelas; that moment is written
  to the case's events (and so appears in the timeline).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import SCALES, label
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.money import MONEY_MAX, format_rupiah
from umkm_desk.core.rules.scale import Measurement, classify, naik_kelas
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.cases._case_support import (
    add_event,
    as_uuid,
    clean_text,
    load_business,
    load_case,
    sync_business,
)
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.versions import check_rows
from umkm_desk.core.store.models import Business, Case, Outcome

__all__ = [
    "OutcomeInput",
    "OutcomeResult",
    "OutcomeView",
    "baseline_of",
    "ensure_baseline",
    "history_versions",
    "list_outcomes",
    "record_outcome",
]

FLAGS = (
    "nib_obtained",
    "halal_obtained",
    "pirt_obtained",
    "merek_obtained",
    "market_marketplace",
    "market_modern_retail",
    "market_export",
)
BASELINE_NOTE = "Pengukuran awal (data saat pendaftaran)"


@dataclass(frozen=True)
class OutcomeInput:
    measured_on: date
    annual_sales: int
    modal_usaha: int
    workers: int = 0
    nib_obtained: bool = False
    halal_obtained: bool = False
    pirt_obtained: bool = False
    merek_obtained: bool = False
    market_marketplace: bool = False
    market_modern_retail: bool = False
    market_export: bool = False
    notes: str | None = None


@dataclass(frozen=True)
class OutcomeResult:
    outcome_id: uuid.UUID
    scale: str
    baseline_scale: str
    naik_kelas: bool


@dataclass(frozen=True)
class OutcomeView:
    id: uuid.UUID
    case_id: uuid.UUID | None
    measured_on: date
    annual_sales: int
    modal_usaha: int
    workers: int
    scale: str
    naik_kelas: bool
    is_baseline: bool
    nib_obtained: bool
    halal_obtained: bool
    pirt_obtained: bool
    merek_obtained: bool
    market_marketplace: bool
    market_modern_retail: bool
    market_export: bool
    notes: str | None
    version: int = 1


def history_versions(history: list[OutcomeView]) -> tuple[tuple[uuid.UUID, int], ...]:
    """What the outcome form hands back to ``record_outcome``: the measurements it showed (baseline included)."""
    return tuple((o.id, o.version) for o in history)


def _live_outcomes(session: Session, business_id: uuid.UUID) -> list[Outcome]:
    return list(
        session.scalars(
            select(Outcome)
            .where(Outcome.business_id == business_id, Outcome.deleted_at.is_(None))
            .order_by(Outcome.measured_on, Outcome.created_at)
        ).all()
    )


def baseline_of(session: Session, business_id: uuid.UUID) -> Outcome | None:
    outcomes = _live_outcomes(session, business_id)
    return outcomes[0] if outcomes else None


def ensure_baseline(session: Session, actor: Actor, business: Business, case: Case | None, on: date) -> Outcome:
    """The business's baseline measurement, recorded from its registered figures when it has none yet."""
    existing = baseline_of(session, business.id)
    if existing is not None:
        return existing
    scale = classify(business.modal_usaha or 0, business.annual_sales or 0)
    outcome = Outcome(
        id=uuid.uuid4(),
        business_id=business.id,
        case_id=case.id if case is not None else None,
        measured_on=on,
        annual_sales=business.annual_sales or 0,
        modal_usaha=business.modal_usaha or 0,
        workers=business.workers or 0,
        scale=scale.value,
        naik_kelas=False,
        nib_obtained=bool(business.nib),
        halal_obtained=bool(business.halal_number),
        pirt_obtained=bool(business.pirt_number),
        notes=BASELINE_NOTE,
    )
    session.add(outcome)
    session.flush()
    record_audit(session, actor, "outcome", outcome.id, "create")
    return outcome


def _validate(data: OutcomeInput) -> None:
    errors: dict[str, str] = {}
    for name, what in (("annual_sales", "Omzet tahunan"), ("modal_usaha", "Modal usaha")):
        value = getattr(data, name)
        if isinstance(value, bool) or not isinstance(value, int):
            errors[name] = f"{what} harus berupa bilangan bulat rupiah."
        elif value < 0:
            errors[name] = f"{what} tidak boleh negatif."
        elif value > MONEY_MAX:
            errors[name] = f"{what} terlalu besar (paling banyak {format_rupiah(MONEY_MAX)}); periksa jumlah nolnya."
    if isinstance(data.workers, bool) or not isinstance(data.workers, int) or data.workers < 0:
        errors["workers"] = "Jumlah tenaga kerja harus bilangan bulat, tidak negatif."
    elif data.workers > 100_000:
        errors["workers"] = "Jumlah tenaga kerja tidak masuk akal."
    if not isinstance(data.measured_on, date):
        errors["measured_on"] = "Tanggal pengukuran belum diisi."
    elif data.measured_on > date.today():
        errors["measured_on"] = "Tanggal pengukuran tidak boleh melewati hari ini."
    if errors:
        first = next(iter(errors))
        raise ServiceError(errors[first], field=first, errors=errors)


@requires("cases.write")
def record_outcome(
    ctx: ServiceContext,
    business_id: uuid.UUID | str,
    data: OutcomeInput,
    *,
    case_id: uuid.UUID | str | None = None,
    expected_history: tuple[tuple[uuid.UUID, int], ...] | None = None,
) -> OutcomeResult:
    """Record a measurement, recompute the business's size class and the naik kelas flags.

    ``case_id`` defaults to the business's aktif case, else its latest case (None when it never had one).
    ``expected_history`` is :func:`history_versions` of the list the form showed: the naik kelas preview the
    officer saw compares with that baseline, so a measurement a colleague recorded (or changed) since refuses
    with EditConflict (see services.versions)."""
    _validate(data)
    with ctx.db.transaction() as session:
        business = load_business(session, business_id)
        live = _live_outcomes(session, business.id)
        check_rows(session, business, live, expected_history, what=f"Hasil pengukuran {business.name}",
                   records=[("outcome", o.id) for o in live] + [("business", business.id)])
        if business.deleted_at is not None:
            raise ServiceError("UMKM ini sudah diarsipkan; hasil pengukuran tidak dapat dicatat.")
        case = _pick_case(session, business, case_id)
        base_on = case.opened_on if case is not None else business.created_at.date()
        baseline = ensure_baseline(session, ctx.actor, business, case, base_on)
        # The same day is allowed: a business registered (or a case opened) today is measured today too.
        if data.measured_on < baseline.measured_on:
            raise ServiceError(
                f"Tanggal pengukuran tidak boleh sebelum pengukuran awal ({format_tanggal(baseline.measured_on)}).",
                field="measured_on",
            )
        try:
            after = Measurement(data.measured_on, data.modal_usaha, data.annual_sales)
            before = Measurement(baseline.measured_on, baseline.modal_usaha, baseline.annual_sales)
        except RuleError as exc:
            raise ServiceError(exc.message, field=exc.field) from None
        grew = naik_kelas(before, after)
        outcome = Outcome(
            id=uuid.uuid4(),
            business_id=business.id,
            case_id=case.id if case is not None else None,
            measured_on=data.measured_on,
            annual_sales=data.annual_sales,
            modal_usaha=data.modal_usaha,
            workers=data.workers,
            scale=after.scale.value,
            naik_kelas=grew,
            notes=clean_text(data.notes, "outcome.notes", field="notes"),
            **{flag: bool(getattr(data, flag)) for flag in FLAGS},
        )
        session.add(outcome)
        session.flush()
        record_audit(session, ctx.actor, "outcome", outcome.id, "create")
        _apply_latest(session, ctx.actor, business)
        if case is not None and grew and not case.naik_kelas:
            case.naik_kelas = True
            record_audit(session, ctx.actor, "case", case.id, "update", {"naik_kelas": (False, True)})
            add_event(
                session, ctx.actor, case, "naik_kelas", label(SCALES, baseline.scale), label(SCALES, outcome.scale),
                note=f"Naik kelas menurut pengukuran {format_tanggal(data.measured_on)}",
            )
        sync_business(session, business.id)
        return OutcomeResult(outcome.id, outcome.scale, baseline.scale, grew)


def _pick_case(session: Session, business: Business, case_id: uuid.UUID | str | None) -> Case | None:
    if case_id is not None:
        case = load_case(session, case_id)
        if case.business_id != business.id:
            raise ServiceError("Pendampingan ini bukan milik UMKM tersebut.")
        return case
    cases = session.scalars(
        select(Case)
        .where(Case.business_id == business.id, Case.deleted_at.is_(None))
        .order_by(Case.opened_on, Case.created_at)
    ).all()
    return next((c for c in cases if c.status == "aktif"), cases[-1] if cases else None)


def _apply_latest(session: Session, actor: Actor, business: Business) -> None:
    outcomes = _live_outcomes(session, business.id)
    baseline, latest = outcomes[0], outcomes[-1]
    values = {
        "annual_sales": latest.annual_sales,
        "modal_usaha": latest.modal_usaha,
        "workers": latest.workers,
        "scale": latest.scale,
        "naik_kelas": latest is not baseline and latest.naik_kelas,
    }
    changes = {}
    for name, value in values.items():
        if getattr(business, name) != value:
            changes[name] = (getattr(business, name), value)
            setattr(business, name, value)
    if changes:
        record_audit(session, actor, "business", business.id, "update", changes)


def list_outcomes(ctx: ServiceContext, business_id: uuid.UUID | str) -> list[OutcomeView]:
    """Measurements of a business, oldest first (the first is the baseline)."""
    with ctx.db.read() as session:
        outcomes = _live_outcomes(session, as_uuid(business_id, "UMKM"))
        return [
            OutcomeView(
                id=o.id,
                case_id=o.case_id,
                measured_on=o.measured_on,
                annual_sales=o.annual_sales,
                modal_usaha=o.modal_usaha,
                workers=o.workers,
                scale=o.scale,
                naik_kelas=o.naik_kelas,
                is_baseline=index == 0,
                notes=o.notes,
                version=o.version,
                **{flag: getattr(o, flag) for flag in FLAGS},
            )
            for index, o in enumerate(outcomes)
        ]

"""Helpers shared by the case services (cases, activities, capital, outcomes, timeline).

Everything here works inside a caller's Session and never commits.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import CASE_STATUS, STAGE_KINDS, STAGE_ORDER, STAGE_STATUS, label
from umkm_desk.core.services.context import Actor, ServiceError
from umkm_desk.core.services.text_fields import clean_or_refuse
from umkm_desk.core.store.case_progress import refresh_progress
from umkm_desk.core.store.models import Activity, Business, Case, CaseEvent, Partner, Stage

STAGE_DONE = ("selesai", "dilewati")
STAGE_OPEN = ("belum", "berjalan")
CASE_CLOSED = ("selesai", "naik_kelas", "dihentikan")
REASON_MAX = 300
NOTE_MAX = 500


def as_uuid(value: uuid.UUID | str, what: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ServiceError(f"{what} tidak ditemukan.") from None


def today() -> date:
    return date.today()


def check_not_future(on: date, what: str, field: str | None = None) -> None:
    if on > today():
        raise ServiceError(f"{what} tidak boleh melewati hari ini.", field=field)


def clean_text(value: str | None, key: str, *, field: str | None = None) -> str | None:
    """Typed text through the one cleaning rule (services.text_fields, ``key`` names the field there)."""
    return clean_or_refuse(key, value, field=field)


def stage_label(kind: str | None) -> str:
    return label(STAGE_KINDS, kind)


def stage_status_label(status: str | None) -> str:
    return label(STAGE_STATUS, status)


def case_status_label(status: str | None) -> str:
    return label(CASE_STATUS, status)


def load_business(session: Session, business_id: uuid.UUID | str) -> Business:
    business = session.get(Business, as_uuid(business_id, "UMKM"))
    if business is None:
        raise ServiceError("UMKM tidak ditemukan.")
    return business


def load_case(session: Session, case_id: uuid.UUID | str) -> Case:
    case = session.get(Case, as_uuid(case_id, "Pendampingan"))
    if case is None or case.deleted_at is not None:
        raise ServiceError("Pendampingan tidak ditemukan.")
    return case


def load_stage(session: Session, stage_id: uuid.UUID | str) -> Stage:
    stage = session.get(Stage, as_uuid(stage_id, "Tahap"))
    if stage is None or stage.case.deleted_at is not None:
        raise ServiceError("Tahap pendampingan tidak ditemukan.")
    return stage


def load_partner(session: Session, partner_id: uuid.UUID | str) -> Partner:
    partner = session.get(Partner, as_uuid(partner_id, "Mitra"))
    if partner is None or partner.deleted_at is not None:
        raise ServiceError("Mitra tidak ditemukan atau sudah diarsipkan.")
    return partner


def require_active(case: Case, action: str) -> None:
    if case.status != "aktif":
        raise ServiceError(
            f"Pendampingan ini sudah ditutup ({case_status_label(case.status)}); {action} tidak dapat dilakukan."
        )


def ordered_stages(case: Case) -> list[Stage]:
    return sorted(case.stages, key=lambda s: s.seq)


def current_stage_of(case: Case) -> Stage | None:
    """The stage the case is at: the first one not yet finished or skipped; when all are, the last one."""
    stages = ordered_stages(case)
    for stage in stages:
        if stage.status in STAGE_OPEN:
            return stage
    return stages[-1] if stages else None


def add_event(
    session: Session,
    actor: Actor,
    case: Case,
    field: str,
    old: str | None,
    new: str | None,
    *,
    stage: Stage | None = None,
    note: str | None = None,
) -> CaseEvent:
    event = CaseEvent(
        id=uuid.uuid4(),
        case_id=case.id,
        stage_id=stage.id if stage is not None else None,
        field=field,
        from_value=old[:120] if old else old,
        to_value=new[:120] if new else new,
        note=note[:NOTE_MAX] if note else note,
        officer_id=actor.officer_id,
    )
    session.add(event)
    return event


def sync_business(session: Session, business_id: uuid.UUID) -> None:
    """Refresh the business's denormalised case columns from its cases and activities.

    The business's "current" case is its aktif case, else its most recently opened one. ``current_stage`` is that
    case's current stage (see :func:`current_stage_of`), ``current_partner_id`` the partner of that stage or, when
    it has none yet, of the latest earlier stage that had one. The progress of each of its cases (the board's
    grouping, store/case_progress.py) is refreshed here too: every stage write ends here.
    """
    session.flush()
    refresh_progress(session, Case.business_id == business_id)
    business = session.get(Business, business_id)
    if business is None:
        return
    cases = session.scalars(
        select(Case)
        .where(Case.business_id == business_id, Case.deleted_at.is_(None))
        .order_by(Case.opened_on, Case.created_at)
    ).all()
    current = next((c for c in cases if c.status == "aktif"), cases[-1] if cases else None)
    stage_kind: str | None = None
    partner_id: uuid.UUID | None = None
    status: str | None = None
    if current is not None:
        status = current.status
        stage = current_stage_of(current)
        if stage is not None:
            stage_kind = stage.kind
            for candidate in reversed([s for s in ordered_stages(current) if s.seq <= stage.seq]):
                if candidate.partner_id is not None:
                    partner_id = candidate.partner_id
                    break
    last = session.scalar(
        select(func.max(Activity.held_on)).where(Activity.business_id == business_id, Activity.deleted_at.is_(None))
    )
    partner = session.get(Partner, partner_id) if partner_id is not None else None
    values = {
        "case_status": status,
        "current_stage": stage_kind,
        "current_partner_id": partner_id,
        "partner_name": partner.name if partner is not None else None,  # the list sorts by it
        "last_activity_on": last,
    }
    for name, value in values.items():
        if getattr(business, name) != value:
            setattr(business, name, value)


__all__ = [
    "CASE_CLOSED",
    "STAGE_DONE",
    "STAGE_OPEN",
    "STAGE_ORDER",
    "add_event",
    "as_uuid",
    "check_not_future",
    "clean_text",
    "current_stage_of",
    "load_business",
    "load_case",
    "load_partner",
    "load_stage",
    "ordered_stages",
    "require_active",
    "sync_business",
    "today",
]

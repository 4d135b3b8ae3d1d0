"""Builders for the case tests (services and GUI): a registered business, partners with agreements and plans."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import (
    Activity,
    Agreement,
    AuditEntry,
    Business,
    CapitalSupport,
    Case,
    CaseEvent,
    Outcome,
    Owner,
    Partner,
    Repayment,
    Stage,
    WorkPlan,
)

CIPARE = "36.73.01.1002"
ALL_STAGES = ("capital", "mentoring", "marketing")
SNAPSHOT_MODELS = (Business, Case, Stage, CaseEvent, Activity, CapitalSupport, Repayment, Outcome, AuditEntry)


def make_business(
    ctx: ServiceContext,
    name: str = "Keripik Pisang Bu Sari",
    *,
    modal_usaha: int = 80_000_000,
    annual_sales: int = 600_000_000,
    workers: int = 3,
    archived: bool = False,
    kelurahan: str = CIPARE,
) -> uuid.UUID:
    with ctx.db.transaction() as session:
        owner = Owner(id=uuid.uuid4(), name="Sari Wulandari", sex="P")
        session.add(owner)
        session.flush()
        business = Business(
            id=uuid.uuid4(),
            owner_id=owner.id,
            name=name,
            sector="kuliner",
            kelurahan_code=kelurahan,
            kecamatan_code=kelurahan[:8],
            modal_usaha=modal_usaha,
            annual_sales=annual_sales,
            workers=workers,
            scale="mikro",
            search_text=name.lower(),
        )
        if archived:
            from umkm_desk.core.store.models import utcnow

            business.deleted_at = utcnow()
        session.add(business)
        return business.id


def make_partner(
    ctx: ServiceContext,
    name: str = "BAZNAS Kota Serang",
    *,
    kind: str = "zakat",
    stages: tuple[str, ...] = ALL_STAGES,
    signed_on: date = date(2025, 1, 10),
    valid_until: date = date(2027, 12, 31),
    quota: int | None = None,
    year: int = 2026,
) -> uuid.UUID:
    with ctx.db.transaction() as session:
        partner = Partner(id=uuid.uuid4(), name=name, kind=kind)
        session.add(partner)
        session.flush()
        session.add(
            Agreement(
                id=uuid.uuid4(),
                partner_id=partner.id,
                kind="mou",
                number=f"027/{name[:10]}/MoU/2025",
                signed_on=signed_on,
                valid_until=valid_until,
                **{f"covers_{kind}": kind in stages for kind in ALL_STAGES},
            )
        )
        if quota is not None:
            for stage in stages:
                session.add(WorkPlan(id=uuid.uuid4(), partner_id=partner.id, year=year, stage=stage, quota=quota))
        return partner.id


def snapshot(ctx: ServiceContext) -> dict[str, object]:
    """Row counts of every case table plus the business's denormalised columns and the stages' state."""
    with ctx.db.read() as session:
        counts = {m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in SNAPSHOT_MODELS}
        businesses = session.execute(
            select(Business.id, Business.case_status, Business.current_stage, Business.current_partner_id,
                   Business.last_activity_on, Business.scale, Business.naik_kelas).order_by(Business.id)
        ).all()
        stages = session.execute(
            select(Stage.id, Stage.status, Stage.partner_id, Stage.started_on, Stage.finished_on).order_by(Stage.id)
        ).all()
        cases = session.execute(select(Case.id, Case.status, Case.naik_kelas).order_by(Case.id)).all()
        supports = session.execute(select(CapitalSupport.id, CapitalSupport.status)).all()
        repayments = session.execute(select(Repayment.id, Repayment.amount_paid).order_by(Repayment.id)).all()
        return {
            "counts": counts,
            "businesses": [tuple(r) for r in businesses],
            "stages": [tuple(r) for r in stages],
            "cases": [tuple(r) for r in cases],
            "supports": sorted(tuple(r) for r in supports),
            "repayments": [tuple(r) for r in repayments],
        }

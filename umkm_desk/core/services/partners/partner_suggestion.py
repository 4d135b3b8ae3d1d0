"""Which partner should take a business's stage, and why.

Only partners with a valid agreement covering the stage today are suggested at all (the cases service
refuses the others). Among them the ranking adds:

* remaining work-plan quota this year: partners with room rank higher, the more room the higher; a partner
  whose quota is used up drops below every partner that still has room (and below those without a plan),
  with a warning reason;
* an active KKM/KKN placement covering the business's kelurahan: students are already there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.wilayah import kelurahan as kelurahan_info
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.partners.partner_rules import (
    STAGE_LABELS,
    check_stage_kind,
    quota_status,
    valid_agreement_for,
)
from umkm_desk.core.services.partners.partners import AGREEMENT_KINDS
from umkm_desk.core.store.models import Business, Partner, Placement, PlacementArea

AGREEMENT_SCORE = 100
QUOTA_ROOM_SCORE = 30  # any room left in this year's plan
QUOTA_SHARE_SCORE = 20  # plus up to this much in proportion to the share still free
PLACEMENT_SCORE = 40
QUOTA_EXHAUSTED_PENALTY = -60
#: An agreement ending within this many days may end before the stage does (a stage takes months): the
#: suggestion says so, and the assign dialog does not preselect it.
EXPIRY_WARNING_DAYS = 90


@dataclass(frozen=True)
class Suggestion:
    partner_id: uuid.UUID
    name: str
    score: int
    reasons: list[str] = field(default_factory=list)
    #: True when this year's quota is used up; the reasons then include a "Peringatan: ..." line
    quota_exhausted: bool = False
    agreement_id: uuid.UUID | None = None
    #: True when the agreement ends within ``EXPIRY_WARNING_DAYS``; the reasons then say when
    expires_soon: bool = False


def suggest_partners(
    ctx: ServiceContext, business_id: uuid.UUID, stage_kind: str, today: date | None = None
) -> list[Suggestion]:
    """Live partners able to take ``stage_kind`` for the business, best first (ties by name)."""
    check_stage_kind(stage_kind)
    today = today or date.today()
    stage_label = STAGE_LABELS[stage_kind]
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        if business is None or business.deleted_at is not None:
            raise ServiceError("UMKM tidak ditemukan; mungkin sudah diarsipkan.")
        try:
            kel_name = kelurahan_info(business.kelurahan_code).name
        except RuleError:
            kel_name = business.kelurahan_code

        placements: dict[uuid.UUID, list[Placement]] = {}
        for placement in session.scalars(
            select(Placement)
            .join(PlacementArea, PlacementArea.placement_id == Placement.id)
            .where(
                PlacementArea.kelurahan_code == business.kelurahan_code,
                Placement.deleted_at.is_(None),
                Placement.period_start <= today,
                Placement.period_end >= today,
            )
            .order_by(Placement.period_end.desc())
        ):
            placements.setdefault(placement.partner_id, []).append(placement)

        suggestions = []
        for partner in session.scalars(select(Partner).where(Partner.deleted_at.is_(None))):
            agreement = valid_agreement_for(session, partner.id, stage_kind, today)
            if agreement is None:
                continue
            score = AGREEMENT_SCORE
            reasons = [
                f"{AGREEMENT_KINDS.get(agreement.kind, agreement.kind)} {agreement.number} mencakup tahap {stage_label} "
                f"(berlaku sampai {format_tanggal(agreement.valid_until)})"
            ]
            days_left = (agreement.valid_until - today).days
            expires_soon = days_left <= EXPIRY_WARNING_DAYS
            if expires_soon:
                reasons.append(
                    f"Peringatan: {AGREEMENT_KINDS.get(agreement.kind, agreement.kind)} berakhir dalam {days_left} hari "
                    f"({format_tanggal(agreement.valid_until)}), mungkin sebelum tahap {stage_label} selesai"
                )
            quota = quota_status(session, partner.id, today.year, stage_kind)
            if quota.quota is None:
                reasons.append(f"Belum ada rencana kerja {today.year} untuk tahap {stage_label}")
            elif quota.exhausted:
                score += QUOTA_EXHAUSTED_PENALTY
                reasons.append(
                    f"Peringatan: kuota {today.year} sudah habis ({quota.used} dari {quota.quota} UMKM)"
                )
            else:
                assert quota.remaining is not None
                score += QUOTA_ROOM_SCORE + round(QUOTA_SHARE_SCORE * quota.remaining / quota.quota)
                reasons.append(f"Sisa kuota {today.year}: {quota.remaining} dari {quota.quota} UMKM")
            for placement in placements.get(partner.id, [])[:1]:
                score += PLACEMENT_SCORE
                group = placement.group_name
                if not group.lower().startswith("kelompok"):
                    group = f"Kelompok {group}"
                reasons.append(
                    f"{group} bertugas di Kel. {kel_name} "
                    f"sampai {format_tanggal(placement.period_end)}"
                )
            suggestions.append(
                Suggestion(
                    partner_id=partner.id,
                    name=partner.name,
                    score=score,
                    reasons=reasons,
                    quota_exhausted=quota.exhausted,
                    agreement_id=agreement.id,
                    expires_soon=expires_soon,
                )
            )
    suggestions.sort(key=lambda s: (-s.score, s.name.lower()))
    return suggestions

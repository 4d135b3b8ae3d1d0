"""Plan against realisation (target vs realisasi) per partner and stage for one year.

* quota and budget come from the live work plans of that year;
* realised counts distinct businesses whose stage of that kind has the partner and counts towards the year
  (same rule as :func:`partner_rules.quota_status`);
* disbursed sums capital support from the partner with status "dicairkan" and a disbursement date in that
  year; it is reported on the partner's Permodalan row.

A partner with realisation or disbursements but no plan still gets a row (quota None), so nothing done is
hidden from the report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners.partner_rules import realised_stages_query
from umkm_desk.core.store.models import CapitalSupport, Partner, Stage, WorkPlan


@dataclass(frozen=True)
class RealisationRow:
    partner_id: uuid.UUID
    partner_name: str
    partner_kind: str
    stage: str
    quota: int | None
    realised: int
    budget: int
    disbursed: int

    @property
    def percent(self) -> float | None:
        """Realised as a share of the quota, in percent (may exceed 100); None without a plan."""
        if not self.quota:
            return None
        return 100.0 * self.realised / self.quota

    @property
    def budget_percent(self) -> float | None:
        if not self.budget:
            return None
        return 100.0 * self.disbursed / self.budget


def target_vs_realisasi(
    ctx: ServiceContext, year: int, *, partner_id: uuid.UUID | None = None
) -> list[RealisationRow]:
    """Rows ordered by partner name, then stage in journey order (capital, mentoring, marketing)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ctx.db.read() as session:
        # one partner (the Mitra page) is asked of its own rows only: through ix_stage_partner_id that is a few
        # hundred stages instead of every stage of the year
        only = partner_id is not None
        partners = {
            p.id: p
            for p in session.scalars(
                select(Partner).where(Partner.deleted_at.is_(None), *([Partner.id == partner_id] if only else []))
            )
        }
        plans: dict[tuple[uuid.UUID, str], tuple[int | None, int]] = {}
        for plan in session.scalars(
            select(WorkPlan).where(WorkPlan.year == year, WorkPlan.deleted_at.is_(None),
                                   *([WorkPlan.partner_id == partner_id] if only else []))
        ):
            plans[(plan.partner_id, plan.stage)] = (plan.quota, plan.budget)
        realised: dict[tuple[uuid.UUID, str], int] = {
            (pid, kind): int(count)
            for pid, kind, count in session.execute(
                realised_stages_query(year).where(Stage.partner_id == partner_id)
                if only else realised_stages_query(year)
            )
            if pid is not None  # the query's WHERE already says so; this tells the type checker
        }
        disbursed: dict[uuid.UUID, int] = {
            pid: int(total or 0)
            for pid, total in session.execute(
                select(CapitalSupport.partner_id, func.sum(CapitalSupport.amount))
                .where(
                    CapitalSupport.partner_id.is_not(None),
                    CapitalSupport.deleted_at.is_(None),
                    CapitalSupport.status == "dicairkan",
                    CapitalSupport.disbursed_on.between(first, last),
                    *([CapitalSupport.partner_id == partner_id] if only else []),
                )
                .group_by(CapitalSupport.partner_id)
            )
            if pid is not None  # as above
        }
        keys = set(plans) | {k for k, n in realised.items() if n} | {(p, "capital") for p, v in disbursed.items() if v}
        rows = []
        for pid, stage in keys:
            partner = partners.get(pid)
            if partner is None or stage not in STAGE_ORDER:
                continue
            quota, budget = plans.get((pid, stage), (None, 0))
            rows.append(
                RealisationRow(
                    partner_id=pid,
                    partner_name=partner.name,
                    partner_kind=partner.kind,
                    stage=stage,
                    quota=quota,
                    realised=realised.get((pid, stage), 0),
                    budget=budget,
                    disbursed=disbursed.get(pid, 0) if stage == "capital" else 0,
                )
            )
    rows.sort(key=lambda r: (r.partner_name.lower(), STAGE_ORDER.index(r.stage)))
    return rows

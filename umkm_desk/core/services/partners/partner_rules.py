"""Partner rules other services ask about: which agreement lets a partner work on a stage, how much of a
work-plan quota is used, and whether an agreement is still in force.

Functions here take a Session and only read; they never commit. The cases service calls them inside its own
transaction so that the check and the write see the same data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from umkm_desk.core import labels
from umkm_desk.core.store.models import Agreement, Business, Case, Partner, Stage, WorkPlan

StageKind = Literal["capital", "mentoring", "marketing"]
AgreementState = Literal["berlaku", "segera_berakhir", "kedaluwarsa"]

STAGE_LABELS: dict[str, str] = labels.STAGE_KINDS
#: An agreement ending within this many days is flagged "segera berakhir".
EXPIRING_DAYS = 60
#: Stage statuses that count against a quota even when no start date was typed.
_COUNTED_STATUSES = ("berjalan", "selesai")

_COVER_COLUMN = {
    "capital": Agreement.covers_capital,
    "mentoring": Agreement.covers_mentoring,
    "marketing": Agreement.covers_marketing,
}


class _HasValidUntil(Protocol):
    valid_until: date


def check_stage_kind(stage_kind: str) -> str:
    if stage_kind not in labels.STAGE_ORDER:
        raise ValueError(f"unknown stage kind {stage_kind!r}")
    return stage_kind


def covers(agreement: Agreement, stage_kind: str) -> bool:
    return bool(getattr(agreement, f"covers_{check_stage_kind(stage_kind)}"))


def covered_stages(agreement: Agreement) -> list[str]:
    return [kind for kind in labels.STAGE_ORDER if getattr(agreement, f"covers_{kind}")]


def agreement_state(agreement: _HasValidUntil, today: date) -> AgreementState:
    """"kedaluwarsa" after ``valid_until``; "segera_berakhir" from 60 days before it up to and including the
    last day; "berlaku" otherwise. Accepts any object with a ``valid_until`` date (ORM row or view)."""
    days_left = (agreement.valid_until - today).days
    if days_left < 0:
        return "kedaluwarsa"
    if days_left <= EXPIRING_DAYS:
        return "segera_berakhir"
    return "berlaku"


def valid_agreement_for(
    session: Session, partner_id: uuid.UUID, stage_kind: str, on_date: date
) -> Agreement | None:
    """The live agreement of a live partner that covers ``stage_kind`` on ``on_date`` (signed on or before it,
    valid through it); when several do, the one that runs longest."""
    column = _COVER_COLUMN[check_stage_kind(stage_kind)]
    return session.scalars(
        select(Agreement)
        .join(Partner, Partner.id == Agreement.partner_id)
        .where(
            Agreement.partner_id == partner_id,
            Agreement.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            column.is_(True),
            Agreement.signed_on <= on_date,
            Agreement.valid_until >= on_date,
        )
        .order_by(Agreement.valid_until.desc(), Agreement.signed_on.desc())
        .limit(1)
    ).first()


@dataclass(frozen=True)
class QuotaStatus:
    """A partner's work-plan quota for one year and stage. ``quota`` is None when there is no work plan."""

    quota: int | None
    used: int
    remaining: int | None  # never negative; see ``over`` for how far past the quota

    @property
    def exhausted(self) -> bool:
        """True when a plan exists and every place in it is taken (the cases service warns then)."""
        return self.quota is not None and self.used >= self.quota

    @property
    def over(self) -> int:
        return 0 if self.quota is None else max(self.used - self.quota, 0)


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _realised_conditions(first: date, last: date) -> list[ColumnElement[bool]]:
    """The stages that count towards a quota between ``first`` and ``last`` (Case and Business joined)."""
    return [Business.deleted_at.is_(None), *_realised_stage_conditions(first, last)]


def _realised_stage_conditions(first: date, last: date) -> list[ColumnElement[bool]]:
    """The same, but for the business's being live (Case joined)."""
    return [
        Stage.partner_id.is_not(None),
        Stage.status != "dilewati",
        Case.deleted_at.is_(None),
        or_(
            Stage.started_on.between(first, last),
            and_(
                Stage.started_on.is_(None),
                Stage.status.in_(_COUNTED_STATUSES),
                Case.opened_on.between(first, last),
            ),
        ),
    ]


def realised_stages_query(year: int) -> Select[uuid.UUID | None, str, int]:
    """(partner_id, stage kind, distinct businesses) for stages that count towards ``year``'s quota.

    A stage counts for a year when its partner is set, it was not skipped, its case and business are live,
    and either it started in that year, or it has no start date but is berjalan/selesai in a case opened
    that year."""
    first, last = _year_bounds(year)
    return (
        select(Stage.partner_id, Stage.kind, func.count(func.distinct(Case.business_id)))
        .join(Case, Case.id == Stage.case_id)
        .join(Business, Business.id == Case.business_id)
        .where(*_realised_conditions(first, last))
        .group_by(Stage.partner_id, Stage.kind)
    )


def realised_stage_facts(first: date, last: date, business_is_live: ColumnElement[bool] | None = None, *,
                         distinct: bool = True) -> Select[uuid.UUID | None, str, uuid.UUID]:
    """(partner_id, stage kind, business_id), once each, for the stages that count towards a quota between
    ``first`` and ``last`` by the rule of :func:`realised_stages_query`: the rows behind its counts (the reports
    read realisation from these, to the end of any period). Further conditions may name Stage, Case and
    Business; or, given ``business_is_live`` (a condition on Case.business_id that stands for the business's
    being live), Stage and Case only, and the wide business rows are not read. ``distinct=False``: every
    counting stage, for a caller that counts the distinct businesses itself."""
    stmt = select(Stage.partner_id, Stage.kind, Case.business_id).join(Case, Case.id == Stage.case_id)
    if business_is_live is None:
        stmt = stmt.join(Business, Business.id == Case.business_id).where(*_realised_conditions(first, last))
    else:
        stmt = stmt.where(business_is_live, *_realised_stage_conditions(first, last))
    return stmt.distinct() if distinct else stmt


def quota_status(session: Session, partner_id: uuid.UUID, year: int, stage_kind: str) -> QuotaStatus:
    check_stage_kind(stage_kind)
    quota = session.scalar(
        select(WorkPlan.quota).where(
            WorkPlan.partner_id == partner_id,
            WorkPlan.year == year,
            WorkPlan.stage == stage_kind,
            WorkPlan.deleted_at.is_(None),
        )
    )
    query = realised_stages_query(year).where(Stage.partner_id == partner_id, Stage.kind == stage_kind)
    row = session.execute(query).first()
    used = int(row[2]) if row else 0
    remaining = None if quota is None else max(quota - used, 0)
    return QuotaStatus(quota=quota, used=used, remaining=remaining)

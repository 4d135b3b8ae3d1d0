"""Beranda: today's and overdue follow-ups, counts per stage and status, recent activity.

Follow-ups are the follow-up dates of activities of aktif cases of live businesses that are not yet marked done
(see activities.set_follow_up_done).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts, inline_int
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import Activity, Business, Case, Officer, Stage

__all__ = ["Dashboard", "FollowUp", "RecentActivity", "dashboard"]


@dataclass(frozen=True)
class FollowUp:
    activity_id: uuid.UUID
    case_id: uuid.UUID
    business_id: uuid.UUID
    business_name: str
    kind: str
    market_kind: str | None
    stage_kind: str | None
    held_on: date
    due_on: date
    notes: str | None
    officer_name: str | None
    version: int = 1  # handed back by set_follow_up_done (services.versions)


@dataclass(frozen=True)
class RecentActivity:
    activity_id: uuid.UUID
    case_id: uuid.UUID
    business_name: str
    kind: str
    market_kind: str | None
    stage_kind: str | None
    held_on: date
    notes: str | None
    officer_name: str | None


@dataclass(frozen=True)
class Dashboard:
    today: date
    today_follow_ups: list[FollowUp]
    overdue_follow_ups: list[FollowUp]
    overdue_total: int
    #: all follow-ups due today (the list above holds at most ``limit`` of them)
    today_total: int
    #: aktif cases by current stage and its status: {"capital": {"belum": n, "berjalan": n}, ...}
    stage_counts: dict[str, dict[str, int]]
    ready_to_close: int
    #: cases by status: {"aktif": n, "selesai": n, "naik_kelas": n, "dihentikan": n}
    status_counts: dict[str, int]
    recent: list[RecentActivity] = field(default_factory=list)

    @property
    def active_total(self) -> int:
        return self.status_counts.get("aktif", 0)


def _follow_up_query() -> Select[Activity, str, str, str]:
    return (
        select(Activity, Business.name, Stage.kind, Officer.name)
        .join(Case, Case.id == Activity.case_id)
        .join(Business, Business.id == Activity.business_id)
        .outerjoin(Stage, Stage.id == Activity.stage_id)
        .outerjoin(Officer, Officer.id == Activity.officer_id)
        .where(  # the terms of the partial index ix_activity_open_follow_up_on
            Activity.follow_up_done.is_(False),
            Activity.deleted_at.is_(None),
            Activity.follow_up_on.is_not(None),
            Case.status == "aktif",
            Case.deleted_at.is_(None),
            Business.deleted_at.is_(None),
        )
    )


def _follow_up(row: Row[Activity, str, str, str]) -> FollowUp:
    a, name, stage_kind, officer = row
    assert a.follow_up_on is not None  # the query reads open follow-ups only (follow_up_on IS NOT NULL)
    return FollowUp(a.id, a.case_id, a.business_id, name, a.kind, a.market_kind, stage_kind, a.held_on,
                    a.follow_up_on, a.notes, officer, a.version)


def _open_follow_ups(session: Session, due: ColumnElement[bool]) -> int:
    """How many open follow-ups of live cases are ``due``. Counted over the open follow-up index and the cases
    alone: the joins of the lists cost a lookup in the wide business table per follow-up (thousands); the few
    archived businesses are excluded instead."""
    return session.scalar(
        select(func.count())
        .select_from(Activity)
        .join(Case, Case.id == Activity.case_id)
        .where(
            Activity.follow_up_done.is_(False),
            Activity.deleted_at.is_(None),
            Activity.follow_up_on.is_not(None),
            due,
            Case.status == "aktif",
            Case.deleted_at.is_(None),
            Activity.business_id.not_in(select(Business.id).where(Business.deleted_at.is_not(None))),
        )
    ) or 0


def dashboard(ctx: ServiceContext, today: date | None = None, *, limit: int = 50) -> Dashboard:
    today = today or date.today()
    counts = board_counts(ctx, BoardFilter(), today=today)
    stage_counts: dict[str, dict[str, int]] = {}
    for (column, status), n in counts.items():
        if column in STAGE_ORDER:
            stage_counts.setdefault(column, {"belum": 0, "berjalan": 0})[status] = n
    status_counts = {
        "aktif": sum(n for (column, _), n in counts.items() if column != "closed"),
        **{status: counts[("closed", status)] for status in ("selesai", "naik_kelas", "dihentikan")},
    }
    with ctx.db.read() as session:
        due_today = session.execute(
            _follow_up_query().where(Activity.follow_up_on == today).order_by(Business.name).limit(inline_int(limit))
        ).all()
        overdue = session.execute(
            _follow_up_query().where(Activity.follow_up_on < today)
            .order_by(Activity.follow_up_on, Business.name).limit(inline_int(limit))
        ).all()
        overdue_total = _open_follow_ups(session, Activity.follow_up_on < today)
        today_total = _open_follow_ups(session, Activity.follow_up_on == today)
        # The newest activities first by the held_on index alone, then joined: letting the planner start from
        # the business table sorts every activity (seconds at 100,000 businesses).
        newest = (
            select(Activity.id)
            .where(Activity.deleted_at.is_(None))
            .order_by(Activity.held_on.desc(), Activity.created_at.desc())
            .limit(inline_int(limit * 2))
            .subquery("newest")
        )
        recent_rows = session.execute(
            select(Activity, Business.name, Stage.kind, Officer.name)
            .join(newest, newest.c.id == Activity.id)
            .join(Case, Case.id == Activity.case_id)
            .join(Business, Business.id == Activity.business_id)
            .outerjoin(Stage, Stage.id == Activity.stage_id)
            .outerjoin(Officer, Officer.id == Activity.officer_id)
            .where(Activity.deleted_at.is_(None), Case.deleted_at.is_(None), Business.deleted_at.is_(None))
            .order_by(Activity.held_on.desc(), Activity.created_at.desc())
            .limit(inline_int(limit))
        ).all()
        recent = [
            RecentActivity(a.id, a.case_id, name, a.kind, a.market_kind, kind, a.held_on, a.notes, officer)
            for a, name, kind, officer in recent_rows
        ]
        return Dashboard(
            today=today,
            today_follow_ups=[_follow_up(r) for r in due_today],
            overdue_follow_ups=[_follow_up(r) for r in overdue],
            overdue_total=overdue_total,
            today_total=today_total,
            stage_counts=stage_counts,
            ready_to_close=counts[("ready", "aktif")],
            status_counts=status_counts,
            recent=recent,
        )

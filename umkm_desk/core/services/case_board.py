"""The Pendampingan board: cases grouped by stage and status, with filters, in a few indexed queries.

Groups (``GroupKey = (column, status)``):

* aktif cases by their current stage and its status: ("capital" | "mentoring" | "marketing", "belum" | "berjalan");
* aktif cases whose three stages are all selesai or dilewati: ("ready", "aktif") -- "siap ditutup";
* closed cases by status: ("closed", "selesai" | "naik_kelas" | "dihentikan").

The current stage of an aktif case is read from the business's denormalised ``current_stage`` (kept in sync by
the case services), so grouping is one join on ``stage(case_id, kind)`` instead of an aggregate over all stages.
Filters: partner (any stage of the case), officer (the case's or any stage's), kecamatan, year (the case was
open at some time in that year), text search, and overdue follow-ups only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, literal_column, or_, select
from sqlalchemy.orm import aliased

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import (
    Activity,
    Business,
    Case,
    Kecamatan,
    Kelurahan,
    Officer,
    Owner,
    Partner,
    Stage,
)

__all__ = [
    "GROUPS",
    "BoardFilter",
    "CaseRow",
    "FilterOptions",
    "GroupKey",
    "board_counts",
    "board_rows",
    "filter_options",
]

GroupKey = tuple[str, str]
GROUPS: tuple[GroupKey, ...] = (
    ("capital", "belum"),
    ("capital", "berjalan"),
    ("mentoring", "belum"),
    ("mentoring", "berjalan"),
    ("marketing", "belum"),
    ("marketing", "berjalan"),
    ("ready", "aktif"),
    ("closed", "selesai"),
    ("closed", "naik_kelas"),
    ("closed", "dihentikan"),
)
_DONE = ("selesai", "dilewati")


@dataclass(frozen=True)
class BoardFilter:
    partner_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None
    kecamatan_code: str | None = None
    year: int | None = None
    search: str = ""
    overdue_only: bool = False


@dataclass(frozen=True)
class CaseRow:
    case_id: uuid.UUID
    business_id: uuid.UUID
    business_name: str
    owner_name: str
    kelurahan_name: str
    kecamatan_name: str
    group: GroupKey
    case_status: str
    stage_kind: str | None
    stage_status: str | None
    partner_name: str | None
    officer_name: str | None
    opened_on: date
    closed_on: date | None
    last_activity_on: date | None
    next_follow_up: date | None
    overdue: bool


@dataclass(frozen=True)
class FilterOptions:
    partners: list[tuple[uuid.UUID, str]]
    officers: list[tuple[uuid.UUID, str]]
    kecamatan: list[tuple[str, str]]
    years: list[int]


_current = aliased(Stage, name="current_stage")


def inline_int(n: int) -> ColumnElement[int]:
    """An integer written into the SQL rather than bound: SQLite plans LIMIT/OFFSET given as parameters
    much worse here (seconds instead of milliseconds at 100,000 businesses)."""
    return literal_column(str(int(n)))


def _group_columns() -> tuple:
    column = case(
        (Case.status != "aktif", literal("closed")),
        (_current.status.in_(_DONE), literal("ready")),
        else_=Business.current_stage,
    )
    status = case(
        (Case.status != "aktif", Case.status),
        (_current.status.in_(_DONE), literal("aktif")),
        else_=_current.status,
    )
    return column, status


def _overdue(today: date):  # noqa: ANN202 - SQL expression
    return exists().where(
        Activity.case_id == Case.id,
        Activity.deleted_at.is_(None),
        Activity.follow_up_done.is_(False),
        Activity.follow_up_on < today,
    )


def _base(select_stmt: Select, f: BoardFilter, today: date) -> Select:
    stmt = (
        select_stmt.select_from(Case)
        .join(Business, Business.id == Case.business_id)
        .outerjoin(_current, and_(_current.case_id == Case.id, _current.kind == Business.current_stage,
                                  Case.status == "aktif"))
        # coalesce() hides business.deleted_at from SQLite's index choice, so the scan starts from the cases (fewer
        # than the businesses) instead of walking every live business: twice as fast at 100,000 businesses.
        .where(Case.deleted_at.is_(None), func.coalesce(Business.deleted_at, None).is_(None))
    )
    if f.partner_id is not None:
        stmt = stmt.where(exists().where(Stage.case_id == Case.id, Stage.partner_id == f.partner_id))
    if f.officer_id is not None:
        stmt = stmt.where(
            or_(Case.officer_id == f.officer_id,
                exists().where(Stage.case_id == Case.id, Stage.officer_id == f.officer_id))
        )
    if f.kecamatan_code:
        stmt = stmt.where(Business.kecamatan_code == f.kecamatan_code)
    if f.year is not None:
        stmt = stmt.where(
            Case.opened_on <= date(f.year, 12, 31),
            or_(Case.closed_on.is_(None), Case.closed_on >= date(f.year, 1, 1)),
        )
    text = " ".join(f.search.lower().split())
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(or_(Business.search_text.like(like), func.lower(Business.name).like(like)))
    if f.overdue_only:
        stmt = stmt.where(Case.status == "aktif", _overdue(today))
    return stmt


def board_counts(ctx: ServiceContext, f: BoardFilter | None = None, *, today: date | None = None) -> dict[GroupKey, int]:
    """Number of cases in every group (all of GROUPS present, zeros included)."""
    f = f or BoardFilter()
    today = today or date.today()
    column, status = _group_columns()
    stmt = _base(select(column, status, func.count()), f, today).group_by(column, status)
    counts = dict.fromkeys(GROUPS, 0)
    with ctx.db.read() as session:
        for col, st, n in session.execute(stmt):
            key = (col, st)
            if key in counts:
                counts[key] += n
            elif col in ("capital", "mentoring", "marketing"):
                counts[key] = n
    return counts


def overdue_count(ctx: ServiceContext, f: BoardFilter | None = None, *, today: date | None = None) -> int:
    today = today or date.today()
    f = f or BoardFilter()
    stmt = _base(select(func.count()), f, today).where(Case.status == "aktif", _overdue(today))
    with ctx.db.read() as session:
        return session.scalar(stmt) or 0


def board_rows(
    ctx: ServiceContext,
    f: BoardFilter | None = None,
    group: GroupKey | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[CaseRow]:
    """One page of cases (of one group, or all): overdue first, then by next follow-up, then name."""
    f = f or BoardFilter()
    today = today or date.today()
    column, status = _group_columns()
    # Open follow-ups aggregated once per case (one pass over the follow-up index) instead of a correlated
    # subquery per case: ordering 50,000 cases by their next follow-up stays well under a second.
    follow = (
        select(Activity.case_id.label("case_id"), func.min(Activity.follow_up_on).label("next_on"))
        .where(Activity.follow_up_on.is_not(None), Activity.deleted_at.is_(None), Activity.follow_up_done.is_(False))
        .group_by(Activity.case_id)
        .subquery("follow")
    )
    next_follow = follow.c.next_on
    current_partner = aliased(Partner, name="current_partner")
    overdue = case((and_(Case.status == "aktif", next_follow < today), 1), else_=0)
    stmt = _base(
        select(
            Case.id, Business.id, Business.name, Owner.name, Kelurahan.name, Kecamatan.name, column, status,
            Case.status, _current.kind, _current.status, current_partner.name,
            Officer.name, Case.opened_on, Case.closed_on, Business.last_activity_on, next_follow, overdue,
        ),
        f,
        today,
    )
    stmt = (
        stmt.join(Owner, Owner.id == Business.owner_id)
        .outerjoin(Kelurahan, Kelurahan.code == Business.kelurahan_code)
        .outerjoin(Kecamatan, Kecamatan.code == Business.kecamatan_code)
        .outerjoin(current_partner, current_partner.id == _current.partner_id)
        .outerjoin(Officer, Officer.id == Case.officer_id)
        .outerjoin(follow, follow.c.case_id == Case.id)
    )
    if group is not None:
        col, st = group
        if col == "closed":
            stmt = stmt.where(Case.status == st)
        elif col == "ready":
            stmt = stmt.where(Case.status == "aktif", _current.status.in_(_DONE))
        else:
            stmt = stmt.where(Case.status == "aktif", Business.current_stage == col, _current.status == st)
    stmt = stmt.order_by(overdue.desc(), next_follow.is_(None), next_follow, Business.name, Case.id)
    stmt = stmt.offset(inline_int(max(offset, 0))).limit(inline_int(max(limit, 0)))
    with ctx.db.read() as session:
        rows = session.execute(stmt).all()
        # Cases whose current stage has no partner (closed cases, stages not assigned yet) show the partner of
        # their latest stage that has one; looked up for this page only.
        missing = [r[0] for r in rows if r[11] is None]
        latest: dict[uuid.UUID, str] = {}
        if missing:
            for case_id, name in session.execute(
                select(Stage.case_id, Partner.name)
                .join(Partner, Partner.id == Stage.partner_id)
                .where(Stage.case_id.in_(missing))
                .order_by(Stage.seq)
            ):
                latest[case_id] = name
    return [
        CaseRow(
            case_id=r[0], business_id=r[1], business_name=r[2], owner_name=r[3], kelurahan_name=r[4] or "",
            kecamatan_name=r[5] or "", group=(r[6], r[7]), case_status=r[8], stage_kind=r[9], stage_status=r[10],
            partner_name=r[11] or latest.get(r[0]), officer_name=r[12], opened_on=r[13], closed_on=r[14],
            last_activity_on=r[15], next_follow_up=r[16], overdue=bool(r[17]),
        )
        for r in rows
    ]


def filter_options(ctx: ServiceContext) -> FilterOptions:
    """Choices for the board filters: live partners and officers, Kota Serang's kecamatan, case years."""
    with ctx.db.read() as session:
        partners = session.execute(
            select(Partner.id, Partner.name).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
        ).all()
        officers = session.execute(
            select(Officer.id, Officer.name).where(Officer.deleted_at.is_(None)).order_by(Officer.name)
        ).all()
        kecamatan = session.execute(
            select(Kecamatan.code, Kecamatan.name)
            .where(exists().where(Kelurahan.kecamatan_code == Kecamatan.code))
            .order_by(Kecamatan.name)
        ).all()
        bounds = session.execute(
            select(func.min(Case.opened_on), func.max(func.coalesce(Case.closed_on, Case.opened_on)))
            .where(Case.deleted_at.is_(None))
        ).one()
    this_year = date.today().year
    first = bounds[0].year if bounds[0] else this_year
    last = max(bounds[1].year if bounds[1] else this_year, this_year)
    return FilterOptions(
        partners=[(r[0], r[1]) for r in partners],
        officers=[(r[0], r[1]) for r in officers],
        kecamatan=[(r[0], r[1]) for r in kecamatan],
        years=list(range(last, first - 1, -1)),
    )

"""The Pendampingan board: cases grouped by stage and status, with filters, in a few indexed queries.

Groups (``GroupKey = (column, status)``):

* aktif cases by their current stage and its status: ("capital" | "mentoring" | "marketing", "belum" | "berjalan");
* aktif cases whose three stages are all selesai or dilewati: ("ready", "aktif") -- "siap ditutup";
* closed cases by status: ("closed", "selesai" | "naik_kelas" | "dihentikan").

The current stage of an aktif case is its first stage (by seq) that is belum or berjalan, the rule that
``_case_support.sync_business`` copies into business.current_stage; it is stored with the case as
``assist_case.progress`` (store/case_progress.py), so counting reads the index ix_assist_case_board alone and
no stage row. Counting needs no business row at all (archived businesses are excluded through their own index);
a page of rows joins the business for the order by name and reads the columns it shows for its own ids only.
Filters: partner (any stage of the case), officer (the case's or any stage's), kecamatan, year (the case was
open at some time in that year), text search, and overdue follow-ups only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Integer, Select, and_, case, exists, func, literal_column, or_, select

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.rules.text import searchable
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.id_sets import in_ids
from umkm_desk.core.store.models import (
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
    "case_progress",
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
_OPEN = ("belum", "berjalan")
_Ts = TypeVarTuple("_Ts")  # the columns of a board query


@dataclass(frozen=True)
class BoardFilter:
    partner_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None
    kecamatan_code: str | None = None
    year: int | None = None
    search: str = ""
    overdue_only: bool = False
    #: only these cases (the list behind a number on the Laporan page); None: no such narrowing
    case_ids: frozenset[uuid.UUID] | None = None


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


def inline_int(n: int) -> ColumnElement[int]:
    """An integer written into the SQL rather than bound: SQLite plans LIMIT/OFFSET given as parameters
    much worse here (seconds instead of milliseconds at 100,000 businesses)."""
    return literal_column(str(int(n)))


# --- per-case facts, each read from a few entries of a narrow index -----------------------------------------
#
# Every query below reads each case's facts from the case itself (its stored progress and next follow-up, see
# store/case_progress.py, in the covering indexes ix_assist_case_board and ix_assist_case_follow), never from the
# wide business, stage or activity rows. The business table is joined only when a filter or the page's order
# needs its columns; otherwise archived businesses are excluded through their own small index
# (ix_business_archived).


def _progress() -> ColumnElement[int | None]:
    """Where an aktif case is: ``2 * seq`` of its first stage that is belum (``+ 1`` when it is berjalan); NULL
    when every stage is selesai or dilewati ("siap ditutup"). Stored with the case (store/case_progress.py, the
    rule of _case_support.current_stage_of), so that counting and grouping read no stage row."""
    return Case.__table__.c.progress


def case_progress() -> ColumnElement[int | None]:
    """Where an aktif case is, as the board groups it (see :func:`_progress`); for the reports' query layer, which
    groups cases the same way."""
    return _progress()


def _progress_code(group: GroupKey) -> int:
    column, status = group
    return 2 * (STAGE_ORDER.index(column) + 1) + (status == "berjalan")


def _group_of(case_status: str, progress: int | None) -> GroupKey | None:
    if case_status != "aktif":
        return ("closed", case_status)
    if progress is None:
        return ("ready", "aktif")
    seq = progress // 2
    if not 1 <= seq <= len(STAGE_ORDER):
        return None
    return (STAGE_ORDER[seq - 1], "berjalan" if progress % 2 else "belum")


def _overdue(today: date) -> ColumnElement[bool]:
    # The stored next follow-up (store/case_progress.py) is before today exactly when some open follow-up is.
    return Case.next_follow_up_on < today


def _needs_business(f: BoardFilter) -> bool:
    return bool(f.kecamatan_code) or bool(" ".join(f.search.split()))


def _base(select_stmt: Select[*_Ts], f: BoardFilter, today: date, *, join_business: bool,
          dialect: str) -> Select[*_Ts]:
    stmt = select_stmt.select_from(Case).where(Case.deleted_at.is_(None))
    if join_business:
        # coalesce() hides business.deleted_at from SQLite's index choice, so the scan starts from the cases
        # (fewer than the businesses) instead of walking every live business.
        stmt = stmt.join(Business, Business.id == Case.business_id).where(
            func.coalesce(Business.deleted_at, None).is_(None)
        )
    else:
        archived = select(Business.id).where(Business.deleted_at.is_not(None))
        stmt = stmt.where(Case.business_id.not_in(archived))
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
    text = " ".join(searchable(f.search).lower().split())
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(or_(Business.search_text.like(like), func.lower(Business.name).like(like)))
    if f.overdue_only:
        stmt = stmt.where(Case.status == "aktif", _overdue(today))
    if f.case_ids is not None:
        stmt = stmt.where(in_ids(dialect, Case.id, f.case_ids, "case_ids"))
    return stmt


def board_counts(ctx: ServiceContext, f: BoardFilter | None = None, *, today: date | None = None) -> dict[GroupKey, int]:
    """Number of cases in every group (all of GROUPS present, zeros included)."""
    f = f or BoardFilter()
    today = today or date.today()
    # Grouped by the stored columns as they are (a closed case's progress is ignored by _group_of): the index
    # ix_assist_case_board is then read in its own order, with no sort.
    progress = _progress()
    stmt = _base(select(Case.status, progress, func.count()), f, today, join_business=_needs_business(f),
                 dialect=ctx.db.engine.dialect.name)
    stmt = stmt.group_by(Case.status, progress)
    counts = dict.fromkeys(GROUPS, 0)
    with ctx.db.read() as session:
        for status, code, n in session.execute(stmt):
            key = _group_of(status, code)
            if key is not None:
                counts[key] = counts.get(key, 0) + n
    return counts


def _group_filter(group: GroupKey) -> ColumnElement[bool]:
    column, status = group
    if column == "closed":
        return Case.status == status
    if column == "ready":
        return and_(Case.status == "aktif", _progress().is_(None))
    return and_(Case.status == "aktif", _progress() == _progress_code(group))


def board_rows(
    ctx: ServiceContext,
    f: BoardFilter | None = None,
    group: GroupKey | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[CaseRow]:
    """One page of cases (of one group, or all): overdue first, then by next follow-up, then name.

    Three steps: where the page ends by the order without the name (the stored next follow-up of each case,
    read from the case index alone), the page's case ids in order (only the cases up to that end are joined to
    their business for the name), then everything shown, for those ids only."""
    f = f or BoardFilter()
    today = today or date.today()
    if group is not None and group[0] not in ("closed", "ready") and group[0] not in STAGE_ORDER:
        return []
    dialect = ctx.db.engine.dialect.name
    next_follow = Case.next_follow_up_on
    overdue = case((and_(Case.status == "aktif", next_follow < today), 1), else_=0)

    def narrowed(stmt: Select[*_Ts], *, join_business: bool) -> Select[*_Ts]:
        stmt = _base(stmt, f, today, join_business=join_business, dialect=dialect)
        return stmt if group is None else stmt.where(_group_filter(group))

    offset, limit = max(offset, 0), max(limit, 0)
    if limit == 0:
        return []
    # The last row of the page by the order without the name (from the case index alone, no business row read):
    # only the cases up to it, ties included, are joined to their business for the name and ordered fully. The
    # usual first pages end among the overdue cases, found by walking the index by date; else all are ordered.
    last = inline_int(offset + limit - 1)
    overdue_end: Select[int, date | None] = (
        narrowed(select(literal_column("1", Integer), next_follow), join_business=_needs_business(f))
        .where(Case.status == "aktif", next_follow < today)
        .order_by(next_follow)
        .offset(last)
        .limit(inline_int(1))
    )
    any_end = (
        narrowed(select(overdue, next_follow), join_business=_needs_business(f))
        .order_by(overdue.desc(), next_follow.is_(None), next_follow)
        .offset(last)
        .limit(inline_int(1))
    )
    stmt = narrowed(select(Case.id, next_follow, overdue), join_business=True)
    with ctx.db.read() as session:
        boundary = session.execute(overdue_end).first() or session.execute(any_end).first()
        if boundary is not None:
            late, last_on = boundary
            up_to = and_(overdue == late, next_follow.is_not(None), next_follow <= last_on) \
                if last_on is not None else overdue == late
            stmt = stmt.where(or_(overdue > late, up_to))
            if last_on is not None:  # the same cut as a range of the index: overdue ones are before today
                stmt = stmt.where(next_follow <= max(last_on, today - timedelta(days=1)))
        stmt = stmt.order_by(overdue.desc(), next_follow.is_(None), next_follow, Business.name, Case.id)
        page = session.execute(stmt.offset(inline_int(offset)).limit(inline_int(limit))).all()
        if not page:
            return []
        ids = [r[0] for r in page]
        details = {
            r[0]: r
            for r in session.execute(
                select(Case.id, Business.id, Business.name, Owner.name, Kelurahan.name, Kecamatan.name,
                       Case.status, Officer.name, Case.opened_on, Case.closed_on, Business.last_activity_on)
                .join(Business, Business.id == Case.business_id)
                .join(Owner, Owner.id == Business.owner_id)
                .outerjoin(Kelurahan, Kelurahan.code == Business.kelurahan_code)
                .outerjoin(Kecamatan, Kecamatan.code == Business.kecamatan_code)
                .outerjoin(Officer, Officer.id == Case.officer_id)
                .where(Case.id.in_(ids))
            )
        }
        stages: dict[uuid.UUID, list[tuple[int, str, str, str | None]]] = {}
        for case_id, seq, kind, status, partner_name in session.execute(
            select(Stage.case_id, Stage.seq, Stage.kind, Stage.status, Partner.name)
            .outerjoin(Partner, Partner.id == Stage.partner_id)
            .where(Stage.case_id.in_(ids))
            .order_by(Stage.case_id, Stage.seq)
        ):
            stages.setdefault(case_id, []).append((seq, kind, status, partner_name))
    rows: list[CaseRow] = []
    for case_id, next_on, late in page:
        d = details[case_id]
        case_status = d[6]
        ordered = stages.get(case_id, [])
        current = next((s for s in ordered if s[2] in _OPEN), ordered[-1] if ordered else None)
        if case_status != "aktif":
            key: GroupKey = ("closed", case_status)
        elif current is not None and current[2] in _OPEN:
            key = (current[1], current[2])
        else:
            key = ("ready", "aktif")
        # The partner of the current stage; when it has none (closed cases, stages not assigned yet), the partner
        # of the latest stage that has one.
        partner = current[3] if case_status == "aktif" and current is not None else None
        if partner is None:
            partner = next((s[3] for s in reversed(ordered) if s[3] is not None), None)
        aktif_stage = current if case_status == "aktif" else None
        rows.append(CaseRow(
            case_id=case_id, business_id=d[1], business_name=d[2], owner_name=d[3], kelurahan_name=d[4] or "",
            kecamatan_name=d[5] or "", group=key, case_status=case_status,
            stage_kind=aktif_stage[1] if aktif_stage else None, stage_status=aktif_stage[2] if aktif_stage else None,
            partner_name=partner, officer_name=d[7], opened_on=d[8], closed_on=d[9], last_activity_on=d[10],
            next_follow_up=next_on, overdue=bool(late),
        ))
    return rows


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

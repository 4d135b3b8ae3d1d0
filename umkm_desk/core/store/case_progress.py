"""A case's progress (``assist_case.progress``): where it is among its stages, and its next follow-up
(``assist_case.next_follow_up_on``), kept beside the case so that the Pendampingan board and Beranda count, group
and order tens of thousands of cases without reading their stages and activities.

The rule: ``2 * seq`` of the case's first stage (by seq) that is belum, ``+ 1`` when that stage is berjalan; NULL
when every stage is selesai or dilewati ("siap ditutup"). It is the rule of ``_case_support.current_stage_of``.
The next follow-up: the earliest ``follow_up_on`` of the case's activities that are not deleted and whose
follow-up is not done.

Who keeps them: the case services through ``_case_support.sync_business`` (after every stage or activity
written) and ``activities.set_follow_up_done``, a sync package and a conflict's resolution (every case whose
stored values differ, in one statement), the demo (the same statement once its rows are written). ``umkm-desk copy`` copies it with the case, which is right because the source was.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, Connection, case, func, or_, select, update
from sqlalchemy.orm import Session

from umkm_desk.core.store.models import Activity, Case, Stage

__all__ = ["next_follow_up_query", "progress_of", "progress_query", "refresh_progress"]

_OPEN = ("belum", "berjalan")


def progress_of(stages: Iterable[tuple[int, str]]) -> int | None:
    """The progress of a case with these (seq, status) stages."""
    codes = [2 * seq + (status == "berjalan") for seq, status in stages if status in _OPEN]
    return min(codes) if codes else None


def progress_query() -> ColumnElement[int | None]:
    """The progress computed from the stage rows, correlated to the case of the enclosing statement."""
    code = case((Stage.status == "belum", Stage.seq * 2), (Stage.status == "berjalan", Stage.seq * 2 + 1))
    return select(func.min(code)).where(Stage.case_id == Case.id).correlate(Case).scalar_subquery()


def next_follow_up_query() -> ColumnElement[date | None]:
    """The next open follow-up computed from the activity rows, correlated to the case of the enclosing statement
    (written as the partial index ix_activity_open_follow_up is, so that both databases use it)."""
    return (
        select(func.min(Activity.follow_up_on))
        .where(Activity.case_id == Case.id, Activity.follow_up_done.is_(False), Activity.deleted_at.is_(None),
               Activity.follow_up_on.is_not(None))
        .correlate(Case)
        .scalar_subquery()
    )


def refresh_progress(session: Session | Connection, where: ColumnElement[bool] | None = None) -> int:
    """Store the computed progress and next follow-up of the cases matching ``where`` (all cases when None) whose
    stored values differ; returns how many changed. Only differing rows are written: a write marks the row changed
    for the next sync package, and ``updated_at`` is kept as it is (this is not an officer's edit)."""
    progress, follow = progress_query(), next_follow_up_query()
    stmt = (
        update(Case)
        .values(progress=progress, next_follow_up_on=follow, updated_at=Case.updated_at)
        .where(or_(Case.progress.is_distinct_from(progress), Case.next_follow_up_on.is_distinct_from(follow)))
    )
    if where is not None:
        stmt = stmt.where(where)
    if isinstance(session, Session):
        session.flush()
        result = session.execute(stmt.execution_options(synchronize_session=False))
    else:
        result = session.execute(stmt)
    return int(getattr(result, "rowcount", 0) or 0)

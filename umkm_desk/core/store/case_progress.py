"""A case's progress (``assist_case.progress``): where it is among its stages, kept beside the case so that the
Pendampingan board and Beranda count and group tens of thousands of cases without reading their stages.

The rule: ``2 * seq`` of the case's first stage (by seq) that is belum, ``+ 1`` when that stage is berjalan; NULL
when every stage is selesai or dilewati ("siap ditutup"). It is the rule of ``_case_support.current_stage_of``.

Who keeps it: the case services through ``_case_support.sync_business`` (after every stage written), a sync
package and a conflict's resolution (every case whose stored value differs, in one statement), the demo (from
the rule below). ``umkm-desk copy`` copies it with the case, which is right because the source was.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, case, func, select, update
from sqlalchemy.orm import Session

from umkm_desk.core.store.models import Case, Stage

__all__ = ["progress_of", "progress_query", "refresh_progress"]

_OPEN = ("belum", "berjalan")


def progress_of(stages: Iterable[tuple[int, str]]) -> int | None:
    """The progress of a case with these (seq, status) stages."""
    codes = [2 * seq + (status == "berjalan") for seq, status in stages if status in _OPEN]
    return min(codes) if codes else None


def progress_query() -> ColumnElement[int | None]:
    """The progress computed from the stage rows, correlated to the case of the enclosing statement."""
    code = case((Stage.status == "belum", Stage.seq * 2), (Stage.status == "berjalan", Stage.seq * 2 + 1))
    return select(func.min(code)).where(Stage.case_id == Case.id).correlate(Case).scalar_subquery()


def refresh_progress(session: Session, where: ColumnElement[bool] | None = None) -> int:
    """Store the computed progress of the cases matching ``where`` (all cases when None) whose stored value
    differs; returns how many changed. Only differing rows are written: a write marks the row changed for the
    next sync package, and ``updated_at`` is kept as it is (this is not an officer's edit)."""
    computed = progress_query()
    stmt = (
        update(Case)
        .values(progress=computed, updated_at=Case.updated_at)
        .where(Case.progress.is_distinct_from(computed))
        .execution_options(synchronize_session=False)
    )
    if where is not None:
        stmt = stmt.where(where)
    session.flush()
    result = session.execute(stmt)
    return int(getattr(result, "rowcount", 0) or 0)

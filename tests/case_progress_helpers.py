"""The check every test of a case's stored progress makes: each case's ``assist_case.progress`` equals the progress
worked out here, in Python, from its stage rows (the rule of store/case_progress.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import Case, Stage


def expected_progress(ctx: ServiceContext) -> dict[uuid.UUID, int | None]:
    """Each case's progress computed from its stages: 2 * seq of the first belum or berjalan stage (+ 1 when
    berjalan), None when there is none."""
    with ctx.db.read() as session:
        cases = session.scalars(select(Case.id)).all()
        stages = session.execute(select(Stage.case_id, Stage.seq, Stage.status).order_by(Stage.seq)).all()
    found: dict[uuid.UUID, int | None] = dict.fromkeys(cases)
    for case_id, seq, status in stages:
        if status in ("belum", "berjalan") and found[case_id] is None:
            found[case_id] = 2 * seq + (1 if status == "berjalan" else 0)
    return found


def stored_progress(ctx: ServiceContext) -> dict[uuid.UUID, int | None]:
    with ctx.db.read() as session:
        return {case_id: progress for case_id, progress in session.execute(select(Case.id, Case.progress))}


def assert_progress_kept(ctx: ServiceContext) -> dict[uuid.UUID, int | None]:
    stored = stored_progress(ctx)
    assert stored == expected_progress(ctx)
    return stored

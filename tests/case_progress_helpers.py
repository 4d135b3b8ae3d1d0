"""The check every test of a case's stored progress makes: each case's ``assist_case.progress`` and
``next_follow_up_on`` equal what is worked out here, in Python, from its stage and activity rows (the rules of
store/case_progress.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import Activity, Case, Stage


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
    """Both stored columns right; returns the progress of each case."""
    stored = stored_progress(ctx)
    assert stored == expected_progress(ctx)
    assert_follow_ups_kept(ctx)
    return stored


def expected_follow_ups(ctx: ServiceContext) -> dict[uuid.UUID, object]:
    """Each case's earliest follow-up of an activity not deleted whose follow-up is not done."""
    with ctx.db.read() as session:
        found: dict[uuid.UUID, object] = dict.fromkeys(session.scalars(select(Case.id)).all())
        for case_id, on, done, deleted in session.execute(
            select(Activity.case_id, Activity.follow_up_on, Activity.follow_up_done, Activity.deleted_at)
        ):
            if on is not None and not done and deleted is None and (found[case_id] is None or on < found[case_id]):
                found[case_id] = on
    return found


def assert_follow_ups_kept(ctx: ServiceContext) -> dict[uuid.UUID, object]:
    with ctx.db.read() as session:
        stored = {case_id: on for case_id, on in session.execute(select(Case.id, Case.next_follow_up_on))}
    assert stored == expected_follow_ups(ctx)
    return stored

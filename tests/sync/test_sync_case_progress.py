"""A case's stored progress (assist_case.progress) after sync: stages moved on a laptop arrive at the office (and
back) with every case's progress equal to its stages there, also when a stage's edit clashed and an officer took
the other PC's version. The office runs on SQLite and (when UMKM_DESK_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

from datetime import date

from case_helpers import make_business
from case_progress_helpers import assert_progress_kept
from sync_helpers import send, snapshot

from umkm_desk.core.services.cases import activities, cases
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.sync.conflicts import THEIRS, list_conflicts, resolve_edit

OPENED = date(2026, 1, 5)


def _stage(ctx, case_id, kind):  # noqa: ANN001, ANN202 - ids as the services hand them
    return cases.get_case(ctx, case_id).stage(kind).id


def test_stages_moved_on_a_laptop_keep_the_progress_on_both_sides(office, laptops):  # noqa: ANN001
    laptop, _ = laptops
    case_id = cases.open_case(office, make_business(office), OPENED)
    send(office, laptop, "laptop1", setup=True)
    assert assert_progress_kept(laptop)[case_id] == 2

    capital = _stage(laptop, case_id, "capital")
    cases.start_stage(laptop, capital, on=date(2026, 1, 10))
    activities.add_activity(laptop, case_id, ActivityInput("kunjungan", date(2026, 1, 11), stage_id=capital))
    cases.finish_stage(laptop, capital, on=date(2026, 1, 12))
    send(laptop, office)
    assert assert_progress_kept(office)[case_id] == 4

    cases.start_stage(office, _stage(office, case_id, "mentoring"), on=date(2026, 1, 13))
    send(office, laptop, "laptop1")
    assert assert_progress_kept(laptop)[case_id] == 5
    assert snapshot(laptop) == snapshot(office)


def test_a_clashing_stage_taken_from_the_other_pc_sets_the_progress(office, laptops):  # noqa: ANN001
    laptop, _ = laptops
    case_id = cases.open_case(office, make_business(office), OPENED)
    send(office, laptop, "laptop1", setup=True)
    # the same stage: skipped at the office, started on the laptop
    cases.skip_stage(office, _stage(office, case_id, "capital"), "Modal sendiri cukup", on=date(2026, 1, 8))
    cases.start_stage(laptop, _stage(laptop, case_id, "capital"), on=date(2026, 1, 9))
    send(office, laptop, "laptop1")  # the laptop keeps its own version until the office decides
    assert assert_progress_kept(laptop)[case_id] == 3
    result = send(laptop, office)
    assert result.conflicts >= 1
    assert assert_progress_kept(office)[case_id] == 4  # the office's skip stays until an officer decides
    [conflict] = [c for c in list_conflicts(office) if c.table == "stage"]
    resolve_edit(office, conflict.id, THEIRS)
    assert assert_progress_kept(office)[case_id] == 3  # the laptop's start taken: capital berjalan
    send(office, laptop, "laptop1")
    send(laptop, office)
    assert assert_progress_kept(laptop)[case_id] == assert_progress_kept(office)[case_id] == 3

"""A case's stored progress (assist_case.progress, what the board and Beranda group by) after every write path
of the case services: open, stage start/finish/skip, case closed and reopened, business archived and restored.
Runs on SQLite and (when UMKM_DESK_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

from datetime import date

from case_helpers import make_business, make_partner
from case_progress_helpers import assert_progress_kept

from umkm_desk.core.services.cases import activities, cases
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts, board_rows
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.businesses import archive_business, restore_business

OPENED = date(2026, 1, 5)


def _stage(ctx: ServiceContext, case_id, kind: str):  # noqa: ANN001, ANN202 - ids as the services hand them
    return cases.get_case(ctx, case_id).stage(kind).id


def test_progress_follows_every_stage_and_case_write(ctx: ServiceContext) -> None:
    make_partner(ctx)
    business = make_business(ctx)
    other = make_business(ctx, "Gipang Mak Icah")
    case_id = cases.open_case(ctx, business, OPENED)
    other_case = cases.open_case(ctx, other, OPENED)
    assert assert_progress_kept(ctx)[case_id] == 2  # capital belum

    capital = _stage(ctx, case_id, "capital")
    cases.start_stage(ctx, capital, on=date(2026, 1, 10))
    assert assert_progress_kept(ctx)[case_id] == 3  # capital berjalan
    assert board_counts(ctx, BoardFilter())[("capital", "berjalan")] == 1

    activities.add_activity(ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 12), stage_id=capital))
    cases.finish_stage(ctx, capital, on=date(2026, 1, 20))
    assert assert_progress_kept(ctx)[case_id] == 4  # mentoring belum

    cases.skip_stage(ctx, _stage(ctx, case_id, "mentoring"), "Sudah pernah ikut pelatihan", on=date(2026, 1, 21))
    assert assert_progress_kept(ctx)[case_id] == 6  # marketing belum

    marketing = _stage(ctx, case_id, "marketing")
    cases.start_stage(ctx, marketing, on=date(2026, 1, 22))
    activities.add_activity(ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 23), stage_id=marketing))
    cases.finish_stage(ctx, marketing, on=date(2026, 1, 25))
    assert assert_progress_kept(ctx)[case_id] is None  # every stage done: siap ditutup
    counts = board_counts(ctx, BoardFilter())
    assert counts[("ready", "aktif")] == 1 and counts[("capital", "belum")] == 1

    cases.set_case_status(ctx, case_id, "selesai", on=date(2026, 1, 26))
    assert_progress_kept(ctx)
    assert board_counts(ctx, BoardFilter())[("closed", "selesai")] == 1

    # the other case is skipped straight to its last stage, then its business archived and restored
    cases.skip_stage(ctx, _stage(ctx, other_case, "capital"), "Modal sendiri cukup", on=date(2026, 1, 6))
    cases.skip_stage(ctx, _stage(ctx, other_case, "mentoring"), "Sudah mahir", on=date(2026, 1, 6))
    assert assert_progress_kept(ctx)[other_case] == 6
    archive_business(ctx, other)
    assert assert_progress_kept(ctx)[other_case] == 6
    assert board_counts(ctx, BoardFilter())[("marketing", "belum")] == 0  # an archived business is not counted
    restore_business(ctx, other)
    assert assert_progress_kept(ctx)[other_case] == 6
    assert board_counts(ctx, BoardFilter())[("marketing", "belum")] == 1


def test_next_follow_up_follows_every_activity_write(ctx: ServiceContext) -> None:
    from case_progress_helpers import assert_follow_ups_kept

    case_id = cases.open_case(ctx, make_business(ctx), OPENED)
    late = date(2026, 2, 1)
    soon = date(2026, 3, 1)
    first = activities.add_activity(ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 10), follow_up_on=soon))
    assert assert_follow_ups_kept(ctx)[case_id] == soon
    second = activities.add_activity(ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 11), follow_up_on=late))
    assert assert_follow_ups_kept(ctx)[case_id] == late
    today = max(date.today(), date(2026, 2, 2))  # any calendar day: the follow-up of 1 Feb is before "today"
    assert board_counts(ctx, BoardFilter(overdue_only=True), today=today)[("capital", "belum")] == 1
    activities.set_follow_up_done(ctx, second)
    assert assert_follow_ups_kept(ctx)[case_id] == soon
    activities.set_follow_up_done(ctx, second, False)
    assert assert_follow_ups_kept(ctx)[case_id] == late
    activities.update_activity(ctx, second, ActivityInput("kunjungan", date(2026, 1, 11), follow_up_on=None))
    assert assert_follow_ups_kept(ctx)[case_id] == soon
    activities.delete_activity(ctx, first)
    assert assert_follow_ups_kept(ctx)[case_id] is None
    assert board_counts(ctx, BoardFilter(overdue_only=True), today=today)[("capital", "belum")] == 0


def test_board_pages_split_ties_on_the_follow_up_date_exactly(ctx: ServiceContext) -> None:
    """A page ends inside a run of cases with the same follow-up date: pages of two, read one after another,
    give every case once and in the order of one long page (overdue first, date, then name)."""
    names = ["Warung E", "Warung A", "Warung D", "Warung B", "Warung C", "Warung F", "Warung G"]
    due = [date(2026, 2, 1), date(2026, 2, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 1), None, None]
    for name, on in zip(names, due, strict=True):
        case_id = cases.open_case(ctx, make_business(ctx, name), OPENED)
        if on is not None:
            activities.add_activity(ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 10), follow_up_on=on))
    today = date(2026, 2, 15)  # the February follow-ups are overdue, March's are not
    whole = [r.business_name for r in board_rows(ctx, BoardFilter(), None, limit=50, today=today)]
    assert whole == ["Warung A", "Warung D", "Warung E", "Warung B", "Warung C", "Warung F", "Warung G"]
    paged = [r.business_name for offset in range(0, 8, 2)
             for r in board_rows(ctx, BoardFilter(), None, offset=offset, limit=2, today=today)]
    assert paged == whole
    group = [r.business_name for offset in range(0, 8, 3)
             for r in board_rows(ctx, BoardFilter(), ("capital", "belum"), offset=offset, limit=3, today=today)]
    assert group == whole

"""The Laporan page's dashboard: every bar's number is the count of the keys it opens, and the UMKM list and the
Pendampingan board narrowed to those keys list exactly them, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import DEMO_TODAY

from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts, board_rows
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, business_rows
from umkm_desk.core.services.reports.answers import fact_rows, total
from umkm_desk.core.services.reports.dashboard import Drill, dashboard, drill_keys
from umkm_desk.core.services.reports.period import ReportPeriod
from umkm_desk.core.services.reports.report_filter import ReportFilter


def _drills(flt: ReportFilter, ctx: ServiceContext, today: date) -> list[tuple[float, bool, Drill]]:
    """(the number drawn, whether it is a count, its drill) of every bar and linked line that has one."""
    data = dashboard(ctx, flt, today=today)
    found = []
    for chart in data.charts:
        for series in chart.series:
            counted = not series.money and series.name != "Jam pendampingan"
            found += [(bar.value, counted, bar.drill) for bar in series.bars if bar.drill is not None]
        found += [(0.0, False, drill) for _text, drill in chart.notes if drill is not None]
    return found


def _check(ctx: ServiceContext, flt: ReportFilter, today: date) -> int:
    opened = 0
    for value, counted, drill in _drills(flt, ctx, today):
        keys = drill_keys(ctx, flt, drill, today=today)
        assert keys.facts == total(ctx, drill.question, flt, where=dict(drill.where), today=today).count
        if counted:
            assert keys.facts == value, drill
        if not keys.ids:
            continue
        opened += 1
        if keys.opens == "umkm":
            listed = business_keys(ctx, BusinessFilter(ids=keys.ids))
            assert len(listed) == len(keys.ids)
            assert {row.id for row in business_rows(ctx, listed).values()} == keys.ids
            if drill.question in ("businesses", "naik_kelas"):
                assert len(keys.ids) == keys.facts  # one fact per business
        else:
            board = BoardFilter(case_ids=keys.ids)
            assert sum(board_counts(ctx, board, today=today).values()) == len(keys.ids)
            rows = board_rows(ctx, board, limit=len(keys.ids) + 1, today=today)
            assert {row.case_id for row in rows} == keys.ids
            if drill.question == "cases":
                assert len(keys.ids) == keys.facts  # one fact per case
    return opened


def test_every_bar_opens_its_own_rows_on_demo_data(report_ctx: ServiceContext) -> None:
    flt = ReportFilter.for_year(DEMO_TODAY.year)
    assert _check(report_ctx, flt, DEMO_TODAY) > 20
    narrowed = ReportFilter(ReportPeriod.quarter(DEMO_TODAY.year, 2), kecamatan_code="36.73.01", sector="kuliner")
    _check(report_ctx, narrowed, DEMO_TODAY)


def test_the_businesses_chart_adds_up(report_ctx: ServiceContext) -> None:
    flt = ReportFilter.for_year(DEMO_TODAY.year)
    chart = dashboard(report_ctx, flt, today=DEMO_TODAY, only=["businesses"]).chart("businesses")
    drawn = sum(bar.value for series in chart.series for bar in series.bars)
    assert drawn == total(report_ctx, "businesses", flt, today=DEMO_TODAY).count > 0
    assert "Serang" in chart.categories and "None" not in " ".join(chart.categories)


def test_activity_hours_are_the_sum_of_the_rows_behind_them(report_ctx: ServiceContext) -> None:
    """The activities chart counts by day and adds the days up by month: each month's hours are still those of
    the activities its bar opens."""
    flt = ReportFilter.for_year(DEMO_TODAY.year)
    chart = dashboard(report_ctx, flt, today=DEMO_TODAY, only=["activities"]).chart("activities")
    hours = next(series for series in chart.series if series.name == "Jam pendampingan")
    checked = 0
    for bar in hours.bars:
        assert bar.drill is not None
        rows = fact_rows(report_ctx, "activities", flt, dict(bar.drill.where), today=DEMO_TODAY)
        assert bar.value == pytest.approx(sum(float(row["hours"]) for row in rows)), bar.drill
        checked += bool(bar.value)
    assert checked >= 3


@pytest.mark.parametrize("many", [False, True])
def test_key_lists_on_both_databases(ctx: ServiceContext, many: bool) -> None:
    """The "these keys" filters hold on SQLite and PostgreSQL, also for more keys than SQLite binds at once."""
    import uuid

    from case_helpers import make_business, make_partner

    make_partner(ctx, quota=5)
    first = make_business(ctx)
    make_business(ctx)
    wanted = {first}
    if many:
        wanted |= {uuid.uuid4() for _ in range(40_000)}  # keys of nothing: ignored, but all bound
    listed = business_keys(ctx, BusinessFilter(ids=frozenset(wanted)))
    assert [row.id for row in business_rows(ctx, listed).values()] == [first]
    assert sum(board_counts(ctx, BoardFilter(case_ids=frozenset(wanted))).values()) == 0
    _check(ctx, ReportFilter(ReportPeriod.year(2026)), date(2026, 6, 30))


def test_stages_started_and_finished_are_counted_in_one_pass_as_the_question_counts_them(
        report_ctx: ServiceContext) -> None:
    """The stage chart reads "mulai" and "selesai" in one pass over the stages; each bar is still the count of
    its event and month in the stage_events question, under every kind of filter."""
    from umkm_desk.core.services.reports.answers import tally
    from umkm_desk.core.services.reports.report_parts import load_names

    names = load_names(report_ctx)
    partner = next(iter(names.partners))
    officer = next(iter(names.officers))
    filters = [
        ReportFilter.for_year(DEMO_TODAY.year),
        ReportFilter(ReportPeriod.between(date(DEMO_TODAY.year - 2, 1, 1), DEMO_TODAY)),
        ReportFilter(ReportPeriod.quarter(DEMO_TODAY.year, 2), kecamatan_code="36.73.01", sector="kuliner"),
        ReportFilter(ReportPeriod.year(DEMO_TODAY.year), partner_id=partner),
        ReportFilter(ReportPeriod.year(DEMO_TODAY.year), officer_id=officer),
    ]
    drawn_any = 0
    for flt in filters:
        chart = dashboard(report_ctx, flt, today=DEMO_TODAY, only=["stage_events"]).chart("stage_events")
        expected = tally(report_ctx, "stage_events", flt, ("event", "month"), today=DEMO_TODAY)
        for series in chart.series:
            for bar in series.bars:
                assert bar.drill is not None
                where = dict(bar.drill.where)
                hit = expected.get((where["event"], where["month"]))
                assert bar.value == (hit.count if hit else 0), (flt, bar.drill)
                drawn_any += bool(bar.value)
    assert drawn_any > 20


@pytest.mark.parametrize("archived", [False, True])
def test_a_live_business_is_one_that_is_not_archived_on_both_databases(ctx: ServiceContext, archived: bool) -> None:
    """The filter asks once whether anything is archived before testing each row against the archived ones: the
    rows are the same with and without archived businesses, on SQLite and PostgreSQL."""
    from case_helpers import make_business
    from sqlalchemy import null, select

    from umkm_desk.core.store.models import Business

    live = {make_business(ctx, "Warung Satu"), make_business(ctx, "Warung Dua")}
    if archived:
        make_business(ctx, "Warung Lama", archived=True)
    flt = ReportFilter.for_year(2026)
    with ctx.db.read() as session:
        found = set(session.scalars(select(Business.id).where(flt.live_business(Business.id))))
        unknown = set(session.scalars(select(Business.id).where(flt.live_business(null()))))
    assert found == live
    assert unknown == (set() if archived else live)  # NULL is "not among" an empty list only, as with NOT IN


def test_every_bar_opens_its_own_rows_for_one_officer_and_for_one_partner(report_ctx: ServiceContext) -> None:
    """The officer filter reaches the queries over stages too (stage events, realisation): every chart is counted
    for one officer, and for one partner, and each bar still opens its own rows."""
    from umkm_desk.core.services.reports.report_parts import load_names

    names = load_names(report_ctx)
    year = ReportPeriod.year(DEMO_TODAY.year)
    for officer in sorted(names.officers)[:2]:
        _check(report_ctx, ReportFilter(year, officer_id=officer), DEMO_TODAY)
    _check(report_ctx, ReportFilter(year, partner_id=sorted(names.partners)[0]), DEMO_TODAY)

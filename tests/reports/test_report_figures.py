"""The query layer's promise: every number in every report is the count (or sum) of the rows behind it, read with
the same filter; the reports agree with the services they build on; periods follow WIB."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from report_helpers import DEMO_TODAY
from sqlalchemy import select

from umkm_desk.core.documents.report_content import ReportContent
from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.partners.realisation import target_vs_realisasi
from umkm_desk.core.services.reports.answers import fact_rows, keys_behind, tally, tally_of, total
from umkm_desk.core.services.reports.period import WIB, ReportPeriod, office_date
from umkm_desk.core.services.reports.periodic import REPORTS, build_report
from umkm_desk.core.services.reports.questions import QUESTIONS
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.store.models import Business, Partner

PERIODS = [ReportPeriod.year(2026), ReportPeriod.quarter(2026, 2), ReportPeriod.month(2026, 3)]


def _check_content(ctx: ServiceContext, content: ReportContent, flt: ReportFilter, today: date = DEMO_TODAY) -> int:
    """Every sourced number of ``content`` against the facts behind it; returns how many non-zero ones."""
    checked = 0
    for table in content.tables:
        if table.source is not None:
            keys = keys_behind(ctx, table.source, flt, dict(table.where), today=today)
            assert len(table.rows) == len(keys), table.title
            assert len(set(keys)) == len(keys)
        lines: list[tuple[dict[str, object], tuple[Any, ...], str]] = [
            (dict(row.where), row.cells, "row") for row in table.rows
        ]
        if table.has_totals:
            lines.append(({}, table.totals(), "totals"))
        for index, column in enumerate(table.columns):
            if column.source is None:
                continue
            for where, cells, what in lines:
                wanted = {**dict(table.where), **where, **dict(column.where)}
                value = cells[index]
                if column.measure == "count":
                    found: float = len(keys_behind(ctx, column.source, flt, wanted, today=today))
                else:
                    rows = fact_rows(ctx, column.source, flt, wanted, today=today)
                    found = round(sum(float(r[column.measure] or 0) for r in rows), 2)
                assert value == pytest.approx(found), (content.key, table.title, column.title, what, wanted)
                checked += bool(value)
    return checked


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label)
@pytest.mark.parametrize("key", list(REPORTS))
def test_every_number_is_the_count_of_the_rows_behind_it(report_ctx: ServiceContext, key: str,
                                                         period: ReportPeriod) -> None:
    flt = ReportFilter(period)
    content = build_report(report_ctx, key, flt, today=DEMO_TODAY)
    checked = _check_content(report_ctx, content, flt)
    if period.kind == "tahun":
        assert checked > 5, f"{key}: too few non-zero figures to mean anything"


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_counting_facts_read_once_gives_the_tally(report_ctx: ServiceContext, name: str) -> None:
    """A report that lists facts counts them from that reading (tally_of): the same figures as asking the
    database for the tally."""
    flt = ReportFilter(ReportPeriod.year(2026))
    by = QUESTIONS[name].dims[:2]
    facts = fact_rows(report_ctx, name, flt, today=DEMO_TODAY)
    counted = tally_of(name, facts, by)
    asked = tally(report_ctx, name, flt, by, today=DEMO_TODAY)
    assert counted.keys() == asked.keys()
    for key, hit in asked.items():
        assert counted[key].count == hit.count, key
        assert counted[key].sums == pytest.approx(hit.sums), key


@pytest.mark.parametrize("key", list(REPORTS))
def test_filtered_reports_keep_the_promise(report_ctx: ServiceContext, key: str) -> None:
    with report_ctx.db.read() as session:
        partner_id = session.scalar(select(Partner.id).where(Partner.name == "BAZNAS Kota Serang"))
    flt = ReportFilter(ReportPeriod.year(2026), kecamatan_code="36.73.01", partner_id=partner_id, sector="kuliner")
    content = build_report(report_ctx, key, flt, today=DEMO_TODAY)
    assert content.filters == ("Kecamatan: Serang", "Sektor: Kuliner", "Mitra: BAZNAS Kota Serang")
    _check_content(report_ctx, content, flt)


def test_filters_narrow_to_their_rows(report_ctx: ServiceContext) -> None:
    year = ReportFilter(ReportPeriod.year(2026))
    serang = ReportFilter(ReportPeriod.year(2026), kecamatan_code="36.73.01")
    everyone = set(keys_behind(report_ctx, "businesses", year, today=DEMO_TODAY))
    in_serang = set(keys_behind(report_ctx, "businesses", serang, today=DEMO_TODAY))
    assert in_serang and in_serang < everyone
    with report_ctx.db.read() as session:
        codes = set(session.scalars(select(Business.kecamatan_code).where(Business.id.in_(in_serang))))
    assert codes == {"36.73.01"}
    for name in QUESTIONS:  # every question takes every filter, and a filter never adds rows
        narrowed = total(report_ctx, name, serang, today=DEMO_TODAY).count
        assert narrowed <= total(report_ctx, name, year, today=DEMO_TODAY).count, name


def test_cases_group_as_the_pendampingan_board(report_ctx: ServiceContext) -> None:
    for year in (2025, 2026):
        board = board_counts(report_ctx, BoardFilter(year=year), today=DEMO_TODAY)
        ours = tally(report_ctx, "cases", ReportFilter.for_year(year), ("column", "group_status"), today=DEMO_TODAY)
        assert {k: v.count for k, v in ours.items()} == {k: n for k, n in board.items() if n}
        assert sum(board.values()) > 10


def test_realisation_counts_as_the_partner_quotas(report_ctx: ServiceContext) -> None:
    rows = target_vs_realisasi(report_ctx, 2026)
    ours = tally(report_ctx, "realised", ReportFilter.for_year(2026), ("partner", "stage"), today=DEMO_TODAY)
    assert {(r.partner_id, r.stage): r.realised for r in rows if r.realised} == {k: v.count for k, v in ours.items()}
    assert sum(v.count for v in ours.values()) > 10


def test_periods_add_up(report_ctx: ServiceContext) -> None:
    """Quarters and months partition the year: their counts add up to the year's for every event question."""
    for name in ("stage_events", "naik_kelas", "disbursed", "repaid", "activities"):
        year = total(report_ctx, name, ReportFilter.for_year(2026), today=DEMO_TODAY).count
        quarters = sum(total(report_ctx, name, ReportFilter(ReportPeriod.quarter(2026, q)), today=DEMO_TODAY).count
                       for q in range(1, 5))
        if name != "stage_events":  # "berjalan" is a state on a day, not an event in the period
            assert quarters == year, name
        assert year > 0, name


def test_period_labels_and_bounds() -> None:
    assert ReportPeriod.quarter(2026, 1).label == "Triwulan I 2026"
    assert ReportPeriod.month(2026, 2).end == date(2026, 2, 28)
    assert ReportPeriod.month(2028, 2).end == date(2028, 2, 29)
    assert ReportPeriod.semester(2026, 2).label == "Semester II 2026"
    assert ReportPeriod.between(date(2026, 1, 5), date(2026, 3, 1)).label == "5 Januari 2026 s.d. 1 Maret 2026"
    q1 = ReportPeriod.quarter(2026, 1)
    assert q1.utc_start == datetime(2025, 12, 31, 17, 0, tzinfo=UTC)
    assert q1.utc_end == datetime(2026, 3, 31, 17, 0, tzinfo=UTC)
    assert office_date(datetime(2026, 3, 31, 17, 30, tzinfo=UTC)) == date(2026, 4, 1)
    for bad in (lambda: ReportPeriod.month(2026, 13), lambda: ReportPeriod.quarter(2026, 0),
                lambda: ReportPeriod.between(date(2026, 2, 1), date(2026, 1, 1)), lambda: ReportPeriod.year(1999)):
        with pytest.raises(ServiceError):
            bad()


def test_wib_boundary(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """A business registered and a stage finished on 31 March 23:30 WIB belong to the first quarter; at 1 April
    00:30 WIB (still 31 March in UTC) to the second. The office PC's clock runs in WIB."""
    import time

    import time_machine
    from case_helpers import make_business

    from umkm_desk.core.services.cases import activities, cases

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        made: dict[str, tuple[uuid.UUID, uuid.UUID]] = {}
        for label, moment in (("late", datetime(2026, 3, 31, 23, 30, tzinfo=WIB)),
                              ("early", datetime(2026, 4, 1, 0, 30, tzinfo=WIB))):
            with time_machine.travel(moment, tick=False):
                business = make_business(ctx, f"Usaha {label}")
                case_id = cases.open_case(ctx, business, date(2026, 3, 2))
                stage = cases.get_case(ctx, case_id).stages[0]
                cases.start_stage(ctx, stage.id, date(2026, 3, 2))
                activities.add_activity(ctx, case_id, activities.ActivityInput(
                    "kunjungan", date(2026, 3, 3), stage_id=stage.id, hours=1.0))
                cases.finish_stage(ctx, stage.id)  # today, on the office's clock
                made[label] = (business, stage.id)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    q1, q2 = ReportFilter(ReportPeriod.quarter(2026, 1)), ReportFilter(ReportPeriod.quarter(2026, 2))
    today = date(2026, 6, 30)
    assert keys_behind(ctx, "businesses", q1, {"baru": 1}, today=today) == [made["late"][0]]
    assert keys_behind(ctx, "businesses", q2, {"baru": 1}, today=today) == [made["early"][0]]
    assert keys_behind(ctx, "stage_events", q1, {"event": "selesai"}, today=today) == [made["late"][1]]
    assert keys_behind(ctx, "stage_events", q2, {"event": "selesai"}, today=today) == [made["early"][1]]
    rekap = build_report(ctx, "rekap", q1, today=today)
    by_kelurahan = rekap.tables[0]
    assert by_kelurahan.totals()[-2:] == (1, 1)  # registered by the end of March, and new in the quarter


@pytest.mark.parametrize("key", list(REPORTS))
def test_reports_build_on_both_databases(ctx: ServiceContext, key: str) -> None:
    """Every question runs on SQLite and PostgreSQL alike (month and quarter keys, window functions, filters)."""
    from case_helpers import make_business, make_partner

    partner = make_partner(ctx, quota=5)
    make_business(ctx)
    flt = ReportFilter(ReportPeriod.year(2026), kecamatan_code="36.73.01", partner_id=partner, sector="kuliner")
    for period in (ReportPeriod.year(2026), ReportPeriod.month(2026, 3)):
        for narrowed in (ReportFilter(period), flt.with_period(period)):
            content = build_report(ctx, key, narrowed, today=date(2026, 6, 30))
            _check_content(ctx, content, narrowed, date(2026, 6, 30))
    for name in QUESTIONS:
        tally(ctx, name, flt, QUESTIONS[name].dims, today=date(2026, 6, 30))

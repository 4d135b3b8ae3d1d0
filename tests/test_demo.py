"""Demo data: deterministic, realistic for Kota Serang, internally consistent, and fast enough at 100,000."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Date, func, select

from umkm_desk.cli import main
from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.rules.nik import parse_nik
from umkm_desk.core.rules.phone import normalize_phone
from umkm_desk.core.rules.scale import Scale, classify
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.registry.search_text import business_search_text
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.models import (
    Activity,
    Agreement,
    Base,
    Business,
    CapitalSupport,
    Case,
    CaseEvent,
    Kelurahan,
    Officer,
    Outcome,
    Owner,
    Partner,
    Placement,
    PlacementArea,
    Repayment,
    Stage,
    UtcDateTime,
    WorkPlan,
)
from umkm_desk.core.store.search_index import FTS_TABLE, sqlite_has_fts
from umkm_desk.demo.generator import fill_demo
from umkm_desk.demo.plan import (
    ACTIVITY_KINDS,
    CASE_STATUSES,
    EXAMPLE_PARTNER_NAMES,
    MARKET_KINDS,
    SECTORS,
    STAGE_STATUSES,
    SUPPORT_STATUSES,
)
from umkm_desk.demo.writer import _sqlite_converter

TODAY = date(2026, 11, 28)
N = 300


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo(db, businesses=N, seed=2026, today=TODAY)
    try:
        yield db
    finally:
        db.dispose()


def _all(db: Database, model: type[Base]) -> list:
    with db.read() as session:
        return list(session.scalars(select(model)))


# --- coverage -------------------------------------------------------------------------------------------


def test_counts_and_coverage(demo_db: Database) -> None:
    businesses = _all(demo_db, Business)
    owners = _all(demo_db, Owner)
    cases = _all(demo_db, Case)
    assert len(businesses) == N
    assert N * 0.9 < len(owners) < N  # a few owners run two businesses
    assert max(Counter(b.owner_id for b in businesses).values()) == 2
    assert 0.35 * N < len(cases) < 0.6 * N
    assert len({c.business_id for c in cases}) == len(cases)
    assert 4 <= len(_all(demo_db, Officer)) <= 6
    with demo_db.read() as session:
        kelurahan = set(session.scalars(select(Kelurahan.code)))
    assert len(kelurahan) == 67
    assert {b.kelurahan_code for b in businesses} == kelurahan
    assert {b.sector for b in businesses} == set(SECTORS)
    assert {c.status for c in cases} == set(CASE_STATUSES)
    assert Counter(c.status for c in cases).most_common(1)[0][0] == "aktif"
    stages = _all(demo_db, Stage)
    assert len(stages) == 3 * len(cases)
    for kind in STAGE_ORDER:
        assert {s.status for s in stages if s.kind == kind} == set(STAGE_STATUSES), kind
    activities = _all(demo_db, Activity)
    assert {a.kind for a in activities} == set(ACTIVITY_KINDS)
    assert {a.market_kind for a in activities if a.kind == "pasar"} == set(MARKET_KINDS)
    assert all(a.market_kind is None for a in activities if a.kind != "pasar")
    assert 3.5 * N < len(activities) < 7 * N
    supports = _all(demo_db, CapitalSupport)
    assert {s.status for s in supports} == set(SUPPORT_STATUSES)
    assert {"hibah", "qardhul_hasan", "kur"} <= {s.kind for s in supports}
    scales = Counter(b.scale for b in businesses)
    assert scales["mikro"] > 0.7 * N and scales["kecil"] > 0 and scales["menengah"] > 0
    assert "besar" not in scales
    assert 0.5 * N < sum(1 for b in businesses if b.nib) < 0.75 * N


def test_named_example_partners(demo_db: Database) -> None:
    partners = {p.name: p for p in _all(demo_db, Partner)}
    for name in EXAMPLE_PARTNER_NAMES:
        assert name in partners
    assert partners["Universitas Sultan Ageng Tirtayasa"].kind == "ptn"
    assert partners["UIN Sultan Maulana Hasanuddin Banten"].kind == "ptn"
    assert partners["Universitas Serang Raya"].kind == "pts"
    assert partners["BAZNAS Kota Serang"].kind == "zakat"
    assert all(p.is_example for p in partners.values())
    assert {p.kind for p in partners.values()} == {"ptn", "pts", "zakat", "opd", "lainnya"}


def test_agreements_work_plans_and_placements(demo_db: Database) -> None:
    agreements = _all(demo_db, Agreement)
    expired = [a for a in agreements if a.valid_until < TODAY]
    soon = [a for a in agreements if TODAY <= a.valid_until <= TODAY + timedelta(days=60)]
    valid = [a for a in agreements if a.valid_until >= TODAY]
    assert expired and soon and len(valid) > len(expired)
    assert all(a.signed_on <= TODAY and a.signed_on < a.valid_until for a in agreements)
    assert all(a.number.split("/")[1] == ("MoU" if a.kind == "mou" else "PKS") for a in agreements)
    partners = {p.id: p for p in _all(demo_db, Partner)}
    for agreement in agreements:
        kind = partners[agreement.partner_id].kind
        if kind in ("ptn", "pts"):
            assert agreement.covers_mentoring and not agreement.covers_capital
        if kind == "zakat":
            assert agreement.covers_capital
    plans = _all(demo_db, WorkPlan)
    assert {p.year for p in plans} == {TODAY.year - 1, TODAY.year}
    assert all(p.quota >= 10 and p.budget > 0 for p in plans)
    placements = _all(demo_db, Placement)
    areas = _all(demo_db, PlacementArea)
    per_placement = Counter(a.placement_id for a in areas)
    assert placements and all(8 <= p.students <= 12 and p.period_start < p.period_end for p in placements)
    assert all(1 <= per_placement[p.id] <= 3 for p in placements)
    assert all(partners[p.partner_id].kind in ("ptn", "pts") for p in placements)
    assert all(p.supervisor and "," in p.supervisor for p in placements)  # a name with academic titles


# --- owners and businesses ------------------------------------------------------------------------------


def test_owners_nik_phone_and_addresses(demo_db: Database) -> None:
    owners = _all(demo_db, Owner)
    missing = [o for o in owners if o.nik_missing]
    assert 0 < len(missing) < 0.08 * len(owners)
    assert all(o.nik is None and o.birth_date is None for o in missing)
    niks = [o.nik for o in owners if not o.nik_missing]
    assert len(set(niks)) == len(niks)
    kota_serang = 0
    for owner in owners:
        if owner.nik_missing:
            continue
        info = parse_nik(owner.nik, today=TODAY)
        assert (info.sex, info.birth_date) == (owner.sex, owner.birth_date)
        assert date(1960, 1, 1) <= owner.birth_date <= date(2003, 12, 31)
        kota_serang += owner.nik.startswith("3673")
    assert 0.6 * len(niks) < kota_serang < len(niks)  # mostly Kota Serang, some from elsewhere
    phones = [o.phone for o in owners if o.phone] + [p.contact_phone for p in _all(demo_db, Partner)]
    assert len(set(phones)) == len(phones)
    for phone in phones:
        assert normalize_phone(phone) == phone
    assert any(p.startswith("+62254") for p in phones)
    assert all("RT 0" in o.address and "/RW 0" in o.address for o in owners)


def test_business_fields(demo_db: Database) -> None:
    owners = {o.id: o for o in _all(demo_db, Owner)}
    with demo_db.read() as session:
        kecamatan_of = dict(session.execute(select(Kelurahan.code, Kelurahan.kecamatan_code)).all())
    for business in _all(demo_db, Business):
        owner = owners[business.owner_id]
        assert business.kecamatan_code == kecamatan_of[business.kelurahan_code]
        assert business.scale == classify(business.modal_usaha, business.annual_sales).value
        assert 1 <= business.workers <= 50
        assert 1995 <= business.year_started <= TODAY.year
        assert business.kbli and len(business.kbli) == 5 and business.kbli.isdigit()
        assert business.nib is None or (len(business.nib) == 13 and business.nib.isdigit())
        if business.pirt_number:
            assert business.pirt_number.startswith("P-IRT No. ") and business.sector == "kuliner"
        assert business.search_text == business_search_text(
            business.name, owner.name, owner.nik, business.nib, owner.phone
        )
        assert uuid.UUID(str(business.id)).version == 4


# --- cases ----------------------------------------------------------------------------------------------


def test_cases_are_consistent(demo_db: Database) -> None:
    stages_of: dict[uuid.UUID, list[Stage]] = defaultdict(list)
    for stage in _all(demo_db, Stage):
        stages_of[stage.case_id].append(stage)
    activities_of: dict[uuid.UUID, list[Activity]] = defaultdict(list)
    for activity in _all(demo_db, Activity):
        activities_of[activity.stage_id].append(activity)
        assert activity.held_on <= TODAY
    agreements = {a.id: a for a in _all(demo_db, Agreement)}
    events_of: dict[uuid.UUID, list[CaseEvent]] = defaultdict(list)
    for event in _all(demo_db, CaseEvent):
        events_of[event.case_id].append(event)
    for case in _all(demo_db, Case):
        stages = sorted(stages_of[case.id], key=lambda s: s.seq)
        assert [(s.seq, s.kind) for s in stages] == list(enumerate(STAGE_ORDER, start=1))
        assert date(TODAY.year - 1, 1, 1) <= case.opened_on < TODAY
        assert sum(s.status == "berjalan" for s in stages) <= 1
        if case.status == "aktif":
            assert case.closed_on is None
        else:
            assert case.opened_on <= case.closed_on < TODAY
        if case.status in ("selesai", "naik_kelas"):
            assert all(s.status in ("selesai", "dilewati") for s in stages)
        if case.status == "dihentikan":
            assert case.status_reason
        assert case.naik_kelas == (case.status == "naik_kelas")
        for stage in stages:
            done = activities_of[stage.id]
            if stage.status == "belum":
                assert stage.started_on is None and stage.partner_id is None and not done
            if stage.status == "dilewati":
                assert stage.status_reason
            if stage.status in ("berjalan", "selesai"):
                assert stage.started_on and stage.partner_id and stage.agreement_id
            if stage.status == "selesai":
                assert stage.started_on <= stage.finished_on
                assert any(stage.started_on <= a.held_on <= stage.finished_on for a in done)
            if stage.status == "berjalan":
                assert stage.finished_on is None
            if stage.agreement_id is not None:
                agreement = agreements[stage.agreement_id]
                assert agreement.partner_id == stage.partner_id
                assert getattr(agreement, f"covers_{stage.kind}")
                assert agreement.signed_on <= stage.started_on <= agreement.valid_until
            # every stage that left "belum" has an event saying so
            changed = [e for e in events_of[case.id] if e.stage_id == stage.id]
            assert bool(changed) == (stage.status != "belum")
            assert all(e.field == "stage_status" and e.from_value != e.to_value for e in changed)
        status_events = [e for e in events_of[case.id] if e.field == "status"]
        assert any(e.from_value is None and e.to_value == "aktif" for e in status_events)
        if case.status != "aktif":
            assert any(e.to_value == case.status for e in status_events)


def test_denormalised_business_fields(demo_db: Database) -> None:
    cases = {c.business_id: c for c in _all(demo_db, Case)}
    stages_of: dict[uuid.UUID, list[Stage]] = defaultdict(list)
    for stage in _all(demo_db, Stage):
        stages_of[stage.case_id].append(stage)
    last_activity: dict[uuid.UUID, date] = {}
    for activity in _all(demo_db, Activity):
        last_activity[activity.business_id] = max(activity.held_on, last_activity.get(activity.business_id, date.min))
    for business in _all(demo_db, Business):
        case = cases.get(business.id)
        if case is None:
            assert (business.case_status, business.current_stage, business.current_partner_id) == (None, None, None)
            assert business.last_activity_on is None and not business.naik_kelas
            continue
        stages = sorted(stages_of[case.id], key=lambda s: s.seq)
        # The case services' rule: the first stage not finished or skipped (else the last), and its partner
        # or the latest earlier stage's partner.
        index = next((i for i, s in enumerate(stages) if s.status in ("belum", "berjalan")), len(stages) - 1)
        partner = next((s.partner_id for s in reversed(stages[: index + 1]) if s.partner_id), None)
        assert business.case_status == case.status
        assert business.current_stage == stages[index].kind
        assert business.current_partner_id == partner
        assert business.last_activity_on == last_activity.get(business.id)
        assert business.naik_kelas == (case.status == "naik_kelas")


def test_outcomes_and_naik_kelas(demo_db: Database) -> None:
    outcomes: dict[uuid.UUID, list[Outcome]] = defaultdict(list)
    for outcome in _all(demo_db, Outcome):
        assert outcome.scale == classify(outcome.modal_usaha, outcome.annual_sales).value
        outcomes[outcome.case_id].append(outcome)
    businesses = {b.id: b for b in _all(demo_db, Business)}
    for case in _all(demo_db, Case):
        measured = sorted(outcomes[case.id], key=lambda o: o.measured_on)
        assert measured and measured[0].measured_on == case.opened_on and not measured[0].naik_kelas
        business = businesses[case.business_id]
        if len(measured) > 1:
            latest = measured[-1]
            assert (business.modal_usaha, business.annual_sales, business.scale) == (
                latest.modal_usaha, latest.annual_sales, latest.scale)
            if latest.nib_obtained:
                assert business.nib
        if case.status == "naik_kelas":
            assert Scale(measured[-1].scale) > Scale(measured[0].scale)
            assert measured[-1].naik_kelas and measured[-1].measured_on == case.closed_on
            assert business.naik_kelas
        else:
            assert not any(o.naik_kelas for o in measured)
            assert Scale(measured[-1].scale) == Scale(measured[0].scale)


def test_capital_support_and_repayments(demo_db: Database) -> None:
    repayments: dict[uuid.UUID, list[Repayment]] = defaultdict(list)
    for repayment in _all(demo_db, Repayment):
        repayments[repayment.support_id].append(repayment)
    supports = _all(demo_db, CapitalSupport)
    for support in supports:
        assert support.amount > 0 and support.applied_on <= TODAY
        dates = {"disetujui": support.approved_on, "dicairkan": support.disbursed_on, "ditolak": support.rejected_on}
        if support.status in dates:
            assert dates[support.status] is not None and dates[support.status] >= support.applied_on
        if support.status == "ditolak":
            assert support.approved_on is None and support.disbursed_on is None
        if support.kind == "qardhul_hasan" and support.status == "dicairkan":
            rows = repayments[support.id]
            assert rows and sum(r.amount_due for r in rows) == support.amount
            assert all(r.due_on > support.disbursed_on for r in rows)
            assert all(r.paid_on is None or r.paid_on < TODAY for r in rows)
        else:
            assert support.id not in repayments
    all_rows = [r for rows in repayments.values() for r in rows]
    assert any(r.amount_paid == r.amount_due for r in all_rows)  # paid
    assert any(r.due_on < TODAY and r.amount_paid == 0 for r in all_rows)  # in arrears
    assert any(r.due_on > TODAY for r in all_rows)  # still to come


def test_follow_ups_overdue_and_today(demo_db: Database) -> None:
    activities = _all(demo_db, Activity)
    assert any(a.follow_up_on == TODAY and not a.follow_up_done for a in activities)
    assert any(a.follow_up_on and a.follow_up_on < TODAY and not a.follow_up_done for a in activities)
    assert any(a.follow_up_on and a.follow_up_on > TODAY for a in activities)
    assert any(a.students for a in activities)
    assert all(a.hours > 0 and a.notes for a in activities)


def test_foreign_keys_and_integrity(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        # the indexes dropped for the bulk load are all back
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
    expected = {index.name for table in Base.metadata.sorted_tables for index in table.indexes
                if index._ddl_if is None or index._ddl_if.dialect in (None, "sqlite")}  # not the server-only ones
    assert expected <= names


def test_search_index_is_complete_and_live(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        if not sqlite_has_fts(conn):
            pytest.skip("SQLite tanpa FTS5 trigram")
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {FTS_TABLE}").scalar() == N
        triggers = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'business'"
        ).scalar()
        assert triggers >= 3
        name = conn.exec_driver_sql("SELECT name FROM business LIMIT 1").scalar()
        found = conn.exec_driver_sql(
            f"SELECT count(*) FROM {FTS_TABLE} WHERE search_text MATCH ?", (f'"{name.lower()}"',)
        ).scalar()
        assert found >= 1


# --- determinism, refusals, storage format --------------------------------------------------------------


def _snapshot(db: Database) -> tuple[list, list, list]:
    with db.read() as session:
        businesses = session.execute(select(Business.id, Business.name, Business.search_text).order_by(Business.id)).all()
        activities = session.execute(select(Activity.id, Activity.held_on).order_by(Activity.id)).all()
        owners = session.execute(select(Owner.id, Owner.nik, Owner.phone).order_by(Owner.id)).all()
    return businesses, activities, owners


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path, demo_db: Database) -> None:
    snapshots = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        try:
            fill_demo(db, businesses=40, seed=7, today=TODAY)
            snapshots.append(_snapshot(db))
        finally:
            db.dispose()
    assert snapshots[0] == snapshots[1]
    other = _snapshot(demo_db)  # seed 2026
    assert {row.id for row in snapshots[0][0]}.isdisjoint({row.id for row in other[0]})
    assert [row.name for row in snapshots[0][0]] != [row.name for row in other[0]][:40]


def test_refuses_a_database_with_businesses(demo_db: Database) -> None:
    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Business))
    with pytest.raises(ServiceError, match="sudah berisi"):
        fill_demo(demo_db, businesses=5, today=TODAY)
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Business)) == before


def test_refuses_a_bad_count(demo_db: Database) -> None:
    for bad in (0, -3, 2_000_000):
        with pytest.raises(ServiceError, match="Jumlah UMKM"):
            fill_demo(demo_db, businesses=bad, today=TODAY)


def test_a_failed_load_leaves_the_database_empty(sqlite_db: Database) -> None:
    def boom(message: str, fraction: float) -> None:
        if message.startswith("UMKM"):
            raise RuntimeError("berhenti")

    with pytest.raises(RuntimeError):
        fill_demo(sqlite_db, businesses=10, today=TODAY, progress=boom)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Business)) == 0
        assert session.scalar(select(func.count()).select_from(Partner)) == 0
    fill_demo(sqlite_db, businesses=10, today=TODAY)  # and it can be loaded afterwards


def test_sqlite_storage_format_matches_sqlalchemy(demo_db: Database) -> None:
    dialect = demo_db.engine.dialect
    stamp = datetime(2025, 3, 4, 5, 10, tzinfo=UTC)
    for column_type, value in ((UtcDateTime(), stamp), (Date(), date(2025, 3, 4))):
        ours = _sqlite_converter(column_type)
        theirs = column_type.dialect_impl(dialect).bind_processor(dialect)
        assert ours is not None and theirs is not None
        assert ours(value) == theirs(value)


def test_values_read_back_through_the_orm(demo_db: Database) -> None:
    with demo_db.read() as session:
        activity = session.scalars(select(Activity).limit(1)).one()
        assert isinstance(activity.id, uuid.UUID) and isinstance(activity.created_at, datetime)
        assert activity.created_at.replace(tzinfo=None) >= datetime(TODAY.year - 1, 1, 1)
        assert session.get(Business, activity.business_id) is not None
        assert isinstance(activity.follow_up_done, bool)


def test_search_text() -> None:
    assert business_search_text("Gipang  Mak Icah", "Hj. Euis Rohaeti", "3673014508790001", None, "+6281234567890") == (
        "gipang mak icah hj. euis rohaeti 3673014508790001 6281234567890"
    )
    assert business_search_text("Nasi Sumsum", "Ujang", None, "9120304321234", None) == "nasi sumsum ujang 9120304321234"


# --- command line ---------------------------------------------------------------------------------------


def test_cli_fills_then_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite"
    assert main(["demo", "--db", str(path), "--businesses", "50"]) == 0
    out = capsys.readouterr().out
    assert "UMKM" in out and "detik" in out and "Kegiatan" in out
    assert main(["demo", "--db", str(path), "--businesses", "50", "--seed", "9"]) == 1
    assert "sudah berisi" in capsys.readouterr().err
    db = open_database(path)
    try:
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Business)) == 50
    finally:
        db.dispose()


def test_cli_refuses_a_non_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("bukan basis data")
    assert main(["demo", "--db", str(path)]) == 1
    assert "bukan" in capsys.readouterr().err


# --- scale ----------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_hundred_thousand_businesses_are_consistent(tmp_path: Path) -> None:
    db = open_database(tmp_path / "big.sqlite")
    try:
        # Its speed is a benchmark figure (benchmarks/run.py), not a unit test: timing on a shared machine is flaky.
        summary = fill_demo(db, businesses=100_000, seed=2026, today=TODAY)
        assert summary.counts["business"] == 100_000
        assert 400_000 <= summary.counts["activity"] <= 650_000
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            used = conn.exec_driver_sql("SELECT count(DISTINCT kelurahan_code) FROM business").scalar()
        assert used == 67
    finally:
        db.dispose()

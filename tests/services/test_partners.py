"""Partners, agreements, work plans and placements: CRUD, validation, audit, soft delete; partner rules;
target vs realisasi. Runs on SQLite and (when UMKM_DESK_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.partners import partners as svc
from umkm_desk.core.services.partners.partner_rules import agreement_state, quota_status, valid_agreement_for
from umkm_desk.core.services.partners.realisation import target_vs_realisasi
from umkm_desk.core.store.models import (
    Agreement,
    AuditEntry,
    Business,
    CapitalSupport,
    Case,
    Owner,
    Partner,
    Placement,
    Stage,
    WorkPlan,
)

TODAY = date(2026, 11, 28)
CIPARE = "36.73.01.1002"
KASEMEN = "36.73.02.1001"


def count(ctx: ServiceContext, model: type) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def snapshot(ctx: ServiceContext) -> tuple[int, ...]:
    return tuple(count(ctx, m) for m in (Partner, Agreement, WorkPlan, Placement, AuditEntry))


def partner(ctx: ServiceContext, name: str = "Universitas Sultan Ageng Tirtayasa", kind: str = "ptn") -> uuid.UUID:
    return svc.create_partner(ctx, svc.PartnerInput(name=name, kind=kind))


def agreement(ctx: ServiceContext, pid: uuid.UUID, stages: tuple[str, ...] = ("mentoring",), **kw: object) -> uuid.UUID:
    data = svc.AgreementInput(
        kind=kw.get("kind", "mou"),
        number=kw.get("number", "027/MoU/Disperindagkop/2025"),
        signed_on=kw.get("signed_on", date(2025, 1, 10)),
        valid_until=kw.get("valid_until", date(2027, 12, 31)),
        stages=stages,
    )
    return svc.create_agreement(ctx, pid, data)


def business_with_stage(
    ctx: ServiceContext,
    pid: uuid.UUID | None,
    kind: str = "mentoring",
    *,
    started_on: date | None = date(2026, 3, 1),
    status: str = "berjalan",
    opened_on: date = date(2026, 2, 1),
    kelurahan: str = CIPARE,
    business_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A business (or an existing one) with a case holding one stage of ``kind``; returns the business id."""
    with ctx.db.transaction() as session:
        if business_id is None:
            owner = Owner(name="Siti Aminah")
            session.add(owner)
            session.flush()
            business = Business(
                owner_id=owner.id, name=f"Keripik {uuid.uuid4().hex[:6]}", sector="kuliner",
                kelurahan_code=kelurahan, kecamatan_code=kelurahan[:8], scale="mikro",
            )
            session.add(business)
            session.flush()
            business_id = business.id
        case = Case(business_id=business_id, status="aktif", opened_on=opened_on)
        session.add(case)
        session.flush()
        session.add(Stage(case_id=case.id, kind=kind, seq=1, status=status, partner_id=pid, started_on=started_on))
    return business_id


# --- partners -------------------------------------------------------------------------------------------


def test_create_update_partner_with_audit(ctx):
    pid = svc.create_partner(
        ctx,
        svc.PartnerInput(
            name="  Universitas   Serang Raya ", kind="pts", contact_name="Dr. Hj. Ratu",
            contact_phone="0812 3456 7890", email="humas@unsera.ac.id",
        ),
    )
    row = svc.get_partner(ctx, pid)
    assert row.name == "Universitas Serang Raya"
    assert row.contact_phone == "+6281234567890"
    assert row.agreement_state is None

    svc.update_partner(ctx, pid, svc.PartnerInput(name="Universitas Serang Raya", kind="pts", address="Jl. Raya Cilegon"))
    assert svc.get_partner(ctx, pid).address == "Jl. Raya Cilegon"
    with ctx.db.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(pid))))
    actions = [(a.action, a.field) for a in entries]
    assert ("create", "name") in actions
    assert ("update", "address") in actions
    assert ("update", "contact_phone") in actions  # cleared
    assert {(a.officer_name, a.hostname) for a in entries} == {("Petugas Uji", "uji-pc")}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (svc.PartnerInput(name="  ", kind="ptn"), "name", "Nama mitra belum diisi."),
        (svc.PartnerInput(name="Mitra X", kind="kampus"), "kind", "Pilih jenis mitra."),
        (svc.PartnerInput(name="Mitra X", kind="opd", contact_phone="12"), "contact_phone", "Nomor telepon"),
        (svc.PartnerInput(name="Mitra X", kind="opd", email="humas@"), "email", "email tidak sah"),
        (svc.PartnerInput(name="universitas sultan ageng TIRTAYASA", kind="ptn"), "name", "sudah ada"),
    ],
)
def test_partner_validation_refuses_and_changes_nothing(ctx, data, field, message):
    partner(ctx)
    before = snapshot(ctx)
    with pytest.raises(ServiceError) as refused:
        svc.create_partner(ctx, data)
    assert field in refused.value.errors
    assert message in refused.value.errors[field]
    assert snapshot(ctx) == before


def test_partner_validation_reports_every_field(ctx):
    with pytest.raises(ServiceError) as refused:
        svc.create_partner(ctx, svc.PartnerInput(name="", kind="", email="x"))
    assert set(refused.value.errors) == {"name", "kind", "email"}


def test_update_to_duplicate_name_refused(ctx):
    partner(ctx, "BAZNAS Kota Serang", "zakat")
    pid = partner(ctx, "LAZ Harfa", "zakat")
    before = snapshot(ctx)
    with pytest.raises(ServiceError, match="sudah ada"):
        svc.update_partner(ctx, pid, svc.PartnerInput(name="Baznas Kota Serang", kind="zakat"))
    assert snapshot(ctx) == before
    svc.update_partner(ctx, pid, svc.PartnerInput(name="LAZ Harfa", kind="zakat"))  # own name is fine


def test_archive_and_restore_partner(ctx):
    pid = partner(ctx)
    partner(ctx, "BAZNAS Kota Serang", "zakat")
    svc.archive_partner(ctx, pid)
    assert [p.name for p in svc.list_partners(ctx)] == ["BAZNAS Kota Serang"]
    archived = [p for p in svc.list_partners(ctx, include_archived=True) if p.archived]
    assert [p.id for p in archived] == [pid]
    with pytest.raises(ServiceError, match="di arsip"):
        partner(ctx)  # the name is still taken by the archived partner
    with pytest.raises(ServiceError, match="pulihkan"):
        agreement(ctx, pid)
    svc.restore_partner(ctx, pid)
    assert len(svc.list_partners(ctx)) == 2
    with ctx.db.read() as session:
        actions = sorted(a.action for a in session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(pid))))
    assert actions.count("delete") == 1 and actions.count("restore") == 1


def test_list_partners_filters(ctx):
    partner(ctx)
    partner(ctx, "UIN Sultan Maulana Hasanuddin Banten", "ptn")
    svc.create_partner(ctx, svc.PartnerInput(name="BAZNAS Kota Serang", kind="zakat", contact_name="Ahmad Fauzi"))
    assert [p.name for p in svc.list_partners(ctx, kind="zakat")] == ["BAZNAS Kota Serang"]
    assert [p.name for p in svc.list_partners(ctx, search="fauzi")] == ["BAZNAS Kota Serang"]
    assert [p.name for p in svc.list_partners(ctx, search="sultan uin")] == ["UIN Sultan Maulana Hasanuddin Banten"]
    assert len(svc.list_partners(ctx, search="sultan")) == 2
    assert [p.name for p in svc.list_partners(ctx)][0] == "BAZNAS Kota Serang"  # by name


# --- agreements -----------------------------------------------------------------------------------------


def test_agreement_crud_and_state(ctx):
    pid = partner(ctx)
    aid = agreement(ctx, pid, ("capital", "mentoring"), valid_until=date(2027, 1, 15))
    view = svc.get_agreement(ctx, aid, today=TODAY)
    assert view.stages == ("capital", "mentoring")
    assert view.state == "segera_berakhir"
    assert svc.get_partner(ctx, pid, today=TODAY).agreement_state == "segera_berakhir"
    svc.update_agreement(
        ctx, aid,
        svc.AgreementInput(kind="pks", number="12/PKS/2025", signed_on="10/01/2025", valid_until="31 Des 2028",
                           stages=["marketing"], title="PKS pemasaran digital"),
    )
    view = svc.get_agreement(ctx, aid, today=TODAY)
    assert (view.kind, view.number, view.valid_until, view.stages, view.state) == (
        "pks", "12/PKS/2025", date(2028, 12, 31), ("marketing",), "berlaku")
    with ctx.db.read() as session:
        fields = {a.field for a in session.scalars(select(AuditEntry).where(AuditEntry.action == "update"))}
    assert {"kind", "number", "valid_until", "covers_capital", "covers_marketing", "title"} <= fields
    svc.archive_agreement(ctx, aid)
    assert svc.list_agreements(ctx, pid) == []
    assert [a.archived for a in svc.list_agreements(ctx, pid, include_archived=True)] == [True]
    svc.restore_agreement(ctx, aid)
    assert len(svc.list_agreements(ctx, pid)) == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"number": " "}, "number", "Nomor perjanjian belum diisi."),
        ({"valid_until": date(2025, 1, 10)}, "valid_until", "harus sesudah tanggal penandatanganan"),
        ({"valid_until": date(2024, 1, 1)}, "valid_until", "harus sesudah"),
        ({"stages": ()}, "stages", "minimal satu tahap"),
        ({"signed_on": None}, "signed_on", "belum diisi"),
        ({"signed_on": "31/02/2025"}, "signed_on", "tidak ada di kalender"),
        ({"kind": "spk"}, "kind", "MoU atau PKS"),
    ],
)
def test_agreement_validation_refuses_and_changes_nothing(ctx, changes, field, message):
    pid = partner(ctx)
    aid = agreement(ctx, pid)
    before = snapshot(ctx)
    values = {"kind": "mou", "number": "1/MoU/2025", "signed_on": date(2025, 1, 10),
              "valid_until": date(2026, 1, 10), "stages": ("capital",)} | changes
    for attempt in (lambda: svc.create_agreement(ctx, pid, svc.AgreementInput(**values)),
                    lambda: svc.update_agreement(ctx, aid, svc.AgreementInput(**values))):
        with pytest.raises(ServiceError) as refused:
            attempt()
        assert message in refused.value.errors[field]
    assert snapshot(ctx) == before
    assert svc.get_agreement(ctx, aid).number == "027/MoU/Disperindagkop/2025"


@pytest.mark.parametrize(
    ("valid_until", "state"),
    [
        (date(2026, 11, 27), "kedaluwarsa"),
        (date(2026, 11, 28), "segera_berakhir"),  # last day still in force
        (date(2027, 1, 27), "segera_berakhir"),  # 60 days left
        (date(2027, 1, 28), "berlaku"),  # 61 days left
    ],
)
def test_agreement_state_boundaries(valid_until, state):
    class A:
        pass

    a = A()
    a.valid_until = valid_until
    assert agreement_state(a, TODAY) == state


def test_valid_agreement_for(ctx):
    pid = partner(ctx)
    old = agreement(ctx, pid, ("mentoring",), number="A", signed_on=date(2024, 1, 1), valid_until=date(2026, 6, 30))
    new = agreement(ctx, pid, ("mentoring", "marketing"), number="B", signed_on=date(2026, 1, 1),
                    valid_until=date(2028, 12, 31))
    with ctx.db.read() as session:
        assert valid_agreement_for(session, pid, "mentoring", date(2026, 3, 1)).id == new  # runs longest
        assert valid_agreement_for(session, pid, "mentoring", date(2025, 3, 1)).id == old
        assert valid_agreement_for(session, pid, "capital", date(2026, 3, 1)) is None  # not covered
        assert valid_agreement_for(session, pid, "marketing", date(2029, 1, 1)) is None  # expired
        assert valid_agreement_for(session, pid, "marketing", date(2025, 12, 31)) is None  # not yet signed
        assert valid_agreement_for(session, pid, "marketing", date(2028, 12, 31)).id == new  # last day
    svc.archive_agreement(ctx, new)
    with ctx.db.read() as session:
        assert valid_agreement_for(session, pid, "marketing", date(2026, 3, 1)) is None
    svc.restore_agreement(ctx, new)
    svc.archive_partner(ctx, pid)
    with ctx.db.read() as session:
        assert valid_agreement_for(session, pid, "mentoring", date(2026, 3, 1)) is None


# --- work plans -----------------------------------------------------------------------------------------


def test_work_plan_crud(ctx):
    pid = partner(ctx, "BAZNAS Kota Serang", "zakat")
    plan = svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2026, stage="capital", quota="40", budget="Rp500 jt"))
    svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2025, stage="capital", quota=30, budget=""))
    views = svc.list_work_plans(ctx, pid)
    assert [(v.year, v.quota, v.budget) for v in views] == [(2026, 40, 500_000_000), (2025, 30, 0)]
    svc.update_work_plan(ctx, plan, svc.WorkPlanInput(year=2026, stage="capital", quota=45, budget="Rp600.000.000"))
    assert svc.get_work_plan(ctx, plan).budget == 600_000_000
    assert svc.work_plan_years(ctx, pid) == [2026, 2025]
    svc.archive_work_plan(ctx, plan)
    assert [v.year for v in svc.list_work_plans(ctx, pid)] == [2025]
    with pytest.raises(ServiceError, match="di arsip"):
        svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2026, stage="capital", quota=1))
    svc.restore_work_plan(ctx, plan)
    assert len(svc.list_work_plans(ctx, pid, year=2026)) == 1


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"year": 1999}, "year", "antara 2000 dan 2100"),
        ({"year": 2101}, "year", "antara 2000 dan 2100"),
        ({"year": "dua ribu"}, "year", "angka bulat"),
        ({"quota": 0}, "quota", "minimal 1"),
        ({"quota": ""}, "quota", "belum diisi"),
        ({"budget": "lima juta"}, "budget", "tidak dikenali"),
        ({"budget": "1,234 jt"}, "budget", "membingungkan"),
        ({"stage": "training"}, "stage", "Pilih tahap"),
        ({"stage": "capital"}, "stage", "Rencana kerja 2026 untuk tahap Permodalan sudah ada"),
    ],
)
def test_work_plan_validation_refuses_and_changes_nothing(ctx, values, field, message):
    pid = partner(ctx, "BAZNAS Kota Serang", "zakat")
    svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2026, stage="capital", quota=40))
    before = snapshot(ctx)
    data = {"year": 2026, "stage": "mentoring", "quota": 10, "budget": "5 jt"} | values
    with pytest.raises(ServiceError) as refused:
        svc.create_work_plan(ctx, pid, svc.WorkPlanInput(**data))
    assert message in refused.value.errors[field]
    assert snapshot(ctx) == before


# --- placements -----------------------------------------------------------------------------------------


def test_placement_crud(ctx):
    pid = partner(ctx)
    data = svc.PlacementInput(group_name="KKM 12", period_start=date(2026, 7, 1), period_end=date(2027, 1, 31),
                              supervisor="Dr. Rina Marlina", kelurahan_codes=[CIPARE, "3673021001", CIPARE], students=10)
    plid = svc.create_placement(ctx, pid, data)
    view = svc.get_placement(ctx, plid)
    assert view.kelurahan_codes == (CIPARE, KASEMEN)
    assert view.kelurahan_names == ("Cipare", "Kasemen")
    assert view.status(TODAY) == "bertugas"
    assert view.status(date(2027, 2, 1)) == "selesai"
    data.kelurahan_codes = [KASEMEN, "36.73.01.1001"]
    data.students = "12"
    svc.update_placement(ctx, plid, data)
    view = svc.get_placement(ctx, plid)
    assert view.kelurahan_codes == ("36.73.01.1001", KASEMEN)
    assert view.students == 12
    with ctx.db.read() as session:
        changed = {a.field for a in session.scalars(select(AuditEntry).where(AuditEntry.action == "update"))}
    assert changed == {"kelurahan", "students"}
    svc.archive_placement(ctx, plid)
    assert svc.list_placements(ctx, pid) == []
    svc.restore_placement(ctx, plid)
    assert len(svc.list_placements(ctx, pid)) == 1


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"period_end": date(2026, 7, 1)}, "period_end", "harus sesudah tanggal mulai"),
        ({"kelurahan_codes": []}, "kelurahan", "minimal satu kelurahan"),
        ({"kelurahan_codes": ["36.73.09.9999"]}, "kelurahan", "tidak dikenal"),
        ({"supervisor": ""}, "supervisor", "DPL"),
        ({"group_name": ""}, "group_name", "Nama kelompok"),
        ({"students": -1}, "students", "negatif"),
    ],
)
def test_placement_validation_refuses_and_changes_nothing(ctx, values, field, message):
    pid = partner(ctx)
    before = snapshot(ctx)
    data = {"group_name": "KKM 12", "period_start": date(2026, 7, 1), "period_end": date(2026, 8, 31),
            "supervisor": "Dr. Rina", "kelurahan_codes": [CIPARE]} | values
    with pytest.raises(ServiceError) as refused:
        svc.create_placement(ctx, pid, svc.PlacementInput(**data))
    assert message in refused.value.errors[field]
    assert snapshot(ctx) == before


# --- quota and realisation ------------------------------------------------------------------------------


def test_quota_status_counts_distinct_businesses_started_in_year(ctx):
    pid = partner(ctx)
    other = partner(ctx, "Universitas Serang Raya", "pts")
    with ctx.db.read() as session:
        assert quota_status(session, pid, 2026, "mentoring").quota is None
    svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2026, stage="mentoring", quota=3))
    b1 = business_with_stage(ctx, pid)  # counts
    business_with_stage(ctx, pid, business_id=b1, started_on=date(2026, 9, 1))  # same business again: once
    business_with_stage(ctx, pid, started_on=None, status="selesai", opened_on=date(2026, 1, 5))  # counts
    business_with_stage(ctx, pid, started_on=None, status="belum")  # only reserved: no
    business_with_stage(ctx, pid, started_on=date(2025, 12, 31))  # last year: no
    business_with_stage(ctx, pid, status="dilewati")  # skipped: no
    business_with_stage(ctx, pid, "marketing")  # other stage: no
    business_with_stage(ctx, other)  # other partner: no
    with ctx.db.read() as session:
        status = quota_status(session, pid, 2026, "mentoring")
        assert (status.quota, status.used, status.remaining, status.exhausted) == (3, 2, 1, False)
        assert quota_status(session, pid, 2025, "mentoring").used == 1
    business_with_stage(ctx, pid)
    business_with_stage(ctx, pid)
    with ctx.db.read() as session:
        status = quota_status(session, pid, 2026, "mentoring")
    assert (status.used, status.remaining, status.exhausted, status.over) == (4, 0, True, 1)


def test_target_vs_realisasi(ctx):
    untirta = partner(ctx)
    baznas = partner(ctx, "BAZNAS Kota Serang", "zakat")
    svc.create_work_plan(ctx, untirta, svc.WorkPlanInput(year=2026, stage="mentoring", quota=4, budget="100 jt"))
    svc.create_work_plan(ctx, baznas, svc.WorkPlanInput(year=2026, stage="capital", quota=10, budget="Rp500 jt"))
    svc.create_work_plan(ctx, baznas, svc.WorkPlanInput(year=2025, stage="capital", quota=9, budget="1 M"))
    for _ in range(3):
        business_with_stage(ctx, untirta)
    business_with_stage(ctx, untirta, "marketing")  # no plan: still reported
    shops = [business_with_stage(ctx, baznas, "capital") for _ in range(2)]
    with ctx.db.transaction() as session:
        case_id = session.scalar(select(Case.id).where(Case.business_id == shops[0]))
        for amount, status, on in ((5_000_000, "dicairkan", date(2026, 4, 1)), (7_500_000, "dicairkan", date(2026, 6, 1)),
                                   (9_000_000, "disetujui", None), (1_000_000, "dicairkan", date(2025, 12, 1))):
            session.add(CapitalSupport(case_id=case_id, business_id=shops[0], partner_id=baznas, kind="hibah",
                                       amount=amount, status=status, applied_on=date(2025, 11, 1), disbursed_on=on))
    rows = target_vs_realisasi(ctx, 2026)
    table = [(r.partner_name, r.stage, r.quota, r.realised, r.percent, r.budget, r.disbursed) for r in rows]
    assert table == [
        ("BAZNAS Kota Serang", "capital", 10, 2, 20.0, 500_000_000, 12_500_000),
        ("Universitas Sultan Ageng Tirtayasa", "mentoring", 4, 3, 75.0, 100_000_000, 0),
        ("Universitas Sultan Ageng Tirtayasa", "marketing", None, 1, None, 0, 0),
    ]
    assert rows[0].budget_percent == pytest.approx(2.5)
    assert [r.stage for r in target_vs_realisasi(ctx, 2026, partner_id=untirta)] == ["mentoring", "marketing"]
    # one partner's rows, read on their own, are that partner's rows of the whole table
    for one in (untirta, baznas):
        assert target_vs_realisasi(ctx, 2026, partner_id=one) == [r for r in rows if r.partner_id == one]
    last_year = target_vs_realisasi(ctx, 2025)
    assert [(r.quota, r.realised, r.disbursed) for r in last_year] == [(9, 0, 1_000_000)]
    svc.archive_partner(ctx, baznas)
    assert {r.partner_name for r in target_vs_realisasi(ctx, 2026)} == {"Universitas Sultan Ageng Tirtayasa"}

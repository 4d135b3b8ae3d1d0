"""Partner suggestion: only partners with a valid covering agreement; placements and quota rank them."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.partners import partners as svc
from umkm_desk.core.services.partners.partner_suggestion import suggest_partners
from umkm_desk.core.store.models import Business, Case, Owner, Stage

TODAY = date(2026, 11, 28)
CIPARE = "36.73.01.1002"
KASEMEN = "36.73.02.1001"


def partner(ctx: ServiceContext, name: str, stages: tuple[str, ...] = ("mentoring",), *,
            number: str = "027/MoU/2025", valid_until: date = date(2027, 12, 31),
            quota: int | None = None) -> uuid.UUID:
    pid = svc.create_partner(ctx, svc.PartnerInput(name=name, kind="ptn"))
    if stages:
        svc.create_agreement(ctx, pid, svc.AgreementInput(
            kind="mou", number=number, signed_on=date(2025, 1, 10), valid_until=valid_until, stages=stages))
    if quota is not None:
        for stage in stages:
            svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=TODAY.year, stage=stage, quota=quota))
    return pid


def placement(ctx: ServiceContext, pid: uuid.UUID, codes: list[str], *, group: str = "KKM 12",
              start: date = date(2026, 10, 1), end: date = date(2027, 1, 31)) -> None:
    svc.create_placement(ctx, pid, svc.PlacementInput(
        group_name=group, period_start=start, period_end=end, supervisor="Dr. Rina", kelurahan_codes=codes))


def business(ctx: ServiceContext, kelurahan: str = CIPARE) -> uuid.UUID:
    with ctx.db.transaction() as session:
        owner = Owner(name="Siti Aminah")
        session.add(owner)
        session.flush()
        shop = Business(owner_id=owner.id, name=f"Keripik {uuid.uuid4().hex[:6]}", sector="kuliner",
                        kelurahan_code=kelurahan, kecamatan_code=kelurahan[:8], scale="mikro")
        session.add(shop)
        session.flush()
        return shop.id


def use_quota(ctx: ServiceContext, pid: uuid.UUID, stage: str, n: int) -> None:
    for _ in range(n):
        shop = business(ctx)
        with ctx.db.transaction() as session:
            case = Case(business_id=shop, status="aktif", opened_on=date(2026, 2, 1))
            session.add(case)
            session.flush()
            session.add(Stage(case_id=case.id, kind=stage, seq=1, status="berjalan", partner_id=pid,
                              started_on=date(2026, 3, 1)))


def test_only_partners_with_valid_covering_agreement(ctx):
    ok = partner(ctx, "Universitas Sultan Ageng Tirtayasa")
    partner(ctx, "BAZNAS Kota Serang", ("capital",))  # does not cover mentoring
    partner(ctx, "Universitas Serang Raya", valid_until=date(2026, 11, 27))  # expired yesterday
    partner(ctx, "Tanpa Perjanjian", ())
    archived = partner(ctx, "UIN Sultan Maulana Hasanuddin Banten")
    svc.archive_partner(ctx, archived)
    shop = business(ctx)
    result = suggest_partners(ctx, shop, "mentoring", today=TODAY)
    assert [s.partner_id for s in result] == [ok]
    assert result[0].reasons[0] == "MoU 027/MoU/2025 mencakup tahap Pendampingan (berlaku sampai 31 Desember 2027)"
    assert result[0].agreement_id is not None
    assert [s.name for s in suggest_partners(ctx, shop, "capital", today=TODAY)] == ["BAZNAS Kota Serang"]
    assert suggest_partners(ctx, shop, "marketing", today=TODAY) == []


def test_placement_in_business_kelurahan_ranks_higher(ctx):
    far = partner(ctx, "Aaa Universitas", quota=40)
    near = partner(ctx, "Universitas Serang Raya", quota=40)
    placement(ctx, far, [KASEMEN])  # other kelurahan
    placement(ctx, near, [CIPARE, KASEMEN], group="KKM 12")
    placement(ctx, far, [CIPARE], group="KKM 3", start=date(2026, 1, 1), end=date(2026, 2, 28))  # over
    result = suggest_partners(ctx, business(ctx, CIPARE), "mentoring", today=TODAY)
    assert [s.partner_id for s in result] == [near, far]
    assert "Kelompok KKM 12 bertugas di Kel. Cipare sampai 31 Januari 2027" in result[0].reasons
    assert not any("bertugas" in r for r in result[1].reasons)


def test_exhausted_quota_ranks_lower_with_warning(ctx):
    full = partner(ctx, "Aaa Universitas", quota=2)
    room = partner(ctx, "Universitas Serang Raya", quota=40)
    no_plan = partner(ctx, "UIN Sultan Maulana Hasanuddin Banten")
    placement(ctx, full, [CIPARE])  # even a placement does not lift a full quota above the others
    use_quota(ctx, full, "mentoring", 2)
    use_quota(ctx, room, "mentoring", 28)
    result = suggest_partners(ctx, business(ctx), "mentoring", today=TODAY)
    assert [s.partner_id for s in result] == [room, no_plan, full]
    assert "Sisa kuota 2026: 12 dari 40 UMKM" in result[0].reasons
    assert "Belum ada rencana kerja 2026 untuk tahap Pendampingan" in result[1].reasons
    assert result[2].quota_exhausted
    assert "Peringatan: kuota 2026 sudah habis (2 dari 2 UMKM)" in result[2].reasons


def test_more_remaining_quota_ranks_higher(ctx):
    a = partner(ctx, "Aaa Universitas", quota=10)
    b = partner(ctx, "Bbb Universitas", quota=10)
    use_quota(ctx, a, "mentoring", 8)
    use_quota(ctx, b, "mentoring", 1)
    result = suggest_partners(ctx, business(ctx), "mentoring", today=TODAY)
    assert [s.partner_id for s in result] == [b, a]
    assert result[0].score > result[1].score


def test_unknown_business_refused(ctx):
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        suggest_partners(ctx, uuid.uuid4(), "mentoring", today=TODAY)

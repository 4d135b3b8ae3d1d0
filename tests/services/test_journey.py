"""One business's whole journey through the services: registration, a case, capital -> mentoring -> marketing,
outcome, naik kelas. Runs on SQLite and (when UMKM_DESK_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from umkm_desk.core.services.cases import activities, capital, cases, outcomes
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.cases.capital import SupportInput
from umkm_desk.core.services.cases.dashboard import dashboard
from umkm_desk.core.services.cases.outcomes import OutcomeInput
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.core.services.registry import timeline
from umkm_desk.core.services.registry.businesses import BusinessInput, create_business
from umkm_desk.core.store.models import AuditEntry, Business, CaseEvent


def _partner(ctx: ServiceContext, name: str, kind: str, stages: tuple[str, ...], quota: int) -> object:
    pid = partners.create_partner(ctx, partners.PartnerInput(name=name, kind=kind))
    partners.create_agreement(
        ctx, pid, partners.AgreementInput(kind="pks", number=f"500/{kind.upper()}/PKS/2026", signed_on=date(2026, 1, 2),
                                          valid_until=date(2027, 12, 31), stages=stages)
    )
    for stage in stages:
        partners.create_work_plan(ctx, pid, partners.WorkPlanInput(year=2026, stage=stage, quota=quota))
    return pid


def test_full_journey_to_naik_kelas(ctx: ServiceContext) -> None:
    # Registration through the registry service.
    business_id = create_business(
        ctx,
        BusinessInput(
            owner_name="Siti Nurhayati", nik_missing=True, sex="P", birth_date="12/05/1985", phone="081234567890",
            name="Keripik Sukun Bu Siti", sector="kuliner", kecamatan_code="36.73.01",
            kelurahan_code="36.73.01.1002", modal_usaha="60 jt", annual_sales="900 jt", workers="2",
        ),
    )
    baznas = _partner(ctx, "BAZNAS Kota Serang", "zakat", ("capital",), 25)
    untirta = _partner(ctx, "Universitas Sultan Ageng Tirtayasa", "ptn", ("mentoring",), 40)
    unsera = _partner(ctx, "Universitas Serang Raya", "pts", ("marketing",), 30)

    case_id = cases.open_case(ctx, business_id, date(2026, 2, 2))
    view = cases.get_case(ctx, case_id)
    assert view.status == "aktif" and [s.status for s in view.stages] == ["belum"] * 3
    assert view.current_stage is not None and view.current_stage.kind == "capital"
    capital_stage, mentoring_stage, marketing_stage = (view.stage(k).id for k in ("capital", "mentoring", "marketing"))

    # Capital: BAZNAS, qardhul hasan of Rp10.000.000 in 10 instalments.
    assert cases.assign_partner(ctx, capital_stage, baznas, on=date(2026, 2, 3)) == []
    cases.start_stage(ctx, capital_stage, on=date(2026, 2, 3))
    support = capital.add_support(ctx, case_id, SupportInput("qardhul_hasan", 10_000_000, date(2026, 2, 4), baznas))
    capital.set_support_status(ctx, support, "disetujui", on=date(2026, 2, 10))
    capital.set_support_status(ctx, support, "dicairkan", on=date(2026, 2, 15))
    plan = capital.create_schedule(ctx, support, 3, date(2026, 3, 15))
    assert [a for _, a in plan] == [3_333_333, 3_333_333, 3_333_334]
    activities.add_activity(ctx, case_id, ActivityInput("pencairan", date(2026, 2, 15), stage_id=capital_stage,
                                                        hours=1, people_count=2, notes="Dana diterima utuh"))
    assert capital.record_payment(ctx, support, 3_333_333, date(2026, 3, 14)) == 6_666_667
    cases.finish_stage(ctx, capital_stage, on=date(2026, 2, 20))

    # Mentoring: Untirta, with a mentor and KKM students.
    cases.assign_partner(ctx, mentoring_stage, untirta, on=date(2026, 3, 1), mentor="Dr. Rina Marlina")
    cases.start_stage(ctx, mentoring_stage, on=date(2026, 3, 1))
    activities.add_activity(
        ctx, case_id,
        ActivityInput("mentoring", date(2026, 3, 8), stage_id=mentoring_stage, hours=3, mentor="Dr. Rina Marlina",
                      students="Kelompok KKM 12", people_count=5, notes="Pembukuan sederhana",
                      follow_up_on=date(2026, 3, 22)),
    )
    cases.finish_stage(ctx, mentoring_stage, on=date(2026, 5, 30))

    # Marketing: Unsera, e-commerce onboarding.
    cases.assign_partner(ctx, marketing_stage, unsera, on=date(2026, 6, 1))
    cases.start_stage(ctx, marketing_stage, on=date(2026, 6, 1))
    activities.add_activity(ctx, case_id, ActivityInput("pasar", date(2026, 6, 20), stage_id=marketing_stage,
                                                        market_kind="ecommerce", hours=4, people_count=3))
    cases.finish_stage(ctx, marketing_stage, on=date(2026, 8, 31))

    # Outcome: sales Rp3,2 M a year -> kecil, naik kelas from the baseline (mikro at registration).
    result = outcomes.record_outcome(
        ctx, business_id,
        OutcomeInput(date(2026, 9, 30), annual_sales=3_200_000_000, modal_usaha=150_000_000, workers=6,
                     halal_obtained=True, market_marketplace=True),
    )
    assert (result.baseline_scale, result.scale, result.naik_kelas) == ("mikro", "kecil", True)
    cases.set_case_status(ctx, case_id, "naik_kelas", on=date(2026, 10, 1))

    view = cases.get_case(ctx, case_id)
    assert view.status == "naik_kelas" and view.naik_kelas and view.closed_on == date(2026, 10, 1)
    assert [s.status for s in view.stages] == ["selesai"] * 3
    assert [s.partner_name for s in view.stages] == [
        "BAZNAS Kota Serang", "Universitas Sultan Ageng Tirtayasa", "Universitas Serang Raya"]
    assert all(s.agreement_number for s in view.stages)
    assert view.stage("mentoring").mentor == "Dr. Rina Marlina"

    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        assert business is not None
        assert (business.case_status, business.current_stage, business.scale, business.naik_kelas) == (
            "naik_kelas", "marketing", "kecil", True)
        assert business.current_partner_id == unsera
        assert business.last_activity_on == date(2026, 6, 20)
        assert business.annual_sales == 3_200_000_000 and business.workers == 6
        events = session.scalars(select(CaseEvent.field).where(CaseEvent.case_id == case_id)).all()
        assert events.count("stage_status") == 6 and events.count("partner") == 3
        assert "naik_kelas" in events and events.count("status") == 2
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "stage")) >= 9

    support_view = capital.get_support(ctx, support)
    assert support_view.outstanding == 6_666_667
    assert [r.amount_paid for r in support_view.repayments] == [3_333_333, 0, 0]

    titles = [entry.title for entry in timeline.business_timeline(ctx, business_id)]
    assert titles[0] == "Pendampingan ditutup: Naik kelas"
    assert "UMKM terdaftar" in titles  # dated by registration (today), the journey is back-dated
    assert "Naik kelas: Mikro → Kecil" in titles
    assert "Tahap Permodalan: Belum mulai → Berjalan" in titles
    assert "Kegiatan Pasar (Onboarding E-commerce)" in titles
    assert "Pengukuran awal: skala Mikro" in titles
    assert any(t.startswith("Mitra tahap Pendampingan: Universitas Sultan Ageng Tirtayasa") for t in titles)
    case_titles = [entry.title for entry in timeline.case_timeline(ctx, case_id)]
    assert "Dukungan modal dicairkan" in case_titles and "Pembayaran angsuran" in case_titles

    # A new case can be opened once the first one is closed.
    second = cases.open_case(ctx, business_id, date(2026, 11, 1))
    assert cases.active_case_id(ctx, business_id) == second
    board = dashboard(ctx, today=date(2026, 11, 28))
    assert board.stage_counts["capital"]["belum"] == 1

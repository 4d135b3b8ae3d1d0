"""Case rules: every refused transition returns its Indonesian message and leaves the database unchanged;
plus the allowed paths (skip, reopen, quota warning), capital schedules, board and dashboard.
Runs on SQLite and (when UMKM_DESK_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from case_helpers import make_business, make_partner, snapshot
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from umkm_desk.core.services.cases import activities, capital, cases, outcomes
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.cases.capital import SupportInput, repayment_schedule
from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts, board_rows, filter_options
from umkm_desk.core.services.cases.dashboard import dashboard
from umkm_desk.core.services.cases.outcomes import OutcomeInput
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.registry import timeline
from umkm_desk.core.store.models import Business, CaseEvent

OPENED = date(2026, 1, 5)
TODAY = date.today()


@dataclass
class World:
    ctx: ServiceContext
    business: uuid.UUID
    partner: uuid.UUID
    case: uuid.UUID

    def stage(self, kind: str) -> uuid.UUID:
        return cases.get_case(self.ctx, self.case).stage(kind).id

    def activity(self, kind: str = "kunjungan", stage: str | None = "capital", on: date = date(2026, 1, 20),
                 **kw: object) -> uuid.UUID:
        stage_id = self.stage(stage) if stage else None
        return activities.add_activity(self.ctx, self.case, ActivityInput(kind, on, stage_id=stage_id, **kw))

    def finish(self, kind: str, start: date, end: date) -> None:
        cases.start_stage(self.ctx, self.stage(kind), on=start)
        self.activity("kunjungan", kind, on=start)
        cases.finish_stage(self.ctx, self.stage(kind), on=end)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    business = make_business(ctx)
    partner = make_partner(ctx)
    return World(ctx, business, partner, cases.open_case(ctx, business, OPENED))


def refused(w: World, action: Callable[[], object], message: str) -> None:
    before = snapshot(w.ctx)
    with pytest.raises(ServiceError) as info:
        action()
    assert info.value.message == message
    assert snapshot(w.ctx) == before


# --- refusals -------------------------------------------------------------------------------------------

REFUSALS: dict[str, Callable[[World], tuple[Callable[[], object], str]]] = {}


def refusal(name: str) -> Callable:
    def register(fn: Callable[[World], tuple[Callable[[], object], str]]) -> Callable:
        REFUSALS[name] = fn
        return fn

    return register


@refusal("second aktif case")
def _(w: World):
    return lambda: cases.open_case(w.ctx, w.business, OPENED), "UMKM ini masih memiliki pendampingan aktif."


@refusal("archived business")
def _(w: World):
    archived = make_business(w.ctx, "Arsip", archived=True)
    return (lambda: cases.open_case(w.ctx, archived),
            "UMKM ini sudah diarsipkan; pendampingan baru tidak dapat dibuka.")


@refusal("future opening")
def _(w: World):
    fresh = make_business(w.ctx, "Baru")
    return (lambda: cases.open_case(w.ctx, fresh, TODAY + timedelta(days=1)),
            "Tanggal mulai pendampingan tidak boleh melewati hari ini.")


@refusal("stage out of order")
def _(w: World):
    return (lambda: cases.start_stage(w.ctx, w.stage("mentoring"), on=OPENED),
            "Tahap Pendampingan belum dapat diubah: tahap Permodalan harus selesai atau dilewati dulu.")


@refusal("finish without activity")
def _(w: World):
    cases.start_stage(w.ctx, w.stage("capital"), on=OPENED)
    return (lambda: cases.finish_stage(w.ctx, w.stage("capital"), on=date(2026, 2, 1)),
            "Tahap Permodalan belum dapat diselesaikan: belum ada kegiatan yang dicatat pada tahap ini.")


@refusal("finish before start")
def _(w: World):
    return (lambda: cases.finish_stage(w.ctx, w.stage("capital"), on=OPENED),
            "Tahap Permodalan belum dimulai; mulai tahap ini dulu sebelum menyelesaikannya.")


@refusal("finish date before start date")
def _(w: World):
    cases.start_stage(w.ctx, w.stage("capital"), on=date(2026, 1, 10))
    w.activity(on=date(2026, 1, 10))
    return (lambda: cases.finish_stage(w.ctx, w.stage("capital"), on=date(2026, 1, 9)),
            "Tanggal selesai tidak boleh sebelum tanggal mulai tahap.")


@refusal("skip without reason")
def _(w: World):
    return lambda: cases.skip_stage(w.ctx, w.stage("capital"), "  "), "Alasan melewati tahap Permodalan wajib diisi."


@refusal("start before opening")
def _(w: World):
    return (lambda: cases.start_stage(w.ctx, w.stage("capital"), on=date(2026, 1, 4)),
            "Tahap tidak dapat dimulai sebelum tanggal pendampingan dibuka.")


@refusal("partner without covering agreement")
def _(w: World):
    unsera = make_partner(w.ctx, "Universitas Serang Raya", kind="pts", stages=("mentoring",))
    return (lambda: cases.assign_partner(w.ctx, w.stage("capital"), unsera, on=date(2026, 2, 1)),
            "Universitas Serang Raya tidak memiliki MoU/PKS yang berlaku pada 1 Februari 2026 dan mencakup "
            "tahap Permodalan.")


@refusal("partner with expired agreement")
def _(w: World):
    uin = make_partner(w.ctx, "UIN Sultan Maulana Hasanuddin Banten", kind="ptn", valid_until=date(2025, 12, 31))
    return (lambda: cases.assign_partner(w.ctx, w.stage("mentoring"), uin, on=date(2026, 2, 1)),
            "UIN Sultan Maulana Hasanuddin Banten tidak memiliki MoU/PKS yang berlaku pada 1 Februari 2026 dan "
            "mencakup tahap Pendampingan.")


@refusal("partner on finished stage")
def _(w: World):
    w.finish("capital", date(2026, 1, 6), date(2026, 1, 31))
    return (lambda: cases.assign_partner(w.ctx, w.stage("capital"), w.partner, on=date(2026, 2, 1)),
            "Tahap Permodalan sudah selesai; mitranya tidak dapat diganti lagi.")


@refusal("stop without reason")
def _(w: World):
    return lambda: cases.set_case_status(w.ctx, w.case, "dihentikan"), "Alasan menghentikan pendampingan wajib diisi."


@refusal("close with open stages")
def _(w: World):
    return (lambda: cases.set_case_status(w.ctx, w.case, "selesai"),
            "Pendampingan belum dapat ditutup: tahap Permodalan masih belum mulai. Selesaikan atau lewati dulu.")


@refusal("naik kelas without outcome")
def _(w: World):
    w.finish("capital", date(2026, 1, 6), date(2026, 1, 31))
    cases.skip_stage(w.ctx, w.stage("mentoring"), "Sudah ikut pelatihan lain", on=date(2026, 2, 1))
    cases.skip_stage(w.ctx, w.stage("marketing"), "Sudah punya toko daring", on=date(2026, 2, 1))
    return (lambda: cases.set_case_status(w.ctx, w.case, "naik_kelas"),
            "Status Naik kelas memerlukan hasil pengukuran yang menunjukkan UMKM naik kelas.")


@refusal("activity on a stage not started")
def _(w: World):
    return (lambda: w.activity(stage="capital"),
            "Tahap Permodalan belum dimulai; mulai tahapnya dulu atau catat kegiatan tanpa tahap.")


@refusal("activity in the future")
def _(w: World):
    return (lambda: w.activity(stage=None, on=TODAY + timedelta(days=2)),
            "Tanggal kegiatan tidak boleh melewati hari ini; gunakan tanggal tindak lanjut.")


@refusal("market event without its kind")
def _(w: World):
    return (lambda: w.activity("pasar", stage=None),
            "Pilih jenis kegiatan pasar: bazar, pameran atau onboarding e-commerce.")


@refusal("follow-up before the activity")
def _(w: World):
    return (lambda: w.activity(stage=None, follow_up_on=date(2026, 1, 19)),
            "Tanggal tindak lanjut tidak boleh sebelum tanggal kegiatan.")


@refusal("activity on a closed case")
def _(w: World):
    cases.set_case_status(w.ctx, w.case, "dihentikan", reason="Pemilik pindah ke luar kota")
    return (lambda: w.activity(stage=None),
            "Pendampingan ini sudah ditutup (Dihentikan); pencatatan kegiatan tidak dapat dilakukan.")


@refusal("stage change on a closed case")
def _(w: World):
    stage = w.stage("capital")
    cases.set_case_status(w.ctx, w.case, "dihentikan", reason="Usaha tutup")
    return (lambda: cases.start_stage(w.ctx, stage),
            "Pendampingan ini sudah ditutup (Dihentikan); perubahan tahap tidak dapat dilakukan.")


@refusal("reopen without reason")
def _(w: World):
    cases.set_case_status(w.ctx, w.case, "dihentikan", reason="Usaha tutup")
    return lambda: cases.set_case_status(w.ctx, w.case, "aktif"), "Alasan membuka kembali pendampingan wajib diisi."


@refusal("reopen beside another aktif case")
def _(w: World):
    cases.set_case_status(w.ctx, w.case, "dihentikan", reason="Usaha tutup")
    cases.open_case(w.ctx, w.business, date(2026, 3, 1))
    return (lambda: cases.set_case_status(w.ctx, w.case, "aktif", reason="Salah tutup"),
            "UMKM ini masih memiliki pendampingan aktif.")


@refusal("delete the only activity of a finished stage")
def _(w: World):
    w.finish("capital", date(2026, 1, 6), date(2026, 1, 31))
    only = activities.list_activities(w.ctx, w.case)[0].id
    return (lambda: activities.delete_activity(w.ctx, only),
            "Kegiatan ini satu-satunya pada tahap Permodalan yang sudah selesai; kegiatan tidak dapat dihapus.")


@refusal("disburse before approval")
def _(w: World):
    support = capital.add_support(w.ctx, w.case, SupportInput("hibah", 5_000_000, date(2026, 1, 6)))
    return (lambda: capital.set_support_status(w.ctx, support, "dicairkan"),
            "Status dukungan modal Diajukan tidak dapat diubah menjadi Dicairkan.")


@refusal("reject without reason")
def _(w: World):
    support = capital.add_support(w.ctx, w.case, SupportInput("csr", 5_000_000, date(2026, 1, 6)))
    return (lambda: capital.set_support_status(w.ctx, support, "ditolak", on=date(2026, 1, 7)),
            "Alasan penolakan wajib diisi.")


@refusal("zero amount")
def _(w: World):
    return (lambda: capital.add_support(w.ctx, w.case, SupportInput("hibah", 0, date(2026, 1, 6))),
            "Jumlah dukungan harus lebih dari nol rupiah.")


@refusal("schedule for a grant")
def _(w: World):
    support = _approved(w, "hibah")
    return (lambda: capital.create_schedule(w.ctx, support, 10, date(2026, 3, 1)),
            "Jadwal angsuran hanya untuk pinjaman qardhul hasan.")


@refusal("payment before disbursement")
def _(w: World):
    support = _approved(w, "qardhul_hasan", schedule=True)
    return (lambda: capital.record_payment(w.ctx, support, 100_000, date(2026, 3, 1)),
            "Pinjaman belum dicairkan; pembayaran belum dapat dicatat.")


@refusal("payment above the balance")
def _(w: World):
    support = _approved(w, "qardhul_hasan", schedule=True, disburse=True)
    return (lambda: capital.record_payment(w.ctx, support, 1_200_001, date(2026, 3, 1)),
            "Pembayaran Rp1.200.001 melebihi sisa pinjaman Rp1.200.000.")


@refusal("outcome before the baseline")
def _(w: World):
    before = OPENED - timedelta(days=1)
    return (lambda: outcomes.record_outcome(w.ctx, w.business, OutcomeInput(before, 3_000_000_000, 100_000_000)),
            "Tanggal pengukuran tidak boleh sebelum pengukuran awal (5 Januari 2026).")


@refusal("negative sales")
def _(w: World):
    return (lambda: outcomes.record_outcome(w.ctx, w.business, OutcomeInput(date(2026, 6, 1), -1, 100_000_000)),
            "Omzet tahunan tidak boleh negatif.")


def _approved(w: World, kind: str, *, schedule: bool = False, disburse: bool = False) -> uuid.UUID:
    support = capital.add_support(w.ctx, w.case, SupportInput(kind, 1_200_000, date(2026, 1, 6)))
    capital.set_support_status(w.ctx, support, "disetujui", on=date(2026, 1, 10))
    if disburse:
        capital.set_support_status(w.ctx, support, "dicairkan", on=date(2026, 1, 12))
    if schedule:
        capital.create_schedule(w.ctx, support, 12, date(2026, 2, 12))
    return support


@pytest.mark.parametrize("name", list(REFUSALS))
def test_refusal_leaves_database_unchanged(world: World, name: str) -> None:
    action, message = REFUSALS[name](world)
    refused(world, action, message)


# --- allowed paths --------------------------------------------------------------------------------------


def test_open_case_creates_stages_baseline_and_syncs_business(world: World) -> None:
    view = cases.get_case(world.ctx, world.case)
    assert [(s.kind, s.seq, s.status) for s in view.stages] == [
        ("capital", 1, "belum"), ("mentoring", 2, "belum"), ("marketing", 3, "belum")]
    assert view.current_stage is not None and view.current_stage.can_start and not view.current_stage.can_finish
    assert not view.stage("mentoring").can_start and view.stage("mentoring").can_assign
    baseline = outcomes.list_outcomes(world.ctx, world.business)
    assert len(baseline) == 1 and baseline[0].is_baseline and baseline[0].measured_on == OPENED
    with world.ctx.db.read() as session:
        business = session.get(Business, world.business)
        assert business is not None
        assert (business.case_status, business.current_stage, business.current_partner_id) == (
            "aktif", "capital", None)


def test_skip_moves_current_stage_and_records_reason(world: World) -> None:
    cases.skip_stage(world.ctx, world.stage("capital"), "Modal sudah cukup", on=date(2026, 1, 6))
    view = cases.get_case(world.ctx, world.case)
    assert view.stage("capital").status == "dilewati" and view.stage("capital").status_reason == "Modal sudah cukup"
    assert view.current_stage is not None and view.current_stage.kind == "mentoring"
    with world.ctx.db.read() as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.field == "stage_status")).one()
        assert (event.from_value, event.to_value, event.note) == ("belum", "dilewati", "Modal sudah cukup")
        assert session.get(Business, world.business).current_stage == "mentoring"  # type: ignore[union-attr]
    titles = [e.title for e in timeline.case_timeline(world.ctx, world.case)]
    assert "Tahap Permodalan: Belum mulai → Dilewati" in titles


def test_quota_used_up_is_a_warning_not_a_refusal(ctx: ServiceContext) -> None:
    partner = make_partner(ctx, "Universitas Sultan Ageng Tirtayasa", kind="ptn", quota=1)
    first = cases.open_case(ctx, make_business(ctx, "Satu"), OPENED)
    stage = cases.get_case(ctx, first).stage("capital").id
    assert cases.partner_warnings(ctx, stage, partner, on=date(2026, 1, 6)) == []
    assert cases.assign_partner(ctx, stage, partner, on=date(2026, 1, 6)) == []
    cases.start_stage(ctx, stage, on=date(2026, 1, 6))
    second = cases.open_case(ctx, make_business(ctx, "Dua"), OPENED)
    stage2 = cases.get_case(ctx, second).stage("capital").id
    message = ("Kuota rencana kerja Universitas Sultan Ageng Tirtayasa untuk tahap Permodalan tahun 2026 sudah habis "
               "(1 dari 1 UMKM).")
    assert cases.partner_warnings(ctx, stage2, partner, on=date(2026, 1, 7)) == [message]
    assert cases.assign_partner(ctx, stage2, partner, on=date(2026, 1, 7)) == [message]
    assert cases.get_case(ctx, second).stage("capital").partner_name == "Universitas Sultan Ageng Tirtayasa"


def test_reopen_and_upgrade_to_naik_kelas(world: World) -> None:
    for month, kind in enumerate(("capital", "mentoring", "marketing"), start=2):
        world.finish(kind, date(2026, month, 1), date(2026, month, 20))
    cases.set_case_status(world.ctx, world.case, "selesai", on=date(2026, 5, 1))
    result = outcomes.record_outcome(world.ctx, world.business, OutcomeInput(date(2026, 8, 1), 2_500_000_000, 10**8))
    assert result.naik_kelas and cases.get_case(world.ctx, world.case).naik_kelas
    cases.set_case_status(world.ctx, world.case, "naik_kelas", on=date(2026, 8, 2))
    assert cases.get_case(world.ctx, world.case).status == "naik_kelas"
    cases.set_case_status(world.ctx, world.case, "aktif", reason="Lanjut pemasaran ekspor")
    view = cases.get_case(world.ctx, world.case)
    assert view.status == "aktif" and view.closed_on is None


def test_outcome_without_growth_and_business_flags(world: World) -> None:
    same = outcomes.record_outcome(world.ctx, world.business, OutcomeInput(date(2026, 3, 1), 900_000_000, 10**8, 4))
    assert (same.scale, same.naik_kelas) == ("mikro", False)
    grown = outcomes.record_outcome(world.ctx, world.business, OutcomeInput(date(2026, 6, 1), 16 * 10**9, 10**8))
    assert (grown.scale, grown.naik_kelas) == ("menengah", True)
    with world.ctx.db.read() as session:
        business = session.get(Business, world.business)
        assert business is not None and business.scale == "menengah" and business.naik_kelas
    # A later, smaller measurement: the business is no longer above its baseline; the case keeps its flag.
    outcomes.record_outcome(world.ctx, world.business, OutcomeInput(date(2026, 9, 1), 500_000_000, 10**8))
    with world.ctx.db.read() as session:
        business = session.get(Business, world.business)
        assert business is not None and business.scale == "mikro" and not business.naik_kelas
    assert cases.get_case(world.ctx, world.case).naik_kelas


def test_activity_updates_last_activity_and_follow_up_done(world: World) -> None:
    first = world.activity(stage=None, on=date(2026, 1, 20), follow_up_on=date(2026, 2, 1))
    world.activity(stage=None, on=date(2026, 1, 25))
    with world.ctx.db.read() as session:
        assert session.get(Business, world.business).last_activity_on == date(2026, 1, 25)  # type: ignore[union-attr]
    board = dashboard(world.ctx, today=date(2026, 2, 5))
    assert [f.activity_id for f in board.overdue_follow_ups] == [first] and board.overdue_total == 1
    assert dashboard(world.ctx, today=date(2026, 2, 1)).today_follow_ups[0].activity_id == first
    activities.set_follow_up_done(world.ctx, first)
    assert dashboard(world.ctx, today=date(2026, 2, 5)).overdue_total == 0


def test_the_count_due_today_is_not_the_length_of_the_shortened_list(world: World) -> None:
    due = [world.activity(stage=None, on=date(2026, 1, 20 + i), follow_up_on=date(2026, 2, 1)) for i in range(3)]
    world.activity(stage=None, on=date(2026, 1, 26), follow_up_on=date(2026, 2, 2))
    board = dashboard(world.ctx, today=date(2026, 2, 1), limit=2)
    assert len(board.today_follow_ups) == 2 and board.today_total == 3
    activities.set_follow_up_done(world.ctx, due[0])
    assert dashboard(world.ctx, today=date(2026, 2, 1), limit=2).today_total == 2


def test_capital_schedule_payments_and_outstanding(world: World) -> None:
    support = _approved(world, "qardhul_hasan", disburse=True)
    plan = capital.create_schedule(world.ctx, support, 7, date(2026, 1, 31))
    assert [d for d, _ in plan][:3] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert sum(a for _, a in plan) == 1_200_000 and plan[-1][1] == 1_200_000 - 6 * (1_200_000 // 7)
    assert capital.record_payment(world.ctx, support, 250_000, date(2026, 2, 1)) == 950_000
    view = capital.get_support(world.ctx, support)
    assert [r.amount_paid for r in view.repayments][:3] == [171_428, 78_572, 0]
    assert view.outstanding == 950_000 and capital.outstanding_balance(world.ctx, support) == 950_000
    refused(world, lambda: capital.create_schedule(world.ctx, support, 3, date(2026, 3, 1)),
            "Jadwal angsuran tidak dapat diubah karena sudah ada pembayaran.")


@given(amount=st.integers(1, 10**12), n=st.integers(1, 120))
def test_repayment_schedule_sums_exactly(amount: int, n: int) -> None:
    if n > amount:
        with pytest.raises(ServiceError):
            repayment_schedule(amount, n, date(2026, 1, 31))
        return
    plan = repayment_schedule(amount, n, date(2026, 1, 31))
    amounts = [a for _, a in plan]
    assert sum(amounts) == amount and len(amounts) == n
    assert len(set(amounts[:-1])) <= 1 and amounts[-1] >= amounts[0]
    assert all(later > earlier for (earlier, _), (later, _) in zip(plan, plan[1:], strict=False))


def test_board_groups_filters_and_rows(ctx: ServiceContext) -> None:
    partner = make_partner(ctx, "Universitas Serang Raya", kind="pts")
    other = make_partner(ctx, "BAZNAS Kota Serang")
    a = cases.open_case(ctx, make_business(ctx, "Alpha"), OPENED)
    b = cases.open_case(ctx, make_business(ctx, "Beta", kelurahan="36.73.02.1001"), OPENED)
    c = cases.open_case(ctx, make_business(ctx, "Gamma"), OPENED)
    sa = cases.get_case(ctx, a).stage("capital").id
    cases.assign_partner(ctx, sa, partner, on=date(2026, 1, 6))
    cases.start_stage(ctx, sa, on=date(2026, 1, 6))
    activities.add_activity(ctx, a, ActivityInput("kunjungan", date(2026, 1, 7), stage_id=sa,
                                                  follow_up_on=date(2026, 1, 20)))
    cases.assign_partner(ctx, cases.get_case(ctx, b).stage("capital").id, other, on=date(2026, 1, 6))
    cases.set_case_status(ctx, c, "dihentikan", reason="Usaha tutup", on=date(2026, 1, 8))

    counts = board_counts(ctx, today=date(2026, 2, 1))
    assert counts[("capital", "berjalan")] == 1 and counts[("capital", "belum")] == 1
    assert counts[("closed", "dihentikan")] == 1 and counts[("mentoring", "belum")] == 0
    assert board_counts(ctx, BoardFilter(partner_id=partner))[("capital", "berjalan")] == 1
    assert sum(board_counts(ctx, BoardFilter(kecamatan_code="36.73.02")).values()) == 1
    assert sum(board_counts(ctx, BoardFilter(year=2025)).values()) == 0
    assert sum(board_counts(ctx, BoardFilter(overdue_only=True), today=date(2026, 2, 1)).values()) == 1

    rows = board_rows(ctx, today=date(2026, 2, 1))
    assert rows[0].business_name == "Alpha" and rows[0].overdue and rows[0].next_follow_up == date(2026, 1, 20)
    assert rows[0].partner_name == "Universitas Serang Raya" and rows[0].kecamatan_name
    beta = board_rows(ctx, group=("capital", "belum"))
    assert [r.business_name for r in beta] == ["Beta"] and beta[0].partner_name == "BAZNAS Kota Serang"
    closed = board_rows(ctx, group=("closed", "dihentikan"))
    assert [r.business_name for r in closed] == ["Gamma"] and closed[0].stage_kind is None
    assert [r.business_name for r in board_rows(ctx, BoardFilter(search="gam"))] == ["Gamma"]
    options = filter_options(ctx)
    assert {name for _, name in options.partners} == {"Universitas Serang Raya", "BAZNAS Kota Serang"}
    assert len(options.kecamatan) == 6 and 2026 in options.years

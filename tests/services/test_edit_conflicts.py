"""No lost update: two officers (two engines on one database, or two processes on one SQLite file) open the same
business, case, stage or repayment; the first save wins, the second is refused with who changed what, and
nothing of the first is lost. Runs on SQLite and (when UMKM_DESK_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from case_helpers import make_business, make_partner
from sqlalchemy import func, select
from test_businesses import sample

from umkm_desk.core.services.cases import activities, capital, cases
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.cases.capital import SupportInput
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.registry.businesses import (
    archive_business,
    business_input,
    business_profile,
    create_business,
    restore_business,
    update_business,
)
from umkm_desk.core.services.versions import EditConflict, check_version
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.models import AuditEntry, Business

OPENED = date(2026, 1, 5)


def _url(db: Database) -> str:
    if db.target.path is not None:
        return str(db.target.path)
    return db.target.url.render_as_string(hide_password=False)


@pytest.fixture
def colleague(db: Database) -> Iterator[ServiceContext]:
    """A second officer on another PC: a second engine (its own connections) on the same database."""
    other = open_database(_url(db))
    try:
        yield ServiceContext(other, Actor(None, "Rina Marlina", "pc-loket-2"))
    finally:
        other.dispose()


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_second_save_of_a_business_is_refused_and_the_first_kept(ctx, colleague) -> None:
    business_id = create_business(ctx, sample())
    mine = business_profile(ctx, business_id)  # both officers open the form
    theirs = business_profile(colleague, business_id)

    update_business(colleague, business_id, dataclasses.replace(business_input(theirs), name="Gipang Rina"),
                    expected_version=theirs.versions)
    audits = _audit_count(ctx)
    with pytest.raises(EditConflict) as refused:
        update_business(ctx, business_id, dataclasses.replace(business_input(mine), workers="9"),
                        expected_version=mine.versions)

    message = refused.value.message
    assert "Rina Marlina" in message and "pc-loket-2" in message and "\u201cGipang Rina\u201d" in message
    stored = business_profile(ctx, business_id)
    assert (stored.name, stored.workers) == ("Gipang Rina", 3)  # the colleague's save stands, mine not written
    assert _audit_count(ctx) == audits
    assert stored.version == theirs.version + 1

    # after reloading (the new version), the same edit goes through
    update_business(ctx, business_id, dataclasses.replace(business_input(stored), workers="9"),
                    expected_version=stored.versions)
    assert business_profile(ctx, business_id).workers == 9


def test_an_owner_edit_by_a_colleague_also_refuses(ctx, colleague) -> None:
    business_id = create_business(ctx, sample())
    mine = business_profile(ctx, business_id)
    theirs = business_profile(colleague, business_id)
    update_business(colleague, business_id, dataclasses.replace(business_input(theirs), phone="0813-1111-2222"),
                    expected_version=theirs.versions)
    assert business_profile(ctx, business_id).version == mine.version  # only the owner row changed
    with pytest.raises(EditConflict, match="telepon"):
        update_business(ctx, business_id, dataclasses.replace(business_input(mine), name="Lain"),
                        expected_version=mine.versions)


def test_copies_kept_in_step_are_not_an_edit(ctx, colleague) -> None:
    """Logging an activity refreshes the business's list columns; a business form opened before still saves."""
    business_id = make_business(ctx)
    make_partner(ctx)
    mine = business_profile(ctx, business_id)
    case_id = cases.open_case(colleague, business_id, OPENED)
    activities.add_activity(colleague, case_id, ActivityInput("kunjungan", date(2026, 1, 20)))
    with ctx.db.read() as session:
        assert session.get(Business, business_id).case_status == "aktif"
    form = dataclasses.replace(business_input(mine), nik_missing=True, sex="P")
    assert update_business(ctx, business_id, dataclasses.replace(form, workers="5"),
                           expected_version=mine.versions)


@pytest.fixture
def case_id(ctx) -> object:
    business_id = make_business(ctx)
    make_partner(ctx)
    return cases.open_case(ctx, business_id, OPENED)


def test_second_stage_transition_is_refused(ctx, colleague, case_id) -> None:
    mine = cases.get_case(ctx, case_id).stage("capital")
    theirs = cases.get_case(colleague, case_id).stage("capital")
    cases.skip_stage(colleague, theirs.id, "Sudah punya modal sendiri", on=OPENED,
                     expected_version=theirs.version)
    with pytest.raises(EditConflict) as refused:
        cases.start_stage(ctx, mine.id, on=OPENED, expected_version=mine.version)
    assert "Tahap Permodalan" in refused.value.message and "Rina Marlina" in refused.value.message
    assert "\u201cDilewati\u201d" in refused.value.message
    stage = cases.get_case(ctx, case_id).stage("capital")
    assert (stage.status, stage.status_reason) == ("dilewati", "Sudah punya modal sendiri")


def test_second_case_status_change_is_refused(ctx, colleague, case_id) -> None:
    mine = cases.get_case(ctx, case_id)
    theirs = cases.get_case(colleague, case_id)
    cases.set_case_status(colleague, case_id, "dihentikan", reason="Usaha pindah ke luar kota", on=OPENED,
                          expected_version=theirs.version)
    with pytest.raises(EditConflict, match="Pendampingan"):
        cases.set_case_status(ctx, case_id, "dihentikan", reason="Tidak dapat dihubungi", on=OPENED,
                              expected_version=mine.version)
    after = cases.get_case(ctx, case_id)
    assert (after.status, after.status_reason) == ("dihentikan", "Usaha pindah ke luar kota")


def test_second_activity_edit_is_refused(ctx, colleague, case_id) -> None:
    activity_id = activities.add_activity(ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 20)))
    mine = activities.list_activities(ctx, case_id)[0]
    theirs = activities.list_activities(colleague, case_id)[0]
    activities.update_activity(colleague, activity_id, ActivityInput("kunjungan", date(2026, 1, 21), notes="A"),
                               expected_version=theirs.version)
    with pytest.raises(EditConflict):
        activities.update_activity(ctx, activity_id, ActivityInput("kunjungan", date(2026, 1, 22), notes="B"),
                                   expected_version=mine.version)
    assert activities.list_activities(ctx, case_id)[0].notes == "A"


def _loan(ctx: ServiceContext, case_id: object) -> object:
    support = capital.add_support(ctx, case_id, SupportInput("qardhul_hasan", 1_200_000, date(2026, 1, 6)))
    capital.set_support_status(ctx, support, "disetujui", on=date(2026, 1, 10))
    capital.set_support_status(ctx, support, "dicairkan", on=date(2026, 1, 12))
    capital.create_schedule(ctx, support, 12, date(2026, 2, 12))
    return support


def test_second_repayment_is_refused_and_the_first_kept(ctx, colleague, case_id) -> None:
    support = _loan(ctx, case_id)
    mine = capital.get_support(ctx, support)
    theirs = capital.get_support(colleague, support)
    capital.record_payment(colleague, support, 100_000, date(2026, 2, 12), expected_version=theirs.repayment_versions)
    with pytest.raises(EditConflict) as refused:
        capital.record_payment(ctx, support, 100_000, date(2026, 2, 12), expected_version=mine.repayment_versions)
    assert "Angsuran" in refused.value.message and "Rina Marlina" in refused.value.message
    after = capital.get_support(ctx, support)
    assert after.paid_total == 100_000  # one payment, not two
    capital.record_payment(ctx, support, 50_000, date(2026, 2, 13), expected_version=after.repayment_versions)
    assert capital.get_support(ctx, support).paid_total == 150_000


def test_two_saves_at_the_same_moment_the_second_waits_then_is_refused(ctx, colleague) -> None:
    """Both officers pass the check before either writes: the row lock makes the second wait for the first's
    commit and then see its version (SELECT ... FOR UPDATE on PostgreSQL; one writer at a time on SQLite)."""
    business_id = create_business(ctx, sample())
    opened = business_profile(ctx, business_id)
    outcome: list[BaseException | None] = []
    first_holds_lock = threading.Event()

    def second() -> None:
        first_holds_lock.wait(10)
        try:
            update_business(colleague, business_id, dataclasses.replace(business_input(opened), workers="8"),
                            expected_version=opened.versions)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - inspected below
            outcome.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    with ctx.db.transaction() as session:
        business = session.get(Business, business_id)
        check_version(session, business, opened.version, what="UMKM", entity="business")
        first_holds_lock.set()
        time.sleep(0.5)  # the colleague's save is now waiting on our lock
        business.name = "Gipang Pertama"
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], EditConflict), outcome
    stored = business_profile(ctx, business_id)
    assert (stored.name, stored.workers) == ("Gipang Pertama", 3)


def test_two_processes_on_one_sqlite_file(tmp_path: Path, sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db, Actor(None, "Petugas Uji", "pc-a"))
    business_id = create_business(ctx, sample())
    mine = business_profile(ctx, business_id)
    script = textwrap.dedent(f"""
        import dataclasses, uuid
        from umkm_desk.core.services.context import Actor, ServiceContext
        from umkm_desk.core.services.registry.businesses import business_input, business_profile, update_business
        from umkm_desk.core.store.database import open_database
        db = open_database({str(sqlite_db.target.path)!r})
        ctx = ServiceContext(db, Actor(None, "Dewi Lestari", "pc-b"))
        key = uuid.UUID({str(business_id)!r})
        p = business_profile(ctx, key)
        update_business(ctx, key, dataclasses.replace(business_input(p), name="Gipang Dewi"),
                        expected_version=p.versions)
        db.dispose()
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    with pytest.raises(EditConflict, match="Dewi Lestari"):
        update_business(ctx, business_id, dataclasses.replace(business_input(mine), name="Gipang Saya"),
                        expected_version=mine.versions)
    assert business_profile(ctx, business_id).name == "Gipang Dewi"


def test_partner_agreement_plan_and_placement_edits_are_checked(ctx, colleague) -> None:
    from umkm_desk.core.services.partners import partners

    partner_id = make_partner(ctx, "Universitas Serang Raya", kind="pts", quota=5)
    mine, theirs = partners.get_partner(ctx, partner_id), partners.get_partner(colleague, partner_id)
    base = partners.PartnerInput(name=mine.name, kind=mine.kind, address="Jl. Raya Cilegon")
    partners.update_partner(colleague, partner_id, dataclasses.replace(base, contact_name="Bu Rina"),
                            expected_version=theirs.version)
    with pytest.raises(EditConflict, match="Mitra Universitas Serang Raya"):
        partners.update_partner(ctx, partner_id, dataclasses.replace(base, contact_name="Pak Budi"),
                                expected_version=mine.version)
    assert partners.get_partner(ctx, partner_id).contact_name == "Bu Rina"

    plan = partners.list_work_plans(ctx, partner_id)[0]
    data = partners.WorkPlanInput(year=plan.year, stage=plan.stage, quota="9", budget="0", notes="")
    partners.update_work_plan(colleague, plan.id, data, expected_version=plan.version)
    with pytest.raises(EditConflict):
        partners.update_work_plan(ctx, plan.id, dataclasses.replace(data, quota="12"), expected_version=plan.version)
    assert partners.get_work_plan(ctx, plan.id).quota == 9


# --- outcomes, schedules, archive and restore: the same rule -------------------------------------------------


def test_second_outcome_over_a_changed_history_is_refused(ctx, colleague, case_id) -> None:
    from umkm_desk.core.services.cases import outcomes
    from umkm_desk.core.services.cases.outcomes import OutcomeInput, history_versions

    business_id = cases.get_case(ctx, case_id).business_id
    mine = history_versions(outcomes.list_outcomes(ctx, business_id))  # both officers open "Catat hasil…"
    theirs = history_versions(outcomes.list_outcomes(colleague, business_id))
    outcomes.record_outcome(colleague, business_id, OutcomeInput(date(2026, 3, 1), 3_000_000_000, 600_000_000, 12),
                            expected_history=theirs)
    with pytest.raises(EditConflict) as refused:
        outcomes.record_outcome(ctx, business_id, OutcomeInput(date(2026, 3, 1), 700_000_000, 90_000_000, 4),
                                expected_history=mine)
    message = refused.value.message
    assert "Hasil pengukuran" in message and "Rina Marlina" in message and "pc-loket-2" in message
    history = outcomes.list_outcomes(ctx, business_id)
    assert [o.annual_sales for o in history][1:] == [3_000_000_000]  # the colleague's stands, mine not written
    # reloaded (the history as it is now), the same measurement goes through
    outcomes.record_outcome(ctx, business_id, OutcomeInput(date(2026, 3, 2), 700_000_000, 90_000_000, 4),
                            expected_history=history_versions(history))
    assert len(outcomes.list_outcomes(ctx, business_id)) == 3


def test_a_schedule_made_by_a_colleague_is_not_replaced(ctx, colleague, case_id) -> None:
    support = capital.add_support(ctx, case_id, SupportInput("qardhul_hasan", 1_200_000, date(2026, 1, 6)))
    capital.set_support_status(ctx, support, "disetujui", on=date(2026, 1, 10))
    mine, theirs = capital.get_support(ctx, support), capital.get_support(colleague, support)
    capital.create_schedule(colleague, support, 6, date(2026, 2, 10), expected_version=theirs.schedule_versions)
    with pytest.raises(EditConflict) as refused:
        capital.create_schedule(ctx, support, 12, date(2026, 2, 12), expected_version=mine.schedule_versions)
    assert "Jadwal angsuran" in refused.value.message and "Rina Marlina" in refused.value.message
    after = capital.get_support(ctx, support)
    assert len(after.repayments) == 6 and after.repayments[0].due_on == date(2026, 2, 10)
    capital.create_schedule(ctx, support, 12, date(2026, 2, 12), expected_version=after.schedule_versions)
    assert len(capital.get_support(ctx, support).repayments) == 12


def test_a_support_status_changed_by_a_colleague_is_refused(ctx, colleague, case_id) -> None:
    support = capital.add_support(ctx, case_id, SupportInput("hibah", 5_000_000, date(2026, 1, 6)))
    mine, theirs = capital.get_support(ctx, support), capital.get_support(colleague, support)
    capital.set_support_status(colleague, support, "ditolak", on=date(2026, 1, 8), note="Kuota habis",
                               expected_version=theirs.version)
    with pytest.raises(EditConflict, match="Dukungan modal"):
        capital.set_support_status(ctx, support, "disetujui", on=date(2026, 1, 8), expected_version=mine.version)
    assert capital.get_support(ctx, support).status == "ditolak"


def test_a_follow_up_changed_by_a_colleague_is_refused(ctx, colleague, case_id) -> None:
    activity_id = activities.add_activity(
        ctx, case_id, ActivityInput("kunjungan", date(2026, 1, 20), follow_up_on=date(2026, 2, 3)))
    mine = activities.list_activities(ctx, case_id)[0]
    theirs = activities.list_activities(colleague, case_id)[0]
    activities.update_activity(colleague, activity_id,
                               ActivityInput("kunjungan", date(2026, 1, 20), follow_up_on=date(2026, 2, 17)),
                               expected_version=theirs.version)  # the colleague moved the follow-up
    with pytest.raises(EditConflict) as refused:
        activities.set_follow_up_done(ctx, activity_id, expected_version=mine.version)
    assert "Rina Marlina" in refused.value.message and "tindak lanjut" in refused.value.message
    assert activities.list_activities(ctx, case_id)[0].follow_up_done is False
    with pytest.raises(EditConflict):
        activities.delete_activity(ctx, activity_id, expected_version=mine.version)
    now = activities.list_activities(ctx, case_id)[0]
    activities.set_follow_up_done(ctx, activity_id, expected_version=now.version)
    assert activities.list_activities(ctx, case_id)[0].follow_up_done is True


def test_archive_and_restore_over_a_colleagues_edit_are_refused(ctx, colleague) -> None:
    from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, business_rows

    business_id = create_business(ctx, sample())
    keys = business_keys(ctx, BusinessFilter())
    shown = next(r for r in business_rows(ctx, keys).values() if r.id == business_id)  # the list row I see
    theirs = business_profile(colleague, business_id)
    update_business(colleague, business_id, dataclasses.replace(business_input(theirs), name="Gipang Rina"),
                    expected_version=theirs.versions)
    with pytest.raises(EditConflict) as refused:
        archive_business(ctx, business_id, expected_version=shown.version)
    assert "Rina Marlina" in refused.value.message and "\u201cGipang Rina\u201d" in refused.value.message
    assert business_profile(ctx, business_id).archived_at is None

    current = business_profile(ctx, business_id)
    archive_business(ctx, business_id, expected_version=current.version)
    archived = business_profile(colleague, business_id)  # the colleague's Arsip view
    restore_business(ctx, business_id, expected_version=business_profile(ctx, business_id).version)
    archive_business(ctx, business_id, expected_version=business_profile(ctx, business_id).version)
    with pytest.raises(EditConflict, match="Petugas Uji"):  # archived again since the colleague looked
        restore_business(colleague, business_id, expected_version=archived.version)


def test_archive_of_partner_records_over_a_colleagues_edit_is_refused(ctx, colleague) -> None:
    from umkm_desk.core.services.partners import partners

    partner_id = make_partner(ctx, "Universitas Serang Raya", kind="pts", quota=5)
    mine, theirs = partners.get_partner(ctx, partner_id), partners.get_partner(colleague, partner_id)
    partners.update_partner(colleague, partner_id,
                            partners.PartnerInput(name="Universitas Serang Raya", kind="pts", contact_name="Bu Rina"),
                            expected_version=theirs.version)
    with pytest.raises(EditConflict, match="Mitra Universitas Serang Raya"):
        partners.archive_partner(ctx, partner_id, expected_version=mine.version)
    assert not partners.get_partner(ctx, partner_id).archived

    plan = partners.list_work_plans(ctx, partner_id)[0]
    partners.update_work_plan(colleague, plan.id, partners.WorkPlanInput(year=plan.year, stage=plan.stage,
                                                                         quota="9", budget="0", notes=""),
                              expected_version=plan.version)
    with pytest.raises(EditConflict, match="Rencana kerja"):
        partners.archive_work_plan(ctx, plan.id, expected_version=plan.version)
    partners.archive_work_plan(ctx, plan.id, expected_version=partners.get_work_plan(ctx, plan.id).version)

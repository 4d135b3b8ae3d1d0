"""Randomised exchanges between an office and two field laptops (hypothesis stateful testing).

Each example: the office sets up two laptops, then creates, edits, archives and restores businesses, opens
cases, starts stages and issues letters on all three PCs, and creates and renames partners and work plans from a
few names (so that the same partner name, or the same partner/year/stage, appears on two PCs under different
ids), while packages are made and delivered in random order (some twice, some before the one they follow, which
is refused and delivered again later). Conflicts of every kind arise: the same field edited on two PCs, a row
archived on one and edited on another, the same NIK registered twice, a unique clash. At the end the office
settles every queued conflict and the PCs exchange until nothing moves: all three must hold the same data, every
audit row written anywhere must be everywhere, no register number may appear twice, and no laptop may still hold
a row back. ``UMKM_DESK_SYNC_EXAMPLES`` sets the number of examples (a few in CI, more for a long run).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select
from sync_helpers import business_input, make, snapshot

from umkm_desk.core.services.cases.cases import active_case_id, get_case, open_case, start_stage
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.partners.partners import (
    PartnerInput,
    WorkPlanInput,
    create_partner,
    create_work_plan,
    get_partner,
    update_partner,
)
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry.businesses import (
    archive_business,
    business_profile,
    create_business,
    restore_business,
    update_business,
)
from umkm_desk.core.services.registry.businesses import business_input as input_of
from umkm_desk.core.services.sync import conflicts as sync_conflicts
from umkm_desk.core.services.sync.apply import apply_package
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.models import AuditEntry, Business, IssuedDocument, Partner
from umkm_desk.core.store.sync_tables import SyncConflict

PCS = ("kantor", "laptop1", "laptop2")
LANES = (("kantor", "laptop1"), ("kantor", "laptop2"), ("laptop1", "kantor"), ("laptop2", "kantor"))
NAMES = ("Gipang Mak Icah", "Sate Bandeng Pak Oji", "Emping Melinjo Bu Tini", "Kerajinan Bambu Cipare")
NIKS = ("3673014508790001", "3673010101800002", "3673015203850003")
PARTNERS = ("Universitas Sultan Ageng Tirtayasa", "BAZNAS Kota Serang", "UIN Sultan Maulana Hasanuddin")
EXAMPLES = int(os.environ.get("UMKM_DESK_SYNC_EXAMPLES", "6"))
pc_names = st.sampled_from(PCS)


class SyncMachine(RuleBasedStateMachine):
    #: set by the test: how to make the three databases
    make_office: object = None
    folder: Path = Path()
    templates: object = None

    def __init__(self) -> None:
        super().__init__()
        self.ctx: dict[str, ServiceContext] = {}
        self.outbox: dict[tuple[str, str], list[bytes]] = {lane: [] for lane in LANES}
        self.audit_seen: set[str] = set()
        self.renames = 0

    @initialize()
    def set_up(self) -> None:
        office_db = self.make_office()  # type: ignore[operator]
        self.ctx["kantor"] = ServiceContext(office_db, Actor(None, "Petugas Kantor", "kantor"))
        save_letterhead_settings(self.ctx["kantor"], replace(get_letterhead_settings(self.ctx["kantor"]),
                                                             signatory_name="Drs. Kepala Dinas"))
        create_business(self.ctx["kantor"], business_input(name=NAMES[0], nik=NIKS[0]))
        for name in PCS[1:]:
            path = self.folder / f"{name}-{len(list(self.folder.iterdir()))}.sqlite"
            self.templates.copy_sqlite(path)  # type: ignore[attr-defined]
            self.ctx[name] = ServiceContext(open_database(path), Actor(None, f"Petugas {name}", name))
            apply_package(self.ctx[name], make(self.ctx["kantor"], name, setup=True, block_size=3))

    def teardown(self) -> None:
        try:
            if len(self.ctx) == len(PCS):
                self._settle_and_check()
        finally:
            for ctx in self.ctx.values():
                ctx.db.dispose()

    # --- helpers ----------------------------------------------------------------------------------------

    def _businesses(self, pc: str, *, archived: bool | None = None) -> list:
        with self.ctx[pc].db.read() as session:
            query = select(Business.id).order_by(Business.name, Business.id)
            if archived is not None:
                query = query.where(Business.deleted_at.is_not(None) if archived else Business.deleted_at.is_(None))
            return list(session.scalars(query))

    def _pick(self, data: st.DataObject, pc: str, *, archived: bool | None = False) -> object | None:
        found = self._businesses(pc, archived=archived)
        return data.draw(st.sampled_from(found)) if found else None

    def _note_audit(self) -> None:
        for ctx in self.ctx.values():
            with ctx.db.read() as session:
                self.audit_seen.update(str(i) for i in session.scalars(select(AuditEntry.id)))

    # --- work on each PC --------------------------------------------------------------------------------

    @rule(pc=pc_names, name=st.sampled_from(NAMES), nik=st.sampled_from(NIKS))
    def register(self, pc: str, name: str, nik: str) -> None:
        create_business(self.ctx[pc], business_input(name=name, nik=nik), duplicate_reason="uji lapangan")

    @rule(pc=pc_names, data=st.data(), change=st.sampled_from(("name", "workers", "address", "phone")),
          value=st.integers(1, 5))
    def edit(self, pc: str, data: st.DataObject, change: str, value: int) -> None:
        business_id = self._pick(data, pc)
        if business_id is None:
            return
        current = input_of(business_profile(self.ctx[pc], business_id))
        new = {"name": f"{NAMES[value % len(NAMES)]} {value}", "workers": str(value),
               "address": f"Jl. Uji No. {value}", "phone": f"0812-0000-000{value}"}[change]
        with contextlib.suppress(ServiceError):  # a refusal changes nothing
            update_business(self.ctx[pc], business_id, replace(current, **{change: new}),
                            duplicate_reason="uji lapangan")

    @rule(pc=pc_names, data=st.data())
    def archive(self, pc: str, data: st.DataObject) -> None:
        business_id = self._pick(data, pc)
        if business_id is not None:
            archive_business(self.ctx[pc], business_id)

    @rule(pc=pc_names, data=st.data())
    def restore(self, pc: str, data: st.DataObject) -> None:
        business_id = self._pick(data, pc, archived=True)
        if business_id is not None:
            restore_business(self.ctx[pc], business_id)

    @rule(pc=pc_names, data=st.data())
    def move_stage(self, pc: str, data: st.DataObject) -> None:
        ctx = self.ctx[pc]
        business_id = self._pick(data, pc)
        if business_id is None:
            return
        try:
            case_id = active_case_id(ctx, business_id)
            if case_id is None:
                open_case(ctx, business_id)
                return
            waiting = [s for s in get_case(ctx, case_id).stages if s.status == "belum"]
            if waiting:
                start_stage(ctx, waiting[0].id)
        except ServiceError:
            pass  # the stage rules refused (a previous stage not finished)

    @rule(pc=pc_names, data=st.data())
    def issue_letter(self, pc: str, data: st.DataObject) -> None:
        business_id = self._pick(data, pc)
        if business_id is None or active_case_id(self.ctx[pc], business_id) is None:
            return
        try:
            documents.issue_document(self.ctx[pc], "letter", business_id, issued_on=date.today(), render_pdf=False)
        except ServiceError as exc:
            assert "blok nomor" in exc.message.lower() or "Blok nomor" in exc.message, exc.message

    @rule(pc=pc_names, name=st.sampled_from(PARTNERS))
    def add_partner(self, pc: str, name: str) -> None:
        with contextlib.suppress(ServiceError):  # the name is taken on this PC already
            create_partner(self.ctx[pc], PartnerInput(name=name, kind="ptn"))

    def _partners(self, pc: str) -> list:
        with self.ctx[pc].db.read() as session:
            return list(session.scalars(select(Partner.id).where(Partner.deleted_at.is_(None))
                                        .order_by(Partner.name, Partner.id)))

    @rule(pc=pc_names, data=st.data(), name=st.sampled_from(PARTNERS))
    def rename_partner(self, pc: str, data: st.DataObject, name: str) -> None:
        found = self._partners(pc)
        if found:
            partner_id = data.draw(st.sampled_from(found))
            with contextlib.suppress(ServiceError):
                update_partner(self.ctx[pc], partner_id, PartnerInput(name=name, kind="ptn"))

    @rule(pc=pc_names, data=st.data(), stage=st.sampled_from(("capital", "mentoring")))
    def add_work_plan(self, pc: str, data: st.DataObject, stage: str) -> None:
        found = self._partners(pc)
        if found:
            with contextlib.suppress(ServiceError):  # this partner's plan for the year and stage exists here
                create_work_plan(self.ctx[pc], data.draw(st.sampled_from(found)),
                                 WorkPlanInput(year=2026, stage=stage, quota=5))

    # --- packages ---------------------------------------------------------------------------------------

    @rule(lane=st.sampled_from(LANES))
    def make_package(self, lane: tuple[str, str]) -> None:
        source, target = lane
        self.outbox[lane].append(make(self.ctx[source], None if source != "kantor" else target))

    @rule(lane=st.sampled_from(LANES), data=st.data())
    def deliver(self, lane: tuple[str, str], data: st.DataObject) -> None:
        """Any package of the lane: the next one applies, an earlier one changes nothing, a later one is refused
        naming the missing one (it was "lost"; it is delivered again in a later step)."""
        sent = self.outbox[lane]
        if not sent:
            return
        index = data.draw(st.integers(0, len(sent) - 1))
        try:
            apply_package(self.ctx[lane[1]], sent[index])
        except ServiceError as exc:
            assert "belum diterima" in exc.message, exc.message

    @rule(data=st.data())
    def settle_one_conflict(self, data: st.DataObject) -> None:
        open_ = sync_conflicts.list_conflicts(self.ctx["kantor"])
        if open_:
            self._resolve(open_[0], data.draw(st.sampled_from(("mine", "theirs", "edited", "merged", "both"))))

    def _resolve(self, conflict: sync_conflicts.ConflictView, choice: str) -> None:
        office = self.ctx["kantor"]
        if conflict.kind == sync_conflicts.KIND_MERGE:
            sync_conflicts.resolve_merge(office, conflict.id, merge=choice != "both")
        elif conflict.kind == sync_conflicts.KIND_UNIQUE:
            if conflict.suggestion is None or choice in ("merged", "mine", "theirs"):
                sync_conflicts.resolve_unique(office, conflict.id, merge=True)
            else:  # a name of its own, as an officer would type it (never one typed before: that is refused)
                self.renames += 1
                sync_conflicts.resolve_unique(office, conflict.id, merge=False,
                                              new_value=f"{conflict.title} ({self.renames})")
        elif conflict.kind == sync_conflicts.KIND_DELETED:
            sync_conflicts.resolve_edit(office, conflict.id, "theirs" if choice == "theirs" else "mine")
        elif choice in ("mine", "theirs"):
            sync_conflicts.resolve_edit(office, conflict.id, choice)
        else:
            edited = {pair.name: pair.theirs if pair.mine is None else pair.mine for pair in conflict.fields}
            sync_conflicts.resolve_edit(office, conflict.id, "edited", edited)

    # --- the end: everyone the same ---------------------------------------------------------------------

    def _deliver_all(self, lane: tuple[str, str]) -> None:
        for package in self.outbox[lane]:  # in order, old ones again: exactly once, so harmless
            apply_package(self.ctx[lane[1]], package)

    def _settle_and_check(self) -> None:
        self._note_audit()
        for lane in LANES:  # everything "lost" arrives now, in order
            self._deliver_all(lane)
        for _round in range(6):
            for conflict in sync_conflicts.list_conflicts(self.ctx["kantor"]):
                self._resolve(conflict, "theirs" if conflict.kind == "edit" else "merged")
            for laptop in PCS[1:]:
                apply_package(self.ctx["kantor"], make(self.ctx[laptop]))
            for conflict in sync_conflicts.list_conflicts(self.ctx["kantor"]):
                self._resolve(conflict, "mine" if conflict.kind == "edit" else "both")
            for laptop in PCS[1:]:
                apply_package(self.ctx[laptop], make(self.ctx["kantor"], laptop))
            snapshots = [snapshot(self.ctx[pc]) for pc in PCS]
            if snapshots[0] == snapshots[1] == snapshots[2] and not sync_conflicts.list_conflicts(self.ctx["kantor"]):
                break
        assert sync_conflicts.list_conflicts(self.ctx["kantor"]) == []
        office = snapshot(self.ctx["kantor"])
        for pc in PCS[1:]:
            theirs = snapshot(self.ctx[pc])
            for table in office:
                assert office[table] == theirs[table], f"{pc} differs from the office in {table}"
        assert self.audit_seen <= {row["id"] for row in office["audit_entry"].values()}, "an audit row was lost"
        for pc in PCS[1:]:
            with self.ctx[pc].db.read() as session:
                held = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))).all()
            assert held == [], f"{pc} still holds a row back"
        names = [get_partner(self.ctx["kantor"], i).name for i in self._partners("kantor")]
        assert len(names) == len(set(names)), "a partner name is used twice"
        with self.ctx["kantor"].db.read() as session:
            numbers = list(session.execute(select(IssuedDocument.year, IssuedDocument.seq)))
        assert len(numbers) == len(set(numbers)), "a register number was issued twice"


def _run(make_office, tmp_path: Path, templates, examples: int) -> None:  # noqa: ANN001
    SyncMachine.make_office = staticmethod(make_office)
    SyncMachine.folder = tmp_path
    SyncMachine.templates = templates
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=examples, stateful_step_count=25, deadline=None, derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


@pytest.mark.long
def test_three_pcs_converge_sqlite(tmp_path: Path, _db_templates) -> None:  # noqa: ANN001
    counter = iter(range(10_000))

    def office():  # noqa: ANN202
        path = tmp_path / f"kantor-{next(counter)}.sqlite"
        _db_templates.copy_sqlite(path)
        return open_database(path)

    _run(office, tmp_path, _db_templates, EXAMPLES)


@pytest.mark.long
def test_three_pcs_converge_with_a_postgresql_office(tmp_path: Path, _db_templates, pg_offices) -> None:  # noqa: ANN001
    _run(pg_offices, tmp_path, _db_templates, max(2, EXAMPLES // 3))

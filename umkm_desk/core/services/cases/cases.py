"""Assistance cases (pendampingan): opening a case, moving its stages, assigning partners, closing it.

Rules (every refusal raises ServiceError with an Indonesian message and changes nothing):

* A business has at most one aktif case; an archived business cannot get a new case.
* A case has three stages in a fixed order: capital (permodalan) -> mentoring (pendampingan) -> marketing
  (pemasaran). Only the case's *current* stage -- the first one that is neither selesai nor dilewati -- can change
  status, so a stage starts only after every earlier stage is selesai or dilewati:
  ``belum -> berjalan -> selesai``; ``belum|berjalan -> dilewati`` with a reason. A stage is finished only when at
  least one (live) activity is recorded on it. Dates never lie in the future, a stage never starts before the case
  was opened or before the previous stage finished, and never finishes before it started.
* A partner can be assigned to a belum/berjalan stage of an aktif case only when one of its agreements covers that
  stage on the assignment date (the longest-running such agreement is recorded on the stage). A used-up work-plan
  quota is a *warning*: :func:`partner_warnings` lists them for the UI to confirm, :func:`assign_partner` returns them.
* Case status: aktif -> selesai | naik_kelas | dihentikan. Closing as selesai or naik_kelas needs every stage
  selesai or dilewati; naik_kelas also needs an outcome of this case showing naik kelas (see services.outcomes);
  dihentikan needs a reason. A closed case may be reopened (-> aktif) with a reason when the business has no other
  aktif case and is not archived; a case closed as selesai may be upgraded to naik_kelas.
* Every change of a stage status, a partner, a stage's officer or mentor, or the case status writes a CaseEvent
  (who, when, from -> to, note) and audit rows in the same transaction, and refreshes the business's denormalised
  columns (current_stage, current_partner_id, case_status, last_activity_on).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from umkm_desk.core.rules.text import searchable
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.cases._case_support import (
    CASE_CLOSED,
    STAGE_DONE,
    STAGE_ORDER,
    add_event,
    as_uuid,
    case_status_label,
    check_not_future,
    clean_text,
    current_stage_of,
    load_business,
    load_case,
    load_partner,
    load_stage,
    ordered_stages,
    require_active,
    stage_label,
    stage_status_label,
    sync_business,
    today,
)
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.versions import check_version
from umkm_desk.core.store.models import (
    Activity,
    Agreement,
    Business,
    Case,
    Kecamatan,
    Kelurahan,
    Officer,
    Outcome,
    Owner,
    Partner,
    Stage,
)

__all__ = [
    "CaseDetail",
    "StageView",
    "active_case_id",
    "assign_partner",
    "finish_stage",
    "get_case",
    "OpenCaseCandidate",
    "open_case",
    "open_case_candidate",
    "open_case_candidates",
    "partner_warnings",
    "set_case_status",
    "set_stage_people",
    "set_stage_status",
    "skip_stage",
    "start_stage",
    "sync_business",
]

CASE_STATUSES = ("aktif", "selesai", "naik_kelas", "dihentikan")
STAGE_STATUSES = ("belum", "berjalan", "selesai", "dilewati")


# --- views ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageView:
    id: uuid.UUID
    kind: str
    seq: int
    status: str
    status_reason: str | None
    partner_id: uuid.UUID | None
    partner_name: str | None
    agreement_id: uuid.UUID | None
    agreement_number: str | None
    officer_id: uuid.UUID | None
    officer_name: str | None
    mentor: str | None
    started_on: date | None
    finished_on: date | None
    activity_count: int
    is_current: bool
    can_start: bool
    can_finish: bool
    can_skip: bool
    can_assign: bool
    version: int = 1


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    business_id: uuid.UUID
    business_name: str
    owner_name: str
    sector: str
    kelurahan_name: str
    kecamatan_name: str
    business_scale: str
    business_archived: bool
    status: str
    status_reason: str | None
    opened_on: date
    closed_on: date | None
    officer_id: uuid.UUID | None
    officer_name: str | None
    naik_kelas: bool
    stages: tuple[StageView, ...]
    version: int = 1

    @property
    def is_active(self) -> bool:
        return self.status == "aktif"

    @property
    def current_stage(self) -> StageView | None:
        return next((s for s in self.stages if s.is_current), None)

    def stage(self, kind: str) -> StageView:
        return next(s for s in self.stages if s.kind == kind)

    @property
    def all_stages_done(self) -> bool:
        return all(s.status in STAGE_DONE for s in self.stages)


def _stage_view(
    session: Session, case: Case, stage: Stage, current: Stage | None, counts: dict[uuid.UUID | None, int]
) -> StageView:
    partner = session.get(Partner, stage.partner_id) if stage.partner_id else None
    agreement = session.get(Agreement, stage.agreement_id) if stage.agreement_id else None
    officer = session.get(Officer, stage.officer_id) if stage.officer_id else None
    active = case.status == "aktif"
    is_current = current is not None and current.id == stage.id and stage.status not in STAGE_DONE
    return StageView(
        id=stage.id,
        kind=stage.kind,
        seq=stage.seq,
        status=stage.status,
        status_reason=stage.status_reason,
        partner_id=stage.partner_id,
        partner_name=partner.name if partner else None,
        agreement_id=stage.agreement_id,
        agreement_number=agreement.number if agreement else None,
        officer_id=stage.officer_id,
        officer_name=officer.name if officer else None,
        mentor=stage.mentor,
        started_on=stage.started_on,
        finished_on=stage.finished_on,
        activity_count=counts.get(stage.id, 0),
        is_current=is_current,
        can_start=active and is_current and stage.status == "belum",
        can_finish=active and is_current and stage.status == "berjalan",
        can_skip=active and is_current,
        can_assign=active and stage.status not in STAGE_DONE,
        version=stage.version,
    )


def _case_view(session: Session, case: Case) -> CaseDetail:
    business = case.business
    kelurahan = session.get(Kelurahan, business.kelurahan_code)
    kecamatan = session.get(Kecamatan, business.kecamatan_code)
    officer = session.get(Officer, case.officer_id) if case.officer_id else None
    counts = dict(
        session.execute(
            select(Activity.stage_id, func.count())
            .where(Activity.case_id == case.id, Activity.deleted_at.is_(None), Activity.stage_id.is_not(None))
            .group_by(Activity.stage_id)
        ).all()
    )
    current = current_stage_of(case)
    return CaseDetail(
        id=case.id,
        business_id=business.id,
        business_name=business.name,
        owner_name=business.owner.name,
        sector=business.sector,
        kelurahan_name=kelurahan.name if kelurahan else "",
        kecamatan_name=kecamatan.name if kecamatan else "",
        business_scale=business.scale,
        business_archived=business.deleted_at is not None,
        status=case.status,
        status_reason=case.status_reason,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        officer_id=case.officer_id,
        officer_name=officer.name if officer else None,
        naik_kelas=case.naik_kelas,
        stages=tuple(_stage_view(session, case, s, current, counts) for s in ordered_stages(case)),
        version=case.version,
    )


def get_case(ctx: ServiceContext, case_id: uuid.UUID | str) -> CaseDetail:
    with ctx.db.read() as session:
        return _case_view(session, load_case(session, case_id))


def active_case_id(ctx: ServiceContext, business_id: uuid.UUID | str) -> uuid.UUID | None:
    with ctx.db.read() as session:
        return _active_case_id(session, as_uuid(business_id, "UMKM"))


def _active_case_id(session: Session, business_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(
        select(Case.id).where(Case.business_id == business_id, Case.status == "aktif", Case.deleted_at.is_(None))
    )


# --- opening --------------------------------------------------------------------------------------------


@requires("cases.write")
def open_case(
    ctx: ServiceContext,
    business_id: uuid.UUID | str,
    opened_on: date | None = None,
    *,
    officer_id: uuid.UUID | None = None,
    note: str | None = None,
) -> uuid.UUID:
    """Open an aktif case with its three stages (belum mulai) and return its id.

    The case officer defaults to the acting officer. When the business has no measurement yet, its registered
    figures are recorded as the baseline outcome dated ``opened_on`` (naik kelas is measured against it).
    """
    from umkm_desk.core.services.cases.outcomes import ensure_baseline

    on = opened_on or today()
    check_not_future(on, "Tanggal mulai pendampingan", "opened_on")
    with ctx.db.transaction() as session:
        business = load_business(session, business_id)
        if business.deleted_at is not None:
            raise ServiceError("UMKM ini sudah diarsipkan; pendampingan baru tidak dapat dibuka.")
        if _active_case_id(session, business.id) is not None:
            raise ServiceError("UMKM ini masih memiliki pendampingan aktif.")
        officer = officer_id if officer_id is not None else ctx.actor.officer_id
        if officer is not None and session.get(Officer, officer) is None:
            raise ServiceError("Petugas tidak ditemukan.", field="officer_id")
        case = Case(id=uuid.uuid4(), business_id=business.id, status="aktif", opened_on=on, officer_id=officer)
        session.add(case)
        for seq, kind in enumerate(STAGE_ORDER, start=1):
            session.add(Stage(id=uuid.uuid4(), case_id=case.id, kind=kind, seq=seq, status="belum"))
        session.flush()
        record_audit(session, ctx.actor, "case", case.id, "create")
        add_event(session, ctx.actor, case, "status", None, "aktif",
                  note=clean_text(note, "case_event.note", field="note") or "Pendampingan dibuka")
        ensure_baseline(session, ctx.actor, business, case, on)
        sync_business(session, business.id)
        return case.id


# --- stages ---------------------------------------------------------------------------------------------


def _stage_activity_count(session: Session, stage: Stage) -> int:
    return session.scalar(
        select(func.count()).select_from(Activity).where(Activity.stage_id == stage.id, Activity.deleted_at.is_(None))
    ) or 0


def _previous_finish(stage: Stage) -> date | None:
    dates = [s.finished_on for s in ordered_stages(stage.case) if s.seq < stage.seq and s.finished_on]
    return max(dates) if dates else None


@requires("cases.write")
def set_stage_status(
    ctx: ServiceContext,
    stage_id: uuid.UUID | str,
    status: str,
    *,
    reason: str | None = None,
    on: date | None = None,
    expected_version: int | None = None,
) -> None:
    """Move a stage: belum -> berjalan (start), berjalan -> selesai (finish), belum|berjalan -> dilewati (skip,
    reason required). ``on`` (default today) is the start or finish date; a skipped stage gets it as finished_on.
    ``expected_version`` is the StageView's version the window showed (see services.versions)."""
    if status not in STAGE_STATUSES:
        raise ServiceError("Status tahap tidak dikenal.")
    on = on or today()
    note = clean_text(reason, "stage.status_reason", field="reason")
    with ctx.db.transaction() as session:
        stage = load_stage(session, stage_id)
        case = stage.case
        name = stage_label(stage.kind)
        check_version(session, stage, expected_version, what=f"Tahap {name}", entity="stage")
        require_active(case, "perubahan tahap")
        old = stage.status
        if status == old:
            raise ServiceError(f"Tahap {name} sudah berstatus {stage_status_label(old)}.")
        current = current_stage_of(case)
        if old in STAGE_DONE:
            raise ServiceError(f"Tahap {name} sudah {stage_status_label(old).lower()} dan tidak dapat diubah lagi.")
        if current is None or current.id != stage.id:
            waiting = current.kind if current is not None else None
            raise ServiceError(
                f"Tahap {name} belum dapat diubah: tahap {stage_label(waiting)} harus selesai atau dilewati dulu."
            )
        check_not_future(on, "Tanggal tahap", "on")
        values: dict[str, object] = {"status": status}
        if status == "berjalan":
            if on < case.opened_on:
                raise ServiceError("Tahap tidak dapat dimulai sebelum tanggal pendampingan dibuka.", field="on")
            previous = _previous_finish(stage)
            if previous is not None and on < previous:
                raise ServiceError("Tahap tidak dapat dimulai sebelum tahap sebelumnya selesai.", field="on")
            values |= {"started_on": on, "status_reason": note}
            if stage.officer_id is None and ctx.actor.officer_id is not None:
                values["officer_id"] = ctx.actor.officer_id
        elif status == "selesai":
            if old != "berjalan":
                raise ServiceError(f"Tahap {name} belum dimulai; mulai tahap ini dulu sebelum menyelesaikannya.")
            if _stage_activity_count(session, stage) == 0:
                raise ServiceError(
                    f"Tahap {name} belum dapat diselesaikan: belum ada kegiatan yang dicatat pada tahap ini."
                )
            if stage.started_on is not None and on < stage.started_on:
                raise ServiceError("Tanggal selesai tidak boleh sebelum tanggal mulai tahap.", field="on")
            values |= {"finished_on": on, "status_reason": note}
        elif status == "dilewati":
            if not note:
                raise ServiceError(f"Alasan melewati tahap {name} wajib diisi.", field="reason")
            floor = stage.started_on or case.opened_on
            if on < floor:
                raise ServiceError("Tanggal tidak boleh sebelum tahap atau pendampingan dimulai.", field="on")
            values |= {"finished_on": on, "status_reason": note}
        else:  # back to belum
            raise ServiceError(f"Tahap {name} tidak dapat dikembalikan ke {stage_status_label(status)}.")
        changes = {}
        for field_name, value in values.items():
            if getattr(stage, field_name) != value:
                changes[field_name] = (getattr(stage, field_name), value)
                setattr(stage, field_name, value)
        record_audit(session, ctx.actor, "stage", stage.id, "update", changes)
        add_event(session, ctx.actor, case, "stage_status", old, status, stage=stage, note=note)
        sync_business(session, case.business_id)


def start_stage(ctx: ServiceContext, stage_id: uuid.UUID | str, on: date | None = None, *,
                expected_version: int | None = None) -> None:
    set_stage_status(ctx, stage_id, "berjalan", on=on, expected_version=expected_version)


def finish_stage(ctx: ServiceContext, stage_id: uuid.UUID | str, on: date | None = None,
                 note: str | None = None, *, expected_version: int | None = None) -> None:
    set_stage_status(ctx, stage_id, "selesai", on=on, reason=note, expected_version=expected_version)


def skip_stage(ctx: ServiceContext, stage_id: uuid.UUID | str, reason: str, on: date | None = None, *,
               expected_version: int | None = None) -> None:
    set_stage_status(ctx, stage_id, "dilewati", reason=reason, on=on, expected_version=expected_version)


# --- partners -------------------------------------------------------------------------------------------


def _check_partner(session: Session, stage: Stage, partner: Partner, on: date) -> tuple[Agreement, list[str]]:
    from umkm_desk.core.services.partners.partner_rules import quota_status, valid_agreement_for

    require_active(stage.case, "penugasan mitra")
    name = stage_label(stage.kind)
    if stage.status in STAGE_DONE:
        raise ServiceError(
            f"Tahap {name} sudah {stage_status_label(stage.status).lower()}; mitranya tidak dapat diganti lagi."
        )
    check_not_future(on, "Tanggal penugasan", "on")
    agreement = valid_agreement_for(session, partner.id, stage.kind, on)
    if agreement is None:
        from umkm_desk.core.rules.dates import format_tanggal

        raise ServiceError(
            f"{partner.name} tidak memiliki MoU/PKS yang berlaku pada {format_tanggal(on)} "
            f"dan mencakup tahap {name}.",
            field="partner_id",
        )
    warnings: list[str] = []
    if stage.partner_id != partner.id:
        quota = quota_status(session, partner.id, on.year, stage.kind)
        if quota.exhausted:
            warnings.append(
                f"Kuota rencana kerja {partner.name} untuk tahap {name} tahun {on.year} sudah habis "
                f"({quota.used} dari {quota.quota} UMKM)."
            )
    return agreement, warnings


def partner_warnings(
    ctx: ServiceContext, stage_id: uuid.UUID | str, partner_id: uuid.UUID | str, on: date | None = None
) -> list[str]:
    """Check an assignment without making it: raises ServiceError when it would be refused, else returns the
    warnings (e.g. work-plan quota used up) for the user to confirm."""
    with ctx.db.read() as session:
        stage = load_stage(session, stage_id)
        partner = load_partner(session, partner_id)
        return _check_partner(session, stage, partner, on or today())[1]


@requires("cases.write")
def assign_partner(
    ctx: ServiceContext,
    stage_id: uuid.UUID | str,
    partner_id: uuid.UUID | str,
    *,
    on: date | None = None,
    mentor: str | None = None,
    expected_version: int | None = None,
) -> list[str]:
    """Assign a partner to a stage under its valid agreement (picked automatically); returns warnings."""
    on = on or today()
    with ctx.db.transaction() as session:
        stage = load_stage(session, stage_id)
        check_version(session, stage, expected_version, what=f"Tahap {stage_label(stage.kind)}", entity="stage")
        partner = load_partner(session, partner_id)
        agreement, warnings = _check_partner(session, stage, partner, on)
        old_partner = session.get(Partner, stage.partner_id) if stage.partner_id else None
        changes = {}
        values: dict[str, object] = {"partner_id": partner.id, "agreement_id": agreement.id}
        clean_mentor = None if mentor is None else clean_text(mentor, "stage.mentor", field="mentor")
        if mentor is not None:
            values["mentor"] = clean_mentor
        for field_name, value in values.items():
            if getattr(stage, field_name) != value:
                changes[field_name] = (getattr(stage, field_name), value)
                setattr(stage, field_name, value)
        if not changes:
            return warnings
        record_audit(session, ctx.actor, "stage", stage.id, "update", changes)
        if "partner_id" in changes or "agreement_id" in changes:
            note = f"{agreement.kind.upper()} {agreement.number}"
            if warnings:
                note += " — " + " ".join(warnings)
            add_event(session, ctx.actor, stage.case, "partner", old_partner.name if old_partner else None,
                      partner.name, stage=stage, note=note)
        if "mentor" in changes:
            add_event(session, ctx.actor, stage.case, "mentor", changes["mentor"][0], clean_mentor,
                      stage=stage)
        sync_business(session, stage.case.business_id)
        return warnings


_UNSET: object = object()


@requires("cases.write")
def set_stage_people(
    ctx: ServiceContext,
    stage_id: uuid.UUID | str,
    *,
    officer_id: uuid.UUID | None | object = _UNSET,
    mentor: str | None | object = _UNSET,
    expected_version: int | None = None,
) -> None:
    """Change a stage's officer and/or mentor (pass only what changes)."""
    with ctx.db.transaction() as session:
        stage = load_stage(session, stage_id)
        check_version(session, stage, expected_version, what=f"Tahap {stage_label(stage.kind)}", entity="stage")
        require_active(stage.case, "perubahan petugas")
        changes: dict[str, tuple[object, object]] = {}
        if officer_id is not _UNSET:
            if officer_id is not None:
                officer = session.get(Officer, officer_id)
                if officer is None or officer.deleted_at is not None:
                    raise ServiceError("Petugas tidak ditemukan.", field="officer_id")
            if stage.officer_id != officer_id:
                old = session.get(Officer, stage.officer_id) if stage.officer_id else None
                new = session.get(Officer, officer_id) if officer_id else None
                changes["officer_id"] = (stage.officer_id, officer_id)
                stage.officer_id = officer_id  # type: ignore[assignment]
                add_event(session, ctx.actor, stage.case, "officer", old.name if old else None,
                          new.name if new else None, stage=stage)
        if mentor is not _UNSET:
            value = clean_text(mentor, "stage.mentor", field="mentor") if isinstance(mentor, str) else None
            if stage.mentor != value:
                changes["mentor"] = (stage.mentor, value)
                add_event(session, ctx.actor, stage.case, "mentor", stage.mentor, value, stage=stage)
                stage.mentor = value
        if changes:
            record_audit(session, ctx.actor, "stage", stage.id, "update", changes)


# --- case status ----------------------------------------------------------------------------------------


@requires("cases.write")
def set_case_status(
    ctx: ServiceContext,
    case_id: uuid.UUID | str,
    status: str,
    *,
    reason: str | None = None,
    on: date | None = None,
    expected_version: int | None = None,
) -> None:
    """Close (selesai, naik_kelas, dihentikan) or reopen (aktif) a case; see the module rules.
    ``expected_version`` is the CaseDetail's version the window showed (see services.versions)."""
    if status not in CASE_STATUSES:
        raise ServiceError("Status pendampingan tidak dikenal.")
    on = on or today()
    note = clean_text(reason, "case.status_reason", field="reason")
    with ctx.db.transaction() as session:
        case = load_case(session, case_id)
        check_version(session, case, expected_version, what=f"Pendampingan {case.business.name}", entity="case")
        old = case.status
        if status == old:
            raise ServiceError(f"Status pendampingan sudah {case_status_label(old)}.")
        check_not_future(on, "Tanggal", "on")
        values: dict[str, object] = {"status": status, "status_reason": note}
        if status == "aktif":
            if not note:
                raise ServiceError("Alasan membuka kembali pendampingan wajib diisi.", field="reason")
            if case.business.deleted_at is not None:
                raise ServiceError("UMKM ini sudah diarsipkan; pendampingannya tidak dapat dibuka kembali.")
            if _active_case_id(session, case.business_id) is not None:
                raise ServiceError("UMKM ini masih memiliki pendampingan aktif.")
            values["closed_on"] = None
        else:
            allowed_from = ("aktif", "selesai") if status == "naik_kelas" else ("aktif",)
            if old not in allowed_from:
                raise ServiceError(
                    f"Pendampingan berstatus {case_status_label(old)} tidak dapat diubah menjadi "
                    f"{case_status_label(status)}; buka kembali dulu."
                )
            if status in ("selesai", "naik_kelas"):
                pending = [s for s in ordered_stages(case) if s.status not in STAGE_DONE]
                if pending:
                    first = pending[0]
                    raise ServiceError(
                        f"Pendampingan belum dapat ditutup: tahap {stage_label(first.kind)} masih "
                        f"{stage_status_label(first.status).lower()}. Selesaikan atau lewati dulu."
                    )
            if status == "naik_kelas" and not _case_has_naik_kelas(session, case):
                raise ServiceError(
                    "Status Naik kelas memerlukan hasil pengukuran yang menunjukkan UMKM naik kelas."
                )
            if status == "dihentikan" and not note:
                raise ServiceError("Alasan menghentikan pendampingan wajib diisi.", field="reason")
            if on < case.opened_on:
                raise ServiceError("Tanggal penutupan tidak boleh sebelum pendampingan dibuka.", field="on")
            values["closed_on"] = case.closed_on if old in CASE_CLOSED and case.closed_on else on
        changes = {}
        for field_name, value in values.items():
            if getattr(case, field_name) != value:
                changes[field_name] = (getattr(case, field_name), value)
                setattr(case, field_name, value)
        record_audit(session, ctx.actor, "case", case.id, "update", changes)
        add_event(session, ctx.actor, case, "status", old, status, note=note)
        sync_business(session, case.business_id)


def _case_has_naik_kelas(session: Session, case: Case) -> bool:
    return bool(
        case.naik_kelas
        or session.scalar(
            select(func.count())
            .select_from(Outcome)
            .where(Outcome.case_id == case.id, Outcome.naik_kelas.is_(True), Outcome.deleted_at.is_(None))
        )
    )


# --- picking a business for a new case ------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCaseCandidate:
    business_id: uuid.UUID
    name: str
    owner_name: str
    kelurahan_name: str
    scale: str
    active_case_id: uuid.UUID | None
    last_case_status: str | None


def _candidates(
    session: Session, where: Sequence[ColumnElement[bool]], limit: int
) -> list[OpenCaseCandidate]:
    active = (
        select(Case.id)
        .where(Case.business_id == Business.id, Case.status == "aktif", Case.deleted_at.is_(None))
        .correlate(Business)
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Business.id, Business.name, Owner.name, Kelurahan.name, Business.scale, active, Business.case_status)
        .join(Owner, Owner.id == Business.owner_id)
        .outerjoin(Kelurahan, Kelurahan.code == Business.kelurahan_code)
        .where(Business.deleted_at.is_(None), *where)
        .order_by(Business.name)
        .limit(limit)
    ).all()
    return [OpenCaseCandidate(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6]) for r in rows]


def open_case_candidates(ctx: ServiceContext, text: str, *, limit: int = 30) -> list[OpenCaseCandidate]:
    """Live businesses whose name, owner, NIK, NIB or phone contains ``text`` (for the open-case dialog)."""
    words = searchable(text).lower().split()
    if not words:
        return []
    where = [Business.search_text.like(f"%{w.replace('%', '').replace('_', '')}%") for w in words]
    with ctx.db.read() as session:
        return _candidates(session, where, limit)


def open_case_candidate(ctx: ServiceContext, business_id: uuid.UUID | str) -> OpenCaseCandidate | None:
    with ctx.db.read() as session:
        found = _candidates(session, [Business.id == as_uuid(business_id, "UMKM")], 1)
        return found[0] if found else None

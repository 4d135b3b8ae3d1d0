"""Activities of a case: visits, mentoring sessions, trainings, market events and disbursements.

Rules: a case must be aktif; the activity belongs to one of the case's stages that is berjalan or selesai, or to
no stage (a case-level visit); a market event needs its kind (bazar, pameran, ecommerce); the date is not in
the future and the follow-up date, when given, is not before it. Every change refreshes the business's
``last_activity_on``. Deleting the last activity of a finished stage is refused (the stage would no longer meet
the rule it was finished under).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import ACTIVITY_KINDS, MARKET_KINDS
from umkm_desk.core.rules.counts import parse_count
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.cases._case_support import (
    add_event,
    as_uuid,
    clean_text,
    load_case,
    require_active,
    stage_label,
    stage_status_label,
    sync_business,
    today,
)
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.versions import check_version
from umkm_desk.core.store.case_progress import refresh_progress
from umkm_desk.core.store.models import Activity, Case, Officer, Stage

__all__ = [
    "ActivityInput",
    "ActivityView",
    "add_activity",
    "delete_activity",
    "list_activities",
    "set_follow_up_done",
    "update_activity",
]

MAX_HOURS = 24.0
PEOPLE_MAX = 100_000  # participants of one activity; a city-wide bazar stays far below it


@dataclass(frozen=True)
class ActivityInput:
    kind: str
    held_on: date
    stage_id: uuid.UUID | None = None
    market_kind: str | None = None
    hours: float = 0.0
    mentor: str | None = None
    students: str | None = None
    people_count: int = 0
    notes: str | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class ActivityView:
    id: uuid.UUID
    case_id: uuid.UUID
    stage_id: uuid.UUID | None
    stage_kind: str | None
    business_id: uuid.UUID
    kind: str
    market_kind: str | None
    held_on: date
    hours: float
    mentor: str | None
    students: str | None
    people_count: int
    notes: str | None
    follow_up_on: date | None
    follow_up_done: bool
    officer_name: str | None
    version: int = 1

    @property
    def follow_up_overdue(self) -> bool:
        return self.follow_up_on is not None and not self.follow_up_done and self.follow_up_on < date.today()


def _validate(data: ActivityInput) -> ActivityInput:
    errors: dict[str, str] = {}
    if data.kind not in ACTIVITY_KINDS:
        errors["kind"] = "Jenis kegiatan belum dipilih."
    market = data.market_kind or None
    if data.kind == "pasar":
        if market not in MARKET_KINDS:
            errors["market_kind"] = "Pilih jenis kegiatan pasar: bazar, pameran atau onboarding e-commerce."
    else:
        market = None
    if not isinstance(data.held_on, date):
        errors["held_on"] = "Tanggal kegiatan belum diisi."
    elif data.held_on > today():
        errors["held_on"] = "Tanggal kegiatan tidak boleh melewati hari ini; gunakan tanggal tindak lanjut."
    try:
        hours = float(data.hours or 0)
    except (TypeError, ValueError):
        hours = -1.0
    if not 0 <= hours <= MAX_HOURS:
        errors["hours"] = "Lama kegiatan harus antara 0 dan 24 jam."
    people = 0
    try:
        people = parse_count(data.people_count, label="Jumlah peserta", low=0, high=PEOPLE_MAX) or 0
    except RuleError as exc:
        errors["people_count"] = exc.message
    if data.follow_up_on is not None and isinstance(data.held_on, date) and data.follow_up_on < data.held_on:
        errors["follow_up_on"] = "Tanggal tindak lanjut tidak boleh sebelum tanggal kegiatan."
    if errors:
        first = next(iter(errors))
        raise ServiceError(errors[first], field=first, errors=errors)
    return replace(
        data,
        market_kind=market,
        hours=hours,
        people_count=people,
        mentor=clean_text(data.mentor, "activity.mentor", field="mentor"),
        students=clean_text(data.students, "activity.students", field="students"),
        notes=clean_text(data.notes, "activity.notes", field="notes"),
    )


def _check_stage(session: Session, case: Case, stage_id: uuid.UUID | str | None, held_on: date) -> Stage | None:
    if stage_id is None:
        if held_on < case.opened_on:
            raise ServiceError("Tanggal kegiatan tidak boleh sebelum pendampingan dibuka.", field="held_on")
        return None
    stage = session.get(Stage, as_uuid(stage_id, "Tahap"))
    if stage is None or stage.case_id != case.id:
        raise ServiceError("Tahap ini bukan bagian dari pendampingan tersebut.", field="stage_id")
    name = stage_label(stage.kind)
    if stage.status == "belum":
        raise ServiceError(
            f"Tahap {name} belum dimulai; mulai tahapnya dulu atau catat kegiatan tanpa tahap.", field="stage_id"
        )
    if stage.status == "dilewati":
        raise ServiceError(f"Tahap {name} dilewati; kegiatan tidak dapat dicatat padanya.", field="stage_id")
    if stage.started_on is not None and held_on < stage.started_on:
        raise ServiceError(f"Tanggal kegiatan tidak boleh sebelum tahap {name} dimulai.", field="held_on")
    return stage


def _values(data: ActivityInput, stage: Stage | None) -> dict[str, object]:
    return {
        "stage_id": stage.id if stage is not None else None,
        "kind": data.kind,
        "market_kind": data.market_kind,
        "held_on": data.held_on,
        "hours": data.hours,
        "mentor": data.mentor,
        "students": data.students,
        "people_count": data.people_count,
        "notes": data.notes,
        "follow_up_on": data.follow_up_on,
    }


@requires("cases.write")
def add_activity(ctx: ServiceContext, case_id: uuid.UUID | str, data: ActivityInput) -> uuid.UUID:
    data = _validate(data)
    with ctx.db.transaction() as session:
        case = load_case(session, case_id)
        require_active(case, "pencatatan kegiatan")
        stage = _check_stage(session, case, data.stage_id, data.held_on)
        activity = Activity(
            id=uuid.uuid4(),
            case_id=case.id,
            business_id=case.business_id,
            officer_id=ctx.actor.officer_id,
            follow_up_done=False,
            **_values(data, stage),
        )
        session.add(activity)
        session.flush()
        record_audit(session, ctx.actor, "activity", activity.id, "create")
        sync_business(session, case.business_id)
        return activity.id


def _load_activity(session: Session, activity_id: uuid.UUID | str) -> Activity:
    activity = session.get(Activity, as_uuid(activity_id, "Kegiatan"))
    if activity is None or activity.deleted_at is not None:
        raise ServiceError("Kegiatan tidak ditemukan.")
    return activity


def _what(activity: Activity) -> str:
    return f"Kegiatan {ACTIVITY_KINDS.get(activity.kind, activity.kind)}"


def _would_empty_finished_stage(session: Session, activity: Activity, new_stage_id: uuid.UUID | None) -> Stage | None:
    if activity.stage_id is None or activity.stage_id == new_stage_id:
        return None
    stage = session.get(Stage, activity.stage_id)
    if stage is None or stage.status != "selesai":
        return None
    others = session.scalar(
        select(func.count())
        .select_from(Activity)
        .where(Activity.stage_id == stage.id, Activity.deleted_at.is_(None), Activity.id != activity.id)
    )
    return stage if not others else None


@requires("cases.write")
def update_activity(ctx: ServiceContext, activity_id: uuid.UUID | str, data: ActivityInput, *,
                    expected_version: int | None = None) -> None:
    """Save an edited activity; ``expected_version`` is the ActivityView's version the form was opened with."""
    data = _validate(data)
    with ctx.db.transaction() as session:
        activity = _load_activity(session, activity_id)
        check_version(session, activity, expected_version, what=_what(activity), entity="activity")
        case = session.get(Case, activity.case_id)
        assert case is not None
        require_active(case, "perubahan kegiatan")
        stage = _check_stage(session, case, data.stage_id, data.held_on)
        emptied = _would_empty_finished_stage(session, activity, stage.id if stage else None)
        if emptied is not None:
            raise ServiceError(
                f"Kegiatan ini satu-satunya pada tahap {stage_label(emptied.kind)} yang sudah "
                f"{stage_status_label(emptied.status).lower()}; tahapnya tidak dapat dipindah."
            )
        changes = {}
        for name, value in _values(data, stage).items():
            if getattr(activity, name) != value:
                changes[name] = (getattr(activity, name), value)
                setattr(activity, name, value)
        if changes:
            record_audit(session, ctx.actor, "activity", activity.id, "update", changes)
            sync_business(session, activity.business_id)


@requires("cases.write")
def delete_activity(ctx: ServiceContext, activity_id: uuid.UUID | str, *,
                    expected_version: int | None = None) -> None:
    """Soft-delete an activity (restorable from the audit trail); ``expected_version`` as for update."""
    from umkm_desk.core.store.models import utcnow

    with ctx.db.transaction() as session:
        activity = _load_activity(session, activity_id)
        check_version(session, activity, expected_version, what=_what(activity), entity="activity")
        case = session.get(Case, activity.case_id)
        assert case is not None
        require_active(case, "penghapusan kegiatan")
        emptied = _would_empty_finished_stage(session, activity, None)
        if emptied is not None:
            raise ServiceError(
                f"Kegiatan ini satu-satunya pada tahap {stage_label(emptied.kind)} yang sudah selesai; "
                "kegiatan tidak dapat dihapus."
            )
        activity.deleted_at = utcnow()
        record_audit(session, ctx.actor, "activity", activity.id, "delete")
        sync_business(session, activity.business_id)


@requires("cases.write")
def set_follow_up_done(ctx: ServiceContext, activity_id: uuid.UUID | str, done: bool = True, *,
                       expected_version: int | None = None) -> None:
    """Mark an activity's follow-up as done (it leaves the Beranda lists) or open again. ``expected_version``:
    the version the Beranda list or the case window showed; a colleague's change of the scheduled follow-up
    (its date, or marked done) since refuses (see services.versions)."""
    with ctx.db.transaction() as session:
        activity = _load_activity(session, activity_id)
        check_version(session, activity, expected_version, what=_what(activity), entity="activity")
        if activity.follow_up_on is None:
            raise ServiceError("Kegiatan ini tidak memiliki jadwal tindak lanjut.")
        if activity.follow_up_done == done:
            return
        record_audit(session, ctx.actor, "activity", activity.id, "update",
                     {"follow_up_done": (activity.follow_up_done, done)})
        activity.follow_up_done = done
        case = session.get(Case, activity.case_id)
        assert case is not None
        refresh_progress(session, Case.id == case.id)  # the case's next follow-up, which the board orders by
        add_event(session, ctx.actor, case, "follow_up", None, "selesai" if done else "dibuka",
                  note=f"Tindak lanjut {ACTIVITY_KINDS.get(activity.kind, activity.kind)}")


def list_activities(ctx: ServiceContext, case_id: uuid.UUID | str) -> list[ActivityView]:
    """Live activities of a case, newest first."""
    with ctx.db.read() as session:
        case = load_case(session, case_id)
        rows = session.execute(
            select(Activity, Stage.kind, Officer.name)
            .outerjoin(Stage, Stage.id == Activity.stage_id)
            .outerjoin(Officer, Officer.id == Activity.officer_id)
            .where(Activity.case_id == case.id, Activity.deleted_at.is_(None))
            .order_by(Activity.held_on.desc(), Activity.created_at.desc())
        ).all()
        return [_view(a, kind, officer) for a, kind, officer in rows]


def _view(a: Activity, stage_kind: str | None, officer_name: str | None) -> ActivityView:
    return ActivityView(
        id=a.id,
        case_id=a.case_id,
        stage_id=a.stage_id,
        stage_kind=stage_kind,
        business_id=a.business_id,
        kind=a.kind,
        market_kind=a.market_kind,
        held_on=a.held_on,
        hours=a.hours,
        mentor=a.mentor,
        students=a.students,
        people_count=a.people_count,
        notes=a.notes,
        follow_up_on=a.follow_up_on,
        follow_up_done=a.follow_up_done,
        officer_name=officer_name,
        version=a.version,
    )

"""Timelines: what happened to a business or a case, newest first, in Indonesian.

Sources: the case events (stage and case status changes, partner/mentor/officer changes, capital support steps,
repayments, naik kelas, follow-ups done), activities, outcomes (measurements) and the business's registration.
Events are dated when they were recorded (converted to local time); activities, outcomes and registration by
their own dates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import (
    ACTIVITY_KINDS,
    CAPITAL_STATUS,
    CASE_STATUS,
    MARKET_KINDS,
    SCALES,
    STAGE_KINDS,
    STAGE_STATUS,
    label,
)
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.services.cases._case_support import as_uuid, load_business, load_case
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import Activity, Case, CaseEvent, Officer, Outcome, Stage

__all__ = ["TimelineEntry", "business_timeline", "case_timeline"]

ARROW = "→"


@dataclass(frozen=True)
class TimelineEntry:
    at: date
    kind: str  # umkm, pendampingan, tahap, mitra, petugas, modal, angsuran, naik_kelas, kegiatan, pengukuran, ...
    title: str
    detail: str


def _local_date(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _event_entry(event: CaseEvent, stage_kind: str | None, who: str | None) -> TimelineEntry:
    by = f"oleh {who}" if who else None
    stage = label(STAGE_KINDS, stage_kind)
    old, new, note = event.from_value, event.to_value, event.note
    if event.field == "status":
        if old is None:
            title = "Pendampingan dibuka"
        elif new == "aktif":
            title = "Pendampingan dibuka kembali"
        elif new == "dihentikan":
            title = "Pendampingan dihentikan"
        else:
            title = f"Pendampingan ditutup: {label(CASE_STATUS, new)}"
        detail = _join(note if note != "Pendampingan dibuka" else None, by)
        kind = "pendampingan"
    elif event.field == "stage_status":
        title = f"Tahap {stage}: {label(STAGE_STATUS, old)} {ARROW} {label(STAGE_STATUS, new)}"
        detail, kind = _join(note, by), "tahap"
    elif event.field == "partner":
        title = f"Mitra tahap {stage}: {new}" if not old else f"Mitra tahap {stage}: {old} {ARROW} {new}"
        detail, kind = _join(note, by), "mitra"
    elif event.field in ("mentor", "officer"):
        what = "Mentor" if event.field == "mentor" else "Petugas"
        title = f"{what} tahap {stage}: {new or '(dikosongkan)'}"
        detail, kind = _join(f"sebelumnya {old}" if old else None, by), "petugas"
    elif event.field == "naik_kelas":
        title = f"Naik kelas: {old} {ARROW} {new}"
        detail, kind = _join(note, by), "naik_kelas"
    elif event.field == "capital_status":
        title = f"Dukungan modal {label(CAPITAL_STATUS, new).lower()}"
        detail, kind = _join(note, by), "modal"
    elif event.field == "repayment":
        title = "Pembayaran angsuran"
        detail, kind = _join(note, by), "angsuran"
    elif event.field == "follow_up":
        title = "Tindak lanjut ditandai selesai" if new == "selesai" else "Tindak lanjut dibuka lagi"
        detail, kind = _join(note, by), "tindak_lanjut"
    else:
        title = f"{event.field}: {old or '-'} {ARROW} {new or '-'}"
        detail, kind = _join(note, by), "lainnya"
    return TimelineEntry(_local_date(event.at), kind, title, detail)


def _activity_entry(a: Activity, stage_kind: str | None) -> TimelineEntry:
    title = label(ACTIVITY_KINDS, a.kind)
    if a.market_kind:
        title += f" ({label(MARKET_KINDS, a.market_kind)})"
    hours = f"{a.hours:g} jam".replace(".", ",") if a.hours else None
    people = f"{a.people_count} orang" if a.people_count else None
    follow = None
    if a.follow_up_on:
        follow = f"tindak lanjut {format_tanggal(a.follow_up_on)}" + (" (selesai)" if a.follow_up_done else "")
    detail = _join(
        f"tahap {label(STAGE_KINDS, stage_kind)}" if stage_kind else None,
        f"mentor {a.mentor}" if a.mentor else None,
        f"mahasiswa {a.students}" if a.students else None,
        hours,
        people,
        a.notes,
        follow,
    )
    return TimelineEntry(a.held_on, "kegiatan", title, detail)


def _outcome_entry(o: Outcome, baseline: bool) -> TimelineEntry:
    legal = [name for flag, name in (("nib_obtained", "NIB"), ("halal_obtained", "halal"),
                                     ("pirt_obtained", "PIRT"), ("merek_obtained", "merek")) if getattr(o, flag)]
    markets = [name for flag, name in (("market_marketplace", "marketplace"),
                                       ("market_modern_retail", "ritel modern"),
                                       ("market_export", "ekspor")) if getattr(o, flag)]
    scale = label(SCALES, o.scale)
    title = f"Pengukuran awal: skala {scale}" if baseline else f"Pengukuran hasil: skala {scale}"
    if o.naik_kelas:
        title += " (naik kelas)"
    detail = _join(
        f"omzet {format_rupiah(o.annual_sales)}/tahun",
        f"modal {format_rupiah(o.modal_usaha)}",
        f"{o.workers} tenaga kerja",
        f"legalitas: {', '.join(legal)}" if legal else None,
        f"pasar: {', '.join(markets)}" if markets else None,
        o.notes if o.notes and not baseline else None,
    )
    return TimelineEntry(o.measured_on, "pengukuran", title, detail)


def _collect(session: Session, case_ids: list[uuid.UUID], business_id: uuid.UUID,
             outcome_case_ids: list[uuid.UUID] | None) -> list[tuple[date, datetime, TimelineEntry]]:
    items: list[tuple[date, datetime, TimelineEntry]] = []
    if case_ids:
        events = session.execute(
            select(CaseEvent, Stage.kind, Officer.name)
            .outerjoin(Stage, Stage.id == CaseEvent.stage_id)
            .outerjoin(Officer, Officer.id == CaseEvent.officer_id)
            .where(CaseEvent.case_id.in_(case_ids))
        ).all()
        for event, stage_kind, who in events:
            entry = _event_entry(event, stage_kind, who)
            items.append((entry.at, _aware(event.at), entry))
        activities = session.execute(
            select(Activity, Stage.kind)
            .outerjoin(Stage, Stage.id == Activity.stage_id)
            .where(Activity.case_id.in_(case_ids), Activity.deleted_at.is_(None))
        ).all()
        for activity, stage_kind in activities:
            entry = _activity_entry(activity, stage_kind)
            items.append((entry.at, _aware(activity.created_at), entry))
    outcomes = session.scalars(
        select(Outcome)
        .where(Outcome.business_id == business_id, Outcome.deleted_at.is_(None))
        .order_by(Outcome.measured_on, Outcome.created_at)
    ).all()
    for index, outcome in enumerate(outcomes):
        if outcome_case_ids is not None and outcome.case_id not in outcome_case_ids:
            continue
        entry = _outcome_entry(outcome, index == 0)
        items.append((entry.at, _aware(outcome.created_at), entry))
    return items


def _sorted(items: list[tuple[date, datetime, TimelineEntry]]) -> list[TimelineEntry]:
    items.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [entry for _, _, entry in items]


def business_timeline(ctx: ServiceContext, business_id: uuid.UUID | str) -> list[TimelineEntry]:
    """Everything that happened to a business across its cases, newest first, ending with its registration."""
    with ctx.db.read() as session:
        business = load_business(session, as_uuid(business_id, "UMKM"))
        case_ids = list(session.scalars(
            select(Case.id).where(Case.business_id == business.id, Case.deleted_at.is_(None))
        ).all())
        items = _collect(session, case_ids, business.id, None)
        registered = _local_date(business.created_at)
        items.append((registered, datetime.min.replace(tzinfo=UTC),
                      TimelineEntry(registered, "umkm", "UMKM terdaftar", business.name)))
        return _sorted(items)


def case_timeline(ctx: ServiceContext, case_id: uuid.UUID | str) -> list[TimelineEntry]:
    """What happened within one case (its events, activities and the outcomes linked to it), newest first."""
    with ctx.db.read() as session:
        case = load_case(session, case_id)
        return _sorted(_collect(session, [case.id], case.business_id, [case.id]))

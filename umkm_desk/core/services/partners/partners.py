"""Partner institutions (mitra) and what binds them to the office: agreements (MoU/PKS), annual work plans
and KKM/KKN placements.

Every write is one transaction with audit rows. Inputs are plain dataclasses filled by a form or an import;
validation collects every problem with an Indonesian message keyed by form field, and a refused write leaves
the database unchanged. Destroying is a soft delete (``deleted_at``) that ``restore_*`` undoes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from umkm_desk.core import labels
from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.rules.counts import parse_count
from umkm_desk.core.rules.dates import format_tanggal, parse_tanggal
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.money import parse_rupiah
from umkm_desk.core.rules.phone import normalize_phone
from umkm_desk.core.rules.wilayah import kelurahan as kelurahan_info
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, diff, record_audit
from umkm_desk.core.services.partners.partner_rules import (
    STAGE_LABELS,
    AgreementState,
    agreement_state,
    covered_stages,
)
from umkm_desk.core.services.text_fields import clean as clean_field
from umkm_desk.core.services.versions import check_version
from umkm_desk.core.store.models import (
    Agreement,
    Business,
    Partner,
    Placement,
    PlacementArea,
    WorkPlan,
    utcnow,
)

PARTNER_KINDS: dict[str, str] = labels.PARTNER_KINDS
AGREEMENT_KINDS: dict[str, str] = labels.AGREEMENT_KINDS
YEAR_MIN, YEAR_MAX = 2000, 2100
COUNT_MAX = 100_000  # quota of businesses, students of a group: far above any real figure, inside Integer


# --- inputs ---------------------------------------------------------------------------------------------


@dataclass
class PartnerInput:
    name: str
    kind: str
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    email: str = ""


@dataclass
class AgreementInput:
    kind: str
    number: str
    signed_on: date | str | None
    valid_until: date | str | None
    stages: Sequence[str] = ()
    title: str = ""


@dataclass
class WorkPlanInput:
    year: int | str
    stage: str
    quota: int | str
    budget: int | str = 0
    notes: str = ""


@dataclass
class PlacementInput:
    group_name: str
    period_start: date | str | None
    period_end: date | str | None
    supervisor: str
    kelurahan_codes: Sequence[str] = ()
    students: int | str = 0


# --- views ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerRow:
    id: uuid.UUID
    name: str
    kind: str
    address: str
    contact_name: str
    contact_phone: str
    email: str
    is_example: bool
    archived: bool
    agreement_count: int = 0
    #: the best state among live agreements ("berlaku" beats "segera_berakhir" beats "kedaluwarsa"), or None
    agreement_state: AgreementState | None = None
    version: int = 1


@dataclass(frozen=True)
class AgreementView:
    id: uuid.UUID
    partner_id: uuid.UUID
    kind: str
    number: str
    title: str
    signed_on: date
    valid_until: date
    stages: tuple[str, ...]
    archived: bool
    state: AgreementState
    version: int = 1


@dataclass(frozen=True)
class WorkPlanView:
    id: uuid.UUID
    partner_id: uuid.UUID
    year: int
    stage: str
    quota: int
    budget: int
    notes: str
    archived: bool
    version: int = 1


@dataclass(frozen=True)
class PlacementView:
    id: uuid.UUID
    partner_id: uuid.UUID
    group_name: str
    period_start: date
    period_end: date
    supervisor: str
    students: int
    kelurahan_codes: tuple[str, ...]
    kelurahan_names: tuple[str, ...]
    archived: bool
    version: int = 1

    def status(self, today: date) -> str:
        """"akan_datang", "bertugas" or "selesai" relative to ``today``."""
        if today < self.period_start:
            return "akan_datang"
        if today > self.period_end:
            return "selesai"
        return "bertugas"


@dataclass
class _Errors:
    errors: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def raise_if_any(self) -> None:
        if self.errors:
            name, message = next(iter(self.errors.items()))
            raise ServiceError(message, field=name, errors=dict(self.errors))


def _squash(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _clean(value: str | None, key: str, errors: _Errors) -> str | None:
    """Typed text through the one cleaning rule (services.text_fields); a refusal is noted under its field."""
    try:
        return clean_field(key, value)
    except RuleError as exc:
        errors.add(exc.field or key.partition(".")[2], exc.message)
        return None


def _date(value: date | str | None, name: str, label: str, errors: _Errors) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.add(name, f"{label} belum diisi.")
        return None
    try:
        return parse_tanggal(value)
    except RuleError as exc:
        errors.add(name, exc.message)
        return None


def _int(
    value: int | str, name: str, label: str, errors: _Errors, *, low: int, high: int, unit: str = ""
) -> int | None:
    try:
        return parse_count(
            value, label=label, field=name, low=low, high=high, required=True, year=name == "year", unit=unit
        )
    except RuleError as exc:
        errors.add(name, exc.message)
        return None


def _stage_label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage)


# --- partners -------------------------------------------------------------------------------------------


def _partner_values(session: Session, data: PartnerInput, partner_id: uuid.UUID | None) -> dict[str, Any]:
    errors = _Errors()
    name = _clean(data.name, "partner.name", errors)
    if "name" in errors.errors:
        pass
    elif not name:
        errors.add("name", "Nama mitra belum diisi.")
    else:
        query = select(Partner).where(func.lower(Partner.name) == name.lower())
        if partner_id is not None:
            query = query.where(Partner.id != partner_id)
        other = session.scalars(query).first()
        if other is not None:
            where = " (di arsip; pulihkan dari arsip)" if other.deleted_at else ""
            errors.add("name", f"Mitra bernama \u201c{other.name}\u201d sudah ada{where}.")
    if data.kind not in PARTNER_KINDS:
        errors.add("kind", "Pilih jenis mitra.")
    phone = _squash(data.contact_phone)
    if phone:
        try:
            phone = normalize_phone(phone)
        except RuleError as exc:
            errors.add("contact_phone", exc.message)
    email = _clean(data.email, "partner.email", errors)
    if email and ("@" not in email or " " in email or email.startswith("@") or "." not in email.split("@")[-1]):
        errors.add("email", "Alamat email tidak sah, contoh: humas@untirta.ac.id.")
    address = _clean(data.address, "partner.address", errors)
    contact_name = _clean(data.contact_name, "partner.contact_name", errors)
    errors.raise_if_any()
    return {
        "name": name,
        "kind": data.kind,
        "address": address,
        "contact_name": contact_name,
        "contact_phone": phone,
        "email": email,
    }


_Row = TypeVar("_Row")  # a mapped class read by id


def _get(session: Session, model: type[_Row], obj_id: uuid.UUID, what: str) -> _Row:
    obj = session.get(model, obj_id)
    if obj is None:
        raise ServiceError(f"{what} tidak ditemukan; mungkin sudah dihapus di komputer lain.")
    return obj


def _best_state(states: Iterable[AgreementState]) -> AgreementState | None:
    order = ("berlaku", "segera_berakhir", "kedaluwarsa")
    present = set(states)
    return next((s for s in order if s in present), None)


def _partner_row(partner: Partner, agreements: list[Agreement], today: date) -> PartnerRow:
    live = [a for a in agreements if a.deleted_at is None]
    return PartnerRow(
        id=partner.id,
        name=partner.name,
        kind=partner.kind,
        address=partner.address or "",
        contact_name=partner.contact_name or "",
        contact_phone=partner.contact_phone or "",
        email=partner.email or "",
        is_example=partner.is_example,
        archived=partner.deleted_at is not None,
        agreement_count=len(live),
        agreement_state=_best_state(agreement_state(a, today) for a in live),
        version=partner.version,
    )


def list_partners(
    ctx: ServiceContext,
    *,
    kind: str | None = None,
    search: str = "",
    include_archived: bool = False,
    today: date | None = None,
) -> list[PartnerRow]:
    """Partners by name; ``search`` matches name, contact person, phone and email, case-insensitively."""
    today = today or date.today()
    query = select(Partner).order_by(func.lower(Partner.name))
    if kind:
        query = query.where(Partner.kind == kind)
    if not include_archived:
        query = query.where(Partner.deleted_at.is_(None))
    words = search.lower().split()
    with ctx.db.read() as session:
        partners = list(session.scalars(query))
        agreements: dict[uuid.UUID, list[Agreement]] = {}
        if partners:
            for agreement in session.scalars(
                select(Agreement).where(Agreement.partner_id.in_([p.id for p in partners]))
            ):
                agreements.setdefault(agreement.partner_id, []).append(agreement)
        rows = []
        for partner in partners:
            if words:
                haystack = " ".join(
                    filter(None, [partner.name, partner.contact_name, partner.contact_phone, partner.email,
                                  PARTNER_KINDS.get(partner.kind)])
                ).lower()
                if not all(word in haystack for word in words):
                    continue
            rows.append(_partner_row(partner, agreements.get(partner.id, []), today))
        return rows


def get_partner(ctx: ServiceContext, partner_id: uuid.UUID, *, today: date | None = None) -> PartnerRow:
    with ctx.db.read() as session:
        partner = _get(session, Partner, partner_id, "Mitra")
        agreements = list(session.scalars(select(Agreement).where(Agreement.partner_id == partner_id)))
        return _partner_row(partner, agreements, today or date.today())


@requires("partners.write")
def create_partner(ctx: ServiceContext, data: PartnerInput, *, is_example: bool = False) -> uuid.UUID:
    with ctx.db.transaction() as session:
        values = _partner_values(session, data, None)
        partner = Partner(**values, is_example=is_example)
        session.add(partner)
        session.flush()
        record_audit(session, ctx.actor, "partner", partner.id, "create", {k: (None, v) for k, v in values.items()})
        return partner.id


@requires("partners.write")
def update_partner(ctx: ServiceContext, partner_id: uuid.UUID, data: PartnerInput, *,
                   expected_version: int | None = None) -> None:
    """``expected_version``: the PartnerRow's version the form was opened with (see services.versions)."""
    with ctx.db.transaction() as session:
        partner = _get(session, Partner, partner_id, "Mitra")
        check_version(session, partner, expected_version, what=f"Mitra {partner.name}", entity="partner")
        values = _partner_values(session, data, partner_id)
        changes = diff(partner, values)
        if changes:
            record_audit(session, ctx.actor, "partner", partner.id, "update", changes)
        if "name" in changes:  # the UMKM list shows and sorts by the copy on each business
            session.execute(
                update(Business).where(Business.current_partner_id == partner.id).values(partner_name=partner.name)
            )


@requires("partners.write")
def _set_deleted(
    ctx: ServiceContext,
    model: type[Partner | Agreement | WorkPlan | Placement],
    obj_id: uuid.UUID,
    entity: str,
    what: str,
    deleted: bool,
    expected_version: int | None,
) -> None:
    with ctx.db.transaction() as session:
        obj = _get(session, model, obj_id, what)
        check_version(session, obj, expected_version, what=_title(obj, what), entity=entity)
        if (obj.deleted_at is not None) == deleted:
            return  # already in the wanted state: nothing to do, nothing to audit
        obj.deleted_at = utcnow() if deleted else None
        record_audit(session, ctx.actor, entity, obj.id, "delete" if deleted else "restore")


def _title(obj: Partner | Agreement | WorkPlan | Placement, what: str) -> str:
    """How a refused archive or restore names the record (as the edit forms' conflicts do)."""
    if isinstance(obj, Partner):
        return f"{what} {obj.name}"
    if isinstance(obj, Agreement):
        return f"{what} {obj.number}"
    if isinstance(obj, WorkPlan):
        return f"{what} {obj.year}"
    return f"{what} {obj.group_name}"


def archive_partner(ctx: ServiceContext, partner_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    """Soft delete: the partner disappears from lists and suggestions; its history stays. Undo with restore.
    ``expected_version``: the PartnerRow's version the list showed (a colleague's save since refuses)."""
    _set_deleted(ctx, Partner, partner_id, "partner", "Mitra", True, expected_version)


def restore_partner(ctx: ServiceContext, partner_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, Partner, partner_id, "partner", "Mitra", False, expected_version)


# --- agreements -----------------------------------------------------------------------------------------


def _agreement_values(data: AgreementInput) -> dict[str, Any]:
    errors = _Errors()
    if data.kind not in AGREEMENT_KINDS:
        errors.add("kind", "Pilih jenis perjanjian: MoU atau PKS.")
    number = _clean(data.number, "agreement.number", errors)
    if not number:
        errors.add("number", "Nomor perjanjian belum diisi.")
    title = _clean(data.title, "agreement.title", errors)
    signed_on = _date(data.signed_on, "signed_on", "Tanggal penandatanganan", errors)
    valid_until = _date(data.valid_until, "valid_until", "Tanggal berlaku sampai", errors)
    if signed_on and valid_until and valid_until <= signed_on:
        errors.add(
            "valid_until",
            f"Tanggal berlaku sampai harus sesudah tanggal penandatanganan ({format_tanggal(signed_on)}).",
        )
    stages = set(data.stages)
    unknown = stages - set(STAGE_ORDER)
    if unknown:
        errors.add("stages", f"Tahap tidak dikenal: {', '.join(sorted(unknown))}.")
    elif not stages:
        errors.add("stages", "Centang minimal satu tahap yang dicakup perjanjian ini.")
    errors.raise_if_any()
    return {
        "kind": data.kind,
        "number": number,
        "title": title,
        "signed_on": signed_on,
        "valid_until": valid_until,
        **{f"covers_{kind}": kind in stages for kind in STAGE_ORDER},
    }


def _agreement_view(agreement: Agreement, today: date) -> AgreementView:
    return AgreementView(
        id=agreement.id,
        partner_id=agreement.partner_id,
        kind=agreement.kind,
        number=agreement.number,
        title=agreement.title or "",
        signed_on=agreement.signed_on,
        valid_until=agreement.valid_until,
        stages=tuple(covered_stages(agreement)),
        archived=agreement.deleted_at is not None,
        state=agreement_state(agreement, today),
        version=agreement.version,
    )


def list_agreements(
    ctx: ServiceContext, partner_id: uuid.UUID, *, include_archived: bool = False, today: date | None = None
) -> list[AgreementView]:
    """Newest first (by end date)."""
    query = select(Agreement).where(Agreement.partner_id == partner_id)
    if not include_archived:
        query = query.where(Agreement.deleted_at.is_(None))
    with ctx.db.read() as session:
        rows = session.scalars(query.order_by(Agreement.valid_until.desc(), Agreement.number))
        return [_agreement_view(a, today or date.today()) for a in rows]


def get_agreement(ctx: ServiceContext, agreement_id: uuid.UUID, *, today: date | None = None) -> AgreementView:
    with ctx.db.read() as session:
        return _agreement_view(_get(session, Agreement, agreement_id, "Perjanjian"), today or date.today())


def _check_live_partner(session: Session, partner_id: uuid.UUID) -> Partner:
    partner = _get(session, Partner, partner_id, "Mitra")
    if partner.deleted_at is not None:
        raise ServiceError(f"Mitra \u201c{partner.name}\u201d ada di arsip; pulihkan dulu sebelum menambah data.")
    return partner


@requires("partners.write")
def create_agreement(ctx: ServiceContext, partner_id: uuid.UUID, data: AgreementInput) -> uuid.UUID:
    values = _agreement_values(data)
    with ctx.db.transaction() as session:
        _check_live_partner(session, partner_id)
        agreement = Agreement(partner_id=partner_id, **values)
        session.add(agreement)
        session.flush()
        record_audit(
            session, ctx.actor, "agreement", agreement.id, "create",
            {"partner_id": (None, partner_id), **{k: (None, v) for k, v in values.items()}},
        )
        return agreement.id


@requires("partners.write")
def update_agreement(ctx: ServiceContext, agreement_id: uuid.UUID, data: AgreementInput, *,
                     expected_version: int | None = None) -> None:
    values = _agreement_values(data)
    with ctx.db.transaction() as session:
        agreement = _get(session, Agreement, agreement_id, "Perjanjian")
        check_version(session, agreement, expected_version, what=f"Perjanjian {agreement.number}",
                      entity="agreement")
        changes = diff(agreement, values)
        if changes:
            record_audit(session, ctx.actor, "agreement", agreement.id, "update", changes)


def archive_agreement(ctx: ServiceContext, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, Agreement, agreement_id, "agreement", "Perjanjian", True, expected_version)


def restore_agreement(ctx: ServiceContext, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, Agreement, agreement_id, "agreement", "Perjanjian", False, expected_version)


# --- work plans -----------------------------------------------------------------------------------------


def _work_plan_values(
    session: Session, partner_id: uuid.UUID, data: WorkPlanInput, plan_id: uuid.UUID | None
) -> dict[str, Any]:
    errors = _Errors()
    year = _int(data.year, "year", "Tahun", errors, low=YEAR_MIN, high=YEAR_MAX)
    if data.stage not in STAGE_ORDER:
        *first, last = (STAGE_LABELS[kind] for kind in STAGE_ORDER)
        errors.add("stage", f"Pilih tahap: {', '.join(first)} atau {last}.")
    quota = _int(data.quota, "quota", "Kuota", errors, low=1, high=COUNT_MAX, unit="UMKM")
    budget: int | None = 0
    if not (isinstance(data.budget, str) and not data.budget.strip()):
        try:
            budget = parse_rupiah(data.budget)
        except RuleError as exc:
            errors.add("budget", exc.message)
            budget = None
    if "year" not in errors.errors and "stage" not in errors.errors:
        query = select(WorkPlan).where(
            WorkPlan.partner_id == partner_id, WorkPlan.year == year, WorkPlan.stage == data.stage
        )
        if plan_id is not None:
            query = query.where(WorkPlan.id != plan_id)
        other = session.scalars(query).first()
        if other is not None:
            where = " (di arsip; pulihkan dari arsip)" if other.deleted_at else ""
            errors.add("stage", f"Rencana kerja {year} untuk tahap {_stage_label(data.stage)} sudah ada{where}.")
    notes = _clean(data.notes, "work_plan.notes", errors)
    errors.raise_if_any()
    return {"year": year, "stage": data.stage, "quota": quota, "budget": budget, "notes": notes}


def _work_plan_view(plan: WorkPlan) -> WorkPlanView:
    return WorkPlanView(
        id=plan.id, partner_id=plan.partner_id, year=plan.year, stage=plan.stage, quota=plan.quota,
        budget=plan.budget, notes=plan.notes or "", archived=plan.deleted_at is not None, version=plan.version,
    )


def list_work_plans(
    ctx: ServiceContext, partner_id: uuid.UUID, *, year: int | None = None, include_archived: bool = False
) -> list[WorkPlanView]:
    """Newest year first, then stage in journey order."""
    query = select(WorkPlan).where(WorkPlan.partner_id == partner_id)
    if year is not None:
        query = query.where(WorkPlan.year == year)
    if not include_archived:
        query = query.where(WorkPlan.deleted_at.is_(None))
    with ctx.db.read() as session:
        plans = [_work_plan_view(p) for p in session.scalars(query)]
    return sorted(plans, key=lambda p: (-p.year, STAGE_ORDER.index(p.stage) if p.stage in STAGE_ORDER else 9))


def get_work_plan(ctx: ServiceContext, plan_id: uuid.UUID) -> WorkPlanView:
    with ctx.db.read() as session:
        return _work_plan_view(_get(session, WorkPlan, plan_id, "Rencana kerja"))


@requires("partners.write")
def create_work_plan(ctx: ServiceContext, partner_id: uuid.UUID, data: WorkPlanInput) -> uuid.UUID:
    with ctx.db.transaction() as session:
        _check_live_partner(session, partner_id)
        values = _work_plan_values(session, partner_id, data, None)
        plan = WorkPlan(partner_id=partner_id, **values)
        session.add(plan)
        session.flush()
        record_audit(
            session, ctx.actor, "work_plan", plan.id, "create",
            {"partner_id": (None, partner_id), **{k: (None, v) for k, v in values.items()}},
        )
        return plan.id


@requires("partners.write")
def update_work_plan(ctx: ServiceContext, plan_id: uuid.UUID, data: WorkPlanInput, *,
                     expected_version: int | None = None) -> None:
    with ctx.db.transaction() as session:
        plan = _get(session, WorkPlan, plan_id, "Rencana kerja")
        check_version(session, plan, expected_version, what=f"Rencana kerja {plan.year}", entity="work_plan")
        values = _work_plan_values(session, plan.partner_id, data, plan_id)
        changes = diff(plan, values)
        if changes:
            record_audit(session, ctx.actor, "work_plan", plan.id, "update", changes)


def archive_work_plan(ctx: ServiceContext, plan_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, WorkPlan, plan_id, "work_plan", "Rencana kerja", True, expected_version)


def restore_work_plan(ctx: ServiceContext, plan_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, WorkPlan, plan_id, "work_plan", "Rencana kerja", False, expected_version)


def work_plan_years(ctx: ServiceContext, partner_id: uuid.UUID | None = None) -> list[int]:
    """Years that have live work plans (of one partner, or of all), newest first."""
    query = select(WorkPlan.year).where(WorkPlan.deleted_at.is_(None)).distinct()
    if partner_id is not None:
        query = query.where(WorkPlan.partner_id == partner_id)
    with ctx.db.read() as session:
        return sorted(session.scalars(query), reverse=True)


# --- placements -----------------------------------------------------------------------------------------


def _kelurahan_name(code: str) -> str:
    try:
        return kelurahan_info(code).name
    except RuleError:
        return code


def _placement_values(data: PlacementInput) -> tuple[dict[str, Any], list[str]]:
    errors = _Errors()
    group = _clean(data.group_name, "placement.group_name", errors)
    if not group:
        errors.add("group_name", "Nama kelompok belum diisi, contoh: KKM Kelompok 12.")
    start = _date(data.period_start, "period_start", "Tanggal mulai", errors)
    end = _date(data.period_end, "period_end", "Tanggal selesai", errors)
    if start and end and end <= start:
        errors.add("period_end", f"Tanggal selesai harus sesudah tanggal mulai ({format_tanggal(start)}).")
    supervisor = _clean(data.supervisor, "placement.supervisor", errors)
    if not supervisor:
        errors.add("supervisor", "Nama DPL (dosen pembimbing lapangan) belum diisi.")
    students = _int(data.students if data.students != "" else 0, "students", "Jumlah mahasiswa", errors,
                    low=0, high=COUNT_MAX)
    codes: list[str] = []
    for code in dict.fromkeys(data.kelurahan_codes):
        try:
            codes.append(kelurahan_info(code).code)
        except RuleError as exc:
            errors.add("kelurahan", exc.message)
    if not codes and "kelurahan" not in errors.errors:
        errors.add("kelurahan", "Pilih minimal satu kelurahan tempat kelompok bertugas.")
    errors.raise_if_any()
    values = {
        "group_name": group,
        "period_start": start,
        "period_end": end,
        "supervisor": supervisor,
        "students": students,
    }
    return values, sorted(codes)


def _placement_view(placement: Placement) -> PlacementView:
    codes = tuple(sorted(a.kelurahan_code for a in placement.areas))
    return PlacementView(
        id=placement.id, partner_id=placement.partner_id, group_name=placement.group_name,
        period_start=placement.period_start, period_end=placement.period_end,
        supervisor=placement.supervisor or "", students=placement.students, kelurahan_codes=codes,
        kelurahan_names=tuple(_kelurahan_name(c) for c in codes), archived=placement.deleted_at is not None,
        version=placement.version,
    )


def list_placements(
    ctx: ServiceContext, partner_id: uuid.UUID, *, include_archived: bool = False
) -> list[PlacementView]:
    """Latest period first."""
    query = select(Placement).where(Placement.partner_id == partner_id)
    if not include_archived:
        query = query.where(Placement.deleted_at.is_(None))
    with ctx.db.read() as session:
        rows = session.scalars(query.order_by(Placement.period_start.desc(), Placement.group_name))
        return [_placement_view(p) for p in rows]


def get_placement(ctx: ServiceContext, placement_id: uuid.UUID) -> PlacementView:
    with ctx.db.read() as session:
        return _placement_view(_get(session, Placement, placement_id, "Penempatan"))


@requires("partners.write")
def create_placement(ctx: ServiceContext, partner_id: uuid.UUID, data: PlacementInput) -> uuid.UUID:
    values, codes = _placement_values(data)
    with ctx.db.transaction() as session:
        _check_live_partner(session, partner_id)
        placement = Placement(partner_id=partner_id, **values)
        placement.areas = [PlacementArea(kelurahan_code=code) for code in codes]
        session.add(placement)
        session.flush()
        record_audit(
            session, ctx.actor, "placement", placement.id, "create",
            {"partner_id": (None, partner_id), **{k: (None, v) for k, v in values.items()},
             "kelurahan": (None, ", ".join(codes))},
        )
        return placement.id


@requires("partners.write")
def update_placement(ctx: ServiceContext, placement_id: uuid.UUID, data: PlacementInput, *,
                     expected_version: int | None = None) -> None:
    values, codes = _placement_values(data)
    with ctx.db.transaction() as session:
        placement = _get(session, Placement, placement_id, "Penempatan")
        check_version(session, placement, expected_version, what=f"Penempatan {placement.group_name}",
                      entity="placement")
        changes = diff(placement, values)
        old_codes = sorted(a.kelurahan_code for a in placement.areas)
        if old_codes != codes:
            keep = {a.kelurahan_code: a for a in placement.areas}
            placement.areas = [keep.get(code) or PlacementArea(kelurahan_code=code) for code in codes]
            changes["kelurahan"] = (", ".join(old_codes), ", ".join(codes))
        if changes:
            record_audit(session, ctx.actor, "placement", placement.id, "update", changes)


def archive_placement(ctx: ServiceContext, placement_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, Placement, placement_id, "placement", "Penempatan", True, expected_version)


def restore_placement(ctx: ServiceContext, placement_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    _set_deleted(ctx, Placement, placement_id, "placement", "Penempatan", False, expected_version)

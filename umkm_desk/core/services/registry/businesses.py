"""Business registry use cases: validate, create, edit, archive and restore a business with its owner, and read
its profile, size-class history, current case and edit history.

Every write is one transaction that also records audit rows. Input arrives as typed in the form
(:class:`BusinessInput`, text fields as strings); :func:`check_business` applies the rules to every field and
returns all errors at once, keyed by field name, so the form and the service agree on what is valid.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from umkm_desk.core.labels import SECTORS
from umkm_desk.core.rules import RuleError, wilayah
from umkm_desk.core.rules.counts import parse_count
from umkm_desk.core.rules.dates import parse_tanggal
from umkm_desk.core.rules.ids import parse_nib
from umkm_desk.core.rules.money import parse_rupiah
from umkm_desk.core.rules.nik import parse_nik
from umkm_desk.core.rules.phone import normalize_phone
from umkm_desk.core.rules.scale import classify
from umkm_desk.core.services.accounts.nik_privacy import MASKED_NIK, nik_shown_whole, shown, unmask_if_same
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, diff, record_audit
from umkm_desk.core.services.registry.duplicates import DuplicateMatch, DuplicateProbe, find_duplicates_in
from umkm_desk.core.services.registry.search_text import business_search_text
from umkm_desk.core.services.text_fields import clean as clean_field
from umkm_desk.core.services.text_fields import clean_or_refuse
from umkm_desk.core.services.versions import check_versions
from umkm_desk.core.store.models import (
    AuditEntry,
    Business,
    Case,
    Kecamatan,
    Kelurahan,
    Outcome,
    Owner,
    Partner,
    Stage,
    utcnow,
)

__all__ = [
    "BusinessInput",
    "BusinessProfile",
    "CurrentCase",
    "CleanBusiness",
    "DuplicateFound",
    "HistoryEntry",
    "ScalePoint",
    "archive_business",
    "business_input",
    "business_profile",
    "check_business",
    "create_business",
    "current_case",
    "edit_history",
    "probe_duplicates",
    "restore_business",
    "scale_history",
    "update_business",
]

WORKERS_MAX = 100_000
YEAR_MIN = 1900


class DuplicateFound(ServiceError):
    """Saving was refused because likely duplicates exist; save again with a ``duplicate_reason`` to go on."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        super().__init__(
            "Data ini mirip UMKM yang sudah terdaftar. Buka yang ada, atau simpan dengan alasan.",
            field="duplicate_reason",
        )
        self.matches = matches


@dataclass
class BusinessInput:
    """A business and its owner as typed in the form. Text fields are raw strings; blanks mean "not filled"."""

    owner_name: str = ""
    nik: str = ""
    nik_missing: bool = False
    sex: str = ""  # "L"/"P"; only read when the NIK is missing (otherwise it comes from the NIK)
    birth_date: str = ""  # idem
    phone: str = ""
    owner_address: str = ""
    name: str = ""
    sector: str = ""
    kbli: str = ""
    address: str = ""
    kecamatan_code: str = ""
    kelurahan_code: str = ""
    nib: str = ""
    halal_number: str = ""
    pirt_number: str = ""
    year_started: str = ""
    modal_usaha: str = ""
    annual_sales: str = ""
    workers: str = ""


@dataclass(frozen=True)
class CleanBusiness:
    """Validated values, ready to store."""

    owner: dict[str, Any]
    business: dict[str, Any]


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


def _whole_number(value: str, what: str, low: int, high: int, *, year: bool = False) -> int | None:
    return parse_count(value, label=what, low=low, high=high, year=year)


def _rupiah(value: str) -> int:
    return 0 if not value else parse_rupiah(value)


def check_business(
    data: BusinessInput, *, today: date | None = None
) -> tuple[CleanBusiness | None, dict[str, str]]:
    """Apply the rules to every field. Returns the clean values (None when anything is wrong) and the
    Indonesian message per field name of :class:`BusinessInput`."""
    today = today or date.today()
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}

    def check(name: str, parse: Callable[[], Any]) -> None:
        try:
            values[name] = parse()
        except RuleError as exc:
            errors[name] = exc.message

    check("owner_name", lambda: clean_field("owner.name", data.owner_name, field="owner_name", required=True))
    nik_text = _text(data.nik)
    if data.nik_missing:
        values["nik"] = None
        if nik_text:
            errors["nik"] = 'Kosongkan NIK atau hapus centang "NIK belum ada".'
        check("sex", lambda: _sex(_text(data.sex)))
        check("birth_date", lambda: _birth_date(_text(data.birth_date), today))
    elif not nik_text:
        errors["nik"] = 'NIK belum diisi. Centang "NIK belum ada" bila pemilik belum punya NIK.'
    else:
        try:
            info = parse_nik(nik_text, today=today)
            values.update(nik=info.nik, sex=info.sex, birth_date=info.birth_date)
        except RuleError as exc:
            errors["nik"] = exc.message
    check("phone", lambda: normalize_phone(_text(data.phone)) if _text(data.phone) else None)
    check("owner_address", lambda: clean_field("owner.address", data.owner_address, field="owner_address"))

    check("name", lambda: clean_field("business.name", data.name, field="name", required=True))
    check("sector", lambda: _sector(_text(data.sector)))
    check("kbli", lambda: _kbli(_text(data.kbli)))
    check("address", lambda: clean_field("business.address", data.address, field="address"))
    check("kecamatan_code", lambda: _kecamatan(_text(data.kecamatan_code)))
    if "kecamatan_code" in values:
        check("kelurahan_code", lambda: _kelurahan(_text(data.kelurahan_code), values["kecamatan_code"]))
    check("nib", lambda: parse_nib(_text(data.nib)) if _text(data.nib) else None)
    check("halal_number", lambda: clean_field("business.halal_number", data.halal_number, field="halal_number"))
    check("pirt_number", lambda: clean_field("business.pirt_number", data.pirt_number, field="pirt_number"))
    check(
        "year_started",
        lambda: _whole_number(_text(data.year_started), "Tahun mulai usaha", YEAR_MIN, today.year, year=True),
    )
    check("modal_usaha", lambda: _rupiah(_text(data.modal_usaha)))
    check("annual_sales", lambda: _rupiah(_text(data.annual_sales)))
    check("workers", lambda: _whole_number(_text(data.workers), "Jumlah tenaga kerja", 0, WORKERS_MAX) or 0)
    if errors:
        return None, errors

    owner = {
        "name": values["owner_name"],
        "nik": values["nik"],
        "nik_missing": bool(data.nik_missing),
        "sex": values.get("sex"),
        "birth_date": values.get("birth_date"),
        "phone": values["phone"],
        "address": values["owner_address"],
        "kelurahan_code": values["kelurahan_code"],
    }
    business = {
        "name": values["name"],
        "sector": values["sector"],
        "kbli": values["kbli"],
        "address": values["address"],
        "kelurahan_code": values["kelurahan_code"],
        "kecamatan_code": values["kecamatan_code"],
        "nib": values["nib"],
        "halal_number": values["halal_number"],
        "pirt_number": values["pirt_number"],
        "year_started": values["year_started"],
        "modal_usaha": values["modal_usaha"],
        "annual_sales": values["annual_sales"],
        "workers": values["workers"],
        "scale": classify(values["modal_usaha"], values["annual_sales"]).value,
    }
    return CleanBusiness(owner, business), {}


def _sex(value: str) -> str | None:
    if not value:
        return None
    if value not in ("L", "P"):
        raise RuleError("Jenis kelamin harus Laki-laki atau Perempuan.")
    return value


def _birth_date(value: str, today: date) -> date | None:
    if not value:
        return None
    born = parse_tanggal(value, today=today)
    if born > today:
        raise RuleError("Tanggal lahir tidak boleh di masa depan.")
    if born.year < YEAR_MIN:
        raise RuleError(f"Tanggal lahir sebelum tahun {YEAR_MIN} tidak mungkin.")
    return born


def _sector(value: str) -> str:
    if not value:
        raise RuleError("Sektor usaha belum dipilih.")
    if value not in SECTORS:
        raise RuleError(f"Sektor '{value}' tidak dikenal.")
    return value


def _kbli(value: str) -> str | None:
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) == 5):
        raise RuleError("KBLI harus 5 digit angka, mis. 10792.")
    return value


def _kecamatan(value: str) -> str:
    if not value:
        raise RuleError("Kecamatan belum dipilih.")
    code = wilayah.normalize_kecamatan_code(value)
    if all(k.code != code for k in wilayah.kecamatan_list_kota_serang()):
        raise RuleError("Kecamatan harus di Kota Serang.")
    return code


def _kelurahan(value: str, kecamatan_code: str) -> str:
    if not value:
        raise RuleError("Kelurahan belum dipilih.")
    place = wilayah.kelurahan(value)
    if place.kecamatan_code != kecamatan_code:
        raise RuleError(f"Kelurahan {place.name} tidak berada di kecamatan yang dipilih.")
    return place.code


def _refuse(errors: dict[str, str]) -> ServiceError:
    count = len(errors)
    first = next(iter(errors.values()))
    message = first if count == 1 else f"Ada {count} isian yang perlu diperbaiki. {first}"
    return ServiceError(message, field=next(iter(errors)), errors=errors)


def _clean_or_refuse(data: BusinessInput) -> CleanBusiness:
    clean, errors = check_business(data)
    if clean is None:
        raise _refuse(errors)
    return clean


def _clean_reason(reason: str | None) -> str | None:
    return clean_or_refuse("business.duplicate_reason", reason, field="duplicate_reason")


def _search_text(clean: CleanBusiness) -> str:
    return business_search_text(
        clean.business["name"],
        clean.owner["name"],
        clean.owner["nik"],
        clean.business["nib"],
        clean.owner["phone"],
    )


#: business columns copied from the owner and the regions for the list's sorting (see models.Business)
_LIST_COPIES = ("owner_name", "owner_nik", "kelurahan_name", "kecamatan_name")


def _list_copies(session: Session, clean: CleanBusiness) -> dict[str, Any]:
    kelurahan = session.get(Kelurahan, clean.business["kelurahan_code"])
    kecamatan = session.get(Kecamatan, clean.business["kecamatan_code"])
    return {
        "owner_name": clean.owner["name"],
        "owner_nik": None if clean.owner["nik_missing"] else clean.owner["nik"],
        "kelurahan_name": kelurahan.name if kelurahan else "",
        "kecamatan_name": kecamatan.name if kecamatan else "",
    }


def _probe(clean: CleanBusiness, exclude_id: uuid.UUID | None) -> DuplicateProbe:
    return DuplicateProbe(
        name=clean.business["name"],
        kelurahan_code=clean.business["kelurahan_code"],
        nik=clean.owner["nik"],
        nib=clean.business["nib"],
        phone=clean.owner["phone"],
        exclude_id=exclude_id,
    )


def probe_duplicates(
    ctx: ServiceContext, data: BusinessInput, *, exclude_id: uuid.UUID | None = None
) -> list[DuplicateMatch]:
    """Duplicates of what is typed so far, for the warning while typing: fields that do not parse yet are
    simply left out of the comparison."""
    today = date.today()

    def attempt(parse: Callable[[], str | None]) -> str | None:
        try:
            return parse()
        except RuleError:
            return None

    nik = (
        None
        if data.nik_missing
        else attempt(lambda: parse_nik(_text(data.nik), today=today).nik if _text(data.nik) else None)
    )
    probe = DuplicateProbe(
        name=_text(data.name),
        kelurahan_code=attempt(
            lambda: wilayah.kelurahan(_text(data.kelurahan_code)).code if _text(data.kelurahan_code) else None
        ),
        nik=nik,
        nib=attempt(lambda: parse_nib(_text(data.nib)) if _text(data.nib) else None),
        phone=attempt(lambda: normalize_phone(_text(data.phone)) if _text(data.phone) else None),
        exclude_id=exclude_id,
    )
    with ctx.db.read() as session:
        return find_duplicates_in(session, probe)


def _changed_identity(old: dict[str, Any], new: dict[str, Any]) -> bool:
    keys = ("name", "kelurahan_code", "nik", "nib", "phone")
    return any(old.get(k) != new.get(k) for k in keys)


@requires("registry.write")
def create_business(
    ctx: ServiceContext, data: BusinessInput, *, duplicate_reason: str | None = None
) -> uuid.UUID:
    """Register a business and its owner. Raises ServiceError (``errors`` per field) for invalid input and
    :class:`DuplicateFound` when likely duplicates exist and no ``duplicate_reason`` was given."""
    clean = _clean_or_refuse(data)
    reason = _clean_reason(duplicate_reason)
    with ctx.db.transaction() as session:
        matches = find_duplicates_in(session, _probe(clean, None))
        if matches and not reason:
            raise DuplicateFound(matches)
        owner = Owner(id=uuid.uuid4(), **clean.owner)
        business = Business(
            id=uuid.uuid4(),
            owner_id=owner.id,
            **clean.business,
            duplicate_reason=reason if matches else None,
            search_text=_search_text(clean),
            **_list_copies(session, clean),
        )
        session.add(owner)
        session.flush()
        session.add(business)
        session.flush()
        record_audit(session, ctx.actor, "owner", owner.id, "create")
        record_audit(session, ctx.actor, "business", business.id, "create")
        if matches and reason:
            record_audit(
                session, ctx.actor, "business", business.id, "duplicate", {"duplicate_reason": (None, reason)}
            )
        return business.id


@requires("registry.write")
def update_business(
    ctx: ServiceContext,
    business_id: uuid.UUID,
    data: BusinessInput,
    *,
    duplicate_reason: str | None = None,
    expected_version: tuple[int, int] | None = None,
) -> bool:
    """Save an edited business and owner; returns whether anything changed. Duplicates are checked again only
    when a field they compare (name, kelurahan, NIK, NIB, phone) changed. ``expected_version`` is the
    profile's ``versions`` when the form was opened: a colleague's save since then refuses with EditConflict.
    A NIK given back as it was shown masked keeps the stored one."""
    if MASKED_NIK.fullmatch(data.nik.strip()):
        with ctx.db.read() as session:
            stored = session.scalar(
                select(Owner.nik).join(Business, Business.owner_id == Owner.id).where(Business.id == business_id)
            )
        data = dataclasses.replace(data, nik=unmask_if_same(data.nik, stored))
    clean = _clean_or_refuse(data)
    reason = _clean_reason(duplicate_reason)
    with ctx.db.transaction() as session:
        business = _get(session, business_id)
        owner = session.get(Owner, business.owner_id)
        assert owner is not None
        business_version, owner_version = expected_version or (None, None)
        check_versions(session, [(business, business_version), (owner, owner_version)],
                       what=f"UMKM {business.name}", records=[("business", business.id), ("owner", owner.id)])
        before = {
            "name": business.name, "kelurahan_code": business.kelurahan_code, "nik": owner.nik,
            "nib": business.nib, "phone": owner.phone,
        }  # fmt: skip
        after = {
            "name": clean.business["name"], "kelurahan_code": clean.business["kelurahan_code"],
            "nik": clean.owner["nik"], "nib": clean.business["nib"], "phone": clean.owner["phone"],
        }  # fmt: skip
        business_values = dict(clean.business)
        if _changed_identity(before, after):
            matches = find_duplicates_in(session, _probe(clean, business_id))
            if matches and not reason:
                raise DuplicateFound(matches)
            if matches:
                business_values["duplicate_reason"] = reason
        owner_changes = diff(owner, clean.owner)
        business_values["search_text"] = _search_text(clean)
        business_values.update(_list_copies(session, clean))
        business_changes = diff(business, business_values)
        for derived in ("search_text", *_LIST_COPIES):
            business_changes.pop(derived, None)
        if owner_changes:  # the owner's other businesses show (and find) the owner by the new name and NIK too
            _refresh_siblings(session, owner, business.id)
        if owner_changes:
            record_audit(session, ctx.actor, "owner", owner.id, "update", owner_changes)
        if business_changes:
            record_audit(session, ctx.actor, "business", business.id, "update", business_changes)
        return bool(owner_changes or business_changes)


def _refresh_siblings(session: Session, owner: Owner, business_id: uuid.UUID) -> None:
    siblings = session.scalars(select(Business).where(Business.owner_id == owner.id, Business.id != business_id))
    for sibling in siblings:
        sibling.owner_name = owner.name
        sibling.owner_nik = None if owner.nik_missing else owner.nik
        sibling.search_text = business_search_text(sibling.name, owner.name, owner.nik, sibling.nib, owner.phone)


def _get(session: Session, business_id: uuid.UUID) -> Business:
    business = session.get(Business, business_id)
    if business is None:
        raise ServiceError("UMKM ini tidak ditemukan; mungkin sudah dihapus dari basis data.")
    return business


@requires("registry.write")
def archive_business(ctx: ServiceContext, business_id: uuid.UUID, *, expected_version: int | None = None) -> int:
    """Soft delete: the business leaves the list and reports but stays restorable in the Arsip view.
    ``expected_version``: the version the list row or profile showed; a colleague's save since refuses.
    Returns the archived record's version (what an undo hands back to :func:`restore_business`)."""
    with ctx.db.transaction() as session:
        business = _get(session, business_id)
        check_versions(session, [(business, expected_version)], what=f"UMKM {business.name}",
                       records=[("business", business.id), ("owner", business.owner_id)])
        if business.deleted_at is not None:
            raise ServiceError(f"{business.name} sudah diarsipkan.")
        business.deleted_at = utcnow()
        record_audit(session, ctx.actor, "business", business.id, "delete")
        session.flush()
        return business.version


@requires("registry.write")
def restore_business(ctx: ServiceContext, business_id: uuid.UUID, *, expected_version: int | None = None) -> None:
    """Take the business out of the Arsip view (``expected_version`` as for :func:`archive_business`)."""
    with ctx.db.transaction() as session:
        business = _get(session, business_id)
        check_versions(session, [(business, expected_version)], what=f"UMKM {business.name}",
                       records=[("business", business.id), ("owner", business.owner_id)])
        if business.deleted_at is None:
            raise ServiceError(f"{business.name} tidak sedang diarsipkan.")
        business.deleted_at = None
        record_audit(session, ctx.actor, "business", business.id, "restore")


# --- reading -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BusinessProfile:
    id: uuid.UUID
    owner_id: uuid.UUID
    owner_name: str
    nik: str | None
    nik_missing: bool
    sex: str | None
    birth_date: date | None
    phone: str | None
    owner_address: str | None
    name: str
    sector: str
    kbli: str | None
    address: str | None
    kecamatan_code: str
    kecamatan_name: str
    kelurahan_code: str
    kelurahan_name: str
    nib: str | None
    halal_number: str | None
    pirt_number: str | None
    year_started: int | None
    modal_usaha: int
    annual_sales: int
    workers: int
    scale: str
    naik_kelas: bool
    duplicate_reason: str | None
    #: what the import left for an officer to check (e.g. a NIK whose last digit may be wrong), or None
    import_warning: str | None
    current_stage: str | None
    case_status: str | None
    last_activity_on: date | None
    created_at: datetime
    archived_at: datetime | None
    version: int = 1
    owner_version: int = 1

    @property
    def versions(self) -> tuple[int, int]:
        """What the form hands back to ``update_business`` (see services.versions)."""
        return self.version, self.owner_version
    nik_hidden: bool = False
    """The NIK above is masked for the acting account (see accounts.nik_privacy)."""


def business_profile(ctx: ServiceContext, business_id: uuid.UUID) -> BusinessProfile:
    whole = nik_shown_whole(ctx)
    with ctx.db.read() as session:
        business = _get(session, business_id)
        owner = session.get(Owner, business.owner_id)
        assert owner is not None
        kelurahan = session.get(Kelurahan, business.kelurahan_code)
        kecamatan = session.get(Kecamatan, business.kecamatan_code)
        return BusinessProfile(
            id=business.id,
            owner_id=owner.id,
            owner_name=owner.name,
            nik=shown(owner.nik, whole),
            nik_missing=owner.nik_missing,
            sex=owner.sex,
            birth_date=owner.birth_date,
            phone=owner.phone,
            owner_address=owner.address,
            name=business.name,
            sector=business.sector,
            kbli=business.kbli,
            address=business.address,
            kecamatan_code=business.kecamatan_code,
            kecamatan_name=kecamatan.name if kecamatan else business.kecamatan_code,
            kelurahan_code=business.kelurahan_code,
            kelurahan_name=kelurahan.name if kelurahan else business.kelurahan_code,
            nib=business.nib,
            halal_number=business.halal_number,
            pirt_number=business.pirt_number,
            year_started=business.year_started,
            modal_usaha=business.modal_usaha,
            annual_sales=business.annual_sales,
            workers=business.workers,
            scale=business.scale,
            naik_kelas=business.naik_kelas,
            duplicate_reason=business.duplicate_reason,
            import_warning=business.import_warning,
            current_stage=business.current_stage,
            case_status=business.case_status,
            last_activity_on=business.last_activity_on,
            created_at=business.created_at,
            archived_at=business.deleted_at,
            version=business.version,
            owner_version=owner.version,
            nik_hidden=bool(owner.nik) and not whole,
        )


def business_input(profile: BusinessProfile) -> BusinessInput:
    """The form contents for editing a stored business (rupiah as plain digits, phone as stored)."""
    from umkm_desk.core.rules.phone import format_phone

    return BusinessInput(
        owner_name=profile.owner_name,
        nik=profile.nik or "",
        nik_missing=profile.nik_missing,
        sex=profile.sex or "",
        birth_date=profile.birth_date.strftime("%d/%m/%Y") if profile.birth_date else "",
        phone=format_phone(profile.phone) if profile.phone else "",
        owner_address=profile.owner_address or "",
        name=profile.name,
        sector=profile.sector,
        kbli=profile.kbli or "",
        address=profile.address or "",
        kecamatan_code=profile.kecamatan_code,
        kelurahan_code=profile.kelurahan_code,
        nib=profile.nib or "",
        halal_number=profile.halal_number or "",
        pirt_number=profile.pirt_number or "",
        year_started=str(profile.year_started) if profile.year_started else "",
        modal_usaha=str(profile.modal_usaha) if profile.modal_usaha else "",
        annual_sales=str(profile.annual_sales) if profile.annual_sales else "",
        workers=str(profile.workers) if profile.workers else "",
    )


@dataclass(frozen=True)
class ScalePoint:
    measured_on: date
    scale: str
    annual_sales: int
    modal_usaha: int
    workers: int
    naik_kelas: bool


def scale_history(ctx: ServiceContext, business_id: uuid.UUID) -> list[ScalePoint]:
    """Size class over time from the business's outcome measurements, oldest first."""
    with ctx.db.read() as session:
        rows = session.execute(
            select(Outcome.measured_on, Outcome.scale, Outcome.annual_sales, Outcome.modal_usaha,
                   Outcome.workers, Outcome.naik_kelas)
            .where(Outcome.business_id == business_id, Outcome.deleted_at.is_(None))
            .order_by(Outcome.measured_on)
        ).all()  # fmt: skip
        return [ScalePoint(*row) for row in rows]


@dataclass(frozen=True)
class StageSummary:
    kind: str
    status: str
    partner_name: str | None
    mentor: str | None
    started_on: date | None
    finished_on: date | None


@dataclass(frozen=True)
class CurrentCase:
    id: uuid.UUID
    status: str
    opened_on: date
    closed_on: date | None
    current_stage: str | None
    stages: list[StageSummary] = field(default_factory=list)


def current_case(ctx: ServiceContext, business_id: uuid.UUID) -> CurrentCase | None:
    """The business's active case, or else its most recent one; None when it never had a case."""
    with ctx.db.read() as session:
        case = session.scalars(
            select(Case)
            .where(Case.business_id == business_id, Case.deleted_at.is_(None))
            .order_by((Case.status == "aktif").desc(), Case.opened_on.desc())
            .limit(1)
        ).first()
        if case is None:
            return None
        stages = session.execute(
            select(Stage.kind, Stage.status, Partner.name, Stage.mentor, Stage.started_on, Stage.finished_on)
            .outerjoin(Partner, Stage.partner_id == Partner.id)
            .where(Stage.case_id == case.id)
            .order_by(Stage.seq)
        ).all()
        business = session.get(Business, business_id)
        return CurrentCase(
            id=case.id,
            status=case.status,
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            current_stage=business.current_stage if business else None,
            stages=[StageSummary(*row) for row in stages],
        )


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    officer_name: str | None
    hostname: str | None
    entity: str  # "business" or "owner"
    action: str  # create, update, delete (archive), restore, duplicate
    field: str | None
    old_value: str | None
    new_value: str | None


def edit_history(ctx: ServiceContext, business_id: uuid.UUID) -> list[HistoryEntry]:
    """Audit rows of the business and its owner, newest first (NIKs in them masked as on the profile)."""
    whole = nik_shown_whole(ctx)
    with ctx.db.read() as session:
        business = _get(session, business_id)
        rows = session.execute(
            select(AuditEntry.at, AuditEntry.officer_name, AuditEntry.hostname, AuditEntry.entity,
                   AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
            .where(or_(
                and_(AuditEntry.entity == "business", AuditEntry.entity_id == str(business.id)),
                and_(AuditEntry.entity == "owner", AuditEntry.entity_id == str(business.owner_id)),
            ))
            .order_by(AuditEntry.at.desc())
        ).all()  # fmt: skip
        entries = [HistoryEntry(*row) for row in rows]
    if whole:
        return entries
    return [dataclasses.replace(e, old_value=shown(e.old_value, False), new_value=shown(e.new_value, False))
            if e.field in ("nik", "owner_nik") else e for e in entries]

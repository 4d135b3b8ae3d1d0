"""Reading the audit trail (administrator and pimpinan): who, when (WIB), which PC, what, old → new; filtered by
person, date range, business and kind of action; exported to .xlsx. NIKs in old/new values are masked for a
role that may not see them whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Final

from sqlalchemy import Select, and_, or_, select

from umkm_desk.core.documents.sheet_stream import SheetColumn
from umkm_desk.core.services.accounts.nik_privacy import nik_shown_whole, record_export, shown
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.reports.list_export import ExportResult, ListRows, export_list
from umkm_desk.core.store.models import AuditEntry, Business

__all__ = ["ACTION_LABELS", "AuditFilter", "AuditRow", "export_audit", "list_audit"]

WIB: Final = timezone(timedelta(hours=7))
ACTION_LABELS: Final = {
    "create": "Tambah", "update": "Ubah", "delete": "Hapus/arsip", "restore": "Pulihkan", "login": "Masuk",
    "login_fail": "Gagal masuk", "lockout": "Akun terkunci", "password": "Kata sandi", "nik_reveal": "Buka NIK",
    "export": "Ekspor", "void": "Batalkan dokumen", "issue": "Terbitkan dokumen",
}
_NIK_FIELDS: Final = frozenset({"nik", "owner_nik"})
MAX_ROWS: Final = 5_000


@dataclass(frozen=True)
class AuditFilter:
    person: str = ""
    """Part of the name recorded on the row (any letter case)."""
    date_from: date | None = None
    date_to: date | None = None
    """Inclusive, in WIB."""
    business_id: uuid.UUID | None = None
    """The business and its owner."""
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    officer_name: str
    hostname: str
    entity: str
    entity_id: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None

    @property
    def at_wib(self) -> str:
        return f"{self.at.astimezone(WIB):%d-%m-%Y %H.%M.%S}"

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def _query(session_business: tuple[uuid.UUID, uuid.UUID] | None, flt: AuditFilter) -> Select[AuditEntry]:
    query = select(AuditEntry)
    if flt.person.strip():
        needle = flt.person.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(AuditEntry.officer_name.ilike(f"%{needle}%", escape="\\"))
    if flt.date_from is not None:
        query = query.where(AuditEntry.at >= datetime.combine(flt.date_from, time(), WIB))
    if flt.date_to is not None:
        query = query.where(AuditEntry.at < datetime.combine(flt.date_to + timedelta(days=1), time(), WIB))
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if session_business is not None:
        business_id, owner_id = session_business
        query = query.where(or_(
            and_(AuditEntry.entity == "business", AuditEntry.entity_id == str(business_id)),
            and_(AuditEntry.entity == "owner", AuditEntry.entity_id == str(owner_id)),
        ))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id)


def _rows(ctx: ServiceContext, flt: AuditFilter, limit: int | None) -> list[AuditRow]:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ServiceError("Tanggal awal harus sebelum tanggal akhir.", field="date_from")
    whole = nik_shown_whole(ctx)
    with ctx.db.read() as session:
        business = None
        if flt.business_id is not None:
            owner_id = session.scalar(select(Business.owner_id).where(Business.id == flt.business_id))
            if owner_id is None:
                raise ServiceError("UMKM itu tidak ditemukan.", field="business")
            business = (flt.business_id, owner_id)
        query = _query(business, flt)
        if limit is not None:
            query = query.limit(limit)
        result = []
        for e in session.scalars(query):
            hide = e.field in _NIK_FIELDS and not whole
            result.append(AuditRow(
                e.at, e.officer_name or "", e.hostname or "", e.entity, e.entity_id, e.action, e.field,
                shown(e.old_value, False) if hide else e.old_value, shown(e.new_value, False) if hide else e.new_value,
            ))
        return result


@requires("audit.read")
def list_audit(ctx: ServiceContext, flt: AuditFilter | None = None, *, limit: int = MAX_ROWS) -> list[AuditRow]:
    """The newest audit rows that match, newest first (at most ``limit``)."""
    return _rows(ctx, flt or AuditFilter(), limit)


@requires("audit.read")
def export_audit(ctx: ServiceContext, path: Path, flt: AuditFilter | None = None, *,
                 replace: bool = False) -> ExportResult:
    """Every matching audit row to an .xlsx (or .csv) file, atomically; the export is itself audited."""
    rows = _rows(ctx, flt or AuditFilter(), None)

    def values() -> Iterator[Sequence[object]]:
        for r in rows:
            yield (r.at_wib, r.officer_name, r.hostname, r.action_label, r.entity, r.entity_id, r.field or "",
                   r.old_value or "", r.new_value or "")

    columns = (
        SheetColumn("Waktu (WIB)", width=20), SheetColumn("Siapa", width=26), SheetColumn("Komputer", width=18),
        SheetColumn("Tindakan", width=16), SheetColumn("Data", width=12), SheetColumn("Id", width=38),
        SheetColumn("Kolom", width=18), SheetColumn("Lama", width=30), SheetColumn("Baru", width=30),
    )
    result = export_list(path, ListRows("Jejak Audit", "Jejak audit", columns, values(),
                                        ("JEJAK AUDIT UMKM DESK", "")), replace=replace)
    record_export(ctx, "audit", result.rows, whole_nik=nik_shown_whole(ctx))
    return result

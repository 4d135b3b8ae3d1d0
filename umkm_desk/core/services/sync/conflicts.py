"""Sinkronisasi → Konflik: the queue of records changed on both sides (and businesses registered on both
sides), shown field by field, resolved by an officer as mine, theirs or edited (a merge offer: merge or keep
both). Each decision is one transaction with its audit rows; the next package carries the outcome."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.sync.rows import Row, read_row, synced_tables, table_named, write_row
from umkm_desk.core.store.models import utcnow
from umkm_desk.core.store.sync_tables import SyncConflict

MINE = "mine"
THEIRS = "theirs"
EDITED = "edited"
MERGED = "merged"
BOTH = "both"

TABLE_LABELS = {
    "business": "UMKM", "owner": "Pemilik", "assist_case": "Pendampingan", "stage": "Tahap", "activity": "Kegiatan",
    "capital_support": "Permodalan", "repayment": "Angsuran", "outcome": "Hasil", "partner": "Mitra",
    "agreement": "Perjanjian", "work_plan": "Rencana kerja", "placement": "Penempatan KKM", "officer": "Petugas",
    "setting": "Pengaturan", "issued_document": "Dokumen", "import_batch": "Impor",
}


#: columns that follow from others (search text, the list's sort copies, stamps): never shown as a question
DERIVED = frozenset({
    "search_text", "updated_at", "created_at", "owner_name", "owner_nik", "kelurahan_name", "kecamatan_name",
    "partner_name", "current_stage", "current_partner_id", "case_status", "last_activity_on",
})


@dataclass(frozen=True)
class FieldPair:
    name: str
    mine: Any
    theirs: Any
    clash: bool


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    kind: str  # edit / merge
    table: str
    table_label: str
    title: str
    peer_name: str
    mine_by: str | None
    mine_at: datetime | None
    theirs_by: str | None
    theirs_at: datetime | None
    fields: list[FieldPair]
    reasons: list[str]  # a merge offer: why the two businesses look the same
    created_at: datetime


def _title(row: Row) -> str:
    for name in ("name", "number", "group_name", "key", "kind"):
        if row.get(name):
            return str(row[name])
    return str(row.get("id", ""))


def _view(conflict: SyncConflict) -> ConflictView:
    mine = json.loads(conflict.mine_json)
    theirs = json.loads(conflict.theirs_json)
    clashes = set(json.loads(conflict.fields))
    if conflict.kind == "edit":
        # Only what the officer decides: the fields both sides changed, without copies kept for search and sorting.
        names = sorted(n for n in clashes if n not in DERIVED)
        pairs = [FieldPair(n, mine.get(n), theirs.get(n), True) for n in names]
        reasons: list[str] = []
    else:
        from umkm_desk.core.services.registry.duplicates import REASON_LABELS

        shown = ("name", "owner_name", "owner_nik", "nib", "kelurahan_name", "address", "sector", "created_at")
        pairs = [FieldPair(n, mine.get(n), theirs.get(n), mine.get(n) != theirs.get(n)) for n in shown]
        reasons = [REASON_LABELS.get(r, r) for r in clashes]
    return ConflictView(
        id=conflict.id, kind=conflict.kind, table=conflict.table_name,
        table_label=TABLE_LABELS.get(conflict.table_name, conflict.table_name), title=_title(theirs),
        peer_name=conflict.peer_name, mine_by=conflict.mine_by, mine_at=conflict.mine_at,
        theirs_by=conflict.theirs_by, theirs_at=conflict.theirs_at, fields=pairs, reasons=reasons,
        created_at=conflict.created_at,
    )


def list_conflicts(ctx: ServiceContext) -> list[ConflictView]:
    with ctx.db.read() as session:
        rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                               .order_by(SyncConflict.created_at)).all()
        return [_view(c) for c in rows]


def open_conflict_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncConflict)
                                  .where(SyncConflict.resolved_at.is_(None))) or 0)


def _entity_id(key: str) -> str:
    values = json.loads(key)
    return str(values[0]) if len(values) == 1 else key


def _open(session: Session, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ServiceError("Konflik ini sudah diselesaikan (mungkin di jendela lain). Muat ulang daftar konflik.")
    return conflict


def _close(conflict: SyncConflict, ctx: ServiceContext, resolution: str) -> None:
    conflict.resolved_at = utcnow()
    conflict.resolution = resolution
    conflict.resolved_by = ctx.actor.officer_name


@requires("sync.run")
def resolve_edit(ctx: ServiceContext, conflict_id: uuid.UUID, choice: str,
                 edited: dict[str, Any] | None = None) -> None:
    """Keep this PC's values (mine), take the other PC's (theirs), or store ``edited`` values for the
    clashing fields (stored-value form, as shown)."""
    if choice not in (MINE, THEIRS, EDITED):
        raise ServiceError("Pilih versi yang dipakai: milik PC ini, milik PC lain, atau hasil suntingan.")
    with ctx.db.transaction() as session:
        conflict = _open(session, conflict_id)
        if conflict.kind != "edit":
            raise ServiceError("Ini tawaran penggabungan UMKM; pilih Gabungkan atau Biarkan keduanya.")
        table = table_named(conflict.table_name)
        if table is None:
            raise ServiceError(f"Tabel {conflict.table_name} tidak dikenal versi aplikasi ini.")
        current = read_row(session, table, conflict.row_key)
        if current is None:
            raise ServiceError("Data ini sudah tidak ada di PC ini; konflik tidak dapat diselesaikan.")
        clashes = json.loads(conflict.fields)
        theirs = json.loads(conflict.theirs_json)
        if choice == THEIRS:
            wanted = {name: theirs.get(name) for name in clashes}
        elif choice == EDITED:
            wanted = {name: (edited or {}).get(name, current.get(name)) for name in clashes}
        else:
            wanted = {}
        new = {**current, **wanted}
        changes = {name: (current.get(name), value) for name, value in wanted.items() if current.get(name) != value}
        if changes:
            write_row(session, table, new, exists=True)
            record_audit(session, ctx.actor, conflict.table_name, _entity_id(conflict.row_key), "update", changes)
            if conflict.table_name in ("business", "owner"):
                _refresh_search(session, conflict.table_name, uuid.UUID(_entity_id(conflict.row_key)))
        record_audit(session, ctx.actor, conflict.table_name, _entity_id(conflict.row_key), "resolve",
                     {"sinkronisasi": (None, f"konflik dengan {conflict.peer_name}: {choice}")})
        _close(conflict, ctx, choice)


def _refresh_search(session: Session, table: str, row_id: uuid.UUID) -> None:
    """A name, NIK, NIB or phone decided by an officer: the list's copies and search text follow it."""
    from umkm_desk.core.services.registry.search_text import business_search_text
    from umkm_desk.core.store.models import Business

    session.expire_all()  # the row was written with a statement, not through these objects
    where = Business.id == row_id if table == "business" else Business.owner_id == row_id
    for business in session.scalars(select(Business).where(where)):
        owner = business.owner
        business.owner_name = owner.name
        business.owner_nik = None if owner.nik_missing else owner.nik
        business.search_text = business_search_text(business.name, owner.name, owner.nik, business.nib, owner.phone)
    session.flush()


def _children(business_table: str = "business") -> list[tuple[str, str]]:
    """(table, column) of every synced foreign key that points at a business."""
    found = []
    for table in synced_tables():
        for column in table.columns:
            if any(fk.column.table.name == business_table for fk in column.foreign_keys):
                found.append((table.name, column.name))
    return found


@requires("sync.run")
def resolve_merge(ctx: ServiceContext, conflict_id: uuid.UUID, merge: bool) -> None:
    """Merge: the business that arrived is archived and its cases, activities, documents and outcomes move to
    the one already here. Keep both: they are different businesses after all."""
    with ctx.db.transaction() as session:
        conflict = _open(session, conflict_id)
        if conflict.kind != "merge" or conflict.other_key is None:
            raise ServiceError("Konflik ini bukan tawaran penggabungan UMKM.")
        arrived = uuid.UUID(_entity_id(conflict.row_key))
        kept = uuid.UUID(_entity_id(conflict.other_key))
        if merge:
            for table_name, column_name in _children():
                table = table_named(table_name)
                assert table is not None
                column = table.c[column_name]
                ids = session.scalars(select(table.c.id).where(column == arrived)).all()
                if ids:
                    session.execute(update(table).where(column == arrived).values({column_name: kept}))
                    for row_id in ids:
                        record_audit(session, ctx.actor, table_name, row_id, "update",
                                     {column_name: (arrived, kept)})
            table = table_named("business")
            assert table is not None
            row = read_row(session, table, conflict.row_key)
            if row is not None and row.get("deleted_at") is None:
                now = utcnow()
                reason = f"digabung dengan UMKM {json.loads(conflict.mine_json).get('name', '')}".strip()[:300]
                session.execute(update(table).where(table.c.id == arrived).values(
                    deleted_at=now, updated_at=now, duplicate_reason=reason))
                record_audit(session, ctx.actor, "business", arrived, "delete", {"duplicate_reason": (None, reason)})
            from umkm_desk.core.services.cases._case_support import sync_business

            sync_business(session, kept)  # the list's stage, partner and last activity now come from the moved cases
        record_audit(session, ctx.actor, "business", arrived, "resolve",
                     {"sinkronisasi": (None, f"penggabungan dengan {kept}: {'gabung' if merge else 'keduanya'}")})
        _close(conflict, ctx, MERGED if merge else BOTH)

"""Sinkronisasi → Konflik: the queue of records changed on both sides, archived (or deleted) on one side and
edited on the other, businesses registered on both sides, and rows whose unique values (a partner's name) clash
with another row; shown field by field, resolved by an officer as mine, theirs or edited (a merge offer: merge or
keep both; a unique clash: merge or rename). Each decision is one transaction with its audit rows; the next
package carries the outcome."""

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
from umkm_desk.core.services.sync import clashes
from umkm_desk.core.services.sync.changes import note_deleted, touch
from umkm_desk.core.services.sync.peers import peer_named, set_base
from umkm_desk.core.services.sync.rows import (
    INSERT_ONLY,
    Row,
    delete_row,
    insert_rows,
    read_row,
    synced_tables,
    table_named,
    write_row,
)
from umkm_desk.core.store.case_progress import refresh_progress
from umkm_desk.core.store.models import Case, utcnow
from umkm_desk.core.store.sync_tables import SyncConflict

MINE = "mine"
THEIRS = "theirs"
EDITED = "edited"
MERGED = "merged"
BOTH = "both"
RENAMED = "renamed"

KIND_EDIT = "edit"  # the same fields changed differently on both sides
KIND_ARCHIVE = "archive"  # archived on one side, edited on the other
KIND_DELETED = "deleted"  # deleted on one side, edited on the other
KIND_MERGE = "merge"  # a business registered on both sides (the registry's duplicate rules)
KIND_UNIQUE = "unique"  # a new row whose unique values belong to another row here
KIND_HOLD = "hold"  # the same on a laptop: held quietly until the office's decision arrives, never shown
#: kinds whose row stays as it is here, and is not sent, until an officer decides
QUEUED = (KIND_EDIT, KIND_ARCHIVE, KIND_DELETED)
#: the pseudo-field of a deleted-versus-edited conflict: whether the row exists
EXISTS = "_deleted"
#: before a field name in an archived-versus-edited conflict: edited on the other side (merged, not asked)
EDITED_MARK = "+"

TABLE_LABELS = {
    "business": "UMKM", "owner": "Pemilik", "assist_case": "Pendampingan", "stage": "Tahap", "activity": "Kegiatan",
    "capital_support": "Permodalan", "repayment": "Angsuran", "outcome": "Hasil", "partner": "Mitra",
    "agreement": "Perjanjian", "work_plan": "Rencana kerja", "placement": "Penempatan KKM", "officer": "Petugas",
    "setting": "Pengaturan", "issued_document": "Dokumen", "import_batch": "Impor",
}


#: columns that follow from others (search text, the list's sort copies, stamps): never shown as a question
DERIVED = frozenset({
    "search_text", "updated_at", "created_at", "owner_name", "owner_nik", "kelurahan_name", "kecamatan_name",
    "partner_name", "current_stage", "current_partner_id", "case_status", "last_activity_on", "progress",
    "next_follow_up_on",
})
#: columns computed here from other rows after every package and decision (a case's progress from its stages,
#: store/case_progress.py): a merge keeps this PC's value and never asks about it
RECOMPUTED = frozenset({"progress", "next_follow_up_on"})


@dataclass(frozen=True)
class FieldPair:
    name: str
    mine: Any
    theirs: Any
    clash: bool


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    kind: str  # edit / archive / deleted / merge / unique
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
    #: a unique clash: the value the arrived row has here now (marked), offered as its new name
    suggestion: str | None = None
    #: archived or deleted versus edited: which side archived or deleted it ("mine" or "theirs")
    removed_by: str | None = None


def _title(row: Row) -> str:
    for name in ("name", "number", "group_name", "key", "kind"):
        if row.get(name):
            return str(row[name])
    return str(row.get("id", ""))


#: never shown: keys, counters, and what only describes where the row came from
_HIDDEN = DERIVED | {"id", "version", "password_hash", "failed_attempts", "locked_until", "must_change_password"}


def _context(mine: Row, theirs: Row, skip: set[str], *, differing: bool) -> list[FieldPair]:
    """The record's other fields, so the officer sees what it is (only the differing ones when asked)."""
    names = [n for n in dict.fromkeys([*mine, *theirs]) if n not in skip and n not in _HIDDEN
             and not n.endswith("_id") and (mine.get(n) is not None or theirs.get(n) is not None)]
    if differing:
        names = [n for n in names if mine.get(n) != theirs.get(n)]
    return [FieldPair(n, mine.get(n), theirs.get(n), False) for n in names]


def _view(session: Session, conflict: SyncConflict) -> ConflictView:
    mine = json.loads(conflict.mine_json)
    theirs = json.loads(conflict.theirs_json)
    clashing = json.loads(conflict.fields)
    reasons: list[str] = []
    suggestion = removed_by = None
    title = _title(theirs or mine)
    if conflict.kind == KIND_EDIT:
        # Only what the officer decides: the fields both sides changed, without copies kept for search and sorting.
        names = sorted(n for n in clashing if n not in DERIVED)
        pairs = [FieldPair(n, mine.get(n), theirs.get(n), True) for n in names]
    elif conflict.kind == KIND_ARCHIVE:
        # whether it stays archived is the question; what was edited meanwhile is shown below it (already merged)
        asked = [n for n in clashing if not n.startswith(EDITED_MARK)]
        edited = [n[1:] for n in clashing if n.startswith(EDITED_MARK) and n[1:] not in _HIDDEN]
        pairs = [FieldPair(n, mine.get(n), theirs.get(n), True) for n in asked if n not in DERIVED]
        pairs += [FieldPair(n, mine.get(n), theirs.get(n), False) for n in edited]
        removed_by = "mine" if mine.get("deleted_at") is not None else "theirs"
    elif conflict.kind == KIND_DELETED:
        pairs = [FieldPair(EXISTS, bool(mine), bool(theirs), True)]
        pairs += _context(mine, theirs, set(), differing=False)
        removed_by = "theirs" if mine else "mine"
    elif conflict.kind == KIND_UNIQUE:
        pairs = [FieldPair(n, mine.get(n), theirs.get(n), True) for n in clashing]
        pairs += _context(mine, theirs, set(clashing), differing=False)
        table = table_named(conflict.table_name)
        if table is not None and clashes.renamable(table, tuple(clashing)):
            current = read_row(session, table, conflict.row_key)
            suggestion = str(current[clashing[0]]) if current is not None else None
        title = _title(mine)
    else:
        from umkm_desk.core.services.registry.duplicates import REASON_LABELS

        shown = ("name", "owner_name", "owner_nik", "nib", "kelurahan_name", "address", "sector", "created_at")
        pairs = [FieldPair(n, mine.get(n), theirs.get(n), mine.get(n) != theirs.get(n)) for n in shown]
        reasons = [REASON_LABELS.get(r, r) for r in clashing]
    return ConflictView(
        id=conflict.id, kind=conflict.kind, table=conflict.table_name,
        table_label=TABLE_LABELS.get(conflict.table_name, conflict.table_name), title=title,
        peer_name=conflict.peer_name, mine_by=conflict.mine_by, mine_at=conflict.mine_at,
        theirs_by=conflict.theirs_by, theirs_at=conflict.theirs_at, fields=pairs, reasons=reasons,
        created_at=conflict.created_at, suggestion=suggestion, removed_by=removed_by,
    )


def _waiting() -> Any:
    return (SyncConflict.resolved_at.is_(None)) & (SyncConflict.kind != KIND_HOLD)


def list_conflicts(ctx: ServiceContext) -> list[ConflictView]:
    with ctx.db.read() as session:
        rows = session.scalars(select(SyncConflict).where(_waiting()).order_by(SyncConflict.created_at)).all()
        return [_view(session, c) for c in rows]


def open_conflict_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncConflict).where(_waiting())) or 0)


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
        if conflict.kind == KIND_MERGE:
            raise ServiceError("Ini tawaran penggabungan UMKM; pilih Gabungkan atau Biarkan keduanya.")
        if conflict.kind == KIND_UNIQUE:
            raise ServiceError("Data ini bentrok dengan data lain di PC ini; pilih Gabungkan atau Ganti nama.")
        table = table_named(conflict.table_name)
        if table is None:
            raise ServiceError(f"Tabel {conflict.table_name} tidak dikenal versi aplikasi ini.")
        if conflict.kind == KIND_DELETED:
            if choice == EDITED:
                raise ServiceError("Data yang dihapus di satu PC hanya bisa dipertahankan atau dihapus; pilih "
                                   "versi PC ini atau versi PC lain.")
            _resolve_deleted(ctx, session, conflict, table, choice)
            return
        current = read_row(session, table, conflict.row_key)
        if current is None:
            raise ServiceError("Data ini sudah tidak ada di PC ini; konflik tidak dapat diselesaikan.")
        clashes = [n for n in json.loads(conflict.fields) if not n.startswith(EDITED_MARK)]
        theirs = json.loads(conflict.theirs_json)
        if choice == THEIRS:
            wanted = {name: theirs.get(name) for name in clashes}
        elif choice == EDITED:
            wanted = {name: (edited or {}).get(name, current.get(name)) for name in clashes}
        else:
            wanted = {}
        new = {**current, **wanted}
        changes = {name: (current.get(name), value) for name, value in wanted.items() if current.get(name) != value}
        _check_free(session, table, conflict.row_key, current, new)
        if changes:
            write_row(session, table, new, exists=True)
            _refresh_progress(session, conflict.table_name, new)
            record_audit(session, ctx.actor, conflict.table_name, _entity_id(conflict.row_key), "update", changes)
            if conflict.table_name in ("business", "owner"):
                _refresh_search(session, conflict.table_name, uuid.UUID(_entity_id(conflict.row_key)))
        record_audit(session, ctx.actor, conflict.table_name, _entity_id(conflict.row_key), "resolve",
                     {"sinkronisasi": (None, f"konflik dengan {conflict.peer_name}: {choice}")})
        touch(session, table, conflict.row_key)  # held while open: the next packages send the decision
        _close(conflict, ctx, choice)


def _refresh_progress(session: Session, table: str, row: Row) -> None:
    """A decision on a case, one of its stages or activities: the case's stored progress and next follow-up
    follow them."""
    case_id = row.get("id") if table == "assist_case" else \
        row.get("case_id") if table in ("stage", "activity") else None
    if case_id is not None:
        refresh_progress(session, Case.id == uuid.UUID(str(case_id)))


def _check_free(session: Session, table: Any, key: str, current: Row, new: Row) -> None:
    """A decision may not give the row a partner name, login or number another row here has."""
    for group in clashes.unique_sets(table):
        names = tuple(c.name for c in group)
        values = tuple(new.get(n) for n in names)
        if values != tuple(current.get(n) for n in names) and None not in values and \
                clashes.is_taken(session, table, names, values, key):
            shown = ", ".join(str(v) for v in values)
            raise ServiceError(f"{shown} sudah dipakai data lain di PC ini. Pilih versi lain atau sunting "
                               "nilainya menjadi nilai yang belum dipakai.")


def _tell_peer_deleted(session: Session, conflict: SyncConflict, row: Row) -> None:
    """The peer holds a row that is not here and should not be: the next package to it deletes it there."""
    peer = peer_named(session, conflict.peer_name)
    if peer is not None:
        set_base(session, peer.id, conflict.table_name, conflict.row_key, row)
        note_deleted(session, conflict.table_name, conflict.row_key)


def _resolve_deleted(ctx: ServiceContext, session: Session, conflict: SyncConflict, table: Any,
                     choice: str) -> None:
    """Deleted on one side, edited on the other: the row exists afterwards (mine when it is here, theirs when
    it is not) or it does not."""
    current = read_row(session, table, conflict.row_key)
    theirs = json.loads(conflict.theirs_json)
    entity = _entity_id(conflict.row_key)
    keep = (choice == MINE) == (current is not None)
    if keep and current is None:
        insert_rows(session, table, [theirs])
        _refresh_progress(session, conflict.table_name, theirs)
        record_audit(session, ctx.actor, conflict.table_name, entity, "restore")
    elif keep and current is not None:
        touch(session, table, conflict.row_key)  # goes to the peer again, as new there
    elif current is not None:
        delete_row(session, table, conflict.row_key)
        _refresh_progress(session, conflict.table_name, current)
        record_audit(session, ctx.actor, conflict.table_name, entity, "delete")
    else:
        _tell_peer_deleted(session, conflict, theirs)
    record_audit(session, ctx.actor, conflict.table_name, entity, "resolve",
                 {"sinkronisasi": (None, f"konflik hapus dengan {conflict.peer_name}: {choice}")})
    _close(conflict, ctx, choice)


@requires("sync.run")
def resolve_unique(ctx: ServiceContext, conflict_id: uuid.UUID, *, merge: bool, new_value: str | None = None) -> None:
    """A row that arrived with another row's unique value (a partner's name). Merge: what refers to it moves
    to the row here and it is archived (deleted when it cannot be archived). Rename: it stays, under
    ``new_value``."""
    with ctx.db.transaction() as session:
        conflict = _open(session, conflict_id)
        if conflict.kind != KIND_UNIQUE or conflict.other_key is None:
            raise ServiceError("Konflik ini bukan bentrokan data yang sama.")
        table = table_named(conflict.table_name)
        if table is None:
            raise ServiceError(f"Tabel {conflict.table_name} tidak dikenal versi aplikasi ini.")
        columns = tuple(json.loads(conflict.fields))
        current = read_row(session, table, conflict.row_key)
        entity = _entity_id(conflict.row_key)
        if merge:
            _merge_into(ctx, session, conflict, table, current)
        else:
            value = (new_value or "").strip()
            if current is None or not clashes.renamable(table, columns):
                raise ServiceError("Data ini tidak dapat diberi nama lain; pilih Gabungkan.")
            if not value:
                raise ServiceError("Tulis nama baru untuk data yang datang, lalu ulangi.", field="name")
            length = getattr(table.c[columns[0]].type, "length", None)
            if length and len(value) > length:
                raise ServiceError(f"Nama baru terlalu panjang (paling banyak {length} huruf).", field="name")
            if clashes.is_taken(session, table, columns, (value,), conflict.row_key):
                raise ServiceError(f"{value} sudah dipakai data lain di PC ini. Tulis nama lain.", field="name")
            if value != current[columns[0]]:
                write_row(session, table, {**current, columns[0]: value}, exists=True)
                record_audit(session, ctx.actor, conflict.table_name, entity, "update",
                             {columns[0]: (current[columns[0]], value)})
                _after_partner_rename(session, conflict.table_name, conflict.row_key, value)
        record_audit(session, ctx.actor, conflict.table_name, entity, "resolve",
                     {"sinkronisasi": (None, f"bentrok dengan {conflict.peer_name}: "
                                             f"{'gabung' if merge else 'ganti nama'}")})
        _close(conflict, ctx, MERGED if merge else RENAMED)


def _after_partner_rename(session: Session, table: str, key: str, name: str) -> None:
    """The UMKM list keeps a copy of the current partner's name."""
    if table != "partner":
        return
    from umkm_desk.core.store.models import Business

    partner_id = uuid.UUID(_entity_id(key))
    session.execute(update(Business).where(Business.current_partner_id == partner_id).values(partner_name=name))


def _merge_into(ctx: ServiceContext, session: Session, conflict: SyncConflict, table: Any,
                current: Row | None) -> None:
    assert conflict.other_key is not None
    if current is None:  # held back, never here: only the sender has to let it go
        _tell_peer_deleted(session, conflict, json.loads(conflict.theirs_json))
        return
    arrived = uuid.UUID(_entity_id(conflict.row_key))
    kept = uuid.UUID(_entity_id(conflict.other_key))
    _move_children(ctx, session, conflict.table_name, arrived, kept)
    kept_row = read_row(session, table, conflict.other_key) or {}
    if "name" in kept_row:
        _after_partner_rename(session, conflict.table_name, conflict.other_key, str(kept_row["name"]))
    if "deleted_at" in table.c:
        if current.get("deleted_at") is None:
            now = utcnow()
            session.execute(update(table).where(table.c.id == arrived).values(deleted_at=now, updated_at=now))
            record_audit(session, ctx.actor, conflict.table_name, arrived, "delete")
    else:
        delete_row(session, table, conflict.row_key)
        record_audit(session, ctx.actor, conflict.table_name, arrived, "delete")


def _move_children(ctx: ServiceContext, session: Session, parent: str, arrived: uuid.UUID,
                   kept: uuid.UUID) -> None:
    """Every synced row that refers to ``arrived`` refers to ``kept`` instead (with its audit row)."""
    for table_name, column_name in _children(parent):
        table = table_named(table_name)
        assert table is not None
        column = table.c[column_name]
        ids = session.scalars(select(table.c.id).where(column == arrived)).all()
        if ids:
            session.execute(update(table).where(column == arrived).values({column_name: kept}))
            for row_id in ids:
                record_audit(session, ctx.actor, table_name, row_id, "update", {column_name: (arrived, kept)})


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


def _children(parent: str = "business") -> list[tuple[str, str]]:
    """(table, column) of every synced foreign key that points at ``parent`` (the audit stays as written)."""
    found = []
    for table in synced_tables():
        if table.name in INSERT_ONLY or "id" not in table.c:
            continue
        for column in table.columns:
            if any(fk.column.table.name == parent for fk in column.foreign_keys):
                found.append((table.name, column.name))
    return found


@requires("sync.run")
def resolve_merge(ctx: ServiceContext, conflict_id: uuid.UUID, merge: bool) -> None:
    """Merge: the business that arrived is archived and its cases, activities, documents and outcomes move to
    the one already here. Keep both: they are different businesses after all."""
    with ctx.db.transaction() as session:
        conflict = _open(session, conflict_id)
        if conflict.kind != KIND_MERGE or conflict.other_key is None:
            raise ServiceError("Konflik ini bukan tawaran penggabungan UMKM.")
        arrived = uuid.UUID(_entity_id(conflict.row_key))
        kept = uuid.UUID(_entity_id(conflict.other_key))
        if merge:
            _move_children(ctx, session, "business", arrived, kept)
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

"""Terima paket: refuse what is damaged, meant for another PC or office, or out of order; apply the rest once,
merging every row three ways against the version the sender based it on.

A field changed on one side only is taken from that side. A field changed on both sides to different values is
a conflict: the office queues it for an officer (keeping its own value meanwhile, the other in the queue); a
laptop keeps its own row and lets the office decide, whose decision arrives in a later package. So is a row
archived (or deleted) on one side and edited on the other: the edits are kept, whether it stays archived is the
officer's question. New businesses that the registry's duplicate rules match to a business already here are
offered to the office as a merge; a row whose unique values (a partner's name, a login name) belong to another
row here is kept under a marked name, or held back, until an officer merges or renames it (``clashes``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.sync import blocks, clashes
from umkm_desk.core.services.sync.changes import touch
from umkm_desk.core.services.sync.conflicts import (
    DERIVED,
    EDITED_MARK,
    KIND_ARCHIVE,
    KIND_DELETED,
    KIND_EDIT,
    KIND_HOLD,
    KIND_MERGE,
    KIND_UNIQUE,
    QUEUED,
    RECOMPUTED,
)
from umkm_desk.core.services.sync.export import KIND_SETUP
from umkm_desk.core.services.sync.identity import Identity, become_laptop, identity
from umkm_desk.core.services.sync.package_file import unpack
from umkm_desk.core.services.sync.peers import home_peer, peer_from, remember, set_base
from umkm_desk.core.services.sync.rows import (
    INSERT_ONLY,
    Row,
    delete_row,
    dumps,
    insert_rows,
    key_of,
    read_row,
    read_rows_by_key,
    synced_tables,
    table_named,
    write_row,
)
from umkm_desk.core.store.case_progress import refresh_progress
from umkm_desk.core.store.models import AuditEntry, Business, utcnow
from umkm_desk.core.store.sync_tables import SyncConflict, SyncPeer

STATUS_APPLIED = "applied"
STATUS_ALREADY = "already"


@dataclass
class ApplyResult:
    status: str
    source: str
    seq: int
    kind: str
    applied: dict[str, int] = field(default_factory=dict)  # table -> rows written
    conflicts: int = 0
    merges: int = 0
    deferred: int = 0


def three_way(mine: Row, theirs: Row, base: Row | None) -> tuple[Row, list[str]]:
    """The merged row and the fields changed on both sides to different values (kept as in ``mine``)."""
    merged = dict(mine)
    clashes: list[str] = []
    for name, their_value in theirs.items():
        my_value = mine.get(name)
        if my_value == their_value:
            continue
        base_value = base.get(name) if base is not None else None
        if base is not None and their_value == base_value:
            continue
        if base is not None and my_value == base_value:
            merged[name] = their_value
            continue
        if name in ("updated_at", "deleted_at") or "version" in name:
            # Changes on both sides: the later stamp or the higher row version (archived on both sides: the later
            # archiving), never a question for an officer.
            merged[name] = max(my_value, their_value) if my_value is not None and their_value is not None \
                else their_value
            continue
        if name in RECOMPUTED:  # computed here again after the package (store/case_progress.py): never asked
            continue
        clashes.append(name)
    return merged, clashes


#: columns whose change is not an officer's edit of the record
_NOT_EDITS = DERIVED | {"deleted_at", "version"}


def archive_clash(mine: Row, theirs: Row, base: Row | None) -> bool:
    """One side archived the row since the base and the other edited it: not for the merge to decide."""
    if base is None or "deleted_at" not in base or base["deleted_at"] is not None:
        return False

    def edited(row: Row) -> bool:
        return any(row.get(n) != base.get(n) for n in row if n not in _NOT_EDITS)

    mine_archived = mine.get("deleted_at") is not None
    theirs_archived = theirs.get("deleted_at") is not None
    return (theirs_archived and not mine_archived and edited(mine)) or \
        (mine_archived and not theirs_archived and edited(theirs))


def _by(officer_name: str | None, hostname: str | None) -> str:
    who = officer_name or "?"
    return f"{who} ({hostname})" if hostname else who


def _refuse_foreign(manifest: dict[str, Any], me: Identity, session: Session) -> None:
    source = manifest.get("source_name") or "PC lain"
    if manifest.get("source_id") == str(me.pc_id):
        raise ServiceError("Paket ini dibuat oleh PC ini sendiri; terima paket itu di PC tujuannya "
                           f"({manifest.get('destination_name')}).")
    pristine = home_peer(session) is None and not me.is_laptop
    if manifest.get("office_id") != str(me.office_id) and not (manifest.get("kind") == KIND_SETUP and pristine):
        raise ServiceError(
            f"Paket dari {source} ini untuk basis data kantor lain, jadi tidak diterapkan. Pastikan paket "
            "dibuat dari basis data kantor yang sama dengan basis data ini.")
    wanted_id = manifest.get("destination_id")
    wanted_name = manifest.get("destination_name") or ""
    if wanted_id is not None and wanted_id != str(me.pc_id):
        raise ServiceError(f"Paket ini ditujukan untuk {wanted_name}, bukan untuk PC ini ({me.pc_name}). Terima "
                           "paket itu di PC tujuannya.")
    if wanted_id is None and manifest.get("kind") != KIND_SETUP and wanted_name.casefold() != me.pc_name.casefold():
        raise ServiceError(f"Paket ini ditujukan untuk {wanted_name}, bukan untuk PC ini ({me.pc_name}).")


def _check_order(manifest: dict[str, Any], peer: SyncPeer) -> bool:
    """True when the package is new and next in line; False when it was applied before."""
    seq = int(manifest["seq"])
    if seq <= peer.received_seq:
        return False
    if seq > peer.received_seq + 1 and manifest.get("kind") != KIND_SETUP:
        missing = peer.received_seq + 1
        gap = f"nomor {missing}" if seq == missing + 1 else f"nomor {missing} sampai {seq - 1}"
        raise ServiceError(
            f"Paket nomor {seq} dari {peer.name} belum bisa diterapkan: paket {gap} belum diterima. Terima "
            f"dulu paket nomor {missing} (minta {peer.name} membuat ulang paket itu bila hilang).")
    return True


class _Apply:
    def __init__(self, session: Session, me: Identity, peer: SyncPeer, manifest: dict[str, Any],
                 content: dict[str, Any], result: ApplyResult) -> None:
        self.session = session
        self.me = me
        self.peer = peer
        self.setup = manifest.get("kind") == KIND_SETUP
        self.content = content
        self.result = result
        # a laptop defers to its office; the office (and a laptop taking a setup package) decides
        self.defer = me.is_laptop and peer.is_home and not self.setup
        self.open = {
            (c.table_name, c.row_key): c
            for c in session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None),
                                                               SyncConflict.kind.in_(QUEUED)))
        }
        #: rows not stored here because they are twins of another row, waiting for an officer or the office
        self.held_back = {
            (c.table_name, c.row_key): c
            for c in session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None),
                                                               SyncConflict.kind.in_((KIND_UNIQUE, KIND_HOLD))))
        }
        self.package_audit: set[str] = set()
        self.their_audit: dict[str, tuple[str, datetime]] = {}
        for op in content.get("audit_entry", ()):
            row = op["row"]
            self.package_audit.add(row["id"])
            at = datetime.fromisoformat(row["at"])
            known = self.their_audit.get(row["entity_id"])
            if known is None or known[1] < at:
                self.their_audit[row["entity_id"]] = (_by(row.get("officer_name"), row.get("hostname")), at)
        self.new_businesses: list[str] = []

    def _count(self, table: str) -> None:
        self.result.applied[table] = self.result.applied.get(table, 0) + 1

    def run(self) -> None:
        unknown = sorted(n for n in self.content if not n.startswith("_") and table_named(n) is None)
        if unknown:
            raise ServiceError(f"Paket berisi data ({', '.join(unknown)}) yang tidak dikenal versi aplikasi ini. "
                               "Perbarui aplikasi di PC ini ke versi yang sama dengan PC pengirim.")
        tables = synced_tables()
        for table in tables:  # parents first
            puts = [op for op in self.content.get(table.name, ()) if op["op"] == "put"]
            if puts:
                self._puts(table, puts)
        for table in reversed(tables):
            for op in self.content.get(table.name, ()):
                if op["op"] == "delete":
                    self._delete(table.name, op["key"], op.get("base"))
        if not self.me.is_laptop:  # merge offers are the office's to decide
            self._offer_merges()
        else:
            self._release_holds()

    def _puts(self, table: Table, ops: list[dict[str, Any]]) -> None:
        name = table.name
        local = read_rows_by_key(self.session, table, [op["key"] for op in ops])
        fresh: list[Row] = []
        held: dict[str, Row] = {}
        for op in ops:
            key, theirs, base = op["key"], op["row"], op.get("base")
            mine = local.get(key)
            if mine is None and base is not None and not self.setup and name not in INSERT_ONLY:
                # the sender edited a row deleted here since: the office asks, a laptop waits for it
                if (name, key) in self.held_back:  # a twin waiting for a merge: the newest version waits
                    self.held_back[(name, key)].theirs_json = dumps(theirs)
                elif (name, key) in self.open:
                    self._still_open(self.open[(name, key)], {}, theirs)
                elif not self.defer:
                    self._queue(name, key, {}, theirs, ["_deleted"], kind=KIND_DELETED)
                continue
            if mine is None:
                fresh.append(theirs)
                if name == "business" and base is None:
                    self.new_businesses.append(key)
            elif mine != theirs and name not in INSERT_ONLY and not self._merge(table, key, mine, theirs, base):
                continue  # deferred: keep our row and our base; the office decides and sends the outcome
            held[key] = theirs
        if fresh and not self.setup and clashes.unique_sets(table):
            fresh = self._unclash(table, fresh, held)
        insert_rows(self.session, table, fresh)
        if fresh:
            self.result.applied[name] = self.result.applied.get(name, 0) + len(fresh)
        remember(self.session, self.peer.id, name, held, [])

    def _merge(self, table: Table, key: str, mine: Row, theirs: Row, base: Row | None) -> bool:
        """Merge an incoming version into a row that differs here; False when a laptop defers it."""
        name = table.name
        if self.setup:
            write_row(self.session, table, theirs, exists=True)
            self._count(name)
            return True
        if (name, key) in self.open:
            self._still_open(self.open[(name, key)], mine, theirs)
            return True
        merged, clashing = three_way(mine, theirs, base)
        kind = KIND_EDIT
        if archive_clash(mine, theirs, base):
            kind = KIND_ARCHIVE  # the edits are merged; archived or not waits for the officer, as here meanwhile
            merged["deleted_at"] = mine.get("deleted_at")
            editor = theirs if mine.get("deleted_at") is not None else mine
            edited = [n for n in editor if n not in _NOT_EDITS and editor.get(n) != (base or {}).get(n)]
            clashing = ["deleted_at", *(c for c in clashing if c != "deleted_at")]
            clashing += [EDITED_MARK + n for n in edited if n not in clashing]  # shown, not asked
        clashing += self._taken(table, key, mine, merged)
        if clashing and self.defer:
            self.result.deferred += 1
            touch(self.session, table, key)  # ours differs from what the office holds: offered again
            return False
        if merged != mine:
            write_row(self.session, table, merged, exists=True)
            self._count(name)
        if merged != theirs:
            touch(self.session, table, key)  # the sender now holds ``theirs``: the next package sends the rest
        if clashing:
            self._queue(name, key, merged, theirs, clashing, kind=kind)
        return True

    def _taken(self, table: Table, key: str, mine: Row, merged: Row) -> list[str]:
        """Unique values the merge would take that another row here holds: ours stay, the officer decides."""
        found: list[str] = []
        for group in clashes.unique_sets(table):
            names = tuple(c.name for c in group)
            values = tuple(merged.get(n) for n in names)
            if values != tuple(mine.get(n) for n in names) and None not in values and \
                    clashes.is_taken(self.session, table, names, values, key):
                for n in names:
                    merged[n] = mine.get(n)
                found += [n for n in names if n not in found]
        return found

    def _unclash(self, table: Table, fresh: list[Row], held: dict[str, Row]) -> list[Row]:
        """New rows whose unique values belong to another row here: kept under a marked value (one text
        column) or held back (several columns), and queued for the office, held quietly on a laptop until the
        office's decision arrives."""
        found = {c.key: c for c in clashes.find_clashes(self.session, table, fresh)}
        if not found:
            return fresh
        name = table.name
        kept: list[Row] = []
        for row in fresh:
            key = key_of(table, row)
            clash = found.get(key)
            if clash is None:
                kept.append(row)
                continue
            other = read_row(self.session, table, clash.other_key) or {}
            kind = KIND_HOLD if self.me.is_laptop else KIND_UNIQUE
            if clashes.renamable(table, clash.columns):
                column = clash.columns[0]
                kept.append({**row, column: clashes.free_value(self.session, table, column, row[column],
                                                                self.peer.name)})
            else:
                held.pop(key, None)  # not here, so the sender is not told it was deleted
            self._queue(name, key, other, row, list(clash.columns), kind=kind, other_key=clash.other_key)
        return kept

    def _release_holds(self) -> None:
        """On a laptop: a row kept under a marked value (or held back) gets its own value as soon as no other
        row holds it any more (the office renamed or merged the other one)."""
        holds = self.session.scalars(select(SyncConflict).where(
            SyncConflict.resolved_at.is_(None), SyncConflict.kind == KIND_HOLD)).all()
        for hold in holds:
            table = table_named(hold.table_name)
            if table is None:
                continue
            columns = tuple(json.loads(hold.fields))
            theirs = json.loads(hold.theirs_json)
            values = tuple(theirs.get(n) for n in columns)
            if clashes.is_taken(self.session, table, columns, values, hold.row_key):
                continue
            current = read_row(self.session, table, hold.row_key)
            if current is None:
                insert_rows(self.session, table, [theirs])
                set_base(self.session, self.peer.id, hold.table_name, hold.row_key, theirs)
            else:
                write_row(self.session, table, {**current, **dict(zip(columns, values, strict=True))}, exists=True)
            hold.resolved_at = utcnow()
            hold.resolution = "released"

    def _delete(self, name: str, key: str, base: Row | None) -> None:
        table = table_named(name)
        if table is None:
            return
        mine = read_row(self.session, table, key)
        if mine is None or name in INSERT_ONLY:
            set_base(self.session, self.peer.id, name, key, None)
            return
        if mine == base and (name, key) not in self.open:  # deleted there and untouched here
            delete_row(self.session, table, key)
            self._count(name)
        elif self.defer:
            touch(self.session, table, key)
            return  # changed here meanwhile: the row and its base stay, the office decides
        elif (name, key) not in self.open:
            # changed here, deleted there: the row stays until an officer decides
            self._queue(name, key, mine, {}, ["_deleted"], kind=KIND_DELETED)
        set_base(self.session, self.peer.id, name, key, None)

    def _who(self, entity_id: str, *, theirs: bool) -> tuple[str | None, datetime | None]:
        """The last change to the row: from the package's audit rows (theirs) or this database's (mine)."""
        if theirs:
            found = self.their_audit.get(entity_id)
            return found if found is not None else (None, None)
        query = select(AuditEntry).where(AuditEntry.entity_id == entity_id)
        if self.package_audit:
            query = query.where(AuditEntry.id.not_in([uuid.UUID(i) for i in self.package_audit]))
        entry = self.session.scalar(query.order_by(AuditEntry.at.desc()).limit(1))
        if entry is None:
            return None, None
        return _by(entry.officer_name, entry.hostname), entry.at

    def _entity_id(self, key: str) -> str:
        values = json.loads(key)
        return str(values[0]) if len(values) == 1 else key

    def _queue(self, name: str, key: str, mine: Row, theirs: Row, clashes: list[str], *, kind: str = KIND_EDIT,
               other_key: str | None = None) -> None:
        mine_by, mine_at = self._who(self._entity_id(other_key or key), theirs=False)
        theirs_by, theirs_at = self._who(self._entity_id(key), theirs=True)
        conflict = SyncConflict(
            kind=kind, peer_name=self.peer.name, table_name=name, row_key=key, fields=json.dumps(clashes),
            mine_json=dumps(mine), theirs_json=dumps(theirs), mine_by=mine_by, mine_at=mine_at,
            theirs_by=theirs_by, theirs_at=theirs_at, other_key=other_key,
        )
        self.session.add(conflict)
        self.session.flush()
        if kind in QUEUED:
            self.open[(name, key)] = conflict
        elif kind in (KIND_UNIQUE, KIND_HOLD):
            self.held_back[(name, key)] = conflict
        if kind == KIND_MERGE:
            self.result.merges += 1
        elif kind != KIND_HOLD:
            self.result.conflicts += 1

    def _still_open(self, conflict: SyncConflict, mine: Row, theirs: Row) -> None:
        """A newer version of a row already waiting for an officer: the queue shows the newest."""
        conflict.theirs_json = dumps(theirs)
        if conflict.kind == KIND_EDIT:
            _, clashing = three_way(mine, theirs, None)
            conflict.fields = json.dumps([c for c in clashing if c != "updated_at"] or json.loads(conflict.fields))
        theirs_by, theirs_at = self._who(self._entity_id(conflict.row_key), theirs=True)
        if theirs_at is not None:
            conflict.theirs_by, conflict.theirs_at = theirs_by, theirs_at

    def _offer_merges(self) -> None:
        from umkm_desk.core.services.registry.duplicates import DuplicateProbe, find_duplicates_in

        table = table_named("business")
        if table is None:
            return
        arrived = set(self.new_businesses)
        for key in self.new_businesses:
            business = self.session.get(Business, uuid.UUID(json.loads(key)[0]))
            if business is None or business.deleted_at is not None:
                continue
            probe = DuplicateProbe(name=business.name, kelurahan_code=business.kelurahan_code,
                                   nik=business.owner.nik, nib=business.nib, exclude_id=business.id)
            for match in find_duplicates_in(self.session, probe):
                other = json.dumps([str(match.business_id)], separators=(",", ":"))
                if match.archived or other in arrived:
                    continue
                mine = read_row(self.session, table, other)
                theirs = read_row(self.session, table, key)
                if mine is not None and theirs is not None:
                    self._queue("business", key, mine, theirs, list(match.reasons), kind=KIND_MERGE,
                                other_key=other)
                break


@requires("sync.run")
def apply_package(ctx: ServiceContext, data: bytes, *,
                  progress: Callable[[str], None] | None = None) -> ApplyResult:
    """Apply a package in one transaction. Returns status ``already`` (and changes nothing) for a package
    applied before; raises ServiceError with an Indonesian reason when the package is refused."""
    manifest, content = unpack(data)
    with ctx.db.transaction() as session:
        me = identity(session)
        _refuse_foreign(manifest, me, session)
        source_id = uuid.UUID(manifest["source_id"])
        peer = peer_from(session, source_id, manifest.get("source_name") or "PC")
        result = ApplyResult(STATUS_ALREADY, peer.name, int(manifest["seq"]), manifest.get("kind", ""))
        if not _check_order(manifest, peer):
            return result
        result.status = STATUS_APPLIED
        if manifest.get("kind") == KIND_SETUP:
            if not me.is_laptop:
                become_laptop(session, office_id=uuid.UUID(manifest["office_id"]),
                              name=manifest.get("destination_name"))
                me = identity(session)
            peer.is_home = True
        if progress is not None:
            progress(f"Menerapkan paket nomor {result.seq} dari {peer.name}…")
        _Apply(session, me, peer, manifest, content, result).run()
        # Cases and stages arrive as rows (a case's before its stages; some held back for an officer): the stored
        # progress of every case that now differs from its stages here is set again, in one statement.
        refresh_progress(session)
        for block in content.get("_block", ()):
            blocks.keep_block(session, me.pc_id, me.pc_name,
                              blocks.Block(int(block["year"]), int(block["first"]), int(block["last"])))
        peer.received_seq = result.seq
        peer.last_received_at = utcnow()
        peer.name = manifest.get("source_name") or peer.name
        return result

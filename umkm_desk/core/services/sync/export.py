"""Buat paket: every row that differs from what the destination is known to hold, with the version it is known
to hold (the base of the three-way merge on the other side), numbered per destination and kept in the outbox."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.sync import blocks, changes
from umkm_desk.core.services.sync.identity import identity
from umkm_desk.core.services.sync.package_file import pack
from umkm_desk.core.services.sync.peers import destination, forget_bases, remember
from umkm_desk.core.services.sync.rows import Row, key_of, read_rows_by_key, synced_tables, table_named
from umkm_desk.core.services.sync.scope import dependents, load_scope
from umkm_desk.core.store.models import Kecamatan, utcnow
from umkm_desk.core.store.sync_tables import SyncBase, SyncConflict, SyncOutbox, SyncPeer

KIND_CHANGES = "changes"
KIND_SETUP = "setup"


@dataclass(frozen=True)
class ExportResult:
    destination: str
    seq: int
    kind: str
    counts: dict[str, int]  # table -> rows sent (puts and deletes)
    block: blocks.Block | None
    size: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _open_conflict_keys(session: Session) -> set[tuple[str, str]]:
    from umkm_desk.core.services.sync.conflicts import KIND_HOLD, QUEUED

    # rows waiting for an officer stay as they are on both sides; a laptop's held rows keep their own value there
    rows = session.execute(select(SyncConflict.table_name, SyncConflict.row_key).where(
        SyncConflict.resolved_at.is_(None), SyncConflict.kind.in_((*QUEUED, KIND_HOLD))))
    return {(table, key) for table, key in rows}


def _bases(session: Session, peer: SyncPeer, table: str, keys: list[str]) -> dict[str, Any]:
    """What ``peer`` is known to hold of ``keys``."""
    found: dict[str, Any] = {}
    for chunk in _chunks(keys):
        for key, text in session.execute(select(SyncBase.row_key, SyncBase.row_json).where(
                SyncBase.peer_id == peer.id, SyncBase.table_name == table, SyncBase.row_key.in_(chunk))):
            found[key] = json.loads(text)
    return found


def _changes(session: Session, peer: SyncPeer, *, whole: bool) -> tuple[dict[str, list[dict[str, Any]]],
                                                                       dict[str, int]]:
    """Every row numbered after the last package to ``peer`` (everything for ``whole``) that differs from what
    it holds, and every row deleted since that it holds."""
    scope = load_scope(session, peer.kecamatan_code)
    held = _open_conflict_keys(session)
    upto = changes.number_changes(session)
    since = 0 if whole else peer.sent_change_seq
    tables = synced_tables()
    candidates: dict[str, dict[str, Row]] = {}
    for table in tables:
        candidates[table.name] = {key_of(table, row): row for row in changes.changed_rows(session, table, since, upto)}
    bases = {t.name: _bases(session, peer, t.name, list(candidates[t.name])) for t in tables} if not whole else {}
    if peer.kecamatan_code is not None and not whole:
        # a business that moved into the laptop's kecamatan brings what belongs to it, changed or not
        entered = {json.loads(key)[0] for key, row in candidates["business"].items()
                   if key not in bases["business"] and scope.holds("business", row)}
        if entered:
            for name, rows in dependents(session, entered).items():
                child = table_named(name)
                assert child is not None
                extra = {key_of(child, row): row for row in rows if key_of(child, row) not in candidates[name]}
                candidates[name].update(extra)
                bases[name].update(_bases(session, peer, name, list(extra)))
    content: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    for table in tables:
        known = bases.get(table.name, {})
        ops: list[dict[str, Any]] = []
        sent: dict[str, Any] = {}
        for key, row in candidates[table.name].items():
            if not scope.holds(table.name, row) or (table.name, key) in held:
                continue
            base = known.get(key)
            if base == row:
                continue
            ops.append({"op": "put", "key": key, "row": row, "base": base})
            sent[key] = row
        gone: list[str] = []
        if not whole:
            deleted = [k for k in changes.deleted_keys(session, table, since, upto)
                       if k not in candidates[table.name] and (table.name, k) not in held]
            gone_bases = _bases(session, peer, table.name, deleted)
            present = read_rows_by_key(session, table, list(gone_bases))
            gone = [k for k in gone_bases if k not in present]
            ops.extend({"op": "delete", "key": key, "base": gone_bases[key]} for key in gone)
        if ops:
            content[table.name] = ops
            counts[table.name] = len(ops)
            remember(session, peer.id, table.name, sent, gone)
    peer.sent_change_seq = upto
    oldest = session.scalar(select(func.min(SyncPeer.sent_change_seq)))
    changes.forget_tombstones(session, int(oldest or 0))
    return content, counts


@requires("sync.run")
def export_package(
    ctx: ServiceContext,
    destination_name: str | None,
    write: Callable[[bytes], None],
    *,
    setup: bool = False,
    kecamatan_code: str | None = None,
    block_size: int | None = None,
    today: date | None = None,
) -> ExportResult:
    """Make the next package for ``destination_name`` (None: the office this laptop belongs to) and hand its
    bytes to ``write`` inside the transaction: when writing fails, nothing is counted as sent.

    ``setup`` sends the whole current state (of one kecamatan when ``kecamatan_code`` is given) to set up or
    refresh a laptop, and reserves a block of register numbers for it (``block_size``, 100 by default)."""
    with ctx.db.transaction() as session:
        me = identity(session)
        if setup and me.is_laptop:
            raise ServiceError("Paket penyiapan laptop hanya dibuat di kantor, bukan di laptop lapangan.")
        peer = destination(session, destination_name, create=setup)
        if peer.is_home is False and me.is_laptop and not setup:
            raise ServiceError(f"Laptop lapangan hanya bertukar paket dengan kantor, bukan dengan {peer.name}.")
        if setup:
            if kecamatan_code is not None and session.get(Kecamatan, kecamatan_code) is None:
                raise ServiceError(f"Kecamatan {kecamatan_code} tidak dikenal.", field="kecamatan")
            peer.kecamatan_code = kecamatan_code
            forget_bases(session, peer.id)  # the whole state goes, as if the laptop held nothing
        content, counts = _changes(session, peer, whole=setup)
        block = None
        if setup or block_size:
            year = (today or date.today()).year
            block = blocks.reserve_block(session, holder_pc_id=peer.pc_id, holder_name=peer.name, year=year,
                                         size=block_size or blocks.DEFAULT_BLOCK_SIZE)
            content["_block"] = [{"year": block.year, "first": block.first, "last": block.last}]
        peer.sent_seq += 1
        peer.last_sent_at = utcnow()
        kind = KIND_SETUP if setup else KIND_CHANGES
        manifest: dict[str, Any] = {
            "kind": kind,
            "source_id": str(me.pc_id),
            "source_name": me.pc_name,
            "destination_id": str(peer.pc_id) if peer.pc_id else None,
            "destination_name": peer.name,
            "office_id": str(me.office_id),
            "seq": peer.sent_seq,
            "base": peer.received_seq,  # the last package from the destination that this one was made after
            "kecamatan_code": peer.kecamatan_code,
            "counts": counts,
            "created_at": utcnow().isoformat(),
        }
        data = pack(manifest, content)
        session.add(SyncOutbox(peer_id=peer.id, seq=peer.sent_seq, data=data))
        session.flush()
        write(data)
        return ExportResult(peer.name, peer.sent_seq, kind, counts, block, len(data))


@requires("sync.run")
def resend_package(ctx: ServiceContext, destination_name: str | None, seq: int | None = None) -> tuple[int, bytes]:
    """A package made before, unchanged (the last one when ``seq`` is None): for a file that got lost."""
    with ctx.db.read() as session:
        peer = destination(session, destination_name, create=False)
        wanted = seq if seq is not None else peer.sent_seq
        found = session.get(SyncOutbox, (peer.id, wanted))
        if found is None:
            raise ServiceError(f"Paket nomor {wanted} untuk {peer.name} tidak ada di basis data ini.")
        return wanted, found.data

"""The other PCs this database exchanges packages with, and what it last exchanged with each."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.sync.rows import Row, dumps, row_hash, text_hash
from umkm_desk.core.store.sync_tables import SyncBase, SyncPeer


@dataclass(frozen=True)
class PeerInfo:
    name: str
    kecamatan_code: str | None
    is_home: bool
    sent_seq: int
    received_seq: int
    last_sent_at: datetime | None
    last_received_at: datetime | None


def list_peers(ctx: ServiceContext) -> list[PeerInfo]:
    with ctx.db.read() as session:
        peers = session.scalars(select(SyncPeer).order_by(SyncPeer.is_home.desc(), SyncPeer.name)).all()
        return [PeerInfo(p.name, p.kecamatan_code, p.is_home, p.sent_seq, p.received_seq, p.last_sent_at,
                         p.last_received_at) for p in peers]


def home_peer(session: Session) -> SyncPeer | None:
    return session.scalar(select(SyncPeer).where(SyncPeer.is_home.is_(True)))


def peer_named(session: Session, name: str) -> SyncPeer | None:
    wanted = name.strip().casefold()
    for peer in session.scalars(select(SyncPeer)):
        if peer.name.casefold() == wanted:
            return peer
    return None


def destination(session: Session, name: str | None, *, create: bool) -> SyncPeer:
    """The peer a package goes to: by name, or the office a laptop was set up from."""
    if not name or not name.strip():
        peer = home_peer(session)
        if peer is None:
            raise ServiceError("Sebutkan nama PC tujuan paket (mis. nama laptop lapangan).", field="destination")
        return peer
    peer = peer_named(session, name)
    if peer is None:
        if not create:
            raise ServiceError(f"PC {name} belum pernah bertukar paket dengan basis data ini.", field="destination")
        peer = SyncPeer(name=name.strip(), is_home=False, sent_seq=0, received_seq=0)
        session.add(peer)
        session.flush()
    return peer


def peer_from(session: Session, pc_id: uuid.UUID, name: str) -> SyncPeer:
    """The peer a package came from: known by its PC id, or by the name the office gave it before it ever
    sent anything."""
    peer = session.scalar(select(SyncPeer).where(SyncPeer.pc_id == pc_id))
    if peer is None:
        peer = session.scalar(select(SyncPeer).where(SyncPeer.pc_id.is_(None), SyncPeer.name == name))
        if peer is None:
            peer = SyncPeer(name=name, is_home=False, sent_seq=0, received_seq=0)
            session.add(peer)
        peer.pc_id = pc_id
        session.flush()
    return peer


def set_base(session: Session, peer_id: uuid.UUID, table: str, key: str, row: Row | None) -> None:
    found = session.get(SyncBase, (peer_id, table, key))
    if row is None:
        if found is not None:
            session.delete(found)
        return
    if found is None:
        session.add(SyncBase(peer_id=peer_id, table_name=table, row_key=key, row_hash=row_hash(row),
                             row_json=dumps(row)))
    else:
        found.row_hash, found.row_json = row_hash(row), dumps(row)


def remember(session: Session, peer_id: uuid.UUID, table: str, held: dict[str, Row], gone: list[str]) -> None:
    """In bulk: the peer now holds ``held`` (key -> row) and no longer holds ``gone`` (a row at a time is too
    slow for a laptop's setup package)."""
    stale = [*held, *gone]
    for start in range(0, len(stale), 500):
        session.execute(delete(SyncBase).where(SyncBase.peer_id == peer_id, SyncBase.table_name == table,
                                               SyncBase.row_key.in_(stale[start:start + 500])))
    texts = {key: dumps(row) for key, row in held.items()}
    rows = [{"peer_id": peer_id, "table_name": table, "row_key": key, "row_hash": text_hash(text),
             "row_json": text} for key, text in texts.items()]
    for start in range(0, len(rows), 500):
        session.execute(insert(SyncBase), rows[start:start + 500])


def forget_bases(session: Session, peer_id: uuid.UUID) -> None:
    session.execute(delete(SyncBase).where(SyncBase.peer_id == peer_id))

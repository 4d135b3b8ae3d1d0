"""What the Sinkronisasi dialog shows before anything is done: this PC, its peers, the kecamatan a setup
package can be limited to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.sync.identity import identity
from umkm_desk.core.services.sync.peers import PeerInfo, list_peers
from umkm_desk.core.store.models import Kecamatan, Kelurahan


@dataclass(frozen=True)
class SyncStatus:
    pc_name: str
    is_laptop: bool
    peers: list[PeerInfo]
    #: (code, name) of the kecamatan that have kelurahan here (the city's own)
    kecamatan: list[tuple[str, str]]


def sync_status(ctx: ServiceContext) -> SyncStatus:
    with ctx.db.transaction() as session:  # the first look creates this PC's id
        me = identity(session)
        rows = session.execute(
            select(Kecamatan.code, Kecamatan.name)
            .where(Kecamatan.code.in_(select(Kelurahan.kecamatan_code)))
            .order_by(Kecamatan.name)
        )
        kecamatan = [(code, name) for code, name in rows]
    return SyncStatus(me.pc_name, me.is_laptop, list_peers(ctx), kecamatan)

"""The tables behind field-laptop sync: peers, what each peer is known to hold, packages sent, conflicts waiting
for an officer, and blocks of register numbers reserved for laptops.

None of these travel in a package themselves (see ``services.sync.rows.LOCAL_TABLES``): they describe this
database's view of the others.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from umkm_desk.core.store.models import Base, UuidPk, utcnow


class SyncPeer(UuidPk, Base):
    """Another PC this database exchanges packages with; ``sent_seq`` / ``received_seq`` number the packages of
    each direction."""

    __tablename__ = "sync_peer"
    pc_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    name: Mapped[str] = mapped_column(String(120))
    #: a laptop set up for one kecamatan receives only that kecamatan's businesses
    kecamatan_code: Mapped[str | None] = mapped_column(String(8))
    #: the office this laptop was set up from (a laptop defers conflicting rows to it)
    is_home: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_seq: Mapped[int] = mapped_column(default=0)
    #: the change sequence (store.change_seq) the last package to this PC read up to
    sent_change_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    received_seq: Mapped[int] = mapped_column(default=0)
    last_sent_at: Mapped[datetime | None] = mapped_column(default=None)
    last_received_at: Mapped[datetime | None] = mapped_column(default=None)


class SyncBase(Base):
    """The version of a row this database last exchanged with a peer: the common base of a three-way merge,
    and the reason a row is (not) sent again."""

    __tablename__ = "sync_base"
    peer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_peer.id"), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    row_hash: Mapped[str] = mapped_column(String(64))
    row_json: Mapped[str] = mapped_column(Text)


class SyncOutbox(Base):
    """Every package this database made, kept so that a lost file can be written again unchanged."""

    __tablename__ = "sync_outbox"
    peer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_peer.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SyncConflict(UuidPk, Base):
    """A record changed on both sides, or a business registered on both sides, waiting for an officer."""

    __tablename__ = "sync_conflict"
    kind: Mapped[str] = mapped_column(String(8))  # edit / merge
    peer_name: Mapped[str] = mapped_column(String(120))
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(200), index=True)
    fields: Mapped[str] = mapped_column(Text)  # JSON list of the fields both sides changed
    mine_json: Mapped[str] = mapped_column(Text)
    theirs_json: Mapped[str] = mapped_column(Text)
    mine_by: Mapped[str | None] = mapped_column(String(250))
    mine_at: Mapped[datetime | None] = mapped_column(default=None)
    theirs_by: Mapped[str | None] = mapped_column(String(250))
    theirs_at: Mapped[datetime | None] = mapped_column(default=None)
    #: for a merge offer: the local business the incoming one looks like
    other_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str | None] = mapped_column(String(8))  # mine / theirs / edited / merged / both
    resolved_by: Mapped[str | None] = mapped_column(String(120))


class RegisterBlock(UuidPk, Base):
    """Register numbers ``first_seq..last_seq`` of ``year`` reserved for one laptop: only it issues them."""

    __tablename__ = "register_block"
    holder_pc_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    holder_name: Mapped[str] = mapped_column(String(120))
    year: Mapped[int]
    first_seq: Mapped[int]
    last_seq: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

"""Register numbers offline: the office reserves a block of a year's numbers for a laptop; the laptop numbers
only inside its blocks, and the office's counter jumps over every reserved block.

``next_number`` replaces the plain counter bump of ``register.documents.next_sequence`` on both sides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.sync.identity import identity, is_laptop
from umkm_desk.core.store.models import DocumentCounter, IssuedDocument
from umkm_desk.core.store.sync_tables import RegisterBlock

DEFAULT_BLOCK_SIZE = 100


@dataclass(frozen=True)
class Block:
    year: int
    first: int
    last: int


def blocks_of(session: Session, holder_pc_id: uuid.UUID | None, year: int | None = None) -> list[RegisterBlock]:
    query = select(RegisterBlock).where(RegisterBlock.holder_pc_id == holder_pc_id)
    if year is not None:
        query = query.where(RegisterBlock.year == year)
    return list(session.scalars(query.order_by(RegisterBlock.year, RegisterBlock.first_seq)))


def reserve_block(session: Session, *, holder_pc_id: uuid.UUID | None, holder_name: str, year: int,
                  size: int = DEFAULT_BLOCK_SIZE) -> Block:
    """At the office: the next ``size`` numbers of ``year`` after everything issued or reserved so far."""
    if size < 1:
        raise ServiceError("Jumlah nomor surat yang dicadangkan harus sedikitnya 1.")
    counter = session.get(DocumentCounter, year, populate_existing=True)
    used = counter.last_seq if counter is not None else 0
    reserved = session.scalar(select(func.max(RegisterBlock.last_seq)).where(RegisterBlock.year == year)) or 0
    issued = session.scalar(select(func.max(IssuedDocument.seq)).where(IssuedDocument.year == year)) or 0
    first = max(used, reserved, issued) + 1
    block = RegisterBlock(holder_pc_id=holder_pc_id, holder_name=holder_name, year=year, first_seq=first,
                          last_seq=first + size - 1)
    session.add(block)
    session.flush()
    return Block(year, block.first_seq, block.last_seq)


def keep_block(session: Session, pc_id: uuid.UUID, pc_name: str, block: Block) -> None:
    """On the laptop: the block that arrived with a package is this laptop's to use (once)."""
    exists = session.scalar(select(RegisterBlock.id).where(
        RegisterBlock.year == block.year, RegisterBlock.first_seq == block.first))
    if exists is None:
        session.add(RegisterBlock(holder_pc_id=pc_id, holder_name=pc_name, year=block.year,
                                  first_seq=block.first, last_seq=block.last))
        session.flush()


def _laptop_number(session: Session, pc_id: uuid.UUID, year: int) -> int:
    blocks = blocks_of(session, pc_id, year)
    for block in blocks:
        used = session.scalar(select(func.max(IssuedDocument.seq)).where(
            IssuedDocument.year == year, IssuedDocument.seq.between(block.first_seq, block.last_seq)))
        if used is None:
            return block.first_seq
        if used < block.last_seq:
            return used + 1
    if not blocks:
        raise ServiceError(
            f"Laptop ini belum punya blok nomor surat untuk tahun {year}, jadi tidak menerbitkan nomor agar tidak "
            "bentrok dengan nomor kantor. Minta kantor membuat paket untuk laptop ini dengan blok nomor baru.")
    last = blocks[-1]
    raise ServiceError(
        f"Blok nomor surat laptop ini untuk tahun {year} sudah habis (nomor {blocks[0].first_seq}–"
        f"{last.last_seq} terpakai semua), jadi tidak ada nomor yang diterbitkan. Kirim paket ke kantor dan minta "
        "paket balasan dengan blok nomor baru.")


_LAPTOP_INFO = "sync.blocks.is_laptop"


def _is_laptop_in_transaction(session: Session) -> bool:
    """``is_laptop``, read once per transaction: a batch numbers hundreds of documents in one transaction
    (savepoints), and the role only changes with a setup package, never inside a numbering transaction."""
    transaction = session.get_transaction()
    known = session.info.get(_LAPTOP_INFO)
    if known is not None and known[0] is transaction:
        return bool(known[1])
    laptop = is_laptop(session)
    session.info[_LAPTOP_INFO] = (transaction, laptop)
    return laptop


#: The reserved block that holds a number, if any. Built once and run as a Core statement on the session's
#: connection: it runs once per numbered document, and the ORM's execute path costs several times the query.
_BLOCK_HOLDING = select(RegisterBlock.last_seq).where(
    RegisterBlock.year == bindparam("year"), RegisterBlock.first_seq <= bindparam("seq"),
    RegisterBlock.last_seq >= bindparam("seq"))


def next_number(session: Session, year: int, bump: int) -> int:
    """The register number to use: ``bump`` is the office counter's next value (already taken in this
    transaction); on the office it moves past reserved blocks, on a laptop only its own blocks count."""
    if _is_laptop_in_transaction(session):
        return _laptop_number(session, identity(session).pc_id, year)
    seq = bump
    connection = session.connection()
    while True:
        inside = connection.execute(_BLOCK_HOLDING, {"year": year, "seq": seq}).scalar()
        if inside is None:
            break
        seq = inside + 1
    if seq != bump:
        counter = session.get(DocumentCounter, year)
        if counter is not None:
            counter.last_seq = seq
            session.flush()
    return seq

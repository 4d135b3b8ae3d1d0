"""Import history: list the batches, undo one (archive its businesses) and restore it.

Undo is a soft delete, like archiving one business: the batch's businesses leave the list and the reports and come
back with :func:`restore_batch`. Each is one transaction with an audit row per business and one for the batch.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.imports.model import ImportBatchInfo
from umkm_desk.core.store.models import Business, ImportBatch, Owner, utcnow


def _info(batch: ImportBatch) -> ImportBatchInfo:
    return ImportBatchInfo(
        id=batch.id,
        file_name=batch.file_name,
        sheet=batch.sheet,
        imported_at=batch.imported_at,
        officer_name=batch.officer_name,
        counts={
            "ok": batch.ok_count,
            "peringatan": batch.warning_count,
            "ditolak": batch.rejected_count,
            "dilewati": batch.skipped_count,
        },
        imported=batch.imported,
        undone=batch.undone_at is not None,
    )


def list_batches(ctx: ServiceContext) -> list[ImportBatchInfo]:
    """Every import batch, newest first."""
    with ctx.db.read() as session:
        batches = session.scalars(
            select(ImportBatch).order_by(ImportBatch.imported_at.desc(), ImportBatch.id)
        )
        return [_info(b) for b in batches]


def _batch(session: Session, batch_id: uuid.UUID) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise ServiceError("Riwayat impor ini tidak ditemukan; mungkin basis datanya lain.")
    return batch


@requires("imports.write")
def undo_batch(ctx: ServiceContext, batch_id: uuid.UUID) -> int:
    """Archive the batch's businesses that are still in the list; returns how many were archived."""
    with ctx.db.transaction() as session:
        batch = _batch(session, batch_id)
        if batch.undone_at is not None:
            raise ServiceError(f"Impor {batch.file_name} sudah dibatalkan sebelumnya.")
        now = utcnow()
        businesses = session.scalars(
            select(Business).where(Business.import_batch_id == batch.id, Business.deleted_at.is_(None))
        ).all()
        for business in businesses:
            business.deleted_at = now
            record_audit(session, ctx.actor, "business", business.id, "delete")
        batch.undone_at = now
        record_audit(
            session, ctx.actor, "import_batch", batch.id, "undo", {"archived": (None, len(businesses))}
        )
        return len(businesses)


@dataclass(frozen=True)
class BatchRestored:
    restored: int
    #: restored businesses whose NIK or NIB now also belongs to a business registered while the batch was undone:
    #: they carry an import warning, so the "peringatan impor" filter finds them for a duplicate check
    flagged: int


@requires("imports.write")
def restore_batch(ctx: ServiceContext, batch_id: uuid.UUID) -> BatchRestored:
    """Bring back the businesses the undo archived."""
    with ctx.db.transaction() as session:
        batch = _batch(session, batch_id)
        if batch.undone_at is None:
            raise ServiceError(f"Impor {batch.file_name} tidak sedang dibatalkan.")
        # only what the undo archived: a business archived by hand before the undo stays archived
        businesses = session.scalars(
            select(Business).options(selectinload(Business.owner)).where(
                Business.import_batch_id == batch.id, Business.deleted_at == batch.undone_at
            )
        ).all()
        taken = _identities_taken_meanwhile(session, batch.id, businesses)
        flagged = 0
        for business in businesses:
            business.deleted_at = None
            record_audit(session, ctx.actor, "business", business.id, "restore")
            clash = taken.get(("nik", business.owner.nik)) or taken.get(("nib", business.nib))
            if clash is not None:
                flagged += 1
                note = f"Setelah impor dipulihkan: NIK atau NIB sama dengan UMKM {clash}; periksa data ganda."
                old_warning = business.import_warning
                business.import_warning = f"{old_warning} {note}" if old_warning else note
                record_audit(session, ctx.actor, "business", business.id, "update",
                             {"import_warning": (old_warning, business.import_warning)})
        batch.undone_at = None
        record_audit(
            session, ctx.actor, "import_batch", batch.id, "restore", {"restored": (None, len(businesses))}
        )
        return BatchRestored(restored=len(businesses), flagged=flagged)


def _identities_taken_meanwhile(
    session: Session, batch_id: uuid.UUID, businesses: Sequence[Business]
) -> dict[tuple[str, str | None], str]:
    """NIKs and NIBs of the batch that an active business outside the batch now holds, with that business's name."""
    niks = sorted({b.owner.nik for b in businesses if b.owner.nik})
    nibs = sorted({b.nib for b in businesses if b.nib})
    taken: dict[tuple[str, str | None], str] = {}
    outside = (Business.deleted_at.is_(None), Business.import_batch_id.is_distinct_from(batch_id))
    for start in range(0, max(len(niks), len(nibs)), 500):
        nik_part, nib_part = niks[start:start + 500], nibs[start:start + 500]
        if nik_part:
            rows = session.execute(select(Owner.nik, Business.name).join(Business, Business.owner_id == Owner.id)
                                   .where(Owner.nik.in_(nik_part), *outside))
            taken.update({("nik", nik): name for nik, name in rows})
        if nib_part:
            rows = session.execute(select(Business.nib, Business.name).where(Business.nib.in_(nib_part), *outside))
            taken.update({("nib", nib): name for nib, name in rows})
    return taken

"""Import history: list the batches, undo one (archive its businesses) and restore it.

Undo is a soft delete, like archiving one business: the batch's businesses leave the list and the reports and come
back with :func:`restore_batch`. Each is one transaction with an audit row per business and one for the batch.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.imports.model import ImportBatchInfo
from umkm_desk.core.store.models import Business, ImportBatch, utcnow


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


@requires("imports.write")
def restore_batch(ctx: ServiceContext, batch_id: uuid.UUID) -> int:
    """Bring back the businesses the undo archived; returns how many came back."""
    with ctx.db.transaction() as session:
        batch = _batch(session, batch_id)
        if batch.undone_at is None:
            raise ServiceError(f"Impor {batch.file_name} tidak sedang dibatalkan.")
        # only what the undo archived: a business archived by hand before the undo stays archived
        businesses = session.scalars(
            select(Business).where(
                Business.import_batch_id == batch.id, Business.deleted_at == batch.undone_at
            )
        ).all()
        for business in businesses:
            business.deleted_at = None
            record_audit(session, ctx.actor, "business", business.id, "restore")
        batch.undone_at = None
        record_audit(
            session, ctx.actor, "import_batch", batch.id, "restore", {"restored": (None, len(businesses))}
        )
        return len(businesses)

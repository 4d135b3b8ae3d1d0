"""Import history: list the batches, undo one (archive its businesses) and restore it."""

from __future__ import annotations

import uuid

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.imports.model import ImportBatchInfo


def list_batches(ctx: ServiceContext) -> list[ImportBatchInfo]:
    raise NotImplementedError


def undo_batch(ctx: ServiceContext, batch_id: uuid.UUID) -> int:
    raise NotImplementedError


def restore_batch(ctx: ServiceContext, batch_id: uuid.UUID) -> int:
    raise NotImplementedError

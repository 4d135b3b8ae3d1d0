"""Write the ok and peringatan rows of a checked table in one transaction, as one import batch."""

from __future__ import annotations

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.imports.model import CancelFn, ImportResult, Mapping, ProgressFn, SheetTable


def commit_import(
    ctx: ServiceContext,
    table: SheetTable,
    mapping: Mapping,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportResult:
    raise NotImplementedError

"""The dry run: every row below the header gets a status and an Indonesian message naming the cell."""

from __future__ import annotations

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.imports.model import CancelFn, DryRun, Mapping, ProgressFn, SheetTable


def dry_run(
    ctx: ServiceContext,
    table: SheetTable,
    mapping: Mapping,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DryRun:
    raise NotImplementedError

"""Importing businesses from the office's spreadsheets (.xlsx, .csv): read, map columns, dry run, commit as one
batch, undo; the same engine serves the wizard and the ``import`` command."""

from umkm_desk.core.services.imports.batches import BatchRestored, list_batches, restore_batch, undo_batch
from umkm_desk.core.services.imports.checks import dry_run
from umkm_desk.core.services.imports.commit import commit_import
from umkm_desk.core.services.imports.mapping import (
    check_mapping,
    header_signature,
    mapping_for,
    remember_mapping,
    suggest_mapping,
)
from umkm_desk.core.services.imports.model import (
    FIELDS,
    IGNORE,
    STATUSES,
    CancelFn,
    DryRun,
    ImportBatchInfo,
    ImportCancelled,
    ImportField,
    ImportRefused,
    ImportResult,
    Mapping,
    ProgressFn,
    RowResult,
    SheetTable,
    Status,
)
from umkm_desk.core.services.imports.reading import open_table
from umkm_desk.core.services.imports.report import write_report_csv, write_report_xlsx
from umkm_desk.core.services.imports.template import write_template

__all__ = [
    "FIELDS",
    "IGNORE",
    "STATUSES",
    "CancelFn",
    "DryRun",
    "BatchRestored",
    "ImportBatchInfo",
    "ImportCancelled",
    "ImportField",
    "ImportRefused",
    "ImportResult",
    "Mapping",
    "ProgressFn",
    "RowResult",
    "SheetTable",
    "Status",
    "check_mapping",
    "commit_import",
    "dry_run",
    "header_signature",
    "list_batches",
    "mapping_for",
    "open_table",
    "remember_mapping",
    "restore_batch",
    "suggest_mapping",
    "undo_batch",
    "write_report_csv",
    "write_report_xlsx",
    "write_template",
]

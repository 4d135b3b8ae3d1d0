"""``umkm-desk import --db DB FILE [--sheet NAME] [--dry-run] [--report REPORT.csv]``: the import wizard's engine
without the window.

Prints one summary line of counts per status. ``--report`` writes the per-row report as CSV (UTF-8 with BOM:
baris, status, pesan and the original cells), also on a dry run; an existing report is never overwritten.
Exit codes: 0 the file was read (even when rows were rejected), 1 the database failed, 2 the file cannot be read
or imported as it is (with an Indonesian line saying why).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from umkm_desk.commands._database import existing_target
from umkm_desk.commands._login import COMMAND_LINE
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError

EXIT_UNREADABLE = 2


def _err(message: str) -> None:
    print(f"umkm-desk import: {message}", file=sys.stderr)


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[status]} {status}" for status in ("ok", "peringatan", "ditolak", "dilewati"))


def cmd_import(args: argparse.Namespace) -> int:
    from umkm_desk.core.services import imports

    report = Path(args.report).expanduser() if args.report else None
    if report is not None:
        if os.path.lexists(report):
            _err(f"laporan {report} sudah ada; tidak ditimpa. Pilih nama lain.")
            return EXIT_UNREADABLE
        if not report.parent.is_dir():
            _err(f"folder {report.parent} tidak ada; buat folder itu dulu atau periksa lagi --report.")
            return EXIT_UNREADABLE
    if existing_target(args.db, "import") is None:
        return 1
    try:
        table = imports.open_table(Path(args.file).expanduser(), sheet=args.sheet)
    except imports.ImportRefused as exc:
        _err(exc.message)
        return EXIT_UNREADABLE
    try:
        db = open_database(args.db)
    except StoreError as exc:
        _err(exc.message)
        return 1
    try:
        ctx = ServiceContext(db, getattr(args, "actor", COMMAND_LINE))
        mapping = imports.mapping_for(ctx, table.headers)
        problems = imports.check_mapping(mapping)
        if problems:
            _err(
                f"kolom {table.file_name} (lembar {table.sheet}) tidak dapat dipetakan: {' '.join(problems)}"
            )
            return EXIT_UNREADABLE
        for notice in table.notices:
            print(f"Catatan: {notice}")
        try:
            if args.dry_run:
                dry = imports.dry_run(ctx, table, mapping)
                if report is not None:
                    imports.write_report_csv(dry, report)
                print(f"Uji coba {table.file_name} (lembar {table.sheet}): {_summary(dry.counts)}; "
                      "tidak ada yang disimpan.")  # fmt: skip
                return 0
            result = imports.commit_import(
                ctx, table, mapping
            )  # checks every row once, inside its transaction
        except imports.ImportRefused as exc:
            _err(exc.message)
            return EXIT_UNREADABLE
        if report is not None:
            imports.write_report_csv(imports.DryRun(table, mapping, result.rows, result.counts), report)
        saved = f"{result.imported} UMKM disimpan (impor {str(result.batch_id)[:8]})" if result.batch_id else (
            "tidak ada UMKM baru yang disimpan")  # fmt: skip
        print(f"Impor {table.file_name} (lembar {table.sheet}): {_summary(result.counts)}; {saved}.")
        return 0
    finally:
        db.dispose()

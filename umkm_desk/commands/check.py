"""``umkm-desk check``: migration status, integrity, foreign keys and row counts, without changing anything.

A SQLite file is opened read-only (SQLite ``mode=ro``): no WAL switch, no migration, no reference data; its
bytes are the same afterwards. Exit codes: 0 healthy, 1 a problem was found (behind head, integrity,
foreign keys), 2 cannot be opened or is not a UMKM Desk database.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from umkm_desk.commands._database import existing_target
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.engine import StoreError
from umkm_desk.core.store.faults import reason

SQLITE_HEADER = b"SQLite format 3\x00"


def _fail(message: str) -> int:
    print(f"umkm-desk check: {message}", file=sys.stderr)
    return 2


def cmd_check(args: argparse.Namespace) -> int:
    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.health import format_report, inspect_database

    target = existing_target(args.db, "check")
    if target is None:
        return 2
    if target.is_sqlite and target.path is not None:
        from umkm_desk.core.store.readonly import open_read_only, read_state_read_only

        path = target.path
        try:
            with open(path, "rb") as fh:
                header = fh.read(16)
            if header and header != SQLITE_HEADER:
                return _fail(f"{path} bukan basis data UMKM Desk (bukan berkas SQLite).")
            state = read_state_read_only(path) if header else None
        except (OSError, sqlite3.Error) as exc:
            return _fail(f"basis data tidak dapat dibaca. {reason(exc, str(path))}")
        if state is not None and state.revision is None and state.tables:
            return _fail(f"{path} bukan basis data UMKM Desk (berkas SQLite program lain); berkas tidak diubah.")
        database: Database = open_read_only(target)
    else:
        try:
            database = open_database(args.db, upgrade=False)  # a database behind head is reported, not changed
        except StoreError as exc:
            return _fail(exc.message)
    try:
        report = inspect_database(database)
    except Exception as exc:
        return _fail(f"basis data tidak dapat dibaca. {reason(exc, target.display)}")
    finally:
        database.engine.dispose()
    print(format_report(report))
    return 0 if report.ok else 1

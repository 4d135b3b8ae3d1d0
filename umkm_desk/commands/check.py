"""``umkm-desk check``: migration status, integrity, foreign keys and row counts, without changing anything.

Exit codes: 0 healthy, 1 a problem was found (behind head, integrity, foreign keys), 2 cannot be opened.
"""

from __future__ import annotations

import argparse
import sys

from umkm_desk.core.store.engine import StoreError, resolve_target
from umkm_desk.core.store.faults import reason


def cmd_check(args: argparse.Namespace) -> int:
    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.health import format_report, inspect_database

    try:
        target = resolve_target(args.db)
    except Exception as exc:  # an unparsable URL
        print(f"umkm-desk check: --db tidak dapat dipahami: {exc}", file=sys.stderr)
        return 2
    if target.is_sqlite and target.path is not None and not target.path.exists():
        print(f"umkm-desk check: basis data {target.path} tidak ditemukan.", file=sys.stderr)
        return 2
    try:
        database = open_database(args.db, upgrade=False)  # a database behind head is reported, not changed
    except StoreError as exc:
        print(f"umkm-desk check: {exc.message}", file=sys.stderr)
        return 2
    try:
        report = inspect_database(database)
    except Exception as exc:
        print(f"umkm-desk check: basis data tidak dapat dibaca. {reason(exc, target.display)}", file=sys.stderr)
        return 2
    finally:
        database.dispose()
    print(format_report(report))
    return 0 if report.ok else 1

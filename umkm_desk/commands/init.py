"""``umkm-desk init --db PATH``: a new, empty database at the newest schema, with the region reference data
(what the GUI's first start makes). An existing file, or a server database that already has tables, is
refused and left as it is. Exit codes: 0 created, 1 it could not be created, 2 refused.
"""

from __future__ import annotations

import argparse
import os
import sys


def _fail(message: str, code: int) -> int:
    print(f"umkm-desk init: {message}", file=sys.stderr)
    return code


def cmd_init(args: argparse.Namespace) -> int:
    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.engine import StoreError, resolve_target
    from umkm_desk.core.store.faults import reason
    from umkm_desk.core.store.migrate import head_revision, migration_engine, read_state

    try:
        target = resolve_target(args.db)
    except Exception as exc:  # an unparsable URL
        return _fail(f"--db tidak dapat dipahami: {exc}", 2)
    if target.is_sqlite and target.path is not None:
        if os.path.lexists(target.path):
            return _fail(f"{target.path} sudah ada; init hanya membuat basis data baru dan tidak mengubah "
                         "berkas yang ada. Pilih nama berkas lain.", 2)
    elif not target.is_sqlite:
        engine = migration_engine(target)
        try:
            with engine.connect() as connection:
                state = read_state(connection)
        except Exception as exc:
            return _fail(f"server basis data tidak dapat dibuka. {reason(exc, target.display)}", 1)
        finally:
            engine.dispose()
        if not state.is_empty:
            return _fail(f"basis data {target.display} sudah berisi tabel; init tidak mengubahnya.", 2)
    try:
        database = open_database(args.db)
    except StoreError as exc:
        return _fail(exc.message, 1)
    database.dispose()
    print(f"Basis data baru dibuat (skema {head_revision()}): {target.display}")
    return 0

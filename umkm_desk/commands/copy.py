"""``umkm-desk copy --from SRC --to DEST``: move a whole database (a PC's SQLite file onto the office PostgreSQL
server, or back) with every id, the audit trail, the register counters and the settings; see
``core.store.transfer``. Prints one line per table (rows, checksum) once the copy is verified.

Exit codes: 0 copied and verified, 1 the copy failed (the destination holds no data; run it again), 2 refused
(a destination with data or from a newer version, a source that is not at this version's schema).
"""

from __future__ import annotations

import argparse
import sys


def _fail(message: str, code: int) -> int:
    print(f"umkm-desk copy: {message}", file=sys.stderr)
    return code


def cmd_copy(args: argparse.Namespace) -> int:
    from umkm_desk import logs
    from umkm_desk.core.store.engine import StoreError, resolve_target
    from umkm_desk.core.store.faults import reason
    from umkm_desk.core.store.transfer import CopyRefused, check_destination, copy_database

    try:
        source, dest = resolve_target(args.source), resolve_target(args.dest)
    except Exception as exc:  # an unparsable URL
        return _fail(f"--from/--to tidak dapat dipahami: {exc}", 2)
    try:
        check_destination(dest)
    except StoreError as exc:
        return _fail(exc.message, 2)
    except Exception as exc:
        logs.log_exception(exc, "umkm-desk copy: tujuan tidak dapat diperiksa")
        return _fail(f"tujuan tidak dapat dibuka. {reason(exc, dest.display)}", 1)

    def progress(done: int, total: int, table: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} baris ({table})".replace(",", "."), end="", file=sys.stderr)

    try:
        report = copy_database(args.source, args.dest, progress=progress)
    except CopyRefused as exc:
        return _fail(exc.message, 2)
    except StoreError as exc:
        return _fail(exc.message, 1)
    except Exception as exc:
        logs.log_exception(exc, "umkm-desk copy gagal")
        return _fail(f"pemindahan gagal dan dibatalkan; tujuan tidak berisi data, jalankan lagi setelah "
                     f"masalahnya teratasi. {reason(exc, dest.display)}", 1)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for table in report.tables:
        print(f"{table.table}: {table.rows} baris, checksum {table.checksum}")
    print(f"Selesai: {report.rows} baris dari {source.display} ke {dest.display}, "
          "jumlah dan checksum setiap tabel sama.")
    return 0

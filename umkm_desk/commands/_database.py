"""What the headless commands share about ``--db``: only demo and init may create a database."""

from __future__ import annotations

import sys

from umkm_desk.core.store.engine import DatabaseTarget, resolve_target


def existing_target(db: str | None, command: str) -> DatabaseTarget | None:
    """The target of ``--db`` when it exists (a server is taken as existing); else print why and return None.

    A mistyped path must not become a new, empty database (and folders) that a command then reports on."""
    try:
        target = resolve_target(db)
    except Exception as exc:  # an unparsable URL
        print(f"umkm-desk {command}: --db tidak dapat dipahami: {exc}", file=sys.stderr)
        return None
    if target.is_sqlite and target.path is not None and not target.path.is_file():
        what = "adalah folder, bukan berkas basis data" if target.path.is_dir() else "tidak ditemukan"
        print(f"umkm-desk {command}: basis data {target.path} {what}. Periksa --db, atau buat basis data "
              f"baru dengan `umkm-desk init --db {target.path}`.", file=sys.stderr)
        return None
    return target

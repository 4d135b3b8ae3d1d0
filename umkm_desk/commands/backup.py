"""``umkm-desk backup --db SRC DEST``: a consistent copy through SQLite's online backup API.

Safe while the app runs (see ``core.store.backup``). PostgreSQL is backed up with pg_dump, not here.
An existing DEST is replaced only with ``--force`` (and never when it is not a SQLite file); a missing
folder is not created: a mistyped path should not grow folders up to the root.
Exit codes: 0 written, 1 the copy failed, 2 the request cannot be done (PostgreSQL, missing source, DEST is
the source or an unrelated file, DEST exists without --force, DEST's folder is missing).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from umkm_desk.core.store.engine import StoreError, resolve_target

SQLITE_HEADER = b"SQLite format 3\x00"


def _fail(message: str, code: int) -> int:
    print(f"umkm-desk backup: {message}", file=sys.stderr)
    return code


def _header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(16)


def cmd_backup(args: argparse.Namespace) -> int:
    from umkm_desk.core.store.backup import online_backup

    try:
        target = resolve_target(args.db)
    except Exception as exc:
        return _fail(f"--db tidak dapat dipahami: {exc}", 2)
    if not target.is_sqlite or target.path is None:
        return _fail(
            f"perintah ini hanya untuk basis data SQLite; {target.display} adalah server "
            "PostgreSQL — cadangkan dengan pg_dump (mis. `pg_dump -Fc -f umkm.dump NAMA_DB`).",
            2,
        )
    source = target.path
    if not source.is_file():
        return _fail(f"basis data {source} tidak ditemukan.", 2)
    try:
        if _header(source) != SQLITE_HEADER:
            return _fail(f"{source} bukan berkas basis data SQLite.", 2)
        dest = Path(args.dest).expanduser()
        if dest.is_dir():
            dest = dest / f"{source.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.sqlite"
        dest = dest.resolve()
        if dest == source or (dest.exists() and dest.samefile(source)):
            return _fail("tujuan sama dengan basis data sumber; pilih berkas lain.", 2)
        if dest.exists() and dest.stat().st_size > 0 and _header(dest) != SQLITE_HEADER:
            return _fail(f"{dest} sudah ada dan bukan berkas SQLite; tidak ditimpa.", 2)
        if dest.exists() and not getattr(args, "force", False):
            return _fail(f"{dest} sudah ada; tidak ditimpa. Pilih nama lain, atau tambahkan --force untuk "
                         "menggantinya dengan cadangan baru.", 2)
        if not dest.parent.is_dir():
            return _fail(f"folder {dest.parent} tidak ada; buat folder itu dulu atau periksa lagi tujuannya.", 2)
    except OSError as exc:
        return _fail(f"berkas tidak dapat dibaca: {exc.strerror or exc}.", 2)
    try:
        written = online_backup(source, dest)
    except StoreError as exc:
        return _fail(exc.message, 1)
    print(f"Cadangan tersimpan (integrity_check: ok): {written}")
    return 0

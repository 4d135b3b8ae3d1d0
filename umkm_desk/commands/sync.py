"""``umkm-desk sync export --db DB --to PACKAGE [--for PC_NAME]`` and ``umkm-desk sync import --db DB PACKAGE``:
field-laptop packages headless, for a nightly task.

Exit codes: 0 written, applied, or applied before (said so); 1 refused or failed (one Indonesian line says why);
2 a bad argument.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from umkm_desk.commands._database import existing_target
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError


def _err(action: str, message: str) -> int:
    print(f"umkm-desk sync {action}: {message}".replace("\n", " "), file=sys.stderr)
    return 1


def _context(args: argparse.Namespace, action: str) -> ServiceContext | None:
    if existing_target(args.db, f"sync {action}") is None:
        return None
    try:
        db = open_database(args.db)
    except StoreError as exc:
        _err(action, exc.message)
        return None
    return ServiceContext(db, Actor(None, "Baris perintah"))


def _export(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.sync.export import export_package, resend_package
    from umkm_desk.core.services.sync.package_file import SUFFIX, save_package

    out = Path(args.to).expanduser()
    if out.suffix.lower() != SUFFIX:
        out = out / f"paket{SUFFIX}" if out.is_dir() else out.with_name(out.name + SUFFIX)
    ctx = _context(args, "export")
    if ctx is None:
        return 1
    try:
        if args.resend is not None:
            seq, data = resend_package(ctx, args.for_pc, args.resend)
            save_package(out, data, replace=args.force)
            print(f"Paket nomor {seq} dibuat ulang: {out}")
            return 0
        result = export_package(ctx, args.for_pc, lambda data: save_package(out, data, replace=args.force),
                                setup=args.setup, kecamatan_code=args.kecamatan, block_size=args.block)
    except ServiceError as exc:
        return _err("export", exc.message)
    finally:
        ctx.db.dispose()
    block = (f"; nomor surat {result.block.first}–{result.block.last} tahun {result.block.year} dicadangkan untuk "
             f"{result.destination}") if result.block else ""
    print(f"Paket nomor {result.seq} untuk {result.destination} tersimpan: {out} ({result.total} baris){block}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.sync.apply import STATUS_ALREADY, apply_package
    from umkm_desk.core.services.sync.package_file import load_package

    ctx = _context(args, "import")
    if ctx is None:
        return 1
    try:
        result = apply_package(ctx, load_package(Path(args.package).expanduser()))
    except ServiceError as exc:
        return _err("import", exc.message)
    finally:
        ctx.db.dispose()
    if result.status == STATUS_ALREADY:
        print(f"Paket nomor {result.seq} dari {result.source} sudah diterapkan sebelumnya; tidak ada yang berubah.")
        return 0
    rows = sum(result.applied.values())
    extra = ""
    if result.conflicts or result.merges:
        extra = (f"; {result.conflicts} konflik dan {result.merges} tawaran penggabungan UMKM menunggu keputusan "
                 "petugas (Berkas → Sinkronisasi → Konflik)")
    elif result.deferred:
        extra = f"; {result.deferred} data yang juga diubah di sini menunggu keputusan kantor"
    print(f"Paket nomor {result.seq} dari {result.source} diterapkan: {rows} baris{extra}.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    if args.sync_action == "export":
        return _export(args)
    return _import(args)

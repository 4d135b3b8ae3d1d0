"""``umkm-desk print KIND --out DIR (--business ... | --all)``: issue through the register, one PDF each."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError


def safe_filename(text: str) -> str:
    """A register number like 500.3/001/Disperindagkop/XI/2026 as a file name that works on Windows too."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "dokumen"


def cmd_print(args: argparse.Namespace) -> int:
    from umkm_desk.core.services import documents

    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Folder tujuan {out} tidak dapat dibuat: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        db = open_database(args.db)
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    try:
        ctx = ServiceContext(db, Actor(None, "Baris perintah"))
        try:
            ids = documents.eligible_business_ids(ctx, args.kind) if args.all else documents.find_businesses(
                ctx, args.business
            )
        except ServiceError as exc:
            print(exc.message, file=sys.stderr)
            return 1
        if not ids:
            print("Tidak ada UMKM yang memenuhi syarat untuk jenis dokumen ini.")
            return 0
        started = time.perf_counter()
        try:
            results = documents.issue_batch(ctx, args.kind, ids)
        except ServiceError as exc:  # e.g. no signatory set yet: nothing was issued
            print(exc.message, file=sys.stderr)
            return 1
        written = failed = 0
        for item in results:
            if item.ok and item.pdf is not None and item.entry is not None:
                path = out / f"{safe_filename(item.entry.number)}.pdf"
                path.write_bytes(item.pdf)
                print(f"{item.entry.number}\t{item.entry.business_name}\t{path}")
                written += 1
            else:
                print(f"GAGAL\t{item.business_name or item.business_id}\t{item.message}", file=sys.stderr)
                failed += 1
        elapsed = time.perf_counter() - started
        print(f"{written} dokumen ditulis ke {out} dalam {elapsed:.1f} detik; {failed} gagal.")
        return 0 if failed == 0 else 3
    except Exception:
        if not db.damaged:
            raise
        # Found damaged while reading or numbering: nothing more is written; one line says what to do.
        print(db.damage_error().message, file=sys.stderr)
        return 1
    finally:
        db.dispose()

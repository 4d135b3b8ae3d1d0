"""``umkm-desk print KIND --out DIR (--business ... | --all)``: issue through the register, one PDF each.

With ``--all`` a business that already has this document this month gets no second one: its PDF is
written from the register when the folder lacks it (see ``core.services.document_batch``).
Exit codes: 0 done, 1 nothing could be done or the batch stopped (numbers without a file are named),
3 some businesses could not get a document.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from umkm_desk import logs
from umkm_desk.commands._database import existing_target
from umkm_desk.commands._login import COMMAND_LINE
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError


def _err(message: str) -> None:
    print(f"umkm-desk print: {message}", file=sys.stderr)


def cmd_print(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.register import document_batch, documents

    if existing_target(args.db, "print") is None:
        return 1
    out = Path(args.out).expanduser()
    try:
        db = open_database(args.db)
    except StoreError as exc:
        _err(exc.message)
        return 1
    try:
        ctx = ServiceContext(db, getattr(args, "actor", COMMAND_LINE))
        started = time.perf_counter()
        try:
            ids = None if args.all else documents.find_businesses(ctx, args.business)
            report = document_batch.print_documents(ctx, args.kind, out, business_ids=ids)
        except ServiceError as exc:  # bad name, no signatory, unusable folder: nothing was issued
            _err(exc.message)
            return 1
        if report.folder_created:
            print(f"Folder {out} dibuat.")
        for item in report.written:
            print(f"{item.number}\t{item.business_name}\t{item.path}")
        for failed in report.failures:
            print(f"GAGAL\t{failed.business_name or failed.business_id}\t{failed.message}", file=sys.stderr)
        if not report.written and not report.present and not report.failures and not report.unwritten:
            print("Tidak ada UMKM yang memenuhi syarat untuk jenis dokumen ini.")
            return 0
        elapsed = time.perf_counter() - started
        print(f"{report.summary()}; {len(report.failures)} gagal ({out}, {elapsed:.1f} detik).")
        if report.stopped:
            _err(f"berhenti: {report.stopped}")
        if report.unwritten:
            _err(report.unwritten_text())
        if report.stopped or report.unwritten:
            return 1
        return 0 if not report.failures else 3
    except Exception as exc:
        if not db.damaged:
            raise
        logs.log_exception(exc, "umkm-desk print")
        # Found damaged while reading or numbering: nothing more is written; one line says what to do.
        print(db.damage_error().message, file=sys.stderr)
        return 1
    finally:
        db.dispose()

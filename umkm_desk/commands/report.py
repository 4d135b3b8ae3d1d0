"""``umkm-desk report KIND --year Y [--month M | --quarter Q | --semester S] --out FILE.pdf|FILE.xlsx`` and
``umkm-desk export LIST --out FILE.xlsx|FILE.csv``: the Laporan page's reports and the pages' exports, headless,
through the same services.

Both only read: a SQLite file is opened read-only (``mode=ro``), so neither can change it — except on a
database with accounts, where the login and the export leave their audit rows. The file is written
atomically and an existing one is replaced only with ``--force``. Exit codes: 0 written, 1 the database or the
file could not be used (one Indonesian line says why), 2 a bad argument.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from umkm_desk.commands._database import existing_target
from umkm_desk.commands._login import COMMAND_LINE
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.engine import StoreError

EXIT_USAGE = 2
_REPORT_FORMATS = ("pdf", "xlsx")


class _Usage(Exception):
    """A bad argument: said in Indonesian, exit code 2."""


def _err(command: str, message: str) -> None:
    print(f"umkm-desk {command}: {message}".replace("\n", " "), file=sys.stderr)


def _open(args: argparse.Namespace, command: str) -> Database | None:
    """The database, read-only for a SQLite file; None (after saying why) when it cannot be used."""
    target = existing_target(args.db, command)
    if target is None:
        return None
    # with accounts the run leaves audit rows (the export, NIKs whole or masked): opened for writing then
    if target.is_sqlite and target.path is not None and not getattr(args, "accounts", False):
        from umkm_desk.core.store.readonly import open_read_only, read_state_read_only
        from umkm_desk.core.store.schema_head import sqlite_at_head

        try:
            state = read_state_read_only(target.path)
        except Exception:  # noqa: BLE001 - any unreadable file gets the same answer
            _err(command, f"{target.path} tidak dapat dibaca sebagai basis data UMKM Desk.")
            return None
        if state.revision is None:
            _err(command, f"{target.path} bukan basis data UMKM Desk.")
            return None
        if not sqlite_at_head(target.path):
            _err(command, f"basis data {target.path} dibuat oleh versi UMKM Desk yang lain. Buka sekali dengan "
                          f"aplikasi (`umkm-desk --db {target.path}`) agar diperbarui, lalu ulangi.")
            return None
        return open_read_only(target)
    try:
        return open_database(args.db, upgrade=False)
    except StoreError as exc:
        _err(command, exc.message)
        return None


def _close(db: Database) -> None:
    db.engine.dispose()  # not Database.dispose: its PRAGMA optimize would write


def _run(args: argparse.Namespace, command: str, work: Callable[[ServiceContext], str]) -> int:
    db = _open(args, command)
    if db is None:
        return 1
    try:
        started = time.perf_counter()
        try:
            done = work(ServiceContext(db, getattr(args, "actor", COMMAND_LINE)))
        except _Usage as exc:
            _err(command, str(exc))
            return EXIT_USAGE
        except (ServiceError, RuleError) as exc:
            _err(command, exc.message)
            return EXIT_USAGE if exc.field not in (None, "out") else 1
        seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
        print(f"{done} ({seconds} detik).")
        return 0
    finally:
        _close(db)


# --- arguments naming things --------------------------------------------------------------------------------


def _kecamatan(value: str | None) -> str | None:
    if not value:
        return None
    from umkm_desk.core.rules.wilayah import match_kecamatan

    try:
        return match_kecamatan(value)
    except RuleError as exc:
        raise _Usage(f"--kecamatan: {exc.message}") from None


def _sector(value: str | None) -> str | None:
    if not value:
        return None
    from umkm_desk.core.labels import SECTORS

    wanted = value.strip().lower()
    for code, name in SECTORS.items():
        if wanted in (code, name.lower()):
            return code
    raise _Usage(f"--sector: sektor {value!r} tidak dikenal; pilih salah satu: {', '.join(SECTORS)}.")


def _named(ctx: ServiceContext, value: str | None, what: str, option: str, model: Any) -> uuid.UUID | None:
    """A partner or officer given by name (exact, or the only one containing it) or by id."""
    if not value:
        return None
    from sqlalchemy import select

    wanted = value.strip().lower()
    with ctx.db.read() as session:
        rows = [(row_id, name) for row_id, name in session.execute(
            select(model.id, model.name).where(model.deleted_at.is_(None)))]  # fmt: skip
    exact = [row_id for row_id, name in rows if name.lower() == wanted or str(row_id) == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = [(row_id, name) for row_id, name in rows if wanted in name.lower()]
    if len(partial) == 1:
        return partial[0][0]
    if not partial:
        raise _Usage(f"{option}: {what} {value!r} tidak ditemukan.")
    names = ", ".join(sorted(name for _, name in partial)[:5])
    raise _Usage(f"{option}: {value!r} cocok dengan lebih dari satu {what} ({names}); tulis lebih lengkap.")


# --- report -------------------------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.reports.output_file import check_output
    from umkm_desk.core.services.reports.period import ReportPeriod
    from umkm_desk.core.services.reports.periodic import write_report
    from umkm_desk.core.services.reports.report_filter import ReportFilter
    from umkm_desk.core.store.models import Officer, Partner

    out = Path(args.out).expanduser()
    try:
        check_output(out, _REPORT_FORMATS, replace=args.force)
        if args.month is not None:
            period = ReportPeriod.month(args.year, args.month)
        elif args.quarter is not None:
            period = ReportPeriod.quarter(args.year, args.quarter)
        elif args.semester is not None:
            period = ReportPeriod.semester(args.year, args.semester)
        else:
            period = ReportPeriod.year(args.year)
        kecamatan = _kecamatan(args.kecamatan)
        sector = _sector(args.sector)
    except ServiceError as exc:
        _err("report", exc.message + (" Tambahkan --force untuk menggantinya." if "sudah ada" in exc.message
                                      else ""))
        return 1 if exc.field == "out" else EXIT_USAGE
    except _Usage as exc:
        _err("report", str(exc))
        return EXIT_USAGE

    def work(ctx: ServiceContext) -> str:
        flt = ReportFilter(period, kecamatan_code=kecamatan, sector=sector,
                           partner_id=_named(ctx, args.partner, "mitra", "--partner", Partner),
                           officer_id=_named(ctx, args.officer, "petugas", "--officer", Officer))
        written = write_report(ctx, args.kind, flt, out, replace=args.force)
        return f"{written.title} ditulis ke {out}"

    return _run(args, "report", work)


# --- export -------------------------------------------------------------------------------------------------

#: which narrowing options each list takes
_OPTIONS: dict[str, set[str]] = {
    "umkm": {"search", "kecamatan", "sector", "scale", "partner", "archived", "sort", "desc"},
    "sidt": {"search", "kecamatan", "sector", "scale", "partner", "archived", "sort", "desc"},
    "pendampingan": {"search", "kecamatan", "partner", "officer", "year", "overdue"},
    "mitra": {"search", "archived"},
    "register": {"search", "year"},
}
_DEFAULTS = {"search": "", "archived": False, "sort": "name", "desc": False, "overdue": False}


def cmd_export(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.reports.list_export import EXPORT_FORMATS

    out = Path(args.out).expanduser()
    given = [name for name in ("search", "kecamatan", "sector", "scale", "partner", "officer", "year", "archived",
                               "sort", "desc", "overdue")
             if getattr(args, name) not in (None, _DEFAULTS.get(name))]
    wrong = [name for name in given if name not in _OPTIONS[args.kind]]
    if wrong:
        options = ", ".join(f"--{name}" for name in wrong)
        _err("export", f"{options} tidak berlaku untuk daftar {args.kind}.")
        return EXIT_USAGE
    try:
        from umkm_desk.core.services.reports.output_file import check_output

        check_output(out, EXPORT_FORMATS, replace=args.force)
        kecamatan = _kecamatan(args.kecamatan)
        sector = _sector(args.sector)
    except ServiceError as exc:
        _err("export", exc.message + (" Tambahkan --force untuk menggantinya." if "sudah ada" in exc.message
                                      else ""))
        return 1 if exc.field == "out" else EXIT_USAGE
    except _Usage as exc:
        _err("export", str(exc))
        return EXIT_USAGE

    def work(ctx: ServiceContext) -> str:
        from umkm_desk.core.services.cases.case_board import BoardFilter
        from umkm_desk.core.services.registry.business_query import BusinessFilter
        from umkm_desk.core.services.reports import list_export
        from umkm_desk.core.services.reports.sidt import write_sidt
        from umkm_desk.core.store.models import Officer, Partner

        partner = _named(ctx, args.partner, "mitra", "--partner", Partner)
        officer = _named(ctx, args.officer, "petugas", "--officer", Officer)
        business = BusinessFilter(search=args.search, kecamatan_code=kecamatan, sector=sector, scale=args.scale,
                                  partner_id=partner, archived=args.archived)
        if args.kind == "sidt":
            result = write_sidt(ctx, out, flt=business, sort=args.sort, descending=args.desc, replace=args.force)
            note = f"; keterangan kolom kosong di {result.note_path}" if result.note_path else ""
            return f"{_count(result.rows)} UMKM ditulis ke {out}{note}"
        if args.kind == "umkm":
            rows = list_export.umkm_rows(ctx, business, sort=args.sort, descending=args.desc)
        elif args.kind == "pendampingan":
            board = BoardFilter(partner_id=partner, officer_id=officer, kecamatan_code=kecamatan, year=args.year,
                                search=args.search, overdue_only=args.overdue)
            rows = list_export.pendampingan_rows(ctx, board)
        elif args.kind == "mitra":
            rows = list_export.mitra_rows(ctx, search=args.search, include_archived=args.archived)
        else:
            rows = list_export.register_rows(ctx, search=args.search or None, year=args.year)
        result = list_export.export_list_audited(ctx, args.kind, out, rows, replace=args.force)
        return f"{_count(result.rows)} baris ditulis ke {out}"

    return _run(args, "export", work)


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")

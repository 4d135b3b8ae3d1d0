"""``umkm-desk demo --db ... [--businesses N] [--seed S]``: fill an empty database with Kota Serang demo data."""

from __future__ import annotations

import argparse
import sys
import time

TABLE_LABELS = {
    "officer": "Petugas",
    "partner": "Mitra",
    "agreement": "Perjanjian (MoU/PKS)",
    "placement": "Penempatan KKM/KKN",
    "placement_area": "Kelurahan penempatan",
    "owner": "Pemilik usaha",
    "business": "UMKM",
    "assist_case": "Kasus pendampingan",
    "stage": "Tahap pendampingan",
    "case_event": "Riwayat perubahan",
    "activity": "Kegiatan",
    "capital_support": "Dukungan modal",
    "repayment": "Angsuran qardhul hasan",
    "outcome": "Pengukuran hasil",
    "work_plan": "Rencana kerja mitra",
    "audit_entry": "Catatan audit",
}


DEMO_PASSWORD_ENV = "UMKM_DESK_DEMO_PASSWORD"


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _seconds(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def cmd_demo(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.context import ServiceError
    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.engine import StoreError
    from umkm_desk.demo.generator import fill_demo

    started = time.perf_counter()
    if args.businesses < 1:
        print("umkm-desk demo: jumlah UMKM (--businesses) minimal 1.", file=sys.stderr)
        return 1
    import os

    from umkm_desk.core.services.accounts.passwords import check_new_password
    from umkm_desk.demo.accounts import DEMO_ACCOUNTS, create_demo_accounts

    with_accounts = not getattr(args, "accounts", False)  # a database that has accounts keeps its own
    demo_password = os.environ.get(DEMO_PASSWORD_ENV) or None
    if with_accounts and demo_password is not None:
        try:
            for username, _name, _role in DEMO_ACCOUNTS:
                check_new_password(demo_password, username=username)
        except ServiceError as exc:
            print(f"umkm-desk demo: {DEMO_PASSWORD_ENV}: {exc.message}", file=sys.stderr)
            return 1
    try:
        db = open_database(args.db)
    except StoreError as exc:
        print(f"umkm-desk demo: {exc.message}", file=sys.stderr)
        return 1
    interactive = sys.stderr.isatty()

    def progress(message: str, fraction: float) -> None:
        if interactive:
            print(f"\r{fraction:4.0%}  {message:<40}", end="", file=sys.stderr, flush=True)

    try:
        print(f"Mengisi {db.target.display} dengan {_number(args.businesses)} UMKM contoh (seed {args.seed}) ...")
        summary = fill_demo(db, businesses=args.businesses, seed=args.seed, progress=progress,
                            actor=getattr(args, "actor", None))
        made = create_demo_accounts(db, demo_password) if with_accounts else None
    except ServiceError as exc:
        if interactive:
            print(file=sys.stderr)
        print(f"umkm-desk demo: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    if interactive:
        print(file=sys.stderr)
    width = max(len(label) for label in TABLE_LABELS.values())
    print(f"Data contoh dimuat (tanggal acuan {summary.today:%d-%m-%Y}):")
    for table, count in summary.counts.items():
        print(f"  {TABLE_LABELS.get(table, table):<{width}}  {_number(count):>10}")
    print(f"  {'Jumlah baris':<{width}}  {_number(summary.total_rows):>10}")
    elapsed = time.perf_counter() - started
    print(f"Selesai dalam {_seconds(elapsed)} detik (pengisian data {_seconds(summary.seconds)} detik).")
    if made is None:
        print("Akun tidak ditambah: basis data ini sudah memakai akun.")
    elif made.created:
        names = ", ".join(made.created)
        if made.generated:
            # printed once, here: it is stored only as an Argon2id hash
            print(f"Akun contoh: {names}. Kata sandi: {made.password}  (dicetak sekali ini saja; catat sekarang, "
                  f"atau setel {DEMO_PASSWORD_ENV} sebelum `umkm-desk demo`).")
        else:
            print(f"Akun contoh: {names}. Kata sandi: dari {DEMO_PASSWORD_ENV}.")
        print(f"Masuk dengan, mis., `umkm-desk --db {args.db or '...'} --user admin`.")
    return 0

"""``umkm-desk user {add,list,passwd,disable} [USERNAME] --db DB``: managing accounts from the command line.

On a database without accounts, ``user add NAME --role admin`` creates the first administrator (as the first
start of the app does); every other use needs an administrator's login (``--user``), except ``passwd`` for
one's own password. A new password comes from UMKM_DESK_NEW_PASSWORD or is typed twice without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from umkm_desk.commands._database import existing_target
from umkm_desk.commands._login import COMMAND_LINE, PASSWORD_ENV, command_actor

NEW_PASSWORD_ENV = "UMKM_DESK_NEW_PASSWORD"


def _err(message: str) -> int:
    print(f"umkm-desk user: {message}", file=sys.stderr)
    return 1


def _interactive() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _new_password() -> str | None:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not _interactive():
        return None
    first = getpass.getpass("Kata sandi baru: ")
    if getpass.getpass("Ketik ulang kata sandi baru: ") != first:
        raise _Mismatch
    return first


class _Mismatch(Exception):
    pass


def _status(info: object) -> str:
    from umkm_desk.core.services.accounts.accounts import AccountInfo

    assert isinstance(info, AccountInfo)
    if not info.active:
        return "nonaktif"
    if not info.has_password:
        return "belum ada kata sandi"
    if info.must_change_password:
        return "kata sandi sementara"
    return "aktif"


def cmd_user(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.accounts import accounts, login
    from umkm_desk.core.services.context import ServiceContext, ServiceError
    from umkm_desk.core.store.database import open_database

    if existing_target(args.db, "user") is None:
        return 1
    if args.action in ("add", "disable") and not args.username:
        return _err(f"sebutkan nama pengguna: `umkm-desk user {args.action} NAMA_PENGGUNA ...`.")
    if args.action == "add" and not args.role:
        return _err("sebutkan peran akun baru: --role admin, petugas atau pimpinan.")
    actor = command_actor(args, "user", allow_temporary=args.action == "passwd")
    if actor is None:
        return 1
    if not args.accounts and not (args.action == "add" and args.role == "admin"):
        return _err("basis data ini belum memakai akun. Buat administrator pertama lebih dulu: "
                    f"`umkm-desk user add NAMA_PENGGUNA --role admin --db {args.db or '...'}`.")
    db = open_database(args.db)
    try:
        ctx = ServiceContext(db, actor)
        try:
            if args.action == "list":
                rows = accounts.list_accounts(ctx)
                width = max([len(a.username) for a in rows] + [14])
                print(f"{'nama pengguna':<{width}}  {'peran':<13}  {'status':<20}  nama lengkap")
                for a in rows:
                    print(f"{a.username:<{width}}  {a.role_label:<13}  {_status(a):<20}  {a.full_name}")
                return 0
            if args.action == "disable":
                accounts.set_active(ctx, args.username, False)
                print(f"Akun {args.username.strip().lower()} dinonaktifkan.")
                return 0
            own = args.action == "passwd" and actor is not COMMAND_LINE and (
                not args.username or args.username.strip().lower() == (args.user or os.environ.get(
                    "UMKM_DESK_USER", "")).strip().lower())
            if args.action == "passwd" and not own and not args.username:
                return _err("sebutkan akun yang diberi kata sandi sementara: `umkm-desk user passwd NAMA ...`.")
            try:
                password = _new_password()
            except _Mismatch:
                return _err("kedua kata sandi baru tidak sama; tidak ada yang diubah.")
            if password is None:
                return _err(f"kata sandi baru tidak diberikan. Setel {NEW_PASSWORD_ENV} atau jalankan di "
                            "terminal agar dapat diketik dua kali.")
            if args.action == "add":
                info = accounts.create_account(ctx, args.username, args.name or args.username, args.role, password,
                                               nip=args.nip)
                note = " (kata sandi sementara: diganti saat pertama masuk)" if info.must_change_password else ""
                print(f"Akun {info.username} ({info.role_label}) dibuat{note}.")
            elif own:
                old = os.environ.get(PASSWORD_ENV)
                if old is None and _interactive():
                    old = getpass.getpass("Kata sandi lama: ")
                login.change_own_password(ctx, old or "", password)
                print("Kata sandi Anda diganti.")
            else:
                info = accounts.set_temporary_password(ctx, args.username, password)
                print(f"Akun {info.username} mendapat kata sandi sementara; diganti saat pertama masuk.")
            return 0
        except ServiceError as exc:
            return _err(exc.message)
    finally:
        db.dispose()

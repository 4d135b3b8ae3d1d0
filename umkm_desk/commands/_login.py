"""Who runs a command: on a database with accounts, ``--user NAME`` (or UMKM_DESK_USER) and the password from
UMKM_DESK_PASSWORD or typed without echo; on a database without accounts, nobody in particular.

The check that the database has accounts reads a SQLite file read-only, so commands that only read keep the
file's bytes unchanged on a database without accounts. A login writes its audit row (``login`` or
``login_fail``) through a short writable connection of its own.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from umkm_desk.core.services.context import Actor

__all__ = ["COMMAND_LINE", "PASSWORD_ENV", "USER_ENV", "command_actor", "database_has_accounts"]

USER_ENV = "UMKM_DESK_USER"
PASSWORD_ENV = "UMKM_DESK_PASSWORD"
COMMAND_LINE = Actor(None, "Baris perintah")


def database_has_accounts(db: str | None) -> bool:
    """True when an account with a password exists; False for a database without accounts, a missing file or
    one that cannot be read (the command itself then says what is wrong)."""
    from umkm_desk.core.services.accounts.accounts import has_accounts
    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.engine import resolve_target

    try:
        target = resolve_target(db)
        if target.is_sqlite and target.path is not None:
            if not target.path.is_file():
                return False
            from umkm_desk.core.store.readonly import open_read_only

            database = open_read_only(target)
            try:
                return has_accounts(ServiceContext(database))
            finally:
                database.engine.dispose()
        database = open_database(db, upgrade=False)
        try:
            return has_accounts(ServiceContext(database))
        finally:
            database.engine.dispose()
    except Exception:  # noqa: BLE001 - an old schema, a foreign file, a server away: the command reports it
        return False


def _password(prompt: str) -> str | None:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def command_actor(args: argparse.Namespace, command: str, *, allow_temporary: bool = False) -> Actor | None:
    """The actor of this run (COMMAND_LINE without accounts), or None after one Indonesian line on stderr.

    ``allow_temporary``: an account whose password is still the administrator's temporary one may go on (only
    to change it, ``user passwd``)."""
    from umkm_desk.core.services.accounts.login import authenticate, record_refused_login
    from umkm_desk.core.services.context import ServiceContext, ServiceError
    from umkm_desk.core.store.database import open_database

    args.accounts = database_has_accounts(args.db)
    if not args.accounts:
        return COMMAND_LINE
    username = getattr(args, "user", None) or os.environ.get(USER_ENV) or ""
    database = open_database(args.db, upgrade=False)
    try:
        ctx = ServiceContext(database, Actor(None, "Baris perintah"))
        if not username.strip():
            record_refused_login(ctx, "-", "--user tidak diberikan")
            print(f"umkm-desk {command}: basis data ini memakai akun. Tambahkan --user NAMA (kata sandi dari "
                  f"{PASSWORD_ENV} atau diketik).", file=sys.stderr)
            return None
        password = _password(f"Kata sandi {username.strip()}: ")
        if not password:
            record_refused_login(ctx, username.strip(), "kata sandi tidak diberikan")
            print(f"umkm-desk {command}: kata sandi tidak diberikan. Setel {PASSWORD_ENV} atau jalankan di "
                  "terminal agar dapat diketik.", file=sys.stderr)
            return None
        try:
            result = authenticate(ctx, username, password)
        except ServiceError as exc:
            print(f"umkm-desk {command}: {exc.message}", file=sys.stderr)
            return None
        if result.must_change_password and not allow_temporary:
            print(f"umkm-desk {command}: kata sandi Anda masih sementara. Ganti lebih dulu: "
                  f"`umkm-desk user passwd --user {result.account.username} --db ...`.", file=sys.stderr)
            return None
        return result.actor
    finally:
        database.dispose()

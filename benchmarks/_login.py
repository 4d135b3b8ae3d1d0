"""Benchmarks act on demo databases, and ``umkm-desk demo`` makes login accounts (admin, petugas, pimpinan).

Importing this module gives the demo a known password (unless the environment already names one) so that every
benchmark process, and every ``umkm-desk`` command it starts, logs in as the demo's administrator.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from umkm_desk.core.services.context import Actor, ServiceContext

#: only ever the password of a made-up demo database
PASSWORD = "benchmark-demo-2026"

os.environ.setdefault("UMKM_DESK_DEMO_PASSWORD", PASSWORD)
os.environ.setdefault("UMKM_DESK_USER", "admin")
os.environ.setdefault("UMKM_DESK_PASSWORD", os.environ["UMKM_DESK_DEMO_PASSWORD"])


def actor(ctx: ServiceContext, fallback: str = "Benchmark", *, read_only: bool = False) -> Actor:
    """The demo's administrator, logged in; a database from before accounts acts without one."""
    from umkm_desk.core.services.accounts.accounts import has_accounts
    from umkm_desk.core.services.accounts.login import authenticate
    from umkm_desk.core.services.context import Actor

    if not has_accounts(ctx):
        return Actor(None, fallback)
    if read_only:
        # a login writes its audit row; a database opened read-only (reports.py) acts as the account instead
        from sqlalchemy import select

        from umkm_desk.core.store.models import Officer

        with ctx.db.read() as session:
            officer = session.execute(select(Officer.id, Officer.name)
                                      .where(Officer.username == os.environ["UMKM_DESK_USER"])).one()
        return Actor(officer.id, officer.name, "benchmark")
    return authenticate(ctx, os.environ["UMKM_DESK_USER"], os.environ["UMKM_DESK_PASSWORD"]).actor

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


def actor(ctx: ServiceContext, fallback: str = "Benchmark") -> Actor:
    """The demo's administrator, logged in; a database from before accounts acts without one."""
    from umkm_desk.core.services.accounts.accounts import has_accounts
    from umkm_desk.core.services.accounts.login import authenticate
    from umkm_desk.core.services.context import Actor

    if not has_accounts(ctx):
        return Actor(None, fallback)
    return authenticate(ctx, os.environ["UMKM_DESK_USER"], os.environ["UMKM_DESK_PASSWORD"]).actor

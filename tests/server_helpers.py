"""Helpers for the office-server tests: a fresh server database as ServerSettings, a closed port, and an
in-memory credential store standing in for the OS one (this machine has none)."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from umkm_desk.core.services.server.connection import ServerSettings

PG_ENV = "UMKM_DESK_TEST_PG_URL"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends.fail import Keyring as FailKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def settings_for(url: str) -> ServerSettings:
    parsed = make_url(url)
    return ServerSettings(host=parsed.host or "127.0.0.1", port=parsed.port or 5432,
                          database=parsed.database or "", user=parsed.username or "postgres", sslmode="disable")


def _admin(admin_url: str) -> Engine:
    return create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


@pytest.fixture
def server_db() -> Iterator[str]:
    """A fresh, empty database on the test server (its URL)."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        if os.environ.get("UMKM_DESK_REQUIRE_PG") == "1":
            pytest.fail(f"{PG_ENV} tidak diset")
        pytest.skip(f"tidak ada server PostgreSQL: set {PG_ENV} untuk menjalankan uji ini")
    name = f"umkm_srv_{uuid.uuid4().hex[:12]}"
    admin = _admin(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

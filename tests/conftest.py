"""Shared fixtures: offscreen Qt, isolated user folders, one fresh database per test (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UMKM_DESK_DB", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from umkm_desk.core.services.context import Actor, ServiceContext  # noqa: E402
from umkm_desk.core.store.database import Database, open_database  # noqa: E402

PG_ENV = "UMKM_DESK_TEST_PG_URL"
REQUIRE_PG_ENV = "UMKM_DESK_REQUIRE_PG"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or data folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("APPDATA", "appdata"), ("LOCALAPPDATA", "localappdata")):
        path = home / sub
        path.mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.delenv("UMKM_DESK_DB", raising=False)


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test leaked threads: {still}"


def _fresh_pg_database(admin_url: str) -> tuple[str, str]:
    name = f"umkm_test_{uuid.uuid4().hex[:12]}"
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False), name


def _drop_pg_database(admin_url: str, name: str) -> None:
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database per test: a SQLite file, and a PostgreSQL database when a server is set."""
    if request.param == "sqlite":
        yield str(tmp_path / "umkm.sqlite")
        return
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        if os.environ.get(REQUIRE_PG_ENV) == "1":  # CI: a missing server is a failure, not a skip
            pytest.fail(f"{REQUIRE_PG_ENV}=1 tetapi {PG_ENV} tidak diset: uji PostgreSQL wajib berjalan")
        pytest.skip(f"tidak ada server PostgreSQL: set {PG_ENV} untuk menjalankan uji ini")
    url, name = _fresh_pg_database(admin_url)
    try:
        yield url
    finally:
        _drop_pg_database(admin_url, name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """SQLite only: for GUI tests and SQLite-specific behaviour."""
    database = open_database(tmp_path / "umkm.sqlite")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    return ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))

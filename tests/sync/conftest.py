"""An office database and two field laptops per test (SQLite; the office also on PostgreSQL when set)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.store.database import Database, open_database


def _open(path: Path, templates) -> ServiceContext:  # noqa: ANN001 - conftest's private template type
    templates.copy_sqlite(path)
    return ServiceContext(open_database(path), Actor(None, f"Petugas {path.stem}", path.stem))


@pytest.fixture
def office(db) -> ServiceContext:  # noqa: ANN001 - the shared ``db`` fixture (SQLite and PostgreSQL)
    return ServiceContext(db, Actor(None, "Petugas Kantor", "kantor"))


@pytest.fixture
def laptops(tmp_path: Path, _db_templates) -> Iterator[tuple[ServiceContext, ServiceContext]]:  # noqa: ANN001
    pair = (_open(tmp_path / "laptop1.sqlite", _db_templates), _open(tmp_path / "laptop2.sqlite", _db_templates))
    try:
        yield pair
    finally:
        for ctx in pair:
            ctx.db.dispose()


@pytest.fixture
def sqlite_office(tmp_path: Path, _db_templates) -> Iterator[ServiceContext]:  # noqa: ANN001
    ctx = _open(tmp_path / "kantor.sqlite", _db_templates)
    try:
        yield ctx
    finally:
        ctx.db.dispose()


@pytest.fixture
def pg_offices(_db_templates) -> Iterator[Callable[[], Database]]:  # noqa: ANN001
    """Fresh PostgreSQL office databases (copies of the suite's template), dropped at the end."""
    admin_url = os.environ.get("UMKM_DESK_TEST_PG_URL")
    if not admin_url:
        pytest.skip("tidak ada server PostgreSQL: set UMKM_DESK_TEST_PG_URL untuk menjalankan uji ini")
    template = _db_templates.pg_template(admin_url)
    base = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    made: list[tuple[str, Database]] = []

    def drop_all() -> None:
        for name, database in made:
            database.dispose()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        made.clear()

    def fresh() -> Database:
        drop_all()  # one office at a time: the previous example's is done
        name = f"umkm_sync_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        database = open_database(base.set(database=name).render_as_string(hide_password=False))
        made.append((name, database))
        return database

    try:
        yield fresh
    finally:
        drop_all()
        admin.dispose()

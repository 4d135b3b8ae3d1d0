"""An office database and two field laptops per test (SQLite; the office also on PostgreSQL when set)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.store.database import open_database


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


def pg_available() -> bool:
    return bool(os.environ.get("UMKM_DESK_TEST_PG_URL"))

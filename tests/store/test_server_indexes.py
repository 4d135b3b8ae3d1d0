"""Indexes only SQLite's search uses are not made on the server (new databases and upgraded ones alike), and the
server has the pg_trgm index that its search uses instead."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from umkm_desk.core.store import migrate
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import resolve_target

SQLITE_ONLY = {"ix_business_search_walk", "ix_business_sort_name", "ix_business_sort_owner"}
SERVER_ONLY = {"ix_business_server_name", "ix_business_server_owner"}


def _indexes(url: str) -> set[str]:
    engine = create_engine(resolve_target(url).url)
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":  # SQLAlchemy does not reflect SQLite's expression indexes
                return set(connection.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'business'")).scalars())
            return {str(index["name"]) for index in inspect(connection).get_indexes("business")}
    finally:
        engine.dispose()


def test_new_database(db_url: str) -> None:
    open_database(db_url).dispose()
    found = _indexes(db_url)
    if resolve_target(db_url).is_sqlite:
        assert found >= SQLITE_ONLY and not SERVER_ONLY & found
    else:
        assert not SQLITE_ONLY & found and found >= {"ix_business_search_trgm", *SERVER_ONLY}
        assert "ix_business_sort_kelurahan" in found  # the server's list head reads the other sort indexes too


def test_upgraded_database(db_url: str) -> None:
    migrate.run_migrations(resolve_target(db_url), "0004_import_batch")
    assert _indexes(db_url) >= SQLITE_ONLY  # made by revision 0003 everywhere
    open_database(db_url).dispose()
    found = _indexes(db_url)
    if resolve_target(db_url).is_sqlite:
        assert found >= SQLITE_ONLY and not SERVER_ONLY & found
    else:
        assert not SQLITE_ONLY & found and found >= SERVER_ONLY


def _server_name_index(url: str) -> str:
    engine = create_engine(resolve_target(url).url)
    try:
        with engine.connect() as connection:
            return str(connection.execute(text(
                "SELECT pg_get_indexdef('ix_business_server_name'::regclass)")).scalar_one())
    finally:
        engine.dispose()


def test_server_name_index_carries_the_search_text(db_url: str) -> None:
    """A broad search walks the server's names testing each one from ix_business_server_name alone (revision
    0013_server_search_walk): a database upgraded from before it holds the search text in it afterwards."""
    if resolve_target(db_url).is_sqlite:
        pytest.skip("a server index")
    migrate.run_migrations(resolve_target(db_url), "0012_case_progress")
    assert _server_name_index(db_url).endswith("INCLUDE (name) WHERE (deleted_at IS NULL)")
    open_database(db_url).dispose()
    assert _server_name_index(db_url).endswith("INCLUDE (name, search_text) WHERE (deleted_at IS NULL)")


def test_new_server_database_name_index_carries_the_search_text(db_url: str) -> None:
    if resolve_target(db_url).is_sqlite:
        pytest.skip("a server index")
    open_database(db_url).dispose()
    assert _server_name_index(db_url).endswith("INCLUDE (name, search_text) WHERE (deleted_at IS NULL)")

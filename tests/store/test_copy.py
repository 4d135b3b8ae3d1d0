"""``umkm-desk copy``: a demo database SQLite -> PostgreSQL -> SQLite keeps every table's rows and checksum; a
destination with data or from a newer version is refused; a connection killed mid-copy, a cancel and a mismatch
leave the destination without data (and a SQLite destination without a file), and the copy can be run again."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from umkm_desk.cli import main
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store import transfer
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError
from umkm_desk.core.store.faults import describe
from umkm_desk.core.store.models import Business
from umkm_desk.core.store.transfer import copy_database, database_checksums
from umkm_desk.demo.generator import fill_demo

PG_ENV = "UMKM_DESK_TEST_PG_URL"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("copy-demo") / "demo.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=60, seed=7, today=date.today())
    finally:
        db.dispose()
    return path


@pytest.fixture
def pg_url(server_db: str) -> str:
    """A fresh, empty PostgreSQL database (these tests are about a server destination)."""
    return server_db


def _data_rows(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return len(transfer.holds_data(connection))
    finally:
        engine.dispose()


def test_sqlite_to_postgresql_to_sqlite_keeps_every_table(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    original = database_checksums(demo_file)
    assert original["business"][0] == 60 and original["audit_entry"][0] > 0 and original["setting"][0] > 0
    assert original["kelurahan"][0] > 0 and original["stage"][0] > 0

    there = copy_database(demo_file, pg_url)
    assert {t.table: (t.rows, t.checksum) for t in there.tables} == original
    assert database_checksums(pg_url) == original
    # vacuumed and analysed at once: the planner knows the rows. (How many pages the vacuum could mark all-visible
    # depends on other sessions' snapshots on the server, so the test asks only that it ran.)
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            vacuumed, analysed = connection.execute(text(
                "SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = 'business'")).one()
    finally:
        engine.dispose()
    assert vacuumed and analysed

    back = tmp_path / "back.sqlite"
    copy_database(pg_url, back)
    assert database_checksums(back) == original
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".back.sqlite.partial")]
    # the copy opens as an ordinary database, and search (FTS rows made by the triggers) finds a business
    db = open_database(back)
    try:
        from umkm_desk.core.services.registry.business_query import BusinessFilter, business_head

        with db.read() as session:
            name = session.scalars(select(Business.name).order_by(Business.name).limit(1)).one()
        head = business_head(ServiceContext(db), BusinessFilter(search=name.lower()[:6]))
        assert head.total >= 1
    finally:
        db.dispose()


def test_destination_with_data_is_refused(demo_file: Path, pg_url: str) -> None:
    copy_database(demo_file, pg_url)
    before = database_checksums(pg_url)
    with pytest.raises(StoreError, match="sudah berisi data"):
        copy_database(demo_file, pg_url)
    assert database_checksums(pg_url) == before
    assert main(["copy", "--from", str(demo_file), "--to", pg_url]) == 2


def test_destination_from_a_newer_version_is_refused(demo_file: Path, pg_url: str) -> None:
    open_database(pg_url).dispose()
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999_from_the_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match="versi UMKM Desk yang lebih baru"):
        copy_database(demo_file, pg_url)
    assert _data_rows(pg_url) == 0


def test_connection_killed_mid_copy_leaves_no_data_and_a_rerun_works(demo_file: Path, pg_url: str) -> None:
    admin = create_engine(make_url(os.environ[PG_ENV]).set(drivername="postgresql+psycopg"),
                          isolation_level="AUTOCOMMIT")
    name = make_url(pg_url).database
    killed: list[int] = []

    def kill_after_some_rows(done: int, total: int, table: str) -> None:
        if done > total // 3 and not killed:
            with admin.connect() as connection:
                killed.extend(connection.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name}).scalars())

    try:
        with pytest.raises(Exception) as failure:  # noqa: PT011 - whatever the driver says, nothing is kept
            copy_database(demo_file, pg_url, progress=kill_after_some_rows)
        assert killed, "the copy never reached a third of its rows"
        # what the officer reads (the CLI's line, the connection dialog's "Pemindahan dibatalkan; …")
        said = describe(failure.value, "server kantor")
        assert said.kind == "server_gone" and "Sambungan ke server basis data server kantor terputus" in said.message
    finally:
        admin.dispose()
    assert _data_rows(pg_url) == 0
    copy_database(demo_file, pg_url)  # run again: all of it
    assert database_checksums(pg_url) == database_checksums(demo_file)


def test_cancelled_copy_to_sqlite_leaves_no_file(demo_file: Path, tmp_path: Path) -> None:
    dest = tmp_path / "kantor.sqlite"
    seen: list[int] = []
    with pytest.raises(transfer.CopyCancelled):
        copy_database(demo_file, dest, progress=lambda done, total, table: seen.append(done),
                      cancelled=lambda: len(seen) > 3)
    assert list(tmp_path.iterdir()) == []


def test_cli_copies_and_prints_each_table(demo_file: Path, tmp_path: Path, capsys) -> None:
    dest = tmp_path / "salinan.sqlite"
    assert main(["copy", "--from", str(demo_file), "--to", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "business: 60 baris, checksum" in out and "Selesai:" in out
    assert database_checksums(dest) == database_checksums(demo_file)
    assert main(["copy", "--from", str(demo_file), "--to", str(dest)]) == 2
    assert "sudah berisi data" in capsys.readouterr().err


def test_source_must_exist(tmp_path: Path, capsys) -> None:
    assert main(["copy", "--from", str(tmp_path / "tidak-ada.sqlite"), "--to", str(tmp_path / "b.sqlite")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not (tmp_path / "b.sqlite").exists()


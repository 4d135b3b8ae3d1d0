"""Bad input and faults at startup: each gets a clear Indonesian message and no data is changed.

Read-only: root ignores permission bits (os.access says "writable" and writes succeed), and CI runs as root,
so the tests make the engine's os.access say "not writable" (the check UMKM Desk itself relies on) and, for
SQLite's own refusal, put the migration connection in ``PRAGMA query_only`` (SQLite then fails with
"attempt to write a readonly database", exactly like a read-only file). A real chmod test runs as non-root.
Full disk: ``PRAGMA max_page_count`` on the connection that writes makes SQLite fail with SQLITE_FULL
("database or disk is full"), the same error as a full disk.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from store_helpers import fill_every_table, snapshot_rows, table_columns

from umkm_desk.core.store import backup as backup_mod
from umkm_desk.core.store import engine as engine_mod
from umkm_desk.core.store import migrate
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError, resolve_target

FIRST = "0001_initial"

# SQLite cannot reflect expression indexes (business.lower(name)); the tests compare their DDL directly.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index"),
    pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index"),
]


def _files(folder: Path) -> dict[str, str]:
    """Every file under folder with its content hash: 'nothing changed' means this stays equal."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _old_database(path: Path) -> tuple[dict, dict]:
    target = resolve_target(path)
    migrate.run_migrations(target, FIRST)
    engine = create_engine(target.url)
    try:
        with engine.begin() as conn:
            fill_every_table(conn)
            columns = table_columns(conn)
            rows = snapshot_rows(conn, columns)
    finally:
        engine.dispose()
    return columns, rows


def _assert_rows(path: Path, columns: dict, rows: dict, revision: str = FIRST) -> None:
    engine = create_engine(resolve_target(path).url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == revision
            assert snapshot_rows(conn, columns) == rows
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()


def _wrap_migration_pragmas(monkeypatch, extra) -> None:
    original = migrate._migration_pragmas

    def pragmas(conn, record):
        original(conn, record)
        extra(conn)

    monkeypatch.setattr(migrate, "_migration_pragmas", pragmas)


# --- not a database ------------------------------------------------------------------------------------


def test_text_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "catatan.sqlite"
    path.write_text("Daftar UMKM Kelurahan Cipare\n" * 50, encoding="utf-8")
    before = _files(tmp_path)
    with pytest.raises(StoreError, match="bukan berkas SQLite"):
        open_database(path)
    assert _files(tmp_path) == before


def test_sqlite_header_with_garbage_is_refused_unchanged(tmp_path):
    path = tmp_path / "rusak.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = _files(tmp_path)
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    assert "rusak atau bukan basis data SQLite" in excinfo.value.message
    assert "tidak diubah" in excinfo.value.message
    assert _files(tmp_path) == before


def test_damaged_pages_stop_the_upgrade_before_any_change(tmp_path):
    """A database behind head whose pages are damaged: the backup's integrity_check fails, nothing changes,
    and no half-made backup is left behind."""
    path = tmp_path / "umkm.sqlite"
    _old_database(path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_business_name'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:  # overwrite an index page: the schema still reads, the b-tree does not
        fh.seek(page_size * (root - 1))
        fh.write(b"\xff" * page_size)
    before = _files(tmp_path)
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    message = excinfo.value.message
    assert "tidak diubah karena cadangan gagal" in message
    assert f"basis data {path} rusak" in message
    assert _files(tmp_path) == before  # no backups/ content either


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    conn.execute("INSERT INTO pelanggan (nama) VALUES ('Bu Sari')")
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    with pytest.raises(StoreError, match="bukan basis data UMKM Desk"):
        open_database(path)
    assert _files(tmp_path) == before


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        open_database(tmp_path)


# --- newer version -------------------------------------------------------------------------------------


def test_database_from_a_newer_version_is_refused_unchanged(db_url):
    open_database(db_url).dispose()
    engine = create_engine(resolve_target(db_url).url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_dari_masa_depan'"))
        engine.dispose()
        folder = Path(db_url).parent if "://" not in db_url else None
        before = _files(folder) if folder else None
        with pytest.raises(StoreError) as excinfo:
            open_database(db_url)
        message = excinfo.value.message
        assert message.startswith("Basis data ini dibuat oleh versi UMKM Desk yang lebih baru")
        assert "0099_dari_masa_depan" in message
        if folder:
            assert _files(folder) == before
            assert not (folder / "backups").exists()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0099_dari_masa_depan"
    finally:
        engine.dispose()


# --- read-only -----------------------------------------------------------------------------------------


def _deny_write(monkeypatch, *paths: Path) -> None:
    real_access = os.access
    denied = {str(p) for p in paths}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and str(path) in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(engine_mod.os, "access", access)


def test_read_only_folder_for_a_new_database(tmp_path, monkeypatch):
    folder = tmp_path / "arsip"
    folder.mkdir()
    _deny_write(monkeypatch, folder)
    with pytest.raises(StoreError, match="hanya-baca"):
        open_database(folder / "umkm.sqlite")
    assert list(folder.iterdir()) == []


def test_read_only_file(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    columns, rows = _old_database(path)
    before = _files(tmp_path)
    _deny_write(monkeypatch, path)
    with pytest.raises(StoreError, match="hanya-baca"):
        open_database(path)
    assert _files(tmp_path) == before
    _assert_rows(path, columns, rows)


def test_sqlite_refusing_writes_during_upgrade_restores(tmp_path, monkeypatch):
    """SQLite itself says "readonly database" mid-upgrade (the file became read-only after the checks)."""
    path = tmp_path / "umkm.sqlite"
    columns, rows = _old_database(path)
    _wrap_migration_pragmas(monkeypatch, lambda conn: conn.execute("PRAGMA query_only=ON"))
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    message = excinfo.value.message
    assert message.startswith("Pembaruan basis data gagal; basis data dikembalikan dari cadangan")
    assert "hanya-baca" in message
    _assert_rows(path, columns, rows)


def test_sqlite_refusing_writes_for_a_new_database_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    _wrap_migration_pragmas(monkeypatch, lambda conn: conn.execute("PRAGMA query_only=ON"))
    with pytest.raises(StoreError, match="hanya-baca"):
        open_database(path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root mengabaikan izin berkas")
def test_read_only_folder_really(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="hanya-baca"):
            open_database(folder / "umkm.sqlite")
    finally:
        folder.chmod(0o755)


# --- full disk -----------------------------------------------------------------------------------------


def test_full_disk_creating_a_new_database(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    _wrap_migration_pragmas(monkeypatch, lambda conn: conn.execute("PRAGMA max_page_count=4"))
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    assert "Disk penuh" in excinfo.value.message
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_full_disk_during_upgrade_restores_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    columns, rows = _old_database(path)

    def no_growth(conn):
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")

    _wrap_migration_pragmas(monkeypatch, no_growth)
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    message = excinfo.value.message
    assert message.startswith("Pembaruan basis data gagal; basis data dikembalikan dari cadangan")
    assert "Disk penuh" in message
    _assert_rows(path, columns, rows)
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def test_full_disk_while_writing_the_backup_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    columns, rows = _old_database(path)
    before = _files(tmp_path)
    real_connect = backup_mod._connect

    def connect(p):
        conn = real_connect(p)
        if ".partial-" in Path(p).name:
            conn.execute("PRAGMA max_page_count=3")
        return conn

    monkeypatch.setattr(backup_mod, "_connect", connect)
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    message = excinfo.value.message
    assert "tidak diubah karena cadangan gagal" in message
    assert "Disk penuh" in message
    assert _files(tmp_path) == before  # no partial backup left behind
    _assert_rows(path, columns, rows)


def test_full_disk_os_error_when_copying_backup(tmp_path, monkeypatch):
    """The file system's ENOSPC (e.g. while fsyncing the copy) gets the same message."""
    import errno

    path = tmp_path / "umkm.sqlite"
    columns, rows = _old_database(path)

    def enospc(_p):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "fsync_file", enospc)
    with pytest.raises(StoreError, match="Disk penuh"):
        open_database(path)
    assert not any((tmp_path / "backups").glob("*"))
    _assert_rows(path, columns, rows)

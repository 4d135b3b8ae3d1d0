"""Engine: pragmas on every connection, network-share refusal, --db resolution."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from umkm_desk.core.store import engine as engine_mod
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import (
    BUSY_TIMEOUT_MS,
    SQLITE_CACHE_KIB,
    SQLITE_WORKER_CACHE_KIB,
    StoreError,
    default_db_path,
    is_network_path,
    make_engine,
    resolve_target,
)


def _pragmas(conn) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout", "cache_size")
    }


EXPECTED = {
    "foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -SQLITE_CACHE_KIB,
}  # fmt: skip


def test_pragmas_on_every_connection(sqlite_db):
    engine = sqlite_db.engine
    # several connections at once (the pool hands out distinct DBAPI connections) ...
    with engine.connect() as a, engine.connect() as b, engine.connect() as c:
        assert a.connection.driver_connection is not b.connection.driver_connection
        for conn in (a, b, c):
            assert _pragmas(conn) == EXPECTED
    # ... and fresh ones after the pool was emptied, and inside ORM sessions
    engine.dispose()
    with engine.connect() as conn:
        assert _pragmas(conn) == EXPECTED
    with sqlite_db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_connections_reused_last_in_first_out_with_a_small_cache_in_other_threads(sqlite_db):
    """The main thread keeps one connection and its big page cache; a loader thread that takes the same
    connection reads with a small cache (memory of a session, issue 20), and the main thread gets the big one
    back."""
    import threading

    engine = sqlite_db.engine
    with engine.connect() as a, engine.connect() as b:
        # b is returned to the pool first, then a
        last, earlier = a.connection.driver_connection, b.connection.driver_connection
    with engine.connect() as conn:
        assert conn.connection.driver_connection is last
    seen: dict[str, object] = {}

    def loader() -> None:
        with engine.connect() as conn:
            seen["connection"] = conn.connection.driver_connection
            seen["cache_size"] = conn.exec_driver_sql("PRAGMA cache_size").scalar()

    worker = threading.Thread(target=loader)
    worker.start()
    worker.join()
    assert seen == {"connection": last, "cache_size": -SQLITE_WORKER_CACHE_KIB}
    with engine.connect() as conn:
        assert conn.connection.driver_connection is last
        assert _pragmas(conn) == EXPECTED
    assert last is not earlier


def test_foreign_keys_are_on_after_a_migration(tmp_path):
    """The migration connection runs with foreign keys OFF; the app's connections never do."""
    from umkm_desk.core.store import migrate

    path = tmp_path / "umkm.sqlite"
    migrate.run_migrations(resolve_target(path), "0001_initial")
    database = open_database(path)  # upgrades 0001 -> head
    try:
        with database.engine.connect() as conn:
            assert _pragmas(conn) == EXPECTED
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(sqlite_db):
    import uuid

    from sqlalchemy.exc import IntegrityError

    from umkm_desk.core.store.models import Business

    with pytest.raises(IntegrityError), sqlite_db.transaction() as session:
        session.add(
            Business(owner_id=uuid.uuid4(), name="Toko Hantu", sector="kuliner", kelurahan_code="36.73.01.1001",
                     kecamatan_code="36.73.01", scale="mikro")
        )


@pytest.mark.parametrize("unc", [r"\\server\share\umkm.sqlite", "//server/share/umkm.sqlite"])
def test_unc_path_is_refused(unc):
    target = resolve_target(unc)
    assert is_network_path(target.path)
    with pytest.raises(StoreError, match="folder jaringan"):
        open_database(unc)


def _fake_mounts(monkeypatch, text: str) -> None:
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == "/proc/mounts":
            return io.StringIO(text)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(engine_mod, "open", fake_open, raising=False)


def test_nfs_mount_is_refused(tmp_path, monkeypatch):
    share = tmp_path / "kantor"
    share.mkdir()
    _fake_mounts(monkeypatch, f"/dev/sda1 / ext4 rw 0 0\nfileserver:/export {share} nfs4 rw,relatime 0 0\n")
    assert is_network_path(share / "umkm.sqlite")
    assert not is_network_path(tmp_path / "lokal.sqlite")
    with pytest.raises(StoreError, match="folder jaringan"):
        open_database(share / "umkm.sqlite")
    assert not (share / "umkm.sqlite").exists()


def test_mount_point_prefix_is_not_a_parent(tmp_path, monkeypatch):
    """/mnt/nfs is a share; /mnt/nfsdata (same prefix, different folder) is not."""
    share, other = tmp_path / "nfs", tmp_path / "nfsdata"
    _fake_mounts(monkeypatch, f"/dev/sda1 / ext4 rw 0 0\nfileserver:/x {share} nfs rw 0 0\n")
    assert is_network_path(share / "a.sqlite")
    assert not is_network_path(other / "a.sqlite")


def test_local_disk_is_accepted(tmp_path, monkeypatch):
    _fake_mounts(monkeypatch, "/dev/sda1 / ext4 rw 0 0\n")
    assert not is_network_path(tmp_path / "umkm.sqlite")


def test_resolve_plain_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = resolve_target("data/umkm.sqlite")
    assert target.is_sqlite
    assert target.path == tmp_path / "data" / "umkm.sqlite"
    assert target.url.drivername == "sqlite+pysqlite"
    assert target.url.database == str(tmp_path / "data" / "umkm.sqlite")
    assert target.display == str(target.path)
    assert resolve_target(tmp_path / "x.sqlite").path == tmp_path / "x.sqlite"  # PathLike too


def test_resolve_home_and_file_scheme(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_target("~/umkm.sqlite").path == tmp_path / "umkm.sqlite"
    assert resolve_target(f"file://{tmp_path}/b.sqlite").path == tmp_path / "b.sqlite"


def test_resolve_sqlite_url(tmp_path):
    target = resolve_target(f"sqlite:///{tmp_path}/u.sqlite")
    assert target.is_sqlite and target.path == tmp_path / "u.sqlite"
    memory = resolve_target("sqlite://")
    assert memory.is_sqlite and memory.path is None
    with pytest.raises(StoreError, match="memori"):
        make_engine(memory)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://umkm:rahasia@db.kantor:5432/umkm",
        "postgres://umkm:rahasia@db.kantor:5432/umkm",
        "postgresql+psycopg://umkm:rahasia@db.kantor/umkm",
    ],
)
def test_resolve_postgresql_url_uses_psycopg(url):
    target = resolve_target(url)
    assert not target.is_sqlite and target.path is None
    assert target.url.drivername == "postgresql+psycopg"
    assert target.url.host == "db.kantor" and target.url.database == "umkm"
    assert "rahasia" not in target.display  # the password is never shown


def test_env_and_default(tmp_path, monkeypatch):
    monkeypatch.setenv("UMKM_DESK_DB", str(tmp_path / "env.sqlite"))
    assert resolve_target(None).path == tmp_path / "env.sqlite"
    assert resolve_target(tmp_path / "arg.sqlite").path == tmp_path / "arg.sqlite"  # --db wins
    monkeypatch.delenv("UMKM_DESK_DB")
    default = resolve_target(None).path
    assert default == default_db_path().resolve()
    assert Path.home() in default.parents or str(default).startswith(str(tmp_path.parent))

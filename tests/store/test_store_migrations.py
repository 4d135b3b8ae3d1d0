"""Alembic at startup: schema equals the models, upgrades keep every row, failures restore the backup."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from store_helpers import fill_every_table, schema_summary, snapshot_rows, table_columns

from umkm_desk.core.store import migrate
from umkm_desk.core.store.backup import integrity_check
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError, resolve_target
from umkm_desk.core.store.models import Base

FIRST = "0001_initial"

# SQLite cannot reflect expression indexes (business.lower(name)); the tests compare their DDL directly.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index"),
    pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(url) -> str | None:
    engine = create_engine(resolve_target(url).url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def _index_sql(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    finally:
        conn.close()


def _at_first_revision_with_rows(db_url: str) -> tuple[dict[str, list[str]], dict[str, list[tuple]]]:
    """A database at 0001 with rows in every table; returns its columns and rows."""
    target = resolve_target(db_url)
    migrate.run_migrations(target, FIRST)
    engine = create_engine(target.url)
    try:
        with engine.begin() as conn:
            inserted = fill_every_table(conn)
            columns = table_columns(conn)
            before = snapshot_rows(conn, columns)
    finally:
        engine.dispose()
    assert set(inserted) == set(columns), "some table got no rows"
    assert "business" in columns and "duplicate_reason" not in columns["business"]
    return columns, before


def test_revisions_are_linear_and_start_with_initial():
    revisions = migrate.known_revisions()
    assert revisions[0] == FIRST
    assert revisions[-1] == migrate.head_revision()
    assert len(revisions) >= 2
    assert migrate.script_directory().get_heads() == [migrate.head_revision()]


def test_models_match_migrations(db_url):
    """Running every revision on an empty database gives exactly the schema of models.py.

    When this fails after a change to models.py, regenerate 0001:
    ``python -m umkm_desk.core.store.migrations.regenerate_initial`` (see its docstring).
    """
    target = resolve_target(db_url)
    migrate.run_migrations(target)
    engine = create_engine(target.url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                # an index made only on some databases (Index.ddl_if) is compared only there
                "include_object": lambda obj, _name, type_, _reflected, _compare_to: not (
                    type_ == "index" and obj is not None and getattr(obj, "_ddl_if", None) is not None
                    and obj._ddl_if.dialect not in (None, conn.dialect.name)
                ),
            })
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == [], (
        "models.py and the migrations differ; run `python -m umkm_desk.core.store.migrations.regenerate_initial`"
    )


def test_new_database_via_create_all_equals_all_revisions(tmp_path):
    """Both ways to reach head (create_all + stamp for a new file, revisions for an old one) agree."""
    fresh, migrated = tmp_path / "fresh.sqlite", tmp_path / "migrated.sqlite"
    migrate.create_at_head(resolve_target(fresh))
    migrate.run_migrations(resolve_target(migrated))
    assert schema_summary(resolve_target(fresh).url) == schema_summary(resolve_target(migrated).url)
    # SQLAlchemy cannot reflect expression indexes on SQLite: compare the index DDL itself as well.
    assert _index_sql(fresh) == _index_sql(migrated)
    assert _revision(fresh) == _revision(migrated) == migrate.head_revision()


def test_initial_revision_is_up_to_date():
    """versions/0001_initial.py is what regenerate_initial would write from today's models."""
    spec = importlib.util.find_spec("umkm_desk.core.store.migrations.regenerate_initial")
    assert spec is not None
    from umkm_desk.core.store.migrations import regenerate_initial

    assert regenerate_initial.render() == regenerate_initial.TARGET.read_text(encoding="utf-8"), (
        "run `python -m umkm_desk.core.store.migrations.regenerate_initial`"
    )


def test_new_database_is_created_at_head(db_url):
    database = open_database(db_url)
    database.dispose()
    assert _revision(db_url) == migrate.head_revision()


def test_upgrade_from_first_revision_keeps_every_row(db_url):
    columns, before = _at_first_revision_with_rows(db_url)

    database = open_database(db_url)  # the real startup path: backup, upgrade, checks
    try:
        with database.engine.connect() as conn:
            after = snapshot_rows(conn, columns)
            if database.target.is_sqlite:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            new_columns = table_columns(conn)
    finally:
        database.dispose()

    assert _revision(db_url) == migrate.head_revision()
    assert "duplicate_reason" in new_columns["business"]
    for table, rows in before.items():
        assert after[table] == rows, f"rows of {table} changed during the upgrade"
    assert sum(len(r) for r in before.values()) >= 2 * len(before)

    if database.target.is_sqlite:
        backups = list((Path(db_url).parent / "backups").glob("*.sqlite"))
        assert len(backups) == 1 and FIRST in backups[0].name
        assert integrity_check(backups[0]) == ["ok"]


def test_sqlite_rebuild_really_rebuilds_business(tmp_path):
    """0002 rebuilds business on SQLite (copy, DROP, RENAME) — the case where FK OFF matters."""
    path = tmp_path / "umkm.sqlite"
    _at_first_revision_with_rows(str(path))
    statements: list[str] = []
    engine_factory = migrate.migration_engine

    def spying_engine(target):
        engine = engine_factory(target)
        from sqlalchemy import event

        event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        return engine

    mp = pytest.MonkeyPatch()
    mp.setattr(migrate, "migration_engine", spying_engine)
    try:
        open_database(path).dispose()
    finally:
        mp.undo()
    assert any("_alembic_tmp_business" in s and s.lstrip().upper().startswith("CREATE TABLE") for s in statements)
    assert any(s.strip().upper().startswith("DROP TABLE BUSINESS") for s in statements)


def test_foreign_keys_on_during_rebuild_would_fail_and_the_backup_comes_back(tmp_path, monkeypatch):
    """Why the migration connection turns foreign keys off: with them on, DROP TABLE business fails
    (or cascades). The upgrade fails, the backup is restored, every row is still there."""
    path = tmp_path / "umkm.sqlite"
    columns, before = _at_first_revision_with_rows(str(path))
    original = migrate._migration_pragmas

    def pragmas_with_fk_on(conn, record):
        original(conn, record)
        conn.execute("PRAGMA foreign_keys=ON")

    monkeypatch.setattr(migrate, "_migration_pragmas", pragmas_with_fk_on)
    monkeypatch.setattr(migrate, "_require_foreign_keys_off", lambda conn: None)
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    assert "kunci asing dapat dimatikan" not in excinfo.value.message
    assert excinfo.value.message.startswith("Pembaruan basis data gagal; basis data dikembalikan dari cadangan")
    _assert_unchanged_at_first(path, columns, before)


def test_migration_refuses_to_run_with_foreign_keys_on(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    columns, before = _at_first_revision_with_rows(str(path))
    original = migrate._migration_pragmas

    def pragmas_with_fk_on(conn, record):
        original(conn, record)
        conn.execute("PRAGMA foreign_keys=ON")

    monkeypatch.setattr(migrate, "_migration_pragmas", pragmas_with_fk_on)
    with pytest.raises(StoreError, match="kunci asing tidak dapat dimatikan"):
        open_database(path)
    _assert_unchanged_at_first(path, columns, before)


def _assert_unchanged_at_first(path: Path, columns, before) -> None:
    assert _revision(path) == FIRST
    engine = create_engine(resolve_target(path).url)
    try:
        with engine.connect() as conn:
            assert snapshot_rows(conn, columns) == before
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()


def test_failing_revision_restores_backup(tmp_path, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    columns, before = _at_first_revision_with_rows(str(path))
    directory = migrate.script_directory()
    script = directory.get_revision("0002_business_duplicate_reason")
    real_upgrade = script.module.upgrade

    def half_then_fail():
        real_upgrade()  # the rebuild really happens inside the transaction...
        raise RuntimeError("simulated failure in revision 0002")  # ...and then the revision fails

    monkeypatch.setattr(script.module, "upgrade", half_then_fail)
    # Alembic reads the versions folder afresh for every ScriptDirectory: hand out the patched one.
    monkeypatch.setattr(ScriptDirectory, "from_config", classmethod(lambda cls, config: directory))
    with pytest.raises(StoreError) as excinfo:
        open_database(path)
    message = excinfo.value.message
    assert message.startswith("Pembaruan basis data gagal; basis data dikembalikan dari cadangan")
    assert "simulated failure" in message
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1 and str(backups[0]) in message
    assert integrity_check(backups[0]) == ["ok"]
    _assert_unchanged_at_first(path, columns, before)


def test_rebuild_keeps_expression_indexes_and_triggers(tmp_path):
    """Batch mode re-creates only what SQLAlchemy can reflect; migrate puts back the rest (the search index's
    FTS triggers, expression indexes such as lower(name)), so an upgraded database equals a new one."""
    from umkm_desk.core.store.search_index import create_search_index

    path = tmp_path / "umkm.sqlite"
    target = resolve_target(path)
    migrate.run_migrations(target, FIRST)
    engine = create_engine(target.url)
    with engine.begin() as conn:
        fill_every_table(conn)
        has_fts = create_search_index(conn)
        triggers_before = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    engine.dispose()
    indexes_before = _index_sql(path)

    open_database(path).dispose()

    conn = sqlite3.connect(path)
    triggers_after = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    from umkm_desk.core.store.change_seq import tracked_tables

    change_triggers = {f"{t.name}_{kind}" for t in tracked_tables() for kind in ("change_seq", "tombstone")}
    assert triggers_after == triggers_before | {"audit_entry_no_update", "audit_entry_no_delete"} \
        | change_triggers  # 0005_accounts, 0010_change_seq
    if has_fts:
        assert {"business_fts_ai", "business_fts_au", "business_fts_ad"} <= triggers_after
    assert {name for name, _t, _s in indexes_before} <= {name for name, _t, _s in _index_sql(path)}
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).dispose()
    assert _index_sql(path) == _index_sql(fresh)


def test_concurrent_upgrades_on_a_server(db_url):
    """Two PCs start a new version at once: both succeed, the schema is upgraded once."""
    if "://" not in db_url:
        pytest.skip("SQLite: one app instance per file (QLockFile); this is about a shared server")
    import threading

    migrate.run_migrations(resolve_target(db_url), FIRST)
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_database(db_url).dispose()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert _revision(db_url) == migrate.head_revision()


def test_upgrade_fills_each_case_progress_from_its_stages(db_url):
    """0012_case_progress: the cases of an existing database get their progress from their stages."""
    from case_progress_helpers import assert_progress_kept

    from umkm_desk.core.services.context import ServiceContext

    _at_first_revision_with_rows(db_url)
    target = resolve_target(db_url)
    migrate.run_migrations(target, "0010_change_seq")
    engine = create_engine(target.url)
    try:
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM stage")).scalar()
            conn.execute(text("UPDATE stage SET status = 'berjalan'"))
    finally:
        engine.dispose()
    database = open_database(db_url)
    try:
        stored = assert_progress_kept(ServiceContext(database))
        assert stored and all(v is not None and v % 2 == 1 for v in stored.values())
    finally:
        database.dispose()

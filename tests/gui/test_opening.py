"""The first start after an update: a file behind the newest revision is upgraded in a thread behind a notice,
and the database it returns works on the GUI thread; a file at head opens directly, without the notice."""

from __future__ import annotations

import pytest

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry import business_query as bq
from umkm_desk.core.store import migrate
from umkm_desk.core.store.database import open_database, upgrade_due
from umkm_desk.core.store.engine import StoreError, resolve_target
from umkm_desk.gui import opening

PREVIOUS = migrate.known_revisions()[-2]


def _at_previous_revision(path) -> None:
    migrate.run_migrations(resolve_target(str(path)), PREVIOUS)  # a file that one revision has not reached yet


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = opening.UpgradeNotice.show
    monkeypatch.setattr(opening.UpgradeNotice, "show", lambda self: seen.append(self.message.text()) or real(self))
    return seen


def test_upgrade_runs_behind_the_notice(qapp, tmp_path, shown):
    path = tmp_path / "umkm.sqlite"
    _at_previous_revision(path)
    target = resolve_target(str(path))
    assert upgrade_due(target)

    database = opening.open_database_with_notice(qapp, str(path), target)
    try:
        assert len(shown) == 1 and "Memperbarui basis data" in shown[0]
        assert not upgrade_due(target)
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                migrate.head_revision()
            )
            indexes = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "ix_business_search_walk" in indexes
        assert bq.business_head(ServiceContext(database), bq.BusinessFilter(search="ban")).total == 0  # GUI thread
    finally:
        database.dispose()
    assert list((tmp_path / "backups").glob(f"*{PREVIOUS}*.sqlite"))  # the backup taken before the upgrade


def test_a_database_at_head_opens_without_the_notice(qapp, tmp_path, shown):
    path = tmp_path / "umkm.sqlite"
    open_database(path).dispose()
    database = opening.open_database_with_notice(qapp, str(path), resolve_target(str(path)))
    database.dispose()
    new = tmp_path / "baru.sqlite"  # a new file is created at head: nothing to upgrade
    opening.open_database_with_notice(qapp, str(new), resolve_target(str(new))).dispose()
    assert shown == []


def test_an_error_in_the_thread_reaches_the_caller(qapp, tmp_path, shown, monkeypatch):
    path = tmp_path / "umkm.sqlite"
    _at_previous_revision(path)

    def refuse(_db):
        raise StoreError("Basis data ini dibuat oleh UMKM Desk yang lebih baru.")

    monkeypatch.setattr(opening, "open_database", refuse)
    with pytest.raises(StoreError, match="lebih baru"):
        opening.open_database_with_notice(qapp, str(path), resolve_target(str(path)))
    assert len(shown) == 1

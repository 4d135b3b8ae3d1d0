"""The services the window uses: check and optimise, the portable SQLite export (also from PostgreSQL), and
restore/salvage from inside the running app."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.services.test_documents import TODAY
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.services.backups.checkup import check_database, optimise_database
from umkm_desk.core.services.backups.in_app import restore_in_app
from umkm_desk.core.services.backups.portable import export_to_sqlite
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office.officers import create_officer, list_officers
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.models import Business, Kelurahan
from umkm_desk.demo.generator import fill_demo


def test_check_and_optimise(db: Database) -> None:
    checkup = check_database(db)
    assert checkup.ok and "Hasil: BAIK" in checkup.report
    done = optimise_database(db)
    assert done and all(line.endswith(".") for line in done)
    assert check_database(db).ok


def test_export_to_a_portable_sqlite_file(db: Database, tmp_path: Path) -> None:
    fill_demo(db, businesses=25, seed=9, today=TODAY)
    dest = tmp_path / "bawa.sqlite"
    steps: list[tuple[int, int]] = []
    assert export_to_sqlite(db, dest, progress=lambda d, t: steps.append((d, t))) == dest.resolve()
    assert steps[-1][0] == steps[-1][1]
    copy = open_database(dest)  # the same format as a local database: it opens as one
    try:
        for model in (Business, Kelurahan):
            with db.read() as a, copy.read() as b:
                assert a.scalar(select(func.count()).select_from(model)) == b.scalar(
                    select(func.count()).select_from(model))
        with db.read() as a, copy.read() as b:
            assert sorted(a.scalars(select(Business.name))) == sorted(b.scalars(select(Business.name)))
    finally:
        copy.dispose()
    with pytest.raises(ServiceError, match="sudah ada"):
        export_to_sqlite(db, dest)
    with pytest.raises(ServiceError, match="tidak ada"):
        export_to_sqlite(db, tmp_path / "tidak-ada" / "x.sqlite")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_restore_in_app_reopens_the_database(sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db)
    path = sqlite_db.target.path
    assert path is not None
    backup = make_backup(path, now=lambda: datetime(2026, 2, 2, 9, 0)).path
    create_officer(ctx, "Siti")
    result = restore_in_app(ctx, backup)
    assert result.previous_saved_as is not None
    assert ctx.db is not sqlite_db
    try:
        assert [o.name for o in list_officers(ctx)] == []  # Siti came after the backup
        create_officer(ctx, "Budi")  # and the reopened database takes writes
    finally:
        ctx.db.dispose()
    conn = sqlite3.connect(result.previous_saved_as)
    try:
        assert conn.execute("SELECT name FROM officer").fetchall() == [("Siti",)]
    finally:
        conn.close()


@pytest.mark.parametrize("role", ["petugas", "pimpinan"])
def test_whole_database_copies_are_the_administrators(sqlite_db: Database, tmp_path: Path, role: str) -> None:
    """A backup, an export and an encrypted copy carry every NIK: the services refuse other roles, and
    nothing is written anywhere."""
    from account_helpers import as_role

    from umkm_desk.core.services.accounts.permissions import NotAllowed
    from umkm_desk.core.services.backups.in_app import backup_now, carry_encrypted, export_everything

    ctx = as_role(sqlite_db, role)
    folder = tmp_path / "cadangan"
    folder.mkdir()
    for attempt in (lambda: backup_now(ctx, folder), lambda: export_everything(ctx, tmp_path / "semua.sqlite"),
                    lambda: carry_encrypted(ctx, tmp_path / "salinan.zip", "Rahasia-Salinan-2026")):
        with pytest.raises(NotAllowed, match="mencadangkan"):
            attempt()
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "semua.sqlite").exists() and not (tmp_path / "salinan.zip").exists()


def test_the_administrator_backs_up_exports_and_carries(sqlite_db: Database, tmp_path: Path) -> None:
    from account_helpers import as_role

    from umkm_desk.core.services.backups.in_app import backup_now, carry_encrypted, export_everything

    ctx = as_role(sqlite_db, "admin")
    folder = tmp_path / "cadangan"
    folder.mkdir()
    made = backup_now(ctx, folder)
    assert made.path.parent == folder and made.path.is_file()
    assert export_everything(ctx, tmp_path / "semua.sqlite").is_file()
    assert carry_encrypted(ctx, tmp_path / "salinan.zip", "Rahasia-Salinan-2026").is_file()

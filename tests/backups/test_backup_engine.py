"""Automatic backups: verified copies, thinning over a simulated year, status, and the faults that must leave the
earlier backups as they were."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from umkm_desk.core.services.backups import automatic, files
from umkm_desk.core.services.backups.automatic import BackupError, make_backup, thin_folder
from umkm_desk.core.services.backups.identity import identify_file
from umkm_desk.core.services.backups.status import backup_status
from umkm_desk.core.services.backups.thinning import backups_to_keep
from umkm_desk.core.store.database import Database

START = datetime(2026, 1, 5, 17, 30)  # any day: the clock is injected


def _db_path(db: Database) -> Path:
    assert db.target.path is not None
    return db.target.path


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_backup_is_a_checked_copy_of_this_database(sqlite_db: Database) -> None:
    path = _db_path(sqlite_db)
    made = make_backup(path, now=lambda: START)
    assert made.path.parent == path.parent / "backups"
    assert made.path.name == "umkm-otomatis-20260105-173000.sqlite"
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    source, copy = identify_file(path), identify_file(made.path)
    assert source.database_id and copy.database_id == source.database_id
    assert copy.revision == source.revision
    # the id is written once: a second backup keeps it
    again = make_backup(path, now=lambda: START + timedelta(minutes=1))
    assert identify_file(again.path).database_id == source.database_id
    assert not [p for p in made.path.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_year_of_daily_backups_is_thinned_to_7_days_4_weeks_12_months(tmp_path: Path) -> None:
    """Day after day the backup of the day is added and the folder thinned, as the app does."""
    db_path = tmp_path / "umkm.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    day = START
    for _ in range(400):
        (folder / files.backup_name(db_path, files.AUTOMATIC, day)).write_bytes(b"x")
        thin_folder(db_path, folder)
        day += timedelta(days=1)
    last = day - timedelta(days=1)
    kept = sorted((b.made_at for b in files.named_backups(db_path, folder) if b.made_at), reverse=True)
    assert len(kept) == 7 + 4 + 12
    assert kept[:7] == [last - timedelta(days=n) for n in range(7)]  # the last seven days, each
    weekly = kept[7:11]
    weeks = {d.isocalendar()[:2] for d in weekly} | {kept[6].isocalendar()[:2]}
    assert len(weeks) == 5  # four more weeks, none the week of the oldest daily
    monthly = kept[11:]
    assert len({(d.year, d.month) for d in monthly}) == 12
    assert (last - kept[-1]).days > 300  # the year is still reachable


def test_thinning_keeps_only_the_newest_of_a_day_and_ignores_other_files(tmp_path: Path) -> None:
    db_path = tmp_path / "umkm.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    stamps = [START + timedelta(hours=h) for h in range(3)]
    for stamp in stamps:
        (folder / files.backup_name(db_path, files.AUTOMATIC, stamp)).write_bytes(b"x")
    upgrade = folder / "umkm-20250101-120000-0003_business_search_walk_index.sqlite"
    stranger = folder / "catatan.sqlite"
    upgrade.write_bytes(b"x")
    stranger.write_bytes(b"x")
    removed = thin_folder(db_path, folder)
    assert sorted(p.name for p in removed) == sorted(files.backup_name(db_path, files.AUTOMATIC, s)
                                                     for s in stamps[:2])
    assert upgrade.exists() and stranger.exists()
    assert backups_to_keep([]) == set()


def test_backups_over_weeks_with_the_real_engine(sqlite_db: Database) -> None:
    path = _db_path(sqlite_db)
    day = START
    for _ in range(20):
        current = day
        make_backup(path, now=lambda current=current: current)
        day += timedelta(days=1)
    kept = {b.made_at for b in files.named_backups(path, path.parent / "backups")}
    # Monday 5 to Saturday 24 January: the last 7 days (18-24), then the newest of the week before (Sunday 11);
    # the first week's Monday-Saturday share that week, so nothing older is kept.
    assert kept == {START + timedelta(days=n) for n in (*range(13, 20), 6)}
    status = backup_status(path, now=lambda: day)
    assert status.last_good == day - timedelta(days=1)
    assert not status.stale
    assert backup_status(path, now=lambda: day + timedelta(days=8)).stale


def test_status_without_backups_and_on_the_same_disk(sqlite_db: Database) -> None:
    path = _db_path(sqlite_db)
    status = backup_status(path)
    assert status.last_good is None and status.stale
    assert any("Belum ada cadangan" in w for w in status.warnings())
    make_backup(path)
    status = backup_status(path)
    assert status.same_disk is True
    assert any("disk yang sama" in w for w in status.warnings())


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a second file system (/dev/shm)")
def test_status_on_another_disk(sqlite_db: Database, tmp_path: Path) -> None:
    path = _db_path(sqlite_db)
    other = Path("/dev/shm") / f"umkm-backup-test-{os.getpid()}-{tmp_path.name}"
    other.mkdir()
    try:
        if os.stat(other).st_dev == os.stat(path).st_dev:
            pytest.skip("/dev/shm is on the same device here")
        make_backup(path, other)
        status = backup_status(path, other)
        assert status.same_disk is False
        assert not any("disk yang sama" in w for w in status.warnings())
    finally:
        for p in other.iterdir():
            p.unlink()
        other.rmdir()


# --- faults: a clear message, earlier backups untouched ------------------------------------------------


@pytest.fixture
def with_one_backup(sqlite_db: Database) -> tuple[Path, Path, dict[str, str]]:
    path = _db_path(sqlite_db)
    folder = make_backup(path, now=lambda: START).path.parent
    return path, folder, _fingerprint(folder)


def test_disk_full_while_copying(with_one_backup: tuple[Path, Path, dict[str, str]],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path, folder, before = with_one_backup

    def full_copy(source: Path, dest: Path) -> None:
        src, out = sqlite3.connect(source), sqlite3.connect(dest)
        try:
            out.execute("PRAGMA max_page_count=2")  # SQLite says SQLITE_FULL, as on a full disk
            src.backup(out)
        finally:
            src.close()
            out.close()

    monkeypatch.setattr(automatic, "copy_database", full_copy)
    with pytest.raises(BackupError, match="penuh") as caught:
        make_backup(path, now=lambda: START + timedelta(days=1))
    assert "Cadangan sebelumnya tidak diubah" in caught.value.message
    assert _fingerprint(folder) == before


def test_disk_full_when_flushing(with_one_backup: tuple[Path, Path, dict[str, str]],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path, folder, before = with_one_backup

    def no_space(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "fsync_file", no_space)
    with pytest.raises(BackupError, match="penuh"):
        make_backup(path, now=lambda: START + timedelta(days=1))
    assert _fingerprint(folder) == before


def test_chosen_folder_gone(sqlite_db: Database, tmp_path: Path) -> None:
    path = _db_path(sqlite_db)
    stick = tmp_path / "flashdisk" / "cadangan"
    with pytest.raises(BackupError, match="tidak ditemukan") as caught:
        make_backup(path, stick)
    assert "Pengaturan" in caught.value.message
    assert not stick.exists()  # never created on whatever drive took the letter


def test_read_only_folder(with_one_backup: tuple[Path, Path, dict[str, str]],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    path, folder, before = with_one_backup
    real_access = os.access
    monkeypatch.setattr(automatic.os, "access",
                        lambda p, mode: False if Path(p) == folder else real_access(p, mode))
    with pytest.raises(BackupError, match="hanya-baca"):
        make_backup(path, folder, now=lambda: START + timedelta(days=1))
    assert _fingerprint(folder) == before


def test_read_only_file_system_while_writing(with_one_backup: tuple[Path, Path, dict[str, str]],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, folder, before = with_one_backup

    def read_only(_source: Path, _dest: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(automatic, "copy_database", read_only)
    with pytest.raises(BackupError, match="hanya-baca"):
        make_backup(path, now=lambda: START + timedelta(days=1))
    assert _fingerprint(folder) == before


def test_a_copy_that_fails_its_check_is_not_kept(with_one_backup: tuple[Path, Path, dict[str, str]],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path, folder, before = with_one_backup
    monkeypatch.setattr(automatic, "integrity_problems", lambda conn: ["*** in database main ***"])
    with pytest.raises(BackupError, match="integrity_check"):
        make_backup(path, now=lambda: START + timedelta(days=1))
    assert _fingerprint(folder) == before

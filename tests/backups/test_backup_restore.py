"""Restore: the list, the checks that refuse a wrong file, the swap, and the letter register that never goes back."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.services.test_documents import TODAY, set_signatory
from umkm_desk.core.services.backups import files, holder
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.services.backups.identity import identify_file
from umkm_desk.core.services.backups.restore import RestoreError, list_backups, restore_backup
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.models import Business, IssuedDocument, Setting
from umkm_desk.demo.generator import fill_demo

START = datetime(2026, 3, 2, 16, 0)


@pytest.fixture
def office(sqlite_db: Database) -> ServiceContext:
    ctx = ServiceContext(sqlite_db, Actor(None, "Petugas Uji", "uji-pc"))
    fill_demo(sqlite_db, businesses=30, seed=7, today=TODAY)
    set_signatory(ctx)
    return ctx


def _path(ctx: ServiceContext) -> Path:
    assert ctx.db.target.path is not None
    return ctx.db.target.path


def _issue(ctx: ServiceContext, n: int) -> list[str]:
    ids = documents.eligible_business_ids(ctx, "summary")[:n]
    return [documents.issue_document(ctx, "summary", b, issued_on=TODAY, render_pdf=False).entry.number
            for b in ids]


def _numbers(db: Database) -> list[int]:
    with db.read() as session:
        return sorted(session.scalars(select(IssuedDocument.seq)))


def test_the_list_shows_date_size_and_counts(office: ServiceContext) -> None:
    path = _path(office)
    made = make_backup(path, now=lambda: START)
    [entry] = list_backups(path)
    assert entry.path == made.path and entry.made_at == START and entry.kind_label == "otomatis"
    assert entry.size == made.path.stat().st_size
    with office.db.read() as session:
        businesses = session.scalar(select(func.count()).select_from(Business).where(Business.deleted_at.is_(None)))
    assert entry.counts is not None and entry.counts.businesses == businesses and entry.problem is None


def test_restore_brings_the_data_back_and_the_register_goes_on(office: ServiceContext) -> None:
    path = _path(office)
    first = _issue(office, 2)
    backup = make_backup(path, now=lambda: START).path
    later = _issue(office, 3)  # issued after the backup: they will be gone from the data
    highest = max(_numbers(office.db))
    office.db.dispose()

    result = restore_backup(path, backup, now=lambda: START + timedelta(hours=1))

    assert sorted(d.number for d in result.lost_documents) == sorted(later)
    assert all(d.business_name for d in result.lost_documents)
    assert result.next_numbers == {TODAY.year: highest + 1}
    assert result.previous_saved_as.name.startswith("umkm-sebelum-pemulihan-")
    restored = open_database(path)
    try:
        ctx = ServiceContext(restored, office.actor)
        with restored.read() as session:
            numbers = set(session.scalars(select(IssuedDocument.number)))
        assert numbers == set(first)
        [again] = _issue(ctx, 1)
        with restored.read() as session:
            seq = session.scalar(select(IssuedDocument.seq).where(IssuedDocument.number == again))
        assert seq == highest + 1  # never a number that was already given out
    finally:
        restored.dispose()
    # the replaced file is kept, whole, with the documents the restore took out
    kept = sqlite3.connect(result.previous_saved_as)
    try:
        assert {r[0] for r in kept.execute("SELECT number FROM issued_document")} == set(first + later)
    finally:
        kept.close()


def test_restore_keeps_the_chosen_backup_folder_and_the_database_id(office: ServiceContext) -> None:
    path = _path(office)
    backup = make_backup(path, now=lambda: START).path
    from umkm_desk.core.services.backups.status import chosen_folder, set_backup_folder

    other = path.parent / "flashdisk"
    other.mkdir()
    set_backup_folder(office, other)
    database_id = identify_file(path).database_id
    office.db.dispose()
    result = restore_backup(path, backup, folder=path.parent / "backups")
    assert result.lost_documents == ()
    reopened = open_database(path)
    try:
        assert chosen_folder(ServiceContext(reopened)) == other.resolve()
        with reopened.read() as session:
            assert session.get(Setting, "database_id") is not None
    finally:
        reopened.dispose()
    assert identify_file(path).database_id == database_id


# --- refusals: a clear message, nothing changed ---------------------------------------------------------


def _execute(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(sql)
    finally:
        conn.close()  # the last connection checkpoints: the change is in the file itself


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed(office: ServiceContext) -> Iterator[tuple[Path, Path]]:
    path = _path(office)
    backup = make_backup(path, now=lambda: START).path
    office.db.dispose()
    yield path, backup


def _refused(path: Path, backup: Path, match: str) -> None:
    before = _digest(path)
    with pytest.raises(RestoreError, match=match) as caught:
        restore_backup(path, backup)
    assert "Tidak ada yang diubah" in caught.value.message or "tidak diubah" in caught.value.message
    assert _digest(path) == before
    assert not [p for p in path.parent.iterdir() if ".restore-" in p.name]


def test_refuses_a_backup_of_another_database(closed: tuple[Path, Path], tmp_path: Path,
                                              _db_templates: object) -> None:
    path, _backup = closed
    other_dir = tmp_path / "kantor-lain"
    other_dir.mkdir()
    other = other_dir / "umkm.sqlite"
    shutil.copyfile(path, other)
    _execute(other, "UPDATE setting SET value = '\"00000000-0000-0000-0000-000000000000\"' "
                    "WHERE key = 'database_id'")
    _refused(path, other, "basis data lain")


def test_refuses_another_programs_file_and_a_non_sqlite_file(closed: tuple[Path, Path], tmp_path: Path) -> None:
    path, _backup = closed
    foreign = tmp_path / "umkm-otomatis-20260101-000000.sqlite"
    _execute(foreign, "CREATE TABLE notes (x)")
    _refused(path, foreign, "bukan basis data UMKM Desk")
    text = tmp_path / "catatan.sqlite"
    text.write_text("bukan basis data")
    _refused(path, text, "bukan cadangan UMKM Desk")


def test_refuses_a_truncated_backup(closed: tuple[Path, Path], tmp_path: Path) -> None:
    path, backup = closed
    cut = tmp_path / "terpotong.sqlite"
    data = backup.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    _refused(path, cut, "rusak atau terpotong")


def test_refuses_a_backup_from_a_newer_version(closed: tuple[Path, Path], tmp_path: Path) -> None:
    path, backup = closed
    newer = tmp_path / "baru.sqlite"
    shutil.copyfile(backup, newer)
    _execute(newer, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    _refused(path, newer, "lebih baru")


def test_refuses_while_the_app_holds_the_database(closed: tuple[Path, Path]) -> None:
    path, backup = closed
    before = _digest(path)
    app = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from umkm_desk.core.services.backups import holder\n"
         "with holder.holding(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "held"
        with pytest.raises(holder.DatabaseInUse) as caught:
            restore_backup(path, backup)
        assert f"PID {app.pid}" in caught.value.message
        assert _digest(path) == before
    finally:
        app.kill()
        app.wait()
    # the holder is gone: its lock is stale and the restore goes ahead
    restore_backup(path, backup)
    assert not holder.lock_path(path).exists()


def test_the_restore_lock_is_one_qt_respects(closed: tuple[Path, Path]) -> None:
    """While a command restores, the app's QLockFile sees the database as taken (and the app will not start)."""
    pytest.importorskip("PySide6")
    path, _backup = closed
    probe = ("import sys; from PySide6.QtCore import QLockFile\n"
             "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
             "print('free' if lock.tryLock(0) else 'taken')")
    with holder.holding(path):
        out = subprocess.run([sys.executable, "-c", probe, str(holder.lock_path(path))],
                             capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "taken"


def test_the_restored_database_opens(closed: tuple[Path, Path]) -> None:
    path, backup = closed
    result = restore_backup(path, backup)
    assert result.counts is not None
    reopened = open_database(path)
    reopened.dispose()


def test_documents_lost_are_dated(office: ServiceContext) -> None:
    path = _path(office)
    backup = make_backup(path, now=lambda: START).path
    _issue(office, 1)
    office.db.dispose()
    [lost] = restore_backup(path, backup).lost_documents
    assert lost.issued_on == TODAY and isinstance(lost.issued_on, date)
    assert lost.kind_label == "Ringkasan Kasus"
    assert files.parse_name(path, backup) is not None


def test_restore_over_a_damaged_file_keeps_it_byte_for_byte(closed: tuple[Path, Path]) -> None:
    path, backup = closed
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'kelurahan' AND pagetype = 'leaf' "
                            "LIMIT 1").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\x0d" + b"\xff" * (size - 1))
    damaged = path.read_bytes()
    result = restore_backup(path, backup)
    assert result.previous_saved_as is not None
    assert result.previous_saved_as.read_bytes() == damaged  # kept as it was, never opened for writing
    assert identify_file(path).counts == identify_file(backup).counts

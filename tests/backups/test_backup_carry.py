"""The password-protected copy to carry: encrypted (AES), the password nowhere on disk, opened back into a backup
that restores like any other; a wrong password or a damaged archive is a clear message."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from umkm_desk.core.services.backups.automatic import BackupError
from umkm_desk.core.services.backups.carry import export_encrypted, open_encrypted
from umkm_desk.core.services.backups.identity import identify_file
from umkm_desk.core.services.backups.restore import list_backups, restore_backup
from umkm_desk.core.services.backups.status import backup_status
from umkm_desk.core.store.database import Database

PASSWORD = "Serang-Madani-2026"
WHEN = datetime(2026, 10, 5, 11, 0)


@pytest.fixture
def closed(sqlite_db: Database) -> Path:
    path = sqlite_db.target.path
    assert path is not None
    sqlite_db.dispose()
    return path


def test_export_is_encrypted_and_opens_with_the_password(closed: Path, tmp_path: Path) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    archive = export_encrypted(closed, stick / "cadangan.zip", PASSWORD, now=lambda: WHEN)
    data = archive.read_bytes()
    assert b"SQLite format 3" not in data and PASSWORD.encode() not in data
    with zipfile.ZipFile(archive) as plain, pytest.raises(RuntimeError, match="encrypted"):
        plain.read(plain.namelist()[0])
    assert sorted(p.name for p in stick.iterdir()) == ["cadangan.zip"]  # no plain copy left anywhere near
    assert not [p for p in closed.parent.iterdir() if p.name.startswith(".")]

    folder = closed.parent / "backups"
    folder.mkdir(exist_ok=True)
    with pytest.raises(BackupError, match="Kata sandi salah"):
        open_encrypted(archive, "salah-sandi", folder, closed)
    taken = open_encrypted(archive, PASSWORD, folder, closed, now=lambda: WHEN)
    assert identify_file(taken).database_id == identify_file(closed).database_id
    [entry] = list_backups(closed)
    assert entry.kind_label == "dari salinan berkata sandi" and entry.problem is None
    assert backup_status(closed).last_good is None  # taken out today, not made today
    restore_backup(closed, taken)


def test_refusals(closed: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="minimal 8"):
        export_encrypted(closed, tmp_path / "a.zip", "pendek")
    existing = tmp_path / "ada.zip"
    existing.write_bytes(b"x")
    with pytest.raises(BackupError, match="sudah ada"):
        export_encrypted(closed, existing, PASSWORD)
    with pytest.raises(BackupError, match="tidak ada"):
        export_encrypted(closed, tmp_path / "tidak-ada" / "a.zip", PASSWORD)
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(BackupError, match="bukan arsip ZIP"):
        open_encrypted(broken, PASSWORD, tmp_path, closed)
    other = tmp_path / "lain.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("catatan.txt", "halo")
    with pytest.raises(BackupError, match="bukan salinan UMKM Desk"):
        open_encrypted(other, PASSWORD, tmp_path, closed)

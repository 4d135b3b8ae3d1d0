"""``umkm-desk backups`` and ``umkm-desk restore`` through the real command line; ``check`` keeps its contract."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from umkm_desk.cli import main
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.store.database import Database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def closed_db(sqlite_db: Database) -> Path:
    path = sqlite_db.target.path
    assert path is not None
    make_backup(path, now=lambda: datetime(2026, 5, 4, 9, 15))
    sqlite_db.dispose()
    return path


def test_backups_lists_them(closed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "backups", "--db", str(closed_db))
    assert code == 0, err
    assert "umkm-otomatis-20260504-091500.sqlite" in out
    assert "4 Mei 2026 09.15" in out and "dapat dipulihkan" in out
    assert "UMKM" in out and "dokumen" in out


def test_restore_by_name_then_check_is_healthy(closed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "restore", "--db", str(closed_db), "umkm-otomatis-20260504-091500.sqlite")
    assert code == 0, err
    assert "dipulihkan dari umkm-otomatis-20260504-091500.sqlite" in out
    assert "sebelum-pemulihan" in out
    code, out, _ = _run(capsys, "check", "--db", str(closed_db))
    assert code == 0 and "Hasil: BAIK" in out
    code, out, _ = _run(capsys, "backups", "--db", str(closed_db))
    assert "sebelum pemulihan" in out


def test_restore_refusals_are_one_line(closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    code, _, err = _run(capsys, "restore", "--db", str(closed_db), str(broken))
    assert code == 1 and err.count("\n") == 1 and "umkm-desk restore:" in err and "diubah" in err
    code, _, err = _run(capsys, "restore", "--db", str(tmp_path / "tidak-ada.sqlite"), str(broken))
    assert code == 2 and "tidak ditemukan" in err
    assert not (tmp_path / "tidak-ada.sqlite").exists()
    code, _, err = _run(capsys, "restore", "--db", "postgresql://umkm@127.0.0.1:1/umkm", str(broken))
    assert code == 2 and "pengelola server" in err


def test_backups_of_a_missing_folder(closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "backups", "--db", str(closed_db), "--folder", str(tmp_path / "flashdisk"))
    assert code == 1 and "tidak dapat dibaca" in err


def test_restore_a_password_protected_copy(closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    from umkm_desk.core.services.backups.carry import export_encrypted

    archive = export_encrypted(closed_db, tmp_path / "bawa.zip", "kata-sandi-kantor")
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": "salah-sekali")
    code, _, err = _run(capsys, "restore", "--db", str(closed_db), str(archive))
    assert code == 1 and "Kata sandi salah" in err
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": "kata-sandi-kantor")
    code, out, err = _run(capsys, "restore", "--db", str(closed_db), str(archive))
    assert code == 0, err
    assert "-dibawa-" in out

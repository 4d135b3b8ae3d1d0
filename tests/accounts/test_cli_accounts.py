"""The command line on a database with accounts: --user and a password for every command, refusals audited,
`user` to manage accounts, and the demo's accounts."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from umkm_desk.cli import main
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.models import AuditEntry

PASSWORD = "Uji-Kata-Sandi-2026"  # tests/conftest.py's demo password


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--businesses", "5"]) == 0
    out = capsys.readouterr().out
    assert "admin, petugas, pimpinan" in out and PASSWORD not in out
    return path


def _audit(path, action):
    db = open_database(path)
    try:
        with db.read() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                        .order_by(AuditEntry.at)))
    finally:
        db.dispose()


def test_version_needs_nothing(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0


def test_every_command_needs_a_user_on_a_database_with_accounts(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("UMKM_DESK_USER")
    for argv in (["check"], ["backup", str(tmp_path / "copy.sqlite")], ["export", "umkm", "--out",
                 str(tmp_path / "u.xlsx")], ["report", "rekap", "--year", "2026", "--out", str(tmp_path / "r.pdf")],
                 ["import", str(tmp_path / "none.csv")], ["print", "letter", "--all", "--out", str(tmp_path / "o")]):
        assert main([*argv, "--db", str(demo_db)]) == 1, argv
        assert "Tambahkan --user" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite").exists() and not (tmp_path / "u.xlsx").exists()
    assert len([r for r in _audit(demo_db, "login_fail") if r.field == "alasan"]) == 6


def test_a_wrong_or_missing_password_exits_non_zero_with_an_audit_row(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("UMKM_DESK_PASSWORD", "bukan-kata-sandinya")
    assert main(["check", "--db", str(demo_db), "--user", "petugas"]) == 1
    assert capsys.readouterr().err.strip() == "umkm-desk check: Nama pengguna atau kata sandi salah."
    monkeypatch.delenv("UMKM_DESK_PASSWORD")  # and no terminal to type it in
    assert main(["check", "--db", str(demo_db), "--user", "petugas"]) == 1
    assert "kata sandi tidak diberikan" in capsys.readouterr().err
    fails = _audit(demo_db, "login_fail")
    assert [f.field for f in fails] == ["percobaan_gagal", "username", "alasan"]
    assert fails[0].officer_name == "Petugas Contoh"


def test_the_password_is_never_written_to_the_log(demo_db, capsys, monkeypatch):
    from umkm_desk import logs

    secret = "Rahasia-Sekali-991"
    monkeypatch.setenv("UMKM_DESK_PASSWORD", secret)
    assert main(["check", "--db", str(demo_db), "--user", "admin"]) == 1
    logs.shutdown()
    assert secret not in logs.log_path().read_text(encoding="utf-8", errors="replace")


def test_the_right_password_runs_the_command_as_that_account(demo_db, tmp_path, capsys):
    assert main(["export", "umkm", "--db", str(demo_db), "--user", "pimpinan", "--out",
                 str(tmp_path / "u.xlsx")]) == 0
    (export,) = [r for r in _audit(demo_db, "export") if r.field == "nik"]
    assert export.officer_name == "Pimpinan Contoh" and export.new_value == "disamarkan"
    assert _audit(demo_db, "login")[-1].officer_name == "Pimpinan Contoh"


def test_a_role_that_may_not_write_is_refused_by_the_command(demo_db, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["print", "letter", "--all", "--db", str(demo_db), "--user", "pimpinan", "--out", str(out)]) == 1
    assert "Pimpinan tidak boleh" in capsys.readouterr().err
    assert not list(out.glob("*.pdf")) if out.exists() else True


def test_a_generated_demo_password_is_printed_once_and_works(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("UMKM_DESK_DEMO_PASSWORD")
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--businesses", "3"]) == 0
    match = re.search(r"Kata sandi: (\S+)", capsys.readouterr().out)
    assert match
    monkeypatch.setenv("UMKM_DESK_PASSWORD", match.group(1))
    assert main(["check", "--db", str(path), "--user", "petugas"]) == 0


def test_a_demo_password_the_rules_refuse_stops_before_anything_is_written(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UMKM_DESK_DEMO_PASSWORD", "pendek")
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 1
    assert "UMKM_DESK_DEMO_PASSWORD" in capsys.readouterr().err and not path.exists()


def test_first_admin_then_accounts_with_temporary_passwords(tmp_path, capsys, monkeypatch):
    path = tmp_path / "kantor.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    monkeypatch.setenv("UMKM_DESK_NEW_PASSWORD", "Dinas-Serang-2026")
    assert main(["user", "add", "budi", "--role", "petugas", "--db", str(path)]) == 1
    assert "administrator pertama" in capsys.readouterr().err
    assert main(["user", "add", "kepala", "--role", "admin", "--name", "Rina Kusuma", "--db", str(path)]) == 0
    assert "kepala (Administrator) dibuat." in capsys.readouterr().out
    monkeypatch.setenv("UMKM_DESK_USER", "kepala")
    monkeypatch.setenv("UMKM_DESK_PASSWORD", "Dinas-Serang-2026")
    monkeypatch.setenv("UMKM_DESK_NEW_PASSWORD", "Sementara-Baru-1")
    assert main(["user", "add", "budi", "--role", "petugas", "--name", "Budi Santoso", "--db", str(path)]) == 0
    assert "sementara" in capsys.readouterr().out
    # budi must change the temporary password before anything else
    monkeypatch.setenv("UMKM_DESK_USER", "budi")
    monkeypatch.setenv("UMKM_DESK_PASSWORD", "Sementara-Baru-1")
    assert main(["check", "--db", str(path)]) == 1
    assert "masih sementara" in capsys.readouterr().err
    monkeypatch.setenv("UMKM_DESK_NEW_PASSWORD", "Kopi-Banten-77")
    assert main(["user", "passwd", "--db", str(path)]) == 0
    monkeypatch.setenv("UMKM_DESK_PASSWORD", "Kopi-Banten-77")
    assert main(["check", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["user", "list", "--db", str(path)]) == 1  # a petugas manages no accounts
    assert "mengelola akun" in capsys.readouterr().err
    monkeypatch.setenv("UMKM_DESK_USER", "kepala")
    monkeypatch.setenv("UMKM_DESK_PASSWORD", "Dinas-Serang-2026")
    assert main(["user", "disable", "budi", "--db", str(path)]) == 0
    assert main(["user", "list", "--db", str(path)]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"budi\s+Petugas\s+nonaktif\s+Budi Santoso", listing)
    assert re.search(r"kepala\s+Administrator\s+aktif\s+Rina Kusuma", listing)
    assert main(["user", "disable", "kepala", "--db", str(path)]) == 1
    assert "administrator aktif terakhir" in capsys.readouterr().err


@pytest.mark.parametrize("username", ["kepala' OR 1=1 --", "kep\x1bala", "x" * 200])
def test_usernames_with_sql_or_control_characters_are_refused(tmp_path, capsys, monkeypatch, username):
    path = tmp_path / "kantor.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    monkeypatch.setenv("UMKM_DESK_NEW_PASSWORD", "Dinas-Serang-2026")
    assert main(["user", "add", username, "--role", "admin", "--db", str(path)]) == 1
    assert "Nama pengguna 3–32" in capsys.readouterr().err
    assert main(["user", "add", "kepala", "--role", "admin", "--db", str(path)]) == 0
    monkeypatch.setenv("UMKM_DESK_PASSWORD", "Dinas-Serang-2026")
    assert main(["check", "--db", str(path), "--user", username]) == 1
    assert "Nama pengguna 3–32" in capsys.readouterr().err

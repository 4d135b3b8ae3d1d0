"""Side effects only where promised: reading commands leave files byte-for-byte alone, a mistyped --db is not
a new database, backup neither overwrites nor makes folders unasked, killed copies are cleaned up, and
``init`` is the way to make an empty database."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from umkm_desk.cli import main
from umkm_desk.core.store.backup import integrity_check
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.migrate import head_revision, read_sqlite_state
from umkm_desk.demo.generator import fill_demo

pytestmark = pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dead_pid() -> int:
    pid = 999_999
    while Path(f"/proc/{pid}").exists() or pid == os.getpid():
        pid -= 1
    return pid


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "umkm.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=20, seed=3, today=date.today())
    finally:
        db.dispose()
    return path


# --- a mistyped --db ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["print", "letter", "--all", "--out", "OUT"], ["check"], ["backup", "DEST"]])
def test_a_mistyped_db_creates_nothing(tmp_path, capsys, command):
    typo = tmp_path / "salah" / "umkm.sqlit"
    argv = [arg.replace("OUT", str(tmp_path / "surat")).replace("DEST", str(tmp_path / "c.sqlite"))
            for arg in command]
    code, _out, err = run(capsys, *argv[:1], "--db", str(typo), *argv[1:])
    assert code != 0
    assert "tidak ditemukan" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# --- check ----------------------------------------------------------------------------------------------


def test_check_changes_no_byte_of_a_umkm_database(demo_file, capsys):
    before = digest(demo_file)
    code, out, _err = run(capsys, "check", "--db", str(demo_file))
    assert code == 0, out
    assert digest(demo_file) == before


def test_check_on_another_programs_sqlite_file(tmp_path, capsys):
    other = tmp_path / "kasir.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE penjualan (id INTEGER PRIMARY KEY, total INTEGER)")
    conn.execute("INSERT INTO penjualan (total) VALUES (15000)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback journal, not WAL
    code, _out, err = run(capsys, "check", "--db", str(other))
    assert code == 2
    assert "bukan basis data UMKM Desk" in err
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kasir.db"]


def test_check_a_database_behind_head_in_rollback_mode_stays_as_it_is(demo_file, capsys):
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = digest(demo_file)
    code, out, _err = run(capsys, "check", "--db", str(demo_file))
    assert code == 0, out
    assert digest(demo_file) == before


# --- screenshot -----------------------------------------------------------------------------------------


def test_screenshot_writes_nothing_into_the_database(demo_file, tmp_path):
    before = digest(demo_file)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-m", "umkm_desk", "--db", str(demo_file), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.png").exists()
    assert digest(demo_file) == before
    conn = sqlite3.connect(demo_file)
    try:
        assert conn.execute("SELECT count(*) FROM officer WHERE name = 'Petugas Demo'").fetchone()[0] == 0
    finally:
        conn.close()


# --- backup ---------------------------------------------------------------------------------------------


def test_backup_refuses_an_existing_destination_unless_forced(demo_file, tmp_path, capsys):
    dest = tmp_path / "cadangan.sqlite"
    assert run(capsys, "backup", "--db", str(demo_file), str(dest))[0] == 0
    first = digest(dest)
    code, _out, err = run(capsys, "backup", "--db", str(demo_file), str(dest))
    assert code == 2 and "sudah ada" in err and "--force" in err
    assert digest(dest) == first
    code, out, err = run(capsys, "backup", "--db", str(demo_file), str(dest), "--force")
    assert code == 0, err
    assert integrity_check(dest) == ["ok"]


def test_backup_refuses_a_missing_folder(demo_file, tmp_path, capsys):
    dest = tmp_path / "tidak" / "ada" / "c.sqlite"
    code, _out, err = run(capsys, "backup", "--db", str(demo_file), str(dest))
    assert code == 2 and "tidak ada" in err
    assert not (tmp_path / "tidak").exists()


# --- partial files of killed copies ---------------------------------------------------------------------


def test_stale_partial_files_are_removed_at_the_next_start_and_live_ones_kept(demo_file):
    backups = demo_file.parent / "backups"
    backups.mkdir()
    dead, live = dead_pid(), os.getpid()
    stale = [backups / f".umkm-20260101-000000-0001.sqlite.partial-{dead}",
             backups / f".umkm-20260101-000000-0001.sqlite.partial-{dead}-journal",
             demo_file.parent / f".umkm.sqlite.restore-{dead}"]
    kept = [backups / f".umkm-20260101-000000-0002.sqlite.partial-{live}",
            demo_file.parent / f".laporan.xlsx.partial-{dead}"]  # not ours: another program's file
    for path in stale + kept:
        path.write_bytes(b"x" * 100)
    open_database(demo_file).dispose()
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in kept)


# --- init -----------------------------------------------------------------------------------------------


def test_init_makes_an_empty_database_at_head_and_refuses_an_existing_file(tmp_path, capsys):
    path = tmp_path / "baru.sqlite"
    code, out, err = run(capsys, "init", "--db", str(path))
    assert code == 0, err
    assert str(path) in out
    assert read_sqlite_state(path).revision == head_revision()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM kelurahan").fetchone()[0] > 0  # reference data
        assert conn.execute("SELECT count(*) FROM business").fetchone()[0] == 0
    finally:
        conn.close()
    before = digest(path)
    code, _out, err = run(capsys, "init", "--db", str(path))
    assert code == 2 and "sudah ada" in err
    assert digest(path) == before
    other = tmp_path / "catatan.txt"
    other.write_text("penting")
    assert run(capsys, "init", "--db", str(other))[0] == 2
    assert other.read_text() == "penting"

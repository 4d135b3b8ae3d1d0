"""``umkm-desk check``, ``umkm-desk backup`` and ``--version`` through the real command line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from umkm_desk import __version__
from umkm_desk.cli import main
from umkm_desk.core.store import migrate
from umkm_desk.core.store.backup import integrity_check
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import resolve_target

pytestmark = pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _revision(url: str) -> str:
    engine = create_engine(resolve_target(url).url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


# --- check ---------------------------------------------------------------------------------------------


def test_check_healthy_database(db_url, capsys):
    open_database(db_url).dispose()
    code, out, err = _run(capsys, "check", "--db", db_url)
    assert code == 0, out + err
    assert f"{migrate.head_revision()} (terbaru)" in out
    assert "Hasil: BAIK" in out
    lines = {line.split()[0]: line.split()[-1] for line in out.splitlines() if line.startswith("  ") and line.split()}
    assert lines["kelurahan"] == "67"
    assert lines["business"] == "0"
    if "://" in db_url:
        assert "ditegakkan oleh server PostgreSQL" in out
    else:
        assert "Integritas   : ok" in out
        assert "Kunci asing  : ok" in out


def test_check_table_is_aligned(tmp_path, capsys):
    path = str(tmp_path / "umkm.sqlite")
    open_database(path).dispose()
    _code, out, _err = _run(capsys, "check", "--db", path)
    rows = [line for line in out.splitlines() if line.startswith("  ") and not line.startswith("  -")]
    header = rows[0]
    assert header.split() == ["Tabel", "Baris"]
    assert len({len(line) for line in rows}) == 1  # right-aligned counts: every line equally wide
    assert any("kecamatan" in line and "7." in line for line in rows)  # thousands with a dot


def test_check_reports_a_database_behind_head_without_changing_it(db_url, capsys):
    migrate.run_migrations(resolve_target(db_url), "0001_initial")
    code, out, _err = _run(capsys, "check", "--db", db_url)
    assert code == 1
    assert "0001_initial (tertinggal)" in out
    assert "ADA MASALAH" in out
    assert _revision(db_url) == "0001_initial"
    if "://" not in db_url:
        assert not (Path(db_url).parent / "backups").exists()


def test_check_reports_foreign_key_violations(tmp_path, capsys):
    path = tmp_path / "umkm.sqlite"
    open_database(path).dispose()
    conn = sqlite3.connect(path)  # plain sqlite3: foreign keys are off by default
    conn.execute(
        "INSERT INTO assist_case (id, business_id, status, opened_on, naik_kelas, created_at, updated_at) "
        "VALUES (?, ?, 'aktif', '2025-01-01', 0, '2025-01-01', '2025-01-01')",
        (uuid.uuid4().hex, uuid.uuid4().hex),
    )
    conn.commit()
    conn.close()
    code, out, _err = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "1 PELANGGARAN" in out
    assert "assist_case baris 1 menunjuk business yang tidak ada" in out


def test_check_reports_damaged_pages(tmp_path, capsys):
    path = tmp_path / "umkm.sqlite"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_kelurahan_kecamatan_code'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek(page_size * (root - 1))
        fh.write(b"\x0d" + b"\x00" * 7 + b"\xff" * (page_size - 8))  # a leaf page full of nonsense
    code, out, _err = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "Integritas   : RUSAK" in out
    assert "TIDAK TERBACA" in out  # the count over the damaged index
    assert "ADA MASALAH" in out


def test_check_newer_database(tmp_path, capsys):
    path = tmp_path / "umkm.sqlite"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_dari_masa_depan'")
    conn.commit()
    conn.close()
    code, out, _err = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "lebih baru" in out


def test_check_missing_file_is_not_created(tmp_path, capsys):
    path = tmp_path / "tidak-ada.sqlite"
    code, _out, err = _run(capsys, "check", "--db", str(path))
    assert code == 2
    assert "tidak ditemukan" in err
    assert not path.exists()


def test_check_non_sqlite_file(tmp_path, capsys):
    path = tmp_path / "catatan.sqlite"
    path.write_text("bukan basis data", encoding="utf-8")
    code, _out, err = _run(capsys, "check", "--db", str(path))
    assert code == 2
    assert "bukan berkas SQLite" in err
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    code, _out, err = _run(capsys, "check", "--db", str(path))
    assert code == 2
    assert "rusak atau bukan basis data SQLite" in err


def test_check_unreachable_server(capsys):
    code, _out, err = _run(capsys, "check", "--db", "postgresql://umkm@127.0.0.1:1/umkm")
    assert code == 2
    assert "umkm-desk check:" in err


# --- backup --------------------------------------------------------------------------------------------


def _business_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM owner ORDER BY name")]
    finally:
        conn.close()


def _add_owner(conn: sqlite3.Connection, name: str) -> None:
    conn.execute(
        "INSERT INTO owner (id, name, nik_missing, created_at, updated_at) VALUES (?, ?, 0, '2025-01-01', '2025-01-01')",
        (uuid.uuid4().hex, name),
    )


def test_backup_writes_a_checked_copy(tmp_path, capsys):
    src = tmp_path / "umkm.sqlite"
    open_database(src).dispose()
    conn = sqlite3.connect(src)
    _add_owner(conn, "Bu Sari")
    conn.commit()
    conn.close()
    dest = tmp_path / "salinan" / "cadangan.sqlite"
    dest.parent.mkdir()
    code, out, err = _run(capsys, "backup", "--db", str(src), str(dest))
    assert code == 0, err
    assert str(dest) in out
    assert integrity_check(dest) == ["ok"]
    assert _business_names(dest) == ["Bu Sari"]
    assert [p.name for p in dest.parent.iterdir()] == ["cadangan.sqlite"]  # no partial files
    # the copy is a complete UMKM Desk database at head
    code, out, _err = _run(capsys, "check", "--db", str(dest))
    assert code == 0, out


def test_backup_into_a_folder(tmp_path, capsys):
    src = tmp_path / "umkm.sqlite"
    open_database(src).dispose()
    folder = tmp_path / "arsip"
    folder.mkdir()
    code, out, _err = _run(capsys, "backup", "--db", str(src), str(folder))
    assert code == 0
    written = list(folder.glob("umkm-*.sqlite"))
    assert len(written) == 1 and str(written[0]) in out


def test_backup_refuses_its_own_source(tmp_path, capsys, monkeypatch):
    src = tmp_path / "umkm.sqlite"
    open_database(src).dispose()
    before = src.read_bytes()
    monkeypatch.chdir(tmp_path)
    for dest in (str(src), "umkm.sqlite", "./umkm.sqlite"):
        code, _out, err = _run(capsys, "backup", "--db", str(src), dest)
        assert code == 2
        assert "sama dengan basis data sumber" in err
    assert src.read_bytes() == before


def test_backup_does_not_overwrite_an_unrelated_file(tmp_path, capsys):
    src = tmp_path / "umkm.sqlite"
    open_database(src).dispose()
    other = tmp_path / "laporan.docx"
    other.write_bytes(b"PK\x03\x04 dokumen penting")
    code, _out, err = _run(capsys, "backup", "--db", str(src), str(other))
    assert code == 2
    assert "tidak ditimpa" in err
    assert other.read_bytes() == b"PK\x03\x04 dokumen penting"


def test_backup_missing_source(tmp_path, capsys):
    code, _out, err = _run(capsys, "backup", "--db", str(tmp_path / "x.sqlite"), str(tmp_path / "y.sqlite"))
    assert code == 2
    assert "tidak ditemukan" in err
    assert not (tmp_path / "x.sqlite").exists() and not (tmp_path / "y.sqlite").exists()


def test_backup_on_postgresql_says_pg_dump(tmp_path, capsys):
    code, _out, err = _run(capsys, "backup", "--db", "postgresql://umkm@db.kantor/umkm", str(tmp_path / "x"))
    assert code == 2
    assert "hanya untuk basis data SQLite" in err and "pg_dump" in err


def test_backup_full_disk(tmp_path, capsys, monkeypatch):
    from umkm_desk.core.store import backup as backup_mod

    src = tmp_path / "umkm.sqlite"
    open_database(src).dispose()
    real_connect = backup_mod._connect

    def connect(p):
        conn = real_connect(p)
        if ".partial-" in Path(p).name:
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(backup_mod, "_connect", connect)
    dest = tmp_path / "out" / "c.sqlite"
    dest.parent.mkdir()
    code, _out, err = _run(capsys, "backup", "--db", str(src), str(dest))
    assert code == 1
    assert "Disk penuh" in err
    assert list((tmp_path / "out").iterdir()) == []


def test_backup_while_the_app_holds_a_write_transaction(tmp_path, capsys):
    """The app has committed pages still in the -wal and an open write transaction with uncommitted pages
    spilled into the -wal: the backup neither waits for it nor copies the uncommitted rows."""
    src = tmp_path / "umkm.sqlite"
    database = open_database(src)
    try:
        raw = database.engine.raw_connection()
        app = raw.driver_connection
        app.execute("PRAGMA wal_autocheckpoint=0")  # keep committed pages in the -wal
        app.execute("PRAGMA cache_size=1")  # spill uncommitted pages to the -wal early
        app.execute("BEGIN IMMEDIATE")
        _add_owner(app, "Pak Komit")
        app.execute("COMMIT")
        app.execute("BEGIN IMMEDIATE")
        for i in range(300):
            _add_owner(app, f"Belum Komit {i:03d} " + "x" * 200)
        wal = Path(f"{src}-wal")
        assert wal.stat().st_size > 0
        assert app.in_transaction

        dest = tmp_path / "cadangan.sqlite"
        result: dict[str, object] = {}

        def run_backup() -> None:
            started = time.monotonic()
            result["code"] = main(["backup", "--db", str(src), str(dest)])
            result["seconds"] = time.monotonic() - started

        worker = threading.Thread(target=run_backup)
        worker.start()
        worker.join(timeout=30)
        assert not worker.is_alive()
        assert result["code"] == 0
        assert result["seconds"] < 5  # no waiting on the writer (busy_timeout is 10 s)
        assert app.in_transaction  # the app's transaction is untouched
        app.execute("COMMIT")
        raw.close()
    finally:
        database.dispose()
    capsys.readouterr()
    assert integrity_check(dest) == ["ok"]
    assert _business_names(dest) == ["Pak Komit"]
    assert len(_business_names(src)) == 301


# --- version -------------------------------------------------------------------------------------------


def test_version(capsys):
    with pytest.raises(SystemExit) as excinfo:
        main(["--version"])
    assert excinfo.value.code == 0
    assert capsys.readouterr().out.strip() == f"umkm-desk {__version__}"


def test_python_dash_m_is_the_same_program():
    done = subprocess.run(
        [sys.executable, "-m", "umkm_desk", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"umkm-desk {__version__}"

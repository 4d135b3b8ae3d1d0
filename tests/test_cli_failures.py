"""The command line fails the same way everywhere: one Indonesian line on stderr, a non-zero exit code, the
traceback only in the log file (in the isolated user folders). Usage errors are in Indonesian too."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from umkm_desk import logs
from umkm_desk.cli import main, translate_usage_error
from umkm_desk.core.store import backup as backup_mod
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.faults import describe, os_text

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ("Traceback", "error:", "usage:", "No such", "File exists", "Permission denied", "Not a directory")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    database.dispose()
    from umkm_desk.demo.generator import fill_demo

    database = open_database(path)
    try:
        fill_demo(database, businesses=20, seed=3)
    finally:
        database.dispose()
    return path


def _copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "umkm.sqlite"
    shutil.copy(demo_file, path)
    return path


def _one_indonesian_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert not any(word in lines[0] for word in ENGLISH), lines[0]
    return lines[0]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ) | {"PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)} | (env or {})
    return subprocess.run([sys.executable, "-m", "umkm_desk", *args], capture_output=True, text=True,
                          env=environment, timeout=120, check=False)


def test_mysql_url_is_refused_in_one_line(tmp_path: Path) -> None:
    done = _run("print", "letter", "--db", "mysql://umkm:rahasia@10.0.0.5/umkm", "--out", str(tmp_path / "o"),
                "--all")
    assert done.returncode == 1
    line = _one_indonesian_line(done.stderr)
    assert "tidak didukung" in line and "postgresql://" in line and "rahasia" not in line
    log = logs.log_dir() / logs.LOG_FILENAME
    assert "basis data mysql" in log.read_text(encoding="utf-8")  # the first line names the kind, not the URL
    assert "rahasia" not in log.read_text(encoding="utf-8")


def test_damaged_file_on_print(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy(demo_file, tmp_path)
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'setting'").fetchone()[0]
    with open(path, "r+b") as fh:  # the settings table, read before anything is numbered
        fh.seek(page_size * (root - 1))
        fh.write(b"\x00" * page_size)
    code = main(["print", "letter", "--db", str(path), "--out", str(tmp_path / "o"), "--all"])
    assert code == 1
    line = _one_indonesian_line(capsys.readouterr().err)
    assert "rusak" in line and str(path) in line
    log = logs.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "malformed" in log


def test_missing_table_on_print(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy(demo_file, tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE setting")
    code = main(["print", "letter", "--db", str(path), "--out", str(tmp_path / "o"), "--all"])
    assert code == 1
    line = _one_indonesian_line(capsys.readouterr().err)
    assert "bukan basis data UMKM Desk yang utuh" in line
    assert "no such table: setting" in logs.log_path().read_text(encoding="utf-8")


def test_backup_into_a_read_only_mount(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Root ignores permission bits: the copy's rename fails as it does on a read-only mount (EROFS)."""
    path = _copy(demo_file, tmp_path)
    dest = tmp_path / "usb" / "cadangan.sqlite"
    dest.parent.mkdir()

    def read_only(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(dst))

    monkeypatch.setattr(backup_mod.os, "replace", read_only)
    code = main(["backup", "--db", str(path), str(dest)])
    assert code != 0
    line = _one_indonesian_line(capsys.readouterr().err)
    assert "hanya-baca" in line
    assert not dest.exists()


def test_unexpected_error_names_the_log(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from umkm_desk.core.services.register import documents

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("NIK 3673014508790001 hp 0812-3456-7890")

    monkeypatch.setattr(documents, "eligible_business_ids", boom)
    code = main(["print", "letter", "--db", str(_copy(demo_file, tmp_path)), "--out", str(tmp_path / "o"),
                 "--all"])
    assert code == 1
    line = _one_indonesian_line(capsys.readouterr().err)
    assert "kesalahan tak terduga" in line and str(logs.log_path()) in line
    log = logs.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError" in log
    assert "3673014508790001" not in log and "0812-3456-7890" not in log and logs.MASK in log


def test_demo_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.exc import OperationalError

    from umkm_desk.demo import generator as demo

    def full(*_a: object, **_k: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(demo, "fill_demo", full)
    code = main(["demo", "--db", str(tmp_path / "demo.sqlite"), "--businesses", "5"])
    assert code == 1
    assert "Disk penuh" in _one_indonesian_line(capsys.readouterr().err)


def test_upgrade_when_backups_is_a_file(demo_file: Path, tmp_path: Path) -> None:
    """The upgrade's safety copy cannot be made: one Indonesian line, the OS text translated."""
    path = _copy(demo_file, tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX ix_business_search_walk")
        conn.execute("UPDATE alembic_version SET version_num = '0002_business_duplicate_reason'")
    (tmp_path / "backups").write_text("bukan folder", encoding="utf-8")
    done = _run("print", "letter", "--db", str(path), "--out", str(tmp_path / "o"), "--all")
    assert done.returncode == 1
    line = _one_indonesian_line(done.stderr)
    assert "cadangan gagal" in line and ("sudah ada" in line or "bukan folder" in line)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["print", "letter", "--all"], "argumen berikut wajib diisi: --out"),
        (["print", "kartu", "--out", "x", "--all"], "pilihan tidak sah: 'kartu'"),
        (["check", "--bogus"], "argumen tidak dikenal: --bogus"),
        (["--db"], "argumen --db: harus diikuti satu nilai"),
        (["print", "letter", "--out", "x", "--all", "--business", "a"],
         "argumen --business: tidak boleh dipakai bersama argumen --all"),
        (["demo", "--businesses", "banyak"], "nilai bilangan bulat tidak sah: 'banyak'"),
    ],
)
def test_usage_errors_in_indonesian(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("penggunaan: umkm-desk")
    last = err.splitlines()[-1]
    assert ": kesalahan: " in last and expected in last
    assert "usage:" not in err and "error:" not in err


def test_help_headings_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["print", "--help"])
    out = capsys.readouterr().out
    assert "penggunaan:" in out and "opsi:" in out and "argumen posisi:" in out
    assert "show this help" not in out and "options:" not in out


def test_unknown_argparse_text_passes_through() -> None:
    assert translate_usage_error("argument --x: something new") == "argumen --x: something new"


@pytest.mark.parametrize(
    ("code", "english", "indonesian"),
    [(errno.EEXIST, "File exists", "sudah ada"), (errno.EACCES, "Permission denied", "izin ditolak"),
     (errno.ENOENT, "No such file or directory", "tidak ditemukan"), (errno.ENOSPC, "No space left on device",
                                                                      "disk penuh"),
     (errno.EROFS, "Read-only file system", "hanya-baca"), (errno.EISDIR, "Is a directory", "berupa folder"),
     (errno.ENOTDIR, "Not a directory", "bukan folder")],
)
def test_os_texts_in_indonesian(code: int, english: str, indonesian: str) -> None:
    assert indonesian in os_text(OSError(code, english))
    assert indonesian in os_text(OSError(None, english))  # Windows: no errno to go by
    assert english not in describe(OSError(code, english, "/data/umkm")).message


def test_describe_keeps_kinds_apart() -> None:
    from sqlalchemy.exc import OperationalError, PendingRollbackError

    def wrapped(text: str) -> OperationalError:
        return OperationalError("SELECT 1", {}, sqlite3.OperationalError(text))

    assert describe(wrapped("database or disk is full")).kind == "full"
    assert describe(wrapped("database is locked")).retryable
    assert describe(wrapped("attempt to write a readonly database")).kind == "read_only"
    assert describe(OperationalError("x", {}, sqlite3.DatabaseError("database disk image is malformed"))).kind == (
        "corrupt")
    assert describe(PendingRollbackError("rolled back")).kind == "server_gone"
    assert describe(ModuleNotFoundError("No module named 'MySQLdb'", name="MySQLdb")).kind == "unsupported_db"
    assert describe(ModuleNotFoundError("No module named 'reportlab'", name="reportlab")).kind == "unexpected"
    assert describe(wrapped("no such table: business")).kind == "missing_table"
    assert describe(PermissionError(errno.EACCES, "Permission denied", "/x")).kind == "permission"
    assert not describe(wrapped("database or disk is full")).message.count("rusak")


def test_a_server_that_refuses_the_login_is_not_called_a_lost_connection() -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError

    def refused(text: str) -> OperationalError:
        return OperationalError(None, {}, psycopg.OperationalError(text))

    missing = describe(refused('connection failed: FATAL:  database "kantor" does not exist'), "server kantor")
    assert missing.kind == "no_database" and not missing.retryable
    assert "tidak ada di server" in missing.message and "terputus" not in missing.message
    wrong = describe(refused('connection failed: FATAL:  password authentication failed for user "petugas"'))
    assert wrong.kind == "auth" and "sandi" in wrong.message
    assert describe(refused("connection failed: server closed the connection unexpectedly")).kind == "server_gone"


@pytest.mark.skipif(not os.environ.get("UMKM_DESK_TEST_PG_URL"), reason="tidak ada server PostgreSQL")
def test_copy_to_a_database_the_server_does_not_have(demo_file: Path) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(os.environ["UMKM_DESK_TEST_PG_URL"]).set(drivername="postgresql+psycopg",
                                                            database="umkm_tidak_ada_sama_sekali")
    done = subprocess.run([sys.executable, "-m", "umkm_desk", "copy", "--from", str(demo_file), "--to",
                           url.render_as_string(hide_password=False)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode != 0
    assert "tidak ada di server" in done.stderr and "terputus" not in done.stderr, done.stderr
    assert not any(word in done.stderr for word in ENGLISH)

"""kill -9 at random moments during a backup and during a restore: afterwards the database is the old one or the
restored one, never a mix, every backup under its final name is whole, and the next start cleans up."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.services.test_documents import TODAY, set_signatory
from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.services.backups.identity import identify_file
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.demo.generator import fill_demo

RUNS = 24

RESTORE = """
import sys
from pathlib import Path
from umkm_desk.core.services.backups.restore import restore_backup
print("start", flush=True)
restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""

BACKUP = """
import sys
from pathlib import Path
from umkm_desk.core.services.backups.automatic import make_backup
print("start", flush=True)
for _ in range(50):
    make_backup(Path(sys.argv[1]))
"""


def _numbers(path: Path) -> frozenset[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return frozenset(str(r[0]) for r in conn.execute("SELECT number FROM issued_document"))
    finally:
        conn.close()


def _run_and_kill(script: str, args: list[str], delay: float) -> bool:
    """Run the script, kill it with SIGKILL ``delay`` seconds after it started; True when it was still running."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "start"
    time.sleep(delay)
    alive = child.poll() is None
    child.send_signal(signal.SIGKILL)
    child.wait()
    return alive


@pytest.fixture
def prepared(sqlite_db: Database, tmp_path: Path) -> tuple[Path, Path, Path, frozenset[str], frozenset[str]]:
    """A database with 4 documents (kept as a pristine copy) and a backup that holds only the first 2."""
    ctx = ServiceContext(sqlite_db)
    fill_demo(sqlite_db, businesses=30, seed=3, today=TODAY)
    set_signatory(ctx)
    ids = documents.eligible_business_ids(ctx, "summary")
    for business in ids[:2]:
        documents.issue_document(ctx, "summary", business, issued_on=TODAY, render_pdf=False)
    path = sqlite_db.target.path
    assert path is not None
    backup = make_backup(path, now=lambda: datetime(2026, 1, 1, 8, 0)).path
    for business in ids[2:4]:
        documents.issue_document(ctx, "summary", business, issued_on=TODAY, render_pdf=False)
    sqlite_db.dispose()
    pristine = tmp_path / "pristine.sqlite"
    shutil.copyfile(path, pristine)
    return path, backup, pristine, _numbers(path), _numbers(backup)


def _reset(path: Path, pristine: Path) -> None:
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    for leftover in path.parent.glob(f".{path.name}.*"):
        leftover.unlink()
    shutil.copyfile(pristine, path)


@pytest.mark.slow
def test_kill_during_restore_leaves_old_or_restored(prepared: tuple[Path, Path, Path, frozenset[str],
                                                                    frozenset[str]]) -> None:
    path, backup, pristine, old, restored = prepared
    assert old != restored
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", RESTORE, str(path), str(backup)], check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": os.getcwd()})
    span = time.perf_counter() - started
    rng = random.Random(1603)
    seen = {old: 0, restored: 0}
    interrupted = 0
    for _ in range(RUNS):
        _reset(path, pristine)
        interrupted += _run_and_kill(RESTORE, [str(path), str(backup)], rng.uniform(0, span))
        found = _numbers(path)
        assert found in seen, "a mix of the old and the restored database"
        seen[found] += 1
        # the next start opens it and removes what the killed restore left
        database = open_database(path)
        database.dispose()
        assert not list(path.parent.glob(f".{path.name}.restore-*"))
    assert interrupted > 0
    assert seen[old] > 0 and seen[restored] > 0  # the kills fell on both sides of the swap


@pytest.mark.slow
def test_kill_during_backups_leaves_only_whole_backups(prepared: tuple[Path, Path, Path, frozenset[str],
                                                                      frozenset[str]]) -> None:
    path, _backup, _pristine, old, _restored = prepared
    folder = files.default_folder(path)
    database_id = identify_file(path).database_id
    rng = random.Random(1604)
    for _ in range(RUNS // 2):
        _run_and_kill(BACKUP, [str(path)], rng.uniform(0.05, 1.0))
        assert _numbers(path) == old  # the database is never touched by its backup
        for named in files.named_backups(path, folder):
            assert _numbers(named.path) in (old, _restored)
            assert identify_file(named.path).database_id == database_id
    database = open_database(path)  # the next start removes the killed copies' temporary files
    database.dispose()
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]
    make_backup(path)  # and backing up works again

"""SQLite write transactions begin as writers (BEGIN IMMEDIATE): a second process waits its turn under the
busy timeout instead of failing with "database is locked" in 0.05 s; pure reads keep a deferred BEGIN."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.models import Business, IssuedDocument
from umkm_desk.demo.generator import fill_demo

WRITER = Path(__file__).with_name("concurrent_writer.py")
PROCESSES = 3
OPERATIONS = 45  # per process: 15 creates, 15 updates, 15 letters


def _try_write_lock(path: Path) -> bool:
    """Whether another connection could take the write lock right now (no waiting)."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        other.close()
    return True


def test_a_write_unit_holds_the_write_lock_from_its_first_statement(sqlite_db: Database):
    path = sqlite_db.target.path
    assert path is not None
    with sqlite_db.transaction() as session:
        session.execute(select(func.count()).select_from(Business))  # only a read so far
        assert not _try_write_lock(path)
    assert _try_write_lock(path)


def test_a_read_keeps_a_deferred_begin_and_blocks_no_writer(sqlite_db: Database):
    path = sqlite_db.target.path
    assert path is not None
    with sqlite_db.read() as session:
        session.execute(select(func.count()).select_from(Business))
        assert session.in_transaction()
        assert _try_write_lock(path)


def test_begin_statements_by_kind_of_unit(sqlite_db: Database):
    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_args) -> None:
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(sqlite_db.engine, "before_cursor_execute", record)
    try:
        with sqlite_db.transaction() as session:
            session.execute(text("SELECT 1"))
        with sqlite_db.read() as session:
            session.execute(text("SELECT 1"))
        with sqlite_db.write_session() as session:  # the document batch's session
            session.execute(text("SELECT 1"))
            session.commit()
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", record)
    assert seen == ["BEGIN IMMEDIATE", "BEGIN", "BEGIN IMMEDIATE"]


def test_busy_timeout_applies_to_every_connection(sqlite_db: Database):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


@pytest.mark.long
def test_three_processes_create_update_and_issue_at_once_without_a_lock_error(tmp_path: Path):
    path = tmp_path / "shared.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=30, seed=5)
        with db.read() as session:
            businesses_before = session.scalar(select(func.count()).select_from(Business))
            issued_before = session.scalar(select(func.count()).select_from(IssuedDocument))
    finally:
        db.dispose()
    go = tmp_path / "go"
    env = dict(os.environ)
    procs = [
        subprocess.Popen([sys.executable, str(WRITER), str(path), str(worker), str(OPERATIONS), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for worker in range(PROCESSES)
    ]
    go.touch()
    outputs = [proc.communicate(timeout=240) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, f"{out}\n{err[-3000:]}"
        assert out.strip().splitlines()[-1] == f"done {OPERATIONS} 0"
    check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        businesses = check.execute("SELECT count(*) FROM business").fetchone()[0]
        numbers = [row[0] for row in check.execute("SELECT number FROM issued_document")]
    finally:
        check.close()
    assert businesses == businesses_before + PROCESSES * OPERATIONS // 3
    assert len(numbers) == issued_before + PROCESSES * OPERATIONS // 3
    assert len(set(numbers)) == len(numbers)

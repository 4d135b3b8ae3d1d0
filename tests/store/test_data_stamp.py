"""Database.data_stamp: equal while nothing is written, different after a commit here or in another program;
None on a server (pages then always read again)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import select, text

from tests.case_helpers import make_business
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.models import Business


def test_reads_keep_the_stamp_and_a_commit_changes_it(sqlite_db):
    ctx = ServiceContext(sqlite_db)
    before = sqlite_db.data_stamp()
    with sqlite_db.read() as session:
        session.scalars(select(Business.id)).all()
    assert sqlite_db.data_stamp() == before
    make_business(ctx)
    after = sqlite_db.data_stamp()
    assert after is not None and after != before


def test_a_commit_by_another_program_changes_the_stamp(sqlite_db):
    path = sqlite_db.target.path
    before = sqlite_db.data_stamp()
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute(\"CREATE TABLE IF NOT EXISTS zz_other (x)\"); c.execute(\"INSERT INTO zz_other VALUES (1)\"); "
            "c.commit()")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert sqlite_db.data_stamp() != before


def test_a_server_has_no_stamp(db):
    if db.target.path is None:
        assert db.data_stamp() is None
    else:
        assert db.data_stamp() is not None
    with db.read() as session:
        session.execute(text("SELECT 1"))


def test_a_second_database_object_sees_the_first_ones_commits(sqlite_db):
    other = open_database(str(sqlite_db.target.path))
    try:
        before = other.data_stamp()
        make_business(ServiceContext(sqlite_db))
        assert other.data_stamp() != before
    finally:
        other.dispose()

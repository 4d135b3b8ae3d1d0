"""Berkas → Periksa database: what ``umkm-desk check`` reports, and an optimise step.

Optimising never rewrites the file (no VACUUM: it would renumber the rowids the search index is keyed by):
it refreshes the query planner's statistics, merges the search index's segments and folds the WAL back into
the database file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from umkm_desk.core.store.database import Database
from umkm_desk.core.store.health import format_report, inspect_database
from umkm_desk.core.store.search_index import FTS_TABLE


@dataclass(frozen=True)
class Checkup:
    report: str  # the readable report, as `umkm-desk check` prints it
    ok: bool
    problems: tuple[str, ...]


def check_database(db: Database) -> Checkup:
    """Read-only; a damaged file is reported (and from then on refused for writing), not raised."""
    report = inspect_database(db)
    return Checkup(format_report(report), report.ok, tuple(report.problems))


def optimise_database(db: Database) -> list[str]:
    """Refresh statistics (and on SQLite the search index and WAL); returns what was done, in Indonesian."""
    db.refuse_if_damaged()
    done = []
    if db.target.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("PRAGMA optimize=0x10002")  # every table, not only those queried lately
        done.append("Statistik kueri diperbarui.")
        with db.transaction() as session:
            exists = session.execute(text(
                "SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": FTS_TABLE}).first()
            if exists:
                session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))
                done.append("Indeks pencarian dirapikan.")
        with db.engine.connect() as conn:
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        if busy is not None and busy[0] == 0:
            done.append("Jurnal WAL digabungkan ke berkas basis data.")
    else:
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
        done.append("Statistik kueri server diperbarui (ANALYZE).")
    return done

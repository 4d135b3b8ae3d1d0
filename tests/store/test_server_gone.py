"""PostgreSQL stopping mid-work (here: the backend terminated) is "server gone", retryable, in Indonesian —
both the first error and the PendingRollbackError a session raises when it is used again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from umkm_desk.core.store.faults import describe


def test_terminated_backend_is_server_gone(db) -> None:
    if db.target.is_sqlite:
        pytest.skip("PostgreSQL only")
    admin = create_engine(db.target.url, isolation_level="AUTOCOMMIT")
    session = db.sessions()
    try:
        session.execute(text("SELECT 1"))
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(Exception) as first:
            session.execute(text("SELECT 1"))
        with pytest.raises(Exception) as again:
            session.execute(text("SELECT 1"))
    finally:
        session.close()
        admin.dispose()
    for exc in (first.value, again.value):
        failure = describe(exc, "server kantor")
        assert failure.kind == "server_gone" and failure.retryable, (type(exc), exc)
        assert "Sambungan ke server basis data server kantor terputus" in failure.message

"""The office server's diagnosis (each failure in Indonesian with what to do), schema preparation, and the
password kept only in the OS credential store (an in-memory stand-in here; and a PC without one)."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from server_helpers import closed_port, settings_for
from sqlalchemy import create_engine, text

from umkm_desk.core.services.server import connection, credentials
from umkm_desk.core.services.server.connection import ServerSettings, diagnose, diagnose_error
from umkm_desk.core.services.server.setup import prepare_schema


def test_closed_port_is_unreachable() -> None:
    found = diagnose(ServerSettings("127.0.0.1", closed_port(), "umkm_desk", "umkm", "disable"), "rahasia")
    assert found.kind == "unreachable" and "tidak dapat dihubungi" in found.message
    assert "rahasia" not in found.message


def test_unknown_host_name() -> None:
    found = diagnose(ServerSettings("server-yang-tidak-ada.invalid", 5432, "umkm_desk", "umkm", "disable"), None)
    assert found.kind == "unreachable" and "tidak dikenal" in found.message


def test_wrong_password_and_unknown_user_are_named() -> None:
    settings = ServerSettings("srv", 5432, "umkm_desk", "umkm")
    wrong = psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password '
        'authentication failed for user "umkm"')
    assert diagnose_error(wrong, settings).kind == "auth"
    assert "Sandi" in diagnose_error(wrong, settings).message
    nobody = psycopg.OperationalError('connection failed: FATAL:  role "umkm" does not exist')
    assert diagnose_error(nobody, settings).kind == "auth"


def test_settings_are_checked_before_connecting() -> None:
    found = diagnose(ServerSettings(" ", 0, "", "", "apa"), None)
    assert found.kind == "settings" and "Alamat server" in found.message
    assert set(ServerSettings(" ", 0, "", "", "apa").errors()) == {"host", "port", "database", "user", "sslmode"}


def test_missing_database(server_db: str) -> None:
    settings = dataclasses.replace(settings_for(server_db), database="umkm_tidak_ada")
    found = diagnose(settings, None)
    assert found.kind == "no_database" and "umkm_tidak_ada" in found.message


def test_empty_database_is_prepared_then_usable(server_db: str) -> None:
    settings = settings_for(server_db)
    found = diagnose(settings, None)
    assert found.kind == "empty" and found.preparable and found.server_version
    prepared = prepare_schema(settings, None)
    after = prepared.diagnosis
    assert after.kind == "ok" and after.usable and prepared.dump is None  # an empty database: nothing to back up
    engine = create_engine(server_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first()
    engine.dispose()


def test_schema_from_a_newer_app_and_a_foreign_database(server_db: str) -> None:
    settings = settings_for(server_db)
    engine = create_engine(server_db)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE pelanggan (id integer)"))
    assert diagnose(settings, None).kind == "foreign"
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0999_masa_depan')"))
    engine.dispose()
    found = diagnose(settings, None)
    assert found.kind == "newer" and "lebih baru" in found.message
    assert prepare_schema(settings, None).diagnosis.kind == "newer"  # nothing done


def test_server_too_old_and_missing_pg_trgm(server_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_for(server_db)
    monkeypatch.setattr(connection, "MIN_SERVER_VERSION", 990000)
    assert diagnose(settings, None).kind == "too_old"
    monkeypatch.undo()
    monkeypatch.setattr(connection, "SEARCH_EXTENSION", "pg_trgm_tidak_ada")
    found = diagnose(settings, None)
    assert found.kind == "no_trgm" and "pg_trgm_tidak_ada" in found.message


def test_password_goes_to_the_credential_store(memory_keyring) -> None:
    assert credentials.store_password("umkm@srv:5432/umkm_desk", "r4hasia") is None
    assert credentials.stored_password("umkm@srv:5432/umkm_desk") == "r4hasia"
    assert memory_keyring.passwords == {("UMKM Desk", "umkm@srv:5432/umkm_desk"): "r4hasia"}
    credentials.forget_password("umkm@srv:5432/umkm_desk")
    assert credentials.stored_password("umkm@srv:5432/umkm_desk") is None


def test_no_credential_store_is_said_not_raised(no_keyring) -> None:
    assert credentials.store_password("umkm@srv:5432/umkm_desk", "r4hasia") == credentials.NO_STORE
    assert credentials.stored_password("umkm@srv:5432/umkm_desk") is None
    credentials.forget_password("umkm@srv:5432/umkm_desk")

"""Backup first, before the schema on the office server is upgraded: a pg_dump into this PC's backups folder where
one that can read the server is on this PC (on PATH or where PostgreSQL installs it), otherwise the
administrator's confirmation that the server's own backups are current; without it nothing is changed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from server_helpers import server_db, settings_for  # noqa: F401 - server_db is a fixture

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.server.connection import diagnose
from umkm_desk.core.services.server.setup import backup_tool, prepare_schema
from umkm_desk.core.store import server_dump
from umkm_desk.core.store.engine import StoreError, resolve_target
from umkm_desk.core.store.migrate import head_revision, run_migrations


def _older(url: str) -> None:
    run_migrations(resolve_target(url), "0007_row_versions")


def _fake_pg_dump(folder: Path, version: str, *, fails: bool = False) -> Path:
    """A pg_dump that tells ``version`` and, asked to dump, fails the way a refused connection does."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "pg_dump"
    body = 'echo "pg_dump: error: connection to server failed" >&2; exit 1' if fails else "exit 0"
    script.write_text(f'#!/bin/sh\nif [ "$1" = "--version" ]; then echo "pg_dump (PostgreSQL) {version}"; '
                      f"exit 0; fi\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.fixture
def no_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This PC without pg_dump: an empty PATH and none of PostgreSQL's install folders."""
    empty = tmp_path / "bin-kosong"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(server_dump, "KNOWN_PLACES", ())


def test_an_upgrade_is_dumped_into_the_backups_folder_first(server_db: str, tmp_path: Path) -> None:  # noqa: F811
    _older(server_db)
    settings = settings_for(server_db)
    before = diagnose(settings, None)
    assert before.kind == "older" and before.revision == "0007_row_versions"
    search = backup_tool(before)
    if search is None or search.tool is None:
        pytest.skip("pg_dump tidak ada di komputer ini")
    prepared = prepare_schema(settings, None, backups=tmp_path / "backups")
    assert prepared.diagnosis.usable
    assert prepared.dump is not None and prepared.dump.parent == tmp_path / "backups"
    assert prepared.dump.name.startswith(f"server-{settings.database}-") and "0007_row_versions" in prepared.dump.name
    assert prepared.dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, restorable with pg_restore
    assert not [p for p in prepared.dump.parent.iterdir() if p.name.startswith(".")]  # no partial left
    assert diagnose(settings, None).revision == head_revision()


def test_without_pg_dump_the_admin_must_confirm_the_servers_backups(server_db: str, tmp_path: Path,  # noqa: F811
                                                                   no_pg_dump: None) -> None:
    _older(server_db)
    settings = settings_for(server_db)
    search = backup_tool(diagnose(settings, None))
    assert search is not None and search.tool is None and "tidak ditemukan" in search.problem
    with pytest.raises(ServiceError) as refused:
        prepare_schema(settings, None, backups=tmp_path / "backups")
    assert "pg_dump" in refused.value.message and "cadangan server sudah terbaru" in refused.value.message
    assert diagnose(settings, None).kind == "older"  # nothing changed
    prepared = prepare_schema(settings, None, backups=tmp_path / "backups", backups_confirmed=True)
    assert prepared.diagnosis.usable and prepared.dump is None
    assert not (tmp_path / "backups").exists()


def test_an_empty_database_needs_no_backup(server_db: str) -> None:  # noqa: F811
    assert backup_tool(diagnose(settings_for(server_db), None)) is None


def test_a_pg_dump_older_than_the_server_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     no_pg_dump: None) -> None:
    _fake_pg_dump(tmp_path / "lama", "9.6.24")
    monkeypatch.setenv("PATH", str(tmp_path / "lama"))
    search = server_dump.find_pg_dump(150004)
    assert search.tool is None and "versi 9" in search.problem and "server PostgreSQL 15" in search.problem
    _fake_pg_dump(tmp_path / "baru", "16.2")
    monkeypatch.setenv("PATH", os.pathsep.join([str(tmp_path / "lama"), str(tmp_path / "baru")]))
    assert server_dump.find_pg_dump(150004).tool is not None


def test_a_failed_dump_leaves_nothing_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 no_pg_dump: None) -> None:
    tool = server_dump.DumpTool(_fake_pg_dump(tmp_path / "bin", "16.2", fails=True), 16)
    dest = tmp_path / "backups" / "server-umkm-1.dump"
    with pytest.raises(StoreError) as failed:
        server_dump.dump_database(tool, "postgresql+psycopg://umkm:rahasia@127.0.0.1:1/umkm", dest)
    assert "pg_dump gagal" in str(failed.value) and "skema tidak diubah" in str(failed.value)
    assert "rahasia" not in str(failed.value)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_pc_starting_on_an_older_server_dumps_it_first(server_db: str) -> None:  # noqa: F811
    """Not only "Siapkan skema": a PC whose start upgrades the server backs it up the same way first."""
    from umkm_desk.core.store.backup import backup_folder
    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.engine import default_db_path

    _older(server_db)
    if backup_tool(diagnose(settings_for(server_db), None)).tool is None:  # type: ignore[union-attr]
        pytest.skip("pg_dump tidak ada di komputer ini")
    open_database(server_db).dispose()
    dumps = list(backup_folder(default_db_path()).glob("server-*-0007_row_versions.dump"))
    assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"
    assert diagnose(settings_for(server_db), None).revision == head_revision()

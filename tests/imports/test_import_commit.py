"""Commit as one batch: the same file twice adds nothing, cancel leaves nothing, undo archives and restore brings
back; audit rows name the batch and the file. SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.imports.sheets import TODAY, counts, write_office_xlsx
from umkm_desk.core.services import imports
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.registry import business_query as bq
from umkm_desk.core.store.models import AuditEntry, Business, ImportBatch, Owner


def _snapshot(ctx) -> tuple[int, ...]:
    with ctx.db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m))
                     for m in (Business, Owner, AuditEntry, ImportBatch))  # fmt: skip


@pytest.fixture
def table(tmp_path):
    return imports.open_table(write_office_xlsx(tmp_path / "umkm.xlsx"))


def _commit(ctx, table, **kwargs):
    return imports.commit_import(ctx, table, imports.mapping_for(ctx, table.headers), today=TODAY, **kwargs)


def test_commit_writes_the_ok_and_warned_rows_as_one_batch_with_audit_rows(ctx, table):
    expected = counts(with_db=False)
    seen: list[tuple[int, int]] = []
    result = _commit(ctx, table, progress=lambda done, total: seen.append((done, total)))
    assert result.counts == expected
    assert result.imported == expected["ok"] + expected["peringatan"]
    assert len(result.rows) == sum(expected.values())
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with ctx.db.read() as session:
        ids = session.scalars(select(Business.id).where(Business.import_batch_id == result.batch_id)).all()
        assert len(ids) == result.imported
        named = session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.action == "import", AuditEntry.field == "import_batch")
        ).all()
        assert len(named) == result.imported
        assert all("umkm.xlsx" in v and str(result.batch_id) in v for v in named)
        batch_audit = session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.entity == "import_batch", AuditEntry.field == "file_name")
        ).all()
        assert batch_audit == ["umkm.xlsx"]
    [info] = imports.list_batches(ctx)
    assert (info.id, info.file_name, info.sheet, info.imported, info.undone) == (
        result.batch_id, "umkm.xlsx", "UMKM 2026", result.imported, False)
    assert info.counts == expected and info.officer_name == "Petugas Uji"


def test_the_same_file_twice_adds_nothing(ctx, table):
    first = _commit(ctx, table)
    before = _snapshot(ctx)
    second = _commit(ctx, table)
    assert second.batch_id is None and second.imported == 0
    assert second.counts["ok"] == second.counts["peringatan"] == 0
    assert second.counts["dilewati"] == first.counts["dilewati"] + first.imported
    assert _snapshot(ctx) == before
    assert len(imports.list_batches(ctx)) == 1


@pytest.mark.parametrize("after_calls", [0, 1, 3, 5])
def test_cancel_at_any_point_leaves_nothing(ctx, table, after_calls):
    before = _snapshot(ctx)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    with pytest.raises(imports.ImportCancelled):
        _commit(ctx, table, cancelled=cancelled)
    assert _snapshot(ctx) == before


def test_undo_archives_the_batch_and_restore_brings_it_back(ctx, table):
    result = _commit(ctx, table)
    live = len(bq.business_keys(ctx, bq.BusinessFilter()))
    assert imports.undo_batch(ctx, result.batch_id) == result.imported
    assert len(bq.business_keys(ctx, bq.BusinessFilter())) == live - result.imported
    assert len(bq.business_keys(ctx, bq.BusinessFilter(archived=True))) == result.imported
    assert imports.list_batches(ctx)[0].undone
    with pytest.raises(ServiceError, match="sudah dibatalkan"):
        imports.undo_batch(ctx, result.batch_id)
    assert imports.restore_batch(ctx, result.batch_id) == imports.BatchRestored(result.imported, 0)
    assert len(bq.business_keys(ctx, bq.BusinessFilter())) == live
    assert not imports.list_batches(ctx)[0].undone
    with pytest.raises(ServiceError, match="tidak sedang dibatalkan"):
        imports.restore_batch(ctx, result.batch_id)


def test_a_business_archived_by_hand_before_the_undo_stays_archived(ctx, table):
    from umkm_desk.core.services.registry.businesses import archive_business

    result = _commit(ctx, table)
    with ctx.db.read() as session:
        one = session.scalars(select(Business.id).where(Business.import_batch_id == result.batch_id)).first()
    archive_business(ctx, one)
    assert imports.undo_batch(ctx, result.batch_id) == result.imported - 1
    assert imports.restore_batch(ctx, result.batch_id).restored == result.imported - 1
    assert len(bq.business_keys(ctx, bq.BusinessFilter(archived=True))) == 1


def test_restore_flags_a_business_whose_nik_was_registered_meanwhile(ctx, table):
    from tests.case_helpers import make_business

    result = _commit(ctx, table)
    with ctx.db.read() as session:
        nik, name = session.execute(
            select(Owner.nik, Business.name).join(Business, Business.owner_id == Owner.id)
            .where(Business.import_batch_id == result.batch_id, Owner.nik.is_not(None))
        ).first()
    imports.undo_batch(ctx, result.batch_id)
    # while the import is undone, an officer registers the same owner by hand
    by_hand = make_business(ctx, "Usaha Didaftar Manual")
    with ctx.db.transaction() as session:
        session.get(Business, by_hand).owner.nik = nik
    restored = imports.restore_batch(ctx, result.batch_id)
    assert restored == imports.BatchRestored(result.imported, 1)
    with ctx.db.read() as session:
        flagged = session.scalars(
            select(Business).join(Owner, Business.owner_id == Owner.id)
            .where(Owner.nik == nik, Business.import_batch_id == result.batch_id)
        ).one()
        assert "Usaha Didaftar Manual" in flagged.import_warning and "data ganda" in flagged.import_warning
        assert flagged.deleted_at is None and flagged.name == name

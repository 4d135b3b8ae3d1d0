"""Write the ok and peringatan rows of a checked table in one transaction, as one import batch.

Every row is checked again inside the writing transaction (the database may have changed since the dry run), so
what is written is what the checks accept at that moment. Owners, businesses and audit rows go in as bulk inserts
(one statement per table). Cancelling, or any failure, rolls the whole batch back: nothing is half-imported.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, record_audit
from umkm_desk.core.services.imports.checks import check_rows, counts_of
from umkm_desk.core.services.imports.model import (
    CancelFn,
    ImportCancelled,
    ImportResult,
    Mapping,
    ProgressFn,
    SheetTable,
)
from umkm_desk.core.services.registry.search_text import business_search_text
from umkm_desk.core.store.models import (
    AuditEntry,
    Base,
    Business,
    ImportBatch,
    Kecamatan,
    Kelurahan,
    Owner,
    utcnow,
)

#: share of the progress bar the checks take; the writing takes the rest
_CHECK_SHARE = 0.6


@requires("imports.write")
def commit_import(
    ctx: ServiceContext,
    table: SheetTable,
    mapping: Mapping,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import the rows whose status is ok or peringatan as one batch (see the module doc). Raises
    :class:`ImportCancelled` when ``cancelled()`` turns True (nothing is written) and ImportRefused for a mapping
    that cannot be used."""
    scale = 1000

    def checking(done: int, total: int) -> None:
        if progress is not None:
            progress(int(done / max(total, 1) * _CHECK_SHARE * scale), scale)

    with ctx.db.transaction() as session:
        checks = check_rows(session, table, mapping, today=today, progress=checking, cancelled=cancelled)
        counts = counts_of(checks)
        chosen = [c for c in checks if c.status in ("ok", "peringatan") and c.clean is not None]
        if not chosen:  # nothing new (the same file again, or every row refused): no batch to list or undo
            if progress is not None:
                progress(scale, scale)
            return ImportResult(None, counts, 0, tuple(c.result() for c in checks))
        now = utcnow()
        batch = ImportBatch(
            id=uuid.uuid4(),
            file_name=table.file_name[:255],
            file_hash=table.file_hash,
            sheet=table.sheet[:255],
            officer_id=ctx.actor.officer_id,
            officer_name=ctx.actor.officer_name,
            hostname=ctx.actor.hostname,
            imported_at=now,
            ok_count=counts["ok"],
            warning_count=counts["peringatan"],
            rejected_count=counts["ditolak"],
            skipped_count=counts["dilewati"],
            imported=len(chosen),
        )
        session.add(batch)
        session.flush()
        record_audit(session, ctx.actor, "import_batch", batch.id, "create",
                     {"file_name": (None, batch.file_name), "sheet": (None, batch.sheet),
                      "imported": (None, batch.imported)})  # fmt: skip
        kelurahan = {code: name for code, name in session.execute(select(Kelurahan.code, Kelurahan.name))}
        kecamatan = {
            code: name
            for code, name in session.execute(
                select(Kecamatan.code, Kecamatan.name).where(Kecamatan.code.like("36.73.%"))
            )
        }
        owners: list[dict[str, Any]] = []
        businesses: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        audit_base = {
            "officer_id": ctx.actor.officer_id, "officer_name": ctx.actor.officer_name,
            "hostname": ctx.actor.hostname, "at": now, "old_value": None,
        }  # fmt: skip
        named = f"{batch.file_name} (impor {batch.id})"
        for check in chosen:
            assert check.clean is not None
            owner, business = check.clean.owner, check.clean.business
            owner_id, business_id = uuid.uuid4(), uuid.uuid4()
            owners.append({**owner, "id": owner_id, "created_at": now, "updated_at": now})
            businesses.append({
                **business,
                "id": business_id,
                "owner_id": owner_id,
                "created_at": now,
                "updated_at": now,
                "naik_kelas": False,
                "search_text": business_search_text(
                    business["name"], owner["name"], owner["nik"], business["nib"], owner["phone"]
                ),
                "owner_name": owner["name"],
                "owner_nik": None if owner["nik_missing"] else owner["nik"],
                "kelurahan_name": kelurahan.get(business["kelurahan_code"], ""),
                "kecamatan_name": kecamatan.get(business["kecamatan_code"], ""),
                "import_batch_id": batch.id,
                "import_warning": check.warning_text,
                "registered_on": check.registered_on,
            })  # fmt: skip
            for entity, entity_id, action, field, value in (
                ("owner", owner_id, "create", None, None),
                ("business", business_id, "create", None, None),
                ("business", business_id, "import", "import_batch", f"{named}, baris {check.row_number}"),
            ):
                audits.append({**audit_base, "id": uuid.uuid4(), "entity": entity, "entity_id": str(entity_id),
                               "action": action, "field": field, "new_value": value})  # fmt: skip
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        steps = [(Owner, owners), (Business, businesses), (AuditEntry, audits)]
        for number, (model, rows) in enumerate(steps, start=1):
            if (
                rows
            ):  # Core executemany: the ORM's bulk insert grouped rows by their None values (10,000 calls)
                session.connection().execute(insert(Base.metadata.tables[model.__tablename__]), rows)
            if progress is not None:
                progress(int((_CHECK_SHARE + (1 - _CHECK_SHARE) * number / len(steps)) * scale), scale)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
        return ImportResult(batch.id, counts, len(chosen), tuple(c.result() for c in checks))

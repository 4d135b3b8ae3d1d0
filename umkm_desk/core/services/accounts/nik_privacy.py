"""NIK privacy (UU No. 27 Tahun 2022): who sees a NIK whole, the masked form everyone else sees, the audited
reveal of one NIK, and the audit row every export leaves saying whether it carried whole NIKs.

In open mode (no account has a password yet) nobody is named and NIKs show as they always did; exports stay
read-only there and leave no audit row.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.nik import mask_nik
from umkm_desk.core.services.accounts.permissions import current_role, permitted, requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.store.models import Business, Owner

__all__ = ["MASKED_NIK", "masked", "nik_shown_whole", "record_export", "reveal_nik", "shown", "unmask_if_same"]

MASKED_NIK = re.compile(r"\d{6}\*{6}\d{4}")


def nik_shown_whole(ctx: ServiceContext) -> bool:
    """True when the acting account sees NIKs whole (administrator, or open mode)."""
    return permitted(current_role(ctx), "nik.full")


def masked(nik: str) -> str:
    """367306******0235; a malformed stored value still hides its middle."""
    try:
        return mask_nik(nik)
    except RuleError:
        return nik[:6] + "*" * max(0, len(nik) - 10) + nik[-4:]


def shown(nik: str | None, whole: bool) -> str | None:
    if not nik:
        return nik
    return nik if whole else masked(nik)


def unmask_if_same(typed: str, stored: str | None) -> str:
    """A form that showed the masked NIK and got it back unchanged means the stored NIK; anything else is
    what was typed (a masked NIK that is not the stored one is then refused by the NIK rule)."""
    text = typed.strip()
    if stored and MASKED_NIK.fullmatch(text) and masked(stored) == text:
        return stored
    return typed


@requires("nik.reveal")
def reveal_nik(ctx: ServiceContext, business_id: uuid.UUID) -> str | None:
    """The whole NIK of a business's owner, shown on demand; the reveal is an audit row."""
    with ctx.db.transaction() as session:
        row = session.execute(
            select(Owner.id, Owner.nik).join(Business, Business.owner_id == Owner.id).where(Business.id == business_id)
        ).first()
        if row is None:
            raise ServiceError("UMKM ini tidak ditemukan; mungkin sudah dihapus. Muat ulang daftar.")
        owner_id, nik = row
        if nik:
            record_audit(session, ctx.actor, "owner", owner_id, "nik_reveal", {"nik": (None, masked(nik))})
        return str(nik) if nik else None


@requires("reports.export")
def record_export(ctx: ServiceContext, kind: str, rows: int, *, whole_nik: bool) -> None:
    """The audit row of an export: what, how many rows, and whether NIKs were whole or masked."""
    if current_role(ctx) is None:
        return
    with ctx.db.transaction() as session:
        record_audit(session, ctx.actor, "export", kind, "export",
                     {"nik": (None, "lengkap" if whole_nik else "disamarkan"), "baris": (None, rows)})

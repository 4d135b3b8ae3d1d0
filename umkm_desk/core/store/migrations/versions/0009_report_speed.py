"""Report speed: covering indexes for the Laporan page's charts and the periodic reports.

Indexes only, so SQLite needs no table rebuild. Each new index is analysed at once on SQLite so that the
planner knows its shape before the first dashboard is counted (PRAGMA optimize would do it only later).

Revision ID: 0009_report_speed
Revises: 0008_sync
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009_report_speed"
down_revision: str | None = "0008_sync"
branch_labels: str | None = None
depends_on: str | None = None

_LIVE: dict[str, Any] = {"sqlite_where": sa.text("deleted_at IS NULL"),
                         "postgresql_where": sa.text("deleted_at IS NULL")}
_INDEXES: tuple[tuple[str, str, list[str], dict[str, Any]], ...] = (
    ("ix_business_report_class", "business",
     ["kecamatan_code", "scale", "created_at", "sector", "kelurahan_code"], _LIVE),
    ("ix_case_report_live", "assist_case", ["id", "business_id", "opened_on", "closed_on", "status", "officer_id"],
     _LIVE),
    ("ix_case_archived", "assist_case", ["id"],
     {"sqlite_where": sa.text("deleted_at IS NOT NULL"), "postgresql_where": sa.text("deleted_at IS NOT NULL")}),
    ("ix_outcome_first", "outcome", ["business_id", "measured_on", "created_at", "id"], _LIVE),
    ("ix_repayment_report", "repayment", ["support_id", "due_on", "paid_on", "amount_paid", "amount_due"], {}),
    ("ix_stage_realised", "stage", ["partner_id", "kind", "case_id", "status", "started_on"],
     {"sqlite_where": sa.text("partner_id IS NOT NULL"), "postgresql_where": sa.text("partner_id IS NOT NULL")}),
)  # fmt: skip


def upgrade() -> None:
    for name, table, columns, where in _INDEXES:
        op.create_index(name, table, columns, unique=False, **where)
    if op.get_bind().dialect.name == "sqlite":
        for name, _table, _columns, _where in _INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name, table, _columns, _where in reversed(_INDEXES):
        op.drop_index(name, table_name=table)

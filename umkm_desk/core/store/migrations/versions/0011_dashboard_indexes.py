"""Dashboard speed: covering indexes for the Laporan page's slowest charts.

* ``ix_activity_report_day``: live activities by day with what the activities chart counts and what its filters
  test, so that a year of activities is a range of this index read in day order, not the wide activity rows.
* ``ix_stage_report_events``: a case's stages with their status and dates, for the stages started and finished
  per month.
* ``ix_business_live_region``: the ids of a kecamatan's live businesses, the list a kecamatan filter narrows
  every other table by (built from the wide business rows, it cost some 90 ms in each chart's query).
* ``ix_case_report_live`` (0009) again, now naming ``deleted_at``: SQLite counts a partial index as covering only
  when every column the query names is in it, and without it every case counted read its wide row.

Indexes only, so SQLite needs no table rebuild; each is analysed at once on SQLite (as in 0009).

Revision ID: 0011_dashboard_indexes
Revises: 0010_change_seq
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011_dashboard_indexes"
down_revision: str | None = "0010_change_seq"
branch_labels: str | None = None
depends_on: str | None = None

_LIVE: dict[str, Any] = {"sqlite_where": sa.text("deleted_at IS NULL"),
                         "postgresql_where": sa.text("deleted_at IS NULL")}
_CASE_COLUMNS = ["id", "business_id", "opened_on", "closed_on", "status", "officer_id"]
_INDEXES: tuple[tuple[str, str, list[str], dict[str, Any]], ...] = (
    ("ix_activity_report_day", "activity",
     ["held_on", "kind", "hours", "business_id", "case_id", "officer_id", "deleted_at"], _LIVE),
    ("ix_stage_report_events", "stage", ["case_id", "status", "started_on", "finished_on", "kind", "id"], {}),
    ("ix_business_live_region", "business", ["kecamatan_code", "sector", "id", "deleted_at"], _LIVE),
    ("ix_case_report_live", "assist_case", [*_CASE_COLUMNS, "deleted_at"], _LIVE),
)  # fmt: skip


def upgrade() -> None:
    op.drop_index("ix_case_report_live", table_name="assist_case")
    for name, table, columns, where in _INDEXES:
        op.create_index(name, table, columns, unique=False, **where)
    if op.get_bind().dialect.name == "sqlite":
        for name, _table, _columns, _where in _INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name, table, _columns, _where in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    op.create_index("ix_case_report_live", "assist_case", _CASE_COLUMNS, unique=False, **_LIVE)

"""A case's progress and next follow-up stored with it (``assist_case.progress`` and ``next_follow_up_on``, see
core/store/case_progress.py) and the indexes the Pendampingan board and Beranda count and order from
(``ix_assist_case_board``, ``ix_assist_case_follow``); existing cases are filled from their stages and activities.

Filling writes only the cases that have a value, one statement a column; the change-sequence trigger marks them
changed, so the next sync package carries them once.

Revision ID: 0012_case_progress
Revises: 0010_change_seq
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_case_progress"
down_revision: str | None = "0011_dashboard_indexes"
branch_labels: str | None = None
depends_on: str | None = None

# A copy of core/store/case_progress.py's rule as it is at this revision.
FILL = (
    "UPDATE assist_case SET progress = (SELECT min(CASE WHEN stage.status = 'belum' THEN stage.seq * 2 "
    "WHEN stage.status = 'berjalan' THEN stage.seq * 2 + 1 END) FROM stage WHERE stage.case_id = assist_case.id) "
    "WHERE EXISTS (SELECT 1 FROM stage WHERE stage.case_id = assist_case.id "
    "AND stage.status IN ('belum', 'berjalan'))"
)
_OPEN_FOLLOW_UP = "activity.case_id = assist_case.id AND activity.follow_up_done = {false} " \
    "AND activity.deleted_at IS NULL AND activity.follow_up_on IS NOT NULL"
FILL_FOLLOW_UP = (
    "UPDATE assist_case SET next_follow_up_on = (SELECT min(activity.follow_up_on) FROM activity WHERE "
    f"{_OPEN_FOLLOW_UP}) WHERE EXISTS (SELECT 1 FROM activity WHERE {_OPEN_FOLLOW_UP})"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("assist_case", sa.Column("progress", sa.Integer(), nullable=True))
    op.add_column("assist_case", sa.Column("next_follow_up_on", sa.Date(), nullable=True))
    op.execute(FILL)
    op.execute(FILL_FOLLOW_UP.format(false="0" if dialect == "sqlite" else "false"))
    op.create_index("ix_assist_case_board", "assist_case",
                    ["status", "progress", "deleted_at", "business_id", "next_follow_up_on"], unique=False)
    op.create_index("ix_assist_case_follow", "assist_case",
                    ["next_follow_up_on", "status", "progress", "deleted_at", "business_id", "id"], unique=False)
    if dialect == "sqlite":
        # Without statistics SQLite takes the new indexes for selective ones and starts Beranda's follow-up lists
        # from every aktif case instead of from the open follow-ups (seconds at 100,000 businesses).
        op.execute("ANALYZE ix_assist_case_board")
        op.execute("ANALYZE ix_assist_case_follow")


def downgrade() -> None:
    op.drop_index("ix_assist_case_follow", table_name="assist_case")
    op.drop_index("ix_assist_case_board", table_name="assist_case")
    with op.batch_alter_table("assist_case") as batch:
        batch.drop_column("next_follow_up_on")
        batch.drop_column("progress")

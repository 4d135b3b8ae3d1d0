"""A case's progress stored with it (``assist_case.progress``, see core/store/case_progress.py) and the index the
Pendampingan board and Beranda count from (``ix_assist_case_board``); existing cases are filled from their stages.

Filling writes only the cases that have a progress (aktif cases with an open stage), in one statement; the
change-sequence trigger marks them changed, so the next sync package carries them once.

Revision ID: 0012_case_progress
Revises: 0010_change_seq
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_case_progress"
down_revision: str | None = "0010_change_seq"
branch_labels: str | None = None
depends_on: str | None = None

# A copy of core/store/case_progress.py's rule as it is at this revision.
FILL = (
    "UPDATE assist_case SET progress = (SELECT min(CASE WHEN stage.status = 'belum' THEN stage.seq * 2 "
    "WHEN stage.status = 'berjalan' THEN stage.seq * 2 + 1 END) FROM stage WHERE stage.case_id = assist_case.id) "
    "WHERE EXISTS (SELECT 1 FROM stage WHERE stage.case_id = assist_case.id "
    "AND stage.status IN ('belum', 'berjalan'))"
)


def upgrade() -> None:
    op.add_column("assist_case", sa.Column("progress", sa.Integer(), nullable=True))
    op.execute(FILL)
    op.create_index("ix_assist_case_board", "assist_case", ["status", "progress", "deleted_at", "business_id"],
                    unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # Without statistics SQLite takes the new index for a selective one and starts Beranda's follow-up lists
        # from every aktif case instead of from the open follow-ups (seconds at 100,000 businesses).
        op.execute("ANALYZE ix_assist_case_board")


def downgrade() -> None:
    op.drop_index("ix_assist_case_board", table_name="assist_case")
    with op.batch_alter_table("assist_case") as batch:
        batch.drop_column("progress")

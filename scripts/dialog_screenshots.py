#!/usr/bin/env python3
"""Regenerate the README screenshots of dialogs: the business form (editing a demo business) and a case window.

    python scripts/dialog_screenshots.py DEMO_DB [--out docs/screenshots]

DEMO_DB is a database filled with ``umkm-desk demo``; scripts/screenshots.py calls this with its own.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from umkm_desk.core.services.accounts.accounts import has_accounts  # noqa: E402
from umkm_desk.core.services.accounts.login import authenticate  # noqa: E402
from umkm_desk.core.services.cases import cases  # noqa: E402
from umkm_desk.core.services.context import Actor, ServiceContext  # noqa: E402
from umkm_desk.core.services.registry import business_query  # noqa: E402
from umkm_desk.core.store.database import open_database  # noqa: E402
from umkm_desk.gui.theme import apply_theme  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    db = open_database(args.db)
    ctx = ServiceContext(db, Actor(None, "Petugas Demo"))
    if has_accounts(ctx):  # the demo's administrator (scripts/screenshots.py names the account and password)
        ctx = ServiceContext(db, authenticate(ctx, os.environ.get("UMKM_DESK_USER", "admin"),
                                              os.environ.get("UMKM_DESK_PASSWORD", "")).actor)
    try:
        from umkm_desk.gui.dialogs.business_form import BusinessFormDialog
        from umkm_desk.gui.dialogs.case_view import CaseView

        keys = business_query.business_keys(ctx, business_query.BusinessFilter(stage="mentoring"))
        rows = business_query.business_rows(ctx, keys[:1])
        business_id = next(iter(rows.values())).id
        form = BusinessFormDialog(ctx, business_id=business_id)
        form.adjustSize()
        form.show()
        app.processEvents()
        form.grab().save(str(args.out / "business_form.png"))
        form.close()
        case_id = cases.active_case_id(ctx, business_id)
        if case_id is not None:
            view = CaseView(ctx, case_id)
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            view.grab().save(str(args.out / "case_view.png"))
            view.close()
    finally:
        db.dispose()
    print(f"dialog screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

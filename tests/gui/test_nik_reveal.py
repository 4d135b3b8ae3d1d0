"""The business detail per role: a petugas reveals one NIK with "Lihat NIK" (an audit row, the NIK never in
it); pimpinan gets no reveal and no way to edit, archive or issue; the detail opens the audit for its business."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import add_account  # noqa: E402

from umkm_desk.core.services.context import ServiceContext  # noqa: E402
from umkm_desk.core.store.models import AuditEntry, Business, Owner  # noqa: E402
from umkm_desk.demo.generator import fill_demo  # noqa: E402
from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog  # noqa: E402

WHOLE_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


@pytest.fixture
def office(sqlite_db):
    fill_demo(sqlite_db, businesses=6, seed=3)
    contexts = {role: ServiceContext(sqlite_db, add_account(sqlite_db, role, role))
                for role in ("admin", "petugas", "pimpinan")}
    with sqlite_db.read() as session:
        business_id, nik = session.execute(
            select(Business.id, Owner.nik).join(Owner, Owner.id == Business.owner_id)
            .where(Owner.nik.is_not(None)).order_by(Business.name).limit(1)
        ).one()
    return sqlite_db, contexts, business_id, nik


def _reveals(db) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "nik_reveal")))


def test_a_petugas_reveals_the_nik_with_one_click_and_the_audit_has_it(qtbot, office):
    db, ctx, business_id, nik = office
    dialog = BusinessDetailDialog(ctx["petugas"], business_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.nik_label.text() == f"{nik[:6]}******{nik[-4:]}"
    assert dialog.reveal_button.isVisible() and not _reveals(db)
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.nik_label.text() == nik and not dialog.reveal_button.isVisible()
    (row,) = _reveals(db)
    assert row.officer_name == "Uji Petugas" and not WHOLE_NIK.search(f"{row.old_value} {row.new_value}")
    dialog.reload()  # a reload (after an edit elsewhere) keeps what was revealed, without a second audit row
    assert dialog.nik_label.text() == nik and len(_reveals(db)) == 1
    # the petugas edits and issues, but does not read the audit
    assert dialog.edit_button.isVisible() and dialog.archive_button.isVisible()
    assert not dialog.audit_button.isVisible()


def test_pimpinan_sees_the_masked_nik_and_no_write_action(qtbot, office):
    db, ctx, business_id, nik = office
    dialog = BusinessDetailDialog(ctx["pimpinan"], business_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.nik_label.text() == f"{nik[:6]}******{nik[-4:]}"
    for button in (dialog.reveal_button, dialog.edit_button, dialog.archive_button, dialog.issue_button):
        assert not button.isVisible() and not button.isEnabled()
    dialog.issue_document()  # a call that slips through (a shortcut) opens nothing
    assert dialog.active_dialog is None
    assert dialog.audit_button.isVisible()
    assert not _reveals(db)


def test_the_detail_opens_the_audit_of_its_business(qtbot, office):
    db, ctx, business_id, _nik = office
    from umkm_desk.core.services.accounts.nik_privacy import reveal_nik

    reveal_nik(ctx["petugas"], business_id)
    dialog = BusinessDetailDialog(ctx["admin"], business_id)
    qtbot.addWidget(dialog)
    audit = dialog.show_audit()
    qtbot.addWidget(audit)
    assert audit.business.text() == dialog.profile.name and audit.business_id == business_id
    actions = {audit.table.item(r, 3).text() for r in range(audit.table.rowCount())}
    assert "Buka NIK" in actions and "Masuk" not in actions

"""Stage names are written once, in core/labels.py: every GUI table, picker and check box reads them there."""

from __future__ import annotations

import pytest

from umkm_desk.core import labels as core
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs.agreement_dialog import AgreementDialog
from umkm_desk.gui.models import case_models, partner_models

RENAMED = {"capital": "Modal", "mentoring": "Bimbingan", "marketing": "Pasar"}


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setattr(core, "STAGE_KINDS", RENAMED)
    return RENAMED


def test_every_stage_label_table_reads_core_labels(renamed: dict[str, str]) -> None:
    assert labels.stages() == renamed
    assert case_models.stage_labels() == renamed
    assert partner_models.stage_labels() == renamed


def test_the_agreement_dialog_check_boxes_read_core_labels(qtbot, gui_ctx: ServiceContext,
                                                           renamed: dict[str, str]) -> None:
    partner_id = partners.create_partner(gui_ctx, partners.PartnerInput(name="Universitas Contoh", kind="ptn"))
    dialog = AgreementDialog(gui_ctx, partner_id)
    qtbot.addWidget(dialog)
    assert [dialog.ui.capitalCheck.text(), dialog.ui.mentoringCheck.text(), dialog.ui.marketingCheck.text()] == [
        renamed["capital"], renamed["mentoring"], renamed["marketing"]]

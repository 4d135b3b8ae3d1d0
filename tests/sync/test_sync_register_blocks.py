"""Register numbers offline: a laptop numbers only inside its reserved block; the office jumps over it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from sync_helpers import business_input, send

from umkm_desk.core.services.cases.cases import open_case
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry.businesses import create_business
from umkm_desk.core.store.models import IssuedDocument


def _signatory(ctx) -> None:  # noqa: ANN001
    save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name="Drs. H. Kepala Dinas"))


def _seqs(ctx, year: int) -> list[int]:  # noqa: ANN001
    with ctx.db.read() as session:
        return sorted(session.scalars(select(IssuedDocument.seq).where(IssuedDocument.year == year)))


def test_laptop_issues_from_its_block_and_the_office_skips_it(office, laptops):
    laptop, _ = laptops
    today = date.today()
    _signatory(office)
    business_id = create_business(office, business_input())
    open_case(office, business_id)
    documents.issue_document(office, "letter", business_id, issued_on=today, render_pdf=False)  # number 1
    result = send(office, laptop, "laptop1", setup=True, block_size=3)
    assert result.status == "applied"
    for _ in range(3):
        documents.issue_document(laptop, "letter", business_id, issued_on=today, render_pdf=False)
    assert _seqs(laptop, today.year) == [1, 2, 3, 4]
    with pytest.raises(ServiceError, match="sudah habis"):
        documents.issue_document(laptop, "letter", business_id, issued_on=today, render_pdf=False)
    documents.issue_document(office, "letter", business_id, issued_on=today, render_pdf=False)
    assert _seqs(office, today.year) == [1, 5]  # 2-4 belong to the laptop
    send(laptop, office)
    send(office, laptop, "laptop1")
    assert _seqs(office, today.year) == _seqs(laptop, today.year) == [1, 2, 3, 4, 5]


def test_a_laptop_without_a_block_for_the_year_issues_nothing(office, laptops):
    laptop, _ = laptops
    _signatory(office)
    business_id = create_business(office, business_input())
    open_case(office, business_id)
    send(office, laptop, "laptop1", setup=True)
    next_year = date(date.today().year + 1, 1, 2)
    with pytest.raises(ServiceError, match="belum punya blok"):
        documents.issue_document(laptop, "letter", business_id, issued_on=next_year, render_pdf=False)

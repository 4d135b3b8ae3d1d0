"""What each document kind means to the register, keyed like ``core/documents/kinds.py`` (a test checks that the
two tables name the same kinds): how its content is built from the store, which businesses ``--all`` gives one
to, and what one document serves, which decides what counts as already served when a batch runs again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from umkm_desk.core.services.register import document_content
from umkm_desk.core.services.register.document_content import Issue
from umkm_desk.core.store.models import Business, Case, IssuedDocument, Officer, Stage

#: What one document is for. "case": one per active case (issued again when the business has a new case);
#: "business": one per business, ever; "stage": one per stage with a partner (a business can get several).
Serves = Literal["case", "business", "stage"]


@dataclass(frozen=True)
class Subject:
    """What a builder gets: the business, the stage picked for a "stage" kind, the case the document is filed
    under, and the officer acting (for a kind that names who handles the case)."""

    session: Session
    business: Business
    issue: Issue
    stage: Stage | None
    case: Case | None
    acting_officer_id: uuid.UUID | None


@dataclass(frozen=True)
class KindService:
    build: Callable[[Subject], Any]
    eligible: Callable[[], Select[uuid.UUID]]  # the businesses --all gives one to
    serves: Serves


def _live_cases() -> Select[uuid.UUID]:
    return (
        select(Business.id).join(Case, Case.business_id == Business.id)
        .where(Business.deleted_at.is_(None), Case.deleted_at.is_(None))
    )


def _active_case() -> Select[uuid.UUID]:
    return _live_cases().where(Case.status == "aktif")


def _certificate_due() -> Select[uuid.UUID]:
    """Finished mentoring or naik kelas, not yet certified."""
    certified = select(IssuedDocument.business_id).where(
        IssuedDocument.kind == "certificate", IssuedDocument.voided_at.is_(None),
        IssuedDocument.business_id.is_not(None),
    )
    mentoring_done = select(Stage.case_id).where(Stage.kind == "mentoring", Stage.status == "selesai")
    return _live_cases().where(
        or_(Case.naik_kelas.is_(True), Case.status == "naik_kelas", Case.id.in_(mentoring_done)),
        Business.id.not_in(certified),
    )


def _referral_due() -> Select[uuid.UUID]:
    """Stages with a partner and no referral yet."""
    referred = select(IssuedDocument.stage_id).where(
        IssuedDocument.kind == "referral", IssuedDocument.voided_at.is_(None), IssuedDocument.stage_id.is_not(None),
    )
    return (
        _live_cases().join(Stage, Stage.case_id == Case.id)
        .where(Stage.partner_id.is_not(None), Stage.id.not_in(referred))
    )


def case_officer(subject: Subject) -> str | None:
    """Who handles the case, for the summary's "Petugas": the case's officer, else the acting officer (never
    a pseudo-actor such as "Baris perintah" or "Sistem")."""
    case = subject.case
    officer_id = (case.officer_id if case is not None else None) or subject.acting_officer_id
    officer = subject.session.get(Officer, officer_id) if officer_id is not None else None
    return officer.name if officer is not None else None


def _letter(s: Subject) -> Any:
    return document_content.build_progress_letter(s.session, s.business, s.issue, s.case)


def _referral(s: Subject) -> Any:
    assert s.stage is not None
    return document_content.build_referral(s.session, s.business, s.stage, s.issue)


def _certificate(s: Subject) -> Any:
    payload = document_content.qr_payload(s.issue.number, s.issue.verification_code)
    return document_content.build_certificate(s.session, s.business, s.issue, payload)


def _summary(s: Subject) -> Any:
    return document_content.build_case_summary(s.session, s.business, s.issue, case_officer(s))


SERVICES: dict[str, KindService] = {
    "letter": KindService(_letter, _active_case, "case"),
    "referral": KindService(_referral, _referral_due, "stage"),
    "certificate": KindService(_certificate, _certificate_due, "business"),
    "summary": KindService(_summary, _active_case, "case"),
}

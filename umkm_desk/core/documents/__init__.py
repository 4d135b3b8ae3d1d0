"""ReportLab renderers: plain dataclasses in, PDF bytes out. No Qt and no database here.

Use ``render("letter", letterhead, progress_letter)`` for one document, ``render_many(jobs)`` for a batch over
processes and ``combine_pdfs(pdfs)`` for one combined print file.
"""

from umkm_desk.core.documents.certificate import render_certificate
from umkm_desk.core.documents.content import (
    ActivityRow,
    ActivitySummaryRow,
    BusinessIdentity,
    CapitalRow,
    CaseSummaryContent,
    Certificate,
    Letterhead,
    OutcomeRow,
    ProgressLetter,
    Recipient,
    Referral,
    Signatory,
    StageRow,
)
from umkm_desk.core.documents.letters import render_progress_letter, render_referral
from umkm_desk.core.documents.render import KINDS, RenderResult, combine_pdfs, render, render_many
from umkm_desk.core.documents.summary import render_case_summary

__all__ = [
    "KINDS",
    "ActivityRow",
    "ActivitySummaryRow",
    "BusinessIdentity",
    "CapitalRow",
    "CaseSummaryContent",
    "Certificate",
    "Letterhead",
    "OutcomeRow",
    "ProgressLetter",
    "Recipient",
    "Referral",
    "RenderResult",
    "Signatory",
    "StageRow",
    "combine_pdfs",
    "render",
    "render_case_summary",
    "render_certificate",
    "render_many",
    "render_progress_letter",
    "render_referral",
]

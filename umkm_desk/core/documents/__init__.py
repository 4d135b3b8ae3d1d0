"""ReportLab renderers: plain dataclasses in, PDF bytes out. No Qt and no database here.

Use ``render("letter", letterhead, progress_letter)`` for one document, ``render_many(jobs)`` for a batch over
processes and ``combine_pdfs(pdfs)`` for one combined print file.

The names below are imported on first use (PEP 562): importing a light module of this package, such as
``content`` or ``report_content`` (the Laporan page does, through the reports room), must not load ReportLab,
which took the GUI thread half a second on a quiet PC and four on a busy one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from umkm_desk.core.documents.rendering import KINDS, RenderResult, combine_pdfs, render, render_many
    from umkm_desk.core.documents.summary import render_case_summary

#: each public name and the module that defines it
_WHERE = {
    "render_certificate": "certificate",
    **dict.fromkeys(("ActivityRow", "ActivitySummaryRow", "BusinessIdentity", "CapitalRow", "CaseSummaryContent",
                     "Certificate", "Letterhead", "OutcomeRow", "ProgressLetter", "Recipient", "Referral",
                     "Signatory", "StageRow"), "content"),
    "render_progress_letter": "letters",
    "render_referral": "letters",
    **dict.fromkeys(("KINDS", "RenderResult", "combine_pdfs", "render", "render_many"), "rendering"),
    "render_case_summary": "summary",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(f"{__name__}.{module}")
    # every name of that module at once (the submodule is named ``rendering`` so that importing it never binds
    # the package's ``render`` to a module instead of the function)
    globals().update({other: getattr(loaded, other) for other, where in _WHERE.items() if where == module})
    return globals()[name]


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

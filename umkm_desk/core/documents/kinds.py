"""The one table of document kinds: what the register stores, what the officer reads, what draws the PDF.

The key is stored in ``issued_document.kind`` and in each document's content JSON, and it is the name the command
line takes (``umkm-desk print letter``). The renderer dispatcher, the register's content codec, the register
entries' labels, the command line's choices and the GUI's kind pickers all read this table; what a kind means to
the register (its content builder, who may get one with ``--all``) is in ``services/register/kinds.py``, keyed
from here. The file name of a document does not depend on its kind: ``core/rules/file_names.py``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from umkm_desk.core.documents.content import (
    CaseSummaryContent,
    Certificate,
    Letterhead,
    ProgressLetter,
    Referral,
)

__all__ = ["KINDS", "DocumentKind", "kind_of"]


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str  # as a title: the register, the pickers, "SAH: Sertifikat Pendampingan nomor …"
    noun: str  # inside a sentence: "Dokumen ke-3 (sertifikat) gagal dibuat"
    content: type
    #: the renderer, or "module:function" in this package: the table's own renderers are imported when a
    #: document is first drawn, since the register, its pages and the command line read the table without
    #: drawing anything and should not wait for ReportLab to load
    render_with: Callable[[Letterhead, Any], bytes] | str

    @property
    def renderer(self) -> Callable[[Letterhead, Any], bytes]:
        if not isinstance(self.render_with, str):
            return self.render_with
        module, _, name = self.render_with.partition(":")
        loaded = importlib.import_module(f"{__package__}.{module}")
        return cast("Callable[[Letterhead, Any], bytes]", getattr(loaded, name))


KINDS: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (
        DocumentKind("letter", "Surat Keterangan Perkembangan", "surat keterangan perkembangan",
                     ProgressLetter, "letters:render_progress_letter"),
        DocumentKind("referral", "Surat Rujukan", "surat rujukan", Referral, "letters:render_referral"),
        DocumentKind("certificate", "Sertifikat Pendampingan", "sertifikat", Certificate,
                     "certificate:render_certificate"),
        DocumentKind("summary", "Ringkasan Kasus", "ringkasan kasus", CaseSummaryContent,
                     "summary:render_case_summary"),
    )
}


def kind_of(key: str) -> DocumentKind:
    """The kind named ``key``; an unknown key is refused in Indonesian, naming the choices."""
    try:
        return KINDS[key]
    except KeyError:
        raise ValueError(f"Jenis dokumen tidak dikenal: {key!r} (pilihan: {', '.join(KINDS)}).") from None

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
from typing import Any

from umkm_desk.core.documents.content import (
    CaseSummaryContent,
    Certificate,
    Letterhead,
    ProgressLetter,
    Referral,
)

__all__ = ["KINDS", "DocumentKind", "kind_of"]


class _Renderer:
    """A renderer named by module and function, imported on its first call: the table is read by pages and
    services that list the register (labels, the command line's choices) and must not load ReportLab for that,
    which costs the Dokumen page's first visit most of a second."""

    def __init__(self, module: str, name: str) -> None:
        self._where = (f"{__package__}.{module}", name)
        self._function: Callable[[Letterhead, Any], bytes] | None = None

    def __call__(self, letterhead: Letterhead, content: Any) -> bytes:
        if self._function is None:
            module, name = self._where
            self._function = getattr(importlib.import_module(module), name)
        return self._function(letterhead, content)

    def __repr__(self) -> str:
        return "<renderer {}.{}>".format(*self._where)


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str  # as a title: the register, the pickers, "SAH: Sertifikat Pendampingan nomor …"
    noun: str  # inside a sentence: "Dokumen ke-3 (sertifikat) gagal dibuat"
    content: type
    renderer: Callable[[Letterhead, Any], bytes]


KINDS: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (
        DocumentKind("letter", "Surat Keterangan Perkembangan", "surat keterangan perkembangan",
                     ProgressLetter, _Renderer("letters", "render_progress_letter")),
        DocumentKind("referral", "Surat Rujukan", "surat rujukan", Referral, _Renderer("letters", "render_referral")),
        DocumentKind("certificate", "Sertifikat Pendampingan", "sertifikat", Certificate,
                     _Renderer("certificate", "render_certificate")),
        DocumentKind("summary", "Ringkasan Kasus", "ringkasan kasus", CaseSummaryContent,
                     _Renderer("summary", "render_case_summary")),
    )
}


def kind_of(key: str) -> DocumentKind:
    """The kind named ``key``; an unknown key is refused in Indonesian, naming the choices."""
    try:
        return KINDS[key]
    except KeyError:
        raise ValueError(f"Jenis dokumen tidak dikenal: {key!r} (pilihan: {', '.join(KINDS)}).") from None

"""One file-name rule for documents, used by the command line, the batch and the save dialog alike."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[/\\]+")
# Characters Windows refuses in names, control characters and the Unicode direction overrides that make a
# name read differently from what it is.
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                       *(f"LPT{i}" for i in range(1, 10))})
MAX_STEM = 150


def document_file_name(number: str | None, fallback: str = "dokumen") -> str:
    """``500.3/001/Disperindagkop/XI/2026`` -> ``500.3-001-Disperindagkop-XI-2026.pdf`` (valid on Windows).

    Register numbers are unique, but two numbers can still give one name ("500/1" and "500-1"): whoever
    writes the file must refuse an existing name, never overwrite it."""
    text = _SEPARATORS.sub("-", (number or "").strip())
    text = _FORBIDDEN.sub("", text)
    text = " ".join(text.split())[:MAX_STEM].strip(" .") or fallback
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return f"{text}.pdf"

"""Shared cleaning for numeric identifiers (NIK, NIB, NPWP, NIP) typed by hand or pasted from Excel."""

from __future__ import annotations

import re

from umkm_desk.core.rules.errors import RuleError

# Excel shows long numbers as 3.67301E+15 and keeps only 15 significant digits: the tail is gone for good.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
# A numeric cell read back as float text ("1234567890123.0"): leading zeros are already lost.
_FLOAT_TAIL = re.compile(r"\d+[.,]0+")
_ONLY_ASCII_DIGITS = re.compile(r"[0-9]+")


def clean_digits(
    value: object, *, label: str, field: str, lengths: tuple[int, ...], separators: str = " .-"
) -> str:
    """Return the digits of ``value`` after removing ``separators``, or refuse with the reason why.

    ``lengths`` lists the accepted digit counts, in the order they are named in the message.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise RuleError(f"{label} harus diisi sebagai teks angka.", field=field)
    if isinstance(value, float):
        raise RuleError(
            f"{label} rusak oleh spreadsheet (tersimpan sebagai angka pecahan); ketik ulang sebagai teks.",
            field=field,
        )
    from_number = isinstance(value, int)
    text = str(value).strip()
    if not text:
        raise RuleError(f"{label} belum diisi.", field=field)
    if _SCIENTIFIC.fullmatch(text):
        raise RuleError(
            f"{label} rusak oleh spreadsheet (notasi ilmiah); ketik ulang sebagai teks.", field=field
        )
    if _FLOAT_TAIL.fullmatch(text):
        raise RuleError(
            f"{label} rusak oleh spreadsheet (akhiran .0); ketik ulang sebagai teks.", field=field
        )
    digits = re.sub(f"[{re.escape(separators)}]", "", text)
    if not _ONLY_ASCII_DIGITS.fullmatch(digits):
        raise RuleError(f"{label} hanya boleh berisi angka.", field=field)
    if len(digits) not in lengths:
        wanted = " atau ".join(str(n) for n in lengths)
        message = f"{label} harus {wanted} digit; yang diisi {len(digits)} digit."
        if from_number and len(digits) < min(lengths):
            message += " Nol di depan mungkin hilang karena tersimpan sebagai angka."
        raise RuleError(message, field=field)
    return digits

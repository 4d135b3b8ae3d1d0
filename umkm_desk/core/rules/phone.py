"""Indonesian phone numbers, stored as E.164 ("+6281234567890") and shown in national form."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType, ValidationResult

from umkm_desk.core.rules.errors import RuleError

_FIELD = "phone"
_ALLOWED = re.compile(r"\+?[0-9\s().\-/]+")
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+?[0-9]+")
_REASONS = {
    ValidationResult.TOO_SHORT: "terlalu pendek",
    ValidationResult.INVALID_LENGTH: "panjangnya tidak sesuai",
    ValidationResult.TOO_LONG: "terlalu panjang",
    ValidationResult.INVALID_COUNTRY_CODE: "kode negaranya tidak dikenal",
}


def _candidates(text: str) -> list[str]:
    digits = re.sub(r"[^0-9]", "", text)
    if text.startswith("+"):
        return ["+" + digits]
    if digits.startswith("0"):
        return [digits]
    if digits.startswith("62"):
        # Usually 62 is the country code typed without "+", but 0620-0629 are North Sumatra area codes
        # whose leading zero a spreadsheet may have eaten, so try that second.
        return ["+" + digits, "0" + digits]
    # "812..." : a spreadsheet stored the number as a number and dropped the leading zero.
    return ["0" + digits]


def normalize_phone(text: str | int) -> str:
    """Return the number in E.164 form, or refuse with the reason it cannot be a real number."""
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise RuleError("Nomor telepon harus diisi sebagai teks.", field=_FIELD)
    raw = str(text).strip()
    if not raw:
        raise RuleError("Nomor telepon belum diisi.", field=_FIELD)
    if _SCIENTIFIC.fullmatch(raw):
        raise RuleError(
            "Nomor telepon rusak oleh spreadsheet (notasi ilmiah); ketik ulang sebagai teks.", field=_FIELD
        )
    # A phone number fits in Excel's 15 digits, so a numeric cell's ".0" tail is harmless; only a number that is
    # digits and that tail, though: in "0812.3456.00" the ".00" is the last group of digits.
    if re.fullmatch(r"[0-9]+\.0+", raw):
        raw = raw[: raw.index(".")]
    if not _ALLOWED.fullmatch(raw):
        raise RuleError("Nomor telepon hanya boleh berisi angka, spasi, tanda +, - dan kurung.", field=_FIELD)
    reason = "bukan nomor yang sah"
    for candidate in _candidates(raw):
        try:
            number = phonenumbers.parse(candidate, "ID")
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
        if reason == "bukan nomor yang sah":
            reason = _REASONS.get(phonenumbers.is_possible_number_with_reason(number), reason)
    raise RuleError(f"Nomor telepon {raw} {reason}.", field=_FIELD)


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(e164, None)
    except NumberParseException:
        raise RuleError(f"Nomor telepon tersimpan tidak sah: {e164!r}.", field=_FIELD) from None


def format_phone(e164: str) -> str:
    """Readable form: "0812-3456-7890" for mobiles, "(0254) 123456" for landlines; foreign numbers
    keep their country code ("+60 12-345 6789")."""
    number = _parse_e164(e164)
    if number.country_code == 62:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def is_mobile(e164: str) -> bool:
    kind = phonenumbers.number_type(_parse_e164(e164))
    return kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)

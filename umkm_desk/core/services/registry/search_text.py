"""The ``business.search_text`` column: one lower-cased string that search-as-you-type matches with LIKE."""

from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"\D")
_SPACES = re.compile(r"\s+")


def business_search_text(
    name: str | None,
    owner_name: str | None,
    nik: str | None,
    nib: str | None,
    phone: str | None,
) -> str:
    """Business name, owner name, NIK, NIB and phone digits (no "+"), lower-cased, separated by one space.

    ``business_search_text("Gipang Mak Icah", "Siti Aisyah", "3673014508790001", None, "+6281234567890")``
    gives ``"gipang mak icah siti aisyah 3673014508790001 6281234567890"``. Empty parts are left out.
    """
    phone_digits = _NON_DIGITS.sub("", phone) if phone else None
    parts = (name, owner_name, nik, nib, phone_digits)
    return " ".join(_SPACES.sub(" ", part).strip().lower() for part in parts if part and part.strip())

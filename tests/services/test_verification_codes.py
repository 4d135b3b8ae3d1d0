"""Verification codes: ten symbols read aloud and typed, so no 0/O or 1/I, each symbol equally likely."""

from __future__ import annotations

from collections import Counter

from umkm_desk.core.services.register import documents


def test_codes_use_every_symbol_of_the_alphabet_and_nothing_else() -> None:
    alphabet = documents._CODE_ALPHABET
    assert len(alphabet) == 32 == len(set(alphabet))  # a divisor of 256: a byte maps to a symbol evenly
    assert not set(alphabet) & set("01OI")
    codes = [documents.new_verification_code() for _ in range(2000)]
    assert all(len(code) == 10 and set(code) <= set(alphabet) for code in codes)
    seen = Counter("".join(codes))
    # 20,000 symbols, 625 expected each: a symbol never drawn, or drawn twice as often, is a broken mapping
    assert set(seen) == set(alphabet)
    assert max(seen.values()) < 2 * min(seen.values())
    assert len(set(codes)) == len(codes)

"""Rupiah amounts: parsing what officers type, PUEBI formatting, and terbilang (amount in words).

Money is always whole rupiah in an int. Indonesian writes "." for thousands and "," for decimals.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.text import searchable

_FIELD = "rupiah"
#: The largest amount any money field accepts: Rp10 triliun. PP 7/2021 puts "besar" above Rp50 miliar annual
#: sales (above Rp10 miliar capital), so every business this office serves stays far below it, while a real
#: "besar" figure, a partner's yearly budget or a typo with a few extra zeros is still visibly compared. It keeps
#: every amount, and the sums of many, well inside a 64-bit BigInteger column (about 9.2 * 10^18), where
#: 10000000000000000000 overflowed on save, and inside what terbilang can spell.
MONEY_MAX = 10**13
_UNITS = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "m": 10**9,
    "miliar": 10**9,
    "milyar": 10**9,
    "t": 10**12,
    "triliun": 10**12,
    "trilyun": 10**12,
}
_AMOUNT = re.compile(r"(?P<number>[0-9.,]+)\s*(?:(?P<unit>[a-z]+)\.?)?")
_NUMBER = re.compile(r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<fraction>[0-9]+))?")
_EXAMPLES = "Contoh: Rp5.000.000, 5 juta, 750rb, 2,5 M."


def _shown(value: str) -> str:
    """What was typed, safe to put in a message: no control characters, not a page long."""
    text = searchable(value).strip()
    return text if len(text) <= 40 else text[:40] + "…"


def _refuse(message: str) -> RuleError:
    return RuleError(message, field=_FIELD)


def parse_rupiah(value: str | int | float) -> int:
    """Whole rupiah from an int or from text such as "Rp5.000.000,00", "5 jt", "750rb", "2,5 M", "1,25 triliun".

    A comma followed by exactly three digits ("1,234 jt", "5,000") is refused: it may be an Indonesian
    decimal or an English thousands separator, and guessing wrong is off by a factor of a thousand.
    Cents must be zero; amounts that would leave a fraction of a rupiah are refused.
    """
    if isinstance(value, bool):
        raise _refuse("Jumlah uang harus berupa angka.")
    if isinstance(value, int):
        if value < 0:
            raise _refuse("Jumlah uang tidak boleh negatif.")
        if value > MONEY_MAX:
            raise _refuse(
                f"Jumlah uang terlalu besar (paling banyak {format_rupiah(MONEY_MAX)}); periksa jumlah nolnya."
            )
        return value
    if isinstance(value, float):
        # Numeric spreadsheet cells arrive as floats; a whole value is exact far beyond any real amount.
        if not value.is_integer():
            raise _refuse("Jumlah uang harus rupiah bulat, tanpa pecahan.")
        return parse_rupiah(int(value))
    if not isinstance(value, str):
        raise _refuse("Jumlah uang harus berupa angka.")
    text = re.sub(r"\s+", " ", value.strip().lower())
    if not text:
        raise _refuse("Jumlah uang belum diisi.")
    text = re.sub(r"^rp\.?\s*", "", text)
    text = re.sub(r"\s*rupiah$", "", text)
    text = re.sub(r",-+$", "", text)  # "Rp5.000,-" means "no cents"
    if text.startswith("-"):
        raise _refuse("Jumlah uang tidak boleh negatif.")
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise _refuse(f"Jumlah uang '{_shown(value)}' tidak dikenali. {_EXAMPLES}")
    number, unit = match["number"], match["unit"]
    if unit is not None and unit not in _UNITS:
        raise _refuse(f"Satuan '{unit}' tidak dikenal; gunakan rb, jt, M (miliar) atau T (triliun).")
    parts = _NUMBER.fullmatch(number)
    if parts is None:
        if re.fullmatch(r"[0-9]+\.[0-9]{1,2}", number):
            raise _refuse(f"Angka '{number}': gunakan koma untuk desimal, mis. 2,5 jt.")
        raise _refuse(
            f"Penulisan angka '{number}' tidak sah: titik memisahkan ribuan tiap 3 digit, koma untuk desimal."
        )
    whole, fraction = parts["whole"].replace(".", ""), parts["fraction"]
    if fraction is not None and len(fraction) == 3:
        raise _refuse(
            f"Angka '{number}' membingungkan: koma bisa desimal atau pemisah ribuan. "
            "Tulis ribuan dengan titik (1.234.000) atau desimal 1-2 angka (1,2 jt)."
        )
    amount = Decimal(f"{whole}.{fraction or '0'}") * _UNITS.get(unit or "", 1)
    if amount != amount.to_integral_value():
        if unit is None:
            raise _refuse("Jumlah uang harus rupiah bulat; sen tidak bisa disimpan.")
        raise _refuse(f"'{value.strip()}' menghasilkan pecahan rupiah; tulis angkanya lengkap.")
    return parse_rupiah(int(amount))


_WORD_DIGITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9,
}  # fmt: skip
_WORD_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12, "trilyun": 10**12}
# "seribu", "sejuta", "semiliar", "setriliun": one of the scale
_WORD_ONE_SCALE = {"se" + word: scale for word, scale in _WORD_SCALES.items()}
_WORD_MULTIPLIERS = {"ratus", "puluh", "belas"}
_WORDS = (
    set(_WORD_DIGITS) | set(_WORD_SCALES) | set(_WORD_ONE_SCALE) | _WORD_MULTIPLIERS
    | {"seratus", "sepuluh", "sebelas", "setengah"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    text = re.sub(r"^rp\.?\s*", "", text.strip().lower())
    text = re.sub(r"\s*rupiah$", "", text)
    return re.sub(r"[,\-]", " ", text).split()


def is_money_words(text: str) -> bool:
    """Whether ``text`` is an amount written in Indonesian number words ("lima juta rupiah"), for
    :func:`parse_rupiah_words`. Forms take figures only (:func:`parse_rupiah`); spreadsheets may hold words."""
    tokens = _words(text)
    return bool(tokens) and all(token in _WORDS for token in tokens)


def _word_group(tokens: list[str], i: int) -> tuple[Fraction, int]:
    """A number below a thousand (plus "setengah") starting at ``tokens[i]``; returns it and the next index."""

    def at(k: int) -> str:
        return tokens[k] if k < len(tokens) else ""

    value = Fraction(0)
    if at(i) == "seratus":
        value, i = Fraction(100), i + 1
    elif _WORD_DIGITS.get(at(i), 0) >= 1 and at(i + 1) == "ratus":
        value, i = Fraction(100 * _WORD_DIGITS[at(i)]), i + 2
    units_done = False
    if at(i) == "sepuluh":
        value, i = value + 10, i + 1
        units_done = True
    elif at(i) == "sebelas":
        value, i, units_done = value + 11, i + 1, True
    elif _WORD_DIGITS.get(at(i), 0) >= 1 and at(i + 1) == "belas":
        value, i, units_done = value + 10 + _WORD_DIGITS[at(i)], i + 2, True
    elif _WORD_DIGITS.get(at(i), 0) >= 2 and at(i + 1) == "puluh":
        value, i = value + 10 * _WORD_DIGITS[at(i)], i + 2
    if not units_done and _WORD_DIGITS.get(at(i), 0) >= 1 and at(i + 1) not in _WORD_MULTIPLIERS:
        value, i = value + _WORD_DIGITS[at(i)], i + 1
    if at(i) == "setengah":
        value, i = value + Fraction(1, 2), i + 1
    return value, i


def parse_rupiah_words(text: str) -> int:
    """Whole rupiah from Indonesian number words, as people write amounts in letters and kwitansi: "lima juta",
    "satu juta lima ratus ribu rupiah", "Dua Setengah Juta", "seribu". The inverse of :func:`terbilang`.

    Words must follow the grammar of Indonesian numbers (scales from large to small, each group below a thousand);
    anything else is refused rather than guessed ("lima lima juta", "juta lima").
    """
    tokens = _words(text)
    shown = _shown(text)
    if not tokens:
        raise _refuse("Jumlah uang belum diisi.")
    if tokens == ["nol"]:
        return 0
    unknown = [t for t in tokens if t not in _WORDS]
    if unknown:
        raise _refuse(f"Kata '{unknown[0]}' pada jumlah uang '{shown}' bukan kata bilangan. {_EXAMPLES}")
    total = Fraction(0)
    previous_scale: int | None = None
    i = 0
    while i < len(tokens):
        if tokens[i] in _WORD_ONE_SCALE:
            group, scale, i = Fraction(1), _WORD_ONE_SCALE[tokens[i]], i + 1
        else:
            group, after = _word_group(tokens, i)
            if after == i:
                raise _refuse(f"Jumlah uang '{shown}' tidak tersusun sebagai bilangan. {_EXAMPLES}")
            if after < len(tokens) and tokens[after] in _WORD_SCALES:
                scale, i = _WORD_SCALES[tokens[after]], after + 1
            elif after == len(tokens):
                scale, i = 1, after
            else:
                raise _refuse(f"Jumlah uang '{shown}' tidak tersusun sebagai bilangan. {_EXAMPLES}")
        if previous_scale is not None and scale >= previous_scale:
            raise _refuse(f"Jumlah uang '{shown}': urutan ribu/juta/miliar tidak sah. {_EXAMPLES}")
        total += group * scale
        previous_scale = scale
    if total.denominator != 1:
        raise _refuse(f"'{shown}' menghasilkan pecahan rupiah; tulis angkanya lengkap.")
    return parse_rupiah(int(total))


def format_rupiah(amount: int, *, with_cents: bool = False) -> str:
    """PUEBI style, no space after Rp: "Rp1.500.000", "Rp5.000.000,00", "-Rp1.500"."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise _refuse("Jumlah uang harus berupa bilangan bulat rupiah.")
    digits = f"{abs(amount):,}".replace(",", ".")
    return f"{'-' if amount < 0 else ''}Rp{digits}{',00' if with_cents else ''}"


_DIGITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_GROUPS = ("", "ribu", "juta", "miliar", "triliun")
TERBILANG_MAX = 10 ** (3 * len(_GROUPS)) - 1


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    if tens == 1:
        words += ["sepuluh"] if units == 0 else ["sebelas"] if units == 1 else [_DIGITS[units], "belas"]
        return words
    if tens:
        words += [_DIGITS[tens], "puluh"]
    if units:
        words.append(_DIGITS[units])
    return words


def terbilang(amount: int, *, rupiah: bool = True) -> str:
    """Amount in Indonesian words, lowercase: 1_001_000 -> "satu juta seribu rupiah".

    Only "ribu" takes the "se-" form for one (seribu); official letters write "satu juta", "satu miliar",
    "satu triliun". Inside every group, 10/11/100 are sepuluh/sebelas/seratus. Capitalise with
    :func:`terbilang_kapital` for the start of a sentence, or ``.title()`` for kwitansi style
    ("Lima Juta Rupiah").
    """
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise _refuse("Terbilang hanya untuk bilangan bulat.")
    if not 0 <= amount <= TERBILANG_MAX:
        raise _refuse("Terbilang hanya untuk 0 sampai 999 triliun lebih sedikit.")
    words: list[str] = []
    if amount == 0:
        words.append("nol")
    for power in range(len(_GROUPS) - 1, -1, -1):
        group = amount // 10 ** (3 * power) % 1000
        if group == 0:
            continue
        if group == 1 and power == 1:
            words.append("seribu")
            continue
        words += _below_thousand(group)
        if power:
            words.append(_GROUPS[power])
    if rupiah:
        words.append("rupiah")
    return " ".join(words)


def terbilang_kapital(amount: int, *, rupiah: bool = True) -> str:
    """:func:`terbilang` with a capital first letter, as it opens a sentence or a bracket in a letter."""
    return terbilang(amount, rupiah=rupiah).capitalize()

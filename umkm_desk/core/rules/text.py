"""Text typed by officers: the one cleaning rule every text field passes through before it is stored
(:func:`clean_text`), and business-name normalisation and similarity to warn about likely duplicates.

What :func:`clean_text` refuses, and why (each refusal names the field, in Indonesian):

* NUL and every other control character (Unicode category Cc: ESC, BEL, DEL, C1 controls...): a NUL hides a row
  from SQLite's string functions and is a DataError on PostgreSQL; the others end up in letters as garbage. Tab
  and newline are the exception, in multi-line fields (notes) only.
* Every format character (category Cf), including the bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E/F),
  the zero-width space U+200B, the byte-order mark U+FEFF and the soft hyphen U+00AD, and explicitly also ZWJ and
  ZWNJ (U+200D, U+200C): this is a Latin-script office, where they only ever arrive by copy-paste, are invisible
  on screen, make two names that look the same differ for search and duplicate checks, and an RTL override
  reverses what a printed letter says.
* Unpaired UTF-16 surrogates (category Cs): they cannot be encoded (UnicodeEncodeError in the database driver
  and the PDF writer). A correctly paired surrogate is joined into its character first.
* Private-use and unassigned code points (Co, Cn): nothing can draw them.
* Line and paragraph separators U+2028/U+2029 in single-line fields (in notes they become newlines).
* Text longer than the column holds (never cut silently).
* In printed fields, characters the letter font cannot draw (``drawable``): they would vanish from the PDF.

Accepted text is normalised to NFC and trimmed; in single-line fields runs of spaces (including no-break spaces)
become one space, in multi-line fields line ends become "\n" and trailing spaces of each line are dropped.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Container

from umkm_desk.core.rules.errors import RuleError

#: Text columns (activity notes) have no length in the schema; this is the limit the forms show and the rule enforces
NOTES_MAX = 5000

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
_SPACES = re.compile(r"[^\S\n\t]+")  # any whitespace except newline and tab
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def _join_surrogate_pairs(text: str) -> str:
    """A high and a low surrogate next to each other (text that went through UTF-16 without being decoded) are
    one character; only unpaired halves are left for the refusal."""
    return _SURROGATE_PAIR.sub(
        lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text
    )


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


# Control characters have no Unicode name; these are the ones people meet (in pasted or crafted text).
_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BACKSPACE", 0x09: "TAB", 0x0A: "LINE FEED",
                  0x0D: "CARRIAGE RETURN", 0x1B: "ESC", 0x7F: "DELETE", 0x85: "NEXT LINE"}


def describe_character(char: str) -> str:
    """How a refused character is named in a message: itself when visible, else its code point and name."""
    code = f"U+{ord(char):04X}"
    category = unicodedata.category(char)
    if category[0] in "CZ" or category == "Mn":
        name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "")
        return f"{code} ({name})" if name else code
    return f"\u201c{char}\u201d ({code})"


def _refusal(char: str, *, label: str, multiline: bool) -> str | None:
    """The message for a character that is not allowed in the field, or None when it is allowed."""
    if char == "\n" or char == "\t":
        if multiline:
            return None
        what = "baris baru" if char == "\n" else "tab"
        return f"{label} harus satu baris; hapus {what} di dalamnya."
    if char in "\r\x85\u2028\u2029":
        return f"{label} harus satu baris; hapus pemisah baris {describe_character(char)}."
    category = unicodedata.category(char)
    if category not in _REFUSED_CATEGORIES:
        return None
    if category == "Cs":
        return (f"{label} berisi karakter rusak {describe_character(char)} (setengah pasangan surrogate); "
                "hapus lalu ketik ulang bagian itu.")
    if category == "Cc":
        return f"{label} berisi karakter kendali {describe_character(char)}; hapus karakter itu."
    if category == "Cf":
        return (f"{label} berisi karakter tak terlihat {describe_character(char)} (biasanya terbawa saat "
                "menyalin teks); hapus karakter itu.")
    return f"{label} berisi karakter {describe_character(char)} yang tidak dikenal; hapus karakter itu."


def searchable(text: str) -> str:
    """A search box's text without the characters :func:`clean_text` never lets into storage (controls, invisible
    format characters, lone surrogates, private-use), NFC like what is stored. Such a character cannot match,
    and passed on it fails the query (a NUL is a DataError on PostgreSQL, a surrogate a UnicodeEncodeError)."""
    if text.isascii() and text.isprintable():
        return text
    kept = "".join(
        " " if char in "\t\n\r" else char
        for char in _join_surrogate_pairs(text)
        if char in "\t\n\r" or unicodedata.category(char) not in _REFUSED_CATEGORIES
    )
    return unicodedata.normalize("NFC", kept)


def _normalise_spaces(text: str, *, multiline: bool) -> str:
    if not multiline:
        return _SPACES.sub(" ", text).strip()
    text = _LINE_BREAKS.sub("\n", text)
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n ")


def clean_text(
    value: object,
    *,
    label: str,
    field: str | None = None,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
    drawable: Container[int] | None = None,
) -> str | None:
    """The one input-cleaning rule for a text field (see the module docstring for what is refused and why).

    Returns the cleaned text, or None for a blank optional field. ``label`` is the field as the form names it
    ("Nama usaha"); ``field`` is the form field key put on the RuleError. ``drawable`` is given for fields that
    are printed on letters: the code points the letter font can draw.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RuleError(f"{label} harus berupa teks.", field=field)
    text = value if value.isascii() else unicodedata.normalize("NFC", _join_surrogate_pairs(value))
    if multiline:
        text = _LINE_BREAKS.sub("\n", text)
    for char in dict.fromkeys(text):  # each distinct character once, in order of first appearance
        if char.isascii() and (char.isprintable() or char == " "):
            continue
        message = _refusal(char, label=label, multiline=multiline)
        if message is not None:
            raise RuleError(message, field=field)
    text = _normalise_spaces(text, multiline=multiline)
    if not text:
        if required:
            raise RuleError(f"{label} belum diisi.", field=field)
        return None
    if len(text) > max_length:
        raise RuleError(
            f"{label} terlalu panjang: {_count(len(text))} karakter, paling banyak {_count(max_length)}.",
            field=field,
        )
    if drawable is not None:
        for char in dict.fromkeys(text):
            if char not in "\n\t" and ord(char) not in drawable:
                raise RuleError(
                    f"Karakter {describe_character(char)} pada {label} tidak dapat dicetak pada surat; "
                    "hapus karakter itu.",
                    field=field,
                )
    return text


# Legal-entity forms only: "Toko" or "Warung" are part of what people call the business.
LEGAL_PREFIXES = frozenset({"ud", "cv", "pt", "pd", "fa", "firma", "koperasi", "kop"})
# Typos and spacing differences in a real name score above 0.85; different names sharing a word
# ("Sari Rasa" / "Sari Roti", about 0.67) stay below it.
SIMILAR_NAME_THRESHOLD = 0.85


def normalize_name(name: str) -> str:
    """Lowercase, accents and punctuation removed, spaces collapsed, leading legal-entity forms dropped:
    "U.D.  Sari-Rasa" -> "sari rasa"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"\b([a-z])\.\s?([a-z])\b\.?", r"\1\2", text)  # "u.d." / "c. v." -> "ud" / "cv"
    tokens = re.sub(r"[^a-z0-9]+", " ", text).split()
    while len(tokens) > 1 and tokens[0] in LEGAL_PREFIXES:
        tokens.pop(0)
    return " ".join(tokens)


def name_similarity(a: str, b: str) -> float:
    """0..1 likeness of two business names after :func:`normalize_name`.

    The larger of the character-sequence ratio (catches typos) and the same ratio on alphabetically
    sorted words (catches "Mak Icah Keripik" vs "Keripik Mak Icah"). Compare with SIMILAR_NAME_THRESHOLD.
    """
    left, right = normalize_name(a), normalize_name(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    plain = difflib.SequenceMatcher(None, left, right).ratio()
    ordered = difflib.SequenceMatcher(
        None, " ".join(sorted(left.split())), " ".join(sorted(right.split()))
    ).ratio()
    return max(plain, ordered)


def is_similar_name(a: str, b: str) -> bool:
    return name_similarity(a, b) >= SIMILAR_NAME_THRESHOLD

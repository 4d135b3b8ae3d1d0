"""Business-name normalisation and similarity, to warn about likely duplicates on entry and import."""

from __future__ import annotations

import difflib
import re
import unicodedata

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

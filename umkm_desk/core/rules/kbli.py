"""KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia): the category letter of a five-digit code."""

from __future__ import annotations

__all__ = ["kbli_category"]

#: (first two-digit division, last division, category letter), after KBLI 2020 (ISIC rev. 4)
_CATEGORIES = (
    (1, 3, "A"), (5, 9, "B"), (10, 33, "C"), (35, 35, "D"), (36, 39, "E"), (41, 43, "F"), (45, 47, "G"),
    (49, 53, "H"), (55, 56, "I"), (58, 63, "J"), (64, 66, "K"), (68, 68, "L"), (69, 75, "M"), (77, 82, "N"),
    (84, 84, "O"), (85, 85, "P"), (86, 88, "Q"), (90, 93, "R"), (94, 96, "S"), (97, 98, "T"), (99, 99, "U"),
)  # fmt: skip


def kbli_category(code: str | None) -> str | None:
    """ "10792" -> "C" (industri pengolahan); None for a missing or unknown code."""
    if not code or len(code) < 2 or not code[:2].isdigit():
        return None
    division = int(code[:2])
    return next((letter for low, high, letter in _CATEGORIES if low <= division <= high), None)

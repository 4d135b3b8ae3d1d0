"""Passwords and usernames: the rules a new one must meet, a strength hint, and Argon2id hashing.

A password is checked for length before it is hashed or verified: a 10,000-character password is refused at
once instead of costing the hash's time and memory. Nothing here logs or keeps a password.
"""

from __future__ import annotations

import functools
import re
import secrets
import string
import unicodedata
from collections.abc import Container
from typing import Final

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from umkm_desk.core.services.context import ServiceError

__all__ = [
    "MAX_LENGTH",
    "MIN_LENGTH",
    "check_login_input",
    "check_new_password",
    "clean_username",
    "generate_password",
    "hash_password",
    "needs_rehash",
    "strength_hint",
    "suggest_username",
    "verify_password",
]

MIN_LENGTH: Final = 10
MAX_LENGTH: Final = 128
_USERNAME = re.compile(r"[a-z][a-z0-9._-]{2,31}")
USERNAME_RULE: Final = (
    "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf."
)

_HASHER: Final = PasswordHasher(type=Type.ID)  # Argon2id with argon2-cffi's RFC 9106 low-memory defaults


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the username is unknown, so that a wrong name costs as long as a wrong password.
    Made on first need: an Argon2 hash costs tens of milliseconds and 64 MiB, and this module is imported at
    every start."""
    return _HASHER.hash(secrets.token_hex(16))


def clean_username(value: str) -> str:
    """The username in its stored form (lower case); refuses control, SQL or other characters (ServiceError)."""
    candidate = value.strip().lower() if isinstance(value, str) else ""
    if not candidate:
        raise ServiceError("Nama pengguna wajib diisi.", field="username")
    if not _USERNAME.fullmatch(candidate):
        raise ServiceError(USERNAME_RULE, field="username")
    return candidate


def suggest_username(name: str, taken: Container[str]) -> str:
    """A username made from a full name: "Siti Rahmawati, S.E." -> "siti.rahmawati" ("siti.rahmawati2"...)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_name.split(",")[0])
    base = ".".join(words)[:28].strip(".") or "petugas"
    if not base[0].isalpha():
        base = f"p{base}"[:28]
    if len(base) < 3:
        base = f"{base}.petugas"[:28]
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}{number}"
    return candidate


def check_login_input(password: str) -> None:
    """Refuse an empty or over-long password before it is verified (nothing is counted or written)."""
    if not password:
        raise ServiceError("Kata sandi wajib diisi.", field="password")
    if len(password) > MAX_LENGTH:
        raise ServiceError(f"Kata sandi paling panjang {MAX_LENGTH} karakter.", field="password")
    if _has_control(password):  # no password can hold one (check_new_password): refused without counting
        raise ServiceError("Kata sandi memuat karakter kendali; ketik ulang kata sandi Anda.", field="password")


def _has_control(text: str) -> bool:
    return any(ord(ch) < 32 or ord(ch) == 127 for ch in text)


def strength_hint(password: str) -> tuple[int, str]:
    """(0-3, an Indonesian hint) for a password being typed: longer and more kinds of characters is stronger."""
    if len(password) < MIN_LENGTH:
        return 0, f"Terlalu pendek: paling sedikit {MIN_LENGTH} karakter."
    kinds = sum(
        any(test(ch) for ch in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    score = 1 + (kinds >= 3) + (len(password) >= 14 and kinds >= 2)
    hints = {
        1: "Lemah: tambahkan huruf besar, angka atau tanda baca, atau buat lebih panjang.",
        2: "Sedang: kalimat pendek yang mudah Anda ingat membuatnya lebih kuat.",
        3: "Kuat.",
    }
    return score, hints[score]


def check_new_password(password: str, *, username: str | None = None) -> str:
    """A new password as given, or ServiceError (field "password") saying what to change."""
    if not isinstance(password, str) or not password:
        raise ServiceError("Kata sandi wajib diisi.", field="password")
    if len(password) > MAX_LENGTH:
        raise ServiceError(f"Kata sandi paling panjang {MAX_LENGTH} karakter.", field="password")
    if len(password) < MIN_LENGTH:
        raise ServiceError(f"Kata sandi paling sedikit {MIN_LENGTH} karakter.", field="password")
    if _has_control(password):
        raise ServiceError("Kata sandi tidak boleh memuat karakter kendali (mis. tab atau baris baru).",
                           field="password")
    if password.strip() != password:
        raise ServiceError("Kata sandi tidak boleh diawali atau diakhiri spasi.", field="password")
    if len(set(password)) < 4:
        raise ServiceError("Kata sandi terlalu mudah ditebak: pakai lebih banyak karakter yang berbeda.",
                           field="password")
    if username and username.lower() in password.lower():
        raise ServiceError("Kata sandi tidak boleh memuat nama pengguna.", field="password")
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; False for a mismatch, a missing or a damaged hash (never raises)."""
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with older parameters (rehashed at the next good login)."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def generate_password(length: int = 16) -> str:
    """A random password for demo accounts: letters and digits only, so it is easy to type from a printout."""
    alphabet = string.ascii_letters + string.digits
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in candidate) and any(c.isupper() for c in candidate):
            return candidate

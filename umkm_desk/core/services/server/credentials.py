"""The server password in the operating system's credential store (Windows Credential Manager, macOS Keychain,
Secret Service on Linux) through ``keyring``; never in a settings file.

A PC without a usable store (keyring's "no recommended backend") is not an error: the password is then asked at
every start, and :func:`store_password` says so in Indonesian.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

__all__ = ["SERVICE", "NO_STORE", "forget_password", "store_password", "stored_password"]

log = logging.getLogger(__name__)

SERVICE = "UMKM Desk"
NO_STORE = ("Tempat penyimpanan sandi sistem operasi tidak tersedia di komputer ini, jadi sandi server tidak "
            "disimpan: UMKM Desk akan menanyakannya setiap kali dibuka.")


def store_password(key: str, password: str) -> str | None:
    """Keep ``password`` for ``key`` (ServerSettings.display). Returns None when stored, else why not."""
    try:
        keyring.set_password(SERVICE, key, password)
    except KeyringError as exc:
        log.warning("password not stored: %s", type(exc).__name__)
        return NO_STORE
    except Exception as exc:  # a broken backend (D-Bus gone, locked store): same answer, details to the log
        log.warning("password not stored: %s", type(exc).__name__)
        return NO_STORE
    return None


def stored_password(key: str) -> str | None:
    """The stored password, or None when there is none or no usable store."""
    try:
        return keyring.get_password(SERVICE, key)
    except Exception as exc:  # no backend, or a backend that fails: ask the officer instead
        log.warning("password not read: %s", type(exc).__name__)
        return None


def forget_password(key: str) -> None:
    try:
        keyring.delete_password(SERVICE, key)
    except (PasswordDeleteError, KeyringError):
        pass
    except Exception as exc:
        log.warning("password not deleted: %s", type(exc).__name__)

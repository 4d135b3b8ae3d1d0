"""Fixtures of the service tests that need the office server or a credential store."""

from server_helpers import memory_keyring, no_keyring, server_db  # noqa: F401

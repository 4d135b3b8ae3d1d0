"""Fixtures of the store tests that need a fresh database on the office server."""

from server_helpers import server_db  # noqa: F401

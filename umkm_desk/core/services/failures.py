"""Any failure of a user action as one Indonesian message: refusals as they are, storage and server errors
through ``core.store.faults`` (the one mapping), anything else as "unexpected, details in the log"."""

from __future__ import annotations

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.faults import Failure, os_text
from umkm_desk.core.store.faults import describe as describe_storage


def describe(exc: BaseException, where: str | None = None, *, log_path: str | None = None) -> Failure:
    if isinstance(exc, ServiceError | RuleError):
        return Failure("refused", exc.message)
    return describe_storage(exc, where, log_path=log_path)


__all__ = ["Failure", "describe", "os_text"]

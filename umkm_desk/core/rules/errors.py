"""The one exception every rule raises when it refuses an input."""

from __future__ import annotations


class RuleError(ValueError):
    """A refusal whose ``message`` is a short Indonesian sentence, shown to the user as is.

    ``field`` optionally names the form field at fault, so a form can put the message next to it.
    It subclasses ValueError so code that only knows "bad value" still catches it.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message

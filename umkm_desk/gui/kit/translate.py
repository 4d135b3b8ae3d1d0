"""The translation helper for module-level text (widgets use ``self.tr``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """``_tr = translator("MainWindow")``: ``_tr(text)`` is ``QCoreApplication.translate(context, text)``."""

    def translate(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return translate

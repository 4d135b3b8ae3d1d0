"""What the acting account may do, for the controls: pages and dialogs ask ``can`` (the services' one permission
table, read for the account as the database has it now) and hide what the role may not do. The services refuse
anyway; this only keeps officers from pressing buttons that can only answer "tidak boleh"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from umkm_desk import logs
from umkm_desk.core.services.accounts.permissions import (
    ACTIONS,
    NotAllowed,
    current_role,
    permitted,
)
from umkm_desk.core.services.context import ServiceContext

__all__ = ["Rights", "can", "show_only_if"]

Control = QWidget | QAction | QShortcut


class Rights:
    """The actions the acting account may do, read once (a page reads them again each time it is shown)."""

    def __init__(self, ctx: ServiceContext) -> None:
        #: the role as the database has it now (None: no accounts yet, or an account that may do nothing now)
        self.role: str | None = None
        try:
            self.role = current_role(ctx)
        except NotAllowed:  # disabled, deleted, or a temporary password still to change: nothing to press
            self.actions: frozenset[str] = frozenset()
        except Exception as exc:  # noqa: BLE001 - the database cannot be read now: the page's own load says so
            logs.log_exception(exc, "Hak akses tidak dapat dibaca")
            self.actions = frozenset()
        else:
            self.actions = frozenset(action for action in ACTIONS if permitted(self.role, action))

    def can(self, action: str) -> bool:
        return action in self.actions


def can(ctx: ServiceContext, action: str) -> bool:
    """True when the acting account may do ``action`` now (always in a database without accounts)."""
    return Rights(ctx).can(action)


_HIDDEN = "hiddenForRole"


def show_only_if(allowed: bool, controls: Iterable[Control]) -> None:
    """Hide and disable (so no shortcut reaches them) the controls of an action the role may not do; when it
    may (after a switch of user), show again only what was hidden here, leaving everything else as the page's
    own logic set it. A control whose visibility also follows the data asks ``Rights.can`` in that logic too."""
    for control in controls:
        if not allowed:
            if not isinstance(control, QShortcut):
                control.setVisible(False)
            control.setEnabled(False)
            control.setProperty(_HIDDEN, True)
        elif control.property(_HIDDEN):
            if not isinstance(control, QShortcut):
                control.setVisible(True)
            control.setEnabled(True)
            control.setProperty(_HIDDEN, False)

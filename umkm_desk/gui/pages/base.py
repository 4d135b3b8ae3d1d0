"""The contract between the main window and its pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.kit.rights import Rights


class Page(QWidget):
    """A navigation page. ``activate`` is called each time it is shown; it loads (or refreshes) its data and
    emits ``loaded`` once the data is on screen, which ``--screenshot`` waits for."""

    loaded = Signal()
    #: key used by ``--page`` and the navigation list, e.g. "umkm"
    key: str = ""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._is_loaded = False
        #: what the acting account may do; read again by ``refresh_rights`` whenever the page is read again
        self.rights = Rights(ctx)

    def title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """Load data synchronously by default; pages with slow queries override and load in a worker."""
        self.reload()
        self.mark_loaded()

    def refresh_rights(self) -> None:
        """Read again what the acting account may do (its role may have changed) and show only that."""
        self.rights = Rights(self.ctx)
        self.apply_rights()

    def apply_rights(self) -> None:
        """Hide the controls of actions ``self.rights`` does not allow; pages with write actions override."""

    def revisit(self) -> None:
        """Shown again with nothing changed since its data was read (the main window checks): keep it as is."""

    def reload(self) -> None:
        """Re-read data from the services (after a change elsewhere)."""

    def mark_loading(self) -> None:
        """A background load started: the page is not loaded again until its data is on screen."""
        self._is_loaded = False

    def mark_loaded(self) -> None:
        self._is_loaded = True
        self.loaded.emit()

    def is_loaded(self) -> bool:
        return self._is_loaded

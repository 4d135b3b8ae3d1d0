"""Seeing colleagues' work: a timer asks the change feed (services.server.changes) every two seconds whether
anyone else changed the database, and the main window refreshes the page on screen, keeping the officer's
selection and scroll position (:func:`refresh_keeping_view`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.server.changes import ChangeFeed, open_change_feed
from umkm_desk.gui.pages.base import Page

log = logging.getLogger(__name__)

POLL_MS = 2000


class ChangeWatch(QObject):
    """Emits ``changed`` (on the GUI thread) after another connection changed the database."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None, *, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._feed: ChangeFeed | None = None
        try:
            self._feed = open_change_feed(ctx.db)
        except Exception as exc:  # seeing colleagues' work is a convenience: never stop the window for it
            log.warning("no change feed: %s", type(exc).__name__)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        if self._feed is not None:
            self.timer.start()

    def poll(self) -> bool:
        if self._feed is None:
            return False
        try:
            found = self._feed.changed()
        except Exception as exc:
            log.warning("change feed failed: %s", type(exc).__name__)
            return False
        if found:
            self.changed.emit()
        return found

    def close(self) -> None:
        self.timer.stop()
        if self._feed is not None:
            self._feed.close()
            self._feed = None


# --- keeping what the officer looks at ---------------------------------------------------------------------

_IDENTITY_ROLES = (256 + 1, 256)  # Qt.UserRole + 1 (the tables' id role), Qt.UserRole (trees, lists)


@dataclass
class _ViewState:
    view: QAbstractItemView
    vertical: int
    horizontal: int
    identity: tuple[int, Any] | None  # (role, value) of the current row
    row: int


@dataclass
class ViewStates:
    views: list[_ViewState] = field(default_factory=list)


def _identity(index: QModelIndex) -> tuple[int, Any] | None:
    if not index.isValid():
        return None
    first = index.siblingAtColumn(0)
    for role in _IDENTITY_ROLES:
        value = first.data(role)
        if value is not None:
            return role, value
    return None


def capture(page: Page) -> ViewStates:
    states = ViewStates()
    for view in page.findChildren(QAbstractItemView):
        if view.model() is None:
            continue
        current = view.currentIndex()
        states.views.append(_ViewState(view, view.verticalScrollBar().value(), view.horizontalScrollBar().value(),
                                       _identity(current), current.row() if current.isValid() else -1))
    return states


def _find(view: QAbstractItemView, identity: tuple[int, Any], near: int) -> QModelIndex | None:
    model = view.model()
    finder = getattr(model, "row_of", None)  # a lazy model finds a key among the rows it has read
    if callable(finder):
        row = finder(identity[1])
        if row is None and 0 <= near < model.rowCount():
            model.index(near, 0).data(identity[0])  # reads the page around where the row was
            row = finder(identity[1])
        return model.index(row, 0) if row is not None else None
    role, value = identity
    found = model.match(model.index(0, 0), role, value, 1)
    if found:
        return found[0]
    # trees: the current item may be a child row
    for top in range(model.rowCount()):
        parent = model.index(top, 0)
        if model.rowCount(parent):
            found = model.match(model.index(0, 0, parent), role, value, 1)
            if found:
                return found[0]
    return None


def restore(states: ViewStates) -> None:
    for state in states.views:
        view = state.view
        if state.identity is not None:
            index = _find(view, state.identity, state.row)
            if index is not None and index.isValid():
                view.setCurrentIndex(index)
        view.verticalScrollBar().setValue(state.vertical)
        view.horizontalScrollBar().setValue(state.horizontal)


def refresh_keeping_view(page: Page) -> None:
    """Reload ``page`` and put back its views' current rows (by id) and scroll positions, once the data is on
    screen (pages that load in the background emit ``loaded`` then)."""
    states = capture(page)
    refresh = getattr(page, "refresh_for_colleagues", None)
    (refresh if callable(refresh) else page.reload)()
    if page.is_loaded():
        restore(states)
        return

    def once() -> None:
        page.loaded.disconnect(once)
        restore(states)

    page.loaded.connect(once)

"""A page whose module is not there yet: says it is coming, so navigation works from day one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.pages.base import Page


class PlaceholderPage(Page):
    def __init__(
        self,
        ctx: ServiceContext,
        key: str,
        title: str,
        parent: QWidget | None = None,
        *,
        detail: str | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.key = key
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 8, 28, 28)
        card = QFrame(self)
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 48, 32, 48)
        card_layout.setSpacing(8)
        self.message_label = QLabel(self.tr("Halaman ini segera hadir."), card)
        self.message_label.setProperty("role", "heading")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr("Bagian {title} sedang disiapkan dan akan tersedia pada pembaruan berikutnya.").format(
                title=title
            ),
            card,
        )
        hint.setProperty("role", "hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        card_layout.addWidget(self.message_label)
        card_layout.addWidget(hint)
        if detail:
            problem = QLabel(detail, card)
            problem.setProperty("role", "error")
            problem.setWordWrap(True)
            problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
            problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            card_layout.addWidget(problem)
        layout.addWidget(card)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title

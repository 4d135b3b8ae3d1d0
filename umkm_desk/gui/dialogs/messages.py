"""Message boxes with Indonesian buttons (Qt ships no Indonesian translation for its standard buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


#: Unattended runs (``--screenshot``) never wait on a modal box: an error is kept in ``unattended_errors``
#: (the run reports it as one line and exits non-zero) and a question is answered "no".
non_interactive = False
unattended_errors: list[str] = []


def set_non_interactive(on: bool) -> None:
    global non_interactive
    non_interactive = on
    unattended_errors.clear()


def show_error(parent: QWidget | None, title: str, text: str, detail: str | None = None) -> None:
    if non_interactive:
        unattended_errors.append(f"{title}: {text}" if title else text)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    if non_interactive:
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(
    parent: QWidget | None, title: str, text: str, *, yes: str | None = None, no: str | None = None,
    default_yes: bool = True,
) -> bool:
    """A yes/no question; True when the officer chose ``yes``."""
    if non_interactive:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or _tr("Ya"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or _tr("Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button

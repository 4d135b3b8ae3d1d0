"""Message boxes with Indonesian buttons (Qt ships no Indonesian translation for its standard buttons).

Every box runs through :func:`run_box`, the one place that blocks on a modal: tests replace it to read the box
instead of waiting on it. :func:`show_failure` is how every save path reports a failure that is not a refusal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from umkm_desk import logs
from umkm_desk.core.services.failures import Failure, describe
from umkm_desk.gui.kit.translate import translator

_tr = translator("Messages")


#: Unattended runs (``--screenshot``) never wait on a modal box: an error is kept in ``unattended_errors``
#: (the run reports it as one line and exits non-zero) and a question is answered "no".
non_interactive = False
unattended_errors: list[str] = []


def set_non_interactive(on: bool) -> None:
    global non_interactive
    non_interactive = on
    unattended_errors.clear()


def run_box(box: QMessageBox) -> None:
    box.exec()


def describe_failure(exc: BaseException, action: str) -> Failure:
    """Log ``exc`` with its traceback and return its Indonesian message (for a form that shows it inline)."""
    logs.log_exception(exc, action)
    return describe(exc, log_path=str(logs.log_path()))


def show_failure(parent: QWidget | None, exc: BaseException, *, action: str | None = None) -> bool:
    """Log ``exc`` with its traceback and show its Indonesian message (see ``core.store.faults``).

    ``action`` names what failed ("Data UMKM tidak dapat disimpan"). When a retry can work (locked, server gone,
    disk full) the box offers "Coba lagi"; returns whether the officer chose it. The caller keeps its form
    open with everything typed either way."""
    title = action or _tr("Tidak dapat menyimpan")
    failure = describe_failure(exc, title)
    if non_interactive:
        unattended_errors.append(f"{title}: {failure.message}")
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, failure.message, QMessageBox.StandardButton.NoButton,
                      parent)
    retry = box.addButton(_tr("Coba lagi"), QMessageBox.ButtonRole.AcceptRole) if failure.retryable else None
    close = box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry or close)
    box.setEscapeButton(close)
    run_box(box)
    return retry is not None and box.clickedButton() is retry


def show_error(parent: QWidget | None, title: str, text: str, detail: str | None = None) -> None:
    if non_interactive:
        unattended_errors.append(f"{title}: {text}" if title else text)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    if detail:
        box.setDetailedText(detail)
    run_box(box)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    if non_interactive:
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    run_box(box)


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
    run_box(box)
    return box.clickedButton() is yes_button

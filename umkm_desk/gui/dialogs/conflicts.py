"""A save refused because a colleague saved the same record first (services.versions.EditConflict): the message
names who changed what; the officer may load the colleague's version and review it beside what they typed.

:func:`merge_typed` is the three-way merge a form uses on reload: what the officer changed since opening stays
as typed, everything else takes the colleague's value, and the fields both changed differently are listed so
the form can point at them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

from umkm_desk.core.services.versions import EditConflict
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.translate import translator

_tr = translator("Conflicts")


def offer_reload(parent: QWidget | None, conflict: EditConflict) -> bool:
    """Show the refusal; True when the officer chose to load the colleague's version for review."""
    if messages.non_interactive:
        messages.unattended_errors.append(conflict.message)
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Sudah diubah petugas lain"), conflict.message,
                      QMessageBox.StandardButton.NoButton, parent)
    reload_button = box.addButton(_tr("Muat ulang untuk ditinjau"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(_tr("Kembali ke formulir"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload_button)
    box.setEscapeButton(stay)
    messages.run_box(box)
    return box.clickedButton() is reload_button


def merge_typed(
    opened: Mapping[str, object], typed: Mapping[str, object], theirs: Mapping[str, object]
) -> tuple[dict[str, object], dict[str, object]]:
    """(the values to show, {field: the colleague's value} for fields both changed to different values)."""
    merged: dict[str, object] = {}
    clashes: dict[str, object] = {}
    for name, mine in typed.items():
        if mine != opened.get(name):  # the officer's own edit: kept for review
            merged[name] = mine
            if theirs.get(name) != opened.get(name) and theirs.get(name) != mine:
                clashes[name] = theirs.get(name)
        else:
            merged[name] = theirs.get(name, mine)
    return merged, clashes

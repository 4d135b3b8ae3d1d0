"""Who is working at this PC: pick a registered officer or register a new one (name, optional NIP)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office import officers
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_officer_dialog import Ui_OfficerDialog
from umkm_desk.gui.text_limits import limit_line_edits
from umkm_desk.gui.theme import set_invalid

NEW = "new"


MIN_WIDTH = 480

class OfficerDialog(QDialog):
    """``exec()`` returns Accepted with :attr:`officer` set, or Rejected (Batal)."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        current: uuid.UUID | None = None,
        first_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.officer: officers.OfficerInfo | None = None
        self.ui = Ui_OfficerDialog()
        self.ui.setupUi(self)
        # adjustSize() below shrinks the dialog to its size hint; at that width an error under the NIP field
        # wraps into lines the form had no room for and was cut off
        self.setMinimumWidth(MIN_WIDTH)
        limit_line_edits({"officer.name": self.ui.nameEdit})
        if not first_start:
            self.setWindowTitle(self.tr("Ganti petugas"))
        self._errors: dict[str, tuple[QLineEdit, QLabel]] = {
            "name": (self.ui.nameEdit, self.ui.nameError),
            "nip": (self.ui.nipEdit, self.ui.nipError),
        }
        for edit, label in self._errors.values():
            label.hide()
            edit.textEdited.connect(lambda _text, e=edit, lab=label: self._clear_error(e, lab))

        registered = officers.list_officers(ctx)
        combo = self.ui.officerCombo
        for officer in registered:
            combo.addItem(officer.label, str(officer.id))
        combo.addItem(self.tr("Tambah petugas baru…"), NEW)
        if registered:
            index = combo.findData(str(current)) if current else 0
            combo.setCurrentIndex(max(index, 0))
        else:
            self.ui.officerLabel.hide()
            combo.hide()
            combo.setCurrentIndex(combo.count() - 1)
        combo.currentIndexChanged.connect(self._choice_changed)
        self.ui.okButton.clicked.connect(self._accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._choice_changed()

    def is_new(self) -> bool:
        return self.ui.officerCombo.currentData() == NEW

    def _choice_changed(self) -> None:
        self.ui.newOfficerGroup.setVisible(self.is_new())
        if self.is_new():
            self.ui.nameEdit.setFocus()
        self.adjustSize()

    def _clear_error(self, edit: QLineEdit, label: QLabel) -> None:
        set_invalid(edit, False)
        label.clear()
        label.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, (edit, label) in self._errors.items():
            message = errors.get(name)
            set_invalid(edit, bool(message))
            label.setText(message or "")
            label.setVisible(bool(message))
        first = next((name for name in self._errors if name in errors), None)
        if first:
            self._errors[first][0].setFocus()
        self.adjustSize()  # room for the messages' lines

    def _accept(self) -> None:
        if not self.is_new():
            self.officer = officers.get_officer(self.ctx, str(self.ui.officerCombo.currentData()))
            if self.officer is not None:
                self.accept()
            return
        try:
            self.officer = officers.create_officer(self.ctx, self.ui.nameEdit.text(), self.ui.nipEdit.text())
        except ServiceError as exc:
            self.show_errors(exc.errors or {"name": exc.message})
            return
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("Petugas tidak dapat disimpan")):
                self._accept()
            return
        self.accept()

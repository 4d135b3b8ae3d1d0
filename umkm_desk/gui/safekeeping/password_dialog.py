"""Asking for a password: twice when a copy is encrypted (a typing error would lock the officer out of it),
once when one is opened. The password goes to the encryption and nowhere else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from umkm_desk.core.services.backups.carry import MIN_PASSWORD


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, confirm: bool, intro: str) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Kata sandi salinan"))
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi"), self.password_edit)
        self.repeat_edit: QLineEdit | None = None
        if confirm:
            self.repeat_edit = QLineEdit(self)
            self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Ulangi kata sandi"), self.repeat_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Lanjut"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def password(self) -> str:
        return self.password_edit.text()

    def problem(self) -> str | None:
        if self.repeat_edit is None:
            return None if self.password() else self.tr("Isi kata sandinya.")
        if len(self.password()) < MIN_PASSWORD:
            return self.tr("Kata sandi minimal {n} karakter.").format(n=MIN_PASSWORD)
        if self.password() != self.repeat_edit.text():
            return self.tr("Kedua kata sandi tidak sama.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

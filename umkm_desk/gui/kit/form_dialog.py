"""The base of the form dialogs (partners, cases): field errors next to their fields, and save-on-OK that keeps
the dialog open (and everything typed) when the service refuses.

A dialog subclass lists its fields as ``{service field: (input widget, error label)}`` and implements
:meth:`save`, which calls one service function and returns the id it wrote. Pages show these dialogs with
``open()`` (never ``exec()``), so tests can drive them without a blocking event loop.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.versions import EditConflict
from umkm_desk.gui.dialogs import conflicts, messages
from umkm_desk.gui.theme import set_invalid


class FormDialog(QDialog):
    """Base of the form dialogs. After Accepted, :attr:`saved_id` holds the id written."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: uuid.UUID | None = None
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def bind_fields(self, fields: dict[str, tuple[QWidget, QLabel]], ok: QAbstractButton,
                    cancel: QAbstractButton) -> None:
        self._fields = fields
        for name, (widget, label) in fields.items():
            label.hide()
            self._watch(widget, name)
        ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

    def _watch(self, widget: QWidget, name: str) -> None:
        def clear() -> None:
            self.clear_error(name)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(clear)
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(clear)  # type: ignore[attr-defined]

    def clear_error(self, name: str) -> None:
        if name not in self._fields:
            return
        widget, label = self._fields[name]
        set_invalid(widget, False)
        label.clear()
        label.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages next to their fields (fields may share one label); a message for a field this dialog does
        not have goes to the first field's label."""
        unplaced = [msg for name, msg in errors.items() if name not in self._fields]
        messages: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        for index, (name, (widget, label)) in enumerate(self._fields.items()):
            found = [errors[name]] if name in errors else []
            if index == 0:
                found += unplaced
            set_invalid(widget, bool(found))
            labels[id(label)] = label
            messages.setdefault(id(label), []).extend(m for m in found if m not in messages.get(id(label), []))
        for key, label in labels.items():
            text = " ".join(messages[key])
            label.setText(text)
            label.setVisible(bool(text))
        first = next((name for name in self._fields if name in errors), None)
        if first:
            self._fields[first][0].setFocus()

    def error_text(self, name: str) -> str:
        """The message shown next to a field ('' when none) - for tests and accessibility."""
        return self._fields[name][1].text()

    def save(self) -> uuid.UUID:
        raise NotImplementedError

    def reload_for_review(self) -> None:
        """After a colleague's save refused this one: take the record's newest version, keeping what was typed
        (dialogs over a versioned record override this)."""

    def submit(self) -> None:
        try:
            self.saved_id = self.save()
        except EditConflict as conflict:
            self.show_errors({next(iter(self._fields)): conflict.message})
            if conflicts.offer_reload(self, conflict):
                self.reload_for_review()
            return
        except ServiceError as exc:
            self.show_errors(exc.errors or {next(iter(self._fields)): exc.message})
            return
        except Exception as exc:  # storage, server or a bug: said in Indonesian, the form keeps its input
            if messages.show_failure(self, exc, action=self.tr("Tidak dapat menyimpan")):
                self.submit()
            return
        self.accept()

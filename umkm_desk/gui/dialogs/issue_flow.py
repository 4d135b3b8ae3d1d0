"""Issue a document for one business from wherever the officer is (case window, business detail): the Dokumen
page's issue dialog, preselected, then the preview of what was issued."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register.documents import IssuedPdf
from umkm_desk.gui.dialogs.issue_dialog import IssueDialog
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
from umkm_desk.gui.kit.translate import translator

#: The kind a "Terbitkan surat…" button starts with; the officer may pick another in the dialog.
DEFAULT_KIND = "letter"


_tr = translator("IssueFlow")


def preview_issued(parent: QWidget, issued: IssuedPdf) -> PdfPreviewDialog:
    """The preview the Dokumen page opens after an issue: same title, same bytes, save and print."""
    entry = issued.entry
    title = _tr("{kind} — {number}").format(kind=entry.kind_label, number=entry.number)
    dialog = PdfPreviewDialog(issued.pdf, title, parent, number=entry.number)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def issue_for_business(
    parent: QWidget, ctx: ServiceContext, business_id: uuid.UUID, *, kind: str = DEFAULT_KIND,
    remember: Callable[[QDialog], object] | None = None, issued: Callable[[IssuedPdf], object] | None = None,
) -> IssueDialog:
    """Open the issue dialog for ``business_id`` (non-blocking); once issued, preview the document.
    ``remember`` gets each dialog opened (for tests and focus), ``issued`` the issued document."""
    dialog = IssueDialog(ctx, parent, kind=kind, business_id=business_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        if dialog.issued is None:
            return
        if issued is not None:
            issued(dialog.issued)
        preview = preview_issued(parent, dialog.issued)
        if remember is not None:
            remember(preview)

    dialog.accepted.connect(done)
    if remember is not None:
        remember(dialog)
    dialog.open()
    return dialog

"""Long work off the GUI thread (issue 12): issuing with render, reprinting and backing up run in a worker
thread while the window shows the wait (a moving bar and a line of text, the controls disabled) and stays
responsive; the result comes back on the GUI thread."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from case_helpers import make_business
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from umkm_desk.core.services.cases import cases
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office import maintenance
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import documents
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.issue_dialog import IssueDialog
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog


class Gate:
    """Wraps a service function: records the thread it runs in and holds it until released."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.threads: list[threading.Thread] = []
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.release.wait(20), "the test never released the worker"
        return self.real(*args, **kwargs)


@pytest.fixture
def gate(monkeypatch) -> Iterator[Callable[[object, str], Gate]]:
    made: list[Gate] = []

    def install(module: object, name: str) -> Gate:
        made.append(Gate(getattr(module, name)))
        monkeypatch.setattr(module, name, made[-1])
        return made[-1]

    yield install
    for g in made:  # never leave a worker blocked, whatever the test asserted
        g.release.set()


@pytest.fixture
def assisted(gui_ctx: ServiceContext) -> tuple[ServiceContext, object]:
    save_letterhead_settings(gui_ctx, dataclasses.replace(get_letterhead_settings(gui_ctx),
                                                          signatory_name="Dr. H. Ahmad Fauzi",
                                                          signatory_nip="197001012000031001"))
    business_id = make_business(gui_ctx, "Keripik Talas Bu Eni")
    cases.open_case(gui_ctx, business_id, date.today() - timedelta(days=3))
    return gui_ctx, business_id


def _in_worker(g: Gate) -> bool:
    return len(g.threads) == 1 and g.threads[0] is not threading.main_thread()


def test_terbitkan_issues_in_a_worker_thread_and_the_dialog_shows_the_wait(qtbot, assisted, gate):
    ctx, business_id = assisted
    g = gate(documents, "issue_document")
    dialog = IssueDialog(ctx, kind="letter", business_id=business_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.busy_indicator.isHidden() and dialog.issue_button.isEnabled()

    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert g.entered.wait(10)
    # the GUI thread is free: the dialog shows the wait and takes no second click, no Batal, no Esc
    assert dialog.busy_indicator.isVisible() and dialog.busy_indicator.text() == "Memberi nomor dan membuat PDF…"
    assert not dialog.issue_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert not dialog.picker.isEnabled() and not dialog.kind_combo.isEnabled()
    assert QApplication.overrideCursor() is None  # no frozen wait cursor
    dialog.issue()
    dialog.reject()
    QApplication.processEvents()
    assert dialog.isVisible() and documents.count_register(ctx) == 0

    g.release.set()
    qtbot.waitUntil(lambda: not dialog.busy.is_running())
    assert _in_worker(g)
    assert dialog.issued is not None and dialog.result() == IssueDialog.DialogCode.Accepted
    assert [e.id for e in documents.list_register(ctx)] == [dialog.issued.entry.id]  # exactly one, numbered
    assert dialog.busy_indicator.isHidden()


def test_a_refusal_from_the_worker_is_shown_next_to_the_choice(qtbot, assisted, gate):
    ctx, _business = assisted
    other = make_business(ctx, "Abon Ikan Bandeng")  # never assisted: no letter yet
    g = gate(documents, "issue_document")
    g.release.set()
    dialog = IssueDialog(ctx, kind="letter", business_id=other)
    qtbot.addWidget(dialog)
    dialog.only_eligible.setChecked(False)
    assert dialog.picker.select(other)
    dialog.issue()
    qtbot.waitUntil(lambda: not dialog.busy.is_running())
    assert _in_worker(g)
    assert dialog.issued is None and dialog.error_label.text()
    assert dialog.issue_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert documents.count_register(ctx) == 0


def test_reprint_renders_in_a_worker_thread_with_the_wait_on_the_page(qtbot, assisted, gate):
    from umkm_desk.gui.pages.dokumen_page import DokumenPage

    ctx, business_id = assisted
    issued = documents.issue_document(ctx, "letter", business_id)
    g = gate(documents, "reprint")
    page = DokumenPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.table.selectRow(0)
    page.preview_action.trigger()
    assert g.entered.wait(10)
    QApplication.processEvents()
    assert page.busy_indicator.isVisible() and issued.entry.number in page.busy_indicator.text()
    assert not page.preview_action.isEnabled() and not page.preview_button.isEnabled()
    assert page.last_dialog is None

    g.release.set()
    qtbot.waitUntil(lambda: not page.busy.is_running())
    assert _in_worker(g)
    preview = page.last_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.pdf == issued.pdf
    assert page.preview_action.isEnabled() and page.busy_indicator.isHidden()
    preview.close()


def test_backup_is_written_in_a_worker_thread_with_the_wait_in_the_status_bar(qtbot, window, tmp_path: Path,
                                                                              monkeypatch, gate):
    dest = tmp_path / "cadangan.sqlite"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(dest)])
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append(text))
    g = gate(maintenance, "backup_database")
    window.show()
    window.ui.actionBackup.trigger()
    assert g.entered.wait(10)
    assert window.busy_indicator.isVisible() and window.busy_indicator.text() == "Mencadangkan basis data…"
    assert not window.ui.actionBackup.isEnabled()  # no second backup on top of the first
    assert not shown and not dest.exists()

    g.release.set()
    qtbot.waitUntil(lambda: not window.busy.is_running())
    assert _in_worker(g)
    assert dest.exists() and str(dest) in shown[0]
    assert window.ui.actionBackup.isEnabled() and window.busy_indicator.isHidden()

"""A database found damaged at run time: a persistent red banner says writing stopped and what to do; unattended
runs record message boxes instead of waiting on them."""

from __future__ import annotations

import threading

from umkm_desk.gui.dialogs import messages


def test_damage_seen_in_a_worker_thread_shows_the_banner(qtbot, window):
    assert not window.damage_banner.isVisible()
    window.show()
    worker = threading.Thread(target=window.ctx.db.mark_damaged)  # loaders read in worker threads
    worker.start()
    worker.join()
    qtbot.waitUntil(window.damage_banner.isVisible, timeout=2000)
    text = window.damage_banner.text()
    assert "Basis data rusak — penulisan dihentikan" in text
    assert "umkm-desk check" in text and "cadangan" in text
    assert not window.ui.actionBackup.isEnabled()


def test_non_interactive_message_boxes_never_wait(qtbot):
    messages.set_non_interactive(True)
    try:
        messages.show_error(None, "Beranda", "Data beranda tidak dapat dimuat.", "detail")
        messages.show_info(None, "Info", "Tidak menunggu.")
        assert messages.ask(None, "Tanya", "Lanjut?") is False
        assert messages.unattended_errors == ["Beranda: Data beranda tidak dapat dimuat."]
    finally:
        messages.set_non_interactive(False)
    assert messages.unattended_errors == []

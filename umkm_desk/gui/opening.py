"""Opening the database at startup, with a notice while its schema is brought up to date.

The first start after an update may upgrade the file: a checked backup copy first, then the new revisions (a
new index on 100,000 businesses: about 20 s in all). Without a window the officer would see nothing happen and
start the application again, so an existing SQLite file that is not at the newest revision is opened in a
thread while a small window says what is going on and stays responsive.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from umkm_desk.core.store.database import Database, open_database, upgrade_due
from umkm_desk.core.store.engine import DatabaseTarget
from umkm_desk.gui.kit.translate import translator

_tr = translator("Opening")


class UpgradeNotice(QWidget):
    """A small window without buttons: the upgrade cannot be stopped halfway, and it restores the backup itself
    when something fails."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Dialog | Qt.WindowType.WindowTitleHint)
        self.setWindowTitle(_tr("UMKM Desk"))
        self.setObjectName("upgradeNotice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.message = QLabel(
            _tr(
                "Memperbarui basis data ke versi baru…\n"
                "Salinan cadangan dibuat lebih dulu. Pada data yang besar ini bisa memakan waktu hingga satu menit; "
                "jangan matikan komputer."
            )
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no steps to count: Alembic reports none
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.setFixedWidth(440)


def open_database_with_notice(app: QApplication, db: str | None, target: DatabaseTarget) -> Database:
    """``open_database(db)``; when an upgrade is due, in a thread behind an :class:`UpgradeNotice`. Errors are
    raised here, in the caller's thread, as open_database raised them."""
    if not upgrade_due(target):
        return open_database(db)
    notice = UpgradeNotice()
    notice.show()
    app.processEvents()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["database"] = open_database(db)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="umkm-desk-upgrade", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            thread.join(0.05)
    finally:
        notice.close()
        notice.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    database = outcome["database"]
    assert isinstance(database, Database)
    return database

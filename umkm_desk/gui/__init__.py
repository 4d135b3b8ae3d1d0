"""The PySide6 interface: start-up, main window, pages, dialogs, table models, workers.

The services (and with them SQLAlchemy and the models) are imported here, before any module of this package
imports PySide6: once PySide6 is loaded, its import hook (``shibokensupport.feature``) reads the source of every
module imported after it, looking for the word "PySide6". Over the ~300 modules of the database layer that
reading was about a tenth of the cold start.
"""

from umkm_desk.core.services import context as _context  # noqa: F401

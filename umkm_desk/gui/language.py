"""The interface language: Indonesian (the source texts) or English (``resources/translations/umkm_desk_en.qm``).

Chosen in Pengaturan → Bahasa and kept in this PC's settings; it applies at the next start, because widgets take
their texts when they are built. ``umkm-desk --lang en`` (or the environment variable UMKM_DESK_LANG) overrides it
for one run. Official documents (the PDFs) are rendered outside Qt and stay Indonesian whatever is chosen.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTranslator

from umkm_desk.gui.local_settings import local_settings
from umkm_desk.paths import resource_path

SOURCE_LANGUAGE = "id"
#: code -> the name shown in the language box, in its own language
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
ENV_VARIABLE = "UMKM_DESK_LANG"
_SETTINGS_KEY = "interface/language"


def catalogue_path(lang: str) -> str:
    return str(resource_path("translations", f"umkm_desk_{lang}.qm"))


def saved_language() -> str:
    value = str(local_settings().value(_SETTINGS_KEY, SOURCE_LANGUAGE) or SOURCE_LANGUAGE)
    return value if value in LANGUAGES else SOURCE_LANGUAGE


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language {lang!r}")
    settings = local_settings()
    settings.setValue(_SETTINGS_KEY, lang)
    settings.sync()


def language_for_this_run() -> str:
    """``--lang``/UMKM_DESK_LANG first, then the saved choice."""
    override = os.environ.get(ENV_VARIABLE, "").strip().lower()
    return override if override in LANGUAGES else saved_language()


def install(app: QCoreApplication, lang: str) -> bool:
    """Install the catalogue of ``lang`` (once per application); False when none is needed or it cannot load."""
    if app.property("umkm_desk_translation") == lang:
        return True
    for previous in app.findChildren(QTranslator, "umkm_desk_translation"):
        app.removeTranslator(previous)
        previous.setObjectName("")  # deleteLater waits for the event loop: do not find it again meanwhile
        previous.deleteLater()
    app.setProperty("umkm_desk_translation", lang)
    if lang == SOURCE_LANGUAGE:
        return False
    translator = QTranslator(app)
    translator.setObjectName("umkm_desk_translation")
    if not translator.load(catalogue_path(lang)):
        return False
    return app.installTranslator(translator)

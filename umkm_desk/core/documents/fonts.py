"""The TTF fonts shipped in resources/fonts/, registered with ReportLab once per process.

Liberation Serif (SIL OFL 1.1, Times-metric) is embedded (subset) in every PDF, so a letter looks the same on
every office PC and printer and never falls back to the PDF standard-14 fonts.
"""

from __future__ import annotations

import functools
import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from umkm_desk.core.documents.font_subsets import remember_subsets
from umkm_desk.paths import resource_path

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "ITALIC", "REGULAR", "drawable_code_points", "register_fonts"]

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four styles and the family mapping (<b>, <i> in Paragraph markup); cheap after the first call.

    Also switches off ASCII85 for embedded images: without ReportLab's optional C accelerator (rl_accel) the
    pure-Python encoder costs ~100 ms per logo, and binary streams are smaller anyway.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Berkas huruf {filename} tidak ditemukan di {path.parent}.")
            pdfmetrics.registerFont(remember_subsets(TTFont(name, str(path))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        rl_config.useA85 = 0
        _registered = True


@functools.cache
def drawable_code_points() -> frozenset[int]:
    """The code points every shipped style has a glyph for (about 2,300: Latin, Greek, Cyrillic, punctuation).

    A character outside this set would silently vanish from a PDF, so text fields that are printed refuse it
    (rules.text.clean_text). Read from the TTF cmaps with ReportLab's own parser, once per process (~0.4 s).
    """
    covered: frozenset[int] | None = None
    for filename in _FILES.values():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"Berkas huruf {filename} tidak ditemukan di {path.parent}.")
        points = frozenset(TTFont(f"coverage-{filename}", str(path)).face.charToGlyph)
        covered = points if covered is None else covered & points
    assert covered is not None
    return covered

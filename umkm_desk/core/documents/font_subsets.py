"""Each embedded font subset made and compressed once per process, not once per PDF.

Every document embeds the same few subsets (ReportLab keeps ASCII at fixed codes in subset 0, so letters and
certificates in Indonesian nearly always use one subset per style): cutting the glyphs out of the TTF and
deflating the ~30 KB result took about a third of a certificate's render, and writing out each subset's
widths (128 numbers) and its deflated character map another tenth. The bytes are those ReportLab makes, so a
PDF is byte for byte what it was.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["remember_subsets"]

#: Subsets kept per style: a document with many non-ASCII characters adds subsets that rarely repeat
_KEEP = 16


class _Deflated:
    """The FlateDecode filter with its output computed once: ``encode`` returns it for the subset it was made
    from and deflates anything else as the ordinary filter does."""

    pdfname = "FlateDecode"

    def __init__(self, content: bytes | str) -> None:
        self._content = content
        # as PDFZCompress encodes: text as UTF-8
        self._encoded = zlib.compress(content.encode("utf8") if isinstance(content, str) else content)

    def encode(self, text: bytes | str) -> bytes:
        if text is self._content or text == self._content:
            return self._encoded
        return pdfdoc.PDFZCompress.encode(text)  # type: ignore[no-any-return]  # ReportLab is untyped

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


class _Formatted(pdfdoc.PDFObject):  # type: ignore[misc]  # ReportLab is untyped: its classes are Any
    """A PDF value written out once: what ``format`` gave for the object it stands for."""

    def __init__(self, formatted: bytes) -> None:
        self._formatted = formatted

    def format(self, document: Any) -> bytes:
        return self._formatted


class _Remembered:
    """Values and character maps already written, keyed by what they were written from."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._widths: dict[tuple[Any, ...], _Formatted] = {}
        self._maps: dict[str | bytes, _Deflated] = {}

    def widths(self, array: Any, doc: Any) -> _Formatted:
        key = tuple(array.sequence)
        with self._lock:
            found = self._widths.get(key)
        if found is None:
            found = _Formatted(array.format(doc))
            with self._lock:
                if len(self._widths) >= _KEEP:
                    self._widths.pop(next(iter(self._widths)))
                self._widths[key] = found
        return found

    def deflated(self, content: str | bytes) -> _Deflated:
        with self._lock:
            found = self._maps.get(content)
        if found is None:
            found = _Deflated(content)
            with self._lock:
                if len(self._maps) >= _KEEP:
                    self._maps.pop(next(iter(self._maps)))
                self._maps[content] = found
        return found


class _Subsets:
    def __init__(self, face: Any) -> None:
        self._face = face
        self._make: Callable[[list[int]], bytes] = face.makeSubset
        self._add: Callable[[Any, str, list[int]], Any] = face.addSubsetObjects
        self._made: dict[tuple[int, ...], tuple[bytes, _Deflated]] = {}
        self._lock = threading.Lock()

    def _get(self, subset: list[int]) -> tuple[bytes, _Deflated]:
        key = tuple(subset)
        with self._lock:
            found = self._made.get(key)
        if found is None:
            content = self._make(subset)
            found = (content, _Deflated(content))
            with self._lock:
                if len(self._made) >= _KEEP:
                    self._made.pop(next(iter(self._made)))
                self._made[key] = found
        return found

    def make(self, subset: list[int]) -> bytes:
        return self._get(subset)[0]

    def add(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        descriptor = self._add(doc, fontname, subset)
        # the font file stream ReportLab just made from make()'s bytes, found by the name it was filed under
        stream = doc.idToObject.get(f"fontFile:{self._face.filename}({fontname})")
        if stream is not None and stream.filters == [pdfdoc.PDFZCompress]:
            content, deflated = self._get(subset)
            if stream.content is content:
                stream.filters = [deflated]
        return descriptor


def _remember_font_objects(font: TTFont, remembered: _Remembered) -> Callable[[Any], None]:
    add_objects: Callable[[Any], None] = font.addObjects
    comment = f"Font {font.fontName} subset "

    def add(doc: Any) -> None:
        add_objects(doc)
        for pdf_font in doc.idToObject["BasicFonts"].dict.values():
            if not str(getattr(pdf_font, "__Comment__", "")).startswith(comment):
                continue
            if isinstance(pdf_font.Widths, pdfdoc.PDFArray):
                pdf_font.Widths = remembered.widths(pdf_font.Widths, doc)
            cmap = doc.idToObject.get(getattr(pdf_font.ToUnicode, "name", None))
            if cmap is not None and cmap.filters == [pdfdoc.PDFZCompress]:
                cmap.filters = [remembered.deflated(cmap.content)]

    return add


def remember_subsets(font: TTFont) -> TTFont:
    """``font`` with its subsets made and deflated once per process (call once per font, at registration)."""
    subsets = _Subsets(font.face)
    font.face.makeSubset = subsets.make
    font.face.addSubsetObjects = subsets.add
    font.addObjects = _remember_font_objects(font, _Remembered())
    return font

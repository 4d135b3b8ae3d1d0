"""Helpers to look inside rendered PDFs with pypdf (text in reading order, fonts, XObjects, text positions)."""

from __future__ import annotations

import io
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    """All text, whitespace collapsed to single spaces (wrapped lines join with a space)."""
    raw = "\n".join(page.extract_text() or "" for page in reader(pdf).pages)
    return " ".join(raw.split())


def assert_in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, (
            f"{part!r} missing after position {position} in: {text[position : position + 300]!r}"
        )
        position = found + len(part)


def _resolve(obj: object) -> object:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _resources(resources: object) -> Iterator[DictionaryObject]:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject):
        return
    yield resources
    xobjects = _resolve(resources.get("/XObject"))
    if isinstance(xobjects, DictionaryObject):
        for xobject in xobjects.values():
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                yield from _resources(xobject["/Resources"])


def fonts(pdf: bytes) -> list[DictionaryObject]:
    """Every font dictionary used on any page, including inside form XObjects and Type0 descendants."""
    found: dict[int, DictionaryObject] = {}
    for page in reader(pdf).pages:
        for resources in _resources(page.get("/Resources")):
            font_dict = _resolve(resources.get("/Font"))
            if not isinstance(font_dict, DictionaryObject):
                continue
            for font in font_dict.values():
                font = _resolve(font)
                found[id(font)] = font
                for descendant in _resolve(font.get("/DescendantFonts", [])) or []:
                    descendant = _resolve(descendant)
                    found[id(descendant)] = descendant
    return list(found.values())


def form_xobjects(pdf: bytes) -> dict[str, DictionaryObject]:
    out: dict[str, DictionaryObject] = {}
    for page in reader(pdf).pages:
        resources = _resolve(page.get("/Resources"))
        xobjects = _resolve(resources.get("/XObject")) if isinstance(resources, DictionaryObject) else None
        if isinstance(xobjects, DictionaryObject):
            for name, xobject in xobjects.items():
                xobject = _resolve(xobject)
                if xobject.get("/Subtype") == "/Form":
                    out[str(name)] = xobject
    return out


def text_runs(pdf: bytes) -> list[tuple[int, float, float, str, str, float]]:
    """(page index, x, y, text, base font without subset tag, effective size) of every shown text run."""
    runs: list[tuple[int, float, float, str, str, float]] = []
    for index, page in enumerate(reader(pdf).pages):

        def visit(
            text: str, cm: list[float], tm: list[float], font: object, size: float, index: int = index
        ) -> None:
            if not text.strip() or not isinstance(font, DictionaryObject):
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            runs.append((index, x, y, text.rstrip("\n"), base, size * tm[0] * cm[0]))

        page.extract_text(visitor_text=visit)
    return runs

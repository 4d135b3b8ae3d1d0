"""Layering rules of DESIGN.md, checked on the source: Qt only in gui/, gui/ reaches storage only through
services, documents and rules never touch storage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "umkm_desk"

QT = ("PySide6", "shiboken6")
STORAGE = ("sqlalchemy", "alembic", "umkm_desk.core.store")
# Startup (app.py, opening.py) needs the Database type, open_database, upgrade_due and StoreError; nothing else
# in gui/ may touch the store.
GUI_STORE_ALLOWED = {
    "umkm_desk/gui/app.py": ("umkm_desk.core.store.database", "umkm_desk.core.store.engine"),
    "umkm_desk/gui/opening.py": ("umkm_desk.core.store.database", "umkm_desk.core.store.engine"),
}
GENERATED = "umkm_desk/gui/forms/"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module an import statement names, anywhere in the file (also inside functions), with
    relative imports resolved; ``from a import b`` yields both ``a`` and ``a.b``."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def violations() -> list[str]:
    problems: list[str] = []
    for path in _python_files():
        rel = path.relative_to(ROOT).as_posix()
        names = imported_modules(path.read_text(encoding="utf-8"), module_name(path),
                                 is_package=path.name == "__init__.py")
        names = {n for n in names if n.rpartition(".")[0] not in names}  # "from a import b": report a once
        in_gui = rel.startswith("umkm_desk/gui/")
        for name in sorted(names):
            if not in_gui and _matches(name, QT):
                problems.append(f"{rel}: imports {name} (Qt belongs in umkm_desk/gui/ only)")
            if in_gui and not rel.startswith(GENERATED) and _matches(name, STORAGE):
                allowed = GUI_STORE_ALLOWED.get(rel, ())
                if not (allowed and _matches(name, allowed)):
                    problems.append(f"{rel}: imports {name} (gui/ reaches storage through core/services only)")
            if rel.startswith(("umkm_desk/core/documents/", "umkm_desk/core/rules/")) and _matches(
                name, STORAGE + ("umkm_desk.core.services", "umkm_desk.gui") + QT
            ):
                problems.append(f"{rel}: imports {name} (documents and rules take plain data, not storage)")
    return problems


def test_package_has_modules() -> None:
    files = [p.relative_to(ROOT).as_posix() for p in _python_files()]
    assert "umkm_desk/gui/app.py" in files and "umkm_desk/core/services/context.py" in files


def test_layering() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("import PySide6.QtCore", "umkm_desk.core.x", {"PySide6.QtCore"}),
        ("from sqlalchemy.orm import Session", "umkm_desk.gui.x", {"sqlalchemy.orm", "sqlalchemy.orm.Session"}),
        ("def f():\n    from shiboken6 import isValid", "umkm_desk.core.x", {"shiboken6", "shiboken6.isValid"}),
        ("from ..store import models", "umkm_desk.core.services.x",
         {"umkm_desk.core.store", "umkm_desk.core.store.models"}),
        ("from . import base", "umkm_desk.gui.pages.x", {"umkm_desk.gui.pages", "umkm_desk.gui.pages.base"}),
    ],
)
def test_import_finder(source: str, module: str, expected: set[str]) -> None:
    assert imported_modules(source, module) == expected


def test_rules_catch_a_bad_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself fails on the three kinds of violation (so a passing run means something)."""
    fake_root = tmp_path
    pkg = fake_root / "umkm_desk"
    (pkg / "gui" / "pages").mkdir(parents=True)
    (pkg / "core" / "documents").mkdir(parents=True)
    (pkg / "core" / "services").mkdir(parents=True)
    (pkg / "core" / "services" / "bad.py").write_text("from PySide6.QtWidgets import QWidget\n")
    (pkg / "gui" / "pages" / "bad.py").write_text("from umkm_desk.core.store.models import Business\n")
    (pkg / "gui" / "app.py").write_text("from umkm_desk.core.store.engine import StoreError\n")
    (pkg / "core" / "documents" / "bad.py").write_text("import sqlalchemy\n")
    globals_ = globals()
    monkeypatch.setitem(globals_, "ROOT", fake_root)
    monkeypatch.setitem(globals_, "PACKAGE", pkg)
    found = violations()
    assert len(found) == 3, found
    assert any("core/services/bad.py" in p for p in found)
    assert any("gui/pages/bad.py" in p for p in found)
    assert any("core/documents/bad.py" in p for p in found)


# --- rooms ----------------------------------------------------------------------------------------------------

#: what may sit at the top of core/services: the shared context, the failure mapping, the text-field table and the
#: version check every room's edits go through
SERVICES_TOP = {"__init__.py", "context.py", "failures.py", "text_fields.py", "versions.py"}
SERVICE_ROOMS = {
    "registry", "cases", "partners", "register", "office", "imports", "reports", "backups", "server", "accounts", "sync",
}


def test_services_live_in_rooms() -> None:
    services = PACKAGE / "core" / "services"
    loose = {p.name for p in services.glob("*.py")} - SERVICES_TOP
    assert not loose, f"put these services in a room ({', '.join(sorted(SERVICE_ROOMS))}): {sorted(loose)}"
    rooms = {p.name for p in services.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert rooms == SERVICE_ROOMS, "a new room needs a sentence in the README's architecture section"
    for room in rooms:
        assert (services / room / "__init__.py").read_text(encoding="utf-8").startswith('"""'), room


def test_the_product_does_not_depend_on_the_demo() -> None:
    """The demo generator is a room of its own: only the commands and screens that offer demo data import it."""
    offering = {"umkm_desk/commands/demo.py", "umkm_desk/gui/dialogs/first_run.py", "umkm_desk/gui/pages/umkm_page.py"}
    for path in _python_files():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("umkm_desk/demo/") or rel in offering:
            continue
        names = imported_modules(path.read_text(encoding="utf-8"), module_name(path))
        assert not any(_matches(n, ("umkm_desk.demo",)) for n in names), rel

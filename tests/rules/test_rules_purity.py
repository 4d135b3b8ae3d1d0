"""rules/ stays pure: no Qt, no database, nothing from the other layers."""

import ast
from pathlib import Path

import pytest

import umkm_desk.core.rules as rules_package
from umkm_desk.core.rules import RuleError

RULES_DIR = Path(rules_package.__file__).parent
FORBIDDEN = ("PySide6", "PyQt", "shiboken6", "sqlalchemy", "alembic", "sqlite3", "psycopg", "umkm_desk.gui",
             "umkm_desk.core.store", "umkm_desk.core.services", "umkm_desk.core.documents")  # fmt: skip


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.py")), ids=lambda p: p.name)
def test_no_qt_or_database_imports(path):
    bad = {name for name in _imports(path) if name.startswith(FORBIDDEN)}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_rule_error_carries_message_and_field():
    error = RuleError("NIK harus 16 digit.", field="nik")
    assert (error.message, error.field, str(error)) == ("NIK harus 16 digit.", "nik", "NIK harus 16 digit.")
    assert isinstance(error, ValueError)
    assert RuleError("Tanggal belum diisi.").field is None

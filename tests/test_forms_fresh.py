"""Generated forms in umkm_desk/gui/forms/ must match what pyside6-uic makes from ui/*.ui today."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("compile_forms", module)
    spec.loader.exec_module(module)
    return module


compile_forms = _load_script()
UI_FILES = compile_forms.ui_files()


def test_there_are_forms() -> None:
    assert UI_FILES, "ui/ holds no .ui files"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.name for p in UI_FILES])
def test_generated_form_is_fresh(ui_file: Path, tmp_path: Path) -> None:
    generated = compile_forms.compile_form(ui_file)
    fresh = tmp_path / f"ui_{ui_file.stem}.py"
    fresh.write_text(generated, encoding="utf-8")
    target = compile_forms.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run python scripts/compile_forms.py"
    assert target.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        f"{target.relative_to(ROOT)} is stale: run python scripts/compile_forms.py"
    )


def test_compiling_is_deterministic() -> None:
    first = UI_FILES[0]
    assert compile_forms.compile_form(first) == compile_forms.compile_form(first)
    assert "Compiler version" not in compile_forms.compile_form(first)


def test_no_generated_form_without_source() -> None:
    assert compile_forms.orphans() == [], "generated forms without a ui/*.ui source; delete them"

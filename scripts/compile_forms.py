#!/usr/bin/env python3
"""Compile every Qt Designer form in ui/*.ui into umkm_desk/gui/forms/ui_<name>.py with pyside6-uic.

Run after editing a form:  python scripts/compile_forms.py
Check without writing:      python scripts/compile_forms.py --check   (exit 1 when a generated file is stale)

The output is made deterministic: the uic version line of the header is replaced by a fixed one, and line
endings are normalized, so the committed files only change when a form changes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "umkm_desk" / "gui" / "forms"
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)
_FIXED_LINE = "## Created by: Qt User Interface Compiler (pyside6-uic); run scripts/compile_forms.py"


def uic_command() -> list[str]:
    """pyside6-uic from PATH, else the same tool through the installed PySide6 package."""
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import uic; sys.exit(uic())"]


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n")
    text = _VERSION_LINE.sub(_FIXED_LINE, text, count=1)
    return text.rstrip("\n") + "\n"


def compile_form(ui_file: Path) -> str:
    """The generated Python for one form, normalized."""
    result = subprocess.run(
        [*uic_command(), "--generator", "python", str(ui_file.name)],
        cwd=ui_file.parent,  # so the header names the file, not this machine's path
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui_file}:\n{result.stderr.strip()}")
    return normalize(result.stdout)


def orphans() -> list[Path]:
    """Generated files whose ui/ source is gone."""
    sources = {f"ui_{p.stem}.py" for p in ui_files()}
    return sorted(p for p in FORMS_DIR.glob("ui_*.py") if p.name not in sources)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    stale: list[str] = []
    for ui_file in ui_files():
        code = compile_form(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == code:
            continue
        stale.append(target.relative_to(ROOT).as_posix())
        if not args.check:
            target.write_text(code, encoding="utf-8", newline="\n")
            print(f"wrote {target.relative_to(ROOT).as_posix()}")
    for orphan in orphans():
        stale.append(orphan.relative_to(ROOT).as_posix())
        if not args.check:
            print(f"warning: {orphan.relative_to(ROOT).as_posix()} has no ui/ source; delete it", file=sys.stderr)
    if args.check and stale:
        print("stale forms (run python scripts/compile_forms.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

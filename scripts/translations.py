"""Refresh the English catalogue from the code and compile it into the package.

    python scripts/translations.py            # update resources/translations/umkm_desk_en.ts, compile the .qm
    python scripts/translations.py --check    # change nothing; exit 1 when the .ts or .qm is stale or incomplete

After adding or changing a text in the interface (``self.tr("...")``, ``_tr("...")`` or a ``ui/*.ui`` form):
run the script, open ``resources/translations/umkm_desk_en.ts`` (Qt Linguist, or any text editor: fill the empty
``<translation type="unfinished">`` elements and drop ``type="unfinished"``), run it again, commit both files.
The .ts is written without source line numbers (``-locations none``) so that two branches adding texts rarely
touch the same lines. ``--check`` lists every text still missing an English translation.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "umkm_desk" / "gui"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("en",)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    finished: bool


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"umkm_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"umkm_desk_{lang}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def _translator_calls(tree: ast.Module) -> dict[tuple[int, int], str]:
    """(line, column) of each ``_tr("...")`` whose ``_tr = translator("Context")`` is module-level -> Context.

    lupdate cannot follow ``gui/kit/translate.translator``: it would file those texts under no context (or under the
    enclosing class), where QTranslator never looks them up.
    """
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }
    contexts = {}
    for node in tree.body:
        # def tr(text): return QCoreApplication.translate(_CONTEXT, text)
        if (
            isinstance(node, ast.FunctionDef)
            and len(node.body) == 1
            and isinstance(node.body[0], ast.Return)
            and isinstance(call := node.body[0].value, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and call.args
        ):
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                contexts[node.name] = first.value
            elif isinstance(first, ast.Name) and first.id in constants:
                contexts[node.name] = constants[first.id]
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "translator"
            and node.value.args
            and isinstance(node.value.args[0], ast.Constant)
            and isinstance(node.value.args[0].value, str)
        ):
            contexts[node.targets[0].id] = node.value.args[0].value
    calls = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in contexts:
            calls[(node.func.lineno, node.func.col_offset)] = contexts[node.func.id]
    return calls


def staged_sources(stage: Path) -> list[str]:
    """Copies of the interface's sources for lupdate, each ``_tr(`` spelt ``QCoreApplication.translate("Ctx", ``
    (same lines, so nothing else moves), plus the Designer forms in ui/."""
    files = []
    for path in sorted(SOURCES.rglob("*.py")):
        text = path.read_text("utf-8")
        calls = _translator_calls(ast.parse(text))
        lines = text.splitlines(keepends=True)
        for (line, column), context in sorted(calls.items(), reverse=True):
            row = lines[line - 1]
            name_end = row.index("(", column) + 1
            lines[line - 1] = f'{row[:column]}QCoreApplication.translate("{context}", {row[name_end:]}'
        target = stage / path.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(lines), "utf-8")
        files.append(str(target))
    dynamic = stage / "dynamic_labels.py"
    dynamic.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        + "".join(
            f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})\n"
            for context, text in dynamic_texts()
        ),
        "utf-8",
    )
    return [*files, str(dynamic), *sorted(str(p) for p in (REPO / "ui").glob("*.ui"))]


def dynamic_texts() -> list[tuple[str, str]]:
    """Texts translated from a variable, which lupdate cannot see: the code tables (sectors, stages, statuses,
    activity and capital kinds, document kinds, field names, the import's fields, months) that the interface passes through the
    ``labels`` context. Every table is found by itself: each module-level dict of texts in ``core/labels.py`` and
    ``gui/labels.py``, and each function without arguments in ``gui/labels.py`` that returns one (called with no
    translator installed, so the values are the Indonesian sources)."""
    sys.path.insert(0, str(REPO))
    import inspect

    from umkm_desk.core import labels as core_labels
    from umkm_desk.core.rules.dates import MONTHS
    from umkm_desk.core.services.imports.model import FIELDS as IMPORT_FIELDS
    from umkm_desk.gui import labels

    texts: set[str] = set(MONTHS) | {field.label for field in IMPORT_FIELDS}
    for module in (core_labels, labels):
        for name, value in vars(module).items():
            if name.startswith("_"):
                continue
            if (inspect.isfunction(value) and value.__module__ == module.__name__
                    and not inspect.signature(value).parameters):
                value = value()
            if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
                texts |= set(value.values())
    return [(labels._CONTEXT, text) for text in sorted(texts)]


def lupdate(ts: Path, lang: str) -> None:
    with tempfile.TemporaryDirectory(prefix="umkm-lupdate-") as tmp:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *staged_sources(Path(tmp)),
                "-ts",
                str(ts),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "id_ID",
                "-target-language",
                lang,
            ],
            check=True,
            capture_output=True,
            text=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    text,
                    kind not in ("unfinished", "vanished", "obsolete") and bool(text),
                )
            )
    return found


def missing(ts: Path) -> list[Entry]:
    return [e for e in entries(ts) if not e.finished]


def check(lang: str) -> list[str]:
    """What is stale or missing for ``lang``, as lines for a person to act on."""
    problems = []
    ts = ts_path(lang)
    if not ts.exists():
        return [f"{ts.relative_to(REPO)} does not exist: run python scripts/translations.py"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh, lang)
        if fresh.read_bytes() != ts.read_bytes():
            new = {(e.context, e.source) for e in entries(fresh)} - {
                (e.context, e.source) for e in entries(ts)
            }
            gone = {(e.context, e.source) for e in entries(ts)} - {
                (e.context, e.source) for e in entries(fresh)
            }
            problems.append(
                f"{ts.relative_to(REPO)} is stale ({len(new)} new, {len(gone)} gone texts): "
                "run python scripts/translations.py"
            )
            problems += [f"  new [{c}] {s!r}" for c, s in sorted(new)]
        problems += [f"  no {lang} translation: [{e.context}] {e.source!r}" for e in missing(fresh)]
        compiled = Path(tmp) / "fresh.qm"
        lrelease(ts, compiled)
        if not qm_path(lang).exists() or compiled.read_bytes() != qm_path(lang).read_bytes():
            problems.append(
                f"{qm_path(lang).relative_to(REPO)} is not compiled from the .ts: "
                "run python scripts/translations.py"
            )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Refresh and compile the interface translations.")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is stale")
    args = parser.parse_args()
    if args.check:
        problems = [line for lang in LANGUAGES for line in check(lang)]
        print("\n".join(problems) if problems else "translations: up to date")
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_path(lang), lang)
        lrelease(ts_path(lang), qm_path(lang))
        todo = missing(ts_path(lang))
        print(
            f"translations: {ts_path(lang).relative_to(REPO)}: {len(entries(ts_path(lang)))} texts, "
            f"{len(todo)} without a translation"
        )
        for entry in todo:
            print(f"  [{entry.context}] {entry.source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

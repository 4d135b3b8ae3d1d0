"""Floors: what the same work costs without the application around it, measured in the same run.

- ``replay_sql``: the SQL statements a UI action issued (recorded from SQLAlchemy's ``before_cursor_execute``),
  run again with the standard-library ``sqlite3`` module on the same file: what the database alone costs.
- ``bare_page`` / ``bare_pages_parallel``: the same text drawn with a bare ReportLab canvas (same page size,
  the same embedded TTF font, ``invariant`` and page compression as the renderers), one line per string, no
  layout: what PDF generation alone costs.
- ``startup_floor``: a separate process that imports PySide6 and draws an empty 1366×768 QWidget: what
  start-up alone costs (the child is ``_gui_child.py floor``).
- ``check_floor``: ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` on the file: what ``check``
  costs in SQLite itself.
"""

from __future__ import annotations

import dataclasses
import io
import json
import multiprocessing
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SKIP = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA")


# --- the database alone -----------------------------------------------------------------------------------


def replayable(statements: Iterable[tuple[str, list]]) -> list[tuple[str, list]]:
    return [(sql, params) for sql, params in statements if not sql.lstrip().upper().startswith(_SKIP)]


def replay_sql(db_path: Path, samples: Sequence[Sequence[tuple[str, list]]]) -> list[float]:
    """Seconds to run each sample's statements (all rows fetched) on one plain sqlite3 connection."""
    con = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        out = []
        for statements in samples:
            todo = replayable(statements)
            start = time.perf_counter()
            for sql, params in todo:
                con.execute(sql, params).fetchall()
            out.append(time.perf_counter() - start)
        return out
    finally:
        con.close()


def check_floor(db_path: Path, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            start = time.perf_counter()
            con.execute("PRAGMA integrity_check").fetchall()
            con.execute("PRAGMA foreign_key_check").fetchall()
            out.append(time.perf_counter() - start)
        finally:
            con.close()
    return out


# --- PDF generation alone ---------------------------------------------------------------------------------


def text_lines(*objects: object, width: int = 95) -> list[str]:
    """Every piece of text in the document's content dataclasses (letterhead included), wrapped to ``width``."""
    found: list[str] = []

    def walk(value: object) -> None:
        if value is None or isinstance(value, bytes | bytearray | bool):
            return
        if isinstance(value, str):
            if value.strip():
                found.append(value.strip())
        elif isinstance(value, date | datetime):
            found.append(value.isoformat())
        elif isinstance(value, int | float):
            found.append(str(value))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)

    for obj in objects:
        walk(obj)
    lines: list[str] = []
    for text in found:
        for paragraph in text.splitlines():
            lines.extend(textwrap.wrap(paragraph, width) or [""])
    return lines


#: The floor's own copy of the app's regular TTF. The app's registered fonts remember their subsets across
#: documents (core/documents/font_subsets.py), which a bare canvas does not: the floor stays what ReportLab
#: alone costs, as in the runs before. ``registerFont`` would alias any font of the same face to the app's
#: object, hence the registry's dict is filled directly.
FLOOR_FONT = "FloorLiberationSerif"


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from umkm_desk.paths import resource_path

    if FLOOR_FONT not in pdfmetrics._fonts:
        pdfmetrics._fonts[FLOOR_FONT] = TTFont(FLOOR_FONT, str(resource_path("fonts", "LiberationSerif-Regular.ttf")))


def bare_page(lines: Sequence[str], landscape: bool = False) -> bytes:
    """The lines drawn one under the other on a bare canvas (more pages only if they do not fit)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn
    from reportlab.pdfgen.canvas import Canvas

    size = turn(A4) if landscape else A4
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    canvas.setFont(FLOOR_FONT, 11)
    top = size[1] - 56
    y = top
    for line in lines:
        if y < 56:
            canvas.showPage()
            canvas.setFont(FLOOR_FONT, 11)
            y = top
        canvas.drawString(56, y, line)
        y -= 14
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def time_bare_pages(texts: Sequence[Sequence[str]], landscape: bool = False) -> list[float]:
    """Seconds per bare page, one sample per text (fonts registered before the clock starts)."""
    _register_fonts()
    out = []
    for lines in texts:
        start = time.perf_counter()
        bare_page(lines, landscape)
        out.append(time.perf_counter() - start)
    return out


def _bare_chunk(chunk: list[tuple[list[str], bool]]) -> int:
    return sum(len(bare_page(lines, landscape)) for lines, landscape in chunk)


def bare_pages_parallel(texts: Sequence[Sequence[str]], workers: int, landscape: bool = True,
                        chunksize: int = 8) -> float:
    """Seconds to draw every text as a bare page over ``workers`` spawned processes (pool start included, as
    render_many's is)."""
    jobs = [(list(lines), landscape) for lines in texts]
    chunks = [jobs[i:i + chunksize] for i in range(0, len(jobs), chunksize)]
    start = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_register_fonts) as pool:
        total = sum(pool.map(_bare_chunk, chunks))
    seconds = time.perf_counter() - start
    assert total > 0
    return seconds


# --- start-up alone ---------------------------------------------------------------------------------------


def startup_floor(runs: int, env: dict[str, str]) -> tuple[list[float], list[int]]:
    """(seconds from process start to an empty QWidget drawn, peak RSS in bytes) per separate process."""
    seconds: list[float] = []
    peaks: list[int] = []
    with tempfile.TemporaryDirectory(prefix="umkm-bench-floor-") as tmp:
        out = Path(tmp) / "floor.json"
        for _ in range(runs):
            out.unlink(missing_ok=True)
            start = time.monotonic()
            proc = subprocess.run([sys.executable, str(HERE / "_gui_child.py"), "floor", str(out)], env=env,
                                  capture_output=True, text=True)
            if proc.returncode != 0 or not out.exists():
                raise RuntimeError(f"start-up floor process failed ({proc.returncode}): {proc.stderr[-2000:]}")
            data = json.loads(out.read_text())
            seconds.append(data["shown"] - start)
            peaks.append(int(data.get("VmHWM", 0)))
    return seconds, peaks

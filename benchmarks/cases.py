"""Benchmark of the Pendampingan board and Beranda on a big database (not a test; numbers go to BENCHMARKS.md).

    umkm-desk demo --db /tmp/cases.sqlite --businesses 100000
    python benchmarks/cases.py /tmp/cases.sqlite [--repeats 7] [--json results.json]

Service calls as the pages make them, each timed wall-clock over ``--repeats`` runs after one warm-up run
(median and p95, nearest rank):

* ``filter_options``: the choices of the board's filter combos;
* ``board_counts``: the group counts of the board, without filters and with "overdue only" (the page asks both);
* ``board_rows``: the first page (200 rows) of "Semua" and of every group, and of "Semua" far down (offset
  10,000, as after scrolling);
* ``dashboard``: everything Beranda shows (limit 100, as the page asks).

Target: p95 below 300 ms for each (wall time; the CPU time beside it shows how much of a slow figure is the
machine being busy with other work). ``run(db_path) -> list[dict]`` returns one dict per measurement (benchmark,
name, value, unit, target, ok, detail), like benchmarks/registry.py.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # imported by file path (tests)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import _login  # noqa: E402 - every process logs in as the demo's administrator

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 300.0


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _measure(fn: Callable[[], object], repeats: int) -> tuple[tuple[list[float], list[float]], object]:
    """Wall and CPU milliseconds of ``repeats`` calls after one warm-up call (page cache, statement cache)."""
    result = fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - started) * 1000.0)
        cpu.append((time.process_time() - started_cpu) * 1000.0)
    return (wall, cpu), result


def _row(name: str, measured: tuple[list[float], list[float]], detail: str = "") -> dict:
    samples, cpu = measured
    p95 = _p95(samples)
    return {
        "benchmark": "cases",
        "name": name,
        "value": round(p95, 1),  # p95, as the target is stated
        "median": round(statistics.median(samples), 1),
        "p95": round(p95, 1),
        # CPU time of this process: on a busy machine wall time also counts the waiting for a core
        "cpu_median": round(statistics.median(cpu), 1),
        "unit": "ms",
        "target": TARGET_MS,
        "ok": p95 < TARGET_MS,
        "runs": len(samples),
        "detail": detail,
    }


def run(db_path: str, repeats: int = 7) -> list[dict]:
    from umkm_desk.core.services.cases.case_board import (
        GROUPS,
        BoardFilter,
        board_counts,
        board_rows,
        filter_options,
    )
    from umkm_desk.core.services.cases.dashboard import dashboard
    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.store.database import open_database

    db = open_database(str(db_path))
    ctx = ServiceContext(db)
    ctx.actor = _login.actor(ctx)
    rows: list[dict] = []
    try:
        samples, options = _measure(lambda: filter_options(ctx), repeats)
        rows.append(_row("filter_options", samples, f"{len(options.partners)} partners"))  # type: ignore[attr-defined]

        samples, counts = _measure(lambda: board_counts(ctx, BoardFilter()), repeats)
        rows.append(_row("board_counts", samples, f"{sum(counts.values())} cases"))  # type: ignore[attr-defined]
        samples, late = _measure(lambda: board_counts(ctx, BoardFilter(overdue_only=True)), repeats)
        rows.append(_row("board_counts overdue_only", samples, f"{sum(late.values())} cases"))  # type: ignore[attr-defined]

        for group in (None, *GROUPS):
            name = "Semua" if group is None else f"{group[0]}/{group[1]}"
            samples, page = _measure(lambda g=group: board_rows(ctx, BoardFilter(), g, limit=200), repeats)
            total = sum(counts.values()) if group is None else counts.get(group, 0)  # type: ignore[attr-defined]
            rows.append(_row(f"board_rows {name}", samples, f"{len(page)} of {total} rows"))  # type: ignore[arg-type]
        samples, page = _measure(lambda: board_rows(ctx, BoardFilter(), None, offset=10_000, limit=200), repeats)
        rows.append(_row("board_rows Semua offset 10000", samples, f"{len(page)} rows"))  # type: ignore[arg-type]

        samples, data = _measure(lambda: dashboard(ctx, limit=100), repeats)
        rows.append(_row("dashboard", samples, f"{data.overdue_total} overdue follow-ups"))  # type: ignore[attr-defined]
    finally:
        db.dispose()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", help="SQLite file (or database URL) with demo data")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", help="also write the rows as JSON here")
    args = parser.parse_args(argv)
    rows = run(args.db, args.repeats)
    width = max(len(r["name"]) for r in rows)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{args.db}: {args.repeats} runs each; load average {load} on {os.cpu_count()} CPUs")
    print(f"{'measurement'.ljust(width)}  {'median':>9}  {'p95':>9}  {'cpu med':>9}  target   detail")
    for r in rows:
        mark = "ok" if r["ok"] else "SLOW"
        print(f"{r['name'].ljust(width)}  {r['median']:>7.1f}ms  {r['p95']:>7.1f}ms  {r['cpu_median']:>7.1f}ms  "
              f"{mark:<7}  {r['detail']}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

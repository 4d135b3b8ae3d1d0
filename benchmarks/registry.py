"""Benchmark of the UMKM page on a big database (not a test; numbers go to BENCHMARKS.md).

    umkm-desk demo --db /tmp/big.sqlite --businesses 100000
    python benchmarks/registry.py /tmp/big.sqlite [--json results.json]

Measures, against the targets of issue 4:

* cold start: wall time of ``umkm-desk --db DB --page umkm --screenshot X.png`` (process start to the page's
  data on screen and saved), median of 3 runs; peak RSS of that GUI process;
* search: service query + model reset + first page fetch, for realistic terms (as after the 200 ms
  debounce), p50/p95;
* jump to the last row (scrollToBottom + its page fetched) and sort by each column, both directions;
* peak RSS of this process after all of the above (the same page and model, in-process).

``run(db_path) -> list[dict]`` returns one dict per measurement (name, value, unit, target, ok) for
benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # imported by file path (tests)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import _login  # noqa: E402 - every process logs in as the demo's administrator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCH_TERMS = [
    # business words, owner names, places people type, NIK/NIB/phone fragments, two-word queries
    "toko", "warung", "keripik", "emping", "sambal", "batik", "kue", "laundry", "bengkel", "catering",
    "sari", "berkah", "barokah", "makmur", "sejahtera", "amanah", "jaya", "mandiri",
    "siti", "ahmad", "dewi", "budi", "rahma", "agus", "hidayat", "lestari",
    "mak icah", "toko sari", "warung berkah", "kue ibu", "sari rasa", "ibu entin",
    "367301", "36730145", "0812", "0813 45", "+62 857", "1203", "zzzq",
]  # fmt: skip
TARGETS = {"cold_start": 2.0, "search_p95": 50.0, "jump_last": 200.0, "sort": 200.0, "rss": 400.0}


def _result(name: str, value: float, unit: str, target: float | None, detail: str = "") -> dict:
    return {
        "benchmark": "registry",
        "name": name,
        "value": round(value, 1),
        "unit": unit,
        "target": target,
        "ok": None if target is None else value <= target,
        "detail": detail,
    }


def measure_cold_start(db_path: str, runs: int = 3) -> list[dict]:
    times: list[float] = []
    peaks: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            png = Path(folder) / f"cold{run}.png"
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            started = time.perf_counter()
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "umkm_desk",
                    "--db",
                    db_path,
                    "--page",
                    "umkm",
                    "--screenshot",
                    str(png),
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            _pid, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode != 0 or not png.exists():
                error = process.stderr.read().decode(errors="replace")[-2000:] if process.stderr else ""
                raise RuntimeError(f"umkm-desk --screenshot failed ({process.returncode}): {error}")
            process.stderr.close()
            times.append(elapsed)
            peaks.append(usage.ru_maxrss / 1024)  # kB on Linux
    return [
        _result("cold start to data shown", statistics.median(times), "s", TARGETS["cold_start"],
                "median of " + ", ".join(f"{t:.2f}" for t in times)),
        _result("peak RSS, GUI process (cold start)", max(peaks), "MB", TARGETS["rss"]),
    ]  # fmt: skip


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM (Linux) starts again at exec; ru_maxrss keeps the high-water mark of the
    process that forked this one, which is what it reports when run.py (a big process) starts this script."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_in_process(db_path: str) -> list[dict]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.services.registry.business_query import BusinessFilter
    from umkm_desk.core.store.database import open_database
    from umkm_desk.gui.models.business_table import COLUMNS
    from umkm_desk.gui.pages.umkm_page import UmkmPage
    from umkm_desk.gui.theme import apply_theme

    app = QApplication.instance() or QApplication(["benchmark"])
    apply_theme(app)
    db = open_database(db_path)
    ctx = ServiceContext(db)
    ctx.actor = _login.actor(ctx)
    page = UmkmPage(ctx)
    page.resize(1366, 700)
    page.show()
    started = time.perf_counter()
    page.activate()
    app.processEvents()
    first_show = (time.perf_counter() - started) * 1000
    model, table = page.model, page.table
    total = model.rowCount()

    def first_page() -> None:
        if model.rowCount():
            model.data(model.index(0, 0))

    search_ms: list[float] = []
    for term in SEARCH_TERMS:
        started = time.perf_counter()
        model.set_filter(BusinessFilter(search=term))
        first_page()
        search_ms.append((time.perf_counter() - started) * 1000)
    slowest = max(zip(search_ms, SEARCH_TERMS, strict=True))
    model.set_filter(BusinessFilter())

    started = time.perf_counter()
    table.scrollToBottom()
    last = model.rowCount() - 1
    model.data(model.index(last, 0))
    app.processEvents()
    jump_ms = (time.perf_counter() - started) * 1000

    sort_results = []
    for column, (key, _title) in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            table.sortByColumn(column, order)
            first_page()
            app.processEvents()
            sort_results.append(
                (key, order == Qt.SortOrder.DescendingOrder, (time.perf_counter() - started) * 1000)
            )
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    rss = _peak_rss_mb()
    page.close()
    db.dispose()

    results = [
        _result("page activate (query + first page), in-process", first_show, "ms", None, f"{total:,} UMKM"),
        _result("search p50 (query + reset + first page)", statistics.median(search_ms), "ms", None,
                f"{len(search_ms)} terms"),
        _result("search p95 (query + reset + first page)", _p95(search_ms), "ms", TARGETS["search_p95"],
                f"slowest: {slowest[1]!r} {slowest[0]:.0f} ms"),
        _result("jump to last row", jump_ms, "ms", TARGETS["jump_last"]),
    ]  # fmt: skip
    for key, descending, ms in sort_results:
        results.append(_result(f"sort by {key}{' (desc)' if descending else ''}", ms, "ms", TARGETS["sort"]))
    results.append(_result("peak RSS, in-process page", rss, "MB", TARGETS["rss"]))
    return results


def run(db_path: str) -> list[dict]:
    """All registry measurements on ``db_path`` (a SQLite file with many businesses)."""
    return measure_cold_start(db_path) + measure_in_process(db_path)


def print_table(results: list[dict]) -> None:
    width = max(len(r["name"]) for r in results)
    print(f"{'measurement':<{width}}  {'value':>10}  {'target':>10}  ok   detail")
    for r in results:
        target = "" if r["target"] is None else f"{r['target']:g} {r['unit']}"
        ok = "" if r["ok"] is None else ("yes" if r["ok"] else "NO")
        print(f"{r['name']:<{width}}  {r['value']:>7.1f} {r['unit']:<2}  {target:>10}  {ok:<4} {r['detail']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="SQLite file filled with `umkm-desk demo --businesses 100000`")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args(argv)
    results = run(args.db)
    print_table(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

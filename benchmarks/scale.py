"""How the benchmark's figures grow with the register: run.py's figures at several demo sizes, side by side.

    python benchmarks/scale.py                                   # 10,000 / 100,000 / 1,000,000 businesses
    python benchmarks/scale.py --sizes 300 3000                  # any sizes (the suite's smoke test: tiny ones)
    python benchmarks/scale.py --db 1000000=/big/demo.sqlite     # a database built earlier for that size
    python benchmarks/scale.py --json scale.json
    python benchmarks/scale.py --merge a.json b.json             # one table from runs made one size at a time

Each size's database comes from the benchmark cache (built and timed with ``umkm-desk demo`` when missing, as
``run.py --keep`` does) or from ``--db SIZE=PATH``; the figures are measured on a scratch copy with run.py's
own steps and floors, with fewer repeats than a full run (the point is the curve, not the last millisecond).
A million businesses need about 8 GB of free disk for the build and its copy and take most of an hour:
never in CI. For each figure the table gives p95 (and its ratio to the floor measured in the same run) per
size, and how much it grew per tenfold size: about 1× is flat, about 10× grows with the table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _data  # noqa: E402
import run  # noqa: E402
from _stats import Figure  # noqa: E402

#: fewer repeats than run.py's full run: three sizes, one of them a million businesses
SCALE = run.Sizes(businesses=0, cold_runs=3, search_repeats=1, sort_repeats=1, jump_runs=5, detail_runs=10,
                  memory_runs=1, letter_runs=15, certificates=200, certificate_runs=1, check_runs=1, page_runs=2,
                  session_letters=0, leak_searches=0)  # the session and leak figures are run.py's, at 100,000
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)


def _parse_db(values: list[str]) -> dict[int, Path]:
    out: dict[int, Path] = {}
    for value in values:
        size, _, path = value.partition("=")
        if not path:
            raise SystemExit(f"--db expects SIZE=PATH, got {value!r}")
        out[int(size.replace("_", "").replace(",", ""))] = Path(path)
    return out


def measure(size: int, source: _data.BuiltDb | Path, seed: int, work: Path) -> dict[str, Any]:
    """run.py's figures on a scratch copy of ``source`` (a built demo, or a database file given by path)."""
    sizes = run.Sizes(**{**SCALE.__dict__, "businesses": size})
    env = _data.child_env(work / "home")
    path = source.path if isinstance(source, _data.BuiltDb) else source
    started = time.perf_counter()
    db = _data.scratch_copy(path, work / "bench.sqlite")
    copy_s = time.perf_counter() - started
    run.log(f"{size:,}: database {_data.row_counts(db)}, copied in {copy_s:.0f} s")
    run.log(f"{size:,}: cold start")
    cold, _ = run.step_cold(db, sizes.cold_runs, env, work)
    figures: list[Figure] = [run.loaded(cold)]
    run.log(f"{size:,}: UMKM page (search, sort, jump, detail, pages)")
    page_figures, _ = run.step_interact(db, sizes, seed, env, work)
    figures += [run.loaded(f) for f in page_figures]
    run.log(f"{size:,}: documents")
    figures += [run.loaded(f) for f in run.step_documents(db, sizes, seed)]
    run.log(f"{size:,}: umkm-desk check")
    figures.append(run.loaded(run.step_check(db, sizes.check_runs, env)))
    result: dict[str, Any] = {
        "businesses": size, "file_bytes": path.stat().st_size, "figures": [f.as_json() for f in figures],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
    }
    if isinstance(source, _data.BuiltDb):
        result["demo_seconds"] = source.seconds
        result["demo_cached"] = source.cached
    return result


def _cell(figure: dict[str, Any] | None) -> str:
    if figure is None or figure.get("p95") is None:
        return "–"
    text = run.fmt(figure["p95"], figure["unit"])
    return text + (f" ({figure['ratio']:.1f}×)" if figure.get("ratio") else "")


def growth(first: dict[str, Any] | None, last: dict[str, Any] | None, size_ratio: float) -> str:
    """The p95's growth per tenfold size between the smallest and the largest size."""
    if not first or not last or not first.get("p95") or not last.get("p95") or size_ratio <= 1:
        return "–"
    per_decade = (last["p95"] / first["p95"]) ** (1 / math.log10(size_ratio))
    return f"{per_decade:.1f}×"


def scale_table(results: list[dict[str, Any]]) -> str:
    results = sorted(results, key=lambda r: r["businesses"])
    keys: list[str] = []
    labels: dict[str, str] = {}
    for result in results:
        for figure in result["figures"]:
            if figure["key"] not in keys:
                keys.append(figure["key"])
                labels[figure["key"]] = figure["label"]
    header = ["figure (p95, ratio to its floor)", *(f"{r['businesses']:,}" for r in results), "per 10× size"]
    rows = []
    for key in keys:
        by_size = [next((f for f in r["figures"] if f["key"] == key), None) for r in results]
        ratio = results[-1]["businesses"] / results[0]["businesses"] if results else 1
        rows.append([labels[key], *(_cell(f) for f in by_size), growth(by_size[0], by_size[-1], ratio)])
    demo = ["`umkm-desk demo` (whole process)"]
    for r in results:
        seconds = r.get("demo_seconds")
        demo.append("–" if seconds is None else run.fmt(seconds, "s") + (" (cached)" if r.get("demo_cached") else ""))
    demo.append("–")
    rows.append(demo)
    rows.append(["database file", *(f"{r['file_bytes'] / run.MB:,.0f} MB" for r in results), "–"])
    rows.append(["1-minute load average at the end", *(str(r["load_average_end"][0]) for r in results), "–"])
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(header, widths, strict=True)) + " |",
             "| " + " | ".join("-" * w for w in widths) + " |"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", action="append", default=[], metavar="SIZE=PATH",
                        help="use this database for SIZE instead of the cached demo (never modified)")
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: ~/.cache/umkm-desk-bench")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="write all results to PATH")
    parser.add_argument("--merge", type=Path, nargs="+", default=None, metavar="JSON",
                        help="print one table from earlier --json files (measures nothing)")
    args = parser.parse_args(argv)
    if args.merge:
        merged = [r for path in args.merge for r in json.loads(path.read_text())["results"]]
        print(scale_table(merged))
        return 0
    given = _parse_db(args.db)
    sizes = sorted(set(args.sizes) | set(given))
    machine = _data.machine()
    print(f"UMKM Desk scale benchmark — {', '.join(f'{s:,}' for s in sizes)} businesses, seed {args.seed}")
    print(f"machine: {machine.get('cpu')}, {machine.get('cores')} cores, {machine.get('memory_gb')} GB; "
          f"load average at start {machine.get('load_average')}; umkm-desk at {machine.get('git')}")
    sys.stdout.flush()
    results = []
    for size in sizes:
        work = Path(tempfile.mkdtemp(prefix=f"umkm-scale-{size}-"))
        try:
            if size in given:
                source: _data.BuiltDb | Path = given[size]
            else:
                run.log(f"{size:,}: building (or taking from the cache) the demo database")
                source = _data.cached_demo(args.cache_dir or _data.default_cache_dir(), size, args.seed,
                                           _data.child_env(work / "build-home"), rebuild=False)
            results.append(measure(size, source, args.seed, work))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if args.json:  # after every size: a million-business run can take an hour
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"machine": machine, "seed": args.seed, "results": results},
                                            indent=1, default=str))
    print()
    print(scale_table(results))
    print(f"\nload average at end {[round(x, 2) for x in os.getloadavg()]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

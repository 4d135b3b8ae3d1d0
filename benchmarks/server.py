"""The UMKM page on the office server next to the same page on a SQLite file: search keystrokes, sorts and the
jump to the last row, measured by the same child process (``_gui_child.py interact``) on both databases, which
hold the same rows (``umkm-desk copy`` from the file to the server). See BENCHMARKS.md.

    python benchmarks/server.py DEMO.sqlite postgresql+psycopg://user@host/db [--repeats 3] [--json out.json]

The terms are run.py's (typed letter by letter from names in the data, NIK and phone in groups, a typo, the box
cleared). On the server it also reports which of the business table's indexes the whole run used
(``pg_stat_user_indexes``), so that an index only SQLite needs can be left off the server.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(1, str(HERE.parent))

from _stats import median, p95  # noqa: E402
from run import search_terms  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def interact(db: str, plan: dict) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        plan_path, out = Path(folder) / "plan.json", Path(folder) / "out.json"
        plan_path.write_text(json.dumps(plan))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent),
                                                                          os.environ.get("PYTHONPATH")]))}
        subprocess.run([sys.executable, str(HERE / "_gui_child.py"), "interact", str(out), db, str(plan_path)],
                       check=True, env=env, timeout=3600)
        return json.loads(out.read_text())


def summary(result: dict) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for kind in ("search", "sort", "jump"):
        seconds = [s["seconds"] * 1000 for s in result[kind]]
        out[kind] = {"runs": len(seconds), "median_ms": median(seconds), "p95_ms": p95(seconds)}
    slowest = sorted(result["search"], key=lambda s: -s["seconds"])[:5]
    out["slowest_search"] = {f"{s['term']!r} ({s['rows']} rows)": round(s["seconds"] * 1000, 1) for s in slowest}
    return out


def index_usage(url: str) -> list[tuple[str, int, int]]:
    """(index, scans, bytes) of the business table's indexes since the statistics were reset."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(  # type: ignore[misc]
                "SELECT indexrelname, idx_scan, pg_relation_size(indexrelid) FROM pg_stat_user_indexes "
                "WHERE relname = 'business' ORDER BY idx_scan, indexrelname"))]
    finally:
        engine.dispose()


def reset_statistics(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_stat_reset()"))
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sqlite", help="the demo database file")
    parser.add_argument("server", help="the same data on PostgreSQL (SQLAlchemy URL)")
    parser.add_argument("--repeats", type=int, default=3, help="times each search term is typed (3)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", help="write every sample here")
    args = parser.parse_args(argv)
    terms = search_terms(Path(args.sqlite), args.seed)
    plan = {"terms": terms, "search_repeats": args.repeats, "sort_repeats": 1, "jump_runs": 3, "detail_runs": 3,
            "seed": args.seed}
    reset_statistics(args.server)
    results = {"terms": terms, "sqlite": interact(args.sqlite, plan), "postgresql": interact(args.server, plan)}
    report = {name: summary(results[name]) for name in ("sqlite", "postgresql")}
    usage = index_usage(args.server)
    report["server_index_scans"] = {name: {"scans": scans, "MB": round(size / 2**20, 1)}
                                    for name, scans, size in usage}
    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps({**results, "report": report}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The UMKM Desk benchmark: what officers feel, measured against its floors. See BENCHMARKS.md.

    python benchmarks/run.py                 # full run: 100,000 businesses (10-20 minutes on 2 cores)
    python benchmarks/run.py --quick         # small run (300 businesses, few repeats), about a minute
    python benchmarks/run.py --keep          # reuse/keep the built database in the cache folder
    python benchmarks/run.py --json out.json # also write every sample

The data is built with ``umkm-desk demo --businesses N --seed S``; every measurement runs on a scratch copy of
it, so the built (and, with ``--keep``, cached) file stays as the demo left it. Times are wall-clock; figures
are the median and p95 (nearest rank) over the runs; each floor is measured in the same run over the same
inputs, and the ratio is figure p95 / floor p95. Qt runs offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(1, str(HERE.parent))

import _data  # noqa: E402
import _login  # noqa: E402,F401 - every process logs in as the demo's administrator
import floors  # noqa: E402
from _stats import Figure  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MB = 1024 * 1024
TARGETS = {  # from issues 4 (registry) and 6 (documents); met when p95 is below
    "cold_start": 2.0,
    "search": 0.050,
    "sort": 0.200,
    "jump": 0.200,
    "memory": 400 * MB,
    "letter": 0.100,
    "certificates": 30.0,
    "demo": 120.0,
    "pages": 0.300,  # issue 20: switch to any page with its data
    "session_memory": 300 * MB,  # issue 20: a session's peak RSS at 100,000 businesses
}
#: issue 20's leak test: met when the RSS after all the searches is within this of the RSS after the first 100
LEAK_ALLOWANCE = 16 * MB


@dataclass(frozen=True)
class Sizes:
    businesses: int
    cold_runs: int
    search_repeats: int
    sort_repeats: int
    jump_runs: int
    detail_runs: int
    memory_runs: int
    letter_runs: int
    certificates: int
    certificate_runs: int
    check_runs: int
    page_runs: int
    session_letters: int  # letters issued in the session whose peak memory is measured
    leak_searches: int  # searches in the leak test (RSS after 100 and after all of them)


FULL = Sizes(businesses=100_000, cold_runs=7, search_repeats=3, sort_repeats=3, jump_runs=15, detail_runs=30,
             memory_runs=3, letter_runs=30, certificates=1000, certificate_runs=3, check_runs=3, page_runs=6,
             session_letters=100, leak_searches=1000)
QUICK = Sizes(businesses=300, cold_runs=2, search_repeats=1, sort_repeats=1, jump_runs=3, detail_runs=5,
              memory_runs=1, letter_runs=5, certificates=50, certificate_runs=1, check_runs=1, page_runs=2,
              session_letters=10, leak_searches=300)


def loaded(figure: Figure) -> Figure:
    """Note the machine's load average (1, 5, 15 min) when the figure's step ended: other work on the
    machine shows up in every wall-clock figure."""
    figure.extra["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return figure


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- search terms -----------------------------------------------------------------------------------------


def _prefixes(word: str, start: int = 1) -> list[str]:
    return [word[:i] for i in range(start, len(word) + 1)]


MIN_NAME_TERMS = 14
MIN_OWNER_TERMS = 10


def search_terms(db_path: Path, seed: int) -> list[str]:
    """What officers type, keystroke by keystroke, taken from businesses in the database: the distinctive word
    of two business names and the first name of two owners letter by letter (then two words), a NIK and a
    phone number typed in groups, a typo that matches nothing, and clearing the box. Every term differs from
    the one before, so each one refreshes the table."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT b.name, o.name, o.nik, o.phone FROM business b JOIN owner o ON o.id = b.owner_id "
            "WHERE b.deleted_at IS NULL ORDER BY b.rowid"
        ).fetchall()
    finally:
        con.close()
    rng = random.Random(seed)
    picks = rng.sample(rows, min(8, len(rows)))
    terms: list[str] = []
    skip = {"ud", "ud.", "cv", "cv.", "pt", "pt.", "toko", "warung", "usaha"}
    # The demo is anchored to today, so which names the seed draws changes with the date. Words are taken
    # until enough letters are typed, so the number of terms (and the p95 it gives) does not depend on the day.
    by_name = rng.sample(rows, len(rows))
    for name, *_ in by_name:
        if len(terms) >= MIN_NAME_TERMS:
            break
        words = [w for w in name.lower().replace(".", " ").split() if w not in skip and w.isalpha()]
        if not words:
            continue
        word = max(words, key=len)
        terms += _prefixes(word)
        following = words[words.index(word) + 1:]
        if following:
            terms.append(f"{word} {following[0]}")
    owner_terms = 0
    for _, owner, *_ in by_name[::-1]:
        if owner_terms >= MIN_OWNER_TERMS:
            break
        words = [w for w in owner.lower().split() if w.isalpha()]
        if not words:
            continue
        typed = _prefixes(words[0]) + ([f"{words[0]} {words[1]}"] if len(words) > 1 else [])
        terms += typed
        owner_terms += len(typed)
    nik = next((n for _, _, n, _ in picks[4:] if n), None)
    if nik:
        terms += [nik[:4], nik[:8], nik[:12], nik]
    phone = next((p for _, _, _, p in picks[4:] if p), None)
    if phone:
        digits = "".join(ch for ch in phone if ch.isdigit())
        local = "0" + digits[2:] if digits.startswith("62") else digits
        terms += [local[:4], f"{local[:4]} {local[4:8]}", f"{local[:4]} {local[4:8]} {local[8:]}".strip()]
    terms += ["xq", "xqz", ""]
    unique: list[str] = []
    for term in terms:
        if term not in unique or term == "":
            unique.append(term)
    return unique


# --- steps ------------------------------------------------------------------------------------------------


def _child(args: list[str], env: dict[str, str], out: Path, what: str) -> tuple[dict[str, Any], float, int]:
    """Run ``_gui_child.py ARGS``; return its JSON, the monotonic start stamp, and its max RSS (wait4, bytes)."""
    out.unlink(missing_ok=True)
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, str(HERE / "_gui_child.py"), args[0], str(out), *args[1:]], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = proc.stdout.read(), proc.stderr.read()
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"{what} process failed ({proc.returncode}):\n{stdout[-2000:]}\n{stderr[-4000:]}")
    return json.loads(out.read_text()), start, usage.ru_maxrss * 1024


def emit_check(env: dict[str, str], work: Path) -> float | None:
    try:
        data, _, _ = _child(["emit-check"], env, work / "emit.json", "Signal.emit check")
    except RuntimeError:
        return None
    return float(data["true_refs_per_emit"])


def step_check(db: Path, runs: int, env: dict[str, str]) -> Figure:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(_data.app_command("check", "--db", str(db)), env=env, capture_output=True, text=True)
        samples.append(time.perf_counter() - start)
        if proc.returncode != 0:
            raise RuntimeError(f"umkm-desk check failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return Figure("check", "`umkm-desk check` (whole process)", "s", samples,
                  floor_label="PRAGMA integrity_check + foreign_key_check (sqlite3)",
                  floor_samples=floors.check_floor(db, runs))


def step_cold(db: Path, runs: int, env: dict[str, str], work: Path) -> tuple[Figure, list[int]]:
    out = work / "cold.json"
    warm, start, _ = _child(["cold", str(db)], env, out, "cold start (warm-up)")
    warm_up = warm["shown"] - start
    samples, floor_samples, floor_peaks, rows, peaks = [], [], [], set(), []
    for _ in range(runs):  # alternate app and floor so that load on the machine hits both alike
        data, start, _ = _child(["cold", str(db)], env, out, "cold start")
        if not data.get("loaded") or not data.get("rows"):
            raise RuntimeError(f"cold start did not show data: {data}")
        samples.append(data["shown"] - start)
        rows.add(data["rows"])
        peaks.append(int(data.get("VmHWM", 0)))
        seconds, fpeaks = floors.startup_floor(1, env)
        floor_samples += seconds
        floor_peaks += fpeaks
    figure = Figure("cold_start", "cold start: process start → UMKM page showing data", "s", samples,
                    TARGETS["cold_start"], "python + PySide6 import + empty QWidget drawn", floor_samples,
                    note="one untimed first start (it records the officer) before the timed ones",
                    extra={"first_start": warm_up, "rows_shown": sorted(rows), "peak_rss": peaks,
                           "count_label": warm.get("count_label")})
    return figure, floor_peaks


def step_interact(db: Path, sizes: Sizes, seed: int, env: dict[str, str], work: Path) -> tuple[list[Figure], dict]:
    terms = search_terms(db, seed)
    plan = {"terms": terms, "search_repeats": sizes.search_repeats, "sort_repeats": sizes.sort_repeats,
            "jump_runs": sizes.jump_runs, "detail_runs": sizes.detail_runs, "seed": seed,
            "page_runs": sizes.page_runs}
    plan_path = work / "plan.json"
    plan_path.write_text(json.dumps(plan))
    data, _, maxrss = _child(["interact", str(db), str(plan_path)], env, work / "interact.json", "UMKM page")

    def floor_of(kind: str) -> list[float]:
        return floors.replay_sql(db, [s["sql"] for s in data[kind]])

    def example(kind: str) -> list[str]:
        return [sql for sql, _ in floors.replayable(data[kind][0]["sql"])] if data[kind] else []

    search_floor = floor_of("search")
    search_detail = [
        {"term": s["term"], "seconds": s["seconds"], "rows": s["rows"], "floor": f, "statements":
         len(floors.replayable(s["sql"]))} for s, f in zip(data["search"], search_floor, strict=True)
    ]
    search = Figure("search", f"search keystroke → table refreshed ({len(terms)} terms)", "s",
                    [s["seconds"] for s in data["search"]], TARGETS["search"],
                    "the same SQL via sqlite3 (FTS5/LIKE keys + first page)", search_floor,
                    note="after the debounce: apply_filter() + the table drawn",
                    extra={"terms": terms, "samples": search_detail, "sql_example": example("search")})
    sort_floor = floor_of("sort")
    columns: dict[int, dict[str, list[float]]] = {}
    for s, f in zip(data["sort"], sort_floor, strict=True):
        entry = columns.setdefault(s["column"], {"seconds": [], "floor": []})
        entry["seconds"].append(s["seconds"])
        entry["floor"].append(f)
    sort = Figure("sort", "sort by a column (10 columns, both directions)", "s",
                  [s["seconds"] for s in data["sort"]], TARGETS["sort"], "the same SQL via sqlite3", sort_floor,
                  note="all businesses, no filter: the widest sort", extra={"by_column": columns,
                                                                           "sql_example": example("sort")})
    jump = Figure("jump", "jump to the last row (Ctrl+End)", "s", [s["seconds"] for s in data["jump"]],
                  TARGETS["jump"], "the same SQL via sqlite3", floor_of("jump"),
                  extra={"last_row_shown": [s["shown"] for s in data["jump"]], "sql_example": example("jump")})
    detail = Figure("detail", "open a business's detail (dialog built, data loaded, drawn)", "s",
                    [s["seconds"] for s in data["detail"]], None, "the same SQL via sqlite3", floor_of("detail"),
                    extra={"timeline_rows": [s["timeline_rows"] for s in data["detail"]],
                           "statements": [len(floors.replayable(s["sql"])) for s in data["detail"]]})
    changed = [s for s in data["pages"] if s["kind"] == "changed"]
    by_page: dict[str, dict[str, list[float]]] = {}
    for s in data["pages"]:
        by_page.setdefault(s["page"], {}).setdefault(s["kind"], []).append(s["seconds"])
    pages = Figure("pages", "switch to a page, its data read again (Beranda, Pendampingan, Mitra, Dokumen, UMKM)",
                   "s", [s["seconds"] for s in changed], TARGETS["pages"], "the same SQL via sqlite3",
                   floors.replay_sql(db, [s["sql"] for s in changed]),
                   note="after a commit elsewhere; a first visit also builds the page, a return with nothing "
                        "changed reads nothing (both in the details)",
                   extra={"by_page": by_page, "unchanged_statements": sum(
                       len(floors.replayable(s["sql"])) for s in data["pages"] if s["kind"] == "unchanged")})
    memory_info = {"interact_after_scenario": data["after_scenario"], "interact_end": data["end"],
                   "interact_maxrss": maxrss}
    return [search, sort, jump, detail, pages], memory_info


def step_memory(db: Path, runs: int, env: dict[str, str], work: Path, floor_peaks: list[int],
                info: dict) -> Figure:
    samples, maxrss = [], []
    for _ in range(runs):
        data, _, rss = _child(["memory", str(db)], env, work / "memory.json", "memory")
        samples.append(float(data["VmHWM"]))
        maxrss.append(rss)
    return Figure("memory", "peak memory of the GUI (open, search, sort all, scroll to end)", "bytes", samples,
                  TARGETS["memory"], "empty QWidget process", [float(p) for p in floor_peaks],
                  note="VmHWM of the GUI process", extra={"wait4_maxrss": maxrss, **info})


def step_session(db: Path, sizes: Sizes, env: dict[str, str], work: Path, floor_peaks: list[int]) -> Figure:
    """Peak RSS of a working session (every page, every report, the list exported, letters issued; the letters go
    into the scratch copy's register, as the letter figure's do)."""
    samples, steps, exported = [], [], []
    for _ in range(sizes.memory_runs):
        data, _, _ = _child(["session", str(db), str(sizes.session_letters)], env, work / "session.json",
                            "session memory")
        samples.append(float(data["VmHWM"]))
        steps.append(data["steps"])
        exported.append(data["exported_rows"])
    return Figure("session_memory", f"peak memory of a session (every page and report, list exported, "
                  f"{sizes.session_letters} letters)", "bytes", samples, TARGETS["session_memory"],
                  "empty QWidget process", [float(p) for p in floor_peaks],
                  note="VmHWM of the GUI process",
                  extra={"high_water_after": steps, "exported_rows": exported, "letters": sizes.session_letters})


def step_leak(db: Path, searches: int, env: dict[str, str], work: Path) -> Figure:
    """RSS after ``searches`` searches, against the RSS after the first 100 (the floor): no growth is the aim."""
    data, _, _ = _child(["leak", str(db), str(searches)], env, work / "leak.json", "leak test")
    after_100, after_all = float(data["after_100"]), float(data["after_all"])
    return Figure("leak", f"memory after {searches:,} searches (leak test; floor: after 100)", "bytes",
                  [after_all], after_100 + LEAK_ALLOWANCE, "RSS after the first 100 searches", [after_100],
                  note=f"met when the growth from 100 to {searches:,} searches is under "
                       f"{LEAK_ALLOWANCE // MB} MB", extra={"growth": after_all - after_100})


def step_documents(db: Path, sizes: Sizes, seed: int) -> list[Figure]:
    import _docs

    letter = _docs.letters(db, sizes.letter_runs, seed)
    batch = _docs.certificates(db, sizes.certificates, sizes.certificate_runs)
    n = sizes.certificates
    return [
        Figure("letter", "one progress letter (issue_document: number + record + render)", "s", letter["seconds"],
               TARGETS["letter"], "bare ReportLab canvas, same text and font", letter["floor"],
               extra={k: v for k, v in letter.items() if k not in ("seconds", "floor")}),
        Figure("certificates", f"{n:,} certificates (issue_batch, {batch['workers']} cores)", "s",
               batch["seconds"], TARGETS["certificates"] if n == 1000 else None,
               f"{n:,} bare canvas pages on {batch['workers']} processes", batch["floor"],
               note="" if n == 1000 else "the 30 s target is for 1,000 certificates",
               extra={k: v for k, v in batch.items() if k not in ("seconds", "floor")}),
    ]


_AREA_CHILD = (
    "import json, sys; sys.path[:0] = sys.argv[3:5]; import importlib; "
    "rows = importlib.import_module(sys.argv[1]).run(sys.argv[2]); "
    "open(sys.argv[5], 'w').write(json.dumps(rows, default=str))"
)


def area_scripts(db: Path, work: Path) -> dict[str, Any]:
    """Run benchmarks/registry.py and benchmarks/documents.py (``run(db_path) -> list[dict]``) when present,
    each on its own copy of the database and in its own process: their peak-RSS figures would otherwise be this
    process's (and, through fork, its children's) high-water mark."""
    out: dict[str, Any] = {}
    for name in ("registry", "documents"):
        if not (HERE / f"{name}.py").exists():
            out[name] = {"status": "missing"}
            continue
        copy = _data.scratch_copy(db, work / f"area-{name}.sqlite")
        result = work / f"area-{name}.json"
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-c", _AREA_CHILD, name, str(copy), str(HERE), str(HERE.parent), str(result)],
            capture_output=True, text=True,
        )  # fmt: skip
        if child.returncode == 0 and result.exists():
            rows = json.loads(result.read_text())
            out[name] = {"status": "ok", "rows": rows, "seconds": time.perf_counter() - started}
        else:
            out[name] = {"status": "error", "error": f"exit {child.returncode}", "traceback": child.stderr[-3000:]}
    return out


# --- output -----------------------------------------------------------------------------------------------


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "bytes":
        return f"{value / MB:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def table(figures: list[Figure]) -> str:
    header = ("figure", "runs", "median", "p95", "target", "floor (p95)", "ratio", "met")
    rows = []
    for f in figures:
        rows.append((
            f.label, str(len(f.samples)), fmt(f.median, f.unit), fmt(f.p95, f.unit),
            f"< {fmt(f.target, f.unit)}" if f.target is not None else "–",
            fmt(f.floor, f.unit), f"{f.ratio:.1f}×" if f.ratio is not None else "–",
            {True: "yes", False: "NO", None: "–"}[f.met],
        ))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |",
             "| " + " | ".join("-" * w for w in widths) + " |"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    floors_used = [f"- {f.key}: {f.floor_label}" for f in figures if f.floor_label]
    return "\n".join(lines + ["", "floors:"] + floors_used)


def details(figures: list[Figure]) -> str:
    by = {f.key: f for f in figures}
    out = []
    if "search" in by:
        f = by["search"]
        short = [s["seconds"] for s in f.extra["samples"] if 0 < len(s["term"].replace(" ", "")) < 3]
        longer = [s["seconds"] for s in f.extra["samples"] if len(s["term"].replace(" ", "")) >= 3]
        cleared = [s["seconds"] for s in f.extra["samples"] if s["term"] == ""]
        from _stats import median, p95

        for label, xs in (("1–2 characters (name, owner or NIK prefix)", short), ("3+ characters (FTS5 trigram)", longer),
                          ("cleared box (all rows)", cleared)):
            if xs:
                out.append(f"search, {label}: median {fmt(median(xs), 's')}, p95 {fmt(p95(xs), 's')}, "
                           f"{len(xs)} samples")
        worst = sorted(f.extra["samples"], key=lambda s: -s["seconds"])[:5]
        out.append("slowest searches: " + ", ".join(
            f"{s['term']!r} {fmt(s['seconds'], 's')} ({s['rows']} rows, sqlite3 {fmt(s['floor'], 's')})"
            for s in worst))
    if "sort" in by:
        from _stats import p95

        from_cols = by["sort"].extra["by_column"]
        names = ("name", "owner", "nik", "kelurahan", "kecamatan", "sector", "scale", "stage", "partner",
                 "last_activity")
        out.append("sort p95 by column (sqlite3 floor): " + ", ".join(
            f"{names[int(c)]} {fmt(p95(v['seconds']), 's')} ({fmt(p95(v['floor']), 's')})"
            for c, v in sorted(from_cols.items(), key=lambda kv: int(kv[0]))))
    if "pages" in by:
        from _stats import median, p95

        rows = [f"{page} {fmt(median(k['first']), 's')} / {fmt(p95(k['changed']), 's')} / "
                f"{fmt(p95(k['unchanged']), 's')}" for page, k in by["pages"].extra["by_page"].items()]
        out.append("pages, first visit / after a commit (p95) / nothing changed (p95): " + ", ".join(rows))
    if "letter" in by:
        from _stats import median

        e = by["letter"].extra
        out.append(f"letter: render alone median {fmt(median(e['render_only']), 's')}; "
                   f"pages {sorted(set(e['pages']))}; text lines median {median(e['lines']):.0f}")
    if "certificates" in by:
        e = by["certificates"].extra
        out.append("certificates: numbering (one transaction each) " + ", ".join(fmt(x, "s") for x in e["numbering"])
                   + f"; rendered ok {e['ok']}; eligible businesses {e['eligible']}")
    if "cold_start" in by:
        e = by["cold_start"].extra
        out.append(f"cold start: first start (untimed warm-up) {fmt(e['first_start'], 's')}; rows shown "
                   f"{e['rows_shown']}; peak RSS {fmt(max(e['peak_rss']), 'bytes')}")
    if "memory" in by:
        e = by["memory"].extra
        out.append(f"memory: whole interaction process (all the timings above) peak "
                   f"{fmt(e['interact_end'].get('VmHWM'), 'bytes')}")
    if "session_memory" in by:
        e = by["session_memory"].extra
        out.append("session memory, high-water mark after each part (first run): " + ", ".join(
            f"{part} {fmt(value, 'bytes')}" for part, value in e["high_water_after"][0].items())
            + f"; exported rows {e['exported_rows'][0]}")
    if "leak" in by:
        f = by["leak"]
        out.append(f"leak test: RSS after 100 searches {fmt(f.floor, 'bytes')}, after all "
                   f"{fmt(f.p95, 'bytes')} (growth {f.extra['growth'] / MB:+.1f} MB)")
    loads = [f"{f.key} {f.extra['load_average'][0]}" for f in figures if "load_average" in f.extra]
    if loads:
        out.append("1-minute load average after each step (2 cores = fully busy at 2.0): " + ", ".join(loads))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small run (300 businesses, few repeats)")
    parser.add_argument("--businesses", type=int, default=None, help="demo size (default 100000; quick 300)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", action="store_true",
                        help="take the built database from the cache folder (keyed by size and seed) or keep it there")
    parser.add_argument("--rebuild", action="store_true", help="with --keep: build again even when cached")
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: ~/.cache/umkm-desk-bench")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="write all results to PATH")
    parser.add_argument("--area-scripts", action=argparse.BooleanOptionalAction, default=None,
                        help="also run benchmarks/registry.py and documents.py (default: full runs only)")
    args = parser.parse_args(argv)

    sizes = QUICK if args.quick else FULL
    if args.businesses:
        sizes = Sizes(**{**sizes.__dict__, "businesses": args.businesses})
    run_area = (not args.quick) if args.area_scripts is None else args.area_scripts
    machine = _data.machine()
    print(f"UMKM Desk benchmark — {'quick' if args.quick else 'full'} run, {sizes.businesses:,} businesses, "
          f"seed {args.seed}")
    print(f"machine: {machine.get('cpu')}, {machine.get('cores')} cores, {machine.get('memory_gb')} GB; "
          f"load average at start {machine.get('load_average')}")
    print(f"versions: Python {machine['python']}, SQLite {machine['sqlite']}, PySide6 {machine['pyside6']} "
          f"(Qt {machine.get('qt')}), SQLAlchemy {machine['sqlalchemy']}, ReportLab {machine['reportlab']}; "
          f"umkm-desk {machine.get('umkm_desk')} at {machine.get('git')}")
    sys.stdout.flush()

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="umkm-bench-"))
    env = _data.child_env(work / "home")
    figures: list[Figure] = []
    try:
        log("compiling the app's modules (as an installed app has them)")
        _data.precompile(env)
        log(f"building the demo database ({sizes.businesses:,} businesses)")
        if args.keep:
            built = _data.cached_demo(args.cache_dir or _data.default_cache_dir(), sizes.businesses, args.seed, env,
                                      rebuild=args.rebuild)
        else:
            built = _data.build_demo(work / "demo.sqlite", sizes.businesses, args.seed, env)
        note = built.method + (f"; cached build of {built.built_on}" if built.cached else "")
        demo_target = TARGETS["demo"] if sizes.businesses == 100_000 else None  # the target is for 100,000
        demo = Figure("demo", f"`umkm-desk demo --businesses {sizes.businesses}` (whole process)", "s",
                      [built.seconds], demo_target, note=note, extra={"counts": built.counts})
        db = _data.scratch_copy(built.path, work / "bench.sqlite")
        log(f"database: {built.counts}")

        log("umkm-desk check")
        check = loaded(step_check(db, sizes.check_runs, env))
        log("cold start and start-up floor")
        cold, floor_peaks = step_cold(db, sizes.cold_runs, env, work)
        loaded(cold)
        log("UMKM page: search, sort, jump, detail")
        page_figures, memory_info = step_interact(db, sizes, args.seed, env, work)
        page_figures = [loaded(f) for f in page_figures]
        log("peak memory")
        memory = loaded(step_memory(db, sizes.memory_runs, env, work, floor_peaks, memory_info))
        log("memory of a whole session, and the leak test")
        session = loaded(step_session(db, sizes, env, work, floor_peaks))
        leak = loaded(step_leak(db, sizes.leak_searches, env, work))
        log("documents: letters and certificates")
        doc_figures = [loaded(f) for f in step_documents(db, sizes, args.seed)]
        figures = [cold, *page_figures, *doc_figures, demo, check, memory, session, leak]
        emit_refs = emit_check(env, work)
        area = area_scripts(db, work) if run_area else {"status": "not run"}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started

    print()
    print(table(figures))
    print()
    print(details(figures))
    if isinstance(area, dict) and area.get("status") != "not run":
        for name, result in area.items():
            print(f"benchmarks/{name}.py: {result['status']}" + (f" — {result.get('error')}"
                                                                 if result["status"] == "error" else ""))
            for row in result.get("rows") or []:
                print(f"  {row}")
    if emit_refs:
        print(f"WARNING: each PySide6 Signal.emit() changes the reference count of True by {emit_refs:+.0f} "
              f"(PySide6 {machine['pyside6']}, Python {machine['python']}): a long session aborts with "
              "'bool_dealloc: deallocating True or False' (see BENCHMARKS.md)")
    print(f"\nwhole run {elapsed:.0f} s; load average at end {[round(x, 2) for x in os.getloadavg()]}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "mode": "quick" if args.quick else "full", "businesses": sizes.businesses, "seed": args.seed,
            "sizes": sizes.__dict__, "machine": machine, "elapsed": elapsed,
            "load_average_end": list(os.getloadavg()),
            "figures": [f.as_json() for f in figures], "area_scripts": area,
            "pyside_true_refs_per_emit": emit_refs,
        }
        args.json.write_text(json.dumps(payload, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

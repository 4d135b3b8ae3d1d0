"""Run an installed ``umkm-desk`` the way an office PC would: ``--version``, ``demo``, ``--screenshot``, ``print``.

    python scripts/smoke_install.py /path/to/venv/bin/umkm-desk
    python scripts/smoke_install.py dist-app/umkm-desk/umkm-desk --runs 5

Each command runs with a clean environment (no PATH, no PYTHONPATH, no virtualenv: only HOME, the XDG folders and
QT_QPA_PLATFORM=offscreen, all under a throwaway folder) in a working folder outside any checkout, so an install that
still reads something from the source tree fails here. It checks what each command produced (the version string, a
PNG of the window, PDF files) and prints how long each took; with ``--runs N`` it also times N further cold starts of
``--screenshot`` and ``--version`` and prints their medians (the numbers BENCHMARKS.md records).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


#: only ever the password of the throwaway demo this check makes
SMOKE_PASSWORD = "smoke-demo-2026"


def clean_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        # the demo makes login accounts: give it a known password, and log the later commands in with it
        "UMKM_DESK_DEMO_PASSWORD": SMOKE_PASSWORD,
        "UMKM_DESK_USER": "admin",
        "UMKM_DESK_PASSWORD": SMOKE_PASSWORD,
    }


def run(exe: Path, args: list[str], home: Path, *, timeout: float = 300) -> tuple[str, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [str(exe), *args], cwd=home, env=clean_env(home), capture_output=True, text=True, timeout=timeout
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"smoke: `umkm-desk {' '.join(args)}` exited {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result.stdout + result.stderr, elapsed


def expected_version() -> str:
    match = re.search(r'__version__ = "([^"]+)"', (REPO / "umkm_desk" / "__init__.py").read_text("utf-8"))
    assert match, "umkm_desk/__init__.py has no __version__"
    return match.group(1)


def smoke(exe: Path, home: Path, runs: int) -> None:
    db = home / "umkm.sqlite"
    out, took = run(exe, ["--version"], home)
    if f"umkm-desk {expected_version()}" not in out:
        raise SystemExit(f"smoke: --version printed {out!r}, expected umkm-desk {expected_version()}")
    print(f"smoke: --version ok ({took:.2f} s): {out.strip()}")

    out, took = run(exe, ["demo", "--db", str(db), "--businesses", "40"], home)
    print(f"smoke: demo ok ({took:.2f} s)")

    png = home / "beranda.png"
    out, took = run(exe, ["--db", str(db), "--screenshot", str(png)], home)
    data = png.read_bytes() if png.exists() else b""
    if not data.startswith(PNG_MAGIC) or len(data) < 10_000:
        raise SystemExit(f"smoke: --screenshot wrote no plausible PNG ({len(data)} bytes)")
    print(f"smoke: --screenshot ok ({took:.2f} s, {len(data) // 1024} KiB)")

    pdfs = home / "pdf"
    out, took = run(exe, ["print", "--db", str(db), "--out", str(pdfs), "--all", "summary"], home)
    files = sorted(pdfs.glob("*.pdf"))
    if not files or not all(f.read_bytes().startswith(b"%PDF-") for f in files):
        raise SystemExit(f"smoke: print wrote no PDF into {pdfs}:\n{out}")
    print(f"smoke: print ok ({took:.2f} s, {len(files)} PDF)")

    if runs:
        for args, label in (
            (["--db", str(db), "--screenshot", str(png)], "--screenshot"),
            (["--version"], "--version"),
        ):
            times = [run(exe, args, home)[1] for _ in range(runs)]
            print(
                f"smoke: {label} cold start median {statistics.median(times):.2f} s over {runs} runs "
                f"(min {min(times):.2f}, max {max(times):.2f})"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path, help="the umkm-desk to run (absolute or relative path)")
    parser.add_argument(
        "--runs", type=int, default=0, help="also time N cold starts (--screenshot, --version)"
    )
    args = parser.parse_args()
    exe = args.executable.resolve()
    if not exe.is_file():
        raise SystemExit(f"smoke: no executable at {exe}")
    with tempfile.TemporaryDirectory(prefix="umkm-smoke-") as tmp:
        smoke(exe, Path(tmp), args.runs)
    print("smoke: all four commands ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Regenerate the README screenshots in docs/screenshots/ and the guide's copies in resources/guide/img/.

Fills a temporary database with ``umkm-desk demo`` and saves one 1366×768 PNG per page with
``umkm-desk --db … --page X --screenshot docs/screenshots/X.png``, then the business form and a case window
(scripts/dialog_screenshots.py). Runs offscreen, never touches the user's own
database or settings (HOME and the XDG/APPDATA folders point at a temporary folder while it runs).

    python scripts/screenshots.py                 # every page
    python scripts/screenshots.py umkm laporan    # only these
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PAGES = ("beranda", "umkm", "pendampingan", "mitra", "dokumen", "laporan", "pengaturan")
#: the in-app guide (Bantuan → Panduan) shows the pages at this width; smaller copies keep the package light
GUIDE_IMAGES = ROOT / "resources" / "guide" / "img"
GUIDE_WIDTH = 960


def guide_images(source: Path, pages: tuple[str, ...] | list[str] = PAGES) -> None:
    """Copies of the page screenshots for resources/guide/img, scaled to GUIDE_WIDTH."""
    from PIL import Image

    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shot = source / f"{page}.png"
        if not shot.exists():
            continue
        with Image.open(shot) as image:
            height = round(image.height * GUIDE_WIDTH / image.width)
            image.convert("RGB").resize((GUIDE_WIDTH, height), Image.Resampling.LANCZOS).save(
                GUIDE_IMAGES / f"{page}.png", optimize=True)


#: the made-up demo database's accounts get this password, so that the screenshots show the pages, not the login
DEMO_PASSWORD = "layar-demo-2026"


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["UMKM_DESK_DEMO_PASSWORD"] = DEMO_PASSWORD
    env["UMKM_DESK_USER"] = "admin"
    env["UMKM_DESK_PASSWORD"] = DEMO_PASSWORD
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("UMKM_DESK_DB", None)
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("APPDATA", "appdata"), ("LOCALAPPDATA", "localappdata")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _umkm_desk(args: list[str], env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "umkm_desk", *args]
    print("$ umkm-desk " + " ".join(args), flush=True)
    subprocess.run(command, env=env, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="pages to capture (default: all)")
    parser.add_argument("--businesses", type=int, default=300, help="UMKM in the demo database (default 300)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (default docs/screenshots)")
    args = parser.parse_args(argv)
    unknown = [p for p in args.pages if p not in PAGES]
    if unknown:
        parser.error(f"unknown page {unknown[0]!r}; choose from {', '.join(PAGES)}")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="umkm-desk-shots-") as tmp:
        env = _env(Path(tmp) / "home")
        db = str(Path(tmp) / "demo.sqlite")
        _umkm_desk(["demo", "--db", db, "--businesses", str(args.businesses)], env)
        for page in args.pages or PAGES:
            _umkm_desk(["--db", db, "--page", page, "--screenshot", str(args.out / f"{page}.png")], env)
        if not args.pages:
            print("$ scripts/dialog_screenshots.py", flush=True)
            subprocess.run([sys.executable, str(ROOT / "scripts" / "dialog_screenshots.py"), db, "--out", str(args.out)],
                           env=env, cwd=ROOT, check=True)
    guide_images(args.out, args.pages or PAGES)
    print(f"screenshots in {args.out}; guide copies in {GUIDE_IMAGES}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as exc:
        print(f"failed: {' '.join(map(str, exc.cmd))} (exit {exc.returncode})", file=sys.stderr)
        sys.exit(1)

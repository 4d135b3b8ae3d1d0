from __future__ import annotations

import argparse


def cmd_check(args: argparse.Namespace) -> int:
    raise SystemExit("umkm-desk check: belum tersedia")

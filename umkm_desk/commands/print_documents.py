from __future__ import annotations

import argparse


def cmd_print(args: argparse.Namespace) -> int:
    raise SystemExit("umkm-desk print: belum tersedia")

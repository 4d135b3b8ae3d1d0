from __future__ import annotations

import argparse


def cmd_backup(args: argparse.Namespace) -> int:
    raise SystemExit("umkm-desk backup: belum tersedia")

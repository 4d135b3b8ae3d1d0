"""Headless subcommands of ``umkm-desk``; each returns the process exit code."""

from umkm_desk.commands.backup import cmd_backup
from umkm_desk.commands.check import cmd_check
from umkm_desk.commands.copy import cmd_copy
from umkm_desk.commands.demo import cmd_demo
from umkm_desk.commands.import_file import cmd_import
from umkm_desk.commands.init import cmd_init
from umkm_desk.commands.print_documents import cmd_print
from umkm_desk.commands.report import cmd_export, cmd_report
from umkm_desk.commands.restore import cmd_backups, cmd_restore
from umkm_desk.commands.sync import cmd_sync
from umkm_desk.commands.user import cmd_user

__all__ = [
    "cmd_backup", "cmd_backups", "cmd_check", "cmd_copy", "cmd_demo", "cmd_export", "cmd_import", "cmd_init",
    "cmd_print", "cmd_report", "cmd_restore", "cmd_sync", "cmd_user",
]

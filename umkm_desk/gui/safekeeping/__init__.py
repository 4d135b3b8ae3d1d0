"""Keeping the data safe, in the window: automatic backups (on close, daily while idle), the check at start and
the weekly one, the damaged-file flow, and the Berkas menu's restore and check dialogs."""

"""Alembic migrations of the UMKM Desk store, run at startup by ``umkm_desk.core.store.migrate``.

There is no alembic.ini: ``migrate.alembic_config()`` builds the configuration in code and points
``script_location`` at this folder. For the Alembic command line during development use
``python -m umkm_desk.core.store.migrations.regenerate_initial --help`` (to rebuild 0001) or call
``alembic.command`` with ``migrate.alembic_config(url)``.
"""

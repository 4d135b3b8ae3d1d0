"""The permission table is the guard: every write service checks it, and pimpinan may write nothing."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from account_helpers import add_account, as_role
from sqlalchemy import func, select

import umkm_desk.core.services as services_pkg
from umkm_desk.core.services.accounts import permissions
from umkm_desk.core.services.accounts.permissions import GUARDED, NotAllowed, permitted, requires
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.registry.businesses import BusinessInput, business_profile, create_business
from umkm_desk.core.store.models import Base

SERVICES = Path(services_pkg.__file__).parent
for _module in pkgutil.walk_packages([str(SERVICES)], "umkm_desk.core.services."):
    importlib.import_module(_module.name)

# Writes that are not actions of a role: logging in and one's own password (they check the account itself).
UNGUARDED_WRITES = {
    "umkm_desk/core/services/accounts/login.py": {"_fail", "authenticate", "change_own_password",
                                                  "record_refused_login"},
    # statistics and the search index rebuilt from the data: no datum changes (Periksa database offers it)
    "umkm_desk/core/services/backups/checkup.py": {"optimise_database"},
    # the first look at Sinkronisasi gives this PC its id: no datum of the office changes
    "umkm_desk/core/services/sync/status.py": {"sync_status"},
}


def _decorator_names(node: ast.FunctionDef) -> set[str]:
    names = set()
    for dec in node.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        names.add(target.id if isinstance(target, ast.Name) else getattr(target, "attr", ""))
    return names


def test_every_function_that_opens_a_write_transaction_is_guarded():
    unguarded = []
    for path in sorted(SERVICES.rglob("*.py")):
        rel = path.relative_to(SERVICES.parents[2]).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            if ".transaction(" not in ast.unparse(node):
                continue
            if "requires" in _decorator_names(node) or node.name in UNGUARDED_WRITES.get(rel, set()):
                continue
            unguarded.append(f"{rel}:{node.name}")
    assert unguarded == [], "decorate these with @requires(action) from accounts.permissions"


def test_the_guard_registry_knows_the_write_services():
    names = set(GUARDED)
    for expected in ("registry.businesses.create_business", "cases.cases.open_case",
                     "register.documents.void_document", "office.settings.save_letterhead_settings",
                     "imports.commit.commit_import", "accounts.accounts.create_account"):
        assert f"umkm_desk.core.services.{expected}" in names
    assert len(names) >= 40


def test_unknown_actions_are_refused_at_import_time():
    with pytest.raises(KeyError):
        requires("registry.wirte")
    with pytest.raises(KeyError):
        permitted("admin", "nothing")


@pytest.mark.parametrize(("role", "action", "allowed"), [
    (role, action, role in roles)
    for action, (_what, roles) in permissions.ACTIONS.items() for role in permissions.ROLES
])
def test_table(role, action, allowed):
    assert permitted(role, action) is allowed
    assert permitted(None, action)  # open mode


def _row_counts(db) -> dict[str, int]:
    with db.read() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


PIMPINAN_WRITES = sorted(name for name, (action, _f) in GUARDED.items() if permitted("pimpinan", action))


def test_pimpinan_writes_nothing_but_the_audit_row_of_an_export():
    """What a pimpinan may call among the guarded services: reading the audit and the export's own row."""
    assert PIMPINAN_WRITES == [
        "umkm_desk.core.services.accounts.audit_log.export_audit",
        "umkm_desk.core.services.accounts.audit_log.list_audit",
        "umkm_desk.core.services.accounts.nik_privacy.record_export",
    ]


@pytest.mark.parametrize("name", sorted(set(GUARDED) - set(PIMPINAN_WRITES)))
def test_pimpinan_is_refused_by_every_write_service(db, name):
    action, func_ = GUARDED[name]
    ctx = as_role(db, "pimpinan")
    before = _row_counts(db)
    required = [p for p in list(inspect.signature(func_).parameters.values())[1:]
                if p.default is inspect.Parameter.empty and p.kind is not inspect.Parameter.KEYWORD_ONLY]
    keywords = {p.name: None for p in inspect.signature(func_).parameters.values()
                if p.default is inspect.Parameter.empty and p.kind is inspect.Parameter.KEYWORD_ONLY}
    with pytest.raises(NotAllowed) as refused:
        func_(ctx, *[None] * len(required), **keywords)
    assert "Pimpinan" in refused.value.message and permissions.ACTIONS[action][0] in refused.value.message
    assert _row_counts(db) == before


def _business(ctx: ServiceContext):
    return create_business(ctx, BusinessInput(
        owner_name="Siti Aisyah", name="Warung Uji", sector="kuliner", kecamatan_code="36.73.01",
        kelurahan_code="36.73.01.1001", modal_usaha="25jt", annual_sales="180 juta", workers="3",
        nik_missing=True,
    ), duplicate_reason="uji: usaha yang sama sengaja didaftarkan lagi")


@pytest.mark.parametrize(("role", "registry_ok", "settings_ok"), [
    ("admin", True, True), ("petugas", True, False), ("pimpinan", False, False),
])
def test_role_by_action_matrix_with_real_calls(db, role, registry_ok, settings_ok):
    ctx = as_role(db, role)
    if registry_ok:
        business_id = _business(ctx)
        assert business_profile(ctx, business_id).name == "Warung Uji"
    else:
        with pytest.raises(NotAllowed):
            _business(ctx)
    settings = get_letterhead_settings(ctx)
    changed = type(settings)(**{**settings.__dict__, "signatory_name": "Dr. Ahmad Uji"})
    if settings_ok:
        save_letterhead_settings(ctx, changed)
        assert get_letterhead_settings(ctx).signatory_name == "Dr. Ahmad Uji"
    else:
        with pytest.raises(NotAllowed, match="pengaturan"):
            save_letterhead_settings(ctx, changed)
        assert get_letterhead_settings(ctx).signatory_name == settings.signatory_name


def test_open_mode_allows_everything_until_an_account_has_a_password(db):
    ctx = ServiceContext(db)  # no account: a new database, or one from before accounts
    _business(ctx)
    add_account(db, "admin", "admin")
    with pytest.raises(NotAllowed, match="Masuk"):
        _business(ctx)


def test_role_change_and_disable_take_effect_on_the_next_action(db):
    admin = ServiceContext(db, add_account(db, "kepala", "admin"))
    petugas = ServiceContext(db, add_account(db, "budi", "petugas"))
    _business(petugas)
    from umkm_desk.core.services.accounts.accounts import delete_account, set_active, set_role

    set_role(admin, "budi", "pimpinan")
    with pytest.raises(NotAllowed, match="Pimpinan"):
        _business(petugas)
    set_role(admin, "budi", "petugas")
    _business(petugas)
    set_active(admin, "budi", False)
    with pytest.raises(NotAllowed, match="dinonaktifkan"):
        _business(petugas)
    set_active(admin, "budi", True)
    delete_account(admin, "budi")
    before = _row_counts(db)
    with pytest.raises(NotAllowed, match="tidak ada lagi"):
        _business(petugas)
    assert _row_counts(db) == before


def test_a_temporary_password_must_be_changed_before_any_write(db):
    add_account(db, "kepala", "admin")
    fresh = ServiceContext(db, add_account(db, "sari", "petugas", must_change=True))
    with pytest.raises(NotAllowed, match="Ganti kata sandi"):
        _business(fresh)


def test_the_check_reads_the_database_not_the_actor_name(db):
    """A forged actor (an id that is no account, or a name without an id) acts as nobody."""
    import uuid

    from umkm_desk.core.services.context import Actor

    add_account(db, "kepala", "admin")
    for forged in (Actor(uuid.uuid4(), "kepala"), Actor(None, "kepala")):
        with pytest.raises(NotAllowed):
            _business(ServiceContext(db, forged))


def test_a_usable_account_is_checked_with_one_read_and_open_mode_still_holds(db):
    """The guard runs before every action (every letter): a logged-in, usable account costs one SELECT of its
    own row; an account without a password on a database where no account has one is still open mode."""
    from sqlalchemy import event

    from umkm_desk.core.services.accounts.permissions import authorize

    petugas = ServiceContext(db, add_account(db, "budi", "petugas"))
    selects: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        assert authorize(petugas, "register.write") == "petugas"
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(selects) == 1, selects

    from umkm_desk.core.store.models import Officer

    with db.transaction() as session:
        session.get(Officer, petugas.actor.officer_id).password_hash = None
    assert authorize(petugas, "register.write") is None  # no account has a password: open mode

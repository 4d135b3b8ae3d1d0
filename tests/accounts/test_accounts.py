"""Accounts and login: Argon2id hashes, the first administrator, temporary passwords, lockout, bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from account_helpers import PASSWORD, add_account
from sqlalchemy import select, update

from umkm_desk.core.services.accounts import accounts, login
from umkm_desk.core.services.accounts.passwords import (
    MAX_LENGTH,
    check_new_password,
    clean_username,
    strength_hint,
    suggest_username,
)
from umkm_desk.core.services.accounts.permissions import NotAllowed
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.store.models import AuditEntry, Officer, utcnow

NEW = "Kopi-Banten-77"


def _audit(db, action: str | None = None) -> list[AuditEntry]:
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.at)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query))


def _officer(db, username: str) -> Officer:
    with db.read() as session:
        return session.scalars(select(Officer).where(Officer.username == username)).one()


def _anonymous(db) -> ServiceContext:
    return ServiceContext(db, Actor(None, "?", "pc-loket"))


def test_first_account_must_be_an_administrator_with_their_own_password(db):
    ctx = ServiceContext(db)
    assert not accounts.has_accounts(ctx)
    with pytest.raises(ServiceError, match="administrator"):
        accounts.create_account(ctx, "budi", "Budi Santoso", "petugas", PASSWORD)
    admin = accounts.create_account(ctx, "Kepala", "Rina Kusuma", "admin", PASSWORD, nip="198609262015052001")
    assert admin.username == "kepala" and admin.role == "admin" and not admin.must_change_password
    assert accounts.has_accounts(ctx)
    stored = _officer(db, "kepala").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    # the same open-mode context may no longer add anyone
    with pytest.raises(NotAllowed, match="Masuk"):
        accounts.create_account(ctx, "budi", "Budi Santoso", "petugas", PASSWORD)


def test_admin_adds_a_petugas_with_a_temporary_password_changed_at_first_login(db):
    admin_actor = add_account(db, "kepala", "admin")
    admin = ServiceContext(db, admin_actor)
    info = accounts.create_account(admin, "budi", "Budi Santoso", "petugas", PASSWORD)
    assert info.must_change_password
    result = login.authenticate(_anonymous(db), "BUDI", PASSWORD)
    assert result.must_change_password and result.actor.officer_id == info.id
    budi = ServiceContext(db, result.actor)
    with pytest.raises(ServiceError, match="lama salah"):
        login.change_own_password(budi, "salah-sekali", NEW)
    with pytest.raises(ServiceError, match="berbeda"):
        login.change_own_password(budi, PASSWORD, PASSWORD)
    assert not login.change_own_password(budi, PASSWORD, NEW).must_change_password
    assert login.authenticate(_anonymous(db), "budi", NEW).account.role == "petugas"
    assert [e.officer_name for e in _audit(db, "login")] == ["Budi Santoso", "Budi Santoso"]
    assert {e.hostname for e in _audit(db, "login")} == {"pc-loket"}


def test_officers_from_before_accounts_have_usernames_and_set_a_password_first(db):
    from umkm_desk.core.services.office.officers import create_officer

    open_ctx = ServiceContext(db)
    siti = create_officer(open_ctx, "Siti Rahmawati, S.E.")
    create_officer(open_ctx, "Siti  Rahmawati")
    assert {o.username for o in accounts.list_accounts(open_ctx)} == {"siti.rahmawati", "siti.rahmawati2"}
    with pytest.raises(login.LoginError, match="belum punya kata sandi"):
        login.authenticate(_anonymous(db), "siti.rahmawati", PASSWORD)
    with pytest.raises(ServiceError, match="administrator lebih dulu"):
        accounts.set_temporary_password(open_ctx, "siti.rahmawati", PASSWORD)
    # the first administrator may be one of them: the row (and its history) is kept
    admin = accounts.create_account(open_ctx, "siti.rahmawati", "Siti Rahmawati", "admin", PASSWORD)
    assert admin.id == siti.id and not admin.must_change_password
    admin_ctx = ServiceContext(db, login.authenticate(_anonymous(db), "siti.rahmawati", PASSWORD).actor)
    accounts.set_temporary_password(admin_ctx, "siti.rahmawati2", NEW)
    assert login.authenticate(_anonymous(db), "siti.rahmawati2", NEW).must_change_password


def test_five_wrong_passwords_lock_for_five_minutes_and_the_audit_says_so(db):
    add_account(db, "kepala", "admin")
    add_account(db, "budi", "petugas")
    anon = _anonymous(db)
    for attempt in range(1, 5):
        with pytest.raises(login.LoginError, match="salah"):
            login.authenticate(anon, "budi", f"salah-{attempt}-xx")
        assert _officer(db, "budi").failed_attempts == attempt
    with pytest.raises(login.LoginError, match="terkunci") as locked:
        login.authenticate(anon, "budi", "salah-5-xxxxx")
    assert "WIB" in locked.value.message
    budi = _officer(db, "budi")
    assert budi.locked_until is not None
    assert timedelta(minutes=4) < budi.locked_until - utcnow() <= timedelta(minutes=5)
    assert len(_audit(db, "login_fail")) == 5 and len(_audit(db, "lockout")) == 1
    # while locked even the right password is refused, and nothing more is counted
    with pytest.raises(login.LoginError, match="terkunci"):
        login.authenticate(anon, "budi", PASSWORD)
    assert _officer(db, "budi").failed_attempts == 0  # not counted; audited as refused
    assert "terkunci" in _audit(db, "login_fail")[-1].new_value
    with db.transaction() as session:  # five minutes pass
        session.execute(update(Officer).where(Officer.username == "budi")
                        .values(locked_until=utcnow() - timedelta(seconds=1)))
    assert login.authenticate(anon, "budi", PASSWORD).account.username == "budi"
    assert _officer(db, "budi").failed_attempts == 0


def test_an_administrator_lifts_a_lockout_with_a_temporary_password(db):
    admin = ServiceContext(db, add_account(db, "kepala", "admin"))
    add_account(db, "budi", "petugas")
    for _ in range(5):
        with pytest.raises(login.LoginError):
            login.authenticate(_anonymous(db), "budi", "bukan-kata-sandi")
    accounts.set_temporary_password(admin, "budi", NEW)
    assert login.authenticate(_anonymous(db), "budi", NEW).must_change_password


def test_unknown_username_is_a_wrong_login_with_an_audit_row(db):
    add_account(db, "kepala", "admin")
    with pytest.raises(login.LoginError, match="Nama pengguna atau kata sandi salah"):
        login.authenticate(_anonymous(db), "siapa", PASSWORD)
    (row,) = _audit(db, "login_fail")
    assert row.new_value == "siapa" and row.officer_id is None and row.hostname == "pc-loket"


@pytest.mark.parametrize(("username", "password", "message"), [
    ("kepala", "", "wajib"),
    ("kepala", "x" * 10_000, "paling panjang"),
    ("", PASSWORD, "wajib"),
    ("kepala' OR '1'='1", PASSWORD, "Nama pengguna 3–32"),
    ("kepala; DROP TABLE officer;--", PASSWORD, "Nama pengguna 3–32"),
    ("kep\x00ala", PASSWORD, "Nama pengguna 3–32"),
    ("kepala\n", "\x1b[2J-sandi-uji", "kendali"),
    ("k" * 33, PASSWORD, "Nama pengguna 3–32"),
])
def test_bad_login_input_is_refused_and_changes_nothing(db, username, password, message):
    add_account(db, "kepala", "admin")
    before = (_officer(db, "kepala").failed_attempts, len(_audit(db)))
    try:
        login.authenticate(_anonymous(db), username, password)
    except ServiceError as exc:
        assert message in exc.message
    else:
        pytest.fail("accepted")
    assert (_officer(db, "kepala").failed_attempts, len(_audit(db))) == before


def test_disabled_and_deleted_accounts_cannot_log_in(db):
    admin = ServiceContext(db, add_account(db, "kepala", "admin"))
    add_account(db, "budi", "petugas")
    add_account(db, "sari", "petugas")
    accounts.set_active(admin, "budi", False)
    with pytest.raises(login.LoginError, match="dinonaktifkan"):
        login.authenticate(_anonymous(db), "budi", PASSWORD)
    accounts.delete_account(admin, "sari")
    with pytest.raises(login.LoginError, match="salah"):
        login.authenticate(_anonymous(db), "sari", PASSWORD)
    assert [a.username for a in accounts.list_accounts(admin)] == ["budi", "kepala"]


def test_the_last_administrator_stays(db):
    admin = ServiceContext(db, add_account(db, "kepala", "admin"))
    for refuse in (lambda: accounts.set_active(admin, "kepala", False),
                   lambda: accounts.set_role(admin, "kepala", "petugas"),
                   lambda: accounts.delete_account(admin, "kepala")):
        with pytest.raises(ServiceError, match="administrator aktif terakhir"):
            refuse()
    add_account(db, "wakil", "admin")
    accounts.set_role(admin, "kepala", "pimpinan")
    assert _officer(db, "kepala").role == "pimpinan"


def test_account_management_is_for_administrators_only(db):
    add_account(db, "kepala", "admin")
    petugas = ServiceContext(db, add_account(db, "budi", "petugas"))
    count = len(_audit(db))
    for call in (lambda: accounts.list_accounts(petugas),
                 lambda: accounts.create_account(petugas, "sari", "Sari", "admin", PASSWORD),
                 lambda: accounts.set_role(petugas, "budi", "admin"),
                 lambda: accounts.set_temporary_password(petugas, "kepala", NEW)):
        with pytest.raises(NotAllowed, match="mengelola akun"):
            call()
    assert len(_audit(db)) == count and _officer(db, "budi").role == "petugas"


@pytest.mark.parametrize(("username", "message"), [
    ("a", "3–32"), ("1budi", "3–32"), ("budi santoso", "3–32"), ("büdi", "3–32"), ("bu\tdi", "3–32"),
    ("robert');--", "3–32"),
])
def test_username_rules(username, message):
    with pytest.raises(ServiceError, match=message):
        clean_username(username)


def test_new_password_rules_and_hint():
    for bad, message in (("", "wajib"), ("pendek", "paling sedikit"), ("x" * (MAX_LENGTH + 1), "paling panjang"),
                         ("aaaaaaaaaaaa", "mudah ditebak"), ("tab\tdi-dalam-sandi", "kendali"),
                         (" spasi-di-depan", "spasi"), ("budi-santoso-2026", "nama pengguna")):
        with pytest.raises(ServiceError, match=message):
            check_new_password(bad, username="budi")
    assert strength_hint("pendek")[0] == 0
    assert strength_hint("kopibanten")[0] == 1
    assert strength_hint("Kopi-Banten-77")[0] == 3
    assert check_new_password(NEW, username="budi") == NEW


def test_suggested_usernames():
    assert suggest_username("Siti Rahmawati, S.E.", set()) == "siti.rahmawati"
    assert suggest_username("Siti Rahmawati", {"siti.rahmawati"}) == "siti.rahmawati2"
    assert suggest_username("Ñandú Ëlisa", set()) == "nandu.elisa"
    assert suggest_username("12", set()) == "p12"
    assert suggest_username("1", set()) == "p1.petugas"
    clean_username(suggest_username("Dr. Ir. H. Muhammad Abdurrahman Wahid Hasyim Al-Bantani", set()))

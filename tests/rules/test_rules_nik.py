from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from umkm_desk.core.rules import RuleError, wilayah
from umkm_desk.core.rules.nik import NIK_MISSING_LABEL, NikInfo, encode_nik, mask_nik, parse_nik

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "sex", "birth", "region"),
    [
        ("3673011209900001", "L", date(1990, 9, 12), "367301"),
        ("3673015209900001", "P", date(1990, 9, 12), "367301"),  # women: day + 40
        ("3673 0152 0990 0001", "P", date(1990, 9, 12), "367301"),
        ("3673.0152.0990.0001", "P", date(1990, 9, 12), "367301"),
        ("  3673011209900001 ", "L", date(1990, 9, 12), "367301"),
        ("1101010101000001", "L", date(2000, 1, 1), "110101"),
        ("3673027112250002", "P", date(2025, 12, 31), "367302"),  # day 71 = 31 for a woman
        ("3673060111000003", "L", date(2000, 11, 1), "367306"),
        ("3673062811260004", "L", date(2026, 11, 28), "367306"),  # born today: this century
        ("3673062911260004", "L", date(1926, 11, 29), "367306"),  # tomorrow in 2026 -> 1926
        ("3673066902280005", "P", date(1928, 2, 29), "367306"),  # 2028 is future; 1928 was a leap year
        ("3673062902000006", "L", date(2000, 2, 29), "367306"),
    ],
)
def test_parse_nik(text, sex, birth, region):
    info = parse_nik(text, today=TODAY)
    assert info.sex == sex
    assert info.birth_date == birth
    assert info.region_code == region
    assert len(info.nik) == 16 and info.nik.isdigit()


def test_nik_info_helpers():
    info = parse_nik("3673015209900123", today=TODAY)
    assert info == NikInfo("3673015209900123", "P", date(1990, 9, 12), "367301", 123)
    assert info.kecamatan_code == "36.73.01"
    assert info.serial == 123
    assert info.masked == "367301******0123"


def test_parse_nik_accepts_int_and_defaults_today():
    assert parse_nik(3673011209900001).birth_date == date(1990, 9, 12)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        ("367301120990001", "16 digit; yang diisi 15"),
        ("36730112099000011", "16 digit; yang diisi 17"),
        ("36730112099000O1", "hanya boleh berisi angka"),
        ("3673-0112-0990-0001", "hanya boleh berisi angka"),
        ("3.67301E+15", "notasi ilmiah"),
        ("3,67301E+15", "notasi ilmiah"),
        ("3.67301120990e15", "notasi ilmiah"),
        ("3673011209900001.0", r"akhiran \.0"),
        ("3673011209900001,00", r"akhiran \.0"),
        (3673011209900001.0, "angka pecahan"),
        (None, "teks angka"),
        (True, "teks angka"),
        ("9999011209900001", r"99\.99\.01.*bukan kecamatan"),
        ("3673991209900001", "bukan kecamatan"),
        ("3673010009900001", "tidak mungkin"),  # day 0
        ("3673013209900001", "tidak mungkin"),  # day 32
        ("3673014009900001", "tidak mungkin"),  # day 40 = woman's day 0
        ("3673017209900001", "tidak mungkin"),  # day 72 = woman's day 32
        ("3673011200900001", "tidak mungkin"),  # month 0
        ("3673011213900001", "tidak mungkin"),  # month 13
        ("3673013002900001", "tidak mungkin"),  # 30 February
        ("3673012902270001", "tidak mungkin"),  # 29 Feb: 2027 future, 1927 not leap
        ("3673011209900000", "0000"),
    ],
)
def test_parse_nik_refuses(text, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        parse_nik(text, today=TODAY)
    assert caught.value.field == "nik"
    assert caught.value.message.startswith(("NIK", "Kode wilayah", "Tanggal lahir", "Nomor urut"))


def test_short_int_nik_hints_lost_zeros():
    with pytest.raises(RuleError, match="Nol di depan"):
        parse_nik(367301120990001)


def test_mask_nik():
    assert mask_nik("3673011209900001") == "367301******0001"
    assert mask_nik("3673 0112 0990 0001") == "367301******0001"
    with pytest.raises(RuleError):
        mask_nik("12345")


def test_missing_label():
    assert NIK_MISSING_LABEL == "NIK belum ada"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("367301", date(1990, 9, 12), "L", 1), "3673011209900001"),
        (("36.73.01", date(1990, 9, 12), "P", 1), "3673015209900001"),
        (("367306", date(2001, 1, 5), "P", 9999), "3673064501019999"),
    ],
)
def test_encode_nik(args, expected):
    assert encode_nik(*args) == expected


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("3673", date(1990, 1, 1), "L", 1), "Kode kecamatan"),
        (("367301", date(1990, 1, 1), "X", 1), "L atau P"),
        (("367301", date(1990, 1, 1), "L", 0), "1 sampai 9999"),
        (("367301", date(1990, 1, 1), "L", 10000), "1 sampai 9999"),
        (("367301", date(1990, 1, 1), "L", True), "1 sampai 9999"),
        (("367301", date(1990, 1, 1), "L", "1"), "1 sampai 9999"),
    ],
)
def test_encode_nik_refuses(args, fragment):
    with pytest.raises(RuleError, match=fragment):
        encode_nik(*args)


_REGIONS = sorted(wilayah._kecamatan_table())


@settings(deadline=None)  # the first example loads the kecamatan CSV
@given(
    region=st.sampled_from(_REGIONS),
    birth=st.dates(min_value=date(1927, 1, 1), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_encode_parse_round_trip(region, birth, sex, serial):
    info = parse_nik(encode_nik(region, birth, sex, serial), today=TODAY)
    assert (info.kecamatan_code, info.birth_date, info.sex, info.serial) == (region, birth, sex, serial)

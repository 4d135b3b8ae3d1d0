from datetime import date

import pytest

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.ids import NipInfo, format_nip, format_npwp, parse_nib, parse_nip, parse_npwp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0220000123456", "0220000123456"),
        ("1234567890123", "1234567890123"),
        (" 9120 0012 3456 7 ", "9120001234567"),
        ("912-0001-234567", "9120001234567"),
        (1234567890123, "1234567890123"),
    ],
)
def test_parse_nib(text, expected):
    assert parse_nib(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "belum diisi"),
        ("123456789012", "13 digit; yang diisi 12"),
        ("12345678901234", "13 digit; yang diisi 14"),
        (220000123456, "Nol di depan"),
        ("1.23457E+12", "notasi ilmiah"),
        ("1234567890123.0", r"akhiran \.0"),
        (1234567890123.0, "angka pecahan"),
        ("12345678901AB", "hanya boleh berisi angka"),
        ("0000000000000", "nol semua"),
        ([1, 2], "teks angka"),
    ],
)
def test_parse_nib_refuses(text, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        parse_nib(text)
    assert caught.value.field == "nib"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.234.567.8-901.000", "012345678901000"),
        ("012345678901000", "012345678901000"),
        ("0123456789012000", "0123456789012000"),
        ("3673 0152 0990 0001", "3673015209900001"),
    ],
)
def test_parse_npwp(text, expected):
    assert parse_npwp(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("01.234.567.8-901.00", "15 atau 16 digit; yang diisi 14"),
        ("01234567890123456", "15 atau 16 digit; yang diisi 17"),
        ("00.000.000.0-000.000", "nol semua"),
        ("1.23457E+14", "notasi ilmiah"),
        ("NPWP 0123", "hanya boleh berisi angka"),
    ],
)
def test_parse_npwp_refuses(text, fragment):
    with pytest.raises(RuleError, match=fragment):
        parse_npwp(text)


@pytest.mark.parametrize(
    ("digits", "shown"),
    [
        ("012345678901000", "01.234.567.8-901.000"),
        ("01.234.567.8-901.000", "01.234.567.8-901.000"),
        ("0123456789012000", "0123 4567 8901 2000"),
        ("3673015209900001", "3673 0152 0990 0001"),
    ],
)
def test_format_npwp(digits, shown):
    assert format_npwp(digits) == shown


def test_parse_nip():
    assert parse_nip("19860926 201505 1 001") == NipInfo(
        nip="198609262015051001",
        birth_date=date(1986, 9, 26),
        appointment_year=2015,
        appointment_month=5,
        sex="L",
        serial=1,
    )
    woman = parse_nip("197001012000122999")
    assert (woman.sex, woman.serial, woman.appointment_month) == ("P", 999, 12)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1986092620150510011", "18 digit"),
        ("198602302015051001", "Tanggal lahir pada NIP"),
        ("189912312015051001", "Tahun lahir"),
        ("198609262015001001", "Bulan pengangkatan"),
        ("198609262015131001", "Bulan pengangkatan"),
        ("198609261986091001", "sebelum tahun lahir"),
        ("198609261980011001", "sebelum tahun lahir"),
        ("198609262015053001", "1 \\(laki-laki\\) atau 2"),
        ("198609262015050001", "Digit jenis kelamin"),
        ("198609262015051000", "000"),
    ],
)
def test_parse_nip_refuses(text, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        parse_nip(text)
    assert caught.value.field == "nip"


def test_format_nip():
    assert format_nip("198609262015051001") == "19860926 201505 1 001"
    assert format_nip("19860926 201505 1 001") == "19860926 201505 1 001"

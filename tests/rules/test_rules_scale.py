from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.scale import Measurement, Scale, ScaleChange, classify, compare, naik_kelas

M = 1_000_000_000


@pytest.mark.parametrize(
    ("modal", "sales", "expected"),
    [
        (0, 0, Scale.MIKRO),
        (1 * M, 2 * M, Scale.MIKRO),  # both at the mikro ceiling
        (1 * M + 1, 0, Scale.KECIL),
        (0, 2 * M + 1, Scale.KECIL),
        (5 * M, 15 * M, Scale.KECIL),
        (5 * M + 1, 0, Scale.MENENGAH),
        (0, 15 * M + 1, Scale.MENENGAH),
        (10 * M, 50 * M, Scale.MENENGAH),
        (10 * M + 1, 0, Scale.BESAR),
        (0, 50 * M + 1, Scale.BESAR),
        # disagreement: the higher class wins
        (1 * M, 3 * M, Scale.KECIL),
        (6 * M, 1 * M, Scale.MENENGAH),
        (500_000_000, 60 * M, Scale.BESAR),
        (20 * M, 100_000_000, Scale.BESAR),
    ],
)
def test_classify(modal, sales, expected):
    assert classify(modal, sales) is expected


@pytest.mark.parametrize(
    ("modal", "sales", "fragment", "field"),
    [
        (-1, 0, "Modal usaha tidak boleh negatif", "modal_usaha"),
        (0, -1, "Hasil penjualan tahunan tidak boleh negatif", "hasil_penjualan_tahunan"),
        (1.5, 0, "bilangan bulat", "modal_usaha"),
        (True, 0, "bilangan bulat", "modal_usaha"),
        (0, "5 juta", "bilangan bulat", "hasil_penjualan_tahunan"),
    ],
)
def test_classify_refuses(modal, sales, fragment, field):
    with pytest.raises(RuleError, match=fragment) as caught:
        classify(modal, sales)
    assert caught.value.field == field


def test_scale_labels_ranks_and_order():
    assert [s.label for s in Scale] == ["Mikro", "Kecil", "Menengah", "Besar"]
    assert [s.rank for s in Scale] == [0, 1, 2, 3]
    assert Scale.MIKRO < Scale.KECIL < Scale.MENENGAH < Scale.BESAR
    assert Scale.BESAR > Scale.MENENGAH >= Scale.MENENGAH
    assert Scale.KECIL <= Scale.KECIL
    assert sorted([Scale.BESAR, Scale.MIKRO, Scale.MENENGAH, Scale.KECIL]) == list(Scale)
    assert max(Scale.BESAR, Scale.KECIL) is Scale.BESAR
    assert Scale("menengah") is Scale.MENENGAH and Scale.MIKRO == "mikro"


def test_scale_does_not_order_against_plain_strings():
    for compare_op in (Scale.MIKRO.__lt__, Scale.MIKRO.__le__, Scale.MIKRO.__gt__, Scale.MIKRO.__ge__):
        assert compare_op("kecil") is NotImplemented


amounts = st.integers(min_value=0, max_value=100 * M)


@given(modal=amounts, sales=amounts, extra=amounts)
def test_classify_is_monotonic_in_each_argument(modal, sales, extra):
    base = classify(modal, sales)
    assert classify(modal + extra, sales) >= base
    assert classify(modal, sales + extra) >= base


def _m(day: int, modal: int, sales: int) -> Measurement:
    return Measurement(date(2026, 1, day), modal, sales)


def test_measurement_scale_and_validation():
    assert _m(1, 0, 3 * M).scale is Scale.KECIL
    with pytest.raises(RuleError):
        _m(1, -5, 0)


def test_naik_kelas_and_compare():
    mikro, kecil = _m(1, 100_000_000, 1 * M), _m(20, 100_000_000, 3 * M)
    assert naik_kelas(mikro, kecil)
    assert compare(mikro, kecil) == ScaleChange(Scale.MIKRO, Scale.KECIL, naik_kelas=True, turun_kelas=False)
    assert not naik_kelas(kecil, mikro)  # earlier measurement cannot be "after"
    assert not naik_kelas(mikro, _m(20, 200_000_000, 2 * M))  # grew, same class
    same_day = _m(1, 100_000_000, 3 * M)
    assert not naik_kelas(mikro, same_day)
    down = compare(kecil, _m(25, 0, 0))
    assert (down.turun_kelas, down.naik_kelas, down.after) == (True, False, Scale.MIKRO)

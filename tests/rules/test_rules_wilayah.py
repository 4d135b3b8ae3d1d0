import pytest

from umkm_desk.core.rules import AmbiguousWilayah, RuleError, wilayah
from umkm_desk.core.rules.wilayah import (
    KecamatanInfo,
    KelurahanInfo,
    is_known_kecamatan,
    kecamatan_info,
    kecamatan_list_kota_serang,
    kecamatan_name,
    kelurahan,
    kelurahan_list,
    match_kecamatan,
    match_kelurahan,
    normalize_kecamatan_code,
)

SERANG, KASEMEN, WALANTAKA, CURUG, CIPOCOK, TAKTAKAN = (f"36.73.0{i}" for i in range(1, 7))


def test_kota_serang_has_six_kecamatan_and_67_kelurahan():
    assert [(k.code, k.name) for k in kecamatan_list_kota_serang()] == [
        (SERANG, "Serang"),
        (KASEMEN, "Kasemen"),
        (WALANTAKA, "Walantaka"),
        (CURUG, "Curug"),
        (CIPOCOK, "Cipocok Jaya"),
        (TAKTAKAN, "Taktakan"),
    ]
    everything = kelurahan_list()
    assert len(everything) == 67
    assert [k.code for k in everything] == sorted(k.code for k in everything)
    assert sum(len(kelurahan_list(k.code)) for k in kecamatan_list_kota_serang()) == 67
    assert {k.kecamatan_code for k in kelurahan_list("367304")} == {CURUG}


def test_kelurahan_lookup():
    assert kelurahan("36.73.01.1001") == KelurahanInfo("36.73.01.1001", "Serang", SERANG, "Serang")
    assert kelurahan("3673011001") == kelurahan("36.73.01.1001")
    with pytest.raises(RuleError, match="tidak dikenal di Kota Serang"):
        kelurahan("36.73.01.9999")
    with pytest.raises(RuleError, match="Kode kelurahan tidak sah"):
        kelurahan("36.73.01")


@pytest.mark.parametrize("code", ["367301", "36.73.01", " 36.73.01 ", "36 73 01", "110101", "31.71.01"])
def test_known_kecamatan(code):
    assert is_known_kecamatan(code)


@pytest.mark.parametrize("code", ["367399", "99.99.99", "3673", "36.73.0A", "", None, 367301, "٣٦٧٣٠١"])
def test_unknown_kecamatan(code):
    assert not is_known_kecamatan(code)


def test_kecamatan_info_anywhere_in_indonesia():
    assert kecamatan_info("110101") == KecamatanInfo(
        "11.01.01", "Bakongan", "11.01", "Kabupaten Aceh Selatan", "11", "Aceh"
    )
    assert kecamatan_info("36.73.05").kabkota == "Kota Serang"
    assert kecamatan_info("36.73.05").provinsi == "Banten"
    assert kecamatan_name("367305") == "Cipocok Jaya"
    assert kecamatan_name("31.71.01") == "Gambir"
    assert normalize_kecamatan_code("367301") == "36.73.01"
    with pytest.raises(RuleError, match="Kode kecamatan 36.73.99 tidak dikenal"):
        kecamatan_info("367399")
    with pytest.raises(RuleError, match="Kode kecamatan tidak sah"):
        kecamatan_name("36.73")


@pytest.mark.parametrize(
    ("name", "hint", "expected", "kecamatan"),
    [
        ("Cipare", None, "Cipare", SERANG),
        ("cipare", None, "Cipare", SERANG),
        ("  CIPARE  ", None, "Cipare", SERANG),
        ("Kel. Cipare", None, "Cipare", SERANG),
        ("Kel Cipare", None, "Cipare", SERANG),
        ("Kelurahan Cipare", None, "Cipare", SERANG),
        ("Desa Cipare", None, "Cipare", SERANG),
        ("Ds. Cipare", None, "Cipare", SERANG),
        ("Kec. Cipare", None, "Cipare", SERANG),
        ("Banjar Agung", None, "Banjar Agung", CIPOCOK),
        ("Banjaragung", None, "Banjar Agung", CIPOCOK),
        ("Banjar-Agung", None, "Banjar Agung", CIPOCOK),
        ("lontar baru", None, "Lontarbaru", SERANG),
        ("Lontar-Baru.", None, "Lontarbaru", SERANG),
        ("Karang Anyar", None, "Kalanganyar", TAKTAKAN),
        ("Nyampah", None, "Nyapah", WALANTAKA),
        ("Pager Ageng", None, "Pager Agung", WALANTAKA),
        ("Pengampelan", None, "Pangampelan", WALANTAKA),
        ("Masjid Priyayi", None, "Mesjid Priyayi", KASEMEN),
        ("Sukawana", "Curug", "Sukawana", CURUG),
        ("Sukawana", "Kec. Serang", "Sukawana", SERANG),
        ("Sukawana", "36.73.04", "Sukawana", CURUG),
        ("Sukawan", "Curug", "Sukawana", CURUG),  # typo plus hint
        ("Serang", None, "Serang", SERANG),
        ("Kota Baru", None, "Kota Baru", SERANG),
        ("Cipar", None, "Cipare", SERANG),  # one letter missing: close to exactly one name
        ("Kasunyatn", None, "Kasunyatan", KASEMEN),
    ],
)
def test_match_kelurahan(name, hint, expected, kecamatan):
    found = kelurahan(match_kelurahan(name, hint))
    assert (found.name, found.kecamatan_code) == (expected, kecamatan)


def test_sukawana_is_ambiguous_without_a_hint():
    with pytest.raises(
        AmbiguousWilayah, match="Sukawana \\(Kec. Serang\\), Sukawana \\(Kec. Curug\\)"
    ) as caught:
        match_kelurahan("Kel. Sukawana")
    assert sorted(k.kecamatan_code for k in caught.value.candidates) == [SERANG, CURUG]
    assert isinstance(caught.value, RuleError)
    assert caught.value.field == "kelurahan"
    # a blank hint is no hint
    with pytest.raises(AmbiguousWilayah):
        match_kelurahan("Sukawana", "  ")


def test_fuzzy_match_with_several_close_names_is_ambiguous():
    # "Sukawan" is one letter from Sukawana, and there are two of those.
    with pytest.raises(AmbiguousWilayah) as caught:
        match_kelurahan("Sukawan")
    assert len(caught.value.candidates) == 2


@pytest.mark.parametrize(
    ("name", "hint", "fragment"),
    [
        ("", None, "belum diisi"),
        ("Kel.", None, "belum diisi"),
        (None, None, "belum diisi"),
        ("Jakarta", None, "tidak dikenal di Kota Serang"),
        ("Zzz", "Curug", "tidak dikenal di Kecamatan Curug"),
        ("Cipare", "Kasemen", "tidak ada di Kecamatan Kasemen; yang ada: Cipare \\(Kec. Serang\\)"),
        ("Cipare", "Bogor", "Kecamatan 'Bogor' tidak dikenal"),
    ],
)
def test_match_kelurahan_refuses(name, hint, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        match_kelurahan(name, hint)
    assert not isinstance(caught.value, AmbiguousWilayah)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Serang", SERANG),
        ("Kec. Serang", SERANG),
        ("kecamatan kasemen", KASEMEN),
        ("WALANTAKA", WALANTAKA),
        ("Curug", CURUG),
        ("Cipocok Jaya", CIPOCOK),
        ("cipocokjaya", CIPOCOK),
        ("Cipocok", CIPOCOK),
        ("Taktakan", TAKTAKAN),
        ("Taktakn", TAKTAKAN),
        ("367302", KASEMEN),
        ("36.73.06", TAKTAKAN),
    ],
)
def test_match_kecamatan(name, code):
    assert match_kecamatan(name) == code


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("", "belum diisi"),
        ("Kec.", "belum diisi"),
        ("Pandeglang", "tidak dikenal di Kota Serang"),
        ("110101", "tidak ada di Kota Serang"),
        ("36.73", "Kode kecamatan tidak sah"),
    ],
)
def test_match_kecamatan_refuses(name, fragment):
    with pytest.raises(RuleError, match=fragment):
        match_kecamatan(name)


def test_match_kecamatan_several_close_names(monkeypatch):
    # Kota Serang's kecamatan names are far apart; fake a neighbour to exercise the ambiguous branch.
    from umkm_desk.core.rules import wilayah

    real = wilayah.kecamatan_list_kota_serang()
    twin = KecamatanInfo("36.73.07", "Curuk", "36.73", "Kota Serang", "36", "Banten")
    monkeypatch.setattr(wilayah, "kecamatan_list_kota_serang", lambda: [*real, twin])
    with pytest.raises(AmbiguousWilayah) as caught:
        wilayah.match_kecamatan("Curu")
    assert {k.name for k in caught.value.candidates} == {"Curug", "Curuk"}


@pytest.mark.parametrize(
    ("typed", "exact"),
    [("CIPARE", True), ("Kel. Cipare", True), ("kelurahan  cipare", True), ("Cipre", False), ("Cipareh", False)],
)
def test_exact_kelurahan_name_or_a_close_spelling(typed, exact):
    code = wilayah.match_kelurahan(typed)
    assert code == "36.73.01.1002"
    assert wilayah.is_exact_kelurahan_name(typed, code) is exact


def test_press_spellings_are_exact_names():
    code = wilayah.match_kelurahan("Karang Anyar")
    assert wilayah.is_exact_kelurahan_name("Kel. Karang Anyar", code)

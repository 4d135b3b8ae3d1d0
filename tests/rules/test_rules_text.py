import pytest

from umkm_desk.core.rules.text import SIMILAR_NAME_THRESHOLD, is_similar_name, name_similarity, normalize_name


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("UD. Sari Rasa", "sari rasa"),
        ("U.D. Sari-Rasa", "sari rasa"),
        ("CV Maju Jaya", "maju jaya"),
        ("C. V. Maju Jaya", "maju jaya"),
        ("PT. Serang Makmur", "serang makmur"),
        ("PD Sumber Rejeki", "sumber rejeki"),
        ("Fa. Sinar", "sinar"),
        ("Koperasi Sejahtera", "sejahtera"),
        ("Kop. Sejahtera", "sejahtera"),
        ("KOPERASI  Kop. Sejahtera", "sejahtera"),
        ("KERIPIK  MAK ICAH", "keripik mak icah"),
        ("Toko Berkah", "toko berkah"),  # Toko and Warung are part of the name
        ("Warung Bu Ani", "warung bu ani"),
        ("Kafé Cinta", "kafe cinta"),
        ("PT", "pt"),  # a prefix alone stays
        ("  ", ""),
        ("Emping 'Melinjo' No.1!", "emping melinjo no 1"),
    ],
)
def test_normalize_name(raw, normalized):
    assert normalize_name(raw) == normalized


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UD. Sari Rasa", "Sari Rasa"),
        ("KERIPIK  MAK ICAH", "Keripik Mak Icah"),
        ("Keripik Mak Icah", "Keripik Mak Icha"),
        ("Keripik Mak Icah", "Kripik Mak Icah"),
        ("Mak Icah Keripik", "Keripik Mak Icah"),
        ("Sate Bandeng Hj. Mariam", "Sate Bandeng Hj Mariyam"),
        ("Kop. Sejahtera", "Koperasi Sejahtera"),
    ],
)
def test_near_duplicates_are_similar(a, b):
    assert name_similarity(a, b) >= SIMILAR_NAME_THRESHOLD
    assert is_similar_name(a, b)
    assert name_similarity(a, b) == name_similarity(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sari Rasa", "Sari Roti"),
        ("Toko A", "Toko B"),
        ("Batik Serang", "Batik Banten"),
        ("Kopi Kenangan", "Kopi Janji Jiwa"),
        ("Emping Melinjo Bu Ida", "Sambal Roa Bu Ida"),
        ("", "Sari Rasa"),
        ("UD.", ""),
    ],
)
def test_different_names_are_not_similar(a, b):
    assert name_similarity(a, b) < SIMILAR_NAME_THRESHOLD
    assert not is_similar_name(a, b)


def test_similarity_bounds():
    assert name_similarity("Sari Rasa", "sari  rasa") == 1.0
    assert name_similarity("", "") == 0.0
    assert 0.0 <= name_similarity("abc", "xyz") <= 1.0

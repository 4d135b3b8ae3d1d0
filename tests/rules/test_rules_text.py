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


# --- the one input-cleaning rule (issue 11, item 7) ---------------------------------------------------------

import string  # noqa: E402
import unicodedata  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from umkm_desk.core.rules.counts import parse_count  # noqa: E402
from umkm_desk.core.rules.errors import RuleError  # noqa: E402
from umkm_desk.core.rules.text import NOTES_MAX, clean_text  # noqa: E402


def _name(value: object, **kwargs: object) -> str | None:
    return clean_text(value, label="Nama usaha", field="name", max_length=200, **kwargs)


def _notes(value: object, **kwargs: object) -> str | None:
    return clean_text(value, label="Catatan", field="notes", max_length=NOTES_MAX, multiline=True, **kwargs)


@pytest.mark.parametrize(
    ("char", "words"),
    [
        ("\x00", "U+0000 (NUL)"),
        ("\x1b", "U+001B (ESC)"),
        ("\x07", "U+0007 (BEL)"),
        ("\x7f", "U+007F"),
        ("\x9b", "U+009B"),  # a C1 control (CSI)
        ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
        ("\u202a", "U+202A"),
        ("\u2066", "U+2066"),
        ("\u200f", "U+200F"),
        ("\u200b", "U+200B (ZERO WIDTH SPACE)"),
        ("\u200d", "U+200D (ZERO WIDTH JOINER)"),
        ("\u200c", "U+200C"),
        ("\ufeff", "U+FEFF"),
        ("\u00ad", "U+00AD (SOFT HYPHEN)"),
        ("\ud800", "U+D800"),
        ("\udfff", "U+DFFF"),
        ("\ue000", "U+E000"),  # private use
    ],
)
def test_refused_characters_name_the_field_and_the_character(char, words):
    for clean in (_name, _notes):
        with pytest.raises(RuleError) as caught:
            clean(f"Toko{char} Sari")
        label = "Nama usaha" if clean is _name else "Catatan"
        assert caught.value.message.startswith(label) and words in caught.value.message
        assert caught.value.field == ("name" if clean is _name else "notes")
        assert char not in caught.value.message or char.isprintable()


def test_tab_and_newline_only_in_multiline_fields():
    assert _notes("Kunjungan ke-1\r\n\tcek stok  \nselesai  ") == "Kunjungan ke-1\n\tcek stok\nselesai"
    for text, what in (("Toko\tSari", "tab"), ("Toko\nSari", "baris baru"), ("Toko\rSari", "CARRIAGE RETURN")):
        with pytest.raises(RuleError, match=what):
            _name(text)
    with pytest.raises(RuleError, match="satu baris"):
        _name("Toko\u2028Sari")
    assert _notes("a\u2029b") == "a\nb"


def test_whitespace_trimmed_and_collapsed_and_text_nfc():
    assert _name("  Toko\u00a0\u00a0 Cre\u0301me  ") == "Toko Cr\u00e8me".replace("\u00e8", "\u00e9")
    assert unicodedata.is_normalized("NFC", _name("Cre\u0301me") or "")
    assert _name("   ") is None
    with pytest.raises(RuleError, match="Nama usaha belum diisi"):
        _name(" \u00a0 ", required=True)


def test_paired_surrogates_are_one_character_and_lone_ones_refused():
    assert _name("Kopi \ud83d\ude00") == "Kopi \U0001f600"
    with pytest.raises(RuleError, match="surrogate"):
        _name("Kopi \ude00\ud83d")
    # what the rule returns always encodes (the database drivers and the PDF writer need UTF-8)
    (_name("Kopi \ud83d\ude00") or "").encode("utf-8")


def test_length_limit_with_a_message_never_cut():
    assert _name("x" * 200) == "x" * 200
    with pytest.raises(RuleError, match=r"Nama usaha terlalu panjang: 201 karakter, paling banyak 200\."):
        _name("x" * 201)
    with pytest.raises(RuleError, match=r"1\.000\.000 karakter, paling banyak 5\.000"):
        _notes("a" * 1_000_000)
    assert len(_notes("a" * NOTES_MAX) or "") == NOTES_MAX


def test_printed_fields_refuse_what_the_font_cannot_draw():
    drawable = frozenset(map(ord, string.ascii_letters + " é"))
    assert _name("Café", drawable=drawable) == "Café"
    with pytest.raises(RuleError) as caught:
        _name("Kafe \U0001f600", drawable=drawable)
    assert caught.value.message == (
        "Karakter \u201c\U0001f600\u201d (U+1F600) pada Nama usaha tidak dapat dicetak pada surat; "
        "hapus karakter itu."
    )


def test_non_text_is_refused():
    with pytest.raises(RuleError, match="harus berupa teks"):
        _name(12)


@given(st.text(max_size=300))
def test_any_text_is_cleaned_or_refused_with_a_rule_error(text):
    """Nothing but RuleError comes out, and what comes out is storable: no controls, no surrogates, fits."""
    try:
        cleaned = _name(text)
    except RuleError as exc:
        assert exc.field == "name" and exc.message.startswith("Nama usaha")
        return
    if cleaned is not None:
        cleaned.encode("utf-8")
        assert len(cleaned) <= 200 and cleaned == cleaned.strip()
        assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in cleaned)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")),
               min_size=1, max_size=200))
def test_ordinary_text_is_kept(text):
    if text.strip():
        assert _name(text) == " ".join(unicodedata.normalize("NFC", text).split())


# --- whole numbers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["²", "2²", "١٢", "۱۲", "１２", "1_000", "12a", "-3", "1e3", "\x00"])
def test_counts_accept_ascii_digits_only(typed):
    with pytest.raises(RuleError, match="angka bulat"):
        parse_count(typed, label="Tahun mulai usaha", low=1900, high=2100, year=True)


def test_counts_range_and_blank():
    assert parse_count(" 1.250 ", label="Tenaga kerja", low=0, high=100_000) == 1250
    assert parse_count("", label="Tenaga kerja", low=0, high=10) is None
    with pytest.raises(RuleError, match="belum diisi"):
        parse_count("", label="Kuota", low=1, high=10, required=True)
    with pytest.raises(RuleError, match="Tahun mulai usaha harus antara 1900 dan 2026"):
        parse_count("20260", label="Tahun mulai usaha", low=1900, high=2026, year=True)
    with pytest.raises(RuleError, match=r"Tenaga kerja paling banyak 100\.000"):
        parse_count(10**30, label="Tenaga kerja", low=0, high=100_000)
    with pytest.raises(RuleError, match="Tenaga kerja tidak boleh negatif"):
        parse_count(-1, label="Tenaga kerja", low=0, high=100_000)
    with pytest.raises(RuleError, match="Kuota minimal 1"):
        parse_count("0", label="Kuota", low=1, high=100_000)
    with pytest.raises(RuleError):
        parse_count(True, label="Tenaga kerja", low=0, high=10)


def test_searchable_drops_what_storage_never_holds():
    from umkm_desk.core.rules.text import searchable

    assert searchable("Gip\x00ang\u202e\ud800 Cre\u0301me\tx") == "Gipang Cr\u00e9me x"
    assert searchable("Toko Sari") == "Toko Sari"
    assert searchable("kopi \ud83d\ude00") == "kopi \U0001f600"

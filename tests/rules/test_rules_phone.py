import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.phone import format_phone, is_mobile, normalize_phone


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62-812-3456-7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("81234567890", "+6281234567890"),  # the spreadsheet ate the zero
        (81234567890, "+6281234567890"),
        ("81234567890.0", "+6281234567890"),
        ("0812.3456.7890", "+6281234567890"),
        ("08123456789", "+628123456789"),
        ("(0254) 123456", "+62254123456"),
        ("0254-123456", "+62254123456"),
        ("254123456", "+62254123456"),
        ("(021) 1234567", "+62211234567"),
        ("62254123456", "+62254123456"),
        ("6221234567", "+626221234567"),  # not valid with +62, valid as (0622) area code
        ("+60 12-345 6789", "+60123456789"),
    ],
)
def test_normalize_phone(text, e164):
    assert normalize_phone(text) == e164


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        (None, "sebagai teks"),
        (True, "sebagai teks"),
        (8.12345e10, "sebagai teks"),
        ("8.12346E+10", "notasi ilmiah"),
        ("0812-3456-789O", "hanya boleh berisi angka"),
        ("telp 0812", "hanya boleh berisi angka"),
        ("0812", "terlalu pendek"),
        ("6281", "terlalu pendek"),  # neither +62 81 nor 0628 1
        ("+", "hanya boleh berisi angka"),
        ("081234567890123", "bukan nomor yang sah"),
        ("+999 1234 5678", "bukan nomor yang sah"),
        ("12345", "bukan nomor yang sah"),
        ("+62 21", "terlalu pendek"),
    ],
)
def test_normalize_phone_refuses(text, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        normalize_phone(text)
    assert caught.value.field == "phone"


@pytest.mark.parametrize(
    ("e164", "shown", "mobile"),
    [
        ("+6281234567890", "0812-3456-7890", True),
        ("+628123456789", "0812-3456-789", True),
        ("+62254123456", "(0254) 123456", False),
        ("+62211234567", "(021) 1234567", False),
        ("+60123456789", "+60 12-345 6789", True),
        ("+12015550123", "+1 201-555-0123", True),  # US numbers can be either
    ],
)
def test_format_phone_and_is_mobile(e164, shown, mobile):
    assert format_phone(e164) == shown
    assert is_mobile(e164) is mobile


@pytest.mark.parametrize("bad", ["", "bukan nomor", "+"])
def test_format_phone_refuses_garbage(bad):
    with pytest.raises(RuleError, match="tidak sah"):
        format_phone(bad)
    with pytest.raises(RuleError):
        is_mobile(bad)


# --- the forms a spreadsheet holds, generated ----------------------------------------------------------

_MOBILE_PREFIXES = ("811", "812", "813", "821", "822", "852", "853", "857", "858", "878", "895", "896")


@st.composite
def _mobile(draw: st.DrawFn) -> tuple[str, str]:
    """A valid Indonesian mobile number: its national digits without the 0, and its E.164."""
    prefix = draw(st.sampled_from(_MOBILE_PREFIXES))
    rest = draw(st.text(alphabet="0123456789", min_size=7, max_size=8))
    national = prefix + rest
    return national, "+62" + national


def _grouped(digits: str, separator: str) -> str:
    return separator.join(digits[i : i + 4] for i in range(0, len(digits), 4))


@given(number=_mobile(), separator=st.sampled_from(["", " ", "-", "."]),
       form=st.sampled_from(["0", "+62 ", "62", "", "int"]))  # fmt: skip
def test_every_spreadsheet_form_of_a_mobile_gives_one_e164(number, separator, form):
    national, e164 = number
    if not phonenumbers.is_valid_number(phonenumbers.parse(e164)):
        return  # a prefix range the numbering plan does not hand out at this length
    if form == "int":
        assert normalize_phone(int(national)) == e164  # a numeric cell: the leading zero is gone
        return
    assert normalize_phone(form + _grouped(national, separator)) == e164


@given(text=st.text(max_size=30))
def test_normalize_phone_refuses_only_with_rule_error(text):
    try:
        e164 = normalize_phone(text)
    except RuleError:
        return
    assert e164.startswith("+") and e164[1:].isdigit()


def test_dots_ending_in_zeros_are_a_group_not_a_float_tail():
    """Found by hypothesis: "08110.0000.00" lost its last group as if it were a numeric cell's ".00"."""
    assert normalize_phone("08110.0000.00") == "+628110000000"
    assert normalize_phone("8110000000.0") == "+628110000000"

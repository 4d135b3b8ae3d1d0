from datetime import date

import pytest

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.letter_number import (
    DEFAULT_LETTER_TEMPLATE,
    FREE_FIELDS,
    render_letter_number,
    validate_template,
)

NOV = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("template", "nomor", "tanggal", "fields", "expected"),
    [
        (DEFAULT_LETTER_TEMPLATE, 7, NOV, {}, "500.3/007/Disperindagkop/XI/2026"),
        (DEFAULT_LETTER_TEMPLATE, 1234, date(2027, 1, 2), {}, "500.3/1234/Disperindagkop/I/2027"),
        (
            "{klasifikasi}/{nomor:03d}/{unit}/{tahun}",
            12,
            NOV,
            {"klasifikasi": "500", "unit": "UMKM"},
            "500/012/UMKM/2026",
        ),
        ("{kode}.{nomor}/{bulan:02d}/{tahun}", 5, date(2026, 3, 1), {"kode": "B"}, "B.5/03/2026"),
        ("{nomor}/{bulan_romawi}/{tahun}", 99, date(2026, 12, 31), {}, "99/XII/2026"),
        ("{nomor:04d}-{sektor}", 3, NOV, {"sektor": "KUL"}, "0003-KUL"),  # any supplied free field
        ("{{{nomor}}}", 1, NOV, {}, "{1}"),  # doubled braces are literal
    ],
)
def test_render_letter_number(template, nomor, tanggal, fields, expected):
    assert render_letter_number(template, nomor=nomor, tanggal=tanggal, **fields) == expected


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"nomor": 0}, "mulai dari 1"),
        ({"nomor": -3}, "mulai dari 1"),
        ({"nomor": True}, "mulai dari 1"),
        ({"nomor": "7"}, "mulai dari 1"),
        ({"nomor": 1, "tahun": "2025"}, "\\{tahun\\} diisi otomatis"),
    ],
)
def test_render_refuses_bad_arguments(kwargs, fragment):
    with pytest.raises(RuleError, match=fragment):
        render_letter_number(DEFAULT_LETTER_TEMPLATE, tanggal=NOV, **kwargs)


def test_render_refuses_placeholder_not_supplied():
    with pytest.raises(RuleError, match="Isian \\{unit\\} pada format nomor surat tidak dikenal"):
        render_letter_number("{klasifikasi}/{nomor}/{unit}", nomor=1, tanggal=NOV, klasifikasi="500")


@pytest.mark.parametrize(
    "template",
    [
        DEFAULT_LETTER_TEMPLATE,
        "{klasifikasi}/{nomor:03d}/{unit}/{tahun}",
        "{kode}/{nomor}/{bulan}/{bulan_romawi}/{tahun}",
        "{nomor}",
    ],
)
def test_validate_template_accepts(template):
    assert validate_template(template) is None


@pytest.mark.parametrize(
    ("template", "fragment"),
    [
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        (None, "belum diisi"),
        ("{nomor", "kurung kurawal"),
        ("nomor}", "kurung kurawal"),
        ("{}/{nomor}", "tidak sah"),
        ("{0}/{nomor}", "tidak sah"),
        ("{a.b}/{nomor}", "tidak sah"),
        ("{nomor[0]}", "tidak sah"),
        ("{nomor!r}", "tidak didukung"),
        ("{tahun}/{bulan}", "harus memuat \\{nomor\\}"),
        ("{nomer}/{nomor}", "Isian \\{nomer\\} pada format nomor surat tidak dikenal"),
        ("{nomor:zz}", "tidak diterima"),
        ("{nomor:{lebar}}", "tidak diterima"),
        ("{nomor:{}}", "tidak diterima"),
        ("{nomor}/{unit:d}", "tidak diterima"),
    ],
)
def test_validate_template_refuses(template, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        validate_template(template)
    assert caught.value.field == "template_nomor_surat"


def test_validate_template_with_custom_free_fields():
    validate_template("{nomor}/{sektor}", free_fields={"sektor"})
    with pytest.raises(RuleError):
        validate_template("{nomor}/{unit}", free_fields=())
    assert {"klasifikasi", "unit", "kode"} <= FREE_FIELDS


@pytest.mark.parametrize("spec", ["", ":d", ":03d", ":05d"])
def test_integer_formats_of_nomor_are_accepted(spec):
    validate_template(f"500/{{nomor{spec}}}/{{tahun}}")


@pytest.mark.parametrize("spec", [":.0e", ":c", ":x", ":3d", ":>5", ":,", ":+d", ":b", ":03"])
def test_other_formats_of_nomor_are_refused(spec):
    """{nomor:.0e} made 10 and 11 the same number, {nomor:c} control characters."""
    with pytest.raises(RuleError, match="pada format nomor surat tidak diterima") as refused:
        validate_template(f"500/{{nomor{spec}}}/{{tahun}}")
    assert refused.value.field == "template_nomor_surat"


def test_distinct_numbers_stay_distinct_under_every_accepted_format():
    for spec in ("", ":d", ":03d"):
        template = f"{{nomor{spec}}}/{{tahun}}"
        numbers = {render_letter_number(template, nomor=n, tanggal=NOV) for n in range(1, 2000)}
        assert len(numbers) == 1999


def test_text_fields_take_no_format():
    with pytest.raises(RuleError, match="tulis \\{bulan_romawi\\} saja"):
        validate_template("{nomor}/{bulan_romawi:c}")

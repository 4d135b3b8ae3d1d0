"""The certificate's QR codewords are ReportLab's, computed faster: same numbers, same modules."""

from __future__ import annotations

import random

import pytest
from reportlab.graphics.barcode import qrencoder

from umkm_desk.core.documents.certificate import QR_MASK_PATTERN, QrCode, _FixedMaskQr
from umkm_desk.core.documents.qr_codewords import create_data

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789/.|-abcdefghijklmnopqrstuvwxyz Ñé"


def _payloads() -> list[str]:
    rng = random.Random(20)
    fixed = ["UMKMDESK|500.3/001/Disperindagkop/XII/2026|AAV8QY63E8", "1", "A" * 40, "0123456789" * 5, "x" * 200]
    return fixed + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 150))) for _ in range(150)]


@pytest.mark.parametrize("level", [qrencoder.QRErrorCorrectLevel.L, qrencoder.QRErrorCorrectLevel.M,
                                   qrencoder.QRErrorCorrectLevel.Q, qrencoder.QRErrorCorrectLevel.H])
def test_codewords_are_reportlabs(level: int) -> None:
    for payload in _payloads():
        code = qrencoder.QRCode(None, level)
        code.addData(payload)
        version = code.calculate_version()
        expected = qrencoder.QRCode.createData(version, level, code.dataList)
        assert create_data(version, level, code.dataList) == expected, payload


def test_certificate_qr_modules_are_reportlabs() -> None:
    for payload in _payloads():
        reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(payload)
        reference.version = reference.calculate_version()
        reference.makeImpl(False, QR_MASK_PATTERN)
        assert QrCode(payload, 80).modules() == reference.modules, payload


def test_overflow_is_refused() -> None:
    code = _FixedMaskQr(1, qrencoder.QRErrorCorrectLevel.H)
    code.addData("x" * 100)
    with pytest.raises(ValueError, match="overflow"):
        create_data(1, qrencoder.QRErrorCorrectLevel.H, code.dataList)

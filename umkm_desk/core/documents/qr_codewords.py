"""A QR code's codewords (data and Reed–Solomon error correction), as ReportLab's encoder makes them, faster.

ReportLab's ``QRCode.createData`` rebuilds the error-correction generator polynomial by repeated polynomial
multiplication and divides by it recursively, list by list, for every code: about 0.7 ms of pure Python per
certificate, a tenth of its render. Here the generator comes from ReportLab once per length (the same
polynomial) and the division is the usual shift-register loop over ReportLab's own log/antilog tables, so the
codewords are the same numbers; ``tests/documents/test_qr_codewords.py`` compares them with ReportLab's.
"""

from __future__ import annotations

from functools import cache
from itertools import chain, zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder

_EXP: list[int] = qrencoder.EXP_TABLE
_LOG: list[int] = qrencoder.LOG_TABLE


@cache
def _generator_logs(length: int) -> tuple[int, ...]:
    """The logs of the generator's coefficients after the leading 1 (every coefficient is non-zero)."""
    num: list[int] = qrencoder.QRUtil.getErrorCorrectPolynomial(length).num
    return tuple(_LOG[c] for c in num[1:])


def _error_correction(data: list[int], length: int) -> list[int]:
    """The remainder of ``data`` · x^length divided by the generator: ``length`` codewords."""
    logs = _generator_logs(length)
    remainder = [0] * length
    for value in data:
        factor = value ^ remainder[0]
        del remainder[0]
        remainder.append(0)
        if factor:
            shift = _LOG[factor]
            remainder = [r ^ _EXP[(g + shift) % 255] for r, g in zip(remainder, logs, strict=True)]
    return remainder


def create_data(version: int, error_correct_level: int, data_list: list[Any]) -> list[int]:
    """What ``qrencoder.QRCode.createData`` returns for the same arguments: the data bits padded to the
    version's capacity, then the data and error-correction codewords of each block, interleaved."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, error_correct_level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8 != 0:
        buffer.putBit(False)
    pads = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
    index = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[index % 2], 8)
        index += 1
    codewords: list[int] = buffer.buffer
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for block in blocks:
        data_blocks.append(codewords[offset:offset + block.dataCount])
        offset += block.dataCount
        ec_blocks.append(_error_correction(data_blocks[-1], block.totalCount - block.dataCount))
    return [d for group in chain(zip_longest(*data_blocks), zip_longest(*ec_blocks)) for d in group if d is not None]

"""Pure Indonesian domain rules: NIK, NIB, NPWP, NIP, phone numbers, PP 7/2021 size class, rupiah and
terbilang, Indonesian dates, wilayah codes, letter numbers and business-name similarity.

Nothing here imports Qt or the database; every refusal raises :class:`RuleError` (or a subclass)
carrying an Indonesian message.
"""

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.wilayah import AmbiguousWilayah

__all__ = ["AmbiguousWilayah", "RuleError"]

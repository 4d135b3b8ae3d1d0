"""Plain inputs for the PDF renderers.

Every text here is final Indonesian, ready to print: the service that fills these dataclasses has already
looked up labels ("Permodalan", "Selesai", "Hibah"), masked the NIK and formatted the NIP. Optional fields
default to None or an empty tuple; the renderers leave them out of the PDF entirely (no "None", no "-").

The dataclasses are frozen and hold only str/int/float/date/bytes/tuples, so they pickle cheaply for
``render_many`` and hash stably for the register's content hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = [
    "ActivityRow",
    "ActivitySummaryRow",
    "BusinessIdentity",
    "CapitalRow",
    "CaseSummaryContent",
    "Certificate",
    "Letterhead",
    "OutcomeRow",
    "ProgressLetter",
    "Recipient",
    "Referral",
    "Signatory",
    "StageRow",
]


@dataclass(frozen=True)
class Letterhead:
    """The office's kop surat, from Pengaturan."""

    pemerintah: str = "PEMERINTAH KOTA SERANG"
    dinas: str = "Dinas Perindustrian, Perdagangan, dan Koperasi"
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    logo_png: bytes | None = None
    """PNG (or JPEG) bytes; None uses the neutral emblem shipped in resources/images/."""


@dataclass(frozen=True)
class Signatory:
    name: str
    jabatan: str
    """e.g. "Kepala Dinas Perindustrian, Perdagangan, dan Koperasi Kota Serang"."""
    pangkat_golongan: str | None = None
    """e.g. "Pembina Utama Muda (IV/c)"."""
    nip: str | None = None
    """Already formatted, e.g. "19700101 199503 1 001"; printed as "NIP. …"."""
    atas_nama: str | None = None
    """When signing on behalf of someone: printed as "a.n. <atas_nama>" above the jabatan."""


@dataclass(frozen=True)
class Recipient:
    """The "Yth." block: the first line gets "Yth.", the rest hang under it, then "di" and the place."""

    lines: tuple[str, ...]
    place: str | None = "Tempat"


@dataclass(frozen=True)
class BusinessIdentity:
    business_name: str
    owner_name: str
    nik_masked: str | None = None
    address: str | None = None
    kelurahan: str | None = None
    kecamatan: str | None = None
    sector: str | None = None
    nib: str | None = None


@dataclass(frozen=True)
class StageRow:
    stage: str
    """"Permodalan", "Pendampingan" or "Pemasaran"."""
    partner: str | None = None
    status: str | None = None
    """e.g. "Belum dimulai", "Berjalan", "Selesai", "Dilewati"."""
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class ActivitySummaryRow:
    kind: str
    """e.g. "Kunjungan lapangan", "Sesi pendampingan", "Pelatihan"."""
    count: int
    total_hours: float | None = None


@dataclass(frozen=True)
class ActivityRow:
    """One logged activity, for the case summary."""

    on: date
    kind: str
    notes: str | None = None
    hours: float | None = None


@dataclass(frozen=True)
class CapitalRow:
    source: str
    """The partner that gave the support, e.g. "BAZNAS Kota Serang"."""
    kind: str
    """e.g. "Hibah", "Qardhul hasan", "Rujukan KUR", "CSR"."""
    amount: int
    """Whole rupiah."""
    on: date | None = None
    status: str | None = None
    """Optional label, e.g. "Tersalurkan"; shown in the case summary only."""


@dataclass(frozen=True)
class OutcomeRow:
    """A dated measurement, for the case summary."""

    label: str
    """e.g. "Omzet per tahun", "Tenaga kerja", "NIB"."""
    value: str
    """Already formatted, e.g. "Rp480.000.000,00", "4 orang", "Terbit"."""
    on: date | None = None


@dataclass(frozen=True)
class ProgressLetter:
    """Surat Keterangan Perkembangan Pendampingan."""

    number: str
    hal: str
    issued_on: date
    recipient: Recipient
    business: BusinessIdentity
    signatory: Signatory
    place: str = "Serang"
    sifat: str | None = "Biasa"
    lampiran: str | None = None
    """None leaves the Lampiran row out ("-" or blank is treated the same: never printed)."""
    opening: str | None = None
    """First body paragraph; None uses the standard wording."""
    stages: tuple[StageRow, ...] = ()
    activities: tuple[ActivitySummaryRow, ...] = ()
    activity_lines: tuple[str, ...] = ()
    """Short free lines under the activity table, e.g. "Mengikuti bazar UMKM Alun-Alun Kota Serang"."""
    activity_lines_title: str | None = None
    """Heading over ``activity_lines``, e.g. "Pasar/ajang yang diikuti:". None prints the lines without one,
    as documents issued before the heading existed were printed (their reprints stay byte-identical)."""
    capital: tuple[CapitalRow, ...] = ()
    outcome_lines: tuple[str, ...] = ()
    scale_label: str | None = None
    """Current size class: "Mikro", "Kecil", "Menengah"."""
    previous_scale_label: str | None = None
    naik_kelas: bool = False
    closing: str | None = None
    """Closing paragraph; None uses the standard wording."""
    tembusan: tuple[str, ...] = ()


@dataclass(frozen=True)
class Referral:
    """Surat Rujukan: asks a partner institution to take a business on for one stage under an MoU/PKS."""

    number: str
    hal: str
    issued_on: date
    partner_name: str
    business: BusinessIdentity
    signatory: Signatory
    stage: str
    """"Permodalan", "Pendampingan" or "Pemasaran"."""
    agreement_number: str | None = None
    agreement_date: date | None = None
    agreement_title: str = "Perjanjian Kerja Sama"
    """"Nota Kesepahaman" for an MoU, "Perjanjian Kerja Sama" for a PKS."""
    partner_address: str | None = None
    recipient_title: str = "Pimpinan"
    """Printed as "Yth. <recipient_title> <partner_name>"."""
    place: str = "Serang"
    sifat: str | None = "Biasa"
    lampiran: str | None = None
    reason: str | None = None
    """Why the business is referred (a paragraph)."""
    notes: tuple[str, ...] = ()
    """Extra points, printed as a numbered list (e.g. the need, the contact officer)."""
    closing: str | None = None
    tembusan: tuple[str, ...] = ()


@dataclass(frozen=True)
class Certificate:
    """Sertifikat Pendampingan (A4 landscape)."""

    number: str
    owner_name: str
    business_name: str
    period_start: date
    period_end: date
    issued_on: date
    signatory: Signatory
    verification_code: str
    qr_payload: str
    """Register number + verification code (or a verification URL carrying them)."""
    programme: str = "Program Pendampingan UMKM Naik Kelas"
    partner_name: str | None = None
    achievement: str = "telah menyelesaikan tahap pendampingan"
    place: str = "Serang"


@dataclass(frozen=True)
class CaseSummaryContent:
    """One-page Ringkasan Kasus for the paper file."""

    business: BusinessIdentity
    case_status: str
    opened_on: date
    printed_on: date
    number: str | None = None
    closed_on: date | None = None
    officer_name: str | None = None
    scale_label: str | None = None
    stages: tuple[StageRow, ...] = ()
    activities: tuple[ActivityRow, ...] = ()
    """The latest activities, newest first; rows that do not fit on the page are dropped and counted."""
    capital: tuple[CapitalRow, ...] = ()
    outcomes: tuple[OutcomeRow, ...] = ()

"""Realistic Kota Serang sample content for every document kind (screenshots, benchmarks, tests).

Run ``python -m umkm_desk.demo.document_samples OUT_DIR`` to write one PDF of each kind.
The people, numbers and NIK/NIP below are made up.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from umkm_desk.core.documents.content import (
    ActivityRow,
    ActivitySummaryRow,
    BusinessIdentity,
    CapitalRow,
    CaseSummaryContent,
    Certificate,
    Letterhead,
    OutcomeRow,
    ProgressLetter,
    Recipient,
    Referral,
    Signatory,
    StageRow,
)

__all__ = [
    "sample_business",
    "sample_case_summary",
    "sample_certificate",
    "sample_letterhead",
    "sample_progress_letter",
    "sample_referral",
    "sample_signatory",
]

ISSUED = date(2026, 11, 28)


def sample_letterhead() -> Letterhead:
    return Letterhead(
        pemerintah="PEMERINTAH KOTA SERANG",
        dinas="Dinas Perindustrian, Perdagangan, dan Koperasi",
        address="Jalan Jenderal Sudirman Nomor 5, Kecamatan Cipocok Jaya, Kota Serang, Banten 42121",
        phone="(0254) 218765",
        email="disperindagkop@serangkota.go.id",
        website="disperindagkop.serangkota.go.id",
    )


def sample_signatory() -> Signatory:
    return Signatory(
        name="Drs. H. Ahmad Syaukani, M.Si.",
        jabatan="Kepala Dinas Perindustrian, Perdagangan, dan Koperasi Kota Serang",
        pangkat_golongan="Pembina Utama Muda (IV/c)",
        nip="19700101 199503 1 001",
    )


def sample_business() -> BusinessIdentity:
    return BusinessIdentity(
        business_name="Warung Mak Ni'ah — Sate Bandeng & Rabeg Khas Banten",
        owner_name="Siti Ni'amah binti H. Ma'ruf",
        nik_masked="3673 04•• •••• 0012",
        address="Kampung Kaloran RT 003/RW 005, Jalan Ki Mas Jong Nomor 17 (belakang Masjid Agung Ats-Tsauroh)",
        kelurahan="Kaligandu",
        kecamatan="Serang",
        sector="Industri makanan olahan (KBLI 10751)",
        nib="9120301234567",
    )


def sample_progress_letter() -> ProgressLetter:
    return ProgressLetter(
        number="500.2.3/0417/Disperindagkop/2026",
        sifat="Biasa",
        lampiran="1 (satu) berkas",
        hal="Keterangan Perkembangan Pendampingan UMKM",
        place="Serang",
        issued_on=ISSUED,
        recipient=Recipient(
            ("Kepala Badan Perencanaan Pembangunan Daerah", "Kota Serang"),
            "Tempat",
        ),
        business=sample_business(),
        stages=(
            StageRow("Permodalan", "BAZNAS Kota Serang", "Selesai", date(2026, 2, 3), date(2026, 4, 30)),
            StageRow(
                "Pendampingan",
                "Universitas Sultan Ageng Tirtayasa (KKM Kelurahan Kaligandu)",
                "Selesai",
                date(2026, 5, 4),
                date(2026, 8, 28),
            ),
            StageRow(
                "Pemasaran",
                "Universitas Islam Negeri Sultan Maulana Hasanuddin Banten",
                "Berjalan",
                date(2026, 9, 1),
            ),
        ),
        activities=(
            ActivitySummaryRow("Kunjungan lapangan", 6, 9),
            ActivitySummaryRow("Sesi pendampingan", 12, 30.5),
            ActivitySummaryRow("Pelatihan", 2, 14),
            ActivitySummaryRow("Pameran dan bazar", 1, 8),
        ),
        activity_lines=(
            "Pelatihan pembukuan sederhana dan pemisahan keuangan usaha dengan keuangan keluarga.",
            "Mengikuti Bazar UMKM Alun-Alun Kota Serang dalam rangka Hari Jadi Kota Serang.",
        ),
        capital=(
            CapitalRow("BAZNAS Kota Serang", "Qardhul hasan", 5_000_000, date(2026, 3, 12)),
            CapitalRow("Bank bjb Cabang Serang", "Rujukan KUR", 25_000_000, date(2026, 10, 6)),
        ),
        outcome_lines=(
            "Omzet naik dari Rp180.000.000,00 menjadi Rp420.000.000,00 per tahun.",
            "Tenaga kerja bertambah dari 2 orang menjadi 5 orang.",
            "Memperoleh Sertifikat Halal dan Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT).",
            "Produk masuk ke 3 toko oleh-oleh di Kota Serang dan lokapasar daring.",
        ),
        scale_label="Kecil",
        previous_scale_label="Mikro",
        naik_kelas=True,
        signatory=sample_signatory(),
        tembusan=(
            "Wali Kota Serang (sebagai laporan);",
            "Sekretaris Daerah Kota Serang;",
            "Pelaku usaha yang bersangkutan.",
        ),
    )


def sample_referral() -> Referral:
    return Referral(
        number="500.2.3/0418/Disperindagkop/2026",
        sifat="Biasa",
        lampiran=None,
        hal="Rujukan Pendampingan Pemasaran UMKM",
        place="Serang",
        issued_on=ISSUED,
        partner_name="Universitas Islam Negeri Sultan Maulana Hasanuddin Banten",
        partner_address="Jalan Syekh Nawawi Al-Bantani, Kemanisan, Curug, Kota Serang",
        stage="Pemasaran",
        agreement_title="Perjanjian Kerja Sama",
        agreement_number="000.5/PKS.12-Disperindagkop/2026",
        agreement_date=date(2026, 1, 15),
        business=sample_business(),
        reason=(
            "Pelaku usaha telah menyelesaikan tahap permodalan dan pendampingan, memiliki NIB, Sertifikat Halal "
            "dan SPP-IRT, sehingga siap dikembangkan pemasarannya melalui lokapasar daring dan kemitraan ritel."
        ),
        notes=(
            "Kebutuhan utama: foto produk, katalog digital, dan pendaftaran toko pada lokapasar daring.",
            "Narahubung Dinas: Rina Marlina, S.E. (Penyuluh Koperasi dan UMKM), telepon 0812-8765-4321.",
        ),
        signatory=sample_signatory(),
        tembusan=("Wali Kota Serang (sebagai laporan);", "Pelaku usaha yang bersangkutan."),
    )


def sample_certificate() -> Certificate:
    number = "500.2.3/SRT-0123/Disperindagkop/2026"
    code = "K7QF-2M9X"
    return Certificate(
        number=number,
        owner_name="Siti Ni'amah binti H. Ma'ruf",
        business_name="Warung Mak Ni'ah — Sate Bandeng & Rabeg Khas Banten",
        programme="Program Pendampingan UMKM Naik Kelas",
        period_start=date(2026, 2, 3),
        period_end=date(2026, 8, 28),
        partner_name="Universitas Sultan Ageng Tirtayasa",
        achievement="telah menyelesaikan tahap pendampingan dan naik kelas dari usaha Mikro menjadi usaha Kecil",
        place="Serang",
        issued_on=ISSUED,
        signatory=sample_signatory(),
        verification_code=code,
        qr_payload=f"UMKMDESK|{number}|{code}",
    )


def sample_case_summary() -> CaseSummaryContent:
    return CaseSummaryContent(
        number="500.2.3/RK-0087/Disperindagkop/2026",
        business=sample_business(),
        case_status="Berjalan",
        opened_on=date(2026, 1, 20),
        closed_on=None,
        officer_name="Rina Marlina, S.E.",
        scale_label="Kecil",
        stages=sample_progress_letter().stages,
        activities=(
            ActivityRow(
                date(2026, 11, 20),
                "Pameran dan bazar",
                "Bazar UMKM Alun-Alun Kota Serang; 140 porsi terjual dalam satu hari.",
                8,
            ),
            ActivityRow(
                date(2026, 11, 6),
                "Sesi pendampingan",
                "Pemotretan produk dan penyusunan katalog digital bersama mahasiswa UIN SMH Banten.",
                3,
            ),
            ActivityRow(
                date(2026, 10, 6), "Penyaluran", "Rujukan KUR Bank bjb disetujui Rp25.000.000,00.", None
            ),
            ActivityRow(
                date(2026, 9, 15), "Kunjungan lapangan", "Pemeriksaan dapur produksi untuk SPP-IRT.", 1.5
            ),
            ActivityRow(
                date(2026, 8, 28),
                "Sesi pendampingan",
                "Penutupan pendampingan KKM Untirta; laporan akhir diserahkan DPL.",
                2,
            ),
            ActivityRow(
                date(2026, 7, 14), "Pelatihan", "Pelatihan keamanan pangan (PKP) di Dinas Kesehatan.", 7
            ),
            ActivityRow(
                date(2026, 6, 2), "Sesi pendampingan", "Pembukuan sederhana dengan aplikasi kasir.", 2.5
            ),
            ActivityRow(
                date(2026, 5, 4), "Kunjungan lapangan", "Penerimaan mahasiswa KKM di lokasi usaha.", 1
            ),
        ),
        capital=(
            CapitalRow("BAZNAS Kota Serang", "Qardhul hasan", 5_000_000, date(2026, 3, 12), "Tersalurkan"),
            CapitalRow("Bank bjb Cabang Serang", "Rujukan KUR", 25_000_000, date(2026, 10, 6), "Disetujui"),
        ),
        outcomes=(
            OutcomeRow("Omzet per tahun", "Rp420.000.000,00", date(2026, 11, 1)),
            OutcomeRow("Tenaga kerja", "5 orang", date(2026, 11, 1)),
            OutcomeRow("Sertifikat Halal", "Terbit", date(2026, 9, 30)),
            OutcomeRow("SPP-IRT", "Terbit", date(2026, 10, 2)),
        ),
        printed_on=ISSUED,
    )


def main(argv: list[str] | None = None) -> int:
    from umkm_desk.core.documents.rendering import render

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else ".")
    out.mkdir(parents=True, exist_ok=True)
    letterhead = sample_letterhead()
    samples = {
        "letter": sample_progress_letter(),
        "referral": sample_referral(),
        "certificate": sample_certificate(),
        "summary": sample_case_summary(),
    }
    for kind, content in samples.items():
        path = out / f"contoh_{kind}.pdf"
        path.write_bytes(render(kind, letterhead, content))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

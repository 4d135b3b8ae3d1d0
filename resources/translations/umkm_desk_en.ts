<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aplikasi pendataan dan pendampingan UMKM untuk petugas lapangan Dinas Perindustrian, Perdagangan, dan Koperasi Kota Serang: registrasi usaha, permodalan, pendampingan, pemasaran, surat, dan laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber data dan lisensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data wilayah (kecamatan dan kelurahan): kode wilayah menurut Kepmendagri No 300.2.2-2138 Tahun 2025, dihimpun dalam dataset publik &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt; (db/wilayah.sql, commit b7ad440a), MIT License, hak cipta © 2025 cahya dsn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huruf pada dokumen PDF: Liberation Serif, SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat dengan Qt for Python (PySide6), SQLAlchemy, Alembic, dan ReportLab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Umum (tanpa tahap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunjungan, sesi mentoring, pelatihan, kegiatan pasar atau pencairan dana pada pendampingan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis pasar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama mentor atau narasumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mahasiswa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelompok KKM/KKN atau nama mahasiswa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa yang dilakukan dan hasilnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwalkan pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Perjanjian baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian baru dengan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah perjanjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian dengan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masa berlaku ± {span}, sampai {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kurang dari sebulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian kerja sama (MoU/PKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra hanya dapat ditugaskan pada tahap yang dicakup perjanjian yang masih berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 027/MoU/Disperindagkop/I/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Pendampingan UMKM naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap yang dicakup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permodalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignPartnerDialog</name>
    <message>
        <source>Tetapkan mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra tahap {stage} untuk {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya mitra dengan MoU/PKS berlaku yang mencakup tahap ini. Urutan menurut kecocokan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada mitra dengan MoU/PKS berlaku untuk tahap ini. Tambahkan kerja sama di halaman Mitra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama dosen, amil atau pendamping dari mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal penugasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih salah satu mitra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetap tetapkan mitra ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetap tetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra tidak dapat ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>{path} tidak dapat ditulis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak massal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM pilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu folder berisi satu PDF per dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu berkas PDF gabungan (untuk sekali cetak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder atau berkas tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;UMKM&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hasil&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua yang memenuhi syarat ({count} UMKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dokumen akan diterbitkan dan diberi nomor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF gabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih folder tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menerbitkan dan memberi nomor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberi nomor dan membuat PDF… langkah {done} dari {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak massal gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak massal gagal: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berhenti: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah bernomor tetapi belum ada berkas PDF-nya (jalankan lagi untuk semua UMKM atau cetak ulang dari register):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} UMKM belum diberi dokumen karena proses berhenti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disimpan di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} nomor belum memiliki berkas PDF: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issued} diterbitkan, {reprinted} dicetak ulang dari register, {present} sudah ada; {failed} gagal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data beranda tidak dapat dimuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} siap ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pendampingan ditutup naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kegiatan tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tahap tuntas, menunggu ditutup: {ready} · Ditutup selesai: {selesai} · naik kelas: {naik} · dihentikan: {stop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (terlambat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari ini dan yang terlambat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lainnya terlambat; lihat halaman Pendampingan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan aktif per tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessDetailDialog</name>
    <message>
        <source>Profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat skala usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diukur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linimasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan surat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM: {name}</source>
        <extracomment>the dialog opened last from here (issue, preview), for tests and focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} · {kelurahan}, Kec. {kecamatan} · {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan dari arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat diterbitkan untuk UMKM yang sudah atau pernah didampingi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan data ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 huruf awal ({short}) cukup untuk baris perintah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum pernah didampingi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan {status} sejak {opened}. Tahap sekarang: {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (naik kelas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pemilik {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessForm</name>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pemilik *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama sesuai KTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digit, mis. 3673014508900001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor Induk Kependudukan pemilik; jenis kelamin dan tanggal lahir terisi otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terisi dari NIK; pilih sendiri bila NIK belum ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terisi dari NIK, mis. 28/11/1980</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon / WA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalan, RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama usaha *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Keripik Emping Mak Icah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 digit, mis. 10792</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digit dari OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor sertifikat halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor PIRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun mulai usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 5jt, 2,5 M, Rp5.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 120jt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumlah orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihitung dari modal usaha dan omzet (PP 7/2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* wajib diisi · Ctrl+S simpan · Esc batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessFormDialog</name>
    <message>
        <source>UMKM baru</source>
        <extracomment>form field -&gt; services.text_fields key: the field&apos;s maxLength is the column&apos;s length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih sektor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih kecamatan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih kecamatan dulu —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih kelurahan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala dihitung setelah modal usaha atau omzet diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Mungkin sudah terdaftar: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dan {n} lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data UMKM tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian formulir ini belum disimpan. Tutup dan buang isian itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPicker</name>
    <message>
        <source>Cari nama usaha, pemilik, NIK atau kelurahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {owner}, {kelurahan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menampilkan {shown} dari {total} UMKM; persempit pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} UMKM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessTableModel</name>
    <message>
        <source>NIK belum ada</source>
        <extracomment>keys read by a refresh; the rest of a longer list is read when a row past them is first asked for emitted after every refresh with the number of rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sudah tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik belum punya NIK atau NIK belum dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Peringatan impor: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapitalDialog</name>
    <message>
        <source>Tanpa mitra (sumber lain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupiah bulat; boleh ditulis 10 jt, 2,5 M atau 10.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dukungan modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengajuan dukungan modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibah, pinjaman qardhul hasan, rujukan KUR, CSR atau sumber lain. Status awalnya Diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber (mitra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 10 jt atau 10.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pengajuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keperluan dana, nomor surat pengajuan, dsb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Catat kegiatan (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat hasil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup: Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup: Naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hentikan pendampingan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan surat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat kegiatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajukan dukungan modal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal angsuran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat pembayaran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permodalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} · Kel. {kelurahan}, Kec. {kecamatan} · skala {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuka {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>petugas {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditutup {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal angsuran · sisa pinjaman {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap tidak dapat dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap belum dapat diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewati tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan melewati tahap {stage}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap tidak dapat dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolak dukungan modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan penolakan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status dukungan modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hentikan pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan menghentikan pendampingan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan membuka kembali pendampingan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup pendampingan dengan status {status}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Terjadi kesalahan tak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin tidak selesai: periksa datanya lalu ulangi bila perlu. Bila terulang, tekan “Salin detail” dan kirimkan kepada pengelola TI beserta berkas log:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DokumenPage</name>
    <message>
        <source>Semua jenis</source>
        <extracomment>the dialog opened last (preview, issue, void, verify, batch), for tests and for focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (DIBATALKAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyiapkan {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak ulang gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nomor surat, nama UMKM atau kode verifikasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada dokumen terbit. Tekan Terbitkan… (Ctrl+N) untuk membuat surat atau sertifikat, atau Cetak massal… untuk banyak UMKM sekaligus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada dokumen yang cocok dengan pencarian atau saringan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau / Cetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifikasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak massal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Mungkin sudah terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM ini mirip {n} data yang sudah ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa dulu apakah usaha ini sudah terdaftar. Buka data yang ada untuk memperbaruinya, atau tetap simpan sebagai usaha baru dengan alasan (mis. cabang kedua milik pemilik yang sama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesamaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (arsip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan tetap menyimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. cabang kedua, pemilik sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka yang ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetap simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis alasan mengapa data ini tetap disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Lihat di:</source>
        <extracomment>Qt&apos;s own texts of its file dialog (the source strings of qfiledialog.cpp/.ui and qfilesystemmodel.cpp), for when no qtbase_id.qm is available: the column headers, tool tips, context menu and the overwrite question.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Data contoh belum tersedia pada versi aplikasi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data contoh tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat data contoh Kota Serang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data contoh tidak dapat dimuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada UMKM yang terdaftar. Muat data contoh Kota Serang ({count} UMKM beserta mitra, pendampingan, dan kegiatan) agar aplikasi dapat langsung dicoba?

Data contoh dapat dipakai untuk latihan; untuk pendataan sungguhan gunakan basis data baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai kosong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Berkas</source>
        <extracomment>businesses were archived or restored: lists showing them must refresh</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat impor tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan (diarsipkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada impor. Impor UMKM lewat menu Berkas › Impor UMKM (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan impor {file} ({time})? {count} UMKM dari impor ini diarsipkan: tidak tampil lagi di daftar dan laporan, tetapi datanya tetap ada dan dapat dipulihkan di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor tidak dapat dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} UMKM dari {file} diarsipkan. Tekan Pulihkan untuk mengembalikannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor tidak dapat dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} UMKM dari {file} dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} di antaranya memakai NIK atau NIB UMKM yang didaftarkan sementara itu: periksa dengan filter &apos;Hanya yang ada peringatan impor&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat impor UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setiap impor dapat dibatalkan sekaligus: UMKM yang diimpornya diarsipkan (tidak dihapus) dan dapat dipulihkan kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batalkan impor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(abaikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diimpor sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{letter} (tersembunyi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom {letter}: {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom {letter}: angka per bulan atau per tahun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>OK</source>
        <extracomment>the role that holds the row&apos;s RowResult</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BENAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Unduh templat impor</source>
        <extracomment>rows of the sheet shown under the file choice (enough to see title rows, the header and a few data rows) the header row spin box reads the file again this long after the last change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templat tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templat tersimpan di:
{path}

Isi satu UMKM per baris di bawah judul kolom, lalu impor lewat Berkas › Impor UMKM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas</source>
        <extracomment>&quot;Tampilkan UMKM dengan peringatan&quot; on the summary: the UMKM page with its import-warning filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uji coba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dua kali sebuah baris untuk menjadikannya baris judul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uji coba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jalankan uji coba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impor {count} UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas untuk diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas Excel atau CSV (*.xlsx *.xlsm *.csv);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membaca {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemetaan kolom tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kolom yang dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemetaan kolom tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan… tidak ada yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa… baris {done} dari {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor… {percent}% selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uji coba dibatalkan. Tekan Jalankan uji coba untuk mengulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uji coba gagal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uji coba gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} baris diperiksa: {ok} OK, {warning} peringatan, {rejected} ditolak, {skipped} dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada baris yang dapat diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siap diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris {row} · {status}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan uji coba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tersimpan di:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor {count} UMKM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, lembar {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} UMKM diimpor&lt;/b&gt; dari {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warning} di antaranya dengan peringatan; {rejected} baris ditolak dan {skipped} baris dilewati (tidak diimpor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada UMKM yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada UMKM yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada UMKM yang diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor UMKM dari Excel/CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas dan lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas Excel (.xlsx) atau CSV dari daftar UMKM binaan. Tidak ada yang disimpan sebelum Anda menekan Impor di langkah uji coba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada berkas yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;embar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris &amp;judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditemukan otomatis; ubah bila baris judul kolom bukan yang disorot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi awal lembar (baris judul disorot):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum punya berkas yang rapi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unduh templat &amp;impor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cocokkan kolom berkas dengan isian UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usulan diambil dari judul kolom. Pilihan Anda diingat: berkas berikutnya dengan judul kolom yang sama dicocokkan dengan sendirinya. Kolom uang perlu keterangan apakah angkanya per bulan atau per tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uji coba: periksa setiap baris sebelum diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris OK dan Peringatan akan diimpor; baris Ditolak tidak. Perbaiki berkasnya di Excel (simpan laporan untuk melihat pesan per baris), simpan, lalu tekan Baca ulang berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca &amp;ulang berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setiap baris diperiksa sekali lagi lalu disimpan sekaligus. Bila dibatalkan, tidak ada satu pun UMKM yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM dengan peringatan dapat dicari di halaman UMKM dengan filter “Hanya yang ada peringatan impor”. Seluruh impor ini dapat dibatalkan (dan dipulihkan) lewat menu Berkas › Riwayat impor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan lapo&amp;ran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan UMKM dengan &amp;peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor berkas &amp;lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Terbitkan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya UMKM yang memenuhi syarat untuk jenis dokumen ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap yang dirujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor surat diambil dari register saat dokumen diterbitkan dan tidak dapat dipakai ulang; dokumen yang salah dibatalkan, bukan dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada tahap bermitra yang belum dirujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih UMKM terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberi nomor dan membuat PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen tidak dapat diterbitkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueFlow</name>
    <message>
        <source>{kind} — {number}</source>
        <extracomment>The kind a &quot;Terbitkan surat…&quot; button starts with; the officer may pick another in the dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan pendampingan UMKM Kota Serang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar usaha dan pemiliknya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permodalan, pendampingan, dan pemasaran tiap UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perguruan tinggi, BAZNAS/LAZ, dan mitra lain beserta kerja samanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat dan sertifikat yang telah diterbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap per tahap, kecamatan, mitra, dan periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat, penandatangan, dan penomoran surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <extracomment>the database file was found damaged (emitted from whichever thread saw it; handled in the GUI thread) ask before closing with unsaved edits (off for ``--screenshot``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} — UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Basis data rusak — penulisan dihentikan.&lt;/b&gt; {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangkan basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data SQLite (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tersimpan di:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan di {pages}. Keluar dan buang perubahan itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar tanpa menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disperindagkop Kota Serang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impor UMKM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Riwayat impor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unduh templat impor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti &amp;petugas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadangkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Tidak dapat menyimpan</source>
        <extracomment>Unattended runs (``--screenshot``) never wait on a modal box: an error is kept in ``unattended_errors`` (the run reports it as one line and exits non-zero) and a question is answered &quot;no&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MitraPage</name>
    <message>
        <source>Mitra</source>
        <extracomment>fixed &quot;today&quot; for tests and screenshots; None means the real date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Perjanjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada perjanjian. Mitra baru dapat ditugaskan setelah MoU/PKS dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Rencana kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rencana kerja. Catat kuota UMKM dan anggaran mitra per tahun dan tahap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Penempatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada penempatan KKM/KKN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian {name} diarsipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana kerja {name} diarsipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan {name} diarsipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada mitra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada mitra yang cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih mitra di daftar sebelah kiri, atau tambahkan mitra baru (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada mitra. Klik «+ Mitra baru» (Ctrl+N) untuk mencatat kampus, BAZNAS, bank atau lembaga lain yang bekerja sama, lalu catat MoU/PKS-nya: hanya mitra dengan MoU/PKS berlaku yang dapat ditetapkan pada tahap pendampingan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{valid} berlaku, {soon} segera berakhir, {expired} kedaluwarsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tahap pada {year}, kuota {quota} UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada untuk {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rencana kerja maupun realisasi pada {year}. Tambahkan rencana kerja di tab Rencana Kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra “{name}” diarsipkan. Riwayatnya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan “{name}”? Mitra tidak lagi muncul di daftar dan saran mitra. Perjanjian, rencana kerja, dan riwayat pendampingan tetap tersimpan dan dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra “{name}” dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan {name}? Data dapat dipulihkan dari arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama, narahubung, telepon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah mitra (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Mitra baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: ubah · Delete: arsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil &amp;&amp; kontak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan KKM/KKN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target vs Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dana dicairkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi = UMKM yang tahapnya ditangani mitra ini dan dimulai pada tahun tersebut. Dana dicairkan = dukungan modal berstatus dicairkan pada tahun tersebut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesCounter</name>
    <message>
        <source>{used} dari {limit} karakter: terlalu panjang, persingkat dulu.</source>
        <extracomment>the counter appears when this share of the limit is used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} dari {limit} karakter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Ganti petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah petugas baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa yang bertugas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa yang bertugas di komputer ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama petugas dicatat pada setiap perubahan data. Pilihan ini diingat di komputer ini dan dapat diganti lewat menu Berkas › Ganti petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Siti Rahmawati, S.E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit, mis. 19860926 201505 2 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Petugas yang sedang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik sedikitnya dua huruf untuk mencari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} · {kelurahan} · skala {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masih ada pendampingan aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pendampingan terakhir: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pendampingan aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} UMKM ditemukan; pilih satu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka pendampingan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan dimulai dengan tiga tahap: permodalan, pendampingan, dan pemasaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nama usaha, pemilik, NIK atau NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latar belakang atau kebutuhan UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memperbarui basis data ke versi baru…
Salinan cadangan dibuat lebih dulu. Pada data yang besar ini bisa memakan waktu hingga satu menit; jangan matikan komputer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Skala usaha: isi omzet dan modal dengan angka rupiah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala usaha: {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — naik kelas dari {base} (pengukuran awal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — pengukuran awal: {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat hasil pengukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet, modal dan tenaga kerja saat ini. Skala usaha dihitung ulang dan dibandingkan dengan pengukuran awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pengukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 1,2 M atau 850 jt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa tanah dan bangunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legalitas diperoleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasar yang dijangkau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ritel modern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber data, keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerChildTab</name>
    <message>
        <source>{n} baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Mitra baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembaga yang bekerja sama dengan Disperindagkop: perguruan tinggi, BAZNAS/LAZ, OPD, atau lainnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lembaga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Universitas Sultan Ageng Tirtayasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Jl. Raya Jakarta Km. 4, Pakupatan, Serang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Dr. Rina Marlina, M.Pd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 0812-3456-7890 atau (0254) 280330</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. humas@untirta.ac.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerModels</name>
    <message>
        <source>Perguruan Tinggi Negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perguruan Tinggi Swasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAZNAS/LAZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segera berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bertugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akan datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (arsip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap yang dicakup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mahasiswa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dana dicairkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Pembayaran angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat pembayaran angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa pinjaman saat ini: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesuaikan lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selebar jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu halaman penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal mencetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendampinganPage</name>
    <message>
        <source>Pendampingan</source>
        <extracomment>what the next load must read besides the rows of the current group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pendampingan dengan tindak lanjut terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pendampingan tidak dapat dimuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tahap tuntas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dengan tindak lanjut terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditutup — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tahap tuntas — siap ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pendampingan. Klik «Buka pendampingan…» untuk mulai mendampingi UMKM yang sudah terdaftar di halaman UMKM; tahap, kegiatan, permodalan dan hasilnya dicatat di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pendampingan yang cocok dengan pencarian atau filter ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama usaha, pemilik, NIK, NIB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka pendampingan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya yang terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap dan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dua kali sebuah baris untuk membuka pendampingannya. Baris merah: tindak lanjut sudah lewat tanggalnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <source>Pengaturan</source>
        <extracomment>settings field -&gt; (line edit, error label) object names in ui/settings_page.ui</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat, penandatangan, dan penomoran surat untuk dokumen yang dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo sendiri, {width} × {height} piksel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar yang dapat dibaca. Pilih berkas PNG atau JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (paling besar 2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum disimpan: perbaiki isian yang ditandai merah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan tersimpan pukul {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembalikan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang perubahan yang belum disimpan dan kembali ke pengaturan tersimpan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Halaman ini segera hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian {title} sedang disiapkan dan akan tersedia pada pembaruan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>{kelurahan} — Kec. {kecamatan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan KKM/KKN {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah penempatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kelurahan dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kelurahan dipilih: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penempatan KKM/KKN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelompok mahasiswa yang bertugas di kelurahan; UMKM di kelurahan itu akan disarankan ke kampusnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. KKM Kelompok 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dosen pembimbing lapangan, mis. Dr. Rina Marlina, M.Pd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah mahasiswa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari kelurahan atau kecamatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode verifikasi: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Jadwal angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal angsuran qardhul hasan {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jatuh tempo pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} x {each} per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; angsuran terakhir {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Kop Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. PEMERINTAH KOTA SERANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Dinas Perindustrian, Perdagangan, dan Koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalan, nomor, kota, kode pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. (0254) 200000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. disperindagkop@serangkota.go.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. disperindagkop.serangkota.go.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai logo bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap beserta gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Kepala Dinas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit, mis. 19700101 199503 1 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penomoran Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500.3/{nomor:03d}/Disperindagkop/{bulan_romawi}/{tahun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian: {nomor} nomor urut tahun ini (mis. {nomor:03d} menjadi 001), {bulan_romawi}, {bulan}, {tahun}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Serang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang perubahan yang belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan pengaturan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewati…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetapkan mitra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seq}. {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoU/PKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti mitra…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>UMKM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} di komputer {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data ini sedang dibuka oleh UMKM Desk lain ({who}). Tutup aplikasi itu lebih dulu, lalu buka kembali. Bila aplikasi itu sudah tertutup karena listrik padam, tunggu sebentar lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>umkm-desk: halaman {page} tidak selesai memuat data dalam 30 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>umkm-desk: tangkapan layar tidak dapat disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat basis data tidak dapat dipakai: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data sedang dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka. {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UmkmPage</name>
    <message>
        <source>UMKM</source>
        <extracomment>&quot;Impor dari Excel…&quot; on the empty list: the main window opens its import wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar usaha dan pemiliknya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum didampingi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok dengan pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip kosong. UMKM yang diarsipkan akan tampil di sini dan bisa dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada UMKM. Tekan Ctrl+N untuk menambah, impor daftar dari Excel (Ctrl+I), atau muat data contoh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan {name}? UMKM ini tidak tampil lagi di daftar dan laporan, tetapi datanya tetap ada dan bisa dipulihkan dari tampilan Arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM tidak dapat diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} diarsipkan. Tekan Ctrl+Z untuk membatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM tidak dapat dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} dipulihkan dari arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data contoh tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama usaha, pemilik, NIK, NIB atau telepon…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftarkan usaha baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik 3 huruf atau lebih untuk mencari di semua kolom (NIK, NIB, telepon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua sektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM yang diimpor dengan peringatan (misalnya digit terakhir NIK mungkin salah): periksa dan perbaiki datanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya yang ada peringatan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor daftar UMKM dari berkas Excel atau CSV (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dari Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus pencarian dan filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verifikasi dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nomor surat atau kode verifikasi (spasi dan tanda hubung di dalam kode boleh), atau tempel teks hasil pindaian kode QR sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 500.3/001/Disperindagkop/XI/2026 atau 7QLESYMB7V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen tidak dapat diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Batalkan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;&lt;br&gt;Nomor {number}&lt;br&gt;{business}, terbit {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor ini tetap tercatat di register dan tidak akan dipakai lagi. Verifikasi dokumen ini akan menyatakan DIBATALKAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pembatalan, mis. salah nama pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pembatalan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuliskan alasan pembatalan (minimal 5 huruf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan {kind} nomor {number}? Pembatalan tidak dapat diurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya, batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPlanDialog</name>
    <message>
        <source>Rencana kerja baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana kerja {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah rencana kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosongkan bila mitra tidak membawa anggaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tercatat: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana kerja tahunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target jumlah UMKM dan anggaran mitra untuk satu tahap dalam satu tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Rp500.000.000 atau 500 jt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. hibah modal usaha mikro, bergulir per triwulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SmallDialog</name>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>case_models</name>
    <message>
        <source>Siap ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <extracomment>with a loader, further pages are fetched in the background (scrolling never blocks the window)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditutup {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (terlambat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat sejak {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor / mahasiswa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (selesai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dicairkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa pinjaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditolak {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ke-{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legalitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ritel modern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale} (naik kelas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengukuran awal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} pemilik</source>
        <extracomment>Indonesian names of the fields of a business and its owner, for the edit history.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan data ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diimpor dari berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disimpan walau mirip data lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fesyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industri Pengolahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerajinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuliner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naik kelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor PIRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet tahunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perdagangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perikanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permodalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan Kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat Pendampingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skala usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat Keterangan Perkembangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat Rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

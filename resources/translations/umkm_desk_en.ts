<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang UMKM Desk</source>
        <translation>About UMKM Desk</translation>
    </message>
    <message>
        <source>UMKM Desk</source>
        <translation>UMKM Desk</translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Aplikasi pendataan dan pendampingan UMKM untuk petugas lapangan Dinas Perindustrian, Perdagangan, dan Koperasi Kota Serang: registrasi usaha, permodalan, pendampingan, pemasaran, surat, dan laporan.</source>
        <translation>Registry and assistance app for small businesses (UMKM), for the field officers of the Department of Industry, Trade and Cooperatives of Kota Serang: business registration, capital, mentoring, marketing, letters and reports.</translation>
    </message>
    <message>
        <source>Basis data: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>(belum dibuka)</source>
        <translation>(not open yet)</translation>
    </message>
    <message>
        <source>Folder log: {folder}</source>
        <translation>Log folder: {folder}</translation>
    </message>
    <message>
        <source>Sumber data dan lisensi</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Data wilayah (kecamatan dan kelurahan): kode wilayah menurut Kepmendagri No 300.2.2-2138 Tahun 2025, dihimpun dalam dataset publik &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt; (db/wilayah.sql, commit b7ad440a), MIT License, hak cipta © 2025 cahya dsn.</source>
        <translation>Region data (districts and villages): region codes per Kepmendagri No 300.2.2-2138 Tahun 2025, compiled in the public dataset &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt; (db/wilayah.sql, commit b7ad440a), MIT License, copyright © 2025 cahya dsn.</translation>
    </message>
    <message>
        <source>Huruf: Noto Sans (tampilan) dan Liberation Serif (dokumen PDF), SIL Open Font License 1.1.</source>
        <translation>Fonts: Noto Sans (interface) and Liberation Serif (PDF documents), SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Qt 6 dan Qt for Python (PySide6), © The Qt Company, dipakai di bawah GNU LGPL v3; pustaka Qt disertakan sebagai berkas terpisah yang dapat diganti.</source>
        <translation>Qt 6 and Qt for Python (PySide6), © The Qt Company, used under the GNU LGPL v3; the Qt libraries are shipped as separate, replaceable files.</translation>
    </message>
    <message>
        <source>ReportLab (lisensi BSD), SQLAlchemy dan Alembic (MIT), openpyxl (MIT), Pillow (MIT-CMU), pypdf (BSD), psycopg (LGPL v3), phonenumbers (Apache 2.0), platformdirs (MIT).</source>
        <translation>ReportLab (BSD licence), SQLAlchemy and Alembic (MIT), openpyxl (MIT), Pillow (MIT-CMU), pypdf (BSD), psycopg (LGPL v3), phonenumbers (Apache 2.0), platformdirs (MIT).</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP (boleh kosong)</source>
        <translation>NIP (optional)</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Pemilik akun mengganti kata sandi sementara ini saat pertama kali masuk.</source>
        <translation>The account&apos;s owner changes this temporary password at their first login.</translation>
    </message>
    <message>
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Pimpinan</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Akun pengguna</source>
        <extracomment>the form opened last (add, temporary password), for tests</extracomment>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tambah akun…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Kata sandi sementara…</source>
        <translation>Temporary password…</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Terkunci sementara</source>
        <translation>Locked for now</translation>
    </message>
    <message>
        <source>Belum punya kata sandi</source>
        <translation>No password yet</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Akun tidak dapat diubah</source>
        <translation>The account could not be changed</translation>
    </message>
    <message>
        <source>Akun {user} dibuat dengan kata sandi sementara.</source>
        <translation>Account {user} created with a temporary password.</translation>
    </message>
    <message>
        <source>Kata sandi sementara {user} disimpan; diganti saat masuk berikutnya.</source>
        <translation>Temporary password of {user} saved; it is changed at the next login.</translation>
    </message>
    <message>
        <source>Peran {user} diubah; berlaku pada tindakan berikutnya.</source>
        <translation>Role of {user} changed; it applies from their next action.</translation>
    </message>
    <message>
        <source>Akun {user} dinonaktifkan.</source>
        <translation>Account {user} disabled.</translation>
    </message>
    <message>
        <source>Akun {user} diaktifkan lagi.</source>
        <translation>Account {user} enabled again.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Umum (tanpa tahap)</source>
        <translation>General (no stage)</translation>
    </message>
    <message>
        <source>{stage} ({status})</source>
        <translation>{stage} ({status})</translation>
    </message>
    <message>
        <source>Catat kegiatan</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>Ubah kegiatan</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Kunjungan, sesi mentoring, pelatihan, kegiatan pasar atau pencairan dana pada pendampingan ini.</source>
        <translation>A visit, mentoring session, training, market event or disbursement in this assistance case.</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Jenis pasar</source>
        <translation>Market type</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source> jam</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Nama mentor atau narasumber</source>
        <translation>Name of the mentor or speaker</translation>
    </message>
    <message>
        <source>Mahasiswa</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Kelompok KKM/KKN atau nama mahasiswa</source>
        <translation>KKM/KKN group or student names</translation>
    </message>
    <message>
        <source>Jumlah orang</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Apa yang dilakukan dan hasilnya</source>
        <translation>What was done and the result</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Jadwalkan pada</source>
        <translation>Schedule for</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Perjanjian baru</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Perjanjian baru dengan {name}</source>
        <translation>New agreement with {name}</translation>
    </message>
    <message>
        <source>Ubah perjanjian</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Perjanjian dengan {name}</source>
        <translation>Agreement with {name}</translation>
    </message>
    <message>
        <source>{n} tahun</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>Masa berlaku ± {span}, sampai {date}.</source>
        <translation>Valid for about {span}, until {date}.</translation>
    </message>
    <message>
        <source>kurang dari sebulan</source>
        <translation>less than a month</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama (MoU/PKS)</source>
        <translation>Cooperation agreement (MoU/PKS)</translation>
    </message>
    <message>
        <source>Mitra hanya dapat ditugaskan pada tahap yang dicakup perjanjian yang masih berlaku.</source>
        <translation>A partner can only be assigned to stages covered by an agreement still in force.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>mis. 027/MoU/Disperindagkop/I/2025</source>
        <translation>e.g. 027/MoU/Disperindagkop/I/2025</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>mis. Pendampingan UMKM naik kelas</source>
        <translation>e.g. Mentoring small businesses to grow</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Tahap yang dicakup</source>
        <translation>Stages covered</translation>
    </message>
    <message>
        <source>Permodalan</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Pemasaran</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AssignPartnerDialog</name>
    <message>
        <source>Tetapkan mitra</source>
        <translation>Assign partner</translation>
    </message>
    <message>
        <source>Mitra tahap {stage} untuk {name}</source>
        <translation>Partner for the {stage} stage of {name}</translation>
    </message>
    <message>
        <source>Hanya mitra dengan MoU/PKS berlaku yang mencakup tahap ini. Urutan menurut kecocokan.</source>
        <translation>Only partners with an MoU/PKS in force covering this stage. Ordered by fit.</translation>
    </message>
    <message>
        <source>Belum ada mitra dengan MoU/PKS berlaku untuk tahap ini. Tambahkan kerja sama di halaman Mitra.</source>
        <translation>No partner has an MoU/PKS in force for this stage yet. Add an agreement on the Partners page.</translation>
    </message>
    <message>
        <source>Nama dosen, amil atau pendamping dari mitra</source>
        <translation>Name of the lecturer, amil or mentor from the partner</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Tanggal penugasan</source>
        <translation>Assignment date</translation>
    </message>
    <message>
        <source>Tetapkan</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih salah satu mitra.</source>
        <translation>Choose a partner.</translation>
    </message>
    <message>
        <source>Kuota mitra</source>
        <translation>Partner quota</translation>
    </message>
    <message>
        <source>Tetap tetapkan mitra ini?</source>
        <translation>Assign this partner anyway?</translation>
    </message>
    <message>
        <source>Tetap tetapkan</source>
        <translation>Assign anyway</translation>
    </message>
    <message>
        <source>Mitra tidak dapat ditetapkan</source>
        <translation>The partner cannot be assigned</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Waktu (WIB)</source>
        <extracomment>the column titles and the core&apos;s ACTION_LABELS, written out so that the catalogue has them</extracomment>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <source>Komputer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Hapus/arsip</source>
        <translation>Delete/archive</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Akun terkunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Buka NIK</source>
        <translation>Reveal NIK</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Batalkan dokumen</source>
        <translation>Void document</translation>
    </message>
    <message>
        <source>Terbitkan dokumen</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <extracomment>businesses offered under the UMKM field while typing the businesses last offered under the UMKM field: shown text -&gt; id</extracomment>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Semua tanggal</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Nama UMKM</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Siapa</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} — {owner}, {kelurahan}</source>
        <translation>{name} — {owner}, {kelurahan}</translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok dengan “{text}”.</source>
        <translation>No business matches “{text}”.</translation>
    </message>
    <message>
        <source>{n} UMKM cocok dengan “{text}”; pilih satu dari daftar.</source>
        <translation>{n} businesses match “{text}”; pick one from the list.</translation>
    </message>
    <message>
        <source> (yang terbaru; persempit saringan atau ekspor semuanya)</source>
        <translation> (the most recent; narrow the filters or export everything)</translation>
    </message>
    <message>
        <source>{n} baris</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} baris ditulis ke {path}.</source>
        <translation>{n} rows written to {path}.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Cadangan basis data</source>
        <extracomment>what the acting account may do (None: everything, until the page says)</extracomment>
        <translation>Database backup</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Kembalikan ke bawaan</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Ekspor semua data ke berkas SQLite…</source>
        <translation>Export all data to an SQLite file…</translation>
    </message>
    <message>
        <source>Salinan berkata sandi…</source>
        <translation>Password-protected copy…</translation>
    </message>
    <message>
        <source>Salinan terenkripsi (AES) untuk dibawa keluar kantor</source>
        <translation>Encrypted (AES) copy to take out of the office</translation>
    </message>
    <message>
        <source>Basis data ini berada di server PostgreSQL kantor. Cadangan server adalah tanggung jawab pengelola server (pg_dump). Untuk membawa data keluar kantor, ekspor semua data ke satu berkas SQLite (format yang sama dengan basis data lokal).</source>
        <translation>This database is on the office&apos;s PostgreSQL server. Server backups are the server administrator&apos;s responsibility (pg_dump). To take the data out of the office, export all data to a single SQLite file (the same format as the local database).</translation>
    </message>
    <message>
        <source>UMKM Desk mencadangkan basis data saat ditutup dan sekali sehari saat tidak dipakai. Simpan cadangan di drive kedua atau flash disk.</source>
        <translation>UMKM Desk backs up the database when it closes and once a day while idle. Keep backups on a second drive or a flash drive.</translation>
    </message>
    <message>
        <source> (bawaan, di samping basis data)</source>
        <translation> (default, next to the database)</translation>
    </message>
    <message>
        <source>Folder cadangan: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Cadangan terakhir yang baik: {when}</source>
        <translation>Last good backup: {when}</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Folder cadangan tidak dapat disimpan</source>
        <translation>The backup folder cannot be saved</translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dibuat</source>
        <translation>The backup cannot be made</translation>
    </message>
    <message>
        <source>Ekspor semua data ke berkas SQLite</source>
        <translation>Export all data to an SQLite file</translation>
    </message>
    <message>
        <source>Basis data SQLite (*.sqlite)</source>
        <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
        <source>Mengekspor semua data…</source>
        <translation>Exporting all data…</translation>
    </message>
    <message>
        <source>Ekspor data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Semua data tersimpan di:
{path}</source>
        <translation>All data saved to:
{path}</translation>
    </message>
    <message>
        <source>Salinan dienkripsi (AES-256) dengan kata sandi ini. Kata sandi tidak disimpan di mana pun: tanpa kata sandi, salinan tidak dapat dibuka.</source>
        <translation>The copy is encrypted (AES-256) with this password. The password is not stored anywhere: without it, the copy cannot be opened.</translation>
    </message>
    <message>
        <source>Simpan salinan berkata sandi</source>
        <translation>Save a password-protected copy</translation>
    </message>
    <message>
        <source>Arsip ZIP terenkripsi (*.zip)</source>
        <translation>Encrypted ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Membuat salinan berkata sandi…</source>
        <translation>Making a password-protected copy…</translation>
    </message>
    <message>
        <source>Salinan berkata sandi</source>
        <translation>Password-protected copy</translation>
    </message>
    <message>
        <source>Salinan terenkripsi tersimpan di:
{path}

Simpan kata sandinya di tempat lain; tanpa itu salinan tidak dapat dibuka.</source>
        <translation>Encrypted copy saved to:
{path}

Keep its password somewhere else; without it the copy cannot be opened.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>{path} tidak dapat ditulis: {error}</source>
        <translation>{path} cannot be written: {error}</translation>
    </message>
    <message>
        <source>Cetak massal</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <source>UMKM pilihan</source>
        <translation>Chosen businesses</translation>
    </message>
    <message>
        <source>Satu folder berisi satu PDF per dokumen</source>
        <translation>One folder with one PDF per document</translation>
    </message>
    <message>
        <source>Satu berkas PDF gabungan (untuk sekali cetak)</source>
        <translation>One combined PDF file (to print in one go)</translation>
    </message>
    <message>
        <source>Folder atau berkas tujuan</source>
        <translation>Target folder or file</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>&lt;b&gt;UMKM&lt;/b&gt;</source>
        <translation>&lt;b&gt;Businesses&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hasil&lt;/b&gt;</source>
        <translation>&lt;b&gt;Result&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Semua yang memenuhi syarat ({count} UMKM)</source>
        <translation>All eligible ({count} businesses)</translation>
    </message>
    <message>
        <source>{count} dokumen akan diterbitkan dan diberi nomor.</source>
        <translation>{count} documents will be issued and numbered.</translation>
    </message>
    <message>
        <source>Simpan PDF gabungan</source>
        <translation>Save combined PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Pilih folder tujuan</source>
        <translation>Choose the target folder</translation>
    </message>
    <message>
        <source>Menerbitkan dan memberi nomor…</source>
        <translation>Issuing and numbering…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Memberi nomor dan membuat PDF… langkah {done} dari {total}</source>
        <translation>Numbering and making PDFs… step {done} of {total}</translation>
    </message>
    <message>
        <source>Cetak massal gagal</source>
        <translation>Batch printing failed</translation>
    </message>
    <message>
        <source>Cetak massal gagal: {message}</source>
        <translation>Batch printing failed: {message}</translation>
    </message>
    <message>
        <source>Berhenti: {reason}</source>
        <translation>Stopped: {reason}</translation>
    </message>
    <message>
        <source>Gagal:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <source>Sudah bernomor tetapi belum ada berkas PDF-nya (jalankan lagi untuk semua UMKM atau cetak ulang dari register):</source>
        <translation>Numbered but without a PDF file yet (run again for all businesses or reprint from the register):</translation>
    </message>
    <message>
        <source>{count} UMKM belum diberi dokumen karena proses berhenti.</source>
        <translation>{count} businesses got no document because the run stopped.</translation>
    </message>
    <message>
        <source>Disimpan di {path}</source>
        <translation>Saved in {path}</translation>
    </message>
    <message>
        <source>{count} nomor belum memiliki berkas PDF: {numbers}</source>
        <translation>{count} numbers have no PDF file yet: {numbers}</translation>
    </message>
    <message>
        <source>{issued} diterbitkan, {reprinted} dicetak ulang dari register, {present} sudah ada; {failed} gagal.</source>
        <translation>{issued} issued, {reprinted} reprinted from the register, {present} already there; {failed} failed.</translation>
    </message>
    <message>
        <source>Dibatalkan. </source>
        <translation>Cancelled. </translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Data beranda tidak dapat dimuat.</source>
        <translation>The home page data cannot be loaded.</translation>
    </message>
    <message>
        <source>{n} siap ditutup</source>
        <translation>{n} ready to close</translation>
    </message>
    <message>
        <source>pendampingan ditutup naik kelas</source>
        <translation>assistance cases closed as grown</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Belum ada kegiatan tercatat.</source>
        <translation>No activity logged yet.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>{n}. {stage}</source>
        <translation>{n}. {stage}</translation>
    </message>
    <message>
        <source>Semua tahap tuntas, menunggu ditutup: {ready} · Ditutup selesai: {selesai} · naik kelas: {naik} · dihentikan: {stop}</source>
        <translation>All stages done, waiting to be closed: {ready} · Closed as finished: {selesai} · grown: {naik} · stopped: {stop}</translation>
    </message>
    <message>
        <source>{date} (terlambat)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut hari ini.</source>
        <translation>No follow-ups today.</translation>
    </message>
    <message>
        <source>Hari ini dan yang terlambat.</source>
        <translation>Today and overdue.</translation>
    </message>
    <message>
        <source>{n} lainnya terlambat; lihat halaman Pendampingan.</source>
        <translation>{n} more overdue; see the Assistance page.</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Tindak lanjut tidak dapat disimpan</source>
        <translation>The follow-up cannot be saved</translation>
    </message>
    <message>
        <source>Pendampingan aktif</source>
        <translation>Active assistance cases</translation>
    </message>
    <message>
        <source>Tindak lanjut hari ini</source>
        <translation>Follow-ups today</translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>UMKM naik kelas</source>
        <translation>Businesses that grew</translation>
    </message>
    <message>
        <source>Pendampingan aktif per tahap</source>
        <translation>Active assistance cases per stage</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Buka pendampingan</source>
        <translation>Open assistance case</translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Kegiatan terbaru</source>
        <translation>Latest activities</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>BusinessDetailDialog</name>
    <message>
        <source>Profil</source>
        <extracomment>the whole NIK once revealed (audited), until the dialog closes</extracomment>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Riwayat skala usaha</source>
        <translation>Business scale history</translation>
    </message>
    <message>
        <source>Diukur</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation>Yearly turnover</translation>
    </message>
    <message>
        <source>Modal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Linimasa</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Terbitkan surat…</source>
        <translation>Issue a letter…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Jejak audit…</source>
        <extracomment>the dialog opened last from here (issue, preview), for tests and focus</extracomment>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Siapa mengubah atau membuka data UMKM ini, kapan, dari komputer mana</source>
        <translation>Who changed or opened this business&apos;s data, when, from which computer</translation>
    </message>
    <message>
        <source>UMKM: {name}</source>
        <translation>Business: {name}</translation>
    </message>
    <message>
        <source> — diarsipkan</source>
        <translation> — archived</translation>
    </message>
    <message>
        <source>{owner} · {kelurahan}, Kec. {kecamatan} · {scale}</source>
        <translation>{owner} · {kelurahan}, {kecamatan} district · {scale}</translation>
    </message>
    <message>
        <source>Pulihkan dari arsip</source>
        <translation>Restore from the archive</translation>
    </message>
    <message>
        <source>Arsipkan…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Surat diterbitkan untuk UMKM yang sudah atau pernah didampingi.</source>
        <translation>Letters are issued for businesses that are or were in assistance.</translation>
    </message>
    <message>
        <source>Buka NIK</source>
        <translation>Reveal NIK</translation>
    </message>
    <message>
        <source>NIK tidak dapat dibuka</source>
        <translation>The NIK could not be revealed</translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <translation>No NIK yet</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Alamat pemilik</source>
        <translation>Owner&apos;s address</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Alamat usaha</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village (kelurahan)</translation>
    </message>
    <message>
        <source>{kelurahan}, Kec. {kecamatan}</source>
        <translation>{kelurahan}, {kecamatan} district</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Sertifikat halal</source>
        <translation>Halal certificate</translation>
    </message>
    <message>
        <source>PIRT</source>
        <translation>PIRT</translation>
    </message>
    <message>
        <source>Tahun mulai</source>
        <translation>Year started</translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>{n} orang</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>Skala usaha</source>
        <translation>Business scale</translation>
    </message>
    <message>
        <source> · naik kelas</source>
        <translation> · grown</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Alasan data ganda</source>
        <translation>Reason for the duplicate</translation>
    </message>
    <message>
        <source>Peringatan impor</source>
        <translation>Import warning</translation>
    </message>
    <message>
        <source>ID UMKM</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Lihat NIK</source>
        <translation>Show NIK</translation>
    </message>
    <message>
        <source>Tampilkan NIK lengkap; tercatat di jejak audit</source>
        <translation>Show the whole NIK; recorded in the audit trail</translation>
    </message>
    <message>
        <source>8 huruf awal ({short}) cukup untuk baris perintah.</source>
        <translation>The first 8 characters ({short}) are enough on the command line.</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Belum pernah didampingi.</source>
        <translation>Never in assistance.</translation>
    </message>
    <message>
        <source>Pendampingan {status} sejak {opened}. Tahap sekarang: {stage}.</source>
        <translation>Assistance {status} since {opened}. Current stage: {stage}.</translation>
    </message>
    <message>
        <source> (naik kelas)</source>
        <translation> (grown)</translation>
    </message>
    <message>
        <source>Belum ada kegiatan.</source>
        <translation>No activities yet.</translation>
    </message>
    <message>
        <source>Data pemilik {action}</source>
        <translation>Owner data {action}</translation>
    </message>
</context>
<context>
    <name>BusinessForm</name>
    <message>
        <source>UMKM</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>UMKM baru</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;</source>
        <translation>background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Nama pemilik *</source>
        <translation>Owner&apos;s name *</translation>
    </message>
    <message>
        <source>Nama sesuai KTP</source>
        <translation>Name as on the ID card</translation>
    </message>
    <message>
        <source>NIK *</source>
        <translation>NIK *</translation>
    </message>
    <message>
        <source>16 digit, mis. 3673014508900001</source>
        <translation>16 digits, e.g. 3673014508900001</translation>
    </message>
    <message>
        <source>Nomor Induk Kependudukan pemilik; jenis kelamin dan tanggal lahir terisi otomatis.</source>
        <translation>The owner&apos;s population number (NIK); sex and date of birth are filled in from it.</translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <translation>No NIK yet</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Terisi dari NIK; pilih sendiri bila NIK belum ada.</source>
        <translation>Filled in from the NIK; choose it yourself if there is no NIK yet.</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Terisi dari NIK, mis. 28/11/1980</source>
        <translation>Filled in from the NIK, e.g. 28/11/1980</translation>
    </message>
    <message>
        <source>Telepon / WA</source>
        <translation>Phone / WhatsApp</translation>
    </message>
    <message>
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>Alamat pemilik</source>
        <translation>Owner&apos;s address</translation>
    </message>
    <message>
        <source>Jalan, RT/RW</source>
        <translation>Street, RT/RW</translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Nama usaha *</source>
        <translation>Business name *</translation>
    </message>
    <message>
        <source>mis. Keripik Emping Mak Icah</source>
        <translation>e.g. Keripik Emping Mak Icah</translation>
    </message>
    <message>
        <source>Sektor *</source>
        <translation>Sector *</translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <source>5 digit, mis. 10792</source>
        <translation>5 digits, e.g. 10792</translation>
    </message>
    <message>
        <source>Alamat usaha</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>Kecamatan *</source>
        <translation>District *</translation>
    </message>
    <message>
        <source>Kelurahan *</source>
        <translation>Village *</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>13 digit dari OSS</source>
        <translation>13 digits from OSS</translation>
    </message>
    <message>
        <source>Nomor sertifikat halal</source>
        <translation>Halal certificate number</translation>
    </message>
    <message>
        <source>Nomor PIRT</source>
        <translation>PIRT number</translation>
    </message>
    <message>
        <source>Tahun mulai usaha</source>
        <translation>Year the business started</translation>
    </message>
    <message>
        <source>mis. 2018</source>
        <translation>e.g. 2018</translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>mis. 5jt, 2,5 M, Rp5.000.000</source>
        <translation>e.g. 5jt, 2,5 M, Rp5.000.000</translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation>Yearly turnover</translation>
    </message>
    <message>
        <source>mis. 120jt</source>
        <translation>e.g. 120jt</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>jumlah orang</source>
        <translation>number of people</translation>
    </message>
    <message>
        <source>Skala usaha</source>
        <translation>Business scale</translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Dihitung dari modal usaha dan omzet (PP 7/2021).</source>
        <translation>Computed from business capital and turnover (PP 7/2021).</translation>
    </message>
    <message>
        <source>* wajib diisi · Ctrl+S simpan · Esc batal</source>
        <translation>* required · Ctrl+S save · Esc cancel</translation>
    </message>
</context>
<context>
    <name>BusinessFormDialog</name>
    <message>
        <source>UMKM baru</source>
        <extracomment>form field -&gt; services.text_fields key: the field&apos;s maxLength is the column&apos;s length the stored versions the form was opened (or last reloaded) at, handed back on save field -&gt; what a colleague saved there while the officer typed something else (after a reload)</extracomment>
        <translation>New business</translation>
    </message>
    <message>
        <source>Ubah UMKM</source>
        <translation>Edit business</translation>
    </message>
    <message>
        <source>Ubah: {name}</source>
        <translation>Edit: {name}</translation>
    </message>
    <message>
        <source>— pilih sektor —</source>
        <translation>— choose a sector —</translation>
    </message>
    <message>
        <source>— pilih kecamatan —</source>
        <translation>— choose a district —</translation>
    </message>
    <message>
        <source>— pilih kecamatan dulu —</source>
        <translation>— choose a district first —</translation>
    </message>
    <message>
        <source>— pilih kelurahan —</source>
        <translation>— choose a village —</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skala dihitung setelah modal usaha atau omzet diisi.</source>
        <translation>The scale is computed once capital or turnover is filled in.</translation>
    </message>
    <message>
        <source>⚠ Mungkin sudah terdaftar: </source>
        <translation>⚠ May already be registered: </translation>
    </message>
    <message>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Data UMKM tidak dapat disimpan</source>
        <translation>The business cannot be saved</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Disimpan rekan: {value}. Isian Anda dipertahankan; periksa sebelum menyimpan.</source>
        <translation>Saved by a colleague: {value}. Your entry is kept; check it before saving.</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Isian formulir ini belum disimpan. Tutup dan buang isian itu?</source>
        <translation>What was typed in this form is not saved. Close and discard it?</translation>
    </message>
    <message>
        <source>Buang isian</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>BusinessPicker</name>
    <message>
        <source>Cari nama usaha, pemilik, NIK atau kelurahan…</source>
        <translation>Search business name, owner, NIK or village…</translation>
    </message>
    <message>
        <source>{name} — {owner}, {kelurahan}</source>
        <translation>{name} — {owner}, {kelurahan}</translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok.</source>
        <translation>No matching business.</translation>
    </message>
    <message>
        <source>Menampilkan {shown} dari {total} UMKM; persempit pencarian.</source>
        <translation>Showing {shown} of {total} businesses; narrow the search.</translation>
    </message>
    <message>
        <source>{total} UMKM</source>
        <translation>{total} businesses</translation>
    </message>
</context>
<context>
    <name>BusinessTableModel</name>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kegiatan terakhir</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <extracomment>keys read by a refresh; the rest of a longer list is read when a row past them is first asked for emitted after every refresh with the number of rows the database&apos;s data stamp when the cached rows began to be read (None: keep none across queries)</extracomment>
        <translation>No NIK yet</translation>
    </message>
    <message>
        <source>(sudah tidak ada)</source>
        <translation>(no longer there)</translation>
    </message>
    <message>
        <source>Pemilik belum punya NIK atau NIK belum dicatat.</source>
        <translation>The owner has no NIK, or it is not recorded yet.</translation>
    </message>
    <message>
        <source>{name}
Peringatan impor: {warning}</source>
        <translation>{name}
Import warning: {warning}</translation>
    </message>
</context>
<context>
    <name>CapitalDialog</name>
    <message>
        <source>Tanpa mitra (sumber lain)</source>
        <translation>No partner (other source)</translation>
    </message>
    <message>
        <source>Rupiah bulat; boleh ditulis 10 jt, 2,5 M atau 10.000.000.</source>
        <translation>Whole rupiah; may be written 10 jt, 2,5 M or 10.000.000.</translation>
    </message>
    <message>
        <source>Dukungan modal</source>
        <translation>Capital support</translation>
    </message>
    <message>
        <source>Pengajuan dukungan modal</source>
        <translation>Capital support request</translation>
    </message>
    <message>
        <source>Hibah, pinjaman qardhul hasan, rujukan KUR, CSR atau sumber lain. Status awalnya Diajukan.</source>
        <translation>Grant, qardhul hasan loan, KUR referral, CSR or another source. It starts as Requested.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sumber (mitra)</source>
        <translation>Source (partner)</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>mis. 10 jt atau 10.000.000</source>
        <translation>e.g. 10 jt or 10.000.000</translation>
    </message>
    <message>
        <source>Tanggal pengajuan</source>
        <translation>Request date</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Keperluan dana, nomor surat pengajuan, dsb.</source>
        <translation>Purpose of the funds, request letter number, etc.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Catat kegiatan (Ctrl+K)</source>
        <translation>Log activity (Ctrl+K)</translation>
    </message>
    <message>
        <source>Catat hasil…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Tutup: Selesai</source>
        <translation>Close: Finished</translation>
    </message>
    <message>
        <source>Tutup: Naik kelas</source>
        <translation>Close: Grown</translation>
    </message>
    <message>
        <source>Hentikan pendampingan…</source>
        <translation>Stop assistance…</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Terbitkan surat…</source>
        <translation>Issue a letter…</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Tindak lanjut selesai</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Catat kegiatan…</source>
        <translation>Log activity…</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Ajukan dukungan modal…</source>
        <translation>Request capital support…</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Cairkan</source>
        <translation>Disburse</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Jadwal angsuran…</source>
        <translation>Instalment schedule…</translation>
    </message>
    <message>
        <source>Catat pembayaran…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Jadwal angsuran</source>
        <translation>Instalment schedule</translation>
    </message>
    <message>
        <source>Permodalan</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Pendampingan — {name}</source>
        <translation>Assistance — {name}</translation>
    </message>
    <message>
        <source>★ Naik kelas</source>
        <translation>★ Grown</translation>
    </message>
    <message>
        <source>{owner} · Kel. {kelurahan}, Kec. {kecamatan} · skala {scale}</source>
        <translation>{owner} · {kelurahan} village, {kecamatan} district · {scale} scale</translation>
    </message>
    <message>
        <source>Dibuka {date}</source>
        <translation>Opened {date}</translation>
    </message>
    <message>
        <source>petugas {name}</source>
        <translation>officer {name}</translation>
    </message>
    <message>
        <source>ditutup {date}</source>
        <translation>closed {date}</translation>
    </message>
    <message>
        <source>alasan: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <source>Jadwal angsuran · sisa pinjaman {amount}</source>
        <translation>Instalment schedule · loan outstanding {amount}</translation>
    </message>
    <message>
        <source>Tahap tidak dapat dimulai</source>
        <translation>The stage cannot be started</translation>
    </message>
    <message>
        <source>Tahap belum dapat diselesaikan</source>
        <translation>The stage cannot be finished yet</translation>
    </message>
    <message>
        <source>Lewati tahap</source>
        <translation>Skip stage</translation>
    </message>
    <message>
        <source>Alasan melewati tahap {stage}:</source>
        <translation>Reason for skipping the {stage} stage:</translation>
    </message>
    <message>
        <source>Tahap tidak dapat dilewati</source>
        <translation>The stage cannot be skipped</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Tolak dukungan modal</source>
        <translation>Reject capital support</translation>
    </message>
    <message>
        <source>Alasan penolakan:</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <source>Status dukungan modal</source>
        <translation>Capital support status</translation>
    </message>
    <message>
        <source>Hentikan pendampingan</source>
        <translation>Stop assistance</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Alasan menghentikan pendampingan:</source>
        <translation>Reason for stopping the assistance:</translation>
    </message>
    <message>
        <source>Alasan membuka kembali pendampingan:</source>
        <translation>Reason for reopening the assistance:</translation>
    </message>
    <message>
        <source>Tutup pendampingan</source>
        <translation>Close assistance case</translation>
    </message>
    <message>
        <source>Tutup pendampingan dengan status {status}?</source>
        <translation>Close the assistance case as {status}?</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status pendampingan</source>
        <translation>Assistance status</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi Anda masih sementara dari administrator. Buat kata sandi Anda sendiri sebelum mulai bekerja.</source>
        <translation>Your password is still the temporary one from the administrator. Create your own password before you start working.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Daftar</source>
        <extracomment>the app&apos;s accent first, then colours that stay apart in print and for red-green colour blindness</extracomment>
        <translation>List</translation>
    </message>
    <message>
        <source>Buka daftar di balik salah satu batang grafik ini</source>
        <translation>Open the list behind one of the bars in this chart</translation>
    </message>
    <message>
        <source>Klik untuk melihat daftarnya</source>
        <translation>Click to see the list</translation>
    </message>
    <message>
        <source>juta rupiah</source>
        <translation>million rupiah</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>UMKM per kecamatan dan kelas usaha</source>
        <translation>Businesses by district and size</translation>
    </message>
    <message>
        <source>Belum ada UMKM terdaftar sampai akhir periode ini.</source>
        <translation>No businesses registered by the end of this period.</translation>
    </message>
    <message>
        <source>Pendampingan per tahap dan status</source>
        <translation>Assistance by stage and status</translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Tidak ada pendampingan yang berjalan pada periode ini.</source>
        <translation>No assistance ongoing in this period.</translation>
    </message>
    <message>
        <source>Tahap dimulai dan selesai per bulan</source>
        <translation>Stages started and finished per month</translation>
    </message>
    <message>
        <source>Dimulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Tidak ada tahap yang dimulai atau selesai pada periode ini.</source>
        <translation>No stage started or finished in this period.</translation>
    </message>
    <message>
        <source>UMKM naik kelas per triwulan</source>
        <translation>Businesses that grew per quarter</translation>
    </message>
    <message>
        <source>Naik kelas</source>
        <translation>Grew</translation>
    </message>
    <message>
        <source>Belum ada UMKM yang naik kelas pada periode ini.</source>
        <translation>No business grew in this period.</translation>
    </message>
    <message>
        <source>Permodalan: dicairkan dan angsuran dibayar per bulan</source>
        <translation>Capital: disbursed and instalments paid per month</translation>
    </message>
    <message>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Angsuran dibayar</source>
        <translation>Instalments paid</translation>
    </message>
    <message>
        <source>Tidak ada angsuran yang terlambat.</source>
        <translation>No overdue instalments.</translation>
    </message>
    <message>
        <source>Tidak ada pencairan atau angsuran pada periode ini.</source>
        <translation>No disbursements or instalments in this period.</translation>
    </message>
    <message>
        <source>Kegiatan dan jam pendampingan per bulan</source>
        <translation>Activities and assistance hours per month</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Jam pendampingan</source>
        <translation>Assistance hours</translation>
    </message>
    <message>
        <source>Belum ada kegiatan yang dicatat pada periode ini.</source>
        <translation>No activities logged in this period.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Target dan realisasi dihitung per tahap; satu UMKM yang didampingi pada dua tahap dihitung dua kali.</source>
        <translation>Targets and achievements are counted per stage; a business assisted in two stages counts twice.</translation>
    </message>
    <message>
        <source>Target dan realisasi rencana kerja mitra tahun {year}</source>
        <extracomment>(the core&apos;s wording with its values as named groups, the same wording with {names} for the catalogue)</extracomment>
        <translation>Partner work plan targets and achievements, {year}</translation>
    </message>
    <message>
        <source>Belum ada rencana kerja atau realisasi mitra untuk tahun {year}.</source>
        <translation>No partner work plans or achievements for {year} yet.</translation>
    </message>
    <message>
        <source>Sisa pinjaman qardhul hasan per {date}: {amount} dari {count} pinjaman</source>
        <translation>Qardhul hasan loans outstanding as of {date}: {amount} across {count} loans</translation>
    </message>
    <message>
        <source>Angsuran terlambat: {count} angsuran, {amount} belum dibayar</source>
        <translation>Overdue instalments: {count} instalments, {amount} unpaid</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Periksa database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Periksa lagi</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Optimalkan</source>
        <translation>Optimise</translation>
    </message>
    <message>
        <source>Perbarui statistik kueri dan rapikan indeks pencarian</source>
        <translation>Update the query statistics and tidy the search index</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Memeriksa… (pada data yang besar bisa beberapa menit)</source>
        <translation>Checking… (this can take a few minutes on large data)</translation>
    </message>
    <message>
        <source>Memeriksa basis data…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Basis data baik: tidak ada masalah.</source>
        <translation>The database is fine: no problems.</translation>
    </message>
    <message>
        <source>Ditemukan masalah. Bila berkas rusak, UMKM Desk berhenti menulis ke dalamnya; pulihkan dari cadangan (Berkas → Pulihkan dari cadangan…).</source>
        <translation>Problems found. If the file is damaged, UMKM Desk stops writing to it; restore from a backup (File → Restore from backup…).</translation>
    </message>
    <message>
        <source>Mengoptimalkan basis data…</source>
        <translation>Optimising the database…</translation>
    </message>
    <message>
        <source>Optimalisasi:</source>
        <translation>Optimisation:</translation>
    </message>
    <message>
        <source>Optimalisasi selesai.</source>
        <translation>Optimisation finished.</translation>
    </message>
    <message>
        <source>Pemeriksaan tidak dapat dijalankan</source>
        <translation>The check cannot be run</translation>
    </message>
    <message>
        <source>Pemeriksaan tidak selesai.</source>
        <translation>The check did not finish.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Sudah diubah petugas lain</source>
        <translation>Already changed by another officer</translation>
    </message>
    <message>
        <source>Muat ulang untuk ditinjau</source>
        <translation>Reload to review</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>SSL bila server mendukung</source>
        <extracomment>the core&apos;s SSL_MODES, written out so that the catalogue has them</extracomment>
        <translation>SSL when the server supports it</translation>
    </message>
    <message>
        <source>Wajib SSL</source>
        <translation>SSL required</translation>
    </message>
    <message>
        <source>Wajib SSL, sertifikat server diperiksa</source>
        <translation>SSL required, server certificate verified</translation>
    </message>
    <message>
        <source>Tanpa SSL (hanya jaringan kantor yang tepercaya)</source>
        <translation>No SSL (trusted office network only)</translation>
    </message>
    <message>
        <source>Berkas basis data</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Basis data UMKM Desk (*.sqlite)</source>
        <translation>UMKM Desk database (*.sqlite)</translation>
    </message>
    <message>
        <source>Buat skema UMKM Desk di basis data “{db}” pada server {host}?</source>
        <translation>Create the UMKM Desk schema in database “{db}” on server {host}?</translation>
    </message>
    <message>
        <source>Skema di server akan diperbarui untuk semua komputer yang memakainya. Sebelumnya basis data dicadangkan dengan pg_dump {version} ke folder {folder}. Lanjutkan?</source>
        <translation>The schema on the server will be upgraded for every computer that uses it. The database is first backed up with pg_dump {version} into the folder {folder}. Continue?</translation>
    </message>
    <message>
        <source>Skema di server akan diperbarui untuk semua komputer yang memakainya. {problem} PostgreSQL membatalkan seluruh pembaruan bila gagal, tetapi pastikan cadangan server hari ini sudah dibuat. Cadangan server sudah terbaru dan skema boleh diperbarui?</source>
        <translation>The schema on the server will be upgraded for every computer that uses it. {problem} PostgreSQL undoes the whole upgrade if it fails, but make sure today&apos;s server backup has been made. Is the server backup current, and may the schema be upgraded?</translation>
    </message>
    <message>
        <source>Siapkan skema</source>
        <translation>Prepare schema</translation>
    </message>
    <message>
        <source>Siapkan</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skema tidak dapat disiapkan</source>
        <translation>The schema cannot be prepared</translation>
    </message>
    <message>
        <source>Cadangan server sebelum pembaruan: {path}</source>
        <translation>Server backup made before the upgrade: {path}</translation>
    </message>
    <message>
        <source>Pindahkan data ke server</source>
        <translation>Move data to the server</translation>
    </message>
    <message>
        <source>Semua data di komputer ini disalin ke basis data “{db}” di server {host}, yang harus masih kosong. Data di komputer ini tidak diubah. Lanjutkan?</source>
        <translation>All data on this computer is copied to database “{db}” on server {host}, which must still be empty. The data on this computer is not changed. Continue?</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Memindahkan data ke server…</source>
        <translation>Moving data to the server…</translation>
    </message>
    <message>
        <source>{rows} baris dari {tables} tabel sudah di server, jumlah dan checksum setiap tabel sama dengan di komputer ini. Pilih “Simpan” agar komputer ini memakai server sejak dibuka lagi.</source>
        <translation>{rows} rows from {tables} tables are on the server; the count and checksum of each table match this computer. Choose “Save” so that this computer uses the server from the next start.</translation>
    </message>
    <message>
        <source>Data tidak dapat dipindahkan</source>
        <translation>The data cannot be moved</translation>
    </message>
    <message>
        <source>Pemindahan dibatalkan; server tidak berisi data dari pemindahan ini, jadi dapat diulang. {reason}</source>
        <translation>Move cancelled; the server holds no data from this move, so it can be repeated. {reason}</translation>
    </message>
    <message>
        <source>Lokasi berkas basis data belum diisi.</source>
        <translation>The database file location is empty.</translation>
    </message>
    <message>
        <source>Sandi tidak disimpan</source>
        <translation>Password not saved</translation>
    </message>
    <message>
        <source>Batalkan pemindahan?</source>
        <translation>Cancel the move?</translation>
    </message>
    <message>
        <source>Pemindahan data masih berjalan. Batalkan? Server tidak akan berisi data dari pemindahan ini.</source>
        <translation>The data move is still running. Cancel it? The server will hold no data from this move.</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel move</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Sambungan basis data</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Di mana data kantor disimpan?</source>
        <translation>Where is the office&apos;s data stored?</translation>
    </message>
    <message>
        <source>Pilihan ini berlaku untuk komputer ini saja dan dipakai sejak UMKM Desk dibuka lagi. Beberapa petugas berbagi data lewat server PostgreSQL kantor.</source>
        <translation>This choice applies to this computer only and takes effect the next time UMKM Desk opens. Several officers share data through the office&apos;s PostgreSQL server.</translation>
    </message>
    <message>
        <source>Berkas di komputer ini</source>
        <translation>A file on this computer</translation>
    </message>
    <message>
        <source>Lokasi berkas basis data</source>
        <translation>Database file location</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Server kantor (PostgreSQL)</source>
        <translation>Office server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Server kantor</source>
        <translation>Office server</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>mis. server-dinas atau 192.168.1.10</source>
        <translation>e.g. server-dinas or 192.168.1.10</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>mis. umkm_desk</source>
        <translation>e.g. umkm_desk</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>mis. umkm</source>
        <translation>e.g. umkm</translation>
    </message>
    <message>
        <source>Sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Mode SSL</source>
        <translation>SSL mode</translation>
    </message>
    <message>
        <source>Simpan sandi di tempat penyimpanan sandi sistem</source>
        <translation>Save the password in the system&apos;s password store</translation>
    </message>
    <message>
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Siapkan skema…</source>
        <translation>Prepare schema…</translation>
    </message>
    <message>
        <source>Pindahkan data ke server…</source>
        <translation>Move data to the server…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>UMKM Desk terkunci</source>
        <translation>UMKM Desk is locked</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Terjadi kesalahan tak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin tidak selesai: periksa datanya lalu ulangi bila perlu. Bila terulang, tekan “Salin detail” dan kirimkan kepada pengelola TI beserta berkas log:
{path}</source>
        <translation>An unexpected error occurred. The app keeps running, but the last action may not have finished: check the data and repeat it if needed. If it happens again, press “Copy details” and send them to the IT administrator together with the log file:
{path}</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Salin detail</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tidak diizinkan</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>DokumenPage</name>
    <message>
        <source>Semua jenis</source>
        <extracomment>the dialog opened last (preview, issue, void, verify, batch), for tests and for focus</extracomment>
        <translation>All types</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{count} dokumen</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <source>Ekspor register surat</source>
        <translation>Export the letter register</translation>
    </message>
    <message>
        <source>Belum ada dokumen terbit.</source>
        <translation>No document issued yet.</translation>
    </message>
    <message>
        <source>{kind} — {number}</source>
        <translation>{kind} — {number}</translation>
    </message>
    <message>
        <source>{title} (DIBATALKAN)</source>
        <translation>{title} (VOID)</translation>
    </message>
    <message>
        <source>Menyiapkan {number}…</source>
        <translation>Preparing {number}…</translation>
    </message>
    <message>
        <source>Cetak ulang gagal</source>
        <translation>Reprint failed</translation>
    </message>
    <message>
        <source>Daftar ini, persis seperti di layar, sebagai Excel atau CSV (Ctrl+E)</source>
        <translation>This list, exactly as on screen, as Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Cari nomor surat, nama UMKM atau kode verifikasi…</source>
        <translation>Search letter number, business name or verification code…</translation>
    </message>
    <message>
        <source>Belum ada dokumen terbit. Tekan Terbitkan… (Ctrl+N) untuk membuat surat atau sertifikat, atau Cetak massal… untuk banyak UMKM sekaligus.</source>
        <translation>No documents issued yet. Press Issue… (Ctrl+N) to make a letter or certificate, or Batch printing… for many businesses at once.</translation>
    </message>
    <message>
        <source>Tidak ada dokumen yang cocok dengan pencarian atau saringan.</source>
        <translation>No document matches the search or filters.</translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pratinjau / Cetak ulang</source>
        <translation>Preview / Reprint</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Batalkan…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Verifikasi…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Cetak massal…</source>
        <translation>Batch printing…</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Mungkin sudah terdaftar</source>
        <translation>May already be registered</translation>
    </message>
    <message>
        <source>UMKM ini mirip {n} data yang sudah ada</source>
        <translation>This business resembles {n} existing records</translation>
    </message>
    <message>
        <source>Periksa dulu apakah usaha ini sudah terdaftar. Buka data yang ada untuk memperbaruinya, atau tetap simpan sebagai usaha baru dengan alasan (mis. cabang kedua milik pemilik yang sama).</source>
        <translation>First check whether this business is already registered. Open the existing record to update it, or save it as a new business anyway with a reason (e.g. a second branch of the same owner).</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village (kelurahan)</translation>
    </message>
    <message>
        <source>Kesamaan</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source> (arsip)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Alasan tetap menyimpan:</source>
        <translation>Reason for saving anyway:</translation>
    </message>
    <message>
        <source>mis. cabang kedua, pemilik sama</source>
        <translation>e.g. second branch, same owner</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Buka yang ada</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <source>Tetap simpan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Tulis alasan mengapa data ini tetap disimpan.</source>
        <translation>Write why this record is saved anyway.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Lihat di:</source>
        <extracomment>Qt&apos;s own texts of its file dialog (the source strings of qfiledialog.cpp/.ui and qfilesystemmodel.cpp), for when no qtbase_id.qm is available: the column headers, tool tips, context menu and the overwrite question.</extracomment>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Jenis berkas:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pilih folder</source>
        <translation>Choose folder</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Akun administrator</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Basis data ini belum punya akun. Buat akun administrator: ia mengelola akun petugas dan pimpinan serta pengaturan kantor. Kata sandi paling sedikit {min} karakter.</source>
        <translation>This database has no accounts yet. Create an administrator account: it manages officer and manager accounts and the office settings. The password must be at least {min} characters.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP (boleh kosong)</source>
        <translation>NIP (optional)</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Data contoh belum tersedia pada versi aplikasi ini.</source>
        <translation>Demo data is not available in this version of the app.</translation>
    </message>
    <message>
        <source>Data contoh tidak dapat dimuat</source>
        <translation>The demo data cannot be loaded</translation>
    </message>
    <message>
        <source>Memuat data contoh Kota Serang…</source>
        <translation>Loading the Kota Serang demo data…</translation>
    </message>
    <message>
        <source>Data contoh</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Data contoh tidak dapat dimuat.</source>
        <translation>The demo data cannot be loaded.</translation>
    </message>
    <message>
        <source>Basis data masih kosong</source>
        <translation>The database is still empty</translation>
    </message>
    <message>
        <source>Belum ada UMKM yang terdaftar. Muat data contoh Kota Serang ({count} UMKM beserta mitra, pendampingan, dan kegiatan) agar aplikasi dapat langsung dicoba?

Data contoh dapat dipakai untuk latihan; untuk pendataan sungguhan gunakan basis data baru.</source>
        <translation>No business is registered yet. Load the Kota Serang demo data ({count} businesses with partners, assistance cases and activities) so the app can be tried at once?

Demo data is for practice; for real records use a new database.</translation>
    </message>
    <message>
        <source>Muat data contoh</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Mulai kosong</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Panduan UMKM Desk</source>
        <extracomment>the guide&apos;s sections, by the anchor names of panduan.html; pages use their key (beranda, umkm, ...)</extracomment>
        <translation>UMKM Desk guide (Indonesian)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Berkas</source>
        <extracomment>businesses were archived or restored: lists showing them must refresh</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Riwayat impor tidak dapat dibaca</source>
        <translation>The import history cannot be read</translation>
    </message>
    <message>
        <source>Dibatalkan (diarsipkan)</source>
        <translation>Undone (archived)</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Belum ada impor. Impor UMKM lewat menu Berkas › Impor UMKM (Ctrl+I).</source>
        <translation>No imports yet. Import businesses through File › Import businesses (Ctrl+I).</translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Batalkan impor {file} ({time})? {count} UMKM dari impor ini diarsipkan: tidak tampil lagi di daftar dan laporan, tetapi datanya tetap ada dan dapat dipulihkan di sini.</source>
        <translation>Undo the import of {file} ({time})? {count} businesses from this import are archived: they no longer show in lists and reports, but their data stays and can be restored here.</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Impor tidak dapat dibatalkan</source>
        <translation>The import cannot be undone</translation>
    </message>
    <message>
        <source>{count} UMKM dari {file} diarsipkan. Tekan Pulihkan untuk mengembalikannya.</source>
        <translation>{count} businesses from {file} archived. Press Restore to bring them back.</translation>
    </message>
    <message>
        <source>Impor tidak dapat dipulihkan</source>
        <translation>The import cannot be restored</translation>
    </message>
    <message>
        <source>{count} UMKM dari {file} dipulihkan.</source>
        <translation>{count} businesses from {file} restored.</translation>
    </message>
    <message>
        <source>{count} di antaranya memakai NIK atau NIB UMKM yang didaftarkan sementara itu: periksa dengan filter &apos;Hanya yang ada peringatan impor&apos;.</source>
        <translation>{count} of them use the NIK or NIB of a business registered meanwhile: check them with the filter &apos;Only those with an import warning&apos;.</translation>
    </message>
    <message>
        <source>Riwayat impor</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Riwayat impor UMKM</source>
        <translation>Business import history</translation>
    </message>
    <message>
        <source>Setiap impor dapat dibatalkan sekaligus: UMKM yang diimpornya diarsipkan (tidak dihapus) dan dapat dipulihkan kembali.</source>
        <translation>Each import can be undone in one go: the businesses it imported are archived (not deleted) and can be restored again.</translation>
    </message>
    <message>
        <source>&amp;Batalkan impor…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>{label} (wajib)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <source>Diimpor sebagai</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Angka per</source>
        <translation>Figures per</translation>
    </message>
    <message>
        <source>{letter} (tersembunyi)</source>
        <translation>{letter} (hidden)</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Kolom {letter}: {header}</source>
        <translation>Column {letter}: {header}</translation>
    </message>
    <message>
        <source>per tahun</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>per bulan</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>Kolom {letter}: angka per bulan atau per tahun</source>
        <translation>Column {letter}: figures per month or per year</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>OK</source>
        <extracomment>the role that holds the row&apos;s RowResult</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>BENAR</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <source>SALAH</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Unduh templat impor</source>
        <extracomment>rows of the sheet shown under the file choice (enough to see title rows, the header and a few data rows) the header row spin box reads the file again this long after the last change</extracomment>
        <translation>Download the import template</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Templat tidak dapat disimpan</source>
        <translation>The template cannot be saved</translation>
    </message>
    <message>
        <source>Templat tersimpan di:
{path}

Isi satu UMKM per baris di bawah judul kolom, lalu impor lewat Berkas › Impor UMKM.</source>
        <translation>Template saved in:
{path}

Fill in one business per row below the column headings, then import it through File › Import businesses.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <extracomment>&quot;Tampilkan UMKM dengan peringatan&quot; on the summary: the UMKM page with its import-warning filter</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Uji coba</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Klik dua kali sebuah baris untuk menjadikannya baris judul.</source>
        <translation>Double-click a row to make it the heading row.</translation>
    </message>
    <message>
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Uji coba</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Jalankan uji coba</source>
        <translation>&amp;Run the dry run</translation>
    </message>
    <message>
        <source>&amp;Impor {count} UMKM</source>
        <translation>&amp;Import {count} businesses</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Pilih berkas untuk diimpor</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Berkas Excel atau CSV (*.xlsx *.xlsm *.csv);;Semua berkas (*)</source>
        <translation>Excel or CSV files (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Berkas ini tidak dapat dibaca.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>Impor UMKM</source>
        <translation>Import businesses</translation>
    </message>
    <message>
        <source>Pemetaan kolom tidak dapat dibaca</source>
        <translation>The column mapping cannot be read</translation>
    </message>
    <message>
        <source>Belum ada kolom yang dibaca.</source>
        <translation>No columns read yet.</translation>
    </message>
    <message>
        <source>Pemetaan kolom tidak dapat disimpan</source>
        <translation>The column mapping cannot be saved</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Membatalkan… tidak ada yang disimpan.</source>
        <translation>Cancelling… nothing is saved.</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Memeriksa… baris {done} dari {total}</source>
        <translation>Checking… row {done} of {total}</translation>
    </message>
    <message>
        <source>Mengimpor… {percent}% selesai</source>
        <translation>Importing… {percent}% done</translation>
    </message>
    <message>
        <source>Uji coba dibatalkan. Tekan Jalankan uji coba untuk mengulang.</source>
        <translation>Dry run cancelled. Press Run the dry run to repeat it.</translation>
    </message>
    <message>
        <source>Uji coba gagal.</source>
        <translation>The dry run failed.</translation>
    </message>
    <message>
        <source>Uji coba gagal</source>
        <translation>Dry run failed</translation>
    </message>
    <message>
        <source>{total} baris diperiksa: {ok} OK, {warning} peringatan, {rejected} ditolak, {skipped} dilewati.</source>
        <translation>{total} rows checked: {ok} OK, {warning} warnings, {rejected} rejected, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Tidak ada baris yang dapat diimpor.</source>
        <translation>No row can be imported.</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Siap diimpor.</source>
        <translation>Ready to import.</translation>
    </message>
    <message>
        <source>Baris {row} · {status}: {message}</source>
        <translation>Row {row} · {status}: {message}</translation>
    </message>
    <message>
        <source>Simpan laporan uji coba</source>
        <translation>Save the dry-run report</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Menyimpan laporan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Laporan tersimpan di:
{path}</source>
        <translation>Report saved in:
{path}</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message>
        <source>Mengimpor {count} UMKM…</source>
        <translation>Importing {count} businesses…</translation>
    </message>
    <message>
        <source>{file}, lembar {sheet}</source>
        <translation>{file}, sheet {sheet}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} UMKM diimpor&lt;/b&gt; dari {where}.</source>
        <translation>&lt;b&gt;{count} businesses imported&lt;/b&gt; from {where}.</translation>
    </message>
    <message>
        <source>{warning} di antaranya dengan peringatan; {rejected} baris ditolak dan {skipped} baris dilewati (tidak diimpor).</source>
        <translation>{warning} of them with warnings; {rejected} rows rejected and {skipped} rows skipped (not imported).</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada UMKM yang diimpor.</source>
        <translation>Import cancelled; no business was imported.</translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada UMKM yang diimpor.</source>
        <translation>Import failed; no business was imported.</translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada UMKM yang diimpor</source>
        <translation>Import failed; no business was imported</translation>
    </message>
    <message>
        <source>Impor UMKM dari Excel/CSV</source>
        <translation>Import businesses from Excel/CSV</translation>
    </message>
    <message>
        <source>Pilih berkas dan lembar kerja</source>
        <translation>Choose the file and worksheet</translation>
    </message>
    <message>
        <source>Berkas Excel (.xlsx) atau CSV dari daftar UMKM binaan. Tidak ada yang disimpan sebelum Anda menekan Impor di langkah uji coba.</source>
        <translation>An Excel (.xlsx) or CSV file with a list of assisted businesses. Nothing is saved before you press Import at the dry-run step.</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>L&amp;embar</source>
        <translation>S&amp;heet</translation>
    </message>
    <message>
        <source>Baris &amp;judul</source>
        <translation>&amp;Heading row</translation>
    </message>
    <message>
        <source>Ditemukan otomatis; ubah bila baris judul kolom bukan yang disorot.</source>
        <translation>Found automatically; change it if the highlighted row is not the column heading row.</translation>
    </message>
    <message>
        <source>Isi awal lembar (baris judul disorot):</source>
        <translation>Start of the sheet (heading row highlighted):</translation>
    </message>
    <message>
        <source>Belum punya berkas yang rapi?</source>
        <translation>No tidy file yet?</translation>
    </message>
    <message>
        <source>Unduh templat &amp;impor…</source>
        <translation>Download the &amp;import template…</translation>
    </message>
    <message>
        <source>Cocokkan kolom berkas dengan isian UMKM</source>
        <translation>Match the file&apos;s columns with the business fields</translation>
    </message>
    <message>
        <source>Usulan diambil dari judul kolom. Pilihan Anda diingat: berkas berikutnya dengan judul kolom yang sama dicocokkan dengan sendirinya. Kolom uang perlu keterangan apakah angkanya per bulan atau per tahun.</source>
        <translation>Suggestions come from the column headings. Your choices are remembered: the next file with the same column headings is matched by itself. Money columns need to say whether the figures are per month or per year.</translation>
    </message>
    <message>
        <source>Uji coba: periksa setiap baris sebelum diimpor</source>
        <translation>Dry run: check every row before importing</translation>
    </message>
    <message>
        <source>Baris OK dan Peringatan akan diimpor; baris Ditolak tidak. Perbaiki berkasnya di Excel (simpan laporan untuk melihat pesan per baris), simpan, lalu tekan Baca ulang berkas.</source>
        <translation>OK and Warning rows will be imported; Rejected rows will not. Fix the file in Excel (save the report to see the message of each row), save it, then press Reread the file.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&amp;Simpan laporan…</source>
        <translation>&amp;Save report…</translation>
    </message>
    <message>
        <source>Baca &amp;ulang berkas</source>
        <translation>Re&amp;read the file</translation>
    </message>
    <message>
        <source>Mengimpor UMKM</source>
        <translation>Importing businesses</translation>
    </message>
    <message>
        <source>Setiap baris diperiksa sekali lagi lalu disimpan sekaligus. Bila dibatalkan, tidak ada satu pun UMKM yang diimpor.</source>
        <translation>Every row is checked once more and then saved in one go. If cancelled, not a single business is imported.</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>UMKM dengan peringatan dapat dicari di halaman UMKM dengan filter “Hanya yang ada peringatan impor”. Seluruh impor ini dapat dibatalkan (dan dipulihkan) lewat menu Berkas › Riwayat impor.</source>
        <translation>Businesses with warnings can be found on the Businesses page with the filter “Only those with an import warning”. This whole import can be undone (and restored) through File › Import history.</translation>
    </message>
    <message>
        <source>Simpan lapo&amp;ran…</source>
        <translation>Save the &amp;report…</translation>
    </message>
    <message>
        <source>Tampilkan UMKM dengan &amp;peringatan</source>
        <translation>Show businesses with &amp;warnings</translation>
    </message>
    <message>
        <source>Impor berkas &amp;lain</source>
        <translation>Import &amp;another file</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Terbitkan dokumen</source>
        <translation>Issue a document</translation>
    </message>
    <message>
        <source>Hanya UMKM yang memenuhi syarat untuk jenis dokumen ini</source>
        <translation>Only businesses eligible for this document type</translation>
    </message>
    <message>
        <source>Tahap yang dirujuk</source>
        <translation>Stage referred</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Nomor surat diambil dari register saat dokumen diterbitkan dan tidak dapat dipakai ulang; dokumen yang salah dibatalkan, bukan dihapus.</source>
        <translation>The letter number is taken from the register when the document is issued and cannot be reused; a wrong document is voided, not deleted.</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Tidak ada tahap bermitra yang belum dirujuk</source>
        <translation>No partnered stage left that has not been referred</translation>
    </message>
    <message>
        <source>Pilih UMKM terlebih dahulu.</source>
        <translation>Choose a business first.</translation>
    </message>
    <message>
        <source>Memberi nomor dan membuat PDF…</source>
        <translation>Numbering and making the PDF…</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat diterbitkan</source>
        <translation>The document cannot be issued</translation>
    </message>
</context>
<context>
    <name>IssueFlow</name>
    <message>
        <source>{kind} — {number}</source>
        <extracomment>The kind a &quot;Terbitkan surat…&quot; button starts with; the officer may pick another in the dialog.</extracomment>
        <translation>{kind} — {number}</translation>
    </message>
</context>
<context>
    <name>KeysNotice</name>
    <message>
        <source>Tampilkan semua</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Kembali ke daftar lengkap</source>
        <translation>Back to the full list</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Berlaku saat UMKM Desk dibuka lagi. Surat, sertifikat dan laporan resmi tetap berbahasa Indonesia.</source>
        <translation>Applies when UMKM Desk is opened again. Official letters, certificates and reports stay in Indonesian.</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <source>Laporan</source>
        <extracomment>dashboards kept for going back and forth (a bar&apos;s list, then back to the charts) open a list narrowed to these keys: (&quot;umkm&quot; | &quot;pendampingan&quot;, frozenset of ids, the notice to show) (filter, day) -&gt; the charts counted for it and the database&apos;s stamp when they were counted</extracomment>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Grafik per tahap, kecamatan, mitra, dan periode; laporan berkala PDF dan Excel</source>
        <translation>Charts by stage, district, partner and period; periodic reports as PDF and Excel</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Semua mitra</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Semua sektor</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Menghitung grafik…</source>
        <translation>Calculating the charts…</translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation>{name} district</translation>
    </message>
    <message>
        <source>Membuka daftar…</source>
        <translation>Opening the list…</translation>
    </message>
    <message>
        <source>Grafik laporan tidak dapat dihitung</source>
        <translation>The report charts cannot be calculated</translation>
    </message>
    <message>
        <source>Grafik laporan tidak dapat dihitung. {reason}</source>
        <translation>The report charts cannot be calculated. {reason}</translation>
    </message>
    <message>
        <source>{period} ({start} s.d. {end}); saldo dan yang sedang berjalan per {as_of}.</source>
        <translation>{period} ({start} to {end}); balances and ongoing cases as of {as_of}.</translation>
    </message>
    <message>
        <source>Filter: {filters}.</source>
        <translation>Filter: {filters}.</translation>
    </message>
    <message>
        <source>Klik batang grafik untuk membuka daftar di baliknya.</source>
        <translation>Click a bar in a chart to open the list behind it.</translation>
    </message>
    <message>
        <source>Belum ada data untuk periode ini. Daftarkan UMKM di halaman UMKM (atau impor dari Excel, Ctrl+I) dan catat pendampingannya; grafik akan terisi dengan sendirinya.</source>
        <translation>No data for this period yet. Register businesses on the Businesses page (or import from Excel, Ctrl+I) and log their assistance; the charts fill in by themselves.</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>businesses</translation>
    </message>
    <message>
        <source>pendampingan</source>
        <translation>assistance cases</translation>
    </message>
    <message>
        <source>{listed} {what}; angka grafik {facts} karena satu {what} dapat terhitung pada lebih dari satu tahap</source>
        <translation>{listed} {what}; the chart shows {facts} because {what} can be counted in more than one stage</translation>
    </message>
    <message>
        <source>{facts} {unit} pada {listed} {what}</source>
        <translation>{facts} {unit} across {listed} {what}</translation>
    </message>
    <message>
        <source>Dari Laporan ({source}): {what} — {count}.</source>
        <translation>From Reports ({source}): {what} — {count}.</translation>
    </message>
    <message>
        <source>Daftar tidak dapat dibuka</source>
        <translation>The list cannot be opened</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bulan, triwulan, semester, tahun, atau rentang tanggal</source>
        <translation>Month, quarter, half-year, year or date range</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tanggal awal</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tanggal akhir</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Laporan berkala sebagai PDF atau Excel</source>
        <translation>Periodic report as PDF or Excel</translation>
    </message>
    <message>
        <source>Buat laporan…</source>
        <translation>Create report…</translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>{count} {what} tersimpan di:
{path}</source>
        <translation>{count} {what} saved to:
{path}</translation>
    </message>
    <message>
        <source>Keterangan kolom yang kosong: {path}</source>
        <translation>Notes on the empty columns: {path}</translation>
    </message>
    <message>
        <source>Ekspor tidak dapat disimpan</source>
        <translation>The export cannot be saved</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — UMKM Desk</source>
        <translation>Log in — UMKM Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;UMKM Desk&lt;/b&gt;&lt;br&gt;Masuk dengan akun Anda</source>
        <translation>&lt;b&gt;UMKM Desk&lt;/b&gt;&lt;br&gt;Log in with your account</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ringkasan pendampingan UMKM Kota Serang</source>
        <translation>Summary of small-business assistance in Kota Serang</translation>
    </message>
    <message>
        <source>Daftar usaha dan pemiliknya</source>
        <translation>Businesses and their owners</translation>
    </message>
    <message>
        <source>Permodalan, pendampingan, dan pemasaran tiap UMKM</source>
        <translation>Capital, mentoring and marketing for each business</translation>
    </message>
    <message>
        <source>Perguruan tinggi, BAZNAS/LAZ, dan mitra lain beserta kerja samanya</source>
        <translation>Universities, BAZNAS/LAZ and other partners with their agreements</translation>
    </message>
    <message>
        <source>Surat dan sertifikat yang telah diterbitkan</source>
        <translation>Letters and certificates issued</translation>
    </message>
    <message>
        <source>Rekap per tahap, kecamatan, mitra, dan periode</source>
        <translation>Recap per stage, district, partner and period</translation>
    </message>
    <message>
        <source>Kop surat, penandatangan, dan penomoran surat</source>
        <translation>Letterhead, signatory and letter numbering</translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <extracomment>pages that show lists or figures and follow colleagues&apos; changes while on screen the database file was found damaged (emitted from whichever thread saw it; handled in the GUI thread) the data stamp each page was last read at (see show_page) ask before closing with unsaved edits (off for ``--screenshot``)</extracomment>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>{label} (Ctrl+{number})</source>
        <translation>{label} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Basis data: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi…</source>
        <translation>S&amp;ynchronise…</translation>
    </message>
    <message>
        <source>Tukar paket data dengan laptop lapangan atau kantor</source>
        <translation>Exchange data packages with a field laptop or the office</translation>
    </message>
    <message>
        <source>Ganti pengguna…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Jejak audit…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Akun pengguna…</source>
        <translation>User accounts…</translation>
    </message>
    <message>
        <source>Sambungan basis data…</source>
        <translation>Database connection…</translation>
    </message>
    <message>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>{page} — UMKM Desk</source>
        <translation>{page} — UMKM Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Basis data rusak — penulisan dihentikan.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;The database is damaged — writing has stopped.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Petugas: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Pimpinan</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>tidak aktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi Anda sudah diganti.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>Cadangkan basis data</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Basis data SQLite (*.sqlite)</source>
        <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Cadangan tersimpan di:
{path}</source>
        <translation>Backup saved in:
{path}</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dibuat</source>
        <translation>The backup cannot be made</translation>
    </message>
    <message>
        <source>Sambungan basis data disimpan; dipakai sejak UMKM Desk dibuka lagi.</source>
        <translation>Database connection saved; it is used from the next time UMKM Desk opens.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan di {pages}. Keluar dan buang perubahan itu?</source>
        <translation>There are unsaved changes on {pages}. Quit and discard them?</translation>
    </message>
    <message>
        <source>Keluar tanpa menyimpan</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>UMKM Desk</source>
        <translation>UMKM Desk</translation>
    </message>
    <message>
        <source>Disperindagkop Kota Serang</source>
        <translation>Disperindagkop Kota Serang</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Impor UMKM…</source>
        <translation>&amp;Import businesses…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Riwayat impor…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Unduh templat impor…</source>
        <translation>&amp;Download the import template…</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Daftar di halaman ini, persis seperti di layar, sebagai .xlsx atau .csv</source>
        <translation>The list on this page, exactly as on screen, as .xlsx or .csv</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ekspor &amp;SIDT-KUMKM…</source>
        <translation>Export &amp;SIDT-KUMKM…</translation>
    </message>
    <message>
        <source>UMKM terpilih atau UMKM dalam daftar, dalam kolom SIDT-KUMKM</source>
        <translation>The selected businesses or the businesses in the list, in SIDT-KUMKM columns</translation>
    </message>
    <message>
        <source>Buat &amp;laporan…</source>
        <translation>Create &amp;report…</translation>
    </message>
    <message>
        <source>Ganti &amp;petugas…</source>
        <translation>Change &amp;officer…</translation>
    </message>
    <message>
        <source>&amp;Cadangkan basis data…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Tentang UMKM Desk</source>
        <translation>&amp;About UMKM Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Tidak dapat menyimpan</source>
        <extracomment>Unattended runs (``--screenshot``) never wait on a modal box: an error is kept in ``unattended_errors`` (the run reports it as one line and exits non-zero) and a question is answered &quot;no&quot;.</extracomment>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MitraPage</name>
    <message>
        <source>Mitra</source>
        <extracomment>fixed &quot;today&quot; for tests and screenshots; None means the real date</extracomment>
        <translation>Partners</translation>
    </message>
    <message>
        <source>+ Perjanjian</source>
        <translation>+ Agreement</translation>
    </message>
    <message>
        <source>Belum ada perjanjian. Mitra baru dapat ditugaskan setelah MoU/PKS dicatat.</source>
        <translation>No agreements yet. A new partner can be assigned once an MoU/PKS is recorded.</translation>
    </message>
    <message>
        <source>+ Rencana kerja</source>
        <translation>+ Work plan</translation>
    </message>
    <message>
        <source>Belum ada rencana kerja. Catat kuota UMKM dan anggaran mitra per tahun dan tahap.</source>
        <translation>No work plan yet. Record the partner&apos;s business quota and budget per year and stage.</translation>
    </message>
    <message>
        <source>+ Penempatan</source>
        <translation>+ Placement</translation>
    </message>
    <message>
        <source>Belum ada penempatan KKM/KKN.</source>
        <translation>No KKM/KKN placements yet.</translation>
    </message>
    <message>
        <source>Perjanjian {name} diarsipkan.</source>
        <translation>Agreement {name} archived.</translation>
    </message>
    <message>
        <source>Rencana kerja {name} diarsipkan.</source>
        <translation>Work plan {name} archived.</translation>
    </message>
    <message>
        <source>Penempatan {name} diarsipkan.</source>
        <translation>Placement {name} archived.</translation>
    </message>
    <message>
        <source>Ekspor daftar mitra</source>
        <translation>Export the partner list</translation>
    </message>
    <message>
        <source>{n} mitra</source>
        <translation>{n} partners</translation>
    </message>
    <message>
        <source>Belum ada mitra.</source>
        <translation>No partners yet.</translation>
    </message>
    <message>
        <source>Tidak ada mitra yang cocok.</source>
        <translation>No matching partner.</translation>
    </message>
    <message>
        <source>Pilih mitra di daftar sebelah kiri, atau tambahkan mitra baru (Ctrl+N).</source>
        <translation>Choose a partner in the list on the left, or add a new partner (Ctrl+N).</translation>
    </message>
    <message>
        <source>Belum ada mitra. Klik «+ Mitra baru» (Ctrl+N) untuk mencatat kampus, BAZNAS, bank atau lembaga lain yang bekerja sama, lalu catat MoU/PKS-nya: hanya mitra dengan MoU/PKS berlaku yang dapat ditetapkan pada tahap pendampingan.</source>
        <translation>No partners yet. Click «+ New partner» (Ctrl+N) to record a campus, BAZNAS, bank or other cooperating institution, then record its MoU/PKS: only partners with an MoU/PKS in force can be assigned to an assistance stage.</translation>
    </message>
    <message>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>{valid} berlaku, {soon} segera berakhir, {expired} kedaluwarsa</source>
        <translation>{valid} in force, {soon} ending soon, {expired} expired</translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>{n} tahap pada {year}, kuota {quota} UMKM</source>
        <translation>{n} stages in {year}, quota {quota} businesses</translation>
    </message>
    <message>
        <source>Belum ada untuk {year}</source>
        <translation>None yet for {year}</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Belum ada rencana kerja maupun realisasi pada {year}. Tambahkan rencana kerja di tab Rencana Kerja.</source>
        <translation>No work plan and no realisation in {year} yet. Add a work plan on the Work plan tab.</translation>
    </message>
    <message>
        <source>Perubahan tidak dapat disimpan</source>
        <translation>The changes cannot be saved</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mitra “{name}” diarsipkan. Riwayatnya tetap tersimpan.</source>
        <translation>Partner “{name}” archived. Its history is kept.</translation>
    </message>
    <message>
        <source>Arsipkan mitra</source>
        <translation>Archive partner</translation>
    </message>
    <message>
        <source>Arsipkan “{name}”? Mitra tidak lagi muncul di daftar dan saran mitra. Perjanjian, rencana kerja, dan riwayat pendampingan tetap tersimpan dan dapat dipulihkan.</source>
        <translation>Archive “{name}”? The partner no longer appears in the list and in partner suggestions. Agreements, work plans and assistance history are kept and can be restored.</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Mitra “{name}” dipulihkan.</source>
        <translation>Partner “{name}” restored.</translation>
    </message>
    <message>
        <source>Arsipkan {name}? Data dapat dipulihkan dari arsip.</source>
        <translation>Archive {name}? The data can be restored from the archive.</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <source>Cari nama, narahubung, telepon…</source>
        <translation>Search name, contact, phone…</translation>
    </message>
    <message>
        <source>Tambah mitra (Ctrl+N)</source>
        <translation>Add partner (Ctrl+N)</translation>
    </message>
    <message>
        <source>+ Mitra baru</source>
        <translation>+ New partner</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tampilkan arsip</source>
        <translation>Show archive</translation>
    </message>
    <message>
        <source>Daftar ini, persis seperti di layar, sebagai Excel atau CSV (Ctrl+E)</source>
        <translation>This list, exactly as on screen, as Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Enter: ubah · Delete: arsipkan</source>
        <translation>Enter: edit · Delete: archive</translation>
    </message>
    <message>
        <source>Ubah data</source>
        <translation>Edit data</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Profil &amp;&amp; kontak</source>
        <translation>Profile &amp;&amp; contact</translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Rencana kerja</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Penempatan aktif</source>
        <translation>Active placements</translation>
    </message>
    <message>
        <source>Rencana Kerja</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>KKM/KKN</source>
        <translation>KKM/KKN</translation>
    </message>
    <message>
        <source>Penempatan KKM/KKN</source>
        <translation>KKM/KKN placements</translation>
    </message>
    <message>
        <source>Target vs Realisasi</source>
        <translation>Target vs Realisation</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Target UMKM</source>
        <translation>Business target</translation>
    </message>
    <message>
        <source>Realisasi UMKM</source>
        <translation>Businesses reached</translation>
    </message>
    <message>
        <source>Capaian target</source>
        <translation>Target achieved</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Dana dicairkan</source>
        <translation>Funds disbursed</translation>
    </message>
    <message>
        <source>Realisasi = UMKM yang tahapnya ditangani mitra ini dan dimulai pada tahun tersebut. Dana dicairkan = dukungan modal berstatus dicairkan pada tahun tersebut.</source>
        <translation>Realisation = businesses whose stage this partner handles and that started in that year. Funds disbursed = capital support with the status disbursed in that year.</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>Kekuatan: {hint}</source>
        <translation>Strength: {hint}</translation>
    </message>
</context>
<context>
    <name>NotesCounter</name>
    <message>
        <source>{used} dari {limit} karakter: terlalu panjang, persingkat dulu.</source>
        <extracomment>the counter appears when this share of the limit is used</extracomment>
        <translation>{used} of {limit} characters: too long, shorten it first.</translation>
    </message>
    <message>
        <source>{used} dari {limit} karakter</source>
        <translation>{used} of {limit} characters</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Ganti petugas</source>
        <translation>Change officer</translation>
    </message>
    <message>
        <source>Tambah petugas baru…</source>
        <translation>Add a new officer…</translation>
    </message>
    <message>
        <source>Petugas tidak dapat disimpan</source>
        <translation>The officer cannot be saved</translation>
    </message>
    <message>
        <source>Siapa yang bertugas?</source>
        <translation>Who is on duty?</translation>
    </message>
    <message>
        <source>Siapa yang bertugas di komputer ini?</source>
        <translation>Who is on duty at this computer?</translation>
    </message>
    <message>
        <source>Nama petugas dicatat pada setiap perubahan data. Pilihan ini diingat di komputer ini dan dapat diganti lewat menu Berkas › Ganti petugas.</source>
        <translation>The officer&apos;s name is recorded with every change to the data. This choice is remembered on this computer and can be changed through File › Change officer.</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Petugas baru</source>
        <translation>New officer</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>mis. Siti Rahmawati, S.E.</source>
        <translation>e.g. Siti Rahmawati, S.E.</translation>
    </message>
    <message>
        <source>NIP (boleh kosong)</source>
        <translation>NIP (may be empty)</translation>
    </message>
    <message>
        <source>18 digit, mis. 19860926 201505 2 001</source>
        <translation>18 digits, e.g. 19860926 201505 2 001</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Petugas yang sedang masuk</source>
        <translation>Officer signed in</translation>
    </message>
    <message>
        <source>Ketik sedikitnya dua huruf untuk mencari.</source>
        <translation>Type at least two letters to search.</translation>
    </message>
    <message>
        <source>{owner} · {kelurahan} · skala {scale}</source>
        <translation>{owner} · {kelurahan} · {scale} scale</translation>
    </message>
    <message>
        <source>masih ada pendampingan aktif</source>
        <translation>still has an active assistance case</translation>
    </message>
    <message>
        <source>pendampingan terakhir: {status}</source>
        <translation>last assistance case: {status}</translation>
    </message>
    <message>
        <source>pendampingan aktif</source>
        <translation>active assistance case</translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok.</source>
        <translation>No matching business.</translation>
    </message>
    <message>
        <source>{n} UMKM ditemukan; pilih satu.</source>
        <translation>{n} businesses found; choose one.</translation>
    </message>
    <message>
        <source>Buka pendampingan</source>
        <translation>Open assistance case</translation>
    </message>
    <message>
        <source>Buka pendampingan baru</source>
        <translation>Open a new assistance case</translation>
    </message>
    <message>
        <source>Pendampingan dimulai dengan tiga tahap: permodalan, pendampingan, dan pemasaran.</source>
        <translation>Assistance starts with three stages: capital, mentoring and marketing.</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Ketik nama usaha, pemilik, NIK atau NIB</source>
        <translation>Type a business name, owner, NIK or NIB</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Latar belakang atau kebutuhan UMKM</source>
        <translation>Background or needs of the business</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>UMKM Desk</source>
        <translation>UMKM Desk</translation>
    </message>
    <message>
        <source>Memperbarui basis data ke versi baru…
Salinan cadangan dibuat lebih dulu. Pada data yang besar ini bisa memakan waktu hingga satu menit; jangan matikan komputer.</source>
        <translation>Updating the database to the new version…
A backup copy is made first. With this much data it can take up to a minute; do not switch the computer off.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Pengukuran terakhir (disimpan rekan): {on}, omzet {sales}, modal {modal}.</source>
        <translation>Latest measurement (saved by a colleague): {on}, sales {sales}, capital {modal}.</translation>
    </message>
    <message>
        <source>Skala usaha: isi omzet dan modal dengan angka rupiah.</source>
        <translation>Business scale: enter turnover and capital as rupiah figures.</translation>
    </message>
    <message>
        <source>Skala usaha: {scale}</source>
        <translation>Business scale: {scale}</translation>
    </message>
    <message>
        <source> — naik kelas dari {base} (pengukuran awal)</source>
        <translation> — grown from {base} (first measurement)</translation>
    </message>
    <message>
        <source> — pengukuran awal: {base}</source>
        <translation> — first measurement: {base}</translation>
    </message>
    <message>
        <source>Hasil pendampingan</source>
        <translation>Assistance outcome</translation>
    </message>
    <message>
        <source>Catat hasil pengukuran</source>
        <translation>Record a measurement</translation>
    </message>
    <message>
        <source>Omzet, modal dan tenaga kerja saat ini. Skala usaha dihitung ulang dan dibandingkan dengan pengukuran awal.</source>
        <translation>Current turnover, capital and workers. The business scale is recomputed and compared with the first measurement.</translation>
    </message>
    <message>
        <source>Tanggal pengukuran</source>
        <translation>Measurement date</translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation>Yearly turnover</translation>
    </message>
    <message>
        <source>mis. 1,2 M atau 850 jt</source>
        <translation>e.g. 1,2 M or 850 jt</translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>tanpa tanah dan bangunan</source>
        <translation>without land and buildings</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Legalitas diperoleh</source>
        <translation>Legal permits obtained</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>PIRT</source>
        <translation>PIRT</translation>
    </message>
    <message>
        <source>Merek</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <source>Pasar yang dijangkau</source>
        <translation>Markets reached</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Ritel modern</source>
        <translation>Modern retail</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sumber data, keterangan</source>
        <translation>Data source, remarks</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PartnerChildTab</name>
    <message>
        <source>{n} baris</source>
        <extracomment>False for a role that may not change partners: the add, edit, archive and restore buttons are hidden</extracomment>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Mitra baru</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Ubah mitra</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Data mitra</source>
        <translation>Partner data</translation>
    </message>
    <message>
        <source>Lembaga yang bekerja sama dengan Disperindagkop: perguruan tinggi, BAZNAS/LAZ, OPD, atau lainnya.</source>
        <translation>Institutions cooperating with Disperindagkop: universities, BAZNAS/LAZ, government offices (OPD) or others.</translation>
    </message>
    <message>
        <source>Nama lembaga</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <source>mis. Universitas Sultan Ageng Tirtayasa</source>
        <translation>e.g. Universitas Sultan Ageng Tirtayasa</translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>mis. Jl. Raya Jakarta Km. 4, Pakupatan, Serang</source>
        <translation>e.g. Jl. Raya Jakarta Km. 4, Pakupatan, Serang</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>mis. Dr. Rina Marlina, M.Pd.</source>
        <translation>e.g. Dr. Rina Marlina, M.Pd.</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>mis. 0812-3456-7890 atau (0254) 280330</source>
        <translation>e.g. 0812-3456-7890 or (0254) 280330</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>mis. humas@untirta.ac.id</source>
        <translation>e.g. humas@untirta.ac.id</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PartnerModels</name>
    <message>
        <source>Perguruan Tinggi Negeri</source>
        <translation>State university</translation>
    </message>
    <message>
        <source>Perguruan Tinggi Swasta</source>
        <translation>Private university</translation>
    </message>
    <message>
        <source>BAZNAS/LAZ</source>
        <translation>BAZNAS/LAZ</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Government office (OPD)</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>PTN</source>
        <translation>State univ.</translation>
    </message>
    <message>
        <source>PTS</source>
        <translation>Private univ.</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Segera berakhir</source>
        <translation>Ending soon</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Bertugas</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Akan datang</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source> (arsip)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Nama mitra</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source> · data contoh</source>
        <translation> · demo data</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Tahap yang dicakup</source>
        <translation>Stages covered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>{n} UMKM</source>
        <translation>{n} businesses</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village (kelurahan)</translation>
    </message>
    <message>
        <source>DPL</source>
        <translation>Field supervisor</translation>
    </message>
    <message>
        <source>Mahasiswa</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>tanpa rencana</source>
        <translation>no plan</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Dana dicairkan</source>
        <translation>Funds disbursed</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Kata sandi salinan</source>
        <translation>Password for the copy</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi kata sandinya.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password must be at least {n} characters.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Pembayaran angsuran</source>
        <translation>Instalment payment</translation>
    </message>
    <message>
        <source>Catat pembayaran angsuran</source>
        <translation>Record an instalment payment</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Sisa pinjaman saat ini: {amount}</source>
        <translation>Loan outstanding now: {amount}</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>dari {count}</source>
        <translation>of {count}</translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Sesuaikan lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Satu halaman</source>
        <translation>One page</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Selebar jendela</source>
        <translation>Fit to window width</translation>
    </message>
    <message>
        <source>Satu halaman penuh</source>
        <translation>One whole page</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {reason}</source>
        <translation>The file {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Cetak {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
</context>
<context>
    <name>PendampinganPage</name>
    <message>
        <source>Pendampingan</source>
        <extracomment>what the next load must read besides the rows of the current group</extracomment>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Semua mitra</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation>{name} district</translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{n} pendampingan dengan tindak lanjut terlambat</source>
        <translation>{n} assistance cases with overdue follow-ups</translation>
    </message>
    <message>
        <source>Data pendampingan tidak dapat dimuat.</source>
        <translation>The assistance data cannot be loaded.</translation>
    </message>
    <message>
        <source>Semua pendampingan</source>
        <translation>All assistance cases</translation>
    </message>
    <message>
        <source>Semua tahap tuntas</source>
        <translation>All stages done</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{n} dengan tindak lanjut terlambat</source>
        <translation>{n} with overdue follow-ups</translation>
    </message>
    <message>
        <source>Ditutup — {status}</source>
        <translation>Closed — {status}</translation>
    </message>
    <message>
        <source>Semua tahap tuntas — siap ditutup</source>
        <translation>All stages done — ready to close</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>Belum ada pendampingan. Klik «Buka pendampingan…» untuk mulai mendampingi UMKM yang sudah terdaftar di halaman UMKM; tahap, kegiatan, permodalan dan hasilnya dicatat di sini.</source>
        <translation>No assistance cases yet. Click «Open assistance case…» to start assisting a business already registered on the Businesses page; stages, activities, capital and outcomes are recorded here.</translation>
    </message>
    <message>
        <source>Tidak ada pendampingan yang cocok dengan pencarian atau filter ini.</source>
        <translation>No assistance case matches this search or filter.</translation>
    </message>
    <message>
        <source>Ekspor daftar pendampingan</source>
        <translation>Export the assistance list</translation>
    </message>
    <message>
        <source>Cari nama usaha, pemilik, NIK, NIB…</source>
        <translation>Search business name, owner, NIK, NIB…</translation>
    </message>
    <message>
        <source>Daftar ini, persis seperti di layar, sebagai Excel atau CSV (Ctrl+E)</source>
        <translation>This list, exactly as on screen, as Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Buka pendampingan…</source>
        <translation>Open assistance case…</translation>
    </message>
    <message>
        <source>Hanya yang terlambat</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <source>Tahap dan status</source>
        <translation>Stage and status</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Klik dua kali sebuah baris untuk membuka pendampingannya. Baris merah: tindak lanjut sudah lewat tanggalnya.</source>
        <translation>Double-click a row to open its assistance case. Red rows: the follow-up date has passed.</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <source>Hanya administrator yang dapat mengubah pengaturan kantor; Anda dapat membacanya.</source>
        <extracomment>settings field -&gt; (line edit, error label) object names in ui/settings_page.ui</extracomment>
        <translation>Only an administrator can change the office settings; you can read them.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kop surat, penandatangan, dan penomoran surat untuk dokumen yang dicetak</source>
        <translation>Letterhead, signatory and letter numbering for printed documents</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Logo sendiri, {width} × {height} piksel</source>
        <translation>Own logo, {width} × {height} pixels</translation>
    </message>
    <message>
        <source>Logo bawaan</source>
        <translation>Default logo</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar yang dapat dibaca. Pilih berkas PNG atau JPEG.</source>
        <translation>This file is not a readable image. Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (paling besar 2 MB).</source>
        <translation>The logo file is too large (at most 2 MB).</translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Belum disimpan: perbaiki isian yang ditandai merah.</source>
        <translation>Not saved: fix the fields marked red.</translation>
    </message>
    <message>
        <source>Belum disimpan.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Pengaturan tidak dapat disimpan</source>
        <translation>The settings cannot be saved</translation>
    </message>
    <message>
        <source>Pengaturan tersimpan pukul {time}.</source>
        <translation>Settings saved at {time}.</translation>
    </message>
    <message>
        <source>Kembalikan pengaturan</source>
        <translation>Revert settings</translation>
    </message>
    <message>
        <source>Buang perubahan yang belum disimpan dan kembali ke pengaturan tersimpan?</source>
        <translation>Discard the unsaved changes and go back to the saved settings?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeriodControls</name>
    <message>
        <source>Bulan</source>
        <extracomment>the core&apos;s PERIOD_KINDS, written out so that the catalogue has them</extracomment>
        <translation>Month</translation>
    </message>
    <message>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Triwulan {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Semester {n}</source>
        <translation>Half-year {n}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Halaman ini segera hadir.</source>
        <translation>This page is coming soon.</translation>
    </message>
    <message>
        <source>Bagian {title} sedang disiapkan dan akan tersedia pada pembaruan berikutnya.</source>
        <translation>The {title} section is being prepared and will be available in the next update.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>{kelurahan} — Kec. {kecamatan}</source>
        <translation>{kelurahan} — {kecamatan} district</translation>
    </message>
    <message>
        <source>Penempatan KKM/KKN {name}</source>
        <translation>KKM/KKN placement {name}</translation>
    </message>
    <message>
        <source>Penempatan baru</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>Ubah penempatan</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <source>Belum ada kelurahan dipilih.</source>
        <translation>No village chosen yet.</translation>
    </message>
    <message>
        <source>{n} kelurahan dipilih: {names}</source>
        <translation>{n} villages chosen: {names}</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Penempatan KKM/KKN</source>
        <translation>KKM/KKN placements</translation>
    </message>
    <message>
        <source>Kelompok mahasiswa yang bertugas di kelurahan; UMKM di kelurahan itu akan disarankan ke kampusnya.</source>
        <translation>A group of students working in villages; businesses in those villages will be suggested to their campus.</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>mis. KKM Kelompok 12</source>
        <translation>e.g. KKM Group 12</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>DPL</source>
        <translation>Field supervisor</translation>
    </message>
    <message>
        <source>dosen pembimbing lapangan, mis. Dr. Rina Marlina, M.Pd.</source>
        <translation>field supervisor, e.g. Dr. Rina Marlina, M.Pd.</translation>
    </message>
    <message>
        <source>Jumlah mahasiswa</source>
        <translation>Number of students</translation>
    </message>
    <message>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village (kelurahan)</translation>
    </message>
    <message>
        <source>Cari kelurahan atau kecamatan…</source>
        <translation>Search village or district…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibatalkan: {reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>Kode verifikasi: {code}</source>
        <translation>Verification code: {code}</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Rekapitulasi UMKM Binaan</source>
        <extracomment>the titles of the core&apos;s REPORTS, written out so that the catalogue has them</extracomment>
        <translation>Summary of assisted businesses</translation>
    </message>
    <message>
        <source>Laporan Perkembangan Pendampingan UMKM</source>
        <translation>Business assistance progress report</translation>
    </message>
    <message>
        <source>Laporan Realisasi Rencana Kerja Mitra</source>
        <translation>Partner work plan achievement report</translation>
    </message>
    <message>
        <source>Laporan Permodalan UMKM</source>
        <translation>Business capital report</translation>
    </message>
    <message>
        <source>Laporan UMKM Naik Kelas</source>
        <translation>Report on businesses that grew</translation>
    </message>
    <message>
        <source>Tanpa filter: seluruh Kota Serang, semua mitra, sektor dan petugas.</source>
        <translation>No filters: all of Kota Serang, all partners, sectors and officers.</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Compiling the report…</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Laporan tersimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>{title} tersimpan di:
{path}</source>
        <translation>{title} saved to:
{path}</translation>
    </message>
    <message>
        <source>{title} tersimpan di:
{path}

Lihat pratinjaunya sekarang?</source>
        <translation>{title} saved to:
{path}

Preview it now?</translation>
    </message>
    <message>
        <source>Lihat pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message>
        <source>Buat laporan</source>
        <translation>Create report</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF (untuk ditandatangani dan dicetak)</source>
        <translation>PDF (to sign and print)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <extracomment>the database was replaced (ctx.db is a new Database): the window reloads its pages</extracomment>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan. Data sekarang disimpan dulu sebagai cadangan &quot;sebelum pemulihan&quot;, jadi pemulihan dapat dibatalkan dengan memulihkan cadangan itu.</source>
        <translation>Choose the backup to restore. The current data is first saved as a &quot;before restore&quot; backup, so the restore can be undone by restoring that backup.</translation>
    </message>
    <message>
        <source>Folder cadangan: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Membaca daftar cadangan…</source>
        <translation>Reading the list of backups…</translation>
    </message>
    <message>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <source>dapat dipulihkan</source>
        <translation>can be restored</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan (*.sqlite *.db *.zip);;Salinan berkata sandi (*.zip);;Semua berkas (*)</source>
        <translation>Backups (*.sqlite *.db *.zip);;Password-protected copies (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Salinan ini terenkripsi. Masukkan kata sandi yang dipakai saat salinan dibuat.</source>
        <translation>This copy is encrypted. Enter the password used when the copy was made.</translation>
    </message>
    <message>
        <source>Membuka salinan berkata sandi…</source>
        <translation>Opening the password-protected copy…</translation>
    </message>
    <message>
        <source>Salinan berkata sandi</source>
        <translation>Password-protected copy</translation>
    </message>
    <message>
        <source>{name} tidak dapat dipulihkan: {problem}.</source>
        <translation>{name} cannot be restored: {problem}.</translation>
    </message>
    <message>
        <source>Data sekarang akan diganti dengan cadangan {when} ({counts}).

Data sekarang disimpan dulu sebagai cadangan &quot;sebelum pemulihan&quot;. Dokumen yang diterbitkan setelah cadangan itu dibuat tidak akan ada lagi di data; nomornya tidak dipakai ulang dan daftarnya ditampilkan setelah pemulihan.

Pulihkan sekarang?</source>
        <translation>The current data will be replaced with the backup from {when} ({counts}).

The current data is first saved as a &quot;before restore&quot; backup. Documents issued after that backup was made will no longer be in the data; their numbers are not reused and their list is shown after the restore.

Restore now?</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <source>Pemulihan selesai.</source>
        <translation>Restore finished.</translation>
    </message>
    <message>
        <source>Pemulihan tidak dilakukan</source>
        <translation>Nothing was restored</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>The restore failed</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <extracomment>after a failed automatic backup (flash drive pulled), the next try waits this long: one notice, not one a minute a background check or backup ended (for tests and the status bar): (&quot;backup&quot;|&quot;check&quot;, ok)</extracomment>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>P&amp;eriksa database…</source>
        <translation>C&amp;heck database…</translation>
    </message>
    <message>
        <source>Basis data server dipulihkan oleh pengelola server.</source>
        <translation>The server database is restored by the server administrator.</translation>
    </message>
    <message>
        <source>Cadangan otomatis tersimpan: {name}</source>
        <translation>Automatic backup saved: {name}</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal. {reason}</source>
        <translation>The automatic backup failed. {reason}</translation>
    </message>
    <message>
        <source>Pemeriksaan basis data tidak dapat dijalankan. Rincian ada di berkas log.</source>
        <translation>The database check cannot be run. The details are in the log file.</translation>
    </message>
    <message>
        <source>Cadangan basis data</source>
        <translation>Database backup</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Berkas basis data rusak; UMKM Desk tidak menulis lagi ke dalamnya.

Selamatkan data: berkas yang rusak disimpan apa adanya, lalu data yang masih terbaca dipindahkan ke berkas baru dan Anda diberi tahu apa yang hilang.
Pulihkan cadangan: data kembali seperti pada cadangan yang dipilih ({newest}).</source>
        <translation>The database file is damaged; UMKM Desk no longer writes to it.

Rescue data: the damaged file is kept as it is, then the data that can still be read is moved to a new file and you are told what was lost.
Restore a backup: the data returns to how it was in the chosen backup ({newest}).</translation>
    </message>
    <message>
        <source>Selamatkan data</source>
        <translation>Rescue data</translation>
    </message>
    <message>
        <source>Pulihkan cadangan…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>belum ada cadangan</source>
        <translation>no backups yet</translation>
    </message>
    <message>
        <source>terbaru {when}</source>
        <translation>latest {when}</translation>
    </message>
    <message>
        <source>Menyelamatkan data…</source>
        <translation>Rescuing data…</translation>
    </message>
    <message>
        <source>Hasil penyelamatan data</source>
        <translation>Data rescue result</translation>
    </message>
    <message>
        <source>Buka daftar cadangan untuk memulihkan?</source>
        <translation>Open the list of backups to restore?</translation>
    </message>
    <message>
        <source>Buka daftar cadangan</source>
        <translation>Open the list of backups</translation>
    </message>
    <message>
        <source>Pakai hasil penyelamatan</source>
        <translation>Use the rescued data</translation>
    </message>
    <message>
        <source>Penyelamatan data gagal</source>
        <translation>The data rescue failed</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Jadwal angsuran</source>
        <translation>Instalment schedule</translation>
    </message>
    <message>
        <source>Jadwal angsuran qardhul hasan {amount}</source>
        <translation>Qardhul hasan instalment schedule {amount}</translation>
    </message>
    <message>
        <source> kali</source>
        <translation> times</translation>
    </message>
    <message>
        <source>Jumlah angsuran</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <source>Jatuh tempo pertama</source>
        <translation>First due date</translation>
    </message>
    <message>
        <source>{n} x {each} per bulan</source>
        <translation>{n} x {each} per month</translation>
    </message>
    <message>
        <source>; angsuran terakhir {last}</source>
        <translation>; last instalment {last}</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Jadwal yang disimpan rekan: {n} angsuran mulai {on}.</source>
        <translation>Schedule saved by a colleague: {n} instalments from {on}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Kop Surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>mis. PEMERINTAH KOTA SERANG</source>
        <translation>e.g. PEMERINTAH KOTA SERANG</translation>
    </message>
    <message>
        <source>Nama dinas</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>mis. Dinas Perindustrian, Perdagangan, dan Koperasi</source>
        <translation>e.g. Dinas Perindustrian, Perdagangan, dan Koperasi</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Jalan, nomor, kota, kode pos</source>
        <translation>Street, number, city, postcode</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>mis. (0254) 200000</source>
        <translation>e.g. (0254) 200000</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>mis. disperindagkop@serangkota.go.id</source>
        <translation>e.g. disperindagkop@serangkota.go.id</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>mis. disperindagkop.serangkota.go.id</source>
        <translation>e.g. disperindagkop.serangkota.go.id</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Pakai logo bawaan</source>
        <translation>Use the default logo</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama lengkap beserta gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas …</source>
        <translation>e.g. Kepala Dinas …</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digit, mis. 19700101 199503 1 001</source>
        <translation>18 digits, e.g. 19700101 199503 1 001</translation>
    </message>
    <message>
        <source>Penomoran Surat</source>
        <translation>Letter numbering</translation>
    </message>
    <message>
        <source>Format nomor</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>500.3/{nomor:03d}/Disperindagkop/{bulan_romawi}/{tahun}</source>
        <translation>500.3/{nomor:03d}/Disperindagkop/{bulan_romawi}/{tahun}</translation>
    </message>
    <message>
        <source>Isian: {nomor} nomor urut tahun ini (mis. {nomor:03d} menjadi 001), {bulan_romawi}, {bulan}, {tahun}.</source>
        <translation>Fields: {nomor} this year&apos;s serial number (e.g. {nomor:03d} gives 001), {bulan_romawi}, {bulan}, {tahun}.</translation>
    </message>
    <message>
        <source>Nomor berikutnya</source>
        <translation>Next number</translation>
    </message>
    <message>
        <source>Tempat surat</source>
        <translation>Place on letters</translation>
    </message>
    <message>
        <source>mis. Serang</source>
        <translation>e.g. Serang</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Buang perubahan yang belum disimpan</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan pengaturan (Ctrl+S)</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Lewati…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <source>Tetapkan mitra…</source>
        <translation>Assign partner…</translation>
    </message>
    <message>
        <source>{seq}. {stage}</source>
        <translation>{seq}. {stage}</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>MoU/PKS</source>
        <translation>MoU/PKS</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ganti mitra…</source>
        <translation>Change partner…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>UMKM Desk</source>
        <extracomment>the picture of ``--screenshot`` (the main window&apos;s default size)</extracomment>
        <translation>UMKM Desk</translation>
    </message>
    <message>
        <source>PID {pid}</source>
        <translation>PID {pid}</translation>
    </message>
    <message>
        <source>PID tidak diketahui</source>
        <translation>PID unknown</translation>
    </message>
    <message>
        <source>{who} di komputer {host}</source>
        <translation>{who} on computer {host}</translation>
    </message>
    <message>
        <source>Basis data ini sedang dibuka oleh UMKM Desk lain ({who}). Tutup aplikasi itu lebih dulu, lalu buka kembali. Bila aplikasi itu sudah tertutup karena listrik padam, tunggu sebentar lalu coba lagi.</source>
        <translation>This database is open in another UMKM Desk ({who}). Close that app first, then open it again. If that app closed because of a power cut, wait a moment and try again.</translation>
    </message>
    <message>
        <source>umkm-desk: halaman {page} tidak selesai memuat data dalam 30 detik.</source>
        <translation>umkm-desk: the page {page} did not finish loading its data within 30 seconds.</translation>
    </message>
    <message>
        <source>umkm-desk: tangkapan layar tidak dapat disimpan ke {path}.</source>
        <translation>umkm-desk: the screenshot cannot be saved to {path}.</translation>
    </message>
    <message>
        <source>Sandi server basis data</source>
        <translation>Database server password</translation>
    </message>
    <message>
        <source>Sandi untuk {who}:</source>
        <translation>Password for {who}:</translation>
    </message>
    <message>
        <source>Alamat basis data tidak dapat dipakai: {error}</source>
        <translation>The database address cannot be used: {error}</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai</source>
        <translation>The database is in use</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka. {error}</source>
        <translation>The database cannot be opened. {error}</translation>
    </message>
    <message>
        <source>umkm-desk: basis data ini memakai akun; tanpa --user dan UMKM_DESK_PASSWORD hanya layar masuk yang tampil.</source>
        <translation>umkm-desk: this database uses accounts; without --user and UMKM_DESK_PASSWORD only the login screen is shown.</translation>
    </message>
    <message>
        <source>umkm-desk: kata sandi akun ini masih sementara; hanya layar masuk yang tampil.</source>
        <translation>umkm-desk: this account&apos;s password is still temporary; only the login screen is shown.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>PC</source>
        <extracomment>data changed (a package applied, a conflict resolved): pages showing it should refresh</extracomment>
        <translation>PC</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Paket terkirim</source>
        <translation>Packages sent</translation>
    </message>
    <message>
        <source>Terakhir dikirim</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>Paket diterima</source>
        <translation>Packages received</translation>
    </message>
    <message>
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>PC ini</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>PC lain</source>
        <translation>Other PC</translation>
    </message>
    <message>
        <source>Hasil suntingan</source>
        <translation>Edited result</translation>
    </message>
    <message>
        <source>Sinkronisasi tidak dapat dibaca</source>
        <extracomment>the buttons&apos; texts for two edits of one field; other kinds of conflict say what each choice does</extracomment>
        <translation>Synchronisation cannot be read</translation>
    </message>
    <message>
        <source>laptop lapangan</source>
        <translation>field laptop</translation>
    </message>
    <message>
        <source>kantor</source>
        <translation>office</translation>
    </message>
    <message>
        <source>PC ini: {name} ({role}). Paket berisi semua perubahan sejak paket terakhir ke PC tujuan; paket yang sama boleh diterima dua kali tanpa akibat.</source>
        <translation>This PC: {name} ({role}). A package holds every change since the last package to the destination PC; receiving the same package twice does no harm.</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source> (kantor)</source>
        <translation> (office)</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Gabungkan?</source>
        <translation>Merge?</translation>
    </message>
    <message>
        <source>{table} diarsipkan?</source>
        <translation>{table} archived?</translation>
    </message>
    <message>
        <source>{table} dihapus?</source>
        <translation>{table} deleted?</translation>
    </message>
    <message>
        <source>{table} kembar</source>
        <translation>{table} twin</translation>
    </message>
    <message>
        <source>{what} · {title} (dari {peer})</source>
        <translation>{what} · {title} (from {peer})</translation>
    </message>
    <message>
        <source>Konflik ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu keputusan.</source>
        <translation>No conflicts awaiting a decision.</translation>
    </message>
    <message>
        <source>Status arsip</source>
        <translation>Archive status</translation>
    </message>
    <message>
        <source>Keberadaan data</source>
        <translation>Record exists</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>diarsipkan {when}</source>
        <translation>archived {when}</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>UMKM dari {peer} tampak sama dengan UMKM di PC ini ({reasons}). Gabungkan: UMKM yang datang diarsipkan dan pendampingannya dipindah ke UMKM di PC ini.</source>
        <translation>The business from {peer} looks the same as a business on this PC ({reasons}). Merge: the incoming business is archived and its assistance is moved to the business on this PC.</translation>
    </message>
    <message>
        <source>Tetap &amp;diarsipkan</source>
        <translation>Keep &amp;archived</translation>
    </message>
    <message>
        <source>Biarkan &amp;aktif</source>
        <translation>Keep &amp;active</translation>
    </message>
    <message>
        <source>&amp;Pulihkan (aktif lagi)</source>
        <translation>&amp;Restore (active again)</translation>
    </message>
    <message>
        <source>&amp;Arsipkan</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>{what} ini diarsipkan di {where}, tetapi diubah di {other}. Perubahannya sudah digabung (kolom biasa di bawah); putuskan apakah data ini tetap diarsipkan. Sampai diputuskan, PC ini memakai keadaannya sendiri.</source>
        <translation>This {what} was archived on {where} but edited on {other}. The edits are merged already (plain rows below); decide whether it stays archived. Until then this PC keeps its own state.</translation>
    </message>
    <message>
        <source>Biarkan &amp;terhapus</source>
        <translation>Keep &amp;deleted</translation>
    </message>
    <message>
        <source>&amp;Pertahankan</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>{what} ini dihapus di {where}, tetapi diubah di {other}. Putuskan apakah data ini dipertahankan; sampai diputuskan, PC ini memakai keadaannya sendiri.</source>
        <translation>This {what} was deleted on {where} but edited on {other}. Decide whether to keep it; until then this PC keeps its own state.</translation>
    </message>
    <message>
        <source>Simpan dengan &amp;nama baru</source>
        <translation>Save under a &amp;new name</translation>
    </message>
    <message>
        <source>{what} dari {peer} memakai {columns} yang sama dengan {what} di PC ini, tetapi dibuat terpisah. Sementara keduanya disimpan; yang datang bernama &quot;{suggestion}&quot;. Gabungkan: yang datang diarsipkan dan semua yang merujuk kepadanya dipindah ke yang di PC ini. Atau tulis nama lain di kolom Hasil suntingan, lalu Simpan dengan nama baru.</source>
        <translation>A {what} from {peer} has the same {columns} as a {what} on this PC but was made separately. Both are kept meanwhile; the one that arrived is called &quot;{suggestion}&quot;. Merge: the one that arrived is archived and everything that refers to it moves to the one on this PC. Or type another name in the Edited column, then Save under a new name.</translation>
    </message>
    <message>
        <source>{what} dari {peer} memakai {columns} yang sama dengan {what} di PC ini, dan keduanya tidak boleh ada bersama. Yang datang ditahan (belum disimpan). Gabungkan: yang di PC ini dipakai, yang datang dihapus juga di {peer}.</source>
        <translation>A {what} from {peer} has the same {columns} as a {what} on this PC, and the two cannot both exist. The one that arrived is held back (not saved). Merge: the one on this PC is used, and the one that arrived is deleted on {peer} too.</translation>
    </message>
    <message>
        <source>{what} ini diubah berbeda di kedua PC pada kolom di bawah; perubahan lain sudah digabung. Sampai diputuskan, PC ini memakai isinya sendiri.</source>
        <translation>{what}: this record was changed differently on both PCs in the fields below; other changes are already merged. Until decided, this PC uses its own values.</translation>
    </message>
    <message>
        <source>{intro}
PC ini: {mine_by}, {mine_at}. {peer}: {theirs_by}, {theirs_at}.</source>
        <translation>{intro}
This PC: {mine_by}, {mine_at}. {peer}: {theirs_by}, {theirs_at}.</translation>
    </message>
    <message>
        <source>Buat paket</source>
        <translation>Create package</translation>
    </message>
    <message>
        <source>Tulis nama PC tujuan paket (mis. nama laptop lapangan), lalu ulangi.</source>
        <translation>Enter the name of the destination PC (e.g. the field laptop&apos;s name), then try again.</translation>
    </message>
    <message>
        <source>Simpan paket sinkronisasi</source>
        <translation>Save the synchronisation package</translation>
    </message>
    <message>
        <source>Paket sinkronisasi (*{suffix})</source>
        <translation>Synchronisation package (*{suffix})</translation>
    </message>
    <message>
        <source>Membuat paket…</source>
        <translation>Creating the package…</translation>
    </message>
    <message>
        <source>Terima paket sinkronisasi</source>
        <translation>Receive a synchronisation package</translation>
    </message>
    <message>
        <source>Menerapkan paket…</source>
        <translation>Applying the package…</translation>
    </message>
    <message>
        <source> Nomor surat {first}–{last} tahun {year} dicadangkan untuk {name}.</source>
        <translation> Letter numbers {first}–{last} for {year} are reserved for {name}.</translation>
    </message>
    <message>
        <source>Paket nomor {seq} untuk {name} tersimpan di {path} ({rows} baris).{block}</source>
        <translation>Package number {seq} for {name} saved to {path} ({rows} rows).{block}</translation>
    </message>
    <message>
        <source>Paket nomor {seq} dari {name} sudah diterapkan sebelumnya; tidak ada yang berubah.</source>
        <translation>Package number {seq} from {name} was already applied; nothing changed.</translation>
    </message>
    <message>
        <source>Paket nomor {seq} dari {name} diterapkan: {rows} baris.</source>
        <translation>Package number {seq} from {name} applied: {rows} rows.</translation>
    </message>
    <message>
        <source>{n} konflik menunggu keputusan di tab Konflik.</source>
        <translation>{n} conflicts awaiting a decision on the Conflicts tab.</translation>
    </message>
    <message>
        <source>{n} data yang juga diubah di PC ini menunggu keputusan kantor.</source>
        <translation>{n} records also changed on this PC are awaiting the office&apos;s decision.</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Paket gagal diproses</source>
        <translation>The package could not be processed</translation>
    </message>
    <message>
        <source>Konflik tidak dapat diselesaikan</source>
        <translation>The conflict cannot be resolved</translation>
    </message>
    <message>
        <source>Konflik {title} diselesaikan; keputusan ini ikut paket berikutnya.</source>
        <translation>Conflict {title} resolved; this decision goes with the next package.</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>PC &amp;tujuan:</source>
        <translation>Destination &amp;PC:</translation>
    </message>
    <message>
        <source>Paket &amp;penyiapan laptop: seluruh data dan blok nomor surat</source>
        <translation>Laptop &amp;setup package: all data and a block of letter numbers</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Buat paket…</source>
        <translation>&amp;Create package…</translation>
    </message>
    <message>
        <source>&amp;Terima paket…</source>
        <translation>&amp;Receive package…</translation>
    </message>
    <message>
        <source>Pakai milik PC &amp;ini</source>
        <translation>Use &amp;this PC&apos;s version</translation>
    </message>
    <message>
        <source>Pakai milik PC &amp;lain</source>
        <translation>Use the &amp;other PC&apos;s version</translation>
    </message>
    <message>
        <source>Pakai hasil &amp;suntingan</source>
        <translation>Use the &amp;edited result</translation>
    </message>
    <message>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Biarkan &amp;keduanya</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Kata sandi sementara untuk {user}</source>
        <translation>Temporary password for {user}</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UmkmPage</name>
    <message>
        <source>UMKM</source>
        <extracomment>&quot;Impor dari Excel…&quot; on the empty list: the main window opens its import wizard</extracomment>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Daftar usaha dan pemiliknya</source>
        <translation>Businesses and their owners</translation>
    </message>
    <message>
        <source>Daftar ini ke Excel atau CSV…  (Ctrl+E)</source>
        <translation>This list to Excel or CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Format SIDT-KUMKM…</source>
        <translation>SIDT-KUMKM format…</translation>
    </message>
    <message>
        <source>Belum didampingi</source>
        <translation>Not yet assisted</translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>UMKM diarsipkan</source>
        <translation>Business archived</translation>
    </message>
    <message>
        <source>Tidak ada UMKM yang cocok dengan pencarian.</source>
        <translation>No business matches the search.</translation>
    </message>
    <message>
        <source>Arsip kosong. UMKM yang diarsipkan akan tampil di sini dan bisa dipulihkan.</source>
        <translation>The archive is empty. Archived businesses show here and can be restored.</translation>
    </message>
    <message>
        <source>Belum ada UMKM.</source>
        <translation>No business yet.</translation>
    </message>
    <message>
        <source>Belum ada UMKM. Tekan Ctrl+N untuk menambah, impor daftar dari Excel (Ctrl+I), atau muat data contoh.</source>
        <translation>No businesses yet. Press Ctrl+N to add one, import a list from Excel (Ctrl+I), or load the demo data.</translation>
    </message>
    <message>
        <source>Arsipkan UMKM</source>
        <translation>Archive business</translation>
    </message>
    <message>
        <source>Arsipkan {name}? UMKM ini tidak tampil lagi di daftar dan laporan, tetapi datanya tetap ada dan bisa dipulihkan dari tampilan Arsip.</source>
        <translation>Archive {name}? This business no longer shows in lists and reports, but its data stays and can be restored from the Archive view.</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>UMKM tidak dapat diarsipkan</source>
        <translation>The business cannot be archived</translation>
    </message>
    <message>
        <source>{name} diarsipkan. Tekan Ctrl+Z untuk membatalkan.</source>
        <translation>{name} archived. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Pulihkan UMKM</source>
        <translation>Restore business</translation>
    </message>
    <message>
        <source>UMKM tidak dapat dipulihkan</source>
        <translation>The business cannot be restored</translation>
    </message>
    <message>
        <source>{name} dipulihkan dari arsip.</source>
        <translation>{name} restored from the archive.</translation>
    </message>
    <message>
        <source>Ekspor daftar UMKM</source>
        <translation>Export the business list</translation>
    </message>
    <message>
        <source>Ekspor SIDT-KUMKM</source>
        <translation>Export SIDT-KUMKM</translation>
    </message>
    <message>
        <source>Ekspor {n} UMKM yang dipilih saja, atau seluruh daftar ({total} UMKM)?</source>
        <translation>Export only the {n} selected businesses, or the whole list ({total} businesses)?</translation>
    </message>
    <message>
        <source>UMKM terpilih</source>
        <translation>Selected businesses</translation>
    </message>
    <message>
        <source>Seluruh daftar</source>
        <translation>Whole list</translation>
    </message>
    <message>
        <source>Muat data contoh</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Data contoh tidak dapat dimuat</source>
        <translation>The demo data cannot be loaded</translation>
    </message>
    <message>
        <source>Cari nama usaha, pemilik, NIK, NIB atau telepon…  (Ctrl+F)</source>
        <translation>Search business name, owner, NIK, NIB or phone…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Daftar ini sebagai Excel atau CSV (Ctrl+E), atau dalam kolom SIDT-KUMKM</source>
        <translation>This list as Excel or CSV (Ctrl+E), or in SIDT-KUMKM columns</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Daftarkan usaha baru (Ctrl+N)</source>
        <translation>Register a new business (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tambah UMKM</source>
        <translation>Add business</translation>
    </message>
    <message>
        <source>Ketik 3 huruf atau lebih untuk mencari di semua kolom (NIK, NIB, telepon)</source>
        <translation>Type 3 or more letters to search all columns (NIK, NIB, phone)</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Semua sektor</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Semua skala</source>
        <translation>All scales</translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Semua mitra</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>UMKM yang diimpor dengan peringatan (misalnya digit terakhir NIK mungkin salah): periksa dan perbaiki datanya.</source>
        <translation>Businesses imported with a warning (for example, the last digit of the NIK may be wrong): check and correct their data.</translation>
    </message>
    <message>
        <source>Hanya yang ada peringatan impor</source>
        <translation>Only those with an import warning</translation>
    </message>
    <message>
        <source>Impor daftar UMKM dari berkas Excel atau CSV (Ctrl+I)</source>
        <translation>Import a list of businesses from an Excel or CSV file (Ctrl+I)</translation>
    </message>
    <message>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Hapus pencarian dan filter</source>
        <translation>Clear the search and filters</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>UMKM Desk terkunci</source>
        <translation>UMKM Desk is locked</translation>
    </message>
    <message>
        <source>Terkunci karena tidak ada kegiatan. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>Locked because of inactivity. Enter the password of {name} to continue.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Akun ini tidak ada lagi. Tutup aplikasi lalu masuk kembali.</source>
        <translation>This account no longer exists. Close the application and log in again.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verifikasi dokumen</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <source>Ketik nomor surat atau kode verifikasi (spasi dan tanda hubung di dalam kode boleh), atau tempel teks hasil pindaian kode QR sertifikat.</source>
        <translation>Type a letter number or verification code (spaces and hyphens inside the code are fine), or paste the text scanned from a certificate&apos;s QR code.</translation>
    </message>
    <message>
        <source>mis. 500.3/001/Disperindagkop/XI/2026 atau 7QLESYMB7V</source>
        <translation>e.g. 500.3/001/Disperindagkop/XI/2026 or 7QLESYMB7V</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat diperiksa</source>
        <translation>The document cannot be checked</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Batalkan dokumen</source>
        <translation>Void document</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;&lt;br&gt;Nomor {number}&lt;br&gt;{business}, terbit {date}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;&lt;br&gt;Number {number}&lt;br&gt;{business}, issued {date}</translation>
    </message>
    <message>
        <source>Nomor ini tetap tercatat di register dan tidak akan dipakai lagi. Verifikasi dokumen ini akan menyatakan DIBATALKAN.</source>
        <translation>This number stays in the register and will not be used again. Verifying this document will say VOID.</translation>
    </message>
    <message>
        <source>Alasan pembatalan, mis. salah nama pemilik</source>
        <translation>Reason for voiding, e.g. wrong owner name</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alasan pembatalan (wajib)</source>
        <translation>Reason for voiding (required)</translation>
    </message>
    <message>
        <source>Tuliskan alasan pembatalan (minimal 5 huruf).</source>
        <translation>Write the reason for voiding (at least 5 letters).</translation>
    </message>
    <message>
        <source>Batalkan {kind} nomor {number}? Pembatalan tidak dapat diurungkan.</source>
        <translation>Void {kind} number {number}? Voiding cannot be undone.</translation>
    </message>
    <message>
        <source>Ya, batalkan</source>
        <translation>Yes, void it</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dibatalkan</source>
        <translation>The document cannot be voided</translation>
    </message>
</context>
<context>
    <name>WorkPlanDialog</name>
    <message>
        <source>Rencana kerja baru</source>
        <translation>New work plan</translation>
    </message>
    <message>
        <source>Rencana kerja {name}</source>
        <translation>Work plan {name}</translation>
    </message>
    <message>
        <source>Ubah rencana kerja</source>
        <translation>Edit work plan</translation>
    </message>
    <message>
        <source>Kosongkan bila mitra tidak membawa anggaran.</source>
        <translation>Leave empty if the partner brings no budget.</translation>
    </message>
    <message>
        <source>Tercatat: {amount}</source>
        <translation>Recorded: {amount}</translation>
    </message>
    <message>
        <source>Data terbaru tidak dapat dimuat</source>
        <translation>The latest data cannot be loaded</translation>
    </message>
    <message>
        <source>Rencana kerja</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Rencana kerja tahunan</source>
        <translation>Yearly work plan</translation>
    </message>
    <message>
        <source>Target jumlah UMKM dan anggaran mitra untuk satu tahap dalam satu tahun.</source>
        <translation>The partner&apos;s target number of businesses and budget for one stage in one year.</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source> UMKM</source>
        <translation> businesses</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>mis. Rp500.000.000 atau 500 jt</source>
        <translation>e.g. Rp500.000.000 or 500 jt</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>mis. hibah modal usaha mikro, bergulir per triwulan</source>
        <translation>e.g. micro business capital grant, revolving per quarter</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>_SmallDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>case_models</name>
    <message>
        <source>Siap ditutup</source>
        <translation>Ready to close</translation>
    </message>
    <message>
        <source>UMKM</source>
        <extracomment>with a loader, further pages are fetched in the background (scrolling never blocks the window)</extracomment>
        <translation>Business</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village (kelurahan)</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Kegiatan terakhir</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>ditutup {date}</source>
        <translation>closed {date}</translation>
    </message>
    <message>
        <source>{date} (terlambat)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat sejak {date}</source>
        <translation>Follow-up overdue since {date}</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Mentor / mahasiswa</source>
        <translation>Mentor / students</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>{n} jam</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{date} (selesai)</source>
        <translation>{date} (done)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Sisa pinjaman</source>
        <translation>Loan outstanding</translation>
    </message>
    <message>
        <source>ditolak {date}</source>
        <translation>rejected {date}</translation>
    </message>
    <message>
        <source>Angsuran</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tagihan</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <source>Sebagian</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>ke-{n}</source>
        <translation>no. {n}</translation>
    </message>
    <message>
        <source>Omzet per tahun</source>
        <translation>Yearly turnover</translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Legalitas</source>
        <translation>Legal permits</translation>
    </message>
    <message>
        <source>Pasar</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>Merek</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Ritel modern</source>
        <translation>Modern retail</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{scale} (naik kelas)</source>
        <translation>{scale} (grown)</translation>
    </message>
    <message>
        <source>Pengukuran awal</source>
        <translation>First measurement</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>{field} pemilik</source>
        <extracomment>Indonesian names of the fields of a business and its owner, for the edit history.</extracomment>
        <translation>Owner&apos;s {field}</translation>
    </message>
    <message>
        <source>{field} usaha</source>
        <translation>Business {field}</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Alamat Pemilik</source>
        <translation>Owner&apos;s address</translation>
    </message>
    <message>
        <source>Alamat Usaha</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>Alasan data ganda</source>
        <translation>Reason for the duplicate</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>BAZNAS/LAZ</source>
        <translation>BAZNAS/LAZ</translation>
    </message>
    <message>
        <source>Bazar</source>
        <translation>Bazaar</translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Besar</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Diimpor dari berkas</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Disimpan walau mirip data lain</source>
        <translation>Saved although similar to another record</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Fesyen</source>
        <translation>Fashion</translation>
    </message>
    <message>
        <source>Hibah</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Industri Pengolahan</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Jenis/Sektor Usaha</source>
        <translation>Business type/sector</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Jumlah Tenaga Kerja</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kecil</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Kegiatan Pasar</source>
        <translation>Market event</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Village (kelurahan)</translation>
    </message>
    <message>
        <source>Kerajinan</source>
        <translation>Crafts</translation>
    </message>
    <message>
        <source>Kuliner</source>
        <translation>Culinary</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Modal Usaha</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>Modal usaha</source>
        <translation>Business capital</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NIK belum ada</source>
        <translation>No NIK yet</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Naik kelas</source>
        <translation>Grown (naik kelas)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama Pemilik</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>Nama Usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>No. HP/WA</source>
        <translation>Mobile/WhatsApp no.</translation>
    </message>
    <message>
        <source>No. PIRT</source>
        <translation>PIRT no.</translation>
    </message>
    <message>
        <source>No. Sertifikat Halal</source>
        <translation>Halal certificate no.</translation>
    </message>
    <message>
        <source>Nomor PIRT</source>
        <translation>PIRT number</translation>
    </message>
    <message>
        <source>Nomor halal</source>
        <translation>Halal number</translation>
    </message>
    <message>
        <source>Nota Kesepahaman</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Government office (OPD)</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>Omzet</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Omzet tahunan</source>
        <translation>Yearly turnover</translation>
    </message>
    <message>
        <source>Onboarding E-commerce</source>
        <translation>E-commerce onboarding</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Pameran</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Pemasaran</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Pencairan Dana</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <source>Pendampingan</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Perdagangan</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Perguruan Tinggi Negeri</source>
        <translation>State university</translation>
    </message>
    <message>
        <source>Perguruan Tinggi Swasta</source>
        <translation>Private university</translation>
    </message>
    <message>
        <source>Perikanan</source>
        <translation>Fisheries</translation>
    </message>
    <message>
        <source>Perjanjian Kerja Sama</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Permodalan</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Pertanian</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Qardhul Hasan</source>
        <translation>Qardhul hasan</translation>
    </message>
    <message>
        <source>Ringkasan Kasus</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Rujukan KUR</source>
        <translation>KUR referral</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Sertifikat Pendampingan</source>
        <translation>Assistance certificate</translation>
    </message>
    <message>
        <source>Sesi Mentoring</source>
        <translation>Mentoring session</translation>
    </message>
    <message>
        <source>Skala usaha</source>
        <translation>Business scale</translation>
    </message>
    <message>
        <source>Status kasus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Surat Keterangan Perkembangan</source>
        <translation>Progress letter</translation>
    </message>
    <message>
        <source>Surat Rujukan</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tahun Mulai Usaha</source>
        <translation>Year the business started</translation>
    </message>
    <message>
        <source>Tahun mulai</source>
        <translation>Year started</translation>
    </message>
    <message>
        <source>Tanggal Daftar</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Telepon narahubung</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
</context>
</TS>

"""Words the demo data is made of: Sundanese/Bantenese names, streets, products per sector, KBLI codes, phone
prefixes and the officers' usual notes. Pure data; the generator in services.demo draws from it."""

from __future__ import annotations

import itertools

MALE_FIRST = (
    "Ahmad", "Muhammad", "Ujang", "Dede", "Asep", "Agus", "Budi", "Dadang", "Deden", "Endang", "Iwan", "Jajang",
    "Cecep", "Encep", "Aceng", "Usep", "Ade", "Hendra", "Rudi", "Yayan", "Wawan", "Eko", "Joko", "Slamet",
    "Bambang", "Teguh", "Rohmat", "Abdul", "Rizki", "Fajar", "Arif", "Hasan", "Syarif", "Ali", "Umar", "Zaenal",
    "Saepul", "Mulyadi", "Sukardi", "Suherman", "Tatang", "Oman", "Udin", "Maman", "Jaenudin", "Nana", "Didi",
    "Andri", "Dedi", "Heri", "Yusuf", "Ismail", "Khaerul", "Imam", "Lukman", "Furqon", "Rahmat", "Ubaidillah",
    "Tubagus", "Mahmud", "Samsul", "Iip", "Ojak", "Jamal",
)
FEMALE_FIRST = (
    "Siti", "Euis", "Imas", "Neneng", "Enah", "Onah", "Iyah", "Icah", "Tati", "Yati", "Lilis", "Cucu", "Dewi",
    "Sri", "Nur", "Rina", "Yuli", "Nia", "Ani", "Eti", "Elis", "Nenden", "Ratna", "Nurul", "Fitri", "Aisyah",
    "Fatimah", "Khadijah", "Zahra", "Aminah", "Halimah", "Rohmah", "Maryam", "Umi", "Iis", "Popon", "Titin",
    "Nining", "Wiwin", "Lia", "Mega", "Intan", "Rini", "Sumiati", "Ela", "Eulis", "Mimin", "Nani", "Ratu",
    "Juju", "Enung", "Entin",
)
MALE_LAST = (
    "Fauzi", "Suryana", "Kurniawan", "Hidayat", "Setiawan", "Saputra", "Hermawan", "Gunawan", "Sudrajat",
    "Rohman", "Maulana", "Firmansyah", "Ramdani", "Sopian", "Sobari", "Mulyana", "Permana", "Wijaya", "Nugraha",
    "Rahmat", "Hakim", "Supriyadi", "Santoso", "Prasetyo", "Wibowo", "Kusnadi", "Jaelani", "Muhidin", "Sarip",
    "Bahrudin", "Sanusi", "Hasanudin", "Mubarok", "Zulkarnaen", "Hambali", "Suhendi", "Taufik", "Iskandar",
    "Syafei", "Jamaludin", "Khoirudin", "Ma'mun", "Sujana", "Hamdani", "Romli",
)
FEMALE_LAST = (
    "Nurhasanah", "Rohaeti", "Rohayati", "Sumiati", "Maryati", "Kurniasih", "Rahmawati", "Lestari", "Handayani",
    "Wahyuni", "Susanti", "Suryani", "Hasanah", "Nurjanah", "Fitriani", "Marlina", "Yuliani", "Komariah",
    "Mulyani", "Rukmini", "Sa'adah", "Maesaroh", "Munawaroh", "Nuraeni", "Sopiah", "Jubaedah", "Khoeriyah",
    "Rosmiati", "Apriyani", "Permatasari", "Anggraeni", "Ningsih", "Purwanti", "Safitri", "Mardiyah",
)
MALE_NICK = ("Udin", "Ujang", "Dede", "Asep", "Oman", "Maman", "Jaja", "Cecep", "Entis", "Emen", "Ayi", "Iing")
FEMALE_NICK = ("Icah", "Enah", "Onah", "Iyah", "Imas", "Euis", "Ijah", "Entin", "Cucu", "Oom", "Enok", "Iis")
STUDENT_NAMES = (
    "Rizky", "Nabila", "Fajar", "Salsabila", "Dimas", "Aulia", "Naufal", "Zahra", "Rafi", "Anisa", "Ilham",
    "Syifa", "Farhan", "Putri", "Alif", "Nadia", "Haikal", "Azizah", "Bagas", "Khansa",
)
DEGREES = ("M.Si.", "M.M.", "M.Pd.", "M.E.", "M.Ak.", "M.Kom.", "S.E., M.M.", "S.Pd., M.Pd.", "M.E.I.", "M.Sos.")

STREETS = (
    "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. KH. Abdul Hadi", "Jl. Veteran", "Jl. Maulana Hasanuddin",
    "Jl. Raya Pandeglang", "Jl. Raya Banten", "Jl. Trip Jamaksari", "Jl. Diponegoro", "Jl. Ki Mas Jong",
    "Jl. Syekh Nawawi Al-Bantani", "Jl. Raya Taktakan", "Jl. Raya Petir", "Jl. Raya Cilegon", "Jl. Bhayangkara",
    "Jl. Kagungan", "Jl. Tb. Suwandi", "Jl. Kalodran", "Jl. Raya Walantaka", "Jl. Sultan Ageng Tirtayasa",
    "Jl. Yusuf Martadilaga", "Jl. Abdul Fatah Hasan", "Jl. Ciwaru Raya", "Jl. Lingkar Selatan",
    "Jl. Raya Kasemen", "Jl. Raya Curug", "Jl. Pangeran Sogiri", "Jl. Raya Pakupatan",
)
KAMPUNG = (
    "Sukamaju", "Cibogo", "Pasir", "Kebon Jahe", "Kaloran", "Pabuaran", "Cilaku", "Kubang", "Sawah Luhur",
    "Pegantungan", "Tegal", "Masjid", "Kemanisan", "Karangantu", "Bendung", "Cipete", "Gelam", "Pancur",
)
PERUM = ("Perum Griya Serang Asri", "Perum Taman Banten Lestari", "Perum Bumi Cipocok Indah", "Perum Puri Serang Hijau")

BRANDS = (
    "Barokah", "Berkah Jaya", "Sumber Rezeki", "Putri Banten", "Cahaya", "Sinar Mandiri", "Mekar Sari",
    "Al-Ikhlas", "Dua Saudara", "Jaya Abadi", "Amanah", "Rizki Mulya", "Sejahtera", "Karya Mandiri", "Al-Barkah",
)
PRODUCTS: dict[str, tuple[str, ...]] = {
    "kuliner": (
        "Keripik Emping", "Emping Melinjo", "Sate Bandeng", "Rabeg Khas Serang", "Nasi Sumsum", "Kue Jojorong",
        "Gipang", "Bandeng Presto", "Otak-otak Bandeng", "Ketan Bintul", "Kue Cucur", "Pecak Bandeng",
        "Kerupuk Kulit", "Abon Bandeng", "Sambal Bawang", "Kopi Bubuk", "Nasi Uduk", "Bakso", "Mie Ayam",
        "Seblak", "Dodol", "Kue Balok", "Angeun Lada", "Catering", "Es Dawet", "Roti Bakar", "Pepes Ikan",
        "Ayam Bakar", "Kue Satu", "Jahe Merah Instan",
    ),
    "kerajinan": (
        "Batik Khas Banten", "Batik Banten", "Anyaman Pandan", "Anyaman Bambu", "Gerabah Bumijaya",
        "Kerajinan Rotan", "Kerajinan Kayu", "Souvenir Banten", "Kerajinan Kulit Kerang", "Tas Rajut",
        "Kaligrafi", "Miniatur Menara Banten",
    ),
    "fesyen": (
        "Konveksi", "Butik Muslimah", "Jahit", "Batik Tulis", "Hijab", "Sablon Kaos", "Bordir", "Mukena",
        "Busana Muslim",
    ),
    "perdagangan": (
        "Warung Sembako", "Toko Kelontong", "Warung", "Toko Plastik", "Agen Gas dan Air", "Grosir Snack",
        "Toko Sembako", "Toko Pakan Ternak", "Agen Sayur",
    ),
    "jasa": (
        "Bengkel Motor", "Laundry", "Salon", "Pangkas Rambut", "Service HP", "Percetakan", "Fotokopi",
        "Sewa Tenda", "Rias Pengantin", "Cuci Motor",
    ),
    "pertanian": (
        "Kebun Melon", "Sayur Hidroponik", "Jamur Tiram", "Bibit Tanaman", "Ternak Ayam Kampung", "Tani Cabai",
        "Madu Klanceng",
    ),
    "perikanan": (
        "Tambak Bandeng", "Budidaya Lele", "Ikan Asin Karangantu", "Kerang Hijau", "Budidaya Nila",
        "Ikan Segar", "Bandeng Segar",
    ),
    "industri": ("Tahu", "Tempe", "Roti", "Mebel", "Paving Block", "Las Besi", "Sabun Herbal", "Sandal"),
}
SECTOR_WEIGHTS = (38, 8, 9, 20, 10, 5, 5, 5)
SECTOR_CUM = tuple(itertools.accumulate(SECTOR_WEIGHTS))
KBLI: dict[str, tuple[str, ...]] = {
    "kuliner": ("56102", "56103", "56104", "10794", "10792", "10710", "56210"),
    "kerajinan": ("13134", "16291", "16292", "23931", "32909"),
    "fesyen": ("14111", "14120", "13134", "47711"),
    "perdagangan": ("47112", "47111", "47911", "47721", "47190"),
    "jasa": ("95120", "45405", "96111", "96112", "96200", "18111", "82190"),
    "pertanian": ("01131", "01135", "01301", "01462", "01499"),
    "perikanan": ("03221", "03222", "10213", "03111"),
    "industri": ("10392", "10393", "10710", "31001", "23951", "25111", "20231"),
}

# Region codes of NIKs issued outside Kota Serang (Kabupaten Serang, Pandeglang, Lebak, Cilegon, Jakarta).
OUTSIDE_REGIONS = (
    "36.04.05", "36.04.09", "36.04.11", "36.04.19", "36.04.22", "36.04.23", "36.04.12", "36.04.27", "36.04.29",
    "36.04.30", "36.01.21", "36.01.34", "36.01.13", "36.01.12", "36.02.14", "36.02.13", "36.02.01", "36.72.02",
    "36.72.01", "31.71.04", "31.75.03", "31.74.05", "31.73.01",
)
MOBILE_PREFIXES = (
    "812", "813", "821", "822", "852", "853", "811", "857", "856", "858", "815", "878", "877", "817", "818",
    "819", "859", "895", "896", "898", "831", "838",
)

SKIP_CAPITAL_REASONS = (
    "Belum membutuhkan tambahan modal",
    "Modal sendiri sudah mencukupi",
    "Pemilik tidak ingin berutang",
    "Sudah menerima KUR dari bank sebelumnya",
)
SKIP_MARKETING_REASONS = (
    "Pemasaran sudah berjalan baik melalui pelanggan tetap",
    "Pemilik memilih fokus pada produksi",
)
STOP_REASONS = (
    "Usaha tutup",
    "Pemilik pindah domisili ke luar Kota Serang",
    "Pemilik tidak dapat dihubungi",
    "Pemilik mengundurkan diri dari program",
    "Usaha beralih kepemilikan",
)
REJECT_REASONS = (
    "dokumen pendukung tidak lengkap",
    "kuota tahun berjalan sudah habis",
    "usaha belum memenuhi kriteria mustahik",
    "riwayat kredit bermasalah (SLIK)",
)
VISIT_NOTES = (
    "Kunjungan lapangan: cek kondisi tempat produksi dan pencatatan keuangan.",
    "Verifikasi data usaha dan kelengkapan dokumen NIB.",
    "Survei kelayakan usaha untuk pengajuan bantuan modal.",
    "Memantau perkembangan penjualan setelah pendampingan.",
    "Kunjungan bersama mahasiswa KKM ke lokasi usaha.",
)
MENTORING_NOTES = (
    "Mentoring pembukuan sederhana dan pemisahan uang usaha dengan uang pribadi.",
    "Pendampingan penghitungan harga pokok produksi.",
    "Pendampingan pengurusan sertifikat halal (self declare).",
    "Pendampingan pengurusan P-IRT di Dinas Kesehatan.",
    "Perbaikan kemasan dan label produk.",
    "Penyusunan rencana usaha dan target penjualan.",
    "Pendampingan pendaftaran NIB melalui OSS.",
)
TRAINING_NOTES = (
    "Pelatihan foto produk dan pemasaran digital.",
    "Pelatihan manajemen keuangan UMKM.",
    "Pelatihan keamanan pangan dan higiene sanitasi.",
    "Pelatihan desain kemasan.",
)
MARKET_NOTES = {
    "bazar": ("Ikut Bazar UMKM di Alun-alun Kota Serang.", "Bazar Ramadan di halaman Masjid Agung Ats-Tsauroh."),
    "pameran": ("Pameran produk unggulan Kota Serang.", "Ikut pameran UMKM Festival Banten Lama."),
    "ecommerce": ("Pembuatan akun toko daring di marketplace.", "Onboarding toko daring dan unggah katalog produk."),
}

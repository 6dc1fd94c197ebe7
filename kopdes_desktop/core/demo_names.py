"""Word lists for the demo dataset: names common in Kalimantan Utara."""

MALE_FIRST = (
    "Ahmad", "Andi", "Budi", "Daniel", "Darius", "Efendi", "Fransiskus", "Gusti", "Hendra",
    "Irwan", "Jumadi", "Kornelius", "Lukas", "Markus", "Muhammad", "Nasrullah", "Paulus",
    "Rahmat", "Ridwan", "Samuel", "Syahrul", "Thomas", "Usman", "Yakobus", "Yohanes", "Zainal",
    "Arifin", "Bambang", "Hasanuddin", "Ismail", "Junaidi", "Lahmuddin", "Syamsuddin",
)
FEMALE_FIRST = (
    "Agustina", "Dewi", "Elisabet", "Fatimah", "Hasnah", "Indah", "Juliana", "Kartini",
    "Lestari", "Maria", "Nurhayati", "Rahmawati", "Rina", "Sarah", "Siti", "Theresia",
    "Wulan", "Yuliana", "Yunita", "Hartini", "Marlina", "Asmawati", "Rosalina", "Nurlela",
)
FAMILY = (
    "Lawing", "Ajang", "Bilung", "Irang", "Lahang", "Usat", "Padan", "Baya", "Sigar",
    "Pakan", "Tingang", "Laing", "Kila", "Aran", "Salim", "Hamzah", "Syarifuddin", "Saleh",
    "Hasan", "Tahir", "Pasande", "Wulandari", "Pratiwi", "Kurniawan", "Santoso", "Siregar",
    "Manurung", "Rante", "Lolong", "Paembonan", "Sumarni", "Jalil",
)
BANKS = ("BRI", "BNI", "Bank Mandiri", "BSI", "Bankaltimtara")
OTHER_UNITS = (
    "Pangkalan LPG 3 kg", "Outlet beras Bulog", "Agen BRILink", "Agen pupuk bersubsidi",
    "Penjualan hasil kebun", "Usaha perikanan tambak",
)
FINDINGS = (
    (
        "Kelembagaan",
        "Akun SIMKOPDES belum diperbarui sejak rapat pengurus terakhir.",
        "Sekretaris memperbarui data pengurus dan anggota di SIMKOPDES.",
    ),
    (
        "Keuangan",
        "Buku kas harian tidak diisi secara rutin; bukti transaksi belum diarsipkan.",
        "Bendahara mencatat kas setiap hari dan menyimpan bukti dalam map bulanan.",
    ),
    (
        "Unit usaha",
        "Stok gerai sembako tidak dihitung ulang setiap bulan.",
        "Lakukan stock opname bulanan dan laporkan kepada pengurus.",
    ),
    (
        "Perencanaan",
        "Rencana bisnis belum disahkan dalam musyawarah desa khusus.",
        "Jadwalkan musdesus untuk pengesahan rencana bisnis dan proposal pembiayaan.",
    ),
    (
        "Tata kelola",
        "Rapat pengurus tidak tercatat dalam notulen.",
        "Buat notulen setiap rapat dan tandatangani oleh ketua dan sekretaris.",
    ),
    (
        "Legalitas",
        "NPWP koperasi belum diurus.",
        "Ketua mengurus NPWP di KPP terdekat dengan membawa akta dan SK AHU.",
    ),
    (
        "Partisipasi anggota",
        "Sebagian besar anggota belum bertransaksi di gerai koperasi.",
        "Sosialisasi manfaat belanja di gerai koperasi pada pertemuan warga.",
    ),
)
ACTIONS = (
    "Perbarui data pengurus di SIMKOPDES",
    "Susun laporan keuangan bulanan",
    "Lakukan stock opname gerai sembako",
    "Ajukan proposal pembiayaan ke bank Himbara",
    "Adakan rapat anggota tahunan (RAT)",
    "Urus NIB melalui OSS",
    "Buka rekening bank atas nama koperasi",
    "Susun SOP gerai dan pembagian tugas",
    "Catat simpanan pokok dan wajib setiap anggota",
)

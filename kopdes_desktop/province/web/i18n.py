"""The workspace's languages: Bahasa Indonesia (the source text and the default) and English.

Templates and routes write Indonesian text through ``_()``; :data:`ENGLISH` gives each its
English. A test checks that every text the templates and routes use has its English entry.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("id", "en")
DEFAULT = "id"

ENGLISH: dict[str, str] = {
    "Ruang Kerja Petugas Provinsi": "Province Officers' Workspace",
    "Masuk": "Log in",
    "Keluar": "Log out",
    "Nama pengguna": "User name",
    "Kata sandi": "Password",
    "Kata sandi baru": "New password",
    "Koperasi": "Cooperatives",
    "Petugas": "Officers",
    "Log audit": "Audit log",
    "Registri koperasi": "Cooperative registry",
    "Cari nama, NIB atau ID": "Search name, NIB or ID",
    "Cari": "Search",
    "Kabupaten/Kota": "Kabupaten/Kota",
    "Kecamatan": "Kecamatan",
    "Desa/Kelurahan": "Village",
    "Kategori": "Category",
    "Pendamping": "Mentor",
    "Semua": "All",
    "Nama": "Name",
    "Status SIMKOPDES": "SIMKOPDES status",
    "Konflik": "Conflict",
    "ada konflik": "in conflict",
    "Belum dinilai": "Not assessed",
    "Tidak ada koperasi yang cocok.": "No cooperative matches.",
    "Halaman": "Page",
    "dari": "of",
    "koperasi": "cooperatives",
    "Sebelumnya": "Previous",
    "Berikutnya": "Next",
    "Tambah koperasi": "Add cooperative",
    "Koperasi baru": "New cooperative",
    "Pilih desa/kelurahan": "Choose a village",
    "Simpan": "Save",
    "Batal": "Cancel",
    "Koreksi data registri": "Correct registry data",
    "Simpan koreksi": "Save correction",
    "Alamat": "Address",
    "Model pembentukan": "Formation model",
    "Nomor AHU": "AHU number",
    "NIK koperasi": "Cooperative NIK",
    "NIB": "NIB",
    "NPWP": "NPWP",
    "Bank": "Bank",
    "Nomor rekening": "Account number",
    "Tanggal berdiri": "Founded on",
    "Catatan": "Notes",
    "Wilayah": "Region",
    "Perubahan terakhir oleh": "Last changed by",
    "provinsi": "province",
    "perangkat pendamping": "a mentor's laptop",
    "Koreksi masuk ke paket referensi berikutnya dan digabung per kolom dengan perubahan "
    "pendamping.": "Corrections go into the next reference package and merge field by field "
    "with the mentors' changes.",
    "Periksa isian berikut:": "Please check these fields:",
    "Koperasi dibuat.": "Cooperative created.",
    "Koreksi disimpan.": "Correction saved.",
    "Tidak ada yang berubah.": "Nothing changed.",
    "Petugas ditambahkan.": "Officer added.",
    "Petugas dinonaktifkan.": "Officer disabled.",
    "Petugas diaktifkan.": "Officer enabled.",
    "Kata sandi diganti.": "Password changed.",
    "Tambah petugas": "Add officer",
    "Nama lengkap": "Full name",
    "Peran": "Role",
    "Status": "Status",
    "aktif": "active",
    "nonaktif": "disabled",
    "Nonaktifkan": "Disable",
    "Aktifkan": "Enable",
    "Ganti sandi": "Change password",
    "Admin provinsi": "Province admin",
    "Petugas kabupaten": "Kabupaten officer",
    "Peninjau (hanya baca)": "Viewer (read only)",
    "seluruh provinsi": "whole province",
    "Waktu (UTC)": "Time (UTC)",
    "Tindakan": "Action",
    "Sasaran": "Target",
    "Sebelum": "Before",
    "Sesudah": "After",
    "Alamat klien": "Client",
    "Kembali": "Back",
    "Tidak dapat dilanjutkan": "Cannot continue",
    "Halaman tidak ditemukan.": "Page not found.",
    "Sesi Anda telah berakhir; silakan masuk lagi.": "Your session has ended; please log in "
    "again.",
    "Silakan masuk terlebih dahulu.": "Please log in first.",
    "Formulir ini sudah kedaluwarsa atau tidak sah (token keamanan tidak cocok). Muat ulang "
    "halaman lalu coba lagi; tidak ada yang diubah.": "This form has expired or is not valid "
    "(the security token does not match). Reload the page and try again; nothing was changed.",
    "Peran Anda hanya boleh membaca; tidak ada yang diubah.": "Your role may only read; "
    "nothing was changed.",
    "Halaman ini hanya untuk admin provinsi.": "This page is for province admins only.",
    "Nama pengguna atau kata sandi salah.": "Wrong user name or password.",
    "Bahasa": "Language",
    "hanya baca": "read only",
    "Data": "Data",
    "Gagal masuk": "Failed login",
    "Ditolak: terkunci": "Refused: locked out",
    "Petugas ditambah": "Officer added",
    "Koperasi dibuat": "Cooperative created",
    "Registri dikoreksi": "Registry corrected",
    "Petugas diaktifkan": "Officer enabled",
    "Petugas dinonaktifkan": "Officer disabled",
    "Kata sandi diganti": "Password changed",
}

# --- Province overview, map and drill-down pages ---
ENGLISH.update({
    "Ringkasan": "Overview", "Peta": "Map", "Per": "As of", "Instrumen": "Instrument",
    "Koperasi menurut kategori terakhir (hanya penilaian final)":
        "Cooperatives by latest category (final assessments only)",
    "Jumlah": "Total", "Menurun": "Falling", "Tak dikunjungi 60 hari": "Not visited for 60 days",
    "Tindak lanjut terlambat": "Overdue follow-ups", "Menunggak": "In arrears",
    "Kategori per akhir bulan": "Categories at each month's end", "Bulan": "Month",
    "Naik kategori": "Moved up a category", "Turun kategori": "Moved down a category",
    "Pembiayaan": "Financing", "Plafon": "Ceiling", "Disalurkan": "Disbursed",
    "Sisa pinjaman": "Outstanding", "Tunggakan": "Arrears",
    "Koperasi dengan pembiayaan": "Cooperatives with financing",
    "Koperasi menunggak": "Cooperatives in arrears",
    "Kesehatan sinkronisasi": "Sync health", "Perangkat": "Devices",
    "Tidak mengirim 14 hari": "Silent for 14 days", "Ada celah": "With a gap",
    "Divergensi": "Divergences", "Karantina": "Quarantine", "Konflik terbuka": "Open conflicts",
    "Skor terendah": "Lowest scores", "Paling cepat menurun": "Fastest falling",
    "semua": "all", "Skor": "Score", "Perubahan": "Change",
    "Semua koperasi": "All cooperatives",
    "Koperasi menurut kategori terakhir": "Cooperatives by latest category",
    "Koperasi belum dinilai": "Cooperatives not assessed",
    "Koperasi yang menurun": "Cooperatives falling",
    "Koperasi dengan skor terendah": "Cooperatives with the lowest scores",
    "Koperasi menurut kategori": "Cooperatives by category",
    "Koperasi tak dikunjungi 60 hari": "Cooperatives not visited for 60 days",
    "Daftar ini tidak dikenal.": "This list is not known.",
    "akhir bulan": "end of month", "Tampilkan": "Show", "tindak lanjut": "follow-ups",
    "Tindak lanjut": "Follow-up", "Tenggat": "Due", "Kunjungan terakhir": "Last visit",
    "belum pernah": "never", "Tidak ada yang cocok.": "Nothing matches.",
    "perangkat": "devices", "Paket terakhir": "Last batch", "Diterima sampai": "Received up to",
    "Celah": "Gaps", "terdaftar": "enrolled", "belum disetujui": "not approved",
    "Tidak ada perangkat.": "No devices.", "Peta koperasi": "Map of cooperatives",
    "koperasi dengan titik GPS kantor": "cooperatives with an office GPS point",
    "Kategori: penilaian kesiapan final terakhir. Klik titik untuk membuka koperasinya. Batas "
    "wilayah tidak digambar; nama kabupaten/kota ditulis di dekat ibu kotanya.":
        "Category: the latest final readiness assessment. Click a dot to open its "
        "cooperative. Boundaries are not drawn; each kabupaten/kota's name is written near "
        "its seat.",
    "Data registri": "Registry record", "Profil": "Profile",
    "Titik GPS kantor": "Office GPS point", "Unit usaha": "Business units",
    "Belum ada.": "None yet.", "Pengurus dan pengawas": "Board and supervisors",
    "Jabatan": "Position", "Telepon": "Phone",
    "NIK dan telepon pengurus tidak ditampilkan untuk peran Anda.":
        "Board members' NIK and phone are not shown to your role.",
    "Penilaian (final) dan tren": "Assessments (final) and trend", "Aspek": "Aspect",
    "Maks": "Max", "Belum ada penilaian final.": "No final assessment yet.",
    "Kunjungan": "Visits", "Tanggal": "Date", "Tujuan": "Purpose", "Temuan": "Findings",
    "terlambat": "overdue", "Foto": "Photos", "Belum ada foto.": "No photos yet.",
    "Kunjungan per bulan": "Visits per month", "Laporan bulanan": "Monthly report",
    "Kendala": "Issues", "Rencana": "Plans", "Koperasi dampingan": "Cooperatives mentored",
    "Tindak lanjut terbuka": "Open follow-ups", "Tren skor": "Score trend",
    "Lampiran tidak ditemukan.": "Attachment not found.",
    "Kunjungan, penilaian dan tindak lanjut": "Visits, assessments and follow-ups",
})


def translator(language: str) -> Callable[[str], str]:
    """The ``_()`` of one language: Indonesian text as it is, or its English."""
    if language == "en":
        return lambda text: ENGLISH.get(text, text)
    return lambda text: text


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT

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

# Mentors and assignments (web/mentor_pages.py)
ENGLISH.update({
    "Pendamping dibuat.": "Mentor created.",
    "Koperasi ditugaskan.": "Cooperative assigned.",
    "Penugasan diakhiri.": "Assignment ended.",
    "pendamping": "mentors",
    "Koperasi yang didampingi": "Cooperatives mentored",
    "Perangkat": "Devices",
    "Sinkron terakhir": "Last sync",
    "belum ada": "none yet",
    "belum pernah": "never",
    "Belum ada pendamping.": "No mentor yet.",
    "Tambah pendamping": "Add mentor",
    "Business Assistant": "Business Assistant",
    "Nomor HP": "Mobile number",
    "Surel": "Email",
    "Tanggal": "Date",
    "Kode pendaftaran sekali pakai untuk": "One-time enrolment code for",
    "berlaku sampai": "valid until",
    "Laptop yang mendaftar dengan kode ini menjadi laptop pendamping ini dan langsung menerima "
    "koperasi yang ditugaskan kepadanya.": "The laptop that enrols with this code becomes this "
    "mentor's laptop and receives the cooperatives assigned to them at once.",
    "Mulai": "Start",
    "Akhiri penugasan": "End assignment",
    "mulai tanggal": "from",
    "Hari pertama tanpa penugasan": "First day without the assignment",
    "Akhiri": "End",
    "Belum ada koperasi yang ditugaskan.": "No cooperative assigned yet.",
    "Penugasan yang berakhir": "Ended assignments",
    "Tugaskan koperasi": "Assign a cooperative",
    "Koperasi yang sedang didampingi orang lain dialihkan: penugasan lamanya berakhir sehari "
    "sebelum tanggal mulai, dan riwayatnya ikut ke laptop pendamping ini pada paket referensi "
    "berikutnya.": "A cooperative mentored by someone else is reassigned: its old assignment "
    "ends the day before the start date, and its history reaches this mentor's laptop in the "
    "next reference package.",
    "Cari koperasi": "Search cooperatives",
    "Pendamping sekarang": "Current mentor",
    "mulai": "from",
    "Tanggal mulai": "Start date",
    "Alihkan ke pendamping ini": "Reassign to this mentor",
    "Tugaskan": "Assign",
    "cocok; persempit pencarian.": "match; narrow the search.",
    "ID perangkat": "Device id",
    "Belum ada laptop yang terdaftar untuk pendamping ini.": "No laptop is enrolled for this "
    "mentor yet.",
    "Buat kode pendaftaran untuk pendamping ini": "Make an enrolment code for this mentor",
    "Kode pendaftaran dibuat": "Enrolment code made",
    "Koperasi dialihkan": "Cooperative reassigned",
    "Pendamping dibuat": "Mentor created",
    "Koperasi ditugaskan": "Cooperative assigned",
    "Penugasan diakhiri": "Assignment ended",
})


def translator(language: str) -> Callable[[str], str]:
    """The ``_()`` of one language: Indonesian text as it is, or its English."""
    if language == "en":
        return lambda text: ENGLISH.get(text, text)
    return lambda text: text


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT

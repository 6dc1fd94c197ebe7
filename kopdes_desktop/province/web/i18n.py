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
    # Spreadsheet export (/ekspor)
    "Ekspor": "Export",
    "Ekspor lembar kerja": "Export spreadsheet",
    "Ringkasan per kabupaten; satu lembar per data, nama dan wilayah di samping setiap ID.":
        "A summary per kabupaten; one sheet per kind of data, names and regions beside every ID.",
    "Format": "Format",
    "Excel (.xlsx)": "Excel (.xlsx)",
    "CSV (satu berkas per lembar, dalam .zip)": "CSV (one file per sheet, in a .zip)",
    "Sertakan penilaian yang belum final": "Include assessments not yet final",
    "Sertakan NIK dan nomor telepon (data pribadi)":
        "Include NIK and phone numbers (personal data)",
    "NIK dan nomor telepon hanya diekspor oleh admin provinsi.":
        "Only a province admin exports NIK and phone numbers.",
    "Unduh": "Download",
    "Kabupaten/kota itu tidak dikenal.": "That kabupaten is not known.",
    "Lembar kerja diunduh": "Spreadsheet downloaded",
    # Province reports (/laporan)
    "Laporan": "Reports",
    "Laporan PDF": "PDF reports",
    "Laporan diunduh": "Report downloaded",
    "Ringkasan kabupaten untuk Kepala Dinas": "Kabupaten summary for the Head of Dinas",
    "Kategori dan pergerakannya, skor terendah dan yang turun, tindak lanjut terlambat, "
    "pembiayaan.": "Categories and their movement, the lowest and falling scores, overdue "
                   "follow-ups, financing.",
    "Unduh PDF": "Download PDF",
    "Laporan bulanan pendamping": "Mentor's monthly report",
    "Bulan": "Month",
    "Profil koperasi dan laporan penilaian": "Cooperative profile and assessment reports",
    "Buka koperasinya di registri, lalu pilih Laporan PDF.":
        "Open the cooperative in the registry, then choose PDF reports.",
    "Profil koperasi": "Cooperative profile",
    "Laporan hasil penilaian": "Assessment reports",
    "Tanggal penilaian": "Assessment date",
    "Instrumen": "Instrument",
    "Skor": "Score",
    "Belum ada penilaian final.": "No final assessment yet.",
}


def translator(language: str) -> Callable[[str], str]:
    """The ``_()`` of one language: Indonesian text as it is, or its English."""
    if language == "en":
        return lambda text: ENGLISH.get(text, text)
    return lambda text: text


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT

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
ENGLISH.update({  # devices, conflicts and divergences
    "Perangkat": "Devices",
    "Konflik data": "Data conflicts",
    "Perangkat didaftarkan": "Device enrolled",
    "Perangkat disetujui": "Device approved",
    "Kunci perangkat dicabut": "Device key revoked",
    "Kode pendaftaran dibuat": "Enrolment code made",
    "Konflik diselesaikan": "Conflict resolved",
    "Perangkat didaftarkan; paket karantinanya diterapkan.":
        "Device enrolled; its quarantined batches were applied.",
    "Perangkat disetujui; paket karantinanya diterapkan.":
        "Device approved; its quarantined batches were applied.",
    "Kunci perangkat dicabut; paket berikutnya darinya ditolak.":
        "Device key revoked; its later batches are refused.",
    "Berkas ini bukan berkas perangkat Kopdes yang sah; tidak ada yang diubah.":
        "This is not a valid Kopdes device file; nothing was changed.",
    "Berkas perangkat terlalu besar (paling banyak 64 KB); tidak ada yang diubah.":
        "The device file is too large (64 KB at most); nothing was changed.",
    "Pilih berkas perangkat (.json) dari laptop pendamping.":
        "Choose the device file (.json) from the mentor's laptop.",
    "Centang konfirmasi untuk mencabut kunci perangkat; tidak ada yang diubah.":
        "Tick the confirmation to revoke the device key; nothing was changed.",
    "Ketik sidik jari kunci yang dibacakan pendamping dari laptopnya; tidak ada yang diubah.":
        "Type the key fingerprint the mentor reads from their laptop; nothing was changed.",
    "Pilih masa berlaku kode dari daftar; tidak ada yang dibuat.":
        "Choose the code's validity from the list; nothing was made.",
    "aktif": "active",
    "dikarantina": "quarantined",
    "dicabut": "revoked",
    "diterapkan": "applied",
    "menunggu paket sebelumnya": "waiting for an earlier batch",
    "ditolak": "refused",
    "Kode pendaftaran sekali pakai (berikan kepada satu pendamping):":
        "One-time enrolment code (give it to one mentor):",
    "Berlaku sampai": "Valid until",
    "Kode ini hanya ditampilkan sekali.": "This code is shown only once.",
    "perangkat": "devices",
    "Sidik jari kunci": "Key fingerprint",
    "Paket terakhir": "Last batch",
    "Diterapkan": "Applied",
    "Karantina": "Quarantine",
    "Menunggu": "Waiting",
    "Ditolak": "Refused",
    "Belum ada perangkat.": "No device yet.",
    "Daftarkan perangkat dari berkas": "Enrol a device from its file",
    "Berkas perangkat (.json) dari laptop pendamping": "Device file (.json) from the mentor's "
                                                       "laptop",
    "Daftarkan": "Enrol",
    "Buat kode pendaftaran": "Make an enrolment code",
    "Masa berlaku": "Valid for",
    "jam": "hours",
    "Buat kode": "Make code",
    "diterapkan sampai nomor": "applied up to counter",
    "Kunci dicabut": "Key revoked",
    "oleh": "by",
    "Paket berikutnya dari perangkat ini ditolak.": "Later batches from this device are refused.",
    "Kunci yang mengaku sebagai perangkat ini": "Keys claiming to be this device",
    "Telepon pendampingnya dan minta ia membacakan sidik jari dari laptopnya (Sinkronisasi). "
    "Setujui hanya bila sama persis.": "Call the mentor and ask them to read the fingerprint "
    "from their laptop (Sync). Approve only if it matches exactly.",
    "Paket dalam karantina": "Quarantined batches",
    "Pendamping yang disebut": "Mentor named",
    "Ketik sidik jari yang dibacakan pendamping": "Type the fingerprint the mentor reads out",
    "Setujui perangkat": "Approve device",
    "Cabut kunci perangkat (laptop hilang atau dicuri)": "Revoke the device key (laptop lost or "
                                                        "stolen)",
    "Setelah dicabut, setiap paket baru dari perangkat ini ditolak (berkas maupun unggahan) dan "
    "dicatat di bawah; data yang sudah diterima tetap ada. Pencabutan tidak dapat dibatalkan: "
    "laptop pengganti didaftarkan sebagai perangkat baru.": "Once revoked, every new batch from "
    "this device is refused (file or upload) and listed below; data already received stays. "
    "Revocation cannot be undone: a replacement laptop is enrolled as a new device.",
    "Alasan": "Reason",
    "mis. laptop hilang": "e.g. laptop lost",
    "Saya yakin: cabut kunci perangkat ini": "I am sure: revoke this device's key",
    "Cabut kunci": "Revoke key",
    "Paket yang ditolak": "Refused batches",
    "Waktu": "Time",
    "Paket": "Batch",
    "Tidak ada paket yang ditolak.": "No batch was refused.",
    "Paket terakhir yang diterima": "Latest batches received",
    "Diterima": "Received",
    "Nomor": "Counters",
    "Belum ada paket.": "No batch yet.",
    "Konflik diselesaikan; nilainya dikirim ke laptop pada paket referensi berikutnya.":
        "Conflict resolved; its value goes to the laptops in the next reference package.",
    "Pilih nilai yang dipertahankan, atau ketik nilainya; tidak ada yang diubah.":
        "Choose the value to keep, or type it; nothing was changed.",
    "Dua perangkat mengubah kolom yang sama dengan nilai berbeda. Sampai diputuskan, nilai yang "
    "ditandai berlaku. Keputusan Anda dikirim ke semua laptop pada paket referensi berikutnya.":
        "Two devices changed the same field to different values. Until decided, the marked "
        "value holds. Your decision goes to every laptop in the next reference package.",
    "konflik terbuka": "open conflicts",
    "kolom": "field",
    "(seluruh data)": "(whole record)",
    "buka koperasi": "open cooperative",
    "Nilai sebelumnya": "Value before",
    "Nilai": "Value",
    "Pertahankan": "Keep",
    "berlaku sementara": "holds for now",
    "provinsi": "province",
    "Dinas (provinsi)": "Dinas (province)",
    "Ketik nilai lain": "Type another value",
    "atau ketik nilai yang dipertahankan": "or type the value to keep",
    "Selesaikan": "Resolve",
    "Tidak ada konflik terbuka.": "No open conflict.",
    "Divergensi": "Divergences",
    "Laptop yang dipulihkan dari cadangan memakai ulang nomor perubahan dengan isi lain; paketnya "
    "ditolak dan laptop mengirim ulang perubahannya dengan nomor baru.": "A laptop restored "
    "from a backup reused change counters with other content; its batch was refused and the "
    "laptop sends its changes again under new counters.",
    "Tidak ada divergensi.": "No divergence.",
    "Jumlah anggota": "Member count",
    "Gerai": "Outlet",
    "Pengurus/pengawas": "Board member",
    "Penugasan": "Assignment",
    "Kunjungan": "Visit",
    "Penilaian": "Assessment",
    "Temuan": "Finding",
    "Tindak lanjut": "Follow-up",
    "Lampiran": "Attachment",
    "Catatan bulanan": "Monthly note",
})


def translator(language: str) -> Callable[[str], str]:
    """The ``_()`` of one language: Indonesian text as it is, or its English."""
    if language == "en":
        return lambda text: ENGLISH.get(text, text)
    return lambda text: text


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT

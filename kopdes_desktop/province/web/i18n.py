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
    # instruments, officers' roles, unit status filter
    "Peran petugas diubah": "Officer's role changed",
    "Peran petugas diubah.": "Officer's role changed.",
    "Ubah peran": "Change role",
    "Instrumen diterbitkan": "Instrument published",
    "Angka desimal": "Decimal number",
    "Asal": "Origin",
    "Aspek": "Aspect",
    "Aspek / komponen": "Aspect / component",
    "Aturan": "Rule",
    "Berkas definisi JSON dengan format instrumen aplikasi laptop (seperti "
    "resources/instruments/<id>/<versi>.json), paling besar":
        "A JSON definition file in the laptop app's instrument format (like "
        "resources/instruments/<id>/<version>.json), at most",
    "Berkas definisi instrumen": "Instrument definition file",
    "Berkas diperiksa dulu; Anda melihat pratinjau dan skor contoh sebelum "
    "menerbitkan.":
        "The file is checked first; you see its preview and an example score before "
        "publishing.",
    "Berkas terlalu besar; batasnya 1 MB. Tidak ada yang diubah.":
        "The file is too large; the limit is 1 MB. Nothing was changed.",
    "Bilangan bulat": "Whole number",
    "Bobot": "Weight",
    "Buat contoh jawaban": "Generate example answers",
    "Bukti (lampiran)": "Evidence (attachment)",
    "Cara penilaian": "How it scores",
    "Contoh": "Example",
    "Dihitung otomatis": "Computed",
    "Diterbitkan": "Published",
    "Grup berulang": "Repeat group",
    "Hitung skor": "Compute the score",
    "Instrumen": "Instruments",
    "Instrumen diterbitkan; paket referensi berikutnya membawanya ke laptop "
    "pendamping.":
        "Instrument published; the next reference packages carry it to the mentors' "
        "laptops.",
    "Instrumen penilaian": "Assessment instruments",
    "Jawaban contoh": "Example answer",
    "Jawaban contoh belum dapat dinilai penuh:": "The example answers cannot be fully scored yet:",
    "Jawaban dibuat otomatis dari definisi; ubah jawabannya di bawah lalu hitung "
    "lagi.":
        "Answers generated from the definition; change them below and compute again.",
    "Jenis": "Type",
    "Judul": "Title",
    "Kembali ke daftar instrumen": "Back to the instruments",
    "Maksimum": "Maximum",
    "Mutu contoh": "Example quality",
    "Nilai dari": "Value from",
    "Penilaian": "Assessments",
    "Periksa berkas": "Check the file",
    "Persen": "Percent",
    "Pertanyaan": "Question",
    "Pilih beberapa": "Multiple choice",
    "Pilih berkas definisi instrumen (JSON) untuk diunggah.":
        "Choose an instrument definition file (JSON) to upload.",
    "Pilih satu": "Single choice",
    "Pratinjau": "Preview",
    "Pratinjau instrumen": "Instrument preview",
    "Rentang": "Range",
    "Rupiah": "Rupiah",
    "Skor": "Score",
    "Skor contoh": "Example score",
    "Skor dari jawaban yang Anda isi.": "Score of the answers you entered.",
    "Tanggal": "Date",
    "Teks": "Text",
    "Teks panjang": "Long text",
    "Terbitkan versi ini": "Publish this version",
    "Tidak": "No",
    "Titik GPS": "GPS point",
    "Unggah versi baru": "Upload a new version",
    "Versi": "Version",
    "Versi yang sudah terbit tidak pernah diganti: penilaian lama tetap memakai "
    "versinya sendiri, dan laptop memilih versi baru setelah menerima paket referensi"
    " berikutnya.":
        "A published version is never replaced: old assessments keep their own version, "
        "and laptops can choose the new version once they receive the next reference "
        "package.",
    "Ya": "Yes",
    "Ya/Tidak": "Yes/No",
    "baris": "line",
    "bawaan aplikasi": "shipped with the app",
    "belum diterbitkan": "not published",
    "bila": "when",
    "dihitung": "computed",
    "jawaban belum lengkap": "answers incomplete",
    "masalah; berkas ini tidak diterbitkan dan tidak ada yang diubah.":
        "problems; this file was not published and nothing was changed.",
    "rendah": "low",
    "sedang": "medium",
    "terbitan provinsi": "published by the province",
    "tidak diisi di pratinjau": "not filled in the preview",
    "tinggi": "high",
    "versi": "version",
    "wajib": "required",
    "resmi": "official",
    "menunggu verifikasi": "verification pending",
    "draf": "draft",
    "Status unit usaha": "Business unit status",
    "Unit usaha": "Business units",
    "Unit": "Unit",
    # --- checking a printed report's signed QR code (issue 19) ---
    "Periksa laporan": "Check a report",
    "Setiap halaman laporan memuat kode QR bertanda tangan. Unggah foto, hasil pindaian atau "
    "PDF laporan, atau tempel teks kode QR.":
        "Every report page carries a signed QR code. Upload a photo, a scan or the PDF of the "
        "report, or paste the QR code's text.",
    "Isi yang ditandatangani:": "What was signed:",
    "Isi yang tertulis pada kode (tidak terjamin):": "What the code claims (not vouched for):",
    "Data gabungan:": "Consolidated store:",
    "Foto, pindaian atau PDF laporan": "Photo, scan or PDF of the report",
    "…atau teks kode QR": "…or the QR code's text",
    "Periksa": "Check",
    "Laporan diperiksa": "Report checked",
    "Berkas terlalu besar (paling besar 20 MB).": "The file is too large (20 MB at most).",
    "Pilih berkas atau tempel teks kode QR.": "Choose a file or paste the QR code's text.",
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
    "Belum ada penilaian final.": "No final assessment yet.",
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
    "Kategori: penilaian kesiapan final terakhir.":
        "Category: the latest final readiness assessment.",
    "Klik titik untuk membuka koperasinya.": "Click a dot to open its cooperative.",
    "Batas wilayah tidak digambar; nama kabupaten/kota ditulis di dekat ibu kotanya.":
        "Boundaries are not drawn; each kabupaten/kota's name is written near its seat.",
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
    "Tanda tekanan pembiayaan": "Financing-stress flags",
    "Tidak ada tanda tekanan pembiayaan.": "No financing-stress flags.",
})

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

# Header menu and local times (issue 19).
ENGLISH.update({
    "Lainnya": "More",
})

# The map at national scale: cooperatives close together drawn as one circle.
ENGLISH.update({
    "Kec.": "Kec.",
    "kelompok": "groups",
    "Koperasi yang berdekatan digambar sebagai satu lingkaran seluas jumlahnya, berwarna "
    "kategori terbanyaknya. Klik lingkaran untuk membuka daftar kecamatannya.":
        "Cooperatives close together are drawn as one circle sized by their number, in the "
        "colour of their most common category. Click a circle to open the list of its "
        "kecamatan.",
})

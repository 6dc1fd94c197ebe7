"""Indonesian texts of the application shell and its views, by English source (or by
``(context, source)`` where one English word needs two Indonesian ones)."""

INDONESIAN: dict = {
    # navigation and window
    "Home": "Beranda",
    "Cooperatives": "Koperasi",
    "Visits": "Kunjungan",
    "Follow-ups": "Tindak Lanjut",
    "Reports": "Laporan",
    "Sync": "Sinkronisasi",
    "Settings": "Pengaturan",
    "Kopdes Desktop — cooperative mentoring": "Kopdes Desktop — pendampingan koperasi",
    "%1 (Ctrl+%2)": "%1 (Ctrl+%2)",
    "Unsynced changes: %1": "Perubahan belum disinkronkan: %1",
    "never": "belum pernah",
    "Last sync: %1": "Sinkronisasi terakhir: %1",
    "%1 cooperatives · %2 visits · %3 assessments": "%1 koperasi · %2 kunjungan · %3 penilaian",
    "Data folder: %1": "Folder data: %1",
    "Loading data…": "Memuat data…",
    # start-up
    "Kopdes Desktop cannot start": "Kopdes Desktop tidak dapat dimulai",
    "The data could not be opened. Nothing was changed.":
        "Data tidak dapat dibuka. Tidak ada yang diubah.",
    "Demo data": "Data demo",
    "Preparing the demo data (411 cooperatives, a year of visits). This takes a little while, "
    "once.": "Menyiapkan data demo (411 koperasi, kunjungan satu tahun). Ini memerlukan sedikit "
             "waktu, sekali saja.",
    # crash dialog
    "Something went wrong": "Terjadi kesalahan",
    "An unexpected error occurred. Everything you saved before is safe: each change is either "
    "stored completely or not at all. The last action may not have been saved; please check it "
    "and try again.": "Terjadi kesalahan yang tidak terduga. Semua yang sudah Anda simpan tetap "
                      "aman: setiap perubahan tersimpan utuh atau tidak sama sekali. Tindakan "
                      "terakhir mungkin belum tersimpan; periksa dan coba lagi.",
    "(no log file)": "(tidak ada berkas log)",
    "The details were written to the log: %1": "Rinciannya dicatat di log: %1",
    "Show details": "Tampilkan rincian",
    "Hide details": "Sembunyikan rincian",
    "Copy details": "Salin rincian",
    "Quit the app": "Keluar dari aplikasi",
    "Continue": "Lanjutkan",
    "Cancel": "Batal",
    # home
    "My cooperatives": "Koperasi saya",
    "Visits this month": "Kunjungan bulan ini",
    "Overdue follow-ups": "Tindak lanjut terlambat",
    "Due in the next 14 days": "Jatuh tempo 14 hari ke depan",
    "Drafts in progress": "Draf yang belum selesai",
    "Unsynced changes": "Perubahan belum disinkronkan",
    "My cooperatives by latest category": "Koperasi saya menurut kategori terakhir",
    "No cooperatives assigned yet.": "Belum ada koperasi yang ditugaskan.",
    "No visits this month yet.": "Belum ada kunjungan bulan ini.",
    "Follow-ups: overdue and upcoming": "Tindak lanjut: terlambat dan segera jatuh tempo",
    "Nothing overdue or due soon.": "Tidak ada yang terlambat atau segera jatuh tempo.",
    "No drafts.": "Tidak ada draf.",
    "%1 — %2 · %3": "%1 — %2 · %3",
    "%1 — %2 (started %3)": "%1 — %2 (dimulai %3)",
    "Welcome, %1": "Selamat datang, %1",
    "Welcome. Please fill in your profile in Settings.":
        "Selamat datang. Silakan isi profil Anda di Pengaturan.",
    "By latest category: %1": "Menurut kategori terakhir: %1",
    "Overdue since %1": "Terlambat sejak %1",
    "Due %1": "Tenggat %1",
    # lists
    "Cooperative": "Koperasi",
    "Village": "Desa/Kelurahan",
    "Kecamatan": "Kecamatan",
    "Kabupaten/Kota": "Kabupaten/Kota",
    "Latest category": "Kategori terakhir",
    "Score": "Skor",
    "Assessed on": "Tanggal penilaian",
    "Units running": "Unit jalan",
    "Search by name, village, kecamatan, kabupaten or legal number (Ctrl+F)":
        "Cari nama, desa, kecamatan, kabupaten atau nomor legalitas (Ctrl+F)",
    "Any unit status": "Semua status unit",
    "Unit: %1": "Unit: %1",
    "Open": "Buka",
    ("Labels", "Open"): "Terbuka",
    "New visit (Ctrl+N)": "Kunjungan baru (Ctrl+N)",
    "All kabupaten/kota": "Semua kabupaten/kota",
    "Any category": "Semua kategori",
    "Showing %1 of %2 cooperatives": "Menampilkan %1 dari %2 koperasi",
    "Date": "Tanggal",
    "Purpose": "Tujuan",
    "Status": "Status",
    "Assessments": "Penilaian",
    "Findings": "Temuan",
    "Search cooperative, village or purpose": "Cari koperasi, desa atau tujuan",
    "Last 30 days": "30 hari terakhir",
    "Last 3 months": "3 bulan terakhir",
    "Last 12 months": "12 bulan terakhir",
    "All visits": "Semua kunjungan",
    "Any status": "Semua status",
    "Open visit": "Buka kunjungan",
    "Open cooperative": "Buka koperasi",
    "Showing %1 of %2 visits": "Menampilkan %1 dari %2 kunjungan",
    "Due": "Tenggat",
    "Follow-up": "Tindak lanjut",
    "Owner": "Penanggung jawab",
    "Closed on": "Ditutup pada",
    "Search cooperative, follow-up or owner": "Cari koperasi, tindak lanjut atau penanggung jawab",
    "Open and in progress": "Terbuka dan sedang berjalan",
    "Overdue": "Terlambat",
    "Closed": "Ditutup",
    "All": "Semua",
    "Mark in progress": "Tandai sedang berjalan",
    "Reopen": "Buka kembali",
    "Close at a visit…": "Tutup pada kunjungan…",
    "Showing %1 of %2 · %3 overdue": "Menampilkan %1 dari %2 · %3 terlambat",
    "%1 open, %2 overdue": "%1 terbuka, %2 terlambat",
    # labels of stored values
    "Office": "Kantor",
    "Grocery outlet": "Gerai sembako",
    "Savings and loans": "Simpan pinjam",
    "Village clinic": "Klinik desa",
    "Village pharmacy": "Apotek desa",
    "Warehouse / cold storage": "Gudang / cold storage",
    "Logistics": "Logistik",
    "Other": "Lainnya",
    "Planned": "Direncanakan",
    "Preparing": "Persiapan",
    "Operating": "Beroperasi",
    "Suspended": "Berhenti sementara",
    "Not registered": "Belum terdaftar",
    "Registered": "Terdaftar",
    "Active": "Aktif",
    "Up to date": "Mutakhir",
    "New cooperative": "Pembentukan baru",
    "Development of an existing one": "Pengembangan koperasi yang ada",
    "Revitalisation": "Revitalisasi",
    "In progress": "Sedang berjalan",
    "Done": "Selesai",
    "Dropped": "Dibatalkan",
    "Draft": "Draf",
    "Board (pengurus)": "Pengurus",
    "Supervisors (pengawas)": "Pengawas",
    "Mentor (Pendamping)": "Pendamping",
    "Business Assistant (BA)": "Business Assistant (BA)",
    "Not stated": "Tidak disebut",
    "Male": "Laki-laki",
    "Female": "Perempuan",
    "Not assessed": "Belum dinilai",
    "%1, overdue": "%1, terlambat",
    # cooperative page
    "Back to list": "Kembali ke daftar",
    "Print profile": "Cetak profil",
    "Profile": "Profil",
    "Units and board": "Unit usaha dan pengurus",
    "Members": "Anggota",
    "Follow-ups (%1 open)": "Tindak Lanjut (%1 terbuka)",
    "Mentor: %1": "Pendamping: %1",
    "No mentor assigned": "Belum ada pendamping",
    "Latest readiness: <b style='color:%1'>%2</b> (%3, %4)":
        "Kesiapan terakhir: <b style='color:%1'>%2</b> (%3, %4)",
    "Latest readiness: %1": "Kesiapan terakhir: %1",
    "13 digits": "13 angka",
    "16 digits": "16 angka",
    "15 or 16 digits": "15 atau 16 angka",
    "dd-mm-yyyy": "hh-bb-tttt",
    "e.g. 2.84": "mis. 2.84",
    "e.g. 117.37": "mis. 117.37",
    "Save profile": "Simpan profil",
    "Undo changes": "Batalkan perubahan",
    "Name:": "Nama:",
    "Address:": "Alamat:",
    "Formation:": "Model pembentukan:",
    "SIMKOPDES:": "SIMKOPDES:",
    "Founded on:": "Tanggal berdiri:",
    "AHU decree:": "SK AHU:",
    "NIK koperasi:": "NIK koperasi:",
    "NIB:": "NIB:",
    "NPWP:": "NPWP:",
    "Bank:": "Bank:",
    "Account number:": "Nomor rekening:",
    "Office latitude:": "Lintang kantor:",
    "Office longitude:": "Bujur kantor:",
    "Financing ceiling (Rp):": "Plafon pembiayaan (Rp):",
    "Disbursed (Rp):": "Pencairan (Rp):",
    "Outstanding (Rp):": "Baki debet (Rp):",
    "Arrears (Rp):": "Tunggakan (Rp):",
    "Notes:": "Catatan:",
    "Identity and legal numbers": "Identitas dan legalitas",
    "Bank, office and financing": "Bank, kantor dan pembiayaan",
    "Last changed %1": "Terakhir diubah %1",
    "Type a date such as 3-11-2025.": "Ketik tanggal seperti 3-11-2025.",
    "Type a number such as 2.84.": "Ketik angka seperti 2.84.",
    "Type a number such as 117.37.": "Ketik angka seperti 117.37.",
    "Type an amount such as 1.250.000.": "Ketik jumlah seperti 1.250.000.",
    "Not saved: please correct the fields marked in red.":
        "Belum disimpan: perbaiki isian yang bertanda merah.",
    "Saved.": "Tersimpan.",
    "Loading…": "Memuat…",
    "Unit": "Unit",
    "Monthly turnover": "Omzet bulanan",
    "Notes": "Catatan",
    "Organ": "Organ",
    "Role": "Jabatan",
    "Name": "Nama",
    "Gender": "Jenis kelamin",
    "Phone": "Telepon",
    "Add unit": "Tambah unit",
    "Edit unit": "Ubah unit",
    "Remove unit": "Hapus unit",
    "Add person": "Tambah orang",
    "Edit person": "Ubah orang",
    "Remove person": "Hapus orang",
    "Business units": "Unit usaha",
    "Board (pengurus) and supervisors (pengawas)": "Pengurus dan pengawas",
    "Remove": "Hapus",
    "Remove this entry? It stays in the history.": "Hapus entri ini? Entri tetap ada di riwayat.",
    "As of": "Per tanggal",
    "Women": "Perempuan",
    "Share of women": "Porsi perempuan",
    "Record member count": "Catat jumlah anggota",
    "Latest: %1 members": "Terakhir: %1 anggota",
    "No member count recorded yet.": "Belum ada jumlah anggota yang dicatat.",
    "Instrument": "Instrumen",
    "Total": "Total",
    "Category": "Kategori",
    "Revision": "Revisi",
    "Open assessment": "Buka penilaian",
    "Print assessment report": "Cetak laporan penilaian",
    "No final assessment yet.": "Belum ada penilaian final.",
    "Instrument:": "Instrumen:",
    # dialogs
    "Close follow-up": "Tutup tindak lanjut",
    "No later visit is recorded for this cooperative. The follow-up will be closed today without "
    "a visit; record the visit first to link it.":
        "Belum ada kunjungan berikutnya untuk koperasi ini. Tindak lanjut akan ditutup hari ini "
        "tanpa kunjungan; catat kunjungannya dulu untuk menautkannya.",
    "Dropped (no longer needed)": "Dibatalkan (tidak diperlukan lagi)",
    "What was seen at the visit (optional)": "Apa yang terlihat saat kunjungan (opsional)",
    "Closed at visit:": "Ditutup pada kunjungan:",
    "Outcome:": "Hasil:",
    "Note:": "Catatan:",
    "%1 — %2 (owner: %3)": "%1 — %2 (penanggung jawab: %3)",
    "As of:": "Per tanggal:",
    "Members:": "Anggota:",
    "Of whom women:": "Di antaranya perempuan:",
    "Board or supervisor member": "Pengurus atau pengawas",
    "16 digits (optional)": "16 angka (opsional)",
    "Organ:": "Organ:",
    "Role:": "Jabatan:",
    "Gender:": "Jenis kelamin:",
    "Phone:": "Telepon:",
    "NIK:": "NIK:",
    "Business unit": "Unit usaha",
    "Kind:": "Jenis:",
    "Name (other kind):": "Nama (jenis lainnya):",
    "Status:": "Status:",
    "Monthly turnover (Rp):": "Omzet bulanan (Rp):",
    # settings
    "A new language, font size or contrast is applied the next time the app starts.":
        "Bahasa, ukuran huruf atau kontras yang baru berlaku saat aplikasi dibuka lagi.",
    "High contrast (black text, strong lines)": "Kontras tinggi (teks hitam pekat, garis tebal)",
    "Easier to read in sunlight or on a dim screen":
        "Lebih mudah dibaca di bawah sinar matahari atau di layar yang redup",
    "Colours:": "Warna:",
    "Save settings": "Simpan pengaturan",
    "Open data folder": "Buka folder data",
    "Back up now…": "Cadangkan sekarang…",
    "Restore from a backup…": "Pulihkan dari cadangan…",
    "Kabupaten/Kota:": "Kabupaten/Kota:",
    "Language:": "Bahasa:",
    "Font size:": "Ukuran huruf:",
    "Largest photo side:": "Sisi foto terpanjang:",
    "Mentor profile": "Profil pendamping",
    "Changes not saved yet.": "Perubahan belum disimpan.",
    "Interface and photos": "Tampilan dan foto",
    "Data, backup and restore": "Data, cadangan dan pemulihan",
    "Data folder:": "Folder data:",
    "(not set)": "(belum diisi)",
    "Not saved.": "Belum disimpan.",
    "Profile saved.": "Profil tersimpan.",
    "Saved. Restart the app to use the new language.":
        "Tersimpan. Buka ulang aplikasi untuk memakai bahasa yang baru.",
    "Back up the data": "Cadangkan data",
    "Kopdes backup (*.zip)": "Cadangan Kopdes (*.zip)",
    "Kopdes backup (*.zip *.sqlite3)": "Cadangan Kopdes (*.zip *.sqlite3)",
    "Backup": "Cadangan",
    "Writing the backup…": "Menulis cadangan…",
    "Backup written to %1 (the database, %2 attachments, %3 keys).":
        "Cadangan ditulis ke %1 (basis data, %2 lampiran, %3 kunci).",
    "Restore from a backup": "Pulihkan dari cadangan",
    "Restore": "Pulihkan",
    "The current data is kept aside in the backups folder.":
        "Data saat ini disimpan terpisah di folder backups.",
    "Replace the data on this laptop with this backup? It holds the database only (an older "
    "backup).": "Ganti data di laptop ini dengan cadangan ini? Isinya hanya basis data "
                "(cadangan versi lama).",
    "Replace the data on this laptop with the backup of %1? It holds the database, %2 "
    "attachments and %3 keys.": "Ganti data di laptop ini dengan cadangan tanggal %1? Isinya "
                                "basis data, %2 lampiran dan %3 kunci.",
    "Checking and restoring the backup…": "Memeriksa dan memulihkan cadangan…",
    "A backup holds the database, the photos and documents, and this laptop's key. Keep it on "
    "a USB drive, away from the laptop.": "Cadangan berisi basis data, foto dan dokumen, serta "
                                          "kunci laptop ini. Simpan di flashdisk, terpisah dari "
                                          "laptop.",
    "No backup has been made on this laptop yet.": "Belum pernah ada cadangan dari laptop ini.",
    "Last backup: %1 (%2)": "Cadangan terakhir: %1 (%2)",
    "The last backup is %1 days old: back up now, to a USB drive.":
        "Cadangan terakhir sudah %1 hari: cadangkan sekarang ke flashdisk.",
    "Nothing has been backed up for %1 days: back up now, to a USB drive.":
        "Sudah %1 hari tanpa cadangan: cadangkan sekarang ke flashdisk.",
    "Restored. The previous data was kept as %1": "Dipulihkan. Data sebelumnya disimpan sebagai %1",
    # the trash (Sampah) and confirmations
    "Trash…": "Sampah…",
    "Deleted drafts, rows, attachments, findings and follow-ups, restorable for 30 days":
        "Draf, baris, lampiran, temuan dan tindak lanjut yang dihapus, dapat dipulihkan "
        "selama 30 hari",
    "Remove %1? It stays in the history.": "Hapus %1? Tetap tercatat dalam riwayat.",
    ("UnitsBoardTab", "&Remove"): "&Hapus",
    "The note typed earlier and not saved is restored.":
        "Catatan yang diketik sebelumnya dan belum disimpan dipulihkan.",
    "Throw away the note you typed?": "Buang catatan yang Anda ketik?",
    ("CloseActionDialog", "&Throw away"): "&Buang",
    "Changes typed on %1 and not saved are restored: save them, or undo them.":
        "Perubahan yang diketik pada %1 dan belum disimpan dipulihkan: simpan, atau batalkan.",
    "Throw away the changes typed into this profile?":
        "Buang perubahan yang diketik pada profil ini?",
    ("ProfileForm", "&Throw away"): "&Buang",
    # "mine" first
    "Only my cooperatives": "Hanya koperasi saya",
    "Only my cooperatives (%1)": "Hanya koperasi saya (%1)",
    "No cooperative is assigned to the mentor of this laptop: all are shown.":
        "Belum ada koperasi yang ditugaskan kepada pendamping laptop ini: semua ditampilkan.",
    "Untick to show the cooperatives of every mentor.":
        "Hapus centang untuk menampilkan koperasi semua pendamping.",
    "This month": "Bulan ini",
    # one instance per data folder
    "Kopdes Desktop is already open with this data folder; its window was brought forward.":
        "Kopdes Desktop sudah terbuka dengan folder data ini; jendelanya ditampilkan ke depan.",
    "Kopdes Desktop is already open": "Kopdes Desktop sudah terbuka",
    "Kopdes Desktop is already open with the data folder %1. Use the window that is open, or "
    "close it first.": "Kopdes Desktop sudah terbuka dengan folder data %1. Gunakan jendela "
                       "yang sudah terbuka, atau tutup dulu.",
    # status bar: what happened with the province
    "last received by the province %1": "terakhir diterima provinsi %1",
    "last exported %1": "terakhir diekspor %1",
    "Nothing sent to the province yet": "Belum ada yang dikirim ke provinsi",
    "Help (F1)": "Bantuan (F1)",
    "About": "Tentang",
    # first-run guide
    "Getting started": "Memulai",
    "This laptop holds no cooperative yet. Four steps make it ready for work; each button "
    "opens the page where the step is done.":
        "Laptop ini belum berisi koperasi. Empat langkah menyiapkannya untuk bekerja; setiap "
        "tombol membuka halaman tempat langkah itu dikerjakan.",
    "Fill in your profile": "Isi profil Anda",
    "Your name and role go on every report and tell the province whose laptop this is.":
        "Nama dan peran Anda tercantum di setiap laporan dan memberi tahu provinsi milik siapa "
        "laptop ini.",
    "Open Settings": "Buka Pengaturan",
    "Trust the province file": "Percayai berkas provinsi",
    "The province officer gives you a province file (USB or messaging). Trusting it lets this "
    "laptop check what the province sends and seal what it sends back.":
        "Petugas provinsi memberi Anda berkas provinsi (lewat USB atau aplikasi pesan). Dengan "
        "memercayainya, laptop ini dapat memeriksa kiriman provinsi dan menyegel kiriman "
        "baliknya.",
    "Open Sync": "Buka Sinkronisasi",
    "Enrol this laptop (when online)": "Daftarkan laptop ini (saat daring)",
    "With the server address and the one-time code from the officer, enrolling trusts the "
    "province too. Without a connection, exchange files on a USB stick instead.":
        "Dengan alamat server dan kode sekali pakai dari petugas, pendaftaran sekaligus "
        "memercayai provinsi. Tanpa sambungan, tukar berkas lewat USB saja.",
    "Receive the cooperative registry": "Terima daftar koperasi",
    "Your cooperatives and assignments arrive from the province: import its reference file, "
    "or press “Sync now” once enrolled. The lists fill in then.":
        "Koperasi dan penugasan Anda datang dari provinsi: impor berkas referensinya, atau "
        "tekan “Sinkronkan sekarang” setelah terdaftar. Daftar-daftar lalu terisi.",
    "Open the demo data": "Buka data demo",
    "Just looking? The demo opens in its own window with 411 made-up cooperatives, kept apart "
    "from your data.": "Sekadar melihat-lihat? Demo terbuka di jendelanya sendiri dengan 411 "
                       "koperasi rekaan, terpisah dari data Anda.",
    "To do": "Belum",
    "The demo is starting in its own window…": "Demo sedang dibuka di jendelanya sendiri…",
    "The demo could not be started.": "Demo tidak dapat dibuka.",
    # About
    "About Kopdes Desktop": "Tentang Kopdes Desktop",
    "Kopdes Desktop": "Kopdes Desktop",
    "Offline-first mentoring of the Koperasi Desa/Kelurahan Merah Putih in Kalimantan Utara: "
    "visits, assessments, follow-ups, reports and sync with the province.":
        "Pendampingan Koperasi Desa/Kelurahan Merah Putih di Kalimantan Utara yang bekerja "
        "tanpa sinyal: kunjungan, penilaian, tindak lanjut, laporan dan sinkronisasi dengan "
        "provinsi.",
    "Version:": "Versi:",
    "Database:": "Basis data:",
    "Running on:": "Berjalan di atas:",
    # F1 help
    "Help: %1": "Bantuan: %1",
    "Home shows what needs your attention today: your cooperatives by their latest category, "
    "this month's visits, follow-ups overdue or due in the next 14 days, assessments still in "
    "draft, and changes not yet sent to the province.":
        "Beranda menampilkan yang perlu Anda perhatikan hari ini: koperasi Anda menurut "
        "kategori terakhir, kunjungan bulan ini, tindak lanjut yang terlambat atau jatuh tempo "
        "dalam 14 hari, penilaian yang masih draf, dan perubahan yang belum dikirim ke "
        "provinsi.",
    "Each figure card opens the list it counts. Click a line in a list to open that "
    "cooperative, visit or draft.":
        "Setiap kartu angka membuka daftar yang dihitungnya. Klik baris dalam daftar untuk "
        "membuka koperasi, kunjungan atau draf tersebut.",
    "While the laptop holds no cooperative yet, Home shows the getting-started guide instead.":
        "Selama laptop belum berisi koperasi, Beranda menampilkan panduan memulai.",
    "The list opens on your own cooperatives (those assigned to you); untick “Only my "
    "cooperatives” to see every cooperative in the province.":
        "Daftar dibuka pada koperasi Anda sendiri (yang ditugaskan kepada Anda); hapus centang "
        "“Hanya koperasi saya” untuk melihat semua koperasi di provinsi.",
    "Type in the search box to find a cooperative by name, village, kecamatan, kabupaten or "
    "legal number; Down goes to the table and Enter opens the cooperative.":
        "Ketik di kotak pencarian untuk mencari koperasi menurut nama, desa, kecamatan, "
        "kabupaten atau nomor badan hukum; panah Bawah pindah ke tabel dan Enter membuka "
        "koperasi.",
    "The filters narrow the list by kabupaten, business unit status and latest category. "
    "Ctrl+N starts a visit for the selected cooperative.":
        "Penyaring mempersempit daftar menurut kabupaten, status unit usaha dan kategori "
        "terakhir. Ctrl+N memulai kunjungan untuk koperasi yang dipilih.",
    "A cooperative": "Satu koperasi",
    "The page has six tabs (Alt+1 to Alt+6): profile, business units and board, members, "
    "visits, assessments with their trend, and follow-ups.":
        "Halaman ini punya enam tab (Alt+1 sampai Alt+6): profil, unit usaha dan pengurus, "
        "anggota, kunjungan, penilaian beserta trennya, dan tindak lanjut.",
    "Profile changes are checked field by field and saved on this laptop; they go to the "
    "province with the next sync.":
        "Perubahan profil diperiksa per isian dan disimpan di laptop ini; perubahan dikirim ke "
        "provinsi pada sinkronisasi berikutnya.",
    "Visits to your cooperatives, newest first. Choose a period, a kabupaten or a status, or "
    "untick “Only my cooperatives” to see the visits of every mentor.":
        "Kunjungan ke koperasi Anda, terbaru di atas. Pilih periode, kabupaten atau status, "
        "atau hapus centang “Hanya koperasi saya” untuk melihat kunjungan semua pendamping.",
    "Open a visit to record its details, assessments, findings and follow-ups.":
        "Buka kunjungan untuk mencatat rincian, penilaian, temuan dan tindak lanjutnya.",
    "A visit": "Satu kunjungan",
    "A visit holds what happened at one meeting: its details, the assessments made, the "
    "findings and the follow-ups agreed with the board.":
        "Kunjungan memuat apa yang terjadi dalam satu pertemuan: rinciannya, penilaian yang "
        "dibuat, temuan, dan tindak lanjut yang disepakati dengan pengurus.",
    "In an assessment form, press F1 on a question to read what it asks and how the score and "
    "its categories are worked out. Answers are saved as you type.":
        "Di formulir penilaian, tekan F1 pada sebuah pertanyaan untuk membaca maksudnya serta "
        "cara skor dan kategorinya dihitung. Jawaban tersimpan selagi Anda mengetik.",
    "What the boards agreed to do, with owner and due date; overdue ones are marked. The list "
    "opens on your own cooperatives.":
        "Yang disepakati pengurus untuk dikerjakan, dengan penanggung jawab dan tenggat; yang "
        "terlambat ditandai. Daftar dibuka pada koperasi Anda sendiri.",
    "Mark a follow-up in progress, or close it at a later visit (Enter on an open follow-up).":
        "Tandai tindak lanjut sedang berjalan, atau tutup pada kunjungan berikutnya (Enter "
        "pada tindak lanjut yang terbuka).",
    "Print the assessment report, the monthly mentor report and cooperative profiles as PDF, "
    "one by one or in batches, for the board to sign.":
        "Cetak laporan hasil penilaian, laporan bulanan pendamping dan profil koperasi sebagai "
        "PDF, satu per satu atau sekaligus, untuk ditandatangani pengurus.",
    "Sync sends your work to the province and receives the cooperative registry, instruments "
    "and assignments back.":
        "Sinkronisasi mengirim pekerjaan Anda ke provinsi dan menerima daftar koperasi, "
        "instrumen dan penugasan sebagai balasan.",
    "Without a connection, export a sync file to a USB stick or a messaging app and import "
    "the province's files. Online, enrol this laptop once with the officer's code, then press "
    "“Sync now”.":
        "Tanpa sambungan, ekspor berkas sinkron ke USB atau aplikasi pesan dan impor berkas "
        "dari provinsi. Saat daring, daftarkan laptop ini sekali dengan kode dari petugas, "
        "lalu tekan “Sinkronkan sekarang”.",
    "“Last exported” only means a file was written. “Last received by the province” means a "
    "receipt came back: the province has your data up to then.":
        "“Terakhir diekspor” hanya berarti berkas sudah ditulis. “Terakhir diterima provinsi” "
        "berarti tanda terima sudah kembali: provinsi memiliki data Anda sampai saat itu.",
    "Your profile (name, role, kabupaten), the language, the font size, high-contrast "
    "colours, the photo size limit, and backup and restore of the data folder.":
        "Profil Anda (nama, peran, kabupaten), bahasa, ukuran huruf, warna kontras tinggi, "
        "batas ukuran foto, serta pencadangan dan pemulihan folder data.",
    "Language, font size and colours apply the next time the app starts.":
        "Bahasa, ukuran huruf dan warna berlaku saat aplikasi dibuka berikutnya.",
    "Keys: Ctrl+1 to Ctrl+7 switch pages, Ctrl+F searches cooperatives, Ctrl+N starts a "
    "visit, F5 reloads, F1 shows this help.":
        "Tombol: Ctrl+1 sampai Ctrl+7 berpindah halaman, Ctrl+F mencari koperasi, Ctrl+N "
        "memulai kunjungan, F5 memuat ulang, F1 menampilkan bantuan ini.",
    "An answer is required.": "Wajib dijawab.",
    "Allowed range: %1 to %2": "Rentang yang diterima: %1 sampai %2",
    "Choices: %1": "Pilihan: %1",
    "Counts in the score of: %1": "Dihitung dalam skor: %1",
    "How the score works": "Cara skor dihitung",
    "The total is out of %1; each aspect adds up to its weight:":
        "Nilai total paling tinggi %1; setiap aspek menyumbang sampai bobotnya:",
    "up to %1": "sampai %1",
    "Categories by total score:": "Kategori menurut nilai total:",
    "The category is shown once every required answer is filled in; until then the score is "
    "provisional.": "Kategori ditampilkan setelah semua jawaban wajib terisi; sebelum itu "
                    "skornya masih sementara.",
    "%1 or more": "%1 ke atas",
    "%1 to below %2": "%1 sampai di bawah %2",
    "The instrument gives no further explanation for this question.":
        "Instrumen tidak memberi penjelasan lebih lanjut untuk pertanyaan ini.",
    "Nothing here yet. The cooperative registry and your assignments come from the province: "
    "Home shows the steps to get started (or open the demo data there).":
        "Belum ada isinya. Daftar koperasi dan penugasan Anda datang dari provinsi: Beranda "
        "menampilkan langkah untuk memulai (atau buka data demo di sana).",
    # --- visit plan, print and share (issue 15) ---
    "Preview profile": "Pratinjau profil",
    ("CooperativePage", "Print"): "Cetak",
    "Print the Profil Koperasi": "Cetak Profil Koperasi",
    ("CooperativePage", "Save PDF…"): "Simpan PDF…",
    "Save the Profil Koperasi as PDF": "Simpan Profil Koperasi sebagai PDF",
    ("CooperativePage", "Plan a visit…"): "Rencanakan kunjungan…",
    ("CooperativePage", "Saved to %1"): "Tersimpan di %1",
    ("PlanCalendar", "Plan"): "Rencana",
    "<span style='background:%1'>&nbsp;planned visit&nbsp;</span> <span style='background:%2'>"
    "&nbsp;follow-up due&nbsp;</span>":
        "<span style='background:%1'>&nbsp;rencana kunjungan&nbsp;</span> "
        "<span style='background:%2'>&nbsp;tenggat tindak lanjut&nbsp;</span>",
    "Plan a &visit…": "Rencanakan &kunjungan…",
    "Visit: %1 — %2": "Kunjungan: %1 — %2",
    "Follow-up overdue: %1 — %2": "Tindak lanjut terlambat: %1 — %2",
    "Follow-up due: %1 — %2": "Tenggat tindak lanjut: %1 — %2",
    "Week of %1 to %2": "Minggu %1 sampai %2",
    "Nothing planned or due this week.": "Tidak ada rencana atau tenggat minggu ini.",
    ("PlanVisitDialog", "Plan a visit"): "Rencanakan kunjungan",
    "Change the plan": "Ubah rencana",
    ("PlanVisitDialog", "Type to search…"): "Ketik untuk mencari…",
    "What to bring, whom to meet…": "Apa yang dibawa, siapa yang ditemui…",
    ("PlanVisitDialog", "&Cooperative *"): "&Koperasi *",
    ("PlanVisitDialog", "&Date *"): "&Tanggal *",
    ("PlanVisitDialog", "&Purpose *"): "T&ujuan *",
    ("PlanVisitDialog", "&Notes"): "&Catatan",
    "Choose the cooperative to visit.": "Pilih koperasi yang akan dikunjungi.",
    "Reminders": "Pengingat",
    "Today, %1": "Hari ini, %1",
    "Double-click an entry to open it.": "Klik dua kali sebuah baris untuk membukanya.",
    "Visits planned today": "Kunjungan yang direncanakan hari ini",
    "Visits planned tomorrow": "Kunjungan yang direncanakan besok",
    "Follow-ups due": "Tindak lanjut yang jatuh tempo",
    "overdue since %1": "terlambat sejak %1",
    ("ReminderDialog", "due %1"): "tenggat %1",
    "   and %1 more in Tindak Lanjut": "   dan %1 lainnya di Tindak Lanjut",
    ("AssessmentsTab", "Signed"): "Ditandatangani",
}

# The encrypted store: passphrase and recovery key dialogs.
INDONESIAN.update({
    "Data passphrase": "Kata sandi data",
    "This computer has no keyring to keep the key of your data safely. Choose a passphrase of "
    "at least %1 characters: Kopdes Desktop asks for it at every start. Without it, or the "
    "recovery key shown next, the data cannot be opened.":
        "Komputer ini tidak punya keyring untuk menyimpan kunci data Anda dengan aman. Buat "
        "kata sandi minimal %1 karakter: Kopdes Desktop menanyakannya setiap kali dibuka. "
        "Tanpa kata sandi ini, atau kunci pemulihan yang ditampilkan berikutnya, data tidak "
        "dapat dibuka.",
    "The data in %1 is locked. Enter the data passphrase or the recovery key.":
        "Data di %1 terkunci. Masukkan kata sandi data atau kunci pemulihan.",
    "Wrong passphrase or recovery key. Try again.":
        "Kata sandi atau kunci pemulihan salah. Coba lagi.",
    "New passphrase:": "Kata sandi baru:",
    "Passphrase or recovery key:": "Kata sandi atau kunci pemulihan:",
    "Repeat it:": "Ulangi:",
    "Enter the passphrase.": "Masukkan kata sandi.",
    "The passphrase is too short (at least %1 characters).":
        "Kata sandi terlalu pendek (minimal %1 karakter).",
    "The two passphrases differ.": "Kedua kata sandi tidak sama.",
    "Recovery key": "Kunci pemulihan",
    "Your data is encrypted. Write this recovery key down and keep it somewhere safe, away "
    "from the laptop: with it the data and its backups can be opened on another laptop if the "
    "passphrase is forgotten or the laptop is replaced. It is shown only now (the command "
    "kopdes kunci-pemulihan prints it again).":
        "Data Anda terenkripsi. Catat kunci pemulihan ini dan simpan di tempat aman, terpisah "
        "dari laptop: dengan kunci ini data dan cadangannya dapat dibuka di laptop lain bila "
        "kata sandi lupa atau laptop diganti. Kunci ini hanya ditampilkan sekarang (perintah "
        "kopdes kunci-pemulihan menampilkannya lagi).",
    "I have written the recovery key down": "Saya sudah mencatat kunci pemulihan",
    # Handover: a cooperative handed over to another mentor
    "This cooperative has been handed over to another mentor: your records stay here to "
    "read, but they can no longer be changed on this laptop.":
        "Koperasi ini sudah diserahkan kepada pendamping lain: data Anda tetap di sini untuk "
        "dibaca, tetapi tidak dapat diubah lagi dari laptop ini.",
})

# RAT deadlines and the financing monitor (cooperative page, Beranda, their dialogs)
INDONESIAN.update({
    "RAT and financing": "RAT dan pembiayaan",
    "RAT deadlines and financing": "Batas RAT dan pembiayaan",
    "No RAT due soon and no financing flags.":
        "Tidak ada RAT yang segera jatuh tempo dan tidak ada tanda bahaya pembiayaan.",
    "Annual members' meeting (RAT)": "Rapat Anggota Tahunan (RAT)",
    "Record RAT…": "Catat RAT…",
    "Bank financing": "Pembiayaan bank",
    "Lender": "Pemberi pembiayaan",
    "Ceiling": "Plafon",
    "Disbursed": "Dicairkan",
    "Paid": "Dibayar",
    "Arrears": "Tunggakan",
    "Next instalments": "Angsuran berikutnya",
    "Add financing…": "Tambah pembiayaan…",
    "Record payment…": "Catat pembayaran…",
    "Record arrears…": "Catat tunggakan…",
    "Fiscal year ends on %1 each year.": "Tahun buku berakhir setiap %1.",
    "No financing flags.": "Tidak ada tanda bahaya pembiayaan.",
    "Record financing": "Catat pembiayaan",
    "The bank's terms as in the financing agreement. The instalments are computed from them.":
        "Syarat bank sesuai perjanjian pembiayaan. Angsuran dihitung dari syarat ini.",
    "e.g. BRI, BNI, Mandiri, BSI": "mis. BRI, BNI, Mandiri, BSI",
    " months": " bulan",
    "Annuity (equal instalments)": "Anuitas (angsuran sama besar)",
    "Equal principal": "Pokok tetap",
    "Lender:": "Pemberi pembiayaan:",
    "Ceiling:": "Plafon:",
    "Disbursed:": "Dicairkan:",
    "Disbursed on:": "Tanggal cair:",
    "Interest a year:": "Bunga per tahun:",
    "Tenor:": "Tenor:",
    "Grace period:": "Masa tenggang:",
    "Instalments:": "Angsuran:",
    "Not an amount of Rupiah.": "Bukan jumlah rupiah.",
    "Record a payment": "Catat pembayaran",
    "An instalment paid to %1.": "Angsuran yang dibayar kepada %1.",
    "Record arrears": "Catat tunggakan",
    "The arrears owed to %1 on a date, as the bank's statement shows.":
        "Tunggakan kepada %1 per tanggal, sesuai rekening koran atau surat bank.",
    "Date:": "Tanggal:",
    "Amount:": "Jumlah:",
    "Required.": "Wajib diisi.",
    "Record RAT": "Catat RAT",
    "The RAT must be held within six months after the fiscal year ends (Permenkop UKM "
    "19/2015).": "RAT wajib diselenggarakan paling lambat enam bulan setelah tahun buku "
                 "berakhir (Permenkop UKM 19/2015).",
    "Fiscal year ends (MM-DD):": "Akhir tahun buku (BB-TT):",
    "Fiscal year:": "Tahun buku:",
    "RAT held on:": "Tanggal RAT:",
})

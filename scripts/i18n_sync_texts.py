"""Indonesian texts of the Sinkronisasi page, its tables and its dialogs."""

INDONESIAN: dict = {
    # conflict dialog
    "Conflict with province data": "Bentrok dengan data provinsi",
    "The province sent a new version of <b>%1</b> (%2) while your own change to it had not "
    "reached the province yet. Choose which version to keep.":
        "Provinsi mengirim versi baru <b>%1</b> (%2), sementara perubahan Anda atas data itu "
        "belum sampai ke provinsi. Pilih versi yang dipakai.",
    "Another device changed the same field of <b>%1</b> (%2) at the same time as you, and its "
    "value now stands. Keep yours to send it again as a change made after seeing theirs, or "
    "accept theirs.":
        "Perangkat lain mengubah isian yang sama pada <b>%1</b> (%2) pada saat yang sama "
        "dengan Anda, dan nilainya yang kini berlaku. Pertahankan nilai Anda untuk "
        "mengirimnya lagi sebagai perubahan sesudah melihat nilai mereka, atau terima nilai "
        "mereka.",
    "Changes from another device or the province were merged into <b>%1</b> (%2), which you "
    "had changed too. Your other values are kept. Keep yours for this field to send it "
    "again, or accept the merged value.":
        "Perubahan dari perangkat lain atau provinsi digabungkan ke <b>%1</b> (%2), yang juga "
        "Anda ubah. Nilai Anda yang lain tetap. Pertahankan nilai Anda untuk isian ini agar "
        "dikirim lagi, atau terima nilai gabungan.",
    "The province refused your data <b>%1</b> (%2); the reason is below. Correct it in the "
    "app and it is sent again.":
        "Provinsi menolak data Anda <b>%1</b> (%2); alasannya di bawah. Perbaiki data itu di "
        "aplikasi, lalu data dikirim lagi.",
    "&Understood": "&Mengerti",
    "Your value lost": "Nilai Anda kalah",
    "Merged with other changes": "Digabung dengan perubahan lain",
    "Refused by the province": "Ditolak provinsi",
    "Held back by your change": "Ditahan karena perubahan Anda",
    "What happened": "Yang terjadi",
    "Field": "Isian",
    "On this laptop": "Di laptop ini",
    "From the province": "Dari provinsi",
    "&Keep mine": "&Pertahankan milik saya",
    "&Take the province's": "&Ambil versi provinsi",
    # online box
    "Online, when there is signal": "Online, bila ada sinyal",
    "e.g. https://sinkron.kaltaraprov.go.id": "mis. https://sinkron.kaltaraprov.go.id",
    "one-time code from the officer": "kode sekali pakai dari petugas",
    "&Enrol this laptop": "&Daftarkan laptop",
    "&Sync now": "&Sinkronkan sekarang",
    "Send every batch and fetch the receipt and reference data (Ctrl+Shift+S)":
        "Kirim semua paket lalu ambil tanda terima dan data referensi (Ctrl+Shift+S)",
    "Server address": "Alamat server",
    "Enrolment code": "Kode pendaftaran",
    "Cancelled. Nothing was marked as sent; batches already delivered are recognised next "
    "time.":
        "Dibatalkan. Tidak ada yang ditandai terkirim; paket yang sudah sampai akan dikenali "
        "pada sinkronisasi berikutnya.",
    "Sync files can also travel by USB drive: “Export sync files…”.":
        "Berkas sinkron juga bisa dibawa dengan flashdisk: “Ekspor berkas sinkron…”.",
    "Type the code from the officer under “Enrolment code” and press “Enrol this laptop”.":
        "Ketik kode dari petugas pada “Kode pendaftaran” lalu tekan “Daftarkan laptop”.",
    "The reason for each refused batch is in the Batches list.":
        "Alasan setiap paket yang ditolak ada di daftar Paket.",
    "%1 batches sent": "%1 paket dikirim",
    "%1 already received before": "%1 sudah diterima sebelumnya",
    "%1 waiting for approval": "%1 menunggu persetujuan",
    "receipt up to change %1": "tanda terima sampai perubahan ke-%1",
    "reference data updated": "data referensi diperbarui",
    "Sync finished: %1.": "Sinkronisasi selesai: %1.",
    # tables: record types
    "Mentors": "Pendamping",
    "Cooperatives": "Koperasi",
    "Member counts": "Jumlah anggota",
    "Business units": "Gerai/unit usaha",
    "Board and supervisors": "Pengurus dan pengawas",
    "Assignments": "Penugasan",
    "Visits": "Kunjungan",
    "Assessments": "Penilaian",
    "Findings": "Temuan",
    "Follow-ups": "Tindak lanjut",
    "Attachments": "Lampiran",
    "Monthly notes": "Catatan bulanan",
    # tables: states and outcomes
    "Not sent yet": "Belum dikirim",
    "Exported": "Sudah diekspor",
    "Received by the province": "Diterima provinsi",
    "Rejected: %1": "Ditolak: %1",
    "no reason given": "tanpa alasan",
    "Receipt": "Tanda terima",
    "Reference package": "Paket referensi",
    "Unknown file": "Berkas tak dikenal",
    "Applied": "Diterapkan",
    "Nothing new": "Tidak ada yang baru",
    "Refused": "Ditolak",
    # tables: fields
    "Name": "Nama",
    "E-mail": "Surel",
    "Phone": "Telepon",
    "Role": "Peran",
    "Kabupaten": "Kabupaten",
    "Address": "Alamat",
    "AHU number": "Nomor AHU",
    "Bank account": "Nomor rekening",
    "Bank": "Bank",
    "Financing in arrears": "Tunggakan pembiayaan",
    "Financing ceiling": "Plafon pembiayaan",
    "Financing disbursed": "Pembiayaan tersalur",
    "Financing outstanding": "Sisa pembiayaan",
    "Formation model": "Model pembentukan",
    "Founded on": "Tanggal berdiri",
    "NIB": "NIB",
    "NIK Koperasi": "NIK Koperasi",
    "Notes": "Catatan",
    "NPWP": "NPWP",
    "Office latitude": "Lintang kantor",
    "Office longitude": "Bujur kantor",
    "Village": "Desa/kelurahan",
    "SIMKOPDES status": "Status SIMKOPDES",
    "Cooperative": "Koperasi",
    "Mentor": "Pendamping",
    "Start": "Mulai",
    "End": "Selesai",
    "Removed": "Dihapus",
    # tables: headers
    "Record type": "Jenis data",
    "Changes": "Perubahan",
    "State": "Status",
    "Changes no.": "Perubahan ke-",
    "Records": "Data",
    "Photos/files": "Foto/berkas",
    "Size": "Ukuran",
    "Made on": "Dibuat",
    "File": "Berkas",
    "Kind": "Jenis",
    "Result": "Hasil",
    "Details": "Keterangan",
    "Record": "Data",
    "Fields that differ": "Isian yang berbeda",
    "Received on": "Diterima",
    # page
    "Synchronisation": "Sinkronisasi",
    "Not yet received by the province": "Belum diterima provinsi",
    "Province": "Provinsi",
    "&Trust province file…": "&Percayai berkas provinsi…",
    "Save &device file…": "Si&mpan berkas perangkat…",
    "The file the province officer enrols this laptop with":
        "Berkas untuk petugas provinsi mendaftarkan laptop ini",
    "E&xport sync files…": "&Ekspor berkas sinkron…",
    "To any folder or USB drive (Ctrl+E)": "Ke folder mana saja atau flashdisk (Ctrl+E)",
    "&Import files from the province…": "&Impor berkas dari provinsi…",
    "Receipts and reference packages (Ctrl+I)": "Tanda terima dan paket referensi (Ctrl+I)",
    "Cancel": "Batal",
    "What the province did with your values: where another device changed the same field and "
    "its value stands, where other changes were merged into a record you changed, and what "
    "it refused. Open one to keep your value or accept the province's.":
        "Apa yang dilakukan provinsi dengan nilai Anda: isian yang juga diubah perangkat lain "
        "dan nilainya yang berlaku, perubahan lain yang digabungkan ke data yang Anda ubah, "
        "dan data yang ditolak. Buka satu untuk mempertahankan nilai Anda atau menerima nilai "
        "provinsi.",
    "&Compare and choose…": "&Bandingkan dan pilih…",
    "Batches": "Paket",
    "Last import": "Impor terakhir",
    "Conflicts": "Bentrok",
    "%1 changes have not reached the province yet.": "%1 perubahan belum sampai ke provinsi.",
    "Everything on this laptop has reached the province.":
        "Semua data di laptop ini sudah sampai ke provinsi.",
    "Conflicts (%1)": "Bentrok (%1)",
    "No province is trusted yet. Import the province trust file the officer gave you, or "
    "enrol this laptop online.":
        "Belum ada provinsi yang dipercayai. Impor berkas kepercayaan provinsi dari petugas, "
        "atau daftarkan laptop ini secara online.",
    "Sending to: <b>%1</b>. Fingerprint to compare with the officer:":
        "Dikirim ke: <b>%1</b>. Sidik jari untuk dicocokkan dengan petugas:",
    "No receipt from the province yet.": "Belum ada tanda terima dari provinsi.",
    "Last receipt: %1, covering changes up to no. %2.":
        "Tanda terima terakhir: %1, mencakup perubahan sampai ke-%2.",
    "Export, import and “Sync now” need a trusted province: use “Trust province file…”, "
    "or enrol this laptop online.":
        "Ekspor, impor, dan “Sinkronkan sekarang” memerlukan provinsi yang dipercayai: "
        "gunakan “Percayai berkas provinsi…” atau daftarkan laptop ini secara online.",
    "Stopping…": "Menghentikan…",
    "Folder or USB drive for the sync files": "Folder atau flashdisk untuk berkas sinkron",
    "Preparing and writing batches…": "Menyiapkan dan menulis paket…",
    "%1 batch files written to %2 (%3 new). Take them to the province or send them by "
    "e-mail.":
        "%1 berkas paket ditulis ke %2 (%3 baru). Bawa ke provinsi atau kirim lewat surel.",
    "Nothing to export: the province has received everything.":
        "Tidak ada yang perlu diekspor: provinsi sudah menerima semuanya.",
    "Files from the province": "Berkas dari provinsi",
    "Province files (*.kopdes-receipt *.kopdes-ref);;All files (*)":
        "Berkas provinsi (*.kopdes-receipt *.kopdes-ref);;Semua berkas (*)",
    "Importing %1 files…": "Mengimpor %1 berkas…",
    "%1 files: %2 applied, %3 with nothing new, %4 refused.":
        "%1 berkas: %2 diterapkan, %3 tanpa hal baru, %4 ditolak.",
    "Province trust file": "Berkas kepercayaan provinsi",
    "Trust files (*.json);;All files (*)": "Berkas kepercayaan (*.json);;Semua berkas (*)",
    "The province file was not trusted.": "Berkas provinsi tidak jadi dipercayai.",
    "This laptop now sends to %1.": "Laptop ini sekarang mengirim ke %1.",
    "Save device file": "Simpan berkas perangkat",
    "Device files (*.json)": "Berkas perangkat (*.json)",
    "Device file saved to %1. Give it to the province officer.":
        "Berkas perangkat disimpan di %1. Serahkan kepada petugas provinsi.",
    "Conflict resolved.": "Bentrok diselesaikan.",
    "Enrolling this laptop…": "Mendaftarkan laptop ini…",
    "Enrolled. Compare the province fingerprint with the officer: %1":
        "Terdaftar. Cocokkan sidik jari provinsi dengan petugas: %1",
    "Connecting to the province server…": "Menghubungi server provinsi…",
    # trust dialog
    "Trust the province file": "Percayai berkas provinsi",
    "This file says it comes from <b>%1</b>. Before trusting it, phone the province officer "
    "and read out the fingerprint below; every group must match what the officer sees.":
        "Berkas ini menyatakan berasal dari <b>%1</b>. Sebelum mempercayainya, telepon "
        "petugas provinsi dan bacakan sidik jari di bawah; setiap kelompok harus sama dengan "
        "yang dilihat petugas.",
    "the province": "provinsi",
    "I &compared every group with the officer": "Saya sudah &mencocokkan setiap kelompok "
                                                "dengan petugas",
    "&Trust this province": "&Percayai provinsi ini",
    # re-trust: another province replaces the trusted one (both fingerprints shown)
    "This laptop already trusts another province, <b>%1</b>, with the fingerprint below. "
    "Trusting this file replaces it: the %2 changes it has not acknowledged are sealed again "
    "for the new province, and batches go to the new province from now on. Replace it only "
    "if the province officer asked you to.":
        "Laptop ini sudah mempercayai provinsi lain, <b>%1</b>, dengan sidik jari di bawah. "
        "Mempercayai berkas ini menggantikannya: %2 perubahan yang belum diakui provinsi itu "
        "dikunci ulang untuk provinsi yang baru, dan mulai sekarang paket dikirim ke provinsi "
        "yang baru. Ganti hanya bila petugas provinsi memintanya.",
    # online sync: attachments of handed-over cooperatives
    "none (data only)": "tidak ada (data saja)",
    "Also fetch the photos and documents of cooperatives handed over to you, up to this much "
    "per sync. 0: only their data.":
        "Ambil juga foto dan dokumen koperasi yang diserahkan kepada Anda, paling banyak "
        "sebesar ini setiap sinkronisasi. 0: datanya saja.",
    "Attachments of handed-over cooperatives": "Lampiran koperasi serahan",
    "%1 attachments received": "%1 lampiran diterima",
}

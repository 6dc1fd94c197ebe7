"""Indonesian texts of the Laporan page, the report preview and the report actions."""

INDONESIAN: dict = {
    "Reports": "Laporan",
    "Monthly report to the Dinas": "Laporan bulanan ke Dinas",
    "Problems met this month: access, signal, ...":
        "Kendala bulan ini: akses jalan, sinyal, ...",
    "What you plan to do next month": "Rencana kegiatan bulan berikutnya",
    "&Save notes": "&Simpan catatan",
    "&Monthly report…": "Laporan &bulanan…",
    "Cooperatives": "Koperasi",
    "Search cooperative, village or kabupaten": "Cari koperasi, desa atau kabupaten",
    "Select &all shown": "Pilih &semua yang tampil",
    "&Profile…": "&Profil…",
    "Latest &assessment…": "&Penilaian terakhir…",
    "Batch of reports into a folder": "Banyak laporan sekaligus ke satu folder",
    "Latest assessment of each selected cooperative":
        "Penilaian terakhir setiap koperasi terpilih",
    "Profile of each selected cooperative": "Profil setiap koperasi terpilih",
    "Every final assessment of the chosen month": "Semua penilaian final pada bulan terpilih",
    "&Generate…": "&Buat…",
    "Cancel": "Batal",
    "Mentor": "Pendamping",
    "Month": "Bulan",
    "Issues met": "Kendala yang dihadapi",
    "Plans for next month": "Rencana bulan berikutnya",
    "Notes saved": "Catatan tersimpan",
    "This cooperative has no final assessment yet.": "Koperasi ini belum punya penilaian final.",
    "Folder for the reports": "Folder untuk laporan",
    "Stopping after the current report…": "Berhenti setelah laporan yang sedang dibuat…",
    "Generating %1 reports…": "Membuat %1 laporan…",
    "%1 reports written.": "%1 laporan ditulis.",
    "Cancelled: %1 reports written.": "Dibatalkan: %1 laporan ditulis.",
    "%1 could not be made.": "%1 tidak dapat dibuat.",
    "Report preview": "Pratinjau laporan",
    "%1 pages": "%1 halaman",
    "&Save as…": "&Simpan sebagai…",
    "&Print…": "&Cetak…",
    "Close": "Tutup",
    "Saved to %1": "Tersimpan di %1",
    "Save report": "Simpan laporan",
    "PDF files (*.pdf)": "Berkas PDF (*.pdf)",
    "Print": "Cetak",
    "Report": "Laporan",
    "Preparing the report…": "Menyiapkan laporan…",
    "Unsaved notes restored; they are saved as you type.":
        "Catatan yang belum tersimpan dipulihkan; catatan disimpan selagi diketik.",
    "Monthly notes are written only for the mentor of this laptop; these are %1's, read-only.":
        "Catatan bulanan hanya untuk pendamping laptop ini; ini catatan %1, hanya dibaca.",
    ("ReportsView", "Not saved yet…"): "Belum disimpan…",
    # paper fit to sign: what the board's copy leaves out, ticked in where reports are made
    "Scoring &appendix": "&Lampiran perhitungan nilai",
    "Add how the score was computed, after the signatures (not needed for the board)":
        "Tambahkan cara nilai dihitung, sesudah tanda tangan (tidak perlu untuk pengurus)",
    "My private &notes": "Catatan &pribadi saya",
    "Print your own notes of the visit and the cooperative (left out of the board's copy)":
        "Cetak catatan Anda sendiri tentang kunjungan dan koperasi (tidak ada di salinan "
        "untuk pengurus)",
    "With the scoring appendix": "Dengan lampiran perhitungan nilai",
    "With my private notes": "Dengan catatan pribadi saya",
    # --- print and save in one step (issue 15) ---
    "Save report as PDF": "Simpan laporan sebagai PDF",
    # --- signed QR code: checking a printed report (issue 19) ---
    "Chec&k a report…": "&Periksa laporan…",
    "Check a report": "Periksa laporan",
    "Every report page carries a signed QR code. Open a photo, a scan or the PDF of the report, "
    "or paste the text a phone camera read from the code.":
        "Setiap halaman laporan memuat kode QR bertanda tangan. Buka foto, hasil pindaian atau "
        "PDF laporan, atau tempel teks yang dibaca kamera ponsel dari kode itu.",
    "&Open image or PDF…": "&Buka gambar atau PDF…",
    "…or paste the text of the QR code here": "…atau tempel teks kode QR di sini",
    "Check &text": "Periksa &teks",
    "Open a photo, scan or PDF of the report": "Buka foto, pindaian atau PDF laporan",
    "Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)":
        "Gambar dan PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)",
    "File: %1": "Berkas: %1",
    "Pasted text": "Teks yang ditempel",
    "Reading and checking…": "Membaca dan memeriksa…",
    "What the code says:": "Isi yang ditandatangani:",
    "What the code claims (not vouched for):": "Isi yang tertulis pada kode (tidak terjamin):",
    "The file could not be checked: %1": "Berkas tidak dapat diperiksa: %1",
}

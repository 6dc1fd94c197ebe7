"""Indonesian texts of the visit editor, by English source (or by ``(context, source)``)."""

INDONESIAN: dict = {
    "%1 of %2 answered": "%1 dari %2 terjawab",
    "%1 problems must be fixed before finalizing:":
        "%1 masalah harus diperbaiki sebelum finalisasi:",
    "%1\n%2 · last edited %3 · %4 answers": "%1\n%2 · terakhir diubah %3 · %4 jawaban",
    "&Add finding…": "Tambah te&muan…",
    "&Area *": "&Bidang *",
    "&Assessments": "&Penilaian",
    "&Attendees": "Pese&rta",
    "&Continue": "&Lanjutkan",
    "&Cooperative *": "&Koperasi *",
    "&Done at this visit": "&Selesai di kunjungan ini",
    "&Edit…": "&Ubah…",
    "&Finalize": "&Finalisasi",
    "&Finding (temuan) *": "&Temuan *",
    "&Findings": "&Temuan",
    "&GPS point": "Titik &GPS",
    "&Indicator": "&Indikator",
    "&Later": "&Nanti",
    "&New visit…": "Kunjungan baru…",
    "&Notes": "&Catatan",
    "&Purpose *": "T&ujuan *",
    "&Recommendation *": "&Rekomendasi *",
    "&Remove": "&Hapus",
    "&Revise": "&Revisi",
    "&Use as visit location": "Pakai sebagai lokas&i kunjungan",
    "&Visit": "&Kunjungan",
    "(choose)": "(pilih)",
    "Add &instrument…": "Tambah &instrumen…",
    "Add a row": "Tambah baris",
    "Already part of this visit.": "Sudah ada di kunjungan ini.",
    "Area": "Bidang",
    "Area, e.g. an aspect of the instrument": "Bidang, misalnya aspek instrumen",
    "Assessment finalized.": "Penilaian sudah final.",
    "Attach evidence": "Lampirkan bukti",
    "Attach photos or &documents…": "Lampirkan foto atau &dokumen…",
    "Attach photos or documents": "Lampirkan foto atau dokumen",
    "Attach…": "Lampirkan…",
    "Check every answer and lock the assessment (Ctrl+Enter)":
        "Periksa semua jawaban dan kunci penilaian (Ctrl+Enter)",
    "Choose from a calendar": "Pilih dari kalender",
    "Choose instruments": "Pilih instrumen",
    "Choose the cooperative visited.": "Pilih koperasi yang dikunjungi.",
    "Compliance": "Kesesuaian",
    "Compliant": "Sesuai",
    "Ctrl+N": "Ctrl+N",
    "Ctrl+Page Down": "Ctrl+Page Down",
    "Ctrl+Page Up": "Ctrl+Page Up",
    "D&ropped": "&Dibatalkan",
    "Deadline": "Tenggat",
    "Deadline *": "Tenggat *",
    "Detach": "Lepas",
    "Discard draft": "Buang draf",
    "Double-click to open": "Klik dua kali untuk membuka",
    "Discard this draft and every answer in it?": "Buang draf ini beserta semua jawabannya?",
    "Draft": "Draf",
    "Edit visit": "Ubah kunjungan",
    "Evidence": "Bukti",
    "F&ollow-ups": "Tindak &lanjut",
    "Final": "Final",
    "Finalized %1": "Difinalkan %1",
    "Finding": "Temuan",
    "Follow-up": "Tindak lanjut",
    "Follow-up agreed with the board": "Tindak lanjut yang disepakati dengan pengurus",
    "Follow-ups already agreed: %1": "Tindak lanjut yang sudah disepakati: %1",
    "For cooperatives whose savings and loan unit operates; this one has none operating.":
        "Untuk koperasi yang unit simpan pinjamnya beroperasi; koperasi ini belum punya.",
    "Give latitude and longitude as decimal degrees.":
        "Isi lintang dan bujur dalam derajat desimal.",
    "Give latitude and longitude together.": "Isi lintang dan bujur bersama-sama.",
    "In &progress": "Sedang &berjalan",
    "Leave empty to use the recommendation": "Kosongkan untuk memakai rekomendasi",
    "Make a new revision; the final one is kept": "Buat revisi baru; yang final tetap disimpan",
    "Mark visit &done": "Tandai kunjungan sel&esai",
    "Names and roles, one per line": "Nama dan jabatan, satu per baris",
    "New finding": "Temuan baru",
    "New visit": "Kunjungan baru",
    "Next section ›": "Bagian berikutnya ›",
    "No": "Tidak",
    "No visit is open. Start a new visit, or open one from Kunjungan or a cooperative's page.":
        "Belum ada kunjungan yang dibuka. Mulai kunjungan baru, atau buka dari Kunjungan atau "
        "halaman koperasi.",
    "Not a date (example: 03/11/2025).": "Bukan tanggal (contoh: 03/11/2025).",
    "Not a number (example: 12,5).": "Bukan angka (contoh: 12,5).",
    "Not an amount of Rupiah (example: 1.250.000).": "Bukan jumlah Rupiah (contoh: 1.250.000).",
    "Not attached": "Tidak dilampirkan",
    "Not compliant": "Tidak Sesuai",
    "Not finalized": "Belum final",
    "Not revised": "Tidak direvisi",
    "Not saved yet…": "Belum tersimpan…",
    "Not saved: fix the fields marked in red.":
        "Belum tersimpan: perbaiki isian yang bertanda merah.",
    "Open follow-ups of this cooperative, and those agreed or closed at this visit. Overdue "
    "ones are red.":
        "Tindak lanjut koperasi ini yang masih terbuka, serta yang disepakati atau ditutup di "
        "kunjungan ini. Yang lewat tenggat berwarna merah.",
    "Owner": "Penanggung jawab",
    "Owner *": "Penanggung jawab *",
    "Partly": "Cukup",
    "Photos and documents": "Foto dan dokumen",
    "Photos and documents (%1)": "Foto dan dokumen (%1)",
    "Provisional: some answers are missing or not valid yet.":
        "Sementara: sebagian jawaban belum diisi atau belum sah.",
    "Re&open": "Buka la&gi",
    "Recommendation": "Rekomendasi",
    "Remove attachment": "Hapus lampiran",
    "Remove finding": "Hapus temuan",
    "Remove this finding and its open follow-ups?":
        "Hapus temuan ini beserta tindak lanjutnya yang masih terbuka?",
    "Remove this row": "Hapus baris ini",
    "Required.": "Wajib diisi.",
    "Saved at %1": "Tersimpan pukul %1",
    "Score": "Skor",
    "Score preview": "Pratinjau skor",
    "Search cooperative, village, kecamatan…": "Cari koperasi, desa, kecamatan…",
    "Start a new visit…": "Mulai kunjungan baru…",
    "Status": "Status",
    "Suggested: the savings and loan unit operates.":
        "Disarankan: unit simpan pinjam koperasi ini beroperasi.",
    "The photo was taken at %1, %2.": "Foto ini diambil di %1, %2.",
    "These assessments were saved as drafts and not finalized. Continue one now?":
        "Penilaian berikut tersimpan sebagai draf dan belum final. Lanjutkan sekarang?",
    "Unfinished assessments": "Penilaian yang belum selesai",
    "Version %1": "Versi %1",
    "Visit &date *": "Tangg&al kunjungan *",
    "Visit details": "Rincian kunjungan",
    "Visit to %1": "Kunjungan ke %1",
    "What": "Apa",
    "What the visit is for": "Tujuan kunjungan",
    "Which assessments will you fill in at this visit?":
        "Penilaian apa yang akan diisi pada kunjungan ini?",
    "Who does it, e.g. Bendahara": "Siapa yang mengerjakan, misalnya Bendahara",
    "Yes": "Ya",
    "dd/mm/yyyy": "hh/bb/tttt",
    "latitude, e.g. 2,8421": "lintang, mis. 2,8421",
    "longitude, e.g. 117,3652": "bujur, mis. 117,3652",
    "revision %1": "revisi %1",
    "‹ Previous section": "‹ Bagian sebelumnya",
    # confirmations and the trash (Sampah)
    ("AssessmentPanel", "Finalize"): "Finalisasi",
    "Finalize this assessment? Its answers are locked afterwards.":
        "Finalisasi penilaian ini? Setelah itu jawabannya terkunci.",
    "A later change needs a new revision; this one is kept as it is.":
        "Perubahan berikutnya memerlukan revisi baru; penilaian ini disimpan apa adanya.",
    "Discard this draft of %1 with its %2 answers?":
        "Buang draf %1 beserta %2 jawabannya?",
    "&Discard draft": "&Buang draf",
    ("ConfirmDialog", "Cancel"): "Batal",
    "It can be restored from the Trash for 30 days.":
        "Dapat dipulihkan dari Sampah selama 30 hari.",
    "Detach %1 from this answer?": "Lepaskan %1 dari jawaban ini?",
    "&Detach": "&Lepaskan",
    "Remove the finding \"%1\" and its %2 open follow-ups?":
        "Hapus temuan \"%1\" beserta %2 tindak lanjut terbukanya?",
    "&Remove finding": "&Hapus temuan",
    "Remove %1 with its %2 answers?": "Hapus %1 beserta %2 jawabannya?",
    "&Remove row": "&Hapus baris",
    ("TrashDialog", "Trash"): "Sampah",
    "What you deleted on this laptop in the last 30 days. Choose an entry and restore it; "
    "after 30 days it is gone for good.":
        "Yang Anda hapus di laptop ini dalam 30 hari terakhir. Pilih satu lalu pulihkan; "
        "setelah 30 hari hilang untuk selamanya.",
    ("TrashDialog", "Kind"): "Jenis",
    ("TrashDialog", "What"): "Apa",
    ("TrashDialog", "Cooperative"): "Koperasi",
    ("TrashDialog", "Deleted"): "Dihapus",
    "Restorable until": "Dapat dipulihkan sampai",
    "The trash is empty.": "Sampah kosong.",
    "&Restore": "&Pulihkan",
    ("TrashDialog", "&Close"): "&Tutup",
    "%1 (%2 answers)": "%1 (%2 jawaban)",
    "Row %1 of “%2” (%3 answers)": "Baris %1 dari “%2” (%3 jawaban)",
    "(with %1 follow-ups)": "(dengan %1 tindak lanjut)",
    "Restored: %1": "Dipulihkan: %1",
    "Assessment draft": "Draf penilaian",
    "Row of an assessment": "Baris penilaian",
    ("TrashView", "Attachment"): "Lampiran",
    ("TrashView", "Finding"): "Temuan",
    ("TrashView", "Follow-up"): "Tindak lanjut",
    "Business unit": "Unit usaha",
    "Board member": "Pengurus/pengawas",
    "Remove the attachment %1 from this visit?": "Hapus lampiran %1 dari kunjungan ini?",
    "&Remove attachment": "&Hapus lampiran",
    # unfinished work offered back at start, form drafts
    "Finding not saved yet": "Temuan belum disimpan",
    "Closing note of a follow-up not saved yet": "Catatan penutupan tindak lanjut belum disimpan",
    "Profile changes not saved yet": "Perubahan profil belum disimpan",
    "Your mentor profile not saved yet": "Profil pendamping Anda belum disimpan",
    "Visit details not saved yet": "Rincian kunjungan belum disimpan",
    "Monthly notes of %1 not saved yet": "Catatan bulanan %1 belum disimpan",
    "%1\n%2 · typed %3": "%1\n%2 · diketik %3",
    "Unfinished work": "Pekerjaan yang belum selesai",
    "These assessments and texts were left unfinished (saved as drafts, not finalized or not "
    "saved yet). Continue one now?":
        "Penilaian dan teks ini belum selesai (tersimpan sebagai draf, belum difinalisasi atau "
        "belum disimpan). Lanjutkan salah satunya sekarang?",
    "Text typed on %1 and not saved is restored.":
        "Teks yang diketik pada %1 dan belum disimpan dipulihkan.",
    "Throw away what you typed for this finding?": "Buang yang Anda ketik untuk temuan ini?",
    ("FindingDialog", "&Throw away"): "&Buang",
    "Details typed earlier and not saved are restored.":
        "Rincian yang diketik sebelumnya dan belum disimpan dipulihkan.",
    "Throw away what you typed for this visit?": "Buang yang Anda ketik untuk kunjungan ini?",
    ("VisitDialog", "&Throw away"): "&Buang",
    "%1 · typed %2": "%1 · diketik %2",
    # prefilled forms, shared facts, checklists, warnings, profile update after finalizing
    "from the assessment of %1": "dari penilaian %1",
    "from the form %1 of this visit": "dari formulir %1 kunjungan ini",
    "from the profile": "dari profil",
    "Worth a second look (kept as typed):": "Perlu dilihat lagi (disimpan seperti diketik):",
    "Items: %1": "Butir: %1",
    "None of them holds": "Tidak satu pun terpenuhi",
    "Answer 0: no item of this list is met": "Jawab 0: tidak ada butir daftar ini yang terpenuhi",
    "%1 of %2 \"Yes\" (count stored without its items: tick them to record which)":
        "%1 dari %2 \"Ya\" (jumlah tersimpan tanpa butirnya: centang butirnya untuk mencatat "
        "yang mana)",
    "%1 of %2 \"Yes\"": "%1 dari %2 \"Ya\"",
    "Not answered yet: tick each item that holds": "Belum dijawab: centang setiap butir yang "
                                                   "terpenuhi",
    "Asked in the form %1 of this visit; change it there":
        "Ditanyakan di formulir %1 kunjungan ini; ubah di sana",
    "Update the cooperative profile": "Perbarui profil koperasi",
    "The assessment holds newer figures than the profile. Tick the ones the profile should "
    "take:": "Penilaian ini memuat angka yang lebih baru daripada profil. Centang yang perlu "
             "masuk ke profil:",
    "&Update profile": "&Perbarui profil",
    "&Keep the profile": "&Biarkan profil",
    "NIB": "NIB",
    "AHU decree number": "Nomor SK AHU",
    "SIMKOPDES status": "Status SIMKOPDES",
    "Office latitude": "Lintang kantor",
    "Office longitude": "Bujur kantor",
    "Financing ceiling": "Plafon pembiayaan",
    "Financing disbursed": "Pembiayaan yang cair",
    "Financing outstanding": "Baki debet pembiayaan",
    "Instalment arrears": "Tunggakan angsuran",
    "Number of members": "Jumlah anggota",
    "Date of the member count": "Tanggal jumlah anggota",
    "(empty)": "(kosong)",
    # --- visit plan, print and share (issue 15) ---
    "This visit is planned. Start it when you are at the cooperative: it becomes today's "
    "visit, ready for assessments and findings.":
        "Kunjungan ini direncanakan. Mulai saat Anda berada di koperasi: kunjungan ini menjadi "
        "kunjungan hari ini, siap untuk penilaian dan temuan.",
    "&Start visit": "&Mulai kunjungan",
    "&Change plan…": "&Ubah rencana…",
    "Cancel p&lan": "&Batalkan rencana",
    "Planned visit to %1": "Rencana kunjungan ke %1",
    "Planned for %1": "Direncanakan pada %1",
    "Cancel plan": "Batalkan rencana",
    "Cancel this planned visit?": "Batalkan rencana kunjungan ini?",
    ("ShareBar", "Print"): "Cetak",
    "Print the report of the assessment shown (Ctrl+P)":
        "Cetak laporan penilaian yang sedang dibuka (Ctrl+P)",
    ("ShareBar", "Save PDF…"): "Simpan PDF…",
    "Save the report of the assessment shown as PDF":
        "Simpan laporan penilaian yang sedang dibuka sebagai PDF",
    "Copy for &WhatsApp": "Salin untuk &WhatsApp",
    "Copy the findings and follow-ups as plain text for the board's group":
        "Salin temuan dan tindak lanjut sebagai teks biasa untuk grup pengurus",
    "Mark signed…": "Tandai ditandatangani…",
    "Attach a photo of the signed page of the report":
        "Lampirkan foto halaman laporan yang sudah ditandatangani",
    "✔ Signed (photo of %1)": "✔ Ditandatangani (foto %1)",
    "Open the photo of the signed page": "Buka foto halaman bertanda tangan",
    "Not signed yet": "Belum ditandatangani",
    ("ShareBar", "Saved to %1"): "Tersimpan di %1",
    "Copied: paste it into the board's WhatsApp group.":
        "Tersalin: tempelkan ke grup WhatsApp pengurus.",
    "Photo of the signed page": "Foto halaman bertanda tangan",
}

# Values of an instrument awaiting verification (assessment panel)
INDONESIAN.update({
    "Awaiting verification: %1 values of this instrument are not yet settled by an official "
    "source; the report marks them.":
        "Menunggu verifikasi: %1 nilai instrumen ini belum dipastikan dari sumber resmi; "
        "laporan menandainya.",
})

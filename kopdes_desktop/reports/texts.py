"""Every fixed text printed on a report, in Indonesian and English, and the labels of the
domain values stored in the database (unit kinds, statuses, roles)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # page
    "draft_mark": ("DRAF", "DRAFT"),
    "page_of": ("Halaman {page} dari {total}", "Page {page} of {total}"),
    "footer_doc": (
        "Dok. {doc} · dibuat {at} · hash {hash}",
        "Doc. {doc} · generated {at} · hash {hash}",
    ),
    "seal_caption": (
        "Pindai kode QR untuk memeriksa keaslian dokumen ini →",
        "Scan the QR code to check that this document is genuine →",
    ),
    "missing": ("belum diisi", "not filled in"),
    "none": ("tidak ada", "none"),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "no_col": ("No.", "No."),
    # titles
    "assessment_title": ("Laporan Hasil Penilaian", "Assessment Report"),
    "monthly_title": ("Laporan Bulanan Pendamping", "Mentor's Monthly Report"),
    "profile_title": ("Profil Koperasi", "Cooperative Profile"),
    # identity
    "identity": ("Identitas Koperasi", "Cooperative identity"),
    "coop_name": ("Nama koperasi", "Cooperative"),
    "ahu": ("Nomor badan hukum (AHU)", "Legal entity number (AHU)"),
    "nik_koperasi": ("NIK koperasi", "Cooperative NIK"),
    "nib": ("NIB", "NIB"),
    "npwp": ("NPWP", "NPWP"),
    "bank": ("Rekening bank", "Bank account"),
    "simkopdes": ("SIMKOPDES", "SIMKOPDES"),
    "village": ("Desa/Kelurahan", "Village"),
    "kecamatan": ("Kecamatan", "District"),
    "kabupaten": ("Kabupaten/Kota", "Regency/City"),
    "region_code": ("Kode wilayah Kemendagri", "Kemendagri region code"),
    "address": ("Alamat", "Address"),
    "formation": ("Model pembentukan", "Formation model"),
    "founded": ("Tanggal berdiri", "Founded"),
    "legal_missing": (
        "Nomor legalitas belum tercatat: {fields}.",
        "Legal numbers not yet recorded: {fields}.",
    ),
    # visit
    "visit": ("Kunjungan dan Penilai", "Visit and assessor"),
    "visit_date": ("Tanggal penilaian", "Assessment date"),
    "visit_place": ("Tempat", "Place"),
    "purpose": ("Tujuan kunjungan", "Purpose of visit"),
    "mentor": ("Pendamping", "Mentor"),
    "role": ("Peran", "Role"),
    "instrument": ("Instrumen", "Instrument"),
    "revision": ("Revisi", "Revision"),
    "status": ("Status", "Status"),
    "no_visit": ("Penilaian ini tidak terkait kunjungan.", "This assessment has no visit."),
    # result
    "result": ("Ringkasan Hasil", "Result summary"),
    "total": ("Nilai total", "Total score"),
    "category": ("Kategori", "Category"),
    "of_max": ("dari {max}", "of {max}"),
    "no_result": (
        "Belum ada hasil: penilaian ini belum dinilai.",
        "No result yet: this assessment has not been scored.",
    ),
    "incomplete": (
        "Hasil sementara: sebagian jawaban belum diisi.",
        "Provisional result: some answers are still missing.",
    ),
    "aspects": ("Nilai per Aspek", "Scores by aspect"),
    "aspect": ("Aspek", "Aspect"),
    "score": ("Skor", "Score"),
    "max": ("Maks.", "Max."),
    "percent": ("%", "%"),
    "comparison": (
        "Perbandingan dengan Penilaian Sebelumnya",
        "Comparison with the previous assessment",
    ),
    "previous": ("Sebelumnya", "Previous"),
    "now": ("Sekarang", "Now"),
    "change": ("Perubahan", "Change"),
    "previous_on": (
        "Penilaian sebelumnya: {date}, nilai {total} ({category}).",
        "Previous assessment: {date}, score {total} ({category}).",
    ),
    "trend": ("Riwayat nilai total", "Total score history"),
    "first_assessment": (
        "Ini penilaian pertama dengan instrumen ini; belum ada pembanding.",
        "This is the first assessment with this instrument; nothing to compare.",
    ),
    "answers": ("Jawaban per Bagian", "Answers by section"),
    "question": ("Pertanyaan", "Question"),
    "answer": ("Jawaban", "Answer"),
    "missing_answers": (
        '{count} pertanyaan belum dijawab (ditandai "belum diisi").',
        '{count} questions are unanswered (marked "not filled in").',
    ),
    "instrument_missing": (
        "Definisi {title} versi {version} tidak tersedia di laptop ini;"
        " pertanyaan ditampilkan dengan nama kolomnya.",
        "{title} version {version} is not on this laptop; questions are"
        " shown by the names of their fields.",
    ),
    "warnings": ("Peringatan", "Warnings"),
    "verify_answer": (
        "* Nilai ini menunggu verifikasi: {label}. {why}",
        "* This value awaits verification: {label}. {why}",
    ),
    "verify_aspect": (
        "* Cara menilai aspek bertanda * menunggu verifikasi provinsi: {why}",
        "* How aspects marked * are scored awaits verification by the province: {why}",
    ),
    "rules": ("Aturan yang ditetapkan untuk instrumen ini:", "Rules decided for this instrument:"),
    "appendix": ("Lampiran: Perhitungan Nilai", "Appendix: how the score is computed"),
    "indicator": ("Indikator", "Indicator"),
    "weight": ("Bobot", "Weight"),
    "measured": ("Hasil ukur", "Measured"),
    "credit": ("Nilai", "Value"),
    "not_computable": ("tidak dapat dihitung", "cannot be computed"),
    "planned": ("direncanakan", "planned"),
    "plan": ("Rencana", "Plan"),
    "due_by": ("paling lambat {date}", "by {date}"),
    "done_on": ("selesai {date}", "done {date}"),
    "photo_visit": ("Foto kunjungan", "Visit photo"),
    "photo_finding": ("Foto temuan", "Finding photo"),
    "photo_action": ("Foto tindak lanjut", "Follow-up photo"),
    "photo_assessment": ("Foto penilaian", "Assessment photo"),
    "photo_taken": ("disimpan {date}", "stored {date}"),
    "private_notes": ("Catatan pendamping", "Mentor's notes"),
    "findings": ("Temuan dan Rekomendasi", "Findings and recommendations"),
    "finding": ("Temuan", "Finding"),
    "recommendation": ("Rekomendasi", "Recommendation"),
    "area": ("Bidang", "Area"),
    "compliance": ("Kesesuaian", "Compliance"),
    "owner": ("Penanggung jawab", "Owner"),
    "deadline": ("Tenggat", "Deadline"),
    "no_findings": (
        "Tidak ada temuan tercatat pada kunjungan ini.",
        "No findings were recorded at this visit.",
    ),
    "photos": ("Foto Bukti", "Evidence photos"),
    "photo_missing": ("Foto tidak dapat dibuka: {name}", "Photo cannot be opened: {name}"),
    "signatures": ("Pengesahan", "Signatures"),
    "sign_mentor": ("Pendamping Koperasi", "Cooperative mentor"),
    "sign_ketua": ("Ketua Koperasi", "Chair of the cooperative"),
    "sign_dinas": ("Mengetahui,", "Acknowledged,"),
    "sign_dinas_role": ("Dinas Koperasi dan UKM Kabupaten/Kota", "District Cooperative Office"),
    "unknown_person": ("(nama belum tercatat)", "(name not recorded)"),
    # monthly
    "period": ("Periode", "Period"),
    "mentor_area": ("Wilayah kerja", "Work area"),
    "coops_assisted": ("Koperasi yang Didampingi", "Cooperatives assisted"),
    "visits": ("Kunjungan", "Visits"),
    "date": ("Tanggal", "Date"),
    "notes": ("Catatan", "Notes"),
    "no_visits": (
        "Tidak ada kunjungan tercatat pada bulan ini.",
        "No visits were recorded this month.",
    ),
    "assessments_short": ("Penilaian", "Assessments"),
    "assessments_done": ("Penilaian yang Dilakukan", "Assessments done"),
    "no_assessments": ("Tidak ada penilaian pada bulan ini.", "No assessments this month."),
    "actions": ("Tindak Lanjut", "Follow-ups"),
    "opened": ("Dibuka", "Opened"),
    "closed": ("Selesai", "Closed"),
    "overdue": ("Lewat tenggat", "Overdue"),
    "action": ("Tindak lanjut", "Follow-up"),
    "no_actions": (
        "Tidak ada tindak lanjut yang dibuka, ditutup, atau lewat tenggat.",
        "No follow-ups opened, closed or overdue.",
    ),
    "summary": ("Ringkasan", "Summary"),
    "summary_chart": (
        "Kegiatan per koperasi (nomor sesuai tabel)",
        "Activity per cooperative (numbers as in the table)",
    ),
    "latest_category": ("Kategori terakhir", "Latest category"),
    "issues": ("Kendala yang Dihadapi", "Issues met"),
    "plans": ("Rencana Bulan Berikutnya", "Plans for next month"),
    "not_written": ("Belum ditulis oleh pendamping.", "Not written by the mentor yet."),
    "planned_visits": ("Kunjungan yang direncanakan", "Planned visits"),
    "no_planned_visits": (
        "Belum ada kunjungan yang direncanakan pada {month}.",
        "No visits planned for {month} yet.",
    ),
    "no_coops": (
        "Tidak ada koperasi yang ditugaskan pada bulan ini.",
        "No cooperatives assigned this month.",
    ),
    "totals": ("Jumlah", "Total"),
    # profile
    "units": ("Unit Usaha (Gerai)", "Business units"),
    "unit": ("Unit", "Unit"),
    "turnover": ("Omzet per bulan", "Monthly turnover"),
    "no_units": ("Belum ada unit usaha tercatat.", "No business units recorded."),
    "board": ("Pengurus dan Pengawas", "Board and supervisors"),
    "organ": ("Organ", "Organ"),
    "name": ("Nama", "Name"),
    "gender": ("L/P", "M/F"),
    "phone": ("Telepon", "Phone"),
    "no_board": ("Pengurus belum tercatat.", "No board members recorded."),
    "members": ("Anggota", "Members"),
    "members_as_of": ("Jumlah anggota", "Members"),
    "women": ("Perempuan", "Women"),
    "financing": ("Pembiayaan (PMK 49/2025)", "Financing (PMK 49/2025)"),
    "ceiling": ("Plafon", "Ceiling"),
    "disbursed": ("Dicairkan", "Disbursed"),
    "outstanding": ("Sisa pinjaman", "Outstanding"),
    "arrears": ("Tunggakan", "Arrears"),
    "in_words": ("Terbilang", "In words"),
    "source_assessment": (
        "Sumber: {instrument}, penilaian tanggal {date}.",
        "Source: {instrument}, assessment of {date}.",
    ),
    "source_profile": (
        "Sumber: profil koperasi, diubah tanggal {date}.",
        "Source: the cooperative profile, changed on {date}.",
    ),
    "source_none": (
        "Pembiayaan belum tercatat di profil maupun penilaian.",
        "No financing is recorded in the profile or any assessment.",
    ),
    "history": ("Riwayat Penilaian", "Assessment history"),
    "no_history": ("Belum ada penilaian final.", "No final assessments yet."),
    "open_followups": ("Tindak Lanjut Terbuka", "Open follow-ups"),
    "no_open": ("Tidak ada tindak lanjut terbuka.", "No open follow-ups."),
    "mentor_of": ("Pendamping saat ini", "Current mentor"),
    # RAT deadline, financing monitor and values awaiting verification
    "standing": ("RAT dan Pembiayaan", "RAT and Financing"),
    "standing_none": (
        "Tidak ada pembiayaan tercatat dan tidak ada tanda bahaya.",
        "No financing recorded and no flags.",
    ),
    "flag_mark": ("Perhatian: {why}", "Attention: {why}"),
    "verify_instrument": ("* Menunggu verifikasi: {why}", "* Awaiting verification: {why}"),
    "rat_overdue_title": ("Koperasi dengan RAT terlambat", "Cooperatives whose RAT is overdue"),
    "rat_overdue_none": (
        "Tidak ada koperasi dengan RAT terlambat.",
        "No cooperative's RAT is overdue.",
    ),
    "rat_due": ("Batas RAT", "RAT due"),
    "fiscal_year": ("Tahun buku", "Fiscal year"),
}

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "unit": {
        "KANTOR": ("Kantor", "Office"),
        "SEMBAKO": ("Sembako", "Staple goods"),
        "SIMPAN_PINJAM": ("Simpan pinjam", "Savings and loans"),
        "KLINIK": ("Klinik desa", "Village clinic"),
        "APOTEK": ("Apotek desa", "Village pharmacy"),
        "GUDANG_COLD_STORAGE": ("Gudang / cold storage", "Warehouse / cold storage"),
        "LOGISTIK": ("Logistik desa", "Village logistics"),
        "LAINNYA": ("Lainnya", "Other"),
    },
    "unit_status": {
        "PLANNED": ("Direncanakan", "Planned"),
        "PREPARING": ("Persiapan", "Preparing"),
        "OPERATING": ("Beroperasi", "Operating"),
        "SUSPENDED": ("Berhenti sementara", "Suspended"),
    },
    "action_status": {
        "OPEN": ("Terbuka", "Open"),
        "PROGRESS": ("Berjalan", "In progress"),
        "DONE": ("Selesai", "Done"),
        "DROPPED": ("Dibatalkan", "Dropped"),
    },
    "compliance": {
        "TIDAK_SESUAI": ("Tidak Sesuai", "Not compliant"),
        "CUKUP": ("Cukup", "Partly"),
        "SESUAI": ("Sesuai", "Compliant"),
    },
    "mentor_role": {
        "PENDAMPING": ("Pendamping Koperasi", "Cooperative mentor"),
        "BA": ("Business Assistant", "Business Assistant"),
    },
    "simkopdes": {
        "BELUM": ("Belum terdaftar", "Not registered"),
        "TERDAFTAR": ("Terdaftar", "Registered"),
        "AKTIF": ("Aktif", "Active"),
        "MUTAKHIR": ("Aktif dan mutakhir", "Active and up to date"),
    },
    "formation": {
        "BARU": ("Pembentukan baru", "New"),
        "PENGEMBANGAN": ("Pengembangan koperasi yang ada", "Development of an existing one"),
        "REVITALISASI": ("Revitalisasi", "Revitalisation"),
    },
    "village_type": {
        "desa": ("desa", "village"),
        "kelurahan": ("kelurahan", "urban village"),
    },
    "organ": {
        "PENGURUS": ("Pengurus", "Board"),
        "PENGAWAS": ("Pengawas", "Supervisor"),
    },
    "assessment_status": {
        "DRAFT": ("Draf", "Draft"),
        "FINAL": ("Final", "Final"),
    },
    "visit_status": {
        "DRAFT": ("Belum selesai", "Not finished"),
        "DONE": ("Selesai", "Done"),
        "PLANNED": ("Direncanakan", "Planned"),
    },
}

MEANINGS: dict[str, tuple[str, str]] = {
    "sehat": (
        "Unit simpan pinjam dikelola dengan sehat; pertahankan praktik yang sudah baik.",
        "The savings and loan unit is healthy; keep up the good practice.",
    ),
    "cukup_sehat": (
        "Unit simpan pinjam cukup sehat; beberapa rasio perlu diperbaiki.",
        "The savings and loan unit is fairly healthy; some ratios need work.",
    ),
    "dalam_pengawasan": (
        "Unit simpan pinjam perlu diawasi; perbaiki permodalan, kualitas"
        " pinjaman dan likuiditas sebelum menambah pinjaman.",
        "The unit needs supervision; improve capital, loan quality and"
        " liquidity before lending more.",
    ),
    "dalam_pengawasan_khusus": (
        "Unit simpan pinjam dalam pengawasan khusus; perlu rencana perbaikan segera bersama Dinas.",
        "The unit is under special supervision; a recovery plan with the Dinas is needed now.",
    ),
    "berkembang_baik": (
        "Koperasi siap berusaha dan berkembang baik; dampingi untuk memperluas usaha.",
        "The cooperative is ready and growing well; support it to expand.",
    ),
    "berkembang": (
        "Koperasi berkembang; lengkapi kekurangan yang tercatat di bawah.",
        "The cooperative is developing; close the gaps listed below.",
    ),
    "perlu_pendampingan_intensif": (
        "Koperasi memerlukan pendampingan intensif pada aspek dengan nilai terendah.",
        "The cooperative needs intensive mentoring on its weakest aspects.",
    ),
    "kritis": (
        "Koperasi dalam kondisi kritis; dasar kelembagaan dan usaha perlu dibenahi lebih dulu.",
        "The cooperative is critical; its legal and business basics must be fixed first.",
    ),
}


def t(key: str, language: str = "id") -> str:
    """The fixed text ``key`` in the report's language."""
    texts = TEXTS[key]
    return texts[1] if language.startswith("en") else texts[0]


def label(kind: str, value: str | None, language: str = "id") -> str:
    """The printed label of a stored domain value: the one label source of every report.
    A value this version does not know (from a newer laptop) is printed in words, never as
    its code."""
    if not value:
        return ""
    texts = LABELS[kind].get(value)
    if texts is None:
        return words(value)
    return texts[1] if language.startswith("en") else texts[0]


def words(code: str) -> str:
    """A stored code or key in words: ``SIMPAN_PINJAM`` -> "Simpan pinjam",
    ``jumlah_anggota`` -> "Jumlah anggota"."""
    text = " ".join(code.replace("_", " ").replace("-", " ").split()).lower()
    return text[:1].upper() + text[1:]


COOPERATIVE_MEANINGS: dict[str, tuple[str, str]] = {
    "sehat": (
        "Koperasi dinilai sehat; pertahankan tata kelola dan kinerja yang sudah baik.",
        "The cooperative is healthy; keep up its governance and performance.",
    ),
    "cukup_sehat": (
        "Koperasi cukup sehat; beberapa indikator perlu diperbaiki.",
        "The cooperative is fairly healthy; some indicators need work.",
    ),
    "dalam_pengawasan": (
        "Koperasi perlu diawasi; perbaiki tata kelola, risiko dan keuangan yang bernilai rendah.",
        "The cooperative needs supervision; improve its low-scoring"
        " governance, risk and finance indicators.",
    ),
    "dalam_pengawasan_khusus": (
        "Koperasi dalam pengawasan khusus; perlu rencana perbaikan segera bersama Dinas.",
        "The cooperative is under special supervision; a recovery"
        " plan with the Dinas is needed now.",
    ),
}
"""Meanings for an instrument that rates the whole cooperative (``kesehatan-koperasi-*``)."""


def meaning(category_id: str, language: str = "id", instrument_id: str = "") -> str:
    """A plain-language sentence for a result category ("" when the category is unknown)."""
    key = category_id.lower().replace(" ", "_").replace("-", "_")
    table = COOPERATIVE_MEANINGS if instrument_id.startswith("kesehatan-koperasi") else MEANINGS
    texts = table.get(key)
    if texts is None:
        return ""
    return texts[1] if language.startswith("en") else texts[0]

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="72" />
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="74" />
        <source>revision %1</source>
        <translation>revisi %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="83" />
        <source>&amp;Finalize</source>
        <translation>&amp;Finalisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="84" />
        <source>Check every answer and lock the assessment (Ctrl+Enter)</source>
        <translation>Periksa semua jawaban dan kunci penilaian (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="86" />
        <source>&amp;Revise</source>
        <translation>&amp;Revisi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="87" />
        <source>Make a new revision; the final one is kept</source>
        <translation>Buat revisi baru; yang final tetap disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="88" />
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="248" />
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="141" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="144" />
        <source>Finalized %1</source>
        <translation>Difinalkan %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="146" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="158" />
        <source>Not saved yet…</source>
        <translation>Belum tersimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="176" />
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="196" />
        <source>Not finalized</source>
        <translation>Belum final</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="206" />
        <source>Assessment finalized.</source>
        <translation>Penilaian sudah final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="220" />
        <source>%1 problems must be fixed before finalizing:</source>
        <translation>%1 masalah harus diperbaiki sebelum finalisasi:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="238" />
        <source>Not revised</source>
        <translation>Tidak direvisi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="249" />
        <source>Discard this draft and every answer in it?</source>
        <translation>Buang draf ini beserta semua jawabannya?</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="126" />
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
</context>
<context>
    <name>ComputedField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="369" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="369" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="222" />
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="226" />
        <source>Choose from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="268" />
        <source>Not a date (example: 03/11/2025).</source>
        <translation>Bukan tanggal (contoh: 03/11/2025).</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="51" />
        <source>Unfinished assessments</source>
        <translation>Penilaian yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="52" />
        <source>These assessments were saved as drafts and not finalized. Continue one now?</source>
        <translation>Penilaian berikut tersimpan sebagai draf dan belum final. Lanjutkan sekarang?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="60" />
        <source>%1
%2 · last edited %3 · %4 answers</source>
        <translation>%1
%2 · terakhir diubah %3 · %4 jawaban</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="69" />
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="71" />
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="71" />
        <source>Photos and documents (%1)</source>
        <translation>Foto dan dokumen (%1)</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="84" />
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="85" />
        <source>Detach</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="100" />
        <source>Attach evidence</source>
        <translation>Lampirkan bukti</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="115" />
        <source>Not attached</source>
        <translation>Tidak dilampirkan</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="59" />
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="59" />
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="67" />
        <source>Area, e.g. an aspect of the instrument</source>
        <translation>Bidang, misalnya aspek instrumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="71" />
        <source>Not compliant</source>
        <translation>Tidak Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="72" />
        <source>Partly</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="73" />
        <source>Compliant</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="81" />
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="82" />
        <source>Follow-up agreed with the board</source>
        <translation>Tindak lanjut yang disepakati dengan pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="86" />
        <source>Leave empty to use the recommendation</source>
        <translation>Kosongkan untuk memakai rekomendasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="88" />
        <source>Who does it, e.g. Bendahara</source>
        <translation>Siapa yang mengerjakan, misalnya Bendahara</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="90" />
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="134" />
        <source>&amp;Area *</source>
        <translation>&amp;Bidang *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="135" />
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="136" />
        <source>Compliance</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="137" />
        <source>&amp;Finding (temuan) *</source>
        <translation>&amp;Temuan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="138" />
        <source>&amp;Recommendation *</source>
        <translation>&amp;Rekomendasi *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="139" />
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="147" />
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="148" />
        <source>Owner *</source>
        <translation>Penanggung jawab *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="149" />
        <source>Deadline *</source>
        <translation>Tenggat *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="172" />
        <source>Follow-ups already agreed: %1</source>
        <translation>Tindak lanjut yang sudah disepakati: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="177" />
        <source>Attach evidence</source>
        <translation>Lampirkan bukti</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="224" />
        <source>Not a date (example: 03/11/2025).</source>
        <translation>Bukan tanggal (contoh: 03/11/2025).</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="292" />
        <source>&amp;Add finding…</source>
        <translation>Tambah te&amp;muan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="293" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="294" />
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="328" />
        <source>Remove finding</source>
        <translation>Hapus temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="329" />
        <source>Remove this finding and its open follow-ups?</source>
        <translation>Hapus temuan ini beserta tindak lanjutnya yang masih terbuka?</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="349" />
        <source>Open follow-ups of this cooperative, and those agreed or closed at this visit. Overdue ones are red.</source>
        <translation>Tindak lanjut koperasi ini yang masih terbuka, serta yang disepakati atau ditutup di kunjungan ini. Yang lewat tenggat berwarna merah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="353" />
        <source>&amp;Done at this visit</source>
        <translation>&amp;Selesai di kunjungan ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="354" />
        <source>In &amp;progress</source>
        <translation>Sedang &amp;berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="355" />
        <source>D&amp;ropped</source>
        <translation>&amp;Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="356" />
        <source>Re&amp;open</source>
        <translation>Buka la&amp;gi</translation>
    </message>
</context>
<context>
    <name>GpsField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="315" />
        <source>latitude, e.g. 2,8421</source>
        <translation>lintang, mis. 2,8421</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="316" />
        <source>longitude, e.g. 117,3652</source>
        <translation>bujur, mis. 117,3652</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="344" />
        <source>Give latitude and longitude as decimal degrees.</source>
        <translation>Isi lintang dan bujur dalam derajat desimal.</translation>
    </message>
</context>
<context>
    <name>InstrumentChoiceDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="47" />
        <source>Choose instruments</source>
        <translation>Pilih instrumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="48" />
        <source>Which assessments will you fill in at this visit?</source>
        <translation>Penilaian apa yang akan diisi pada kunjungan ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="57" />
        <source>Suggested: the savings and loan unit operates.</source>
        <translation>Disarankan: unit simpan pinjam koperasi ini beroperasi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="58" />
        <source>For cooperatives whose savings and loan unit operates; this one has none operating.</source>
        <translation>Untuk koperasi yang unit simpan pinjamnya beroperasi; koperasi ini belum punya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="66" />
        <source>Already part of this visit.</source>
        <translation>Sudah ada di kunjungan ini.</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="95" />
        <source>‹ Previous section</source>
        <translation>‹ Bagian sebelumnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="96" />
        <source>Next section ›</source>
        <translation>Bagian berikutnya ›</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="97" />
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="98" />
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="273" />
        <source>%1 of %2 answered</source>
        <translation>%1 dari %2 terjawab</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="211" />
        <source>Not an amount of Rupiah (example: 1.250.000).</source>
        <translation>Bukan jumlah Rupiah (contoh: 1.250.000).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="212" />
        <source>Not a number (example: 12,5).</source>
        <translation>Bukan angka (contoh: 12,5).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/preview.py" line="48" />
        <location filename="../../kopdes_desktop/ui/forms/preview.py" line="76" />
        <source>Score preview</source>
        <translation>Pratinjau skor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/preview.py" line="76" />
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/preview.py" line="90" />
        <source>Provisional: some answers are missing or not valid yet.</source>
        <translation>Sementara: sebagian jawaban belum diisi atau belum sah.</translation>
    </message>
</context>
<context>
    <name>RepeatField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="111" />
        <source>Add a row</source>
        <translation>Tambah baris</translation>
    </message>
</context>
<context>
    <name>RowBox</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="83" />
        <source>Remove this row</source>
        <translation>Hapus baris ini</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="41" />
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="42" />
        <source>Edit visit</source>
        <translation>Ubah kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="44" />
        <source>Search cooperative, village, kecamatan…</source>
        <translation>Cari koperasi, desa, kecamatan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="71" />
        <source>&amp;Cooperative *</source>
        <translation>&amp;Koperasi *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="125" />
        <source>Choose the cooperative visited.</source>
        <translation>Pilih koperasi yang dikunjungi.</translation>
    </message>
</context>
<context>
    <name>VisitEditorView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="60" />
        <source>Mark visit &amp;done</source>
        <translation>Tandai kunjungan sel&amp;esai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="61" />
        <source>&amp;New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="65" />
        <source>Add &amp;instrument…</source>
        <translation>Tambah &amp;instrumen…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="68" />
        <source>No visit is open. Start a new visit, or open one from Kunjungan or a cooperative's page.</source>
        <translation>Belum ada kunjungan yang dibuka. Mulai kunjungan baru, atau buka dari Kunjungan atau halaman koperasi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="72" />
        <source>Start a new visit…</source>
        <translation>Mulai kunjungan baru…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="98" />
        <source>&amp;Visit</source>
        <translation>&amp;Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="99" />
        <source>&amp;Assessments</source>
        <translation>&amp;Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="100" />
        <source>&amp;Findings</source>
        <translation>&amp;Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="101" />
        <source>F&amp;ollow-ups</source>
        <translation>Tindak &amp;lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="131" />
        <source>Visit to %1</source>
        <translation>Kunjungan ke %1</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="56" />
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="64" />
        <source>What the visit is for</source>
        <translation>Tujuan kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="67" />
        <source>Names and roles, one per line</source>
        <translation>Nama dan jabatan, satu per baris</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="71" />
        <source>latitude, e.g. 2,8421</source>
        <translation>lintang, mis. 2,8421</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="72" />
        <source>longitude, e.g. 117,3652</source>
        <translation>bujur, mis. 117,3652</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="96" />
        <source>Visit &amp;date *</source>
        <translation>Tangg&amp;al kunjungan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="97" />
        <source>&amp;Purpose *</source>
        <translation>T&amp;ujuan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="98" />
        <source>&amp;Attendees</source>
        <translation>Pese&amp;rta</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="99" />
        <source>&amp;GPS point</source>
        <translation>Titik &amp;GPS</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="100" />
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="161" />
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="170" />
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="163" />
        <source>Not a date (example: 03/11/2025).</source>
        <translation>Bukan tanggal (contoh: 03/11/2025).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="173" />
        <source>Give latitude and longitude as decimal degrees.</source>
        <translation>Isi lintang dan bujur dalam derajat desimal.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="175" />
        <source>Give latitude and longitude together.</source>
        <translation>Isi lintang dan bujur bersama-sama.</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="69" />
        <source>Attach photos or &amp;documents…</source>
        <translation>Lampirkan foto atau &amp;dokumen…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="70" />
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="77" />
        <source>&amp;Use as visit location</source>
        <translation>Pakai sebagai lokas&amp;i kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="93" />
        <source>Visit details</source>
        <translation>Rincian kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="98" />
        <source>Photos and documents</source>
        <translation>Foto dan dokumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="133" />
        <source>Double-click to open</source>
        <translation>Klik dua kali untuk membuka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="143" />
        <source>Not saved yet…</source>
        <translation>Belum tersimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="154" />
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="163" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum tersimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="166" />
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="175" />
        <source>Attach photos or documents</source>
        <translation>Lampirkan foto atau dokumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="207" />
        <source>The photo was taken at %1, %2.</source>
        <translation>Foto ini diambil di %1, %2.</translation>
    </message>
</context>
<context>
    <name>VisitTables</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="17" />
        <source>Not compliant</source>
        <translation>Tidak Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="18" />
        <source>Partly</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="19" />
        <source>Compliant</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="36" />
        <source>Area</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="37" />
        <source>Compliance</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="38" />
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="39" />
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="52" />
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="53" />
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="54" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="83" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="84" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
</TS>
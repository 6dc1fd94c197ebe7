<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="101" />
        <source>from the assessment of %1</source>
        <translation>dari penilaian %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="104" />
        <source>from the form %1 of this visit</source>
        <translation>dari formulir %1 kunjungan ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="105" />
        <source>from the profile</source>
        <translation>dari profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="110" />
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="112" />
        <source>revision %1</source>
        <translation>revisi %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="121" />
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="268" />
        <source>&amp;Finalize</source>
        <translation>&amp;Finalisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="123" />
        <source>Check every answer and lock the assessment (Ctrl+Enter)</source>
        <translation>Periksa semua jawaban dan kunci penilaian (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="125" />
        <source>&amp;Revise</source>
        <translation>&amp;Revisi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="126" />
        <source>Make a new revision; the final one is kept</source>
        <translation>Buat revisi baru; yang final tetap disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="127" />
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="349" />
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="135" />
        <source>Awaiting verification: %1 values of this instrument are not yet settled by an official source; the report marks them.</source>
        <translation>Menunggu verifikasi: %1 nilai instrumen ini belum dipastikan dari sumber resmi; laporan menandainya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="201" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="204" />
        <source>Finalized %1</source>
        <translation>Difinalkan %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="206" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="223" />
        <source>Not saved yet…</source>
        <translation>Belum tersimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="241" />
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="265" />
        <source>Finalize</source>
        <translation>Finalisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="266" />
        <source>Finalize this assessment? Its answers are locked afterwards.</source>
        <translation>Finalisasi penilaian ini? Setelah itu jawabannya terkunci.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="269" />
        <source>A later change needs a new revision; this one is kept as it is.</source>
        <translation>Perubahan berikutnya memerlukan revisi baru; penilaian ini disimpan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="282" />
        <source>Not finalized</source>
        <translation>Belum final</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="292" />
        <source>Assessment finalized.</source>
        <translation>Penilaian sudah final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="305" />
        <source>Worth a second look (kept as typed):</source>
        <translation>Perlu dilihat lagi (disimpan seperti diketik):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="317" />
        <source>%1 problems must be fixed before finalizing:</source>
        <translation>%1 masalah harus diperbaiki sebelum finalisasi:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="336" />
        <source>Not revised</source>
        <translation>Tidak direvisi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="350" />
        <source>Discard this draft of %1 with its %2 answers?</source>
        <translation>Buang draf %1 beserta %2 jawabannya?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/assessment_panel.py" line="353" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Buang draf</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/checklist.py" line="64" />
        <source>Items: %1</source>
        <translation>Butir: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/checklist.py" line="70" />
        <source>None of them holds</source>
        <translation>Tidak satu pun terpenuhi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/checklist.py" line="71" />
        <source>Answer 0: no item of this list is met</source>
        <translation>Jawab 0: tidak ada butir daftar ini yang terpenuhi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/checklist.py" line="131" />
        <source>%1 of %2 "Yes" (count stored without its items: tick them to record which)</source>
        <translation>%1 dari %2 "Ya" (jumlah tersimpan tanpa butirnya: centang butirnya untuk mencatat yang mana)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/checklist.py" line="134" />
        <source>%1 of %2 "Yes"</source>
        <translation>%1 dari %2 "Ya"</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/checklist.py" line="136" />
        <source>Not answered yet: tick each item that holds</source>
        <translation>Belum dijawab: centang setiap butir yang terpenuhi</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="128" />
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
</context>
<context>
    <name>ComputedField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="374" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="374" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/confirm.py" line="26" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/confirm.py" line="42" />
        <source>It can be restored from the Trash for 30 days.</source>
        <translation>Dapat dipulihkan dari Sampah selama 30 hari.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="224" />
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="228" />
        <source>Choose from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="270" />
        <source>Not a date (example: 03/11/2025).</source>
        <translation>Bukan tanggal (contoh: 03/11/2025).</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="72" />
        <source>Finding not saved yet</source>
        <translation>Temuan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="73" />
        <source>Closing note of a follow-up not saved yet</source>
        <translation>Catatan penutupan tindak lanjut belum disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="74" />
        <source>Profile changes not saved yet</source>
        <translation>Perubahan profil belum disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="75" />
        <source>Visit details not saved yet</source>
        <translation>Rincian kunjungan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="76" />
        <source>Your mentor profile not saved yet</source>
        <translation>Profil pendamping Anda belum disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="80" />
        <source>Monthly notes of %1 not saved yet</source>
        <translation>Catatan bulanan %1 belum disimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="85" />
        <source>%1 · typed %2</source>
        <translation>%1 · diketik %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="87" />
        <source>%1
%2 · typed %3</source>
        <translation>%1
%2 · diketik %3</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="95" />
        <source>Unfinished work</source>
        <translation>Pekerjaan yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="98" />
        <source>These assessments and texts were left unfinished (saved as drafts, not finalized or not saved yet). Continue one now?</source>
        <translation>Penilaian dan teks ini belum selesai (tersimpan sebagai draf, belum difinalisasi atau belum disimpan). Lanjutkan salah satunya sekarang?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="109" />
        <source>%1
%2 · last edited %3 · %4 answers</source>
        <translation>%1
%2 · terakhir diubah %3 · %4 jawaban</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="125" />
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/draft_recovery.py" line="128" />
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="66" />
        <source>Photos and documents (%1)</source>
        <translation>Foto dan dokumen (%1)</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="85" />
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="86" />
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="131" />
        <source>Detach</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="102" />
        <source>Attach evidence</source>
        <translation>Lampirkan bukti</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="117" />
        <source>Not attached</source>
        <translation>Tidak dilampirkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="132" />
        <source>Detach %1 from this answer?</source>
        <translation>Lepaskan %1 dari jawaban ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/evidence.py" line="133" />
        <source>&amp;Detach</source>
        <translation>&amp;Lepaskan</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="76" />
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="76" />
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="86" />
        <source>Area, e.g. an aspect of the instrument</source>
        <translation>Bidang, misalnya aspek instrumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="90" />
        <source>Not compliant</source>
        <translation>Tidak Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="91" />
        <source>Partly</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="92" />
        <source>Compliant</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="100" />
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="101" />
        <source>Follow-up agreed with the board</source>
        <translation>Tindak lanjut yang disepakati dengan pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="105" />
        <source>Leave empty to use the recommendation</source>
        <translation>Kosongkan untuk memakai rekomendasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="107" />
        <source>Who does it, e.g. Bendahara</source>
        <translation>Siapa yang mengerjakan, misalnya Bendahara</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="109" />
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="176" />
        <source>&amp;Area *</source>
        <translation>&amp;Bidang *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="177" />
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="178" />
        <source>Compliance</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="179" />
        <source>&amp;Finding (temuan) *</source>
        <translation>&amp;Temuan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="180" />
        <source>&amp;Recommendation *</source>
        <translation>&amp;Rekomendasi *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="181" />
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="189" />
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="190" />
        <source>Owner *</source>
        <translation>Penanggung jawab *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="191" />
        <source>Deadline *</source>
        <translation>Tenggat *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="216" />
        <source>Follow-ups already agreed: %1</source>
        <translation>Tindak lanjut yang sudah disepakati: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="263" />
        <source>Text typed on %1 and not saved is restored.</source>
        <translation>Teks yang diketik pada %1 dan belum disimpan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="275" />
        <source>Throw away what you typed for this finding?</source>
        <translation>Buang yang Anda ketik untuk temuan ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="276" />
        <source>&amp;Throw away</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/finding_dialog.py" line="283" />
        <source>Attach evidence</source>
        <translation>Lampirkan bukti</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="343" />
        <source>&amp;Add finding…</source>
        <translation>Tambah te&amp;muan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="344" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="345" />
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="382" />
        <source>Remove the finding "%1" and its %2 open follow-ups?</source>
        <translation>Hapus temuan "%1" beserta %2 tindak lanjut terbukanya?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="387" />
        <source>Remove finding</source>
        <translation>Hapus temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="387" />
        <source>&amp;Remove finding</source>
        <translation>&amp;Hapus temuan</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="408" />
        <source>Open follow-ups of this cooperative, and those agreed or closed at this visit. Overdue ones are red.</source>
        <translation>Tindak lanjut koperasi ini yang masih terbuka, serta yang disepakati atau ditutup di kunjungan ini. Yang lewat tenggat berwarna merah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="414" />
        <source>&amp;Done at this visit</source>
        <translation>&amp;Selesai di kunjungan ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="415" />
        <source>In &amp;progress</source>
        <translation>Sedang &amp;berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="416" />
        <source>D&amp;ropped</source>
        <translation>&amp;Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="417" />
        <source>Re&amp;open</source>
        <translation>Buka la&amp;gi</translation>
    </message>
</context>
<context>
    <name>GpsField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="317" />
        <source>latitude, e.g. 2,8421</source>
        <translation>lintang, mis. 2,8421</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="318" />
        <source>longitude, e.g. 117,3652</source>
        <translation>bujur, mis. 117,3652</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="349" />
        <source>Give latitude and longitude as decimal degrees.</source>
        <translation>Isi lintang dan bujur dalam derajat desimal.</translation>
    </message>
</context>
<context>
    <name>InstrumentChoiceDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="50" />
        <source>Choose instruments</source>
        <translation>Pilih instrumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="51" />
        <source>Which assessments will you fill in at this visit?</source>
        <translation>Penilaian apa yang akan diisi pada kunjungan ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="61" />
        <source>Suggested: the savings and loan unit operates.</source>
        <translation>Disarankan: unit simpan pinjam koperasi ini beroperasi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="64" />
        <source>For cooperatives whose savings and loan unit operates; this one has none operating.</source>
        <translation>Untuk koperasi yang unit simpan pinjamnya beroperasi; koperasi ini belum punya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/instrument_choice.py" line="74" />
        <source>Already part of this visit.</source>
        <translation>Sudah ada di kunjungan ini.</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="124" />
        <source>‹ Previous section</source>
        <translation>‹ Bagian sebelumnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="125" />
        <source>Next section ›</source>
        <translation>Bagian berikutnya ›</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="126" />
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="127" />
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="371" />
        <source>%1 of %2 answered</source>
        <translation>%1 dari %2 terjawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/instrument_form.py" line="429" />
        <source>Asked in the form %1 of this visit; change it there</source>
        <translation>Ditanyakan di formulir %1 kunjungan ini; ubah di sana</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="213" />
        <source>Not an amount of Rupiah (example: 1.250.000).</source>
        <translation>Bukan jumlah Rupiah (contoh: 1.250.000).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="214" />
        <source>Not a number (example: 12,5).</source>
        <translation>Bukan angka (contoh: 12,5).</translation>
    </message>
</context>
<context>
    <name>PlannedVisitPanel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="44" />
        <source>This visit is planned. Start it when you are at the cooperative: it becomes today's visit, ready for assessments and findings.</source>
        <translation>Kunjungan ini direncanakan. Mulai saat Anda berada di koperasi: kunjungan ini menjadi kunjungan hari ini, siap untuk penilaian dan temuan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="50" />
        <source>&amp;Start visit</source>
        <translation>&amp;Mulai kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="52" />
        <source>&amp;Change plan…</source>
        <translation>&amp;Ubah rencana…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="53" />
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="115" />
        <source>Cancel p&amp;lan</source>
        <translation>&amp;Batalkan rencana</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="86" />
        <source>Planned visit to %1</source>
        <translation>Rencana kunjungan ke %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="88" />
        <source>Planned for %1</source>
        <translation>Direncanakan pada %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="113" />
        <source>Cancel plan</source>
        <translation>Batalkan rencana</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/plan_panel.py" line="114" />
        <source>Cancel this planned visit?</source>
        <translation>Batalkan rencana kunjungan ini?</translation>
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
        <location filename="../../kopdes_desktop/ui/forms/preview.py" line="94" />
        <source>Provisional: some answers are missing or not valid yet.</source>
        <translation>Sementara: sebagian jawaban belum diisi atau belum sah.</translation>
    </message>
</context>
<context>
    <name>ProfileUpdateDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="40" />
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="41" />
        <source>AHU decree number</source>
        <translation>Nomor SK AHU</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="42" />
        <source>SIMKOPDES status</source>
        <translation>Status SIMKOPDES</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="43" />
        <source>Office latitude</source>
        <translation>Lintang kantor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="44" />
        <source>Office longitude</source>
        <translation>Bujur kantor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="45" />
        <source>Financing ceiling</source>
        <translation>Plafon pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="46" />
        <source>Financing disbursed</source>
        <translation>Pembiayaan yang cair</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="47" />
        <source>Financing outstanding</source>
        <translation>Baki debet pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="48" />
        <source>Instalment arrears</source>
        <translation>Tunggakan angsuran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="49" />
        <source>Number of members</source>
        <translation>Jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="50" />
        <source>Date of the member count</source>
        <translation>Tanggal jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="52" />
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="99" />
        <source>Update the cooperative profile</source>
        <translation>Perbarui profil koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="102" />
        <source>The assessment holds newer figures than the profile. Tick the ones the profile should take:</source>
        <translation>Penilaian ini memuat angka yang lebih baru daripada profil. Centang yang perlu masuk ke profil:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="123" />
        <source>&amp;Update profile</source>
        <translation>&amp;Perbarui profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/profile_update.py" line="126" />
        <source>&amp;Keep the profile</source>
        <translation>&amp;Biarkan profil</translation>
    </message>
</context>
<context>
    <name>RepeatField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="172" />
        <source>Add a row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="218" />
        <source>Remove this row</source>
        <translation>Hapus baris ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="219" />
        <source>Remove %1 with its %2 answers?</source>
        <translation>Hapus %1 beserta %2 jawabannya?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="222" />
        <source>&amp;Remove row</source>
        <translation>&amp;Hapus baris</translation>
    </message>
</context>
<context>
    <name>RowBox</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/rows.py" line="134" />
        <source>Remove this row</source>
        <translation>Hapus baris ini</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="71" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="72" />
        <source>Print the report of the assessment shown (Ctrl+P)</source>
        <translation>Cetak laporan penilaian yang sedang dibuka (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="73" />
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="74" />
        <source>Save the report of the assessment shown as PDF</source>
        <translation>Simpan laporan penilaian yang sedang dibuka sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="75" />
        <source>Copy for &amp;WhatsApp</source>
        <translation>Salin untuk &amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="77" />
        <source>Copy the findings and follow-ups as plain text for the board's group</source>
        <translation>Salin temuan dan tindak lanjut sebagai teks biasa untuk grup pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="79" />
        <source>Mark signed…</source>
        <translation>Tandai ditandatangani…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="80" />
        <source>Attach a photo of the signed page of the report</source>
        <translation>Lampirkan foto halaman laporan yang sudah ditandatangani</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="120" />
        <source>✔ Signed (photo of %1)</source>
        <translation>✔ Ditandatangani (foto %1)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="123" />
        <source>Open the photo of the signed page</source>
        <translation>Buka foto halaman bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="125" />
        <source>Not signed yet</source>
        <translation>Belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="153" />
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="165" />
        <source>Copied: paste it into the board's WhatsApp group.</source>
        <translation>Tersalin: tempelkan ke grup WhatsApp pengurus.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_share.py" line="170" />
        <source>Photo of the signed page</source>
        <translation>Foto halaman bertanda tangan</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="69" />
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="72" />
        <source>What you deleted on this laptop in the last 30 days. Choose an entry and restore it; after 30 days it is gone for good.</source>
        <translation>Yang Anda hapus di laptop ini dalam 30 hari terakhir. Pilih satu lalu pulihkan; setelah 30 hari hilang untuk selamanya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="80" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="81" />
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="82" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="83" />
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="84" />
        <source>Restorable until</source>
        <translation>Dapat dipulihkan sampai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="97" />
        <source>The trash is empty.</source>
        <translation>Sampah kosong.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="102" />
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="105" />
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="133" />
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 jawaban)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="137" />
        <source>Row %1 of “%2” (%3 answers)</source>
        <translation>Baris %1 dari “%2” (%3 jawaban)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="144" />
        <source>(with %1 follow-ups)</source>
        <translation>(dengan %1 tindak lanjut)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="204" />
        <source>Restored: %1</source>
        <translation>Dipulihkan: %1</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="33" />
        <source>Assessment draft</source>
        <translation>Draf penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="34" />
        <source>Row of an assessment</source>
        <translation>Baris penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="35" />
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="36" />
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="37" />
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="38" />
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/trash_view.py" line="39" />
        <source>Board member</source>
        <translation>Pengurus/pengawas</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="65" />
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="65" />
        <source>Edit visit</source>
        <translation>Ubah kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="68" />
        <source>Search cooperative, village, kecamatan…</source>
        <translation>Cari koperasi, desa, kecamatan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="104" />
        <source>&amp;Cooperative *</source>
        <translation>&amp;Koperasi *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="161" />
        <source>Throw away what you typed for this visit?</source>
        <translation>Buang yang Anda ketik untuk kunjungan ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="162" />
        <source>&amp;Throw away</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/visit_dialog.py" line="191" />
        <source>Choose the cooperative visited.</source>
        <translation>Pilih koperasi yang dikunjungi.</translation>
    </message>
</context>
<context>
    <name>VisitEditorView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="68" />
        <source>Mark visit &amp;done</source>
        <translation>Tandai kunjungan sel&amp;esai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="69" />
        <source>&amp;New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="73" />
        <source>Add &amp;instrument…</source>
        <translation>Tambah &amp;instrumen…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="78" />
        <source>No visit is open. Start a new visit, or open one from Kunjungan or a cooperative's page.</source>
        <translation>Belum ada kunjungan yang dibuka. Mulai kunjungan baru, atau buka dari Kunjungan atau halaman koperasi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="84" />
        <source>Start a new visit…</source>
        <translation>Mulai kunjungan baru…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="117" />
        <source>&amp;Visit</source>
        <translation>&amp;Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="118" />
        <source>&amp;Assessments</source>
        <translation>&amp;Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="119" />
        <source>&amp;Findings</source>
        <translation>&amp;Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="120" />
        <source>F&amp;ollow-ups</source>
        <translation>Tindak &amp;lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_editor.py" line="156" />
        <source>Visit to %1</source>
        <translation>Kunjungan ke %1</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="58" />
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="68" />
        <source>What the visit is for</source>
        <translation>Tujuan kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="71" />
        <source>Names and roles, one per line</source>
        <translation>Nama dan jabatan, satu per baris</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="75" />
        <source>latitude, e.g. 2,8421</source>
        <translation>lintang, mis. 2,8421</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="76" />
        <source>longitude, e.g. 117,3652</source>
        <translation>bujur, mis. 117,3652</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="101" />
        <source>Visit &amp;date *</source>
        <translation>Tangg&amp;al kunjungan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="102" />
        <source>&amp;Purpose *</source>
        <translation>T&amp;ujuan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="103" />
        <source>&amp;Attendees</source>
        <translation>Pese&amp;rta</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="104" />
        <source>&amp;GPS point</source>
        <translation>Titik &amp;GPS</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="105" />
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="190" />
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="199" />
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="192" />
        <source>Not a date (example: 03/11/2025).</source>
        <translation>Bukan tanggal (contoh: 03/11/2025).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="202" />
        <source>Give latitude and longitude as decimal degrees.</source>
        <translation>Isi lintang dan bujur dalam derajat desimal.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/visit_fields.py" line="204" />
        <source>Give latitude and longitude together.</source>
        <translation>Isi lintang dan bujur bersama-sama.</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="87" />
        <source>Attach photos or &amp;documents…</source>
        <translation>Lampirkan foto atau &amp;dokumen…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="88" />
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="270" />
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="95" />
        <source>&amp;Use as visit location</source>
        <translation>Pakai sebagai lokas&amp;i kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="120" />
        <source>Visit details</source>
        <translation>Rincian kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="125" />
        <source>Photos and documents</source>
        <translation>Foto dan dokumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="156" />
        <source>Details typed earlier and not saved are restored.</source>
        <translation>Rincian yang diketik sebelumnya dan belum disimpan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="170" />
        <source>Double-click to open</source>
        <translation>Klik dua kali untuk membuka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="185" />
        <source>Not saved yet…</source>
        <translation>Belum tersimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="196" />
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="206" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum tersimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="212" />
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="221" />
        <source>Attach photos or documents</source>
        <translation>Lampirkan foto atau dokumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="252" />
        <source>The photo was taken at %1, %2.</source>
        <translation>Foto ini diambil di %1, %2.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="271" />
        <source>Remove the attachment %1 from this visit?</source>
        <translation>Hapus lampiran %1 dari kunjungan ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_pages.py" line="272" />
        <source>&amp;Remove attachment</source>
        <translation>&amp;Hapus lampiran</translation>
    </message>
</context>
<context>
    <name>VisitTables</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="18" />
        <source>Not compliant</source>
        <translation>Tidak Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="19" />
        <source>Partly</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="20" />
        <source>Compliant</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="37" />
        <source>Area</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="38" />
        <source>Compliance</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="39" />
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="40" />
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="53" />
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="54" />
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="55" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visit_tables.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="85" />
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/forms/fields.py" line="86" />
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="25" />
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="26" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="27" />
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="28" />
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="30" />
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="197" />
        <source>Close at a visit…</source>
        <translation>Tutup pada kunjungan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="216" />
        <source>%1 open, %2 overdue</source>
        <translation>%1 terbuka, %2 terlambat</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="146" />
        <source>Kopdes Desktop cannot start</source>
        <translation>Kopdes Desktop tidak dapat dimulai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="147" />
        <source>The data could not be opened. Nothing was changed.</source>
        <translation>Data tidak dapat dibuka. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="161" />
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="162" />
        <source>Preparing the demo data (411 cooperatives, a year of visits). This takes a little while, once.</source>
        <translation>Menyiapkan data demo (411 koperasi, kunjungan satu tahun). Ini memerlukan sedikit waktu, sekali saja.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="79" />
        <source>Assessed on</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="79" />
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="79" />
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="167" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="80" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="80" />
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="88" />
        <source>Open assessment</source>
        <translation>Buka penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="89" />
        <source>Print assessment report</source>
        <translation>Cetak laporan penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="92" />
        <source>No final assessment yet.</source>
        <translation>Belum ada penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="99" />
        <source>Instrument:</source>
        <translation>Instrumen:</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="52" />
        <source>Close follow-up</source>
        <translation>Tutup tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="57" />
        <source>No later visit is recorded for this cooperative. The follow-up will be closed today without a visit; record the visit first to link it.</source>
        <translation>Belum ada kunjungan berikutnya untuk koperasi ini. Tindak lanjut akan ditutup hari ini tanpa kunjungan; catat kunjungannya dulu untuk menautkannya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="60" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="61" />
        <source>Dropped (no longer needed)</source>
        <translation>Dibatalkan (tidak diperlukan lagi)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="67" />
        <source>What was seen at the visit (optional)</source>
        <translation>Apa yang terlihat saat kunjungan (opsional)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="85" />
        <source>Closed at visit:</source>
        <translation>Ditutup pada kunjungan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="87" />
        <source>Outcome:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="89" />
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="107" />
        <source>%1 — %2 (owner: %3)</source>
        <translation>%1 — %2 (penanggung jawab: %3)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="135" />
        <source>The note typed earlier and not saved is restored.</source>
        <translation>Catatan yang diketik sebelumnya dan belum disimpan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="140" />
        <source>Throw away the note you typed?</source>
        <translation>Buang catatan yang Anda ketik?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="141" />
        <source>&amp;Throw away</source>
        <translation>&amp;Buang</translation>
    </message>
</context>
<context>
    <name>CooperativePage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="49" />
        <source>Back to list</source>
        <translation>Kembali ke daftar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="50" />
        <source>New visit (Ctrl+N)</source>
        <translation>Kunjungan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="51" />
        <source>Print profile</source>
        <translation>Cetak profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="61" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="62" />
        <source>Units and board</source>
        <translation>Unit usaha dan pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="63" />
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="64" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="65" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="66" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="107" />
        <source>Follow-ups (%1 open)</source>
        <translation>Tindak Lanjut (%1 terbuka)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="119" />
        <source>Mentor: %1</source>
        <translation>Pendamping: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="120" />
        <source>No mentor assigned</source>
        <translation>Belum ada pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="127" />
        <source>Latest readiness: &lt;b style='color:%1'&gt;%2&lt;/b&gt; (%3, %4)</source>
        <translation>Kesiapan terakhir: &lt;b style='color:%1'&gt;%2&lt;/b&gt; (%3, %4)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="132" />
        <source>Latest readiness: %1</source>
        <translation>Kesiapan terakhir: %1</translation>
    </message>
</context>
<context>
    <name>CooperativeTableModel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="30" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="31" />
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="32" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="33" />
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="34" />
        <source>Latest category</source>
        <translation>Kategori terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="35" />
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="36" />
        <source>Assessed on</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="37" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="38" />
        <source>Units running</source>
        <translation>Unit jalan</translation>
    </message>
</context>
<context>
    <name>CooperativesView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="66" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="71" />
        <source>Search by name, village, kecamatan, kabupaten or legal number (Ctrl+F)</source>
        <translation>Cari nama, desa, kecamatan, kabupaten atau nomor legalitas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="75" />
        <source>Any unit status</source>
        <translation>Semua status unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="78" />
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="81" />
        <source>Assigned to me</source>
        <translation>Tugas saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="89" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="90" />
        <source>New visit (Ctrl+N)</source>
        <translation>Kunjungan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="118" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="129" />
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="132" />
        <source>Any category</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="159" />
        <source>Showing %1 of %2 cooperatives</source>
        <translation>Menampilkan %1 dari %2 koperasi</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="33" />
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="35" />
        <source>An unexpected error occurred. Everything you saved before is safe: each change is either stored completely or not at all. The last action may not have been saved; please check it and try again.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Semua yang sudah Anda simpan tetap aman: setiap perubahan tersimpan utuh atau tidak sama sekali. Tindakan terakhir mungkin belum tersimpan; periksa dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="40" />
        <source>(no log file)</source>
        <translation>(tidak ada berkas log)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="41" />
        <source>The details were written to the log: %1</source>
        <translation>Rinciannya dicatat di log: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="47" />
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="75" />
        <source>Show details</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="48" />
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="49" />
        <source>Quit the app</source>
        <translation>Keluar dari aplikasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="51" />
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="75" />
        <source>Hide details</source>
        <translation>Sembunyikan rincian</translation>
    </message>
</context>
<context>
    <name>FollowupsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="63" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="67" />
        <source>Search cooperative, follow-up or owner</source>
        <translation>Cari koperasi, tindak lanjut atau penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="69" />
        <source>Open and in progress</source>
        <translation>Terbuka dan sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="69" />
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="70" />
        <source>Due in the next 14 days</source>
        <translation>Jatuh tempo 14 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="70" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="70" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="72" />
        <source>My cooperatives only</source>
        <translation>Hanya koperasi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="80" />
        <source>Mark in progress</source>
        <translation>Tandai sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="81" />
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="82" />
        <source>Close at a visit…</source>
        <translation>Tutup pada kunjungan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="83" />
        <source>Open cooperative</source>
        <translation>Buka koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="142" />
        <source>Showing %1 of %2 · %3 overdue</source>
        <translation>Menampilkan %1 dari %2 · %3 terlambat</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="84" />
        <source>My cooperatives</source>
        <translation>Koperasi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="85" />
        <location filename="../../kopdes_desktop/ui/views/home.py" line="92" />
        <source>Visits this month</source>
        <translation>Kunjungan bulan ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="86" />
        <source>Overdue follow-ups</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="87" />
        <source>Due in the next 14 days</source>
        <translation>Jatuh tempo 14 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="88" />
        <location filename="../../kopdes_desktop/ui/views/home.py" line="95" />
        <source>Drafts in progress</source>
        <translation>Draf yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="89" />
        <source>Unsynced changes</source>
        <translation>Perubahan belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="90" />
        <source>My cooperatives by latest category</source>
        <translation>Koperasi saya menurut kategori terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="91" />
        <source>No cooperatives assigned yet.</source>
        <translation>Belum ada koperasi yang ditugaskan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="92" />
        <source>No visits this month yet.</source>
        <translation>Belum ada kunjungan bulan ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="93" />
        <source>Follow-ups: overdue and upcoming</source>
        <translation>Tindak lanjut: terlambat dan segera jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="94" />
        <source>Nothing overdue or due soon.</source>
        <translation>Tidak ada yang terlambat atau segera jatuh tempo.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="95" />
        <source>No drafts.</source>
        <translation>Tidak ada draf.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="179" />
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="184" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 — %2 (dimulai %3)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="154" />
        <source>Welcome, %1</source>
        <translation>Selamat datang, %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="79" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="156" />
        <source>Welcome. Please fill in your profile in Settings.</source>
        <translation>Selamat datang. Silakan isi profil Anda di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="195" />
        <source>By latest category: %1</source>
        <translation>Menurut kategori terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="199" />
        <source>Overdue since %1</source>
        <translation>Terlambat sejak %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="199" />
        <source>Due %1</source>
        <translation>Tenggat %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="14" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="15" />
        <source>Grocery outlet</source>
        <translation>Gerai sembako</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="16" />
        <source>Savings and loans</source>
        <translation>Simpan pinjam</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="17" />
        <source>Village clinic</source>
        <translation>Klinik desa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="18" />
        <source>Village pharmacy</source>
        <translation>Apotek desa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="19" />
        <source>Warehouse / cold storage</source>
        <translation>Gudang / cold storage</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="20" />
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="21" />
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="24" />
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="25" />
        <source>Preparing</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="26" />
        <source>Operating</source>
        <translation>Beroperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="27" />
        <source>Suspended</source>
        <translation>Berhenti sementara</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="30" />
        <source>Not registered</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="31" />
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="32" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="33" />
        <source>Up to date</source>
        <translation>Mutakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="36" />
        <source>New cooperative</source>
        <translation>Pembentukan baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="37" />
        <source>Development of an existing one</source>
        <translation>Pengembangan koperasi yang ada</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="38" />
        <source>Revitalisation</source>
        <translation>Revitalisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="41" />
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="42" />
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="43" />
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="48" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="44" />
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="47" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="51" />
        <source>Board (pengurus)</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="52" />
        <source>Supervisors (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="55" />
        <source>Mentor (Pendamping)</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="56" />
        <source>Business Assistant (BA)</source>
        <translation>Business Assistant (BA)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="59" />
        <source>Not stated</source>
        <translation>Tidak disebut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="60" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="61" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="63" />
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="64" />
        <source>%1, overdue</source>
        <translation>%1, terlambat</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="140" />
        <source>Loading data…</source>
        <translation>Memuat data…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="235" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="235" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="235" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="236" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="236" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="236" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="236" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="239" />
        <source>Kopdes Desktop — cooperative mentoring</source>
        <translation>Kopdes Desktop — pendampingan koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="245" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="256" />
        <source>Trash…</source>
        <translation>Sampah…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="257" />
        <source>Deleted drafts, rows, attachments, findings and follow-ups, restorable for 30 days</source>
        <translation>Draf, baris, lampiran, temuan dan tindak lanjut yang dihapus, dapat dipulihkan selama 30 hari</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="416" />
        <source>Unsynced changes: %1</source>
        <translation>Perubahan belum disinkronkan: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="419" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="420" />
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="422" />
        <source>%1 cooperatives · %2 visits · %3 assessments</source>
        <translation>%1 koperasi · %2 kunjungan · %3 penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="270" />
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
</context>
<context>
    <name>MemberCountDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="36" />
        <source>Record member count</source>
        <translation>Catat jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="53" />
        <source>As of:</source>
        <translation>Per tanggal:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="54" />
        <source>Members:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="55" />
        <source>Of whom women:</source>
        <translation>Di antaranya perempuan:</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="147" />
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="147" />
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="147" />
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="147" />
        <source>Share of women</source>
        <translation>Porsi perempuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="152" />
        <source>Record member count</source>
        <translation>Catat jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="168" />
        <source>Latest: %1 members</source>
        <translation>Terakhir: %1 anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="172" />
        <source>No member count recorded yet.</source>
        <translation>Belum ada jumlah anggota yang dicatat.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="39" />
        <source>Board or supervisor member</source>
        <translation>Pengurus atau pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="54" />
        <source>16 digits (optional)</source>
        <translation>16 angka (opsional)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="65" />
        <source>Organ:</source>
        <translation>Organ:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="66" />
        <source>Role:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="67" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="68" />
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="69" />
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="70" />
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="85" />
        <source>13 digits</source>
        <translation>13 angka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="86" />
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="87" />
        <source>15 or 16 digits</source>
        <translation>15 atau 16 angka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="89" />
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="91" />
        <source>e.g. 2.84</source>
        <translation>mis. 2.84</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="93" />
        <source>e.g. 117.37</source>
        <translation>mis. 117.37</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="101" />
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="103" />
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="195" />
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="117" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="118" />
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="119" />
        <source>Formation:</source>
        <translation>Model pembentukan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="120" />
        <source>SIMKOPDES:</source>
        <translation>SIMKOPDES:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="121" />
        <source>Founded on:</source>
        <translation>Tanggal berdiri:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="122" />
        <source>AHU decree:</source>
        <translation>SK AHU:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="123" />
        <source>NIK koperasi:</source>
        <translation>NIK koperasi:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="124" />
        <source>NIB:</source>
        <translation>NIB:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="125" />
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="127" />
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="128" />
        <source>Account number:</source>
        <translation>Nomor rekening:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="129" />
        <source>Office latitude:</source>
        <translation>Lintang kantor:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="130" />
        <source>Office longitude:</source>
        <translation>Bujur kantor:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="131" />
        <source>Financing ceiling (Rp):</source>
        <translation>Plafon pembiayaan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="133" />
        <source>Disbursed (Rp):</source>
        <translation>Pencairan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="135" />
        <source>Outstanding (Rp):</source>
        <translation>Baki debet (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="137" />
        <source>Arrears (Rp):</source>
        <translation>Tunggakan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="138" />
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="139" />
        <source>Identity and legal numbers</source>
        <translation>Identitas dan legalitas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="141" />
        <source>Bank, office and financing</source>
        <translation>Bank, kantor dan pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="188" />
        <source>Changes typed on %1 and not saved are restored: save them, or undo them.</source>
        <translation>Perubahan yang diketik pada %1 dan belum disimpan dipulihkan: simpan, atau batalkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="196" />
        <source>Throw away the changes typed into this profile?</source>
        <translation>Buang perubahan yang diketik pada profil ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="197" />
        <source>&amp;Throw away</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="225" />
        <source>Last changed %1</source>
        <translation>Terakhir diubah %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="237" />
        <source>Type a date such as 3-11-2025.</source>
        <translation>Ketik tanggal seperti 3-11-2025.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="239" />
        <source>Type a number such as 2.84.</source>
        <translation>Ketik angka seperti 2.84.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="241" />
        <source>Type a number such as 117.37.</source>
        <translation>Ketik angka seperti 117.37.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="251" />
        <source>Type an amount such as 1.250.000.</source>
        <translation>Ketik jumlah seperti 1.250.000.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="270" />
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="273" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/progress.py" line="36" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="53" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="63" />
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="78" />
        <source>A new language or font size is applied the next time the app starts.</source>
        <translation>Bahasa atau ukuran huruf yang baru berlaku saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="81" />
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="86" />
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="87" />
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="88" />
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="101" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="102" />
        <source>Role:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="103" />
        <source>Kabupaten/Kota:</source>
        <translation>Kabupaten/Kota:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="104" />
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="105" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="106" />
        <source>Font size:</source>
        <translation>Ukuran huruf:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="107" />
        <source>Largest photo side:</source>
        <translation>Sisi foto terpanjang:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="108" />
        <source>Mentor profile</source>
        <translation>Profil pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="112" />
        <source>Interface and photos</source>
        <translation>Tampilan dan foto</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="117" />
        <source>Data, backup and restore</source>
        <translation>Data, cadangan dan pemulihan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="119" />
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="148" />
        <source>(not set)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="175" />
        <source>Not saved.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="178" />
        <source>Profile saved.</source>
        <translation>Profil tersimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="190" />
        <source>Saved. Restart the app to use the new language.</source>
        <translation>Tersimpan. Buka ulang aplikasi untuk memakai bahasa yang baru.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="191" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="199" />
        <source>Back up the data</source>
        <translation>Cadangkan data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="200" />
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="218" />
        <source>Kopdes backup (*.sqlite3)</source>
        <translation>Cadangan Kopdes (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="207" />
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="207" />
        <source>Writing the backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="212" />
        <source>Backup written to %1</source>
        <translation>Cadangan ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="216" />
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="221" />
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="229" />
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="222" />
        <source>Replace the data on this laptop with this backup? The current data is kept aside in the backups folder.</source>
        <translation>Ganti data di laptop ini dengan cadangan ini? Data saat ini disimpan terpisah di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="231" />
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="240" />
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="250" />
        <source>Restored. The previous data was kept as %1</source>
        <translation>Dipulihkan. Data sebelumnya disimpan sebagai %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="39" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="39" />
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="39" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="40" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="47" />
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="122" />
        <source>This part of the app is not available in this build.</source>
        <translation>Bagian aplikasi ini tidak tersedia dalam versi ini.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="40" />
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="60" />
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="61" />
        <source>Name (other kind):</source>
        <translation>Nama (jenis lainnya):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="62" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="63" />
        <source>Monthly turnover (Rp):</source>
        <translation>Omzet bulanan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="64" />
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="87" />
        <source>Type an amount such as 1.250.000.</source>
        <translation>Ketik jumlah seperti 1.250.000.</translation>
    </message>
</context>
<context>
    <name>UnitsBoardTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="60" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="60" />
        <source>Monthly turnover</source>
        <translation>Omzet bulanan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="60" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="66" />
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="66" />
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="66" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="66" />
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="67" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="73" />
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="74" />
        <source>Edit unit</source>
        <translation>Ubah unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="75" />
        <source>Remove unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="76" />
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="77" />
        <source>Edit person</source>
        <translation>Ubah orang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="78" />
        <source>Remove person</source>
        <translation>Hapus orang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="95" />
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="97" />
        <source>Board (pengurus) and supervisors (pengawas)</source>
        <translation>Pengurus dan pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="122" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="123" />
        <source>Remove %1? It stays in the history.</source>
        <translation>Hapus %1? Tetap tercatat dalam riwayat.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="124" />
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="22" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="23" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="24" />
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="25" />
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="26" />
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="28" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="29" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>VisitsListView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="58" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="62" />
        <source>Search cooperative, village or purpose</source>
        <translation>Cari koperasi, desa atau tujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="64" />
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="64" />
        <source>Last 3 months</source>
        <translation>3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="65" />
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="65" />
        <source>All visits</source>
        <translation>Semua kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="71" />
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="74" />
        <source>My visits</source>
        <translation>Kunjungan saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="82" />
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="83" />
        <source>Open cooperative</source>
        <translation>Buka koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="121" />
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="146" />
        <source>Showing %1 of %2 visits</source>
        <translation>Menampilkan %1 dari %2 kunjungan</translation>
    </message>
</context>
</TS>